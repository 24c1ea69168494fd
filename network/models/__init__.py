from .roles import Role, UnitRoleGroup
from .traffic import AppendOnlyError, TrafficKind, TrafficPurge, TrafficRecord
from .unit import Affiliation, Unit, UnitKind, hostname_validator

__all__ = [
    "Affiliation",
    "AppendOnlyError",
    "Role",
    "TrafficKind",
    "TrafficPurge",
    "TrafficRecord",
    "Unit",
    "UnitKind",
    "UnitRoleGroup",
    "hostname_validator",
]
