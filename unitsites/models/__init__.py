from .about import AboutSection
from .base import StructuralPage, UnitPage
from .citizen_guide import CitizenGuideSection
from .content import ContentPage
from .eservices import EServicesSection
from .home import UnitHomePage
from .ita import TransparencySection, TransparencyYearPage
from .knowledge import KnowledgeSection
from .laws import LawsSection
from .links import LinksSection
from .manuals import ManualsSection
from .news import NewsSection
from .policy import PolicyPage
from .public_information import PublicInformationSection
from .publication import PublicationRequestMixin, Urgency
from .section import SectionPage
from .site_settings import UnitSiteSettings
from .statistics import StatisticsSection

__all__ = [
    "ContentPage",
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
