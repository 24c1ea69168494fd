"""The fixed shape of every unit site: one section page per category, in this order, then the
policy pages every footer links to.

Slugs are an interface (DESIGN.md): other systems link to them, so never rename one.
"""

from dataclasses import dataclass

from django.db.models import Q

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


def fixed_pages_filter(home):
    """The home's live fixed pages (sections and their fixed children) and news section, and
    that section's calendar: what every page's menu, footer and feed links show."""
    from django.contrib.contenttypes.models import ContentType

    from unitsites.models import CalendarPage, NewsSection

    types = ContentType.objects.get_for_models(NewsSection, CalendarPage)
    children = Q(depth=home.depth + 1) & (
        Q(slug__in=[section.slug for section in SECTIONS]) | Q(content_type=types[NewsSection])
    )
    grandchildren = Q(depth=home.depth + 2) & (
        Q(slug__in=[child.slug for section in SECTIONS for child in section.children])
        | Q(content_type=types[CalendarPage])
    )
    return Q(live=True, path__startswith=home.path) & (children | grandchildren)


def remember_fixed_pages(home, pages):
    """Keep `pages` (in path order) as the fixed pages of this home object: the pages of one
    rendering share it, and ask once."""
    home.__dict__["fixed_pages"] = [page.specific_deferred for page in pages]


def _fixed_pages(home):
    if "fixed_pages" not in home.__dict__:
        remember_fixed_pages(home, Page.objects.filter(fixed_pages_filter(home)).order_by("path"))
    return home.__dict__["fixed_pages"]


def _live_fixed_pages(home, sections):
    order = {section.slug: index for index, section in enumerate(sections)}
    children = [
        page for page in _fixed_pages(home) if page.depth == home.depth + 1 and page.slug in order
    ]
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


def fixed_page(home, slug):
    """The first live fixed page at `slug` under a unit home or its sections, or None."""
    return next((page for page in _fixed_pages(home) if page.slug == slug), None)


def news_and_calendar(home):
    """(news section, its calendar): the first live of each under a unit home, or None."""
    from unitsites.models import CalendarPage, NewsSection

    pages = _fixed_pages(home)
    news = next(
        (p for p in pages if p.depth == home.depth + 1 and isinstance(p, NewsSection)), None
    )
    calendar = news and next(
        (
            p
            for p in pages
            if p.depth == news.depth + 1
            and p.path.startswith(news.path)
            and isinstance(p, CalendarPage)
        ),
        None,
    )
    return news, calendar
