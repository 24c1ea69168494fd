from functools import partial

import pytest

from network.models import Unit
from network.registry import save_records
from tests.conftest import SUPERUSER, signed_in
from unitsites.demo.pages import ensure_page
from unitsites.models import (
    ContentPage,
    LinkGroupPage,
    LinksSection,
    OutsideLink,
    UnitHomePage,
)
from unitsites.models.links import unit_site_url

from .admin_pages import form_errors, post_add_page

pytestmark = pytest.mark.django_db


def _links_section(unit, language="th"):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
    return LinksSection.objects.child_of(home).get()


@pytest.fixture
def district_network(provincial_office):
    """A district office under PHO-T with two health-promoting hospitals, and a closed one."""
    records = [
        ("DHO-T", "district_office", "สำนักงานสาธารณสุขอำเภอทดสอบ", "Test District Health Office"),
        ("HPH-1", "health_promoting_hospital", "รพ.สต.บ้านหนึ่ง", "Ban Nueng SHPH"),
        ("HPH-2", "health_promoting_hospital", "รพ.สต.บ้านสอง", "Ban Song SHPH"),
        ("HPH-3", "health_promoting_hospital", "รพ.สต.บ้านสาม", "Ban Sam SHPH"),
    ]
    save_records(
        [
            (
                line,
                {
                    "code": code,
                    "kind": kind,
                    "name_th": name_th,
                    "name_en": name_en,
                    "hostname": f"{code.lower()}.localhost",
                    "district": "เมืองทดสอบ",
                    "parent_code": "PHO-T" if kind == "district_office" else "DHO-T",
                },
            )
            for line, (code, kind, name_th, name_en) in enumerate(records, start=2)
        ]
    )
    Unit.objects.filter(code="HPH-3").update(is_active=False)
    return {unit.code: unit for unit in Unit.objects.select_related("site")}


def test_tree_rules(unit_a):
    section = _links_section(unit_a)
    assert LinkGroupPage.can_create_at(section)
    assert not LinkGroupPage.can_create_at(section.get_parent().specific)
    assert not ContentPage.can_create_at(section)
    assert LinkGroupPage.allowed_subpage_models() == []


def test_admin_refuses_a_group_without_links_or_with_a_bad_address(unit_a):
    section = _links_section(unit_a)
    client = signed_in(SUPERUSER)
    base = {"title": "หน่วยงานภาครัฐ", "slug": "agencies"}
    response = post_add_page(
        client, LinkGroupPage, section, {**base, "links-TOTAL_FORMS": "0"}, publish=True
    )
    assert response.status_code == 200
    assert "links" in form_errors(response)
    response = post_add_page(
        client,
        LinkGroupPage,
        section,
        {**base, "links-0-title": "กระทรวงสาธารณสุข", "links-0-url": "not a url"},
        publish=True,
    )
    assert "links-url" in form_errors(response)
    assert not LinkGroupPage.objects.filter(slug="agencies").exists()

    response = post_add_page(
        client,
        LinkGroupPage,
        section,
        {**base, "links-0-title": "กระทรวงสาธารณสุข", "links-0-url": "https://www.moph.go.th"},
        publish=True,
    )
    assert response.status_code == 302
    assert LinkGroupPage.objects.get(slug="agencies").links.get().url == "https://www.moph.go.th"


def test_hospital_links_page_shows_its_parent_and_link_groups(client, unit_a):
    ensure_page(
        _links_section(unit_a),
        LinkGroupPage,
        "agencies",
        partial(
            dict,
            title="หน่วยงานภาครัฐ",
            links=[
                OutsideLink(title="กระทรวงสาธารณสุข", url="https://www.moph.go.th"),
                OutsideLink(
                    title="สปสช.", url="https://www.nhso.go.th", description="สิทธิหลักประกันสุขภาพ"
                ),
            ],
        ),
    )[0]
    response = client.get("/links/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    affiliated = response.context["affiliated"]
    assert [unit.name for unit in affiliated["parent"]] == ["สำนักงานสาธารณสุขจังหวัดทดสอบ"]
    assert affiliated["children"] == [] and affiliated["siblings"] == []
    html = response.content.decode()
    assert '<a href="http://pho-test.localhost/">สำนักงานสาธารณสุขจังหวัดทดสอบ</a>' in html
    assert '<h2 id="link-group-' in html and "หน่วยงานภาครัฐ" in html
    assert '<a href="https://www.nhso.go.th" rel="external">สปสช.</a>' in html
    assert "สิทธิหลักประกันสุขภาพ" in html


def test_provincial_links_page_lists_its_children_and_the_rest_of_the_network(
    client, provincial_office, district_network
):
    response = client.get("/en/links/", HTTP_HOST=provincial_office.hostname)
    affiliated = response.context["affiliated"]
    assert affiliated["parent"] == []
    assert [unit.name for unit in affiliated["children"]] == [
        "Test District Health Office",
        "Hospital A",
        "Hospital B",
    ]
    assert [unit.name for unit in affiliated["network"]] == [
        "Ban Nueng SHPH",
        "Ban Song SHPH",
        "Khuan Don Crown Prince Test Hospital",  # DEMO-R, a unit with no parent
    ]
    assert '<a href="http://hospital-a.localhost/en/">Hospital A</a>' in response.content.decode()


def test_health_promoting_hospital_sees_the_units_under_the_same_district_office(
    client, district_network
):
    response = client.get("/links/", HTTP_HOST="hph-1.localhost:8000")
    assert response.status_code == 200
    affiliated = response.context["affiliated"]
    assert [unit.name for unit in affiliated["parent"]] == ["สำนักงานสาธารณสุขอำเภอทดสอบ"]
    assert [unit.name for unit in affiliated["siblings"]] == ["รพ.สต.บ้านสอง"]  # not the closed one
    assert [unit.url for unit in affiliated["siblings"]] == ["http://hph-2.localhost:8000/"]
    district = client.get("/links/", HTTP_HOST="dho-t.localhost")
    assert [unit.name for unit in district.context["affiliated"]["children"]] == [
        "รพ.สต.บ้านหนึ่ง",
        "รพ.สต.บ้านสอง",
    ]
    assert district.context["affiliated"]["siblings"] == []


def test_unit_site_url_keeps_the_scheme_and_port_of_the_request(rf, unit_a):
    assert unit_site_url(unit_a, rf.get("/", HTTP_HOST="x.localhost:8000"), "th") == (
        "http://hospital-a.localhost:8000/"
    )
    secure = rf.get("/", HTTP_HOST="portal.example", secure=True)
    assert unit_site_url(unit_a, secure, "en") == "https://hospital-a.localhost/en/"
