"""Roles above the unit change only at a superuser's hand (issue #12 item 3).

Provincial moderator, central administrator and superuser open what the design keeps from the
central administrator who manages accounts: citizens' complaints, survey answers, questions.
So only a superuser grants or removes them, or changes what their groups may do, on every
admin path (the account forms, the group forms); `grant_role` is the operator's own tool.
Every such change, made or refused, goes into the audit log and is announced by e-mail to the
other central administrators."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from network.models import Role, UnitRoleGroup, signatory
from network.publication.notifications import send
from unitsites import thaidates

NETWORK_ROLES = (Role.MODERATOR, Role.CENTRAL_ADMIN)
SUPERUSER = "superuser"
ROLE_CHANGED = "network.role_changed"
ROLE_CHANGE_REFUSED = "network.role_change_refused"

GRANTED, REMOVED, PERMISSIONS, ACCOUNT = "granted", "removed", "permissions", "account"
NETWORK_WIDE = "network_wide"


def role_label(role):
    return _("Superuser") if role == SUPERUSER else Role(role).label


@dataclass(frozen=True)
class RoleChange:
    role: str  # a network role or SUPERUSER
    # GRANTED, REMOVED, PERMISSIONS (what the role's group may do), ACCOUNT (the account of
    # someone holding the role: its password or e-mail would hand over the role), or
    # NETWORK_WIDE (another group given the role's reach: the role under another name)
    kind: str

    def __str__(self):
        if self.kind == NETWORK_WIDE:
            return _("give a group rights over the whole network, or rights you do not hold")
        label = role_label(self.role)
        if self.kind == GRANTED:
            return _("grant the role %(role)s") % {"role": label}
        if self.kind == REMOVED:
            return _("remove the role %(role)s") % {"role": label}
        if self.kind == PERMISSIONS:
            return _("change what the role %(role)s may do") % {"role": label}
        return _("change the account of a holder of the role %(role)s") % {"role": label}


def network_role_of_group(group):
    """The role above the unit that `group` carries, or None."""
    return (
        UnitRoleGroup.objects.filter(group=group, unit__isnull=True, role__in=NETWORK_ROLES)
        .values_list("role", flat=True)
        .first()
    )


def _network_roles(group_ids):
    return set(
        UnitRoleGroup.objects.filter(
            group__in=group_ids, unit__isnull=True, role__in=NETWORK_ROLES
        ).values_list("role", flat=True)
    )


def network_roles_of(account):
    """The roles above the unit the stored `account` holds (none before it is created)."""
    if account.pk is None:
        return set()
    stored = get_user_model().objects.get(pk=account.pk)
    return _network_roles(stored.groups.values("pk")) | (
        {SUPERUSER} if stored.is_superuser else set()
    )


def account_role_changes(account, is_superuser, group_ids):
    """The changes to roles above the unit that saving `account` as superuser or not, in the
    groups `group_ids`, would make (the account as stored is the "before")."""
    before = network_roles_of(account)
    after = _network_roles(group_ids) | ({SUPERUSER} if is_superuser else set())
    return [RoleChange(role, GRANTED) for role in sorted(after - before)] + [
        RoleChange(role, REMOVED) for role in sorted(before - after)
    ]


def refusal_message(changes):
    return _(
        "Only a superuser may %(changes)s. The request has been recorded and the central "
        "administrators informed."
    ) % {"changes": ", ".join(str(change) for change in changes)}


def record_role_change(actor, target, changes, refused):
    """Write the change (or the refused attempt) to the history of `target`, an account or a
    group (the actor's own account while the account being created does not exist yet), and
    announce it to the other central administrators."""
    data = {
        "target": str(target),
        "changes": [{"role": change.role, "kind": change.kind} for change in changes],
    }
    action = ROLE_CHANGE_REFUSED if refused else ROLE_CHANGED
    # The actor may be the request's lazy user, whose model Wagtail's log registry cannot see.
    subject = target if target.pk is not None else get_user_model().objects.get(pk=actor.pk)
    log(instance=subject, action=action, user=actor, data=data)
    recipients = get_user_model().objects.filter(
        is_active=True, groups__unit_role__role=Role.CENTRAL_ADMIN, groups__unit_role__unit=None
    )
    with translation.override("th"):  # the e-mail is in Thai, as every network e-mail
        context = {
            "actor": signatory(actor),
            "actor_username": actor.get_username(),
            "target": target,
            "is_group": isinstance(target, Group),
            "changes": [str(change) for change in changes],
            "refused": refused,
            "when": thaidates.thai_date(timezone.now(), with_time=True),
        }
    send("role_change", context, recipients.exclude(pk=actor.pk).values_list("email", flat=True))


def describe_logged_change(data):
    """The audit log's line for a role change entry."""
    changes = ", ".join(
        str(RoleChange(change["role"], change["kind"])) for change in data.get("changes", [])
    )
    return f"{data.get('target', '')}: {changes}"
