"""/search/?q= on the portal's front door searches every live unit page of the network."""

import re

import pytest

from network.models import Unit
from tests.unitsites.test_search import add_news, add_page, result_links

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _without_the_demo_unit(rich_unit):
    """These tests know every page and unit they expect: the session's demo unit, with its own
    vaccine news and district, is taken out of the network (made inactive) here."""
    Unit.objects.filter(pk=rich_unit.pk).update(is_active=False)


PORTAL = "localhost"


def portal_search(client, path="/search/", **params):
    response = client.get(path, params, HTTP_HOST=PORTAL)
    assert response.status_code == 200
    return response


def result_units(response):
    return re.findall(r'<span class="result-unit">([^<]+)</span>', response.content.decode())


@pytest.fixture
def vaccine_pages(unit_a, unit_b, provincial_office):
    return [
        add_page(unit_a, "คลินิกวัคซีนผู้สูงอายุ", "vaccine-a"),
        add_news(unit_b, "ประกาศฉีดวัคซีนเด็กนักเรียน", "vaccine-b", "นัดฉีดวัคซีนที่โรงเรียน"),
        add_page(provincial_office, "แผนงานวัคซีนของจังหวัด", "vaccine-pho"),
    ]


def test_the_portal_searches_every_units_pages_and_names_the_unit(client, vaccine_pages):
    response = portal_search(client, q="วัคซีน")
    links = result_links(response)
    assert sorted(links) == sorted(
        [
            "http://hospital-a.localhost/about/vaccine-a/",
            "http://hospital-b.localhost/news/vaccine-b/",
            "http://pho-test.localhost/about/vaccine-pho/",
        ]
    )
    units = dict(zip(links, result_units(response), strict=True))
    assert units["http://hospital-a.localhost/about/vaccine-a/"] == "โรงพยาบาลเอ"
    assert units["http://pho-test.localhost/about/vaccine-pho/"] == ("สำนักงานสาธารณสุขจังหวัดทดสอบ")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"unit": "H-B"}, ["http://hospital-b.localhost/news/vaccine-b/"]),
        ({"district": "นาทดสอบ"}, ["http://hospital-b.localhost/news/vaccine-b/"]),
        ({"kind": "provincial_office"}, ["http://pho-test.localhost/about/vaccine-pho/"]),
        ({"category": "newspage"}, ["http://hospital-b.localhost/news/vaccine-b/"]),
        (
            {"district": "เมืองทดสอบ", "kind": "hospital"},
            ["http://hospital-a.localhost/about/vaccine-a/"],
        ),
    ],
)
def test_filters_narrow_the_search(client, vaccine_pages, filters, expected):
    assert result_links(portal_search(client, q="วัคซีน", **filters)) == expected


def test_a_wrong_filter_is_reported_and_not_applied(client, vaccine_pages):
    response = portal_search(client, q="วัคซีน", unit="NO-SUCH", kind="<script>")
    html = response.content.decode()
    assert len(result_links(response)) == 3
    assert 'aria-invalid="true" aria-describedby="id_unit-error"' in html
    assert 'id="id_kind-error"' in html
    assert "<script>" not in html


def test_inactive_units_and_unpublished_pages_are_left_out(client, unit_b, vaccine_pages):
    vaccine_pages[0].unpublish()
    Unit.objects.filter(pk=unit_b.pk).update(is_active=False)
    links = result_links(portal_search(client, q="วัคซีน"))
    assert links == ["http://pho-test.localhost/about/vaccine-pho/"]


def test_english_portal_search_finds_english_pages(client, unit_a):
    add_page(unit_a, "Vaccine clinic for older people", "vaccine-en", language="en")
    add_page(unit_a, "คลินิกวัคซีน", "vaccine-th")
    response = portal_search(client, path="/en/search/", q="vaccine")
    assert result_links(response) == ["http://hospital-a.localhost/en/about/vaccine-en/"]
    assert result_units(response) == ["Hospital A"]
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert '<label for="id_district">District</label>' in html


def test_the_form_is_labelled_in_thai_and_keeps_the_filters_across_languages(client):
    html = portal_search(client, q="วัคซีน", district="นาทดสอบ").content.decode()
    assert '<label for="search-q">คำที่ต้องการค้นหา</label>' in html
    for field in ("unit", "district", "kind", "category"):
        assert f'<label for="id_{field}">' in html
        assert f'<select id="id_{field}" name="{field}"' in html
    assert "<h1>ค้นหาทั้งเครือข่าย</h1>" in html
    assert "<legend>จำกัดขอบเขตการค้นหา</legend>" in html
    assert '<option value="">ทุกหน่วยงาน</option>' in html
    assert '<option value="">ทุกหมวดหมู่</option>' in html
    assert "ไม่พบข้อมูลในเครือข่ายที่ตรงกับคำค้นหา" in html
    assert '<option value="นาทดสอบ" selected>นาทดสอบ</option>' in html
    assert "district=%E0%B8%99%E0%B8%B2" in html  # the English link keeps the district
    assert 'id="results-heading"' in html


@pytest.mark.parametrize("query", ["", "\x00", "x" * 5000, '"AND(', "<script>", "%00"])
def test_odd_queries_on_the_portal_are_answered_calmly(client, query):
    response = portal_search(client, q=query, page="-1")
    assert "<script>" not in response.content.decode()


def test_the_portal_home_offers_the_network_search(client):
    html = client.get("/", HTTP_HOST=PORTAL).content.decode()
    assert '<form class="site-search" role="search" action="/search/" method="get">' in html
    assert '<label class="visually-hidden" for="site-search-q">ค้นหาทั้งเครือข่าย</label>' in html
