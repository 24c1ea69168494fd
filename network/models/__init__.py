from .approval import UnitApprovalTask
from .records import ApprovalKind, PublicationRecord
from .roles import Role, UnitRoleGroup
from .scheduler import ExpiryReminder, SchedulerLease
from .staff import Signatory, StaffProfile, signatory
from .unit import Affiliation, Unit, UnitKind, hostname_validator
from .verbal import VerbalApproval

__all__ = [
    "Affiliation",
    "ApprovalKind",
    "ExpiryReminder",
    "PublicationRecord",
    "Role",
    "SchedulerLease",
    "Signatory",
    "StaffProfile",
    "Unit",
    "UnitApprovalTask",
    "UnitKind",
    "UnitRoleGroup",
    "VerbalApproval",
    "hostname_validator",
    "signatory",
]
