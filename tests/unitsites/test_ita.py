"""The ITA evidence hub: one page per fiscal year at ita/<year>, items linking to evidence."""

from django.core.exceptions import ValidationError
from django.utils import timezone

from wagtail.blocks import StructBlockValidationError
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from tests.conftest import add_live
from unitsites.blocks import EvidenceLinkBlock
from unitsites.demo import seed_unit_content
from unitsites.models import (
    ItaEvidence,
    NewsSection,
    TransparencySection,
    TransparencyYearPage,
    UnitHomePage,
)
from unitsites.thaidates import fiscal_year

pytestmark = pytest.mark.django_db


def homes(unit):
    return {home.locale.language_code: home for home in UnitHomePage.objects.filter(unit=unit)}


def hub_of(unit, language="th"):
    return TransparencySection.objects.child_of(homes(unit)[language]).get()


def add_year(hub, year, **fields):
    page = TransparencyYearPage(title=f"ITA {year}", fiscal_year=year, **fields)
    add_live(hub, page)
    return page


def test_year_pages_live_only_in_the_transparency_section(unit_a):
    home = homes(unit_a)["th"]
    assert TransparencyYearPage.can_create_at(hub_of(unit_a))
    assert not TransparencyYearPage.can_exist_under(home)
    assert not TransparencyYearPage.can_exist_under(NewsSection.objects.child_of(home).get())
    assert TransparencyYearPage.allowed_subpage_models() == []


def test_the_address_is_the_fiscal_year(unit_a, client):
    page = TransparencyYearPage(title="ITA", fiscal_year=2569, slug="anything")
    add_live(hub_of(unit_a), page)
    assert page.slug == "2569"
    assert client.get("/ita/2569/", HTTP_HOST=unit_a.hostname).status_code == 200


def test_one_page_per_fiscal_year_in_each_hub(unit_a, unit_b):
    add_year(hub_of(unit_a), 2569)
    with pytest.raises(ValidationError) as error:
        add_year(hub_of(unit_a), 2569)
    assert "fiscal_year" in error.value.message_dict
    add_year(hub_of(unit_a), 2568)
    add_year(hub_of(unit_b), 2569)  # another unit's hub has its own years
    assert TransparencyYearPage.objects.filter(fiscal_year=2569).count() == 2


