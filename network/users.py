"""Wagtail's user admin with the network's own forms: the name and position each account signs
publication records with (W-02), and the guard on units' last administrators (W-09)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import UserViewSet

from network.accounts import set_signatory_details
from network.models import StaffProfile
from network.oversight.administrators import MINIMUM, units_left_short

BELOW_MINIMUM = "network.administrators_below_minimum"


def _profile_field(name):
    field = StaffProfile._meta.get_field(name)
    return forms.CharField(
        label=field.verbose_name, max_length=field.max_length, help_text=field.help_text
    )


class SignatoryFields(forms.Form):
    """The name and position the account signs forms with, kept on its staff profile."""

    full_name = _profile_field("full_name")
    position = _profile_field("position")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        profile = StaffProfile.objects.filter(user_id=self.instance.pk).first()
        if profile is not None:
            self.initial.setdefault("full_name", profile.full_name)
            self.initial.setdefault("position", profile.position)

    def save(self, commit=True):
        user = super().save(commit)
        if commit:
            set_signatory_details(
                user, self.cleaned_data["full_name"], self.cleaned_data["position"]
            )
        return user


class NetworkUserCreationForm(SignatoryFields, UserCreationForm):
    pass


class NetworkUserEditForm(SignatoryFields, UserEditForm):
    """Refuses to deactivate, or take the unit roles from, one of a unit's last administrators,
    unless the central administrator insists; then the change is recorded in the account's
    history and the unit shows red on the compliance dashboard."""

    insist_below_minimum = forms.BooleanField(
        label=gettext_lazy("Save even though a unit is left short of administrators"),
        required=False,
        help_text=gettext_lazy(
            "Only when there is no other way: the change is recorded and the unit is flagged "
            "on the compliance dashboard until it has two administrators again."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        self.units_left_short = []
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
        if short and not cleaned.get("insist_below_minimum"):
            raise ValidationError(
                _(
                    "%(units)s would be left with fewer than %(minimum)d active site "
                    "administrators. Give another person the editor or approver role first."
                )
                % {"units": ", ".join(unit.name_th for unit in short), "minimum": MINIMUM}
            )
        self.units_left_short = short
        return cleaned

    def save(self, commit=True):
        user = super().save(commit)
        if self.units_left_short:
            log(user, BELOW_MINIMUM, data={"units": [unit.code for unit in self.units_left_short]})
        return user


class NetworkUserViewSet(UserViewSet):
    create_template_name = "network/user_create.html"
    edit_template_name = "network/user_edit.html"

    def get_form_class(self, for_update=False):
        return NetworkUserEditForm if for_update else NetworkUserCreationForm
