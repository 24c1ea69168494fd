from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _ensure_portal(sender, **kwargs):
    from home.portal import ensure_portal
    from network.accounts import ensure_network_groups

    ensure_portal()
    ensure_network_groups()


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Portal home")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(_ensure_portal, sender=self)
