"""A unit's people by role, managed on the unit's own admin page (issue #18 item 3): adding
someone (an existing account or a new one, through `grant_role`), changing their role, taking
them off the unit and deactivating their account. What would leave the unit with fewer than two
site administrators is refused (seed §3.1, REQUIREMENTS W-09). Every change, made or refused,
goes into the person's history, as the roles above the unit do (network.role_changes)."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from network.accounts import RoleError, grant_role
from network.models import Role, UnitRoleGroup, signatory
from network.oversight.administrators import shortage_message, units_left_short

UNIT_ROLE_CHANGED = "network.unit_role_changed"
UNIT_ROLE_CHANGE_REFUSED = "network.unit_role_change_refused"

ADD, CHANGE, REMOVE, DEACTIVATE = "add", "change", "remove", "deactivate"


def action_label(action):
    return {
        ADD: _("added to the unit"),
        CHANGE: _("role changed"),
        REMOVE: _("taken off the unit"),
        DEACTIVATE: _("account deactivated"),
    }[action]


def _unit_groups(unit):
    return {
        link.role: link.group
        for link in UnitRoleGroup.objects.filter(unit=unit, role__in=Role.unit_roles())
    }


def people_by_role(unit):
    """[(role, [account, ...])] for each unit role, editors first."""
    groups = _unit_groups(unit)
    people = []
    for role in Role.unit_roles():
        group = groups.get(role)
        members = group.user_set.order_by("username") if group else []
        people.append((role, list(members)))
    return people


def role_in(unit, person):
    """The unit role `person` holds in `unit`, or None."""
    return (
        UnitRoleGroup.objects.filter(unit=unit, role__in=Role.unit_roles(), group__user=person)
        .values_list("role", flat=True)
        .first()
    )


def _record(actor, person, unit, action, role, refused):
    log(
        instance=person,
        action=UNIT_ROLE_CHANGE_REFUSED if refused else UNIT_ROLE_CHANGED,
        user=actor,
        data={"unit": unit.code, "action": action, "role": role},
    )


def describe_logged_change(data):
    """The audit log's line for a unit role entry."""
    role = Role(data["role"]).label if data.get("role") in Role.values else ""
    return f"{data.get('unit', '')}: {action_label(data.get('action', CHANGE))} {role}".strip()


def _refuse_if_short(actor, person, unit, action, role, is_active, group_ids):
    """Outside the change's transaction, so that the refusal stays recorded."""
    if units_left_short(person, is_active, group_ids):
        _record(actor, person, unit, action, role, refused=True)
        raise RoleError(shortage_message([unit]))


@transaction.atomic
def add_person(actor, unit, role, username, email="", full_name="", position=""):
    """Give `username` (an existing account or a new one) `role` in `unit`, where they hold no
    role yet."""
    person = get_user_model().objects.filter(username=username).first()
    if person is not None and role_in(unit, person) is not None:
        raise RoleError(
            _("%(person)s already works in this unit; change their role instead.")
            % {"person": signatory(person).name or person.get_username()}
        )
    if person is None and not email:
        raise RoleError(_("A new account needs an e-mail address."))
    person, _created = grant_role(
        username, role, unit, email=email, full_name=full_name, position=position
    )
    _record(actor, person, unit, ADD, role, refused=False)
    return person


@transaction.atomic
def change_role(actor, unit, person, role):
    """Move `person` to `role` in `unit` (editor to approver or back). Both roles count as site
    administrators, so a change never leaves the unit short of them."""
    groups = _unit_groups(unit)
    current = role_in(unit, person)
    if current is None or current == role:
        return
    person.groups.remove(groups[current])
    person.groups.add(groups[role])
    _record(actor, person, unit, CHANGE, role, refused=False)


def remove_person(actor, unit, person):
    """Take `person` off `unit` (their account and other units untouched)."""
    groups = _unit_groups(unit)
    role = role_in(unit, person)
    kept = set(person.groups.values_list("pk", flat=True)) - {g.pk for g in groups.values()}
    _refuse_if_short(actor, person, unit, REMOVE, role, person.is_active, kept)
    with transaction.atomic():
        person.groups.remove(*groups.values())
        _record(actor, person, unit, REMOVE, role, refused=False)


def deactivate_person(actor, unit, person):
    """Deactivate `person`'s account (they can no longer sign in anywhere)."""
    role = role_in(unit, person)
    _refuse_if_short(actor, person, unit, DEACTIVATE, role, False, set())
    with transaction.atomic():
        person.is_active = False
        person.save(update_fields=["is_active"])
        _record(actor, person, unit, DEACTIVATE, role, refused=False)
