from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Health network")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, replaced_files, signals  # noqa: F401  (checks registers system checks)
        from .traffic import recording  # noqa: F401  (login and logout receivers)

        signals.replace_wagtail_notifiers()
        replaced_files.connect_file_guards()
