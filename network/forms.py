from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from network.models import Unit
from network.registry import clashing_code, portal_hostnames, slug_owners


class UnitForm(WagtailAdminModelForm):
    """The central administrator's form for adding or editing a unit."""

    class Meta:
        model = Unit
        fields = [
            "code",
            "kind",
            "name_th",
            "name_en",
            "district",
            "parent",
            "hostname",
            "affiliation",
            "is_active",
        ]
        error_messages = {
            "code": {"unique": _("Another unit already has this code.")},
            "hostname": {"unique": _("Another unit already uses this host name.")},
        }

    def clean_hostname(self):
        hostname = self.cleaned_data["hostname"].strip().lower()
        if hostname in portal_hostnames():
            raise ValidationError(_("This host name belongs to the portal itself."))
        return hostname

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        if self.instance.pk and code != self.instance.code:
            raise ValidationError(
                _("A unit's code cannot change once its site exists; add a new unit instead.")
            )
        clash = clashing_code(code, slug_owners(Unit.objects.values_list("code", flat=True)))
        if clash is not None:
            raise ValidationError(
                _("This code is too like the code %(other)s (they differ only in case or hyphens).")
                % {"other": clash}
            )
        return code
