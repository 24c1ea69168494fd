from .about import AboutSection, ContactPage, Executive, OrganisationPage
from .base import StructuralPage, UnitPage
from .citizen_guide import CitizenGuideSection, DurationUnit, ServiceGuidePage, ServiceStep
from .content import ContentPage, Topic
from .eservices import EServicesSection
from .home import UnitHomePage
from .ita import TransparencySection
from .knowledge import KnowledgeKind, KnowledgePage, KnowledgeSection
from .laws import LawPage, LawsSection, LawType
from .links import LinksSection
from .manuals import ManualPage, ManualsSection, Mission
from .news import NewsSection
from .public_information import PublicInformationSection
from .publication import PublicationRequestMixin, Urgency
from .section import SectionPage
from .statistics import StatisticsSection

__all__ = [
    "ContactPage",
    "ContentPage",
    "DurationUnit",
    "Executive",
    "KnowledgeKind",
    "KnowledgePage",
    "LawPage",
    "LawType",
    "ManualPage",
    "Mission",
    "OrganisationPage",
    "ServiceGuidePage",
    "ServiceStep",
    "Topic",
    "PublicationRequestMixin",
    "Urgency",
    "AboutSection",
    "CitizenGuideSection",
    "EServicesSection",
    "KnowledgeSection",
    "LawsSection",
    "LinksSection",
    "ManualsSection",
    "NewsSection",
    "PublicInformationSection",
    "SectionPage",
    "StatisticsSection",
    "StructuralPage",
    "TransparencySection",
    "UnitHomePage",
    "UnitPage",
]
