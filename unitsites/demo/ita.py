"""Demo ITA evidence: the current fiscal year's page (ita/<year>) with a few MOIT items that link
to the unit's own pages. The item titles are the MOPH ITA wording (REQUIREMENTS C-27, [S5]-[S7])."""

from functools import partial

from django.utils import timezone

from wagtail.models import Page

from unitsites.models import TransparencySection, TransparencyYearPage
from unitsites.thaidates import fiscal_year

from .pages import ensure_page, ensure_translation

# (code, Thai title, English title, [(path under the home, Thai label, English label)]);
# an empty label shows the page's own title.
MOIT_ITEMS = (
    (
        "MOIT 1",
        "หน่วยงานมีการวางระบบโดยการกำหนดมาตรการการเผยแพร่ข้อมูลต่อสาธารณะผ่านเว็บไซต์ของหน่วยงาน",
        "The unit has set measures for publishing information to the public on its website",
        [
            ("website-policy", "", ""),
            ("about", "โครงสร้างและผู้รับผิดชอบเว็บไซต์", "Structure and who runs the website"),
        ],
    ),
    (
        "MOIT 2",
        "หน่วยงานมีการเปิดเผยข้อมูลข่าวสารที่เป็นปัจจุบัน",
        "The unit discloses current information",
        [
            ("about", "ข้อมูลพื้นฐานและผู้บริหาร", "Basic information and executives"),
            ("about/contact", "", ""),
            ("laws", "", ""),
            ("news", "ข่าวประชาสัมพันธ์ในปีงบประมาณนี้", "News of this fiscal year"),
            ("public-information", "", ""),
        ],
    ),
    (
        "MOIT 9",
        "หน่วยงานมีแนวปฏิบัติการจัดการเรื่องร้องเรียน และช่องทางการร้องเรียน",
        "The unit has complaint-handling guidelines and complaint channels",
        [
            ("e-services", "ช่องทางร้องเรียนออนไลน์", "Online complaint channel"),
            ("about/contact", "ช่องทางร้องเรียนทางโทรศัพท์และไปรษณีย์", "Complaints by phone and post"),
        ],
    ),
)

TITLE = {
    "th": "การประเมินคุณธรรมและความโปร่งใส (ITA) ปีงบประมาณ พ.ศ. {year}",
    "en": "Integrity and Transparency Assessment (ITA), fiscal year {year} B.E.",
}
INTRO = {
    "th": "<p>หลักฐานการเปิดเผยข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (MOIT) ของกระทรวงสาธารณสุข"
    " เรียงตามข้อ แต่ละข้อเชื่อมโยงไปยังหน้าและเอกสารบนเว็บไซต์นี้</p>",
    "en": "<p>Our evidence for the Ministry of Public Health's open-information items (MOIT), item by"
    " item, each linked to the pages and documents on this site.</p>",
}


def _live_page(home, path):
    return Page.objects.live().filter(url_path=f"{home.url_path}{path}/").first()


def _body(home, language):
    items = []
    for code, title_th, title_en, links in MOIT_ITEMS:
        evidence = []
        for path, label_th, label_en in links:
            page = _live_page(home, path)
            if page is not None:
                label = label_en if language == "en" else label_th
                evidence.append({"label": label, "page": page.pk, "document": None, "url": ""})
        title = title_en if language == "en" else title_th
        items.append({"type": "item", "value": {"code": code, "title": title, "links": evidence}})
    return items


def _values(home, language, year):
    return {
        "fiscal_year": year,
        "title": TITLE[language].format(year=year),
        "intro": INTRO[language],
        "body": _body(home, language),
    }


def seed(home_th, home_en, rich):
    year = fiscal_year(timezone.now())
    hub = TransparencySection.objects.child_of(home_th).get(slug="ita")
    year_page, _created = ensure_page(
        hub, TransparencyYearPage, str(year), partial(_values, home_th, "th", year)
    )
    ensure_translation(year_page, home_en, partial(_values, home_en, "en", year))
