from .roles import Role, UnitRoleGroup
from .unit import Affiliation, Unit, UnitKind, hostname_validator

__all__ = ["Affiliation", "Role", "Unit", "UnitKind", "UnitRoleGroup", "hostname_validator"]
