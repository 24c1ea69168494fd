"""Accounts and roles: who may do what, granted through the role groups."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from network.models import Role, StaffProfile
from network.provisioning import ADMIN_ACCESS, role_group

MODERATOR_PAGE_PERMISSIONS = ("add", "change", "lock", "publish", "unlock")
MODERATOR_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)
CENTRAL_ADMIN_PERMISSIONS = (
    ADMIN_ACCESS,
    "auth.add_user",
    "auth.change_user",
    "auth.delete_user",
    "auth.view_user",
    "auth.add_group",
    "auth.change_group",
    "auth.delete_group",
    "auth.view_group",
    "wagtailcore.add_site",
    "wagtailcore.change_site",
    "wagtailcore.delete_site",
    "wagtailcore.view_site",
    "wagtailcore.add_workflow",
    "wagtailcore.change_workflow",
    "wagtailcore.delete_workflow",
    "wagtailcore.add_task",
    "wagtailcore.change_task",
    "wagtailcore.delete_task",
    "network.add_unit",
    "network.change_unit",
    "network.view_unit",
)


class RoleError(ValueError):
    """A role request that cannot be carried out, with a message for the person asking."""


def _permissions(dotted_names):
    for dotted in dotted_names:
        app_label, codename = dotted.split(".")
        yield Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_network_groups():
    """The provincial moderators' and central administrators' groups with their permissions."""
    moderators = role_group(Role.MODERATOR)
    moderators.permissions.add(*_permissions([ADMIN_ACCESS]))
    root_page = Page.get_first_root_node()
    for codename in MODERATOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=moderators,
            page=root_page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=f"{codename}_page"
            ),
        )
    root_collection = Collection.get_first_root_node()
    for permission in _permissions(MODERATOR_COLLECTION_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=moderators, collection=root_collection, permission=permission
        )
    central_admins = role_group(Role.CENTRAL_ADMIN)
    central_admins.permissions.add(*_permissions(CENTRAL_ADMIN_PERMISSIONS))
    return moderators, central_admins


@transaction.atomic
def grant_role(username, role, unit=None, email="", password=None, full_name="", position=""):
    """Give `username` the role (creating the account if needed); returns (user, created).

    `full_name` and `position`, when given, are what the account signs forms with."""
    if role not in Role.values:
        raise RoleError(_("Unknown role “%(role)s”.") % {"role": role})
    if role in Role.unit_roles() and unit is None:
        raise RoleError(_("The role “%(role)s” needs a unit.") % {"role": role})
    if role not in Role.unit_roles() and unit is not None:
        raise RoleError(_("The role “%(role)s” covers the whole network.") % {"role": role})
    if unit is not None and unit.site_id is None:
        raise RoleError(_("Unit %(code)s has no site yet.") % {"code": unit.code})
    user_model = get_user_model()
    if email and user_model.objects.filter(email__iexact=email).exclude(username=username).exists():
        # REQUIREMENTS S-06: every account is one named person's, so actions can be attributed.
        raise RoleError(
            _(
                "The e-mail address %(email)s already belongs to another account: accounts are personal, never shared."
            )
            % {"email": email}
        )
    user, created = user_model.objects.get_or_create(
        username=username, defaults={"email": email, "is_active": True}
    )
    if password:
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise RoleError(" ".join(error.messages)) from error
    if created:
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        user.save()
    elif email and user.email != email:
        user.email = email
        user.save(update_fields=["email"])
    if role in Role.unit_roles():
        group = role_group(role, unit)
    else:
        group = ensure_network_groups()[0 if role == Role.MODERATOR else 1]
    user.groups.add(group)
    set_signatory_details(user, full_name, position)
    return user, created


def set_signatory_details(user, full_name="", position=""):
    """Set the name and position `user` signs with; an empty value leaves the current one."""
    changes = {
        field: value.strip()
        for field, value in (("full_name", full_name), ("position", position))
        if value.strip()
    }
    if changes:
        StaffProfile.objects.update_or_create(user=user, defaults=changes)
