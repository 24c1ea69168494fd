"""Demo ITA evidence: the current fiscal year's page (ita/<year>) and, for the hospitals and the
provincial office, the unit's own demo pages attached to the slots they answer in every year's
template (REQUIREMENTS C-27). The other slots stay gaps for the unit's staff to fill."""

from functools import partial

from django.utils import timezone

from wagtail.models import Page

from network.models import UnitKind
from unitsites.models import ItaEvidence, ItaSubitem, TransparencySection, TransparencyYearPage
from unitsites.thaidates import fiscal_year

from .pages import ensure_page, ensure_translation

# Path under the home -> the sub-items it answers.
EVIDENCE = {
    "website-policy": ("MOIT1.1.3",),
    "about": ("MOIT2.1.1",),
    "public-information/organisation-structure": ("MOIT2.1.3",),
    "public-information/powers-and-duties": ("MOIT2.1.4",),
    "laws": ("MOIT2.1.5",),
    "news": ("MOIT2.1.6",),
    "about/contact": ("MOIT2.1.7", "MOIT9.2"),
    "e-services/questions": ("MOIT2.1.8",),
    "public-information/annual-action-plan": ("MOIT2.9",),
    "public-information/complaint-handling-manual": ("MOIT2.12", "MOIT9.1.1"),
    "manuals": ("MOIT2.14",),
    "e-services": ("MOIT9.2",),
}
ASSESSED_IN_DEMO = (UnitKind.HOSPITAL, UnitKind.PROVINCIAL_OFFICE)

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


def _values(language, year):
    return {
        "fiscal_year": year,
        "title": TITLE[language].format(year=year),
        "intro": INTRO[language],
    }


def attach_evidence(home):
    """Attach the unit's demo pages to their slots in every year's template, once."""
    unit = home.unit
    if unit.kind not in ASSESSED_IN_DEMO:
        return
    paths = {f"{home.url_path}{path}/": codes for path, codes in EVIDENCE.items()}
    pages = Page.objects.live().filter(url_path__in=paths).values_list("url_path", "pk")
    slots = {}
    for subitem in ItaSubitem.objects.filter(code__in={c for cs in paths.values() for c in cs}):
        slots.setdefault(subitem.code, []).append(subitem)
    attached = set(ItaEvidence.objects.filter(unit=unit).values_list("subitem_id", "page_id"))
    ItaEvidence.objects.bulk_create(
        ItaEvidence(unit=unit, subitem=subitem, page_id=page_id)
        for url_path, page_id in pages
        for code in paths[url_path]
        for subitem in slots.get(code, [])
        if subitem.applies_to(unit.kind) and (subitem.pk, page_id) not in attached
    )


def seed(home_th, home_en, rich):
    year = fiscal_year(timezone.now())
    hub = TransparencySection.objects.child_of(home_th).get(slug="ita")
    year_page, _created = ensure_page(
        hub, TransparencyYearPage, str(year), partial(_values, "th", year)
    )
    ensure_translation(year_page, home_en, partial(_values, "en", year))
    attach_evidence(home_th)
