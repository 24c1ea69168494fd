from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Health network")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals

        signals.replace_wagtail_notifiers()
