"""/search/?q= searches the request's own site, in the request's language only."""

import re
from html import unescape

from wagtail.models import Page

import pytest

from tests.conftest import add_live
from unitsites.models import ContentPage, UnitHomePage
from unitsites.page_search import MAX_QUERY_LENGTH, RESULTS_PER_PAGE

pytestmark = pytest.mark.django_db


def add_page(unit, title, slug, language="th"):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
    about = Page.objects.get(url_path=f"{home.url_path}about/")
    page = ContentPage(title=title, slug=slug)
    add_live(about, page)
    return page


def result_links(response):
    html = response.content.decode()
    if 'class="search-results"' not in html:
        return []
    listing = html[html.index('class="search-results"') : html.index("</ol>")]
    return re.findall(r'<a href="([^"]+)">', listing)


def test_finds_own_site_pages_only(unit_a, unit_b, client):
    add_page(unit_a, "คลินิก วัคซีน ผู้สูงอายุ", "vaccine-a")
    add_page(unit_b, "คลินิก วัคซีน เด็ก", "vaccine-b")
    response = client.get("/search/", {"q": "วัคซีน"}, HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    assert result_links(response) == ["/about/vaccine-a/"]
    response = client.get("/search/", {"q": "วัคซีน"}, HTTP_HOST=unit_b.hostname)
    assert result_links(response) == ["/about/vaccine-b/"]


def test_searches_only_the_requests_language(unit_a, client):
    add_page(unit_a, "Vaccine clinic", "vaccine-th-tree")
    add_page(unit_a, "Vaccine clinic", "vaccine-en-tree", language="en")
    thai = client.get("/search/", {"q": "vaccine"}, HTTP_HOST=unit_a.hostname)
    assert result_links(thai) == ["/about/vaccine-th-tree/"]
    english = client.get("/en/search/", {"q": "vaccine"}, HTTP_HOST=unit_a.hostname)
    assert english.status_code == 200
    assert '<html lang="en">' in english.content.decode()
    assert result_links(english) == ["/en/about/vaccine-en-tree/"]


def test_unpublished_pages_are_not_found(unit_a, client):
    page = add_page(unit_a, "ประกาศ ลับ", "secret")
    page.unpublish()
    response = client.get("/search/", {"q": "ลับ"}, HTTP_HOST=unit_a.hostname)
    assert result_links(response) == []
    assert "ไม่พบข้อมูลในเว็บไซต์ที่ตรงกับคำค้นหา" in response.content.decode()


def test_results_are_paginated_and_keep_the_query(unit_a, client):
    for number in range(RESULTS_PER_PAGE + 2):
        add_page(unit_a, f"รายงาน ประจำปี {number}", f"report-{number}")
    first = client.get("/search/", {"q": "รายงาน"}, HTTP_HOST=unit_a.hostname)
    assert len(result_links(first)) == RESULTS_PER_PAGE
    assert "?q=%E0%B8%A3%E0%B8%B2%E0%B8%A2%E0%B8%87%E0%B8%B2%E0%B8%99&amp;page=2" in (
        first.content.decode()
    )
    second = client.get("/search/", {"q": "รายงาน", "page": 2}, HTTP_HOST=unit_a.hostname)
    assert len(result_links(second)) == 2
    assert 'start="11"' in second.content.decode()


@pytest.mark.parametrize(
    "query", ["", "   ", "x" * 5000, '"unbalanced', "AND OR NOT", "a*b(c)", "<script>", "100%"]
)
def test_odd_queries_are_answered_without_error(unit_a, client, query):
    response = client.get("/search/", {"q": query, "page": "x"}, HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>" not in html
    value = re.search(r'<input id="search-q" type="search" name="q" value="([^"]*)"', html)
    assert len(unescape(value.group(1))) <= MAX_QUERY_LENGTH


def test_the_search_form_is_labelled(unit_a, client):
    html = client.get("/search/", HTTP_HOST=unit_a.hostname).content.decode()
    assert '<label for="search-q">' in html
    assert 'id="search-q"' in html
    assert '<label class="visually-hidden" for="site-search-q">' in html
    assert 'id="results-heading"' not in html  # nothing asked, nothing answered


def test_language_switch_keeps_the_query(unit_a, client):
    html = client.get("/search/", {"q": "วัคซีน"}, HTTP_HOST=unit_a.hostname).content.decode()
    assert 'href="/en/search/?q=%E0%B8%A7%E0%B8%B1%E0%B8%84%E0%B8%8B%E0%B8%B5%E0%B8%99"' in html


def test_the_portal_has_no_unit_search(client):
    assert client.get("/search/", {"q": "x"}, HTTP_HOST="localhost").status_code == 404
