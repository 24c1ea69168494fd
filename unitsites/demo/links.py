"""Demo web links: groups of links to the agencies a public-health unit deals with. The
affiliated units need no demo content: the links page reads them from the registry."""

from dataclasses import dataclass
from functools import partial

from unitsites.models import LinkGroupPage, LinksSection, OutsideLink

from .pages import ensure_page, ensure_translation


@dataclass(frozen=True)
class DemoLink:
    url: str
    title_th: str
    title_en: str
    description_th: str = ""
    description_en: str = ""


@dataclass(frozen=True)
class DemoGroup:
    slug: str
    title_th: str
    title_en: str
    links: tuple


GROUPS = (
    DemoGroup(
        "ministry-of-public-health",
        "หน่วยงานในสังกัดกระทรวงสาธารณสุข",
        "Ministry of Public Health",
        (
            DemoLink("https://www.moph.go.th", "กระทรวงสาธารณสุข", "Ministry of Public Health"),
            DemoLink(
                "https://ddc.moph.go.th",
                "กรมควบคุมโรค",
                "Department of Disease Control",
                "สถานการณ์โรคและการป้องกันควบคุมโรค",
                "Disease situation, prevention and control",
            ),
            DemoLink(
                "https://www.anamai.moph.go.th",
                "กรมอนามัย",
                "Department of Health",
                "การส่งเสริมสุขภาพและอนามัยสิ่งแวดล้อม",
                "Health promotion and environmental health",
            ),
            DemoLink("https://www.dms.go.th", "กรมการแพทย์", "Department of Medical Services"),
            DemoLink(
                "https://www.fda.moph.go.th",
                "สำนักงานคณะกรรมการอาหารและยา (อย.)",
                "Thai Food and Drug Administration",
                "ตรวจสอบเลขทะเบียนผลิตภัณฑ์สุขภาพ",
                "Check the registration of health products",
            ),
        ),
    ),
    DemoGroup(
        "government-agencies",
        "หน่วยงานภาครัฐที่เกี่ยวข้อง",
        "Other government agencies",
        (
            DemoLink(
                "https://www.nhso.go.th",
                "สำนักงานหลักประกันสุขภาพแห่งชาติ (สปสช.)",
                "National Health Security Office (NHSO)",
                "สิทธิหลักประกันสุขภาพถ้วนหน้า (บัตรทอง)",
                "Universal health coverage rights",
            ),
            DemoLink(
                "https://www.oic.go.th",
                "สำนักงานคณะกรรมการข้อมูลข่าวสารของราชการ",
                "Office of the Official Information Commission",
            ),
            DemoLink(
                "https://www.nacc.go.th",
                "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (ป.ป.ช.)",
                "National Anti-Corruption Commission",
            ),
            DemoLink(
                "https://www.gprocurement.go.th",
                "ระบบการจัดซื้อจัดจ้างภาครัฐ (e-GP)",
                "Government e-Procurement (e-GP)",
                "ประกาศจัดซื้อจัดจ้างของหน่วยงานภาครัฐ",
                "Procurement notices of government agencies",
            ),
            DemoLink(
                "https://data.go.th", "ศูนย์กลางข้อมูลเปิดภาครัฐ", "Open Government Data of Thailand"
            ),
        ),
    ),
    DemoGroup(
        "health-services",
        "บริการและข้อมูลสุขภาพ",
        "Health services and information",
        (
            DemoLink(
                "https://www.niems.go.th",
                "สถาบันการแพทย์ฉุกเฉินแห่งชาติ (สายด่วน 1669)",
                "National Institute for Emergency Medicine (call 1669)",
            ),
            DemoLink(
                "https://www.dmh.go.th",
                "กรมสุขภาพจิต (สายด่วน 1323)",
                "Department of Mental Health (call 1323)",
            ),
            DemoLink(
                "https://hdcservice.moph.go.th",
                "ระบบคลังข้อมูลด้านการแพทย์และสุขภาพ (HDC)",
                "Health Data Center (HDC)",
                "รายงานตัวชี้วัดสุขภาพระดับจังหวัดและอำเภอ",
                "Health indicators by province and district",
            ),
            DemoLink("https://www.satun.go.th", "จังหวัดสตูล", "Satun Province"),
        ),
    ),
)


def _links(group, language):
    return [
        OutsideLink(
            url=link.url,
            title=link.title_en if language == "en" else link.title_th,
            description=link.description_en if language == "en" else link.description_th,
        )
        for link in group.links
    ]


def seed(home_th, home_en, rich):
    section = LinksSection.objects.child_of(home_th).get()
    for group in GROUPS:
        page = ensure_page(
            section,
            LinkGroupPage,
            group.slug,
            partial(dict, title=group.title_th, links=_links(group, "th")),
        )[0]
        if home_en is not None:
            ensure_translation(
                page, home_en, partial(dict, title=group.title_en, links=_links(group, "en"))
            )
