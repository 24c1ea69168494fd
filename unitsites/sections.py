"""The fixed shape of every unit site: one section page per category, in this order, then the
policy pages every footer links to.

Slugs are an interface (DESIGN.md): other systems link to them, so never rename one.
"""

from dataclasses import dataclass

from wagtail.models import Page


@dataclass(frozen=True)
class Section:
    """A page every unit site has, at a fixed slug; `children` are fixed pages below it.

    `in_menu` pages are in the main menu; the others are linked from the footer. A menu page
    that is not `unit_content` (the statistics) is filled by the portal, not by the unit.
    """

    slug: str
    model: str
    title_th: str
    title_en: str
    children: tuple = ()
    in_menu: bool = True
    unit_content: bool = True

    @property
    def model_class(self):
        from django.apps import apps

        return apps.get_model("unitsites", self.model)


SECTIONS = (
    Section(
        "about",
        "AboutSection",
        "ข้อมูลหน่วยงาน",
        "About us",
        children=(Section("contact", "ContactPage", "ติดต่อเรา", "Contact us"),),
    ),
    Section("laws", "LawsSection", "กฎหมายและระเบียบ", "Laws and regulations"),
    Section("knowledge", "KnowledgeSection", "องค์ความรู้", "Knowledge"),
    Section("links", "LinksSection", "ลิงก์หน่วยงาน", "Web links"),
    Section(
        "public-information",
        "PublicInformationSection",
        "ข้อมูลข่าวสารของราชการ",
        "Public information",
        children=(Section("procurement", "ProcurementSection", "การจัดซื้อจัดจ้าง", "Procurement"),),
    ),
    Section("manuals", "ManualsSection", "คู่มือการปฏิบัติงาน", "Operating manuals"),
    Section("citizen-guide", "CitizenGuideSection", "คู่มือสำหรับประชาชน", "Citizen's manual"),
    Section(
        "news",
        "NewsSection",
        "ข่าวประชาสัมพันธ์",
        "News",
        children=(Section("calendar", "CalendarPage", "ปฏิทินกิจกรรม", "Activity calendar"),),
    ),
    Section("e-services", "EServicesSection", "บริการออนไลน์", "e-Services"),
    Section("statistics", "StatisticsSection", "สถิติเว็บไซต์", "Site statistics", unit_content=False),
    Section("ita", "TransparencySection", "คุณธรรมและความโปร่งใส (ITA)", "Transparency (ITA)"),
    # The notice-and-takedown form every footer links to (REQUIREMENTS S-07).
    Section(
        "report-content",
        "TakedownPage",
        "แจ้งเนื้อหาไม่เหมาะสมหรือขอให้นำข้อมูลออก",
        "Report unlawful content or ask for removal",
        in_menu=False,
    ),
    # The policies every footer links to (REQUIREMENTS C-26, S-15).
    Section("website-policy", "PolicyPage", "นโยบายเว็บไซต์", "Website policy", in_menu=False),
    Section(
        "privacy-policy",
        "PolicyPage",
        "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
        "Privacy policy",
        in_menu=False,
    ),
    Section(
        "security-policy",
        "PolicyPage",
        "นโยบายการรักษาความมั่นคงปลอดภัยเว็บไซต์",
        "Website security policy",
        in_menu=False,
    ),
)

MENU_SECTIONS = tuple(section for section in SECTIONS if section.in_menu)
# The ten categories of content every unit keeps (the office's rule book, section 1).
CATEGORIES = tuple(section for section in MENU_SECTIONS if section.unit_content)
CATEGORY_SLUGS = tuple(section.slug for section in CATEGORIES)
FOOTER_SECTIONS = tuple(section for section in SECTIONS if not section.in_menu)
POLICY_SECTIONS = tuple(section for section in FOOTER_SECTIONS if section.model == "PolicyPage")
TAKEDOWN_SLUG = "report-content"
SECTION_MODELS = list(dict.fromkeys(f"unitsites.{section.model}" for section in SECTIONS))


def _live_fixed_pages(home, sections):
    order = {section.slug: index for index, section in enumerate(sections)}
    children = Page.objects.child_of(home).live().filter(slug__in=order)
    return sorted(children, key=lambda page: order[page.slug])


def section_pages(home):
    """The live category pages under a unit home, in menu order."""
    return _live_fixed_pages(home, MENU_SECTIONS)


def policy_pages(home):
    """The live policy pages under a unit home, in footer order."""
    return _live_fixed_pages(home, POLICY_SECTIONS)


def footer_pages(home):
    """(the live policy pages, the live notice-and-takedown page or None) under a unit home,
    in one query."""
    pages = _live_fixed_pages(home, FOOTER_SECTIONS)
    takedown = next((page for page in pages if page.slug == TAKEDOWN_SLUG), None)
    return [page for page in pages if page is not takedown], takedown
