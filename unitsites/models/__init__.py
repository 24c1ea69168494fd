from .about import AboutSection
from .base import StructuralPage, UnitPage
from .calendar import CalendarPage, EventPage
from .citizen_guide import CitizenGuideSection
from .content import ContentPage
from .eservices import EServicesSection
from .home import UnitHomePage
from .ita import TransparencySection, TransparencyYearPage
from .knowledge import KnowledgeSection
from .laws import LawsSection
from .links import LinkGroupPage, LinksSection, OutsideLink
from .manuals import ManualsSection
from .news import NewsKind, NewsPage, NewsSection
from .policy import PolicyPage
from .public_information import (
    PublicInformationDocument,
    PublicInformationPage,
    PublicInformationSection,
)
from .publication import PublicationRequestMixin, Urgency
from .section import SectionPage
from .site_settings import UnitSiteSettings
from .statistics import StatisticsSection

__all__ = [
    "CalendarPage",
    "ContentPage",
    "EventPage",
    "LinkGroupPage",
    "NewsKind",
    "NewsPage",
    "OutsideLink",
    "PublicInformationDocument",
    "PublicInformationPage",
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
    "PolicyPage",
    "PublicInformationSection",
    "SectionPage",
    "StatisticsSection",
    "StructuralPage",
    "TransparencySection",
    "TransparencyYearPage",
    "UnitHomePage",
    "UnitPage",
    "UnitSiteSettings",
]
