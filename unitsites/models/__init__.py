from .about import AboutSection, ContactPage, Executive, OrganisationPage
from .base import StructuralPage, UnitPage
from .calendar import CalendarPage, EventPage
from .citizen_guide import CitizenGuideSection, DurationUnit, ServiceGuidePage, ServiceStep
from .content import ContentPage, Topic
from .eservices import EServicesSection, ExternalServicePage, ServiceFormField, ServiceFormPage
from .home import UnitHomePage
from .ita import TransparencySection, TransparencyYearPage
from .ita_evidence import ItaEvidence
from .ita_template import EvidenceKind, ItaItem, ItaSubitem, ItaTemplate, Round
from .knowledge import KnowledgeKind, KnowledgePage, KnowledgeSection
from .laws import LawPage, LawsSection, LawType
from .links import LinkGroupPage, LinksSection, OutsideLink
from .manuals import ManualPage, ManualsSection, Mission
from .news import NewsKind, NewsPage, NewsSection
from .policy import PolicyPage
from .privacy import LawfulBasis, PersonalDataPurge, PrivacyNoticeMixin
from .procurement import (
    ProcurementMethod,
    ProcurementPlanPage,
    ProcurementReportPage,
    ProcurementResult,
    ProcurementSection,
    ProcurementSummaryPage,
    ReportKind,
)
from .public_information import (
    PublicInformationDocument,
    PublicInformationPage,
    PublicInformationSection,
)
from .publication import PublicationRequestMixin, Urgency
from .questions import Question, QuestionBoardPage, QuestionStatus
from .section import SectionPage
from .site_settings import UnitSiteSettings
from .statistics import PageViewDay, Rating, StatisticsSection, SurveyResponse
from .submissions import ServiceSubmission, SubmissionCounter, SubmissionStatus
from .takedown import TakedownGround, TakedownPage, TakedownRequest, TakedownStatus, TakedownStep

__all__ = [
    "AboutSection",
    "CalendarPage",
    "CitizenGuideSection",
    "ContactPage",
    "ContentPage",
    "DurationUnit",
    "EServicesSection",
    "EventPage",
    "ExternalServicePage",
    "Executive",
    "KnowledgeKind",
    "KnowledgePage",
    "KnowledgeSection",
    "LawPage",
    "LawType",
    "LawfulBasis",
    "LawsSection",
    "LinkGroupPage",
    "LinksSection",
    "ManualPage",
    "ManualsSection",
    "Mission",
    "NewsKind",
    "NewsPage",
    "NewsSection",
    "OrganisationPage",
    "OutsideLink",
    "PageViewDay",
    "PersonalDataPurge",
    "PolicyPage",
    "PrivacyNoticeMixin",
    "PublicInformationDocument",
    "PublicInformationPage",
    "PublicInformationSection",
    "ProcurementMethod",
    "ProcurementPlanPage",
    "ProcurementReportPage",
    "ProcurementResult",
    "ProcurementSection",
    "ProcurementSummaryPage",
    "PublicationRequestMixin",
    "Question",
    "QuestionBoardPage",
    "QuestionStatus",
    "ReportKind",
    "Rating",
    "SectionPage",
    "ServiceFormField",
    "ServiceFormPage",
    "ServiceGuidePage",
    "ServiceStep",
    "ServiceSubmission",
    "StatisticsSection",
    "SubmissionCounter",
    "SubmissionStatus",
    "StructuralPage",
    "SurveyResponse",
    "TakedownGround",
    "TakedownPage",
    "TakedownRequest",
    "TakedownStatus",
    "TakedownStep",
    "Topic",
    "TransparencySection",
    "ItaEvidence",
    "ItaItem",
    "ItaSubitem",
    "ItaTemplate",
    "EvidenceKind",
    "Round",
    "TransparencyYearPage",
    "UnitHomePage",
    "UnitPage",
    "UnitSiteSettings",
    "Urgency",
]
