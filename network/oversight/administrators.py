"""Keeping at least two site administrators per unit (seed §3.1, REQUIREMENTS W-09): a change to
an account that would leave a unit with fewer is refused where the change is made."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from network.models import Role, UnitRoleGroup

from .checks import CHECKS_BY_ID

MINIMUM = CHECKS_BY_ID["administrators"].params["minimum"]


def units_left_short(user, is_active, group_ids):
    """The units that would have fewer than MINIMUM active administrators (editors and
    approvers) if `user` were saved with `is_active` and the groups `group_ids`."""
    admin_groups = UnitRoleGroup.objects.filter(role__in=Role.unit_roles()).select_related("unit")
    current = admin_groups.filter(group__user=user)
    kept = set(group_ids) if is_active else set()
    short = []
    for unit in {role_group.unit for role_group in current}:
        unit_groups = admin_groups.filter(unit=unit).values("group")
        if kept & {role_group["group"] for role_group in unit_groups}:
            continue
        others = (
            get_user_model()
            .objects.filter(is_active=True, groups__in=unit_groups)
            .exclude(pk=user.pk)
            .distinct()
            .count()
        )
        if others < MINIMUM:
            short.append(unit)
    return sorted(short, key=lambda unit: unit.code)


def shortage_message(units):
    """Why a change that would leave `units` short of administrators is refused."""
    return _(
        "%(units)s would be left with fewer than %(minimum)d active site "
        "administrators. Give another person the editor or approver role first."
    ) % {"units": ", ".join(unit.name_th for unit in units), "minimum": MINIMUM}