def test_editor_gets_a_form_error_for_a_year_that_exists(unit_a, login):
    hub = hub_of(unit_a)
    add_year(hub, 2569)
    client = login("editor-h-a")
    client.defaults["HTTP_HOST"] = "localhost"
    url = f"/admin/pages/add/unitsites/transparencyyearpage/{hub.pk}/"
    data = nested_form_data(
        {
            "title": "ITA ปีงบประมาณ พ.ศ. 2569 (ซ้ำ)",
            "slug": "ita-again",
            "fiscal_year": "2569",
            "intro": rich_text(""),
            "body": streamfield([]),
            "owner_name": "",
            "owner_position": "",
            "owner_department": "",
            "owner_email": "",
            "request_summary": "",
            "urgency": "normal",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "ปีงบประมาณนี้มีหน้าในหมวดนี้อยู่แล้ว" in response.content.decode()
    years = TransparencyYearPage.objects.descendant_of(hub)
    assert years.filter(fiscal_year=2569).count() == 1
    data["fiscal_year"] = "2570"
    response = client.post(url, data)
    assert response.status_code == 302
    assert years.get(fiscal_year=2570).slug == "2570"


def test_evidence_link_needs_exactly_one_target(unit_a):
    block = EvidenceLinkBlock()
    about = Page.objects.child_of(homes(unit_a)["th"]).get(slug="about")
    block.clean(block.to_python({"label": "", "page": about.pk, "document": None, "url": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": "", "page": None, "document": None, "url": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python(
                {"label": "x", "page": about.pk, "document": None, "url": "https://moph.go.th"}
            )
        )
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python({"label": "", "page": None, "document": None, "url": "https://a.th"})
        )


def test_year_page_shows_its_period_items_and_evidence(unit_a, client):
    about = Page.objects.child_of(homes(unit_a)["th"]).get(slug="about")
    add_year(
        hub_of(unit_a),
        2569,
        body=[
            {
                "type": "item",
                "value": {
                    "code": "MOIT 2",
                    "title": "หน่วยงานมีการเปิดเผยข้อมูลข่าวสารที่เป็นปัจจุบัน",
                    "links": [
                        {"label": "", "page": about.pk, "document": None, "url": ""},
                        {
                            "label": "ระบบข้อมูลข่าวสาร",
                            "page": None,
                            "document": None,
                            "url": "https://www.oic.go.th/",
                        },
                    ],
                },
            },
            {"type": "item", "value": {"code": "MOIT 3", "title": "รายงานการวิเคราะห์", "links": []}},
        ],
    )
    html = client.get("/ita/2569/", HTTP_HOST=unit_a.hostname).content.decode()
    assert "1 ตุลาคม 2568" in html and "30 กันยายน 2569" in html
    assert '<span class="moit-code">MOIT 2</span>' in html
    assert '<a href="/about/">ข้อมูลหน่วยงาน</a>' in html
    assert '<a href="https://www.oic.go.th/">ระบบข้อมูลข่าวสาร</a>' in html
    assert html.count("<h2>") >= 2  # one heading per item, under the page's h1


def test_hub_lists_fiscal_years_newest_first(unit_a, client):
    for year in (2567, 2569, 2568):
        add_year(hub_of(unit_a), year)
    html = client.get("/ita/", HTTP_HOST=unit_a.hostname).content.decode()
    positions = [html.index(f'href="/ita/{year}/"') for year in (2569, 2568, 2567)]
    assert positions == sorted(positions)


@pytest.mark.demo
def test_demo_seeds_the_current_fiscal_year_in_both_languages(rich_unit, client):
    year = fiscal_year(timezone.now())
    by_language = homes(rich_unit)
    seed_unit_content(by_language["th"], by_language["en"], True)  # again: nothing more
    thai = TransparencyYearPage.objects.get(fiscal_year=year, locale__language_code="th")
    english = thai.get_translation(Locale.objects.get(language_code="en"))
    assert TransparencyYearPage.objects.filter(fiscal_year=year).count() == 2
    assert thai.live and english.live
    assert thai.url_path.endswith(f"/ita/{year}/")
    # The hospital's demo pages answer their slots in every year's template, once.
    evidence = ItaEvidence.objects.filter(unit=rich_unit)
    assert evidence.filter(subitem__code="MOIT2.1.6", subitem__item__template__fiscal_year=2569)
    assert evidence.count() == len(set(evidence.values_list("subitem", "page")))
    thai_path = by_language["th"].url_path
    assert all(item.page.url_path.startswith(thai_path) for item in evidence)
    for path in (f"/ita/{year}/", "/ita/2569/"):
        html = client.get(path, HTTP_HOST=rich_unit.hostname).content.decode()
        assert '<a href="/news/">' in html and "ยังไม่มีหลักฐาน" not in html
    response = client.get(f"/en/ita/{year}/", HTTP_HOST=rich_unit.hostname)
    assert response.status_code == 200


@pytest.mark.demo
def test_demo_fills_the_policy_pages_once(unit_a, client):
    by_language = homes(unit_a)
    seed_unit_content(by_language["th"], None, False)
    thai = client.get("/privacy-policy/", HTTP_HOST=unit_a.hostname).content.decode()
    assert "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562" in thai
    assert unit_a.name_th in thai[thai.index("<main") :]
    english = client.get("/en/privacy-policy/", HTTP_HOST=unit_a.hostname)
    assert "Personal Data Protection Act" not in english.content.decode()  # no English content
    security = Page.objects.get(url_path=f"{by_language['th'].url_path}security-policy/")
    revisions = security.revisions.count()
    seed_unit_content(by_language["th"], None, False)
    assert security.revisions.count() == revisions
