"""The fixed shape of every unit site: one section page per category, in this order.

Slugs are an interface (DESIGN.md): other systems link to them, so never rename one.
"""

from dataclasses import dataclass

from wagtail.models import Page


@dataclass(frozen=True)
class Section:
    """A page every unit site has, at a fixed slug; `children` are fixed pages below it."""

    slug: str
    model: str
    title_th: str
    title_en: str
    children: tuple = ()

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
    ),
    Section("manuals", "ManualsSection", "คู่มือการปฏิบัติงาน", "Operating manuals"),
    Section("citizen-guide", "CitizenGuideSection", "คู่มือสำหรับประชาชน", "Citizen's manual"),
    Section("news", "NewsSection", "ข่าวประชาสัมพันธ์", "News", children=()),
    Section("e-services", "EServicesSection", "บริการออนไลน์", "e-Services"),
    Section("statistics", "StatisticsSection", "สถิติเว็บไซต์", "Site statistics"),
    Section("ita", "TransparencySection", "คุณธรรมและความโปร่งใส (ITA)", "Transparency (ITA)"),
)

SECTION_MODELS = [f"unitsites.{section.model}" for section in SECTIONS]


def section_pages(home):
    """The live section pages under a unit home, in the order of SECTIONS."""
    order = {section.slug: index for index, section in enumerate(SECTIONS)}
    children = Page.objects.child_of(home).live().filter(slug__in=order)
    return sorted(children, key=lambda page: order[page.slug])
