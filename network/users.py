"""Wagtail's user admin with the network's own edit form (REQUIREMENTS W-09)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail.users.forms import UserEditForm
from wagtail.users.views.users import UserViewSet

from network.oversight.administrators import MINIMUM, units_left_short


class NetworkUserEditForm(UserEditForm):
    """Refuses to deactivate, or take the unit roles from, one of a unit's last administrators."""

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None:
            return cleaned
        is_active = cleaned.get("is_active", self.instance.is_active)
        groups = cleaned.get("groups")
        group_ids = (
            {group.pk for group in groups}
            if groups is not None
            else set(self.instance.groups.values_list("pk", flat=True))
        )
        short = units_left_short(self.instance, is_active, group_ids)
        if short:
            raise ValidationError(
                _(
                    "%(units)s would be left with fewer than %(minimum)d active site "
                    "administrators. Give another person the editor or approver role first."
                )
                % {"units": ", ".join(unit.name_th for unit in short), "minimum": MINIMUM}
            )
        return cleaned


class NetworkUserViewSet(UserViewSet):
    def get_form_class(self, for_update=False):
        return NetworkUserEditForm if for_update else super().get_form_class(for_update)
