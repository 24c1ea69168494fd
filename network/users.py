"""Wagtail's user and group admin with the network's own forms: the name and position each
account signs publication records with (W-02), the guard on units' last administrators (W-09),
and roles above the unit changed only by a superuser (network.role_changes)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy

from wagtail.log_actions import log
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import groups as group_views
from wagtail.users.views import users as user_views
from wagtail.users.views.groups import GroupViewSet
from wagtail.users.views.users import UserViewSet

from network.access import may_change_network_roles
from network.accounts import set_signatory_details
from network.models import Role, StaffProfile
from network.oversight.administrators import shortage_message, units_left_short
from network.role_changes import (
    ACCOUNT,
    NETWORK_WIDE,
    PERMISSIONS,
    REMOVED,
    SUPERUSER,
    RoleChange,
    account_role_changes,
    network_role_of_group,
    network_roles_of,
    record_role_change,
    refusal_message,
)

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


def _group_ids(form, cleaned):
    groups = cleaned.get("groups")
    if groups is None:
        return set(form.instance.groups.values_list("pk", flat=True)) if form.instance.pk else set()
    return {group.pk for group in groups}


class NetworkRoleFields(forms.Form):
    """Roles above the unit granted or removed only by a superuser; every attempt recorded."""

    def __init__(self, *args, acting_user, **kwargs):
        self.acting_user = acting_user
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        is_superuser = cleaned.get("is_superuser", self.instance.is_superuser)
        self.role_changes = account_role_changes(
            self.instance, is_superuser, _group_ids(self, cleaned)
        )
        if may_change_network_roles(self.acting_user):
            return cleaned
        refused = self.role_changes + self._others_account_changes()
        if refused:
            record_role_change(self.acting_user, self.instance, refused, refused=True)
            self.add_error(self._field_of(refused), refusal_message(refused))
        self.role_changes = []
        return cleaned

    def _others_account_changes(self):
        if self.instance.pk in (None, self.acting_user.pk):
            return []
        return [RoleChange(role, ACCOUNT) for role in sorted(network_roles_of(self.instance))]

    def _field_of(self, changes):
        """The one field the changes came from, where the refusal is shown."""
        fields = {
            None if c.kind == ACCOUNT else "is_superuser" if c.role == SUPERUSER else "groups"
            for c in changes
        }
        field = fields.pop() if len(fields) == 1 else None
        return field if field in self.fields else None

    def save(self, commit=True):
        user = super().save(commit)
        if self.role_changes:
            record_role_change(self.acting_user, user, self.role_changes, refused=False)
        return user


class NetworkUserCreationForm(NetworkRoleFields, SignatoryFields, UserCreationForm):
    pass


class NetworkUserEditForm(NetworkRoleFields, SignatoryFields, UserEditForm):
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
        short = units_left_short(self.instance, is_active, _group_ids(self, cleaned))
        if short and not cleaned.get("insist_below_minimum"):
            raise ValidationError(shortage_message(short))
        self.units_left_short = short
        return cleaned

    def save(self, commit=True):
        user = super().save(commit)
        if self.units_left_short:
            log(user, BELOW_MINIMUM, data={"units": [unit.code for unit in self.units_left_short]})
        return user


class ActingUserFormMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "acting_user": self.request.user}


class NetworkUserCreateView(ActingUserFormMixin, user_views.CreateView):
    pass


class NetworkUserEditView(ActingUserFormMixin, user_views.EditView):
    pass


class NetworkRoleGuard:
    """Accounts and groups of roles above the unit are changed or deleted only by a superuser."""

    refused_url_name = None

    def guarded_changes(self, instance):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        instance = self.get_object()
        changes = self.guarded_changes(instance)
        if not changes:
            return super().post(request, *args, **kwargs)
        if not may_change_network_roles(request.user):
            record_role_change(request.user, instance, changes, refused=True)
            messages.error(request, refusal_message(changes))
            return redirect(self.refused_url_name, instance.pk)
        response = super().post(request, *args, **kwargs)
        if response.status_code == 302:
            record_role_change(request.user, instance, changes, refused=False)
        return response


class NetworkUserDeleteView(NetworkRoleGuard, user_views.DeleteView):
    refused_url_name = "wagtailusers_users:edit"

    def guarded_changes(self, user):
        return [RoleChange(role, REMOVED) for role in sorted(network_roles_of(user))]


class NetworkUserViewSet(UserViewSet):
    create_template_name = "network/user_create.html"
    edit_template_name = "network/user_edit.html"
    add_view_class = NetworkUserCreateView
    edit_view_class = NetworkUserEditView
    delete_view_class = NetworkUserDeleteView

    def get_form_class(self, for_update=False):
        return NetworkUserEditForm if for_update else NetworkUserCreationForm


class NetworkRoleGroupGuard(NetworkRoleGuard):
    refused_url_name = "wagtailusers_groups:edit"

    def guarded_changes(self, group):
        role = network_role_of_group(group)
        return [RoleChange(role, PERMISSIONS)] if role else []


class NetworkWideGrantGuard:
    """Only a superuser gives a group page or media permissions at the root of every unit, or
    permissions they do not hold themselves: that group would be a moderator by another name."""

    def is_valid(self, form):
        if not super().is_valid(form):
            return False
        user = self.request.user
        if may_change_network_roles(user) or not self._grants_beyond(user, form):
            return True
        changes = [RoleChange(Role.MODERATOR, NETWORK_WIDE)]
        group = self.object if self.object.pk else Group(name=form.cleaned_data["name"])
        record_role_change(user, group, changes, refused=True)
        self.produced_error_message = refusal_message(changes)  # shown by form_invalid
        return False

    def _grants_beyond(self, user, form):
        held = set(self.object.permissions.all()) if self.object.pk else set()
        for permission in set(form.cleaned_data["permissions"]) - held:
            if not user.has_perm(f"{permission.content_type.app_label}.{permission.codename}"):
                return True
        for panel in self.permission_panel_forms:
            for panel_form in getattr(panel, "forms", [panel]):  # formsets, or one form
                data = panel_form.cleaned_data
                target = data.get("page") or data.get("collection")
                at_root = target is not None and target.depth == 1
                if at_root and data.get("permissions") and not data.get("DELETE"):
                    return True
        return False


class NetworkGroupCreateView(NetworkWideGrantGuard, group_views.CreateView):
    pass


class NetworkGroupEditView(NetworkRoleGroupGuard, NetworkWideGrantGuard, group_views.EditView):
    pass


class NetworkGroupDeleteView(NetworkRoleGroupGuard, group_views.DeleteView):
    pass


class NetworkGroupViewSet(GroupViewSet):
    add_view_class = NetworkGroupCreateView
    edit_view_class = NetworkGroupEditView
    delete_view_class = NetworkGroupDeleteView
