"""Hooks of the ITA evidence hub: the admin for the yearly templates and the units' evidence."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from unitsites.models import ItaEvidence, ItaItem, ItaSubitem, ItaTemplate
from unitsites.views.ita_admin import (
    ItaViewSetGroup,
    evidence_permission_policy,
    item_permission_policy,
    subitem_permission_policy,
    template_permission_policy,
)

# Before any view asks for them, or Wagtail falls back to the model permissions.
register_permission_policy(ItaTemplate, template_permission_policy)
register_permission_policy(ItaItem, item_permission_policy)
register_permission_policy(ItaSubitem, subitem_permission_policy)
register_permission_policy(ItaEvidence, evidence_permission_policy)


@hooks.register("register_admin_viewset")
def register_ita_viewsets():
    return ItaViewSetGroup()
