from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UnitSitesConfig(AppConfig):
    name = "unitsites"
    verbose_name = _("Unit sites")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .hooks import pagecache  # noqa: F401  (receivers connected before the first request)
        from .indexing import allow_holding_indexing
        from .slug_field import register_slug_field

        register_slug_field()
        allow_holding_indexing()
