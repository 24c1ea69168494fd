from .acknowledgement import DutyAcknowledgement, DutyStatement
from .approval import UnitApprovalTask
from .enrolment import EnrolmentLink
from .notices import Delivery, NoticeKind, NotificationPreference, StaffDigest, StaffNotice
from .records import ApprovalKind, PublicationRecord
from .roles import Role, UnitRoleGroup
from .scheduler import ExpiryReminder, ReviewDigest, SchedulerLease
from .staff import Signatory, StaffProfile, missing_signatory_details, signatory
from .traffic import AppendOnlyError, TrafficKind, TrafficPurge, TrafficRecord
from .training import Training, TrainingAttendance, TrainingTopic
from .unit import Affiliation, Unit, UnitKind, hostname_validator
from .verbal import VerbalApproval

__all__ = [
    "Affiliation",
    "AppendOnlyError",
    "ApprovalKind",
    "Delivery",
    "DutyAcknowledgement",
    "DutyStatement",
    "EnrolmentLink",
    "ExpiryReminder",
    "PublicationRecord",
    "ReviewDigest",
    "Role",
    "SchedulerLease",
    "Signatory",
    "StaffProfile",
    "TrafficKind",
    "TrafficPurge",
    "Training",
    "TrainingAttendance",
    "TrainingTopic",
    "TrafficRecord",
    "Unit",
    "UnitApprovalTask",
    "UnitKind",
    "UnitRoleGroup",
    "VerbalApproval",
    "NoticeKind",
    "NotificationPreference",
    "StaffDigest",
    "StaffNotice",
    "hostname_validator",
    "missing_signatory_details",
    "signatory",
]
