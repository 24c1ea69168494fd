"""/search/?q= searches the request's own site, in the request's language only, with Thai text
cut into words (unitsites.thai_search) as Wagtail's signal handlers index it on publication."""

import datetime
import re
from html import unescape

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

import pytest

from tests.conftest import add_live, publish_imported
from unitsites import thai_search
from unitsites.models import ContentPage, NewsPage, NewsSection, UnitHomePage
from unitsites.page_search import MAX_QUERY_LENGTH, RESULTS_PER_PAGE, ranked_pages

pytestmark = pytest.mark.django_db


def add_page(unit, title, slug, language="th", **fields):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
    about = Page.objects.get(url_path=f"{home.url_path}about/")
    page = ContentPage(title=title, slug=slug, **fields)
    add_live(about, page)
    return page


def add_news(unit, title, slug, summary, **fields):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code="th")
    section = NewsSection.objects.child_of(home).get()
    return add_live(section, NewsPage(title=title, slug=slug, summary=summary, **fields))


def add_document(unit, title):
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(b"%PDF-1.4 test", name="test.pdf"),
        collection=unit.collection,
    )


def search(client, unit, query, path="/search/"):
    response = client.get(path, {"q": query}, HTTP_HOST=unit.hostname)
    assert response.status_code == 200
    return response


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
    page = add_page(unit_a, "ประกาศ ครุภัณฑ์", "secret")
    page.unpublish()
    response = client.get("/search/", {"q": "ครุภัณฑ์"}, HTTP_HOST=unit_a.hostname)
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
    "query",
    [
        *["", "   ", "x" * 5000, '"unbalanced', "AND OR NOT", "a*b(c)", "<script>", "100%"],
        *["don't", "O'Reilly's", "3:*", "a&b|c!", "\\", "NEAR(a b)", "๒๕๖๙:* & !"],
    ],
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


@pytest.fixture
def citizen_pages(unit_a):
    return {
        "flu": add_page(unit_a, "รณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ ประจำปี 2569", "flu"),
        "records": add_page(unit_a, "การขอสำเนาเวชระเบียน", "records"),
        "dengue": add_news(
            unit_a, "ระวังโรคไข้เลือดออกช่วงฤดูฝน", "dengue", "ชวนกันกำจัดลูกน้ำยุงลายทุกสัปดาห์"
        ),
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("วัคซีน", "/about/flu/"),
        ("ฉีดวัคซีน", "/about/flu/"),
        ("ไข้หวัดใหญ่", "/about/flu/"),
        ("เวชระเบียน", "/about/records/"),
        ("ไข้เลือดออก", "/news/dengue/"),
        ("ยุงลาย", "/news/dengue/"),
        ("๒๕๖๙", "/about/flu/"),
    ],
)
def test_thai_words_inside_titles_and_summaries_find_their_page(
    unit_a, client, citizen_pages, query, expected
):
    assert result_links(search(client, unit_a, query)) == [expected]


def test_body_streamfield_and_document_titles_are_searched(unit_a, client):
    form = add_document(unit_a, "แบบฟอร์มคำร้องขอประวัติการรักษา")
    memo = add_document(unit_a, "บันทึกข้อความขออนุมัติจัดซื้อครุภัณฑ์")
    add_page(
        unit_a,
        "บริการผู้ป่วยนอก",
        "outpatients",
        body=[
            ("paragraph", "<p>เปิดให้บริการทันตกรรมวันเสาร์เว้นเสาร์</p>"),
            ("documents", {"heading": "", "documents": [{"document": form, "title": ""}]}),
        ],
        request_attachment=memo,
    )
    assert result_links(search(client, unit_a, "ทันตกรรม")) == ["/about/outpatients/"]
    assert result_links(search(client, unit_a, "ประวัติการรักษา")) == ["/about/outpatients/"]
    # The memo behind the publication request is the approver's, not the public's.
    assert result_links(search(client, unit_a, "ครุภัณฑ์")) == []


def test_pages_whose_title_holds_the_words_come_first(unit_a, client):
    add_page(
        unit_a,
        "ตารางแพทย์ออกตรวจ",
        "timetable",
        body=[("paragraph", "<p>คลินิกเบาหวาน คลินิกเบาหวาน คลินิกเบาหวาน</p>")],
    )
    add_page(unit_a, "คลินิกเบาหวาน", "diabetes")
    assert result_links(search(client, unit_a, "เบาหวาน")) == [
        "/about/diabetes/",
        "/about/timetable/",
    ]


def test_among_title_matches_the_newest_comes_first(unit_a, client):
    add_page(unit_a, "ประกาศรับสมัครงานพยาบาล", "nurses")
    add_page(unit_a, "ประกาศรับสมัครงานเภสัชกร", "pharmacists")
    assert result_links(search(client, unit_a, "รับสมัครงาน")) == [
        "/about/pharmacists/",
        "/about/nurses/",
    ]


def test_results_show_category_buddhist_era_date_and_marked_excerpt(unit_a, client):
    add_news(
        unit_a,
        "ประชาสัมพันธ์การรับบริจาคโลหิต",
        "blood",
        "ขอเชิญร่วมบริจาคโลหิตที่ห้องประชุมชั้น 2 <ทุกคนยินดีต้อนรับ>",
        date=datetime.datetime(2026, 11, 5, 9, 0, tzinfo=datetime.UTC),
    )
    html = search(client, unit_a, "บริจาคโลหิต").content.decode()
    assert "ประชาสัมพันธ์การรับ<mark>บริจาคโลหิต</mark>" in html
    assert "ขอเชิญร่วม<mark>บริจาคโลหิต</mark>ที่ห้องประชุม" in html
    assert "&lt;ทุกคนยินดีต้อนรับ&gt;" in html
    assert '<time datetime="2026-11-05">5 พฤศจิกายน 2569</time>' in html
    assert 'class="result-category">ข่าว' in html


def test_english_search_keeps_working(unit_a, client):
    add_page(unit_a, "Dental clinic opening hours", "dental-en", language="en")
    response = search(client, unit_a, "DENTAL hours", path="/en/search/")
    assert result_links(response) == ["/en/about/dental-en/"]
    assert "<mark>Dental</mark> clinic opening <mark>hours</mark>" in response.content.decode()


def test_the_index_follows_a_new_publication(unit_a, client):
    page = add_page(unit_a, "ประกาศรับสมัครอาสาสมัคร", "volunteers")
    page.title = "ประกาศผลการคัดเลือกอาสาสมัคร"
    publish_imported(page)
    assert result_links(search(client, unit_a, "คัดเลือก")) == ["/about/volunteers/"]
    assert result_links(search(client, unit_a, "รับสมัคร")) == []


def test_a_draft_is_not_searchable_before_it_is_published(unit_a, client):
    page = add_page(unit_a, "ประกาศรับสมัครอาสาสมัคร", "volunteers")
    page.title = "ร่างประกาศที่ยังไม่อนุมัติ"
    page.save_revision()
    assert result_links(search(client, unit_a, "อนุมัติ")) == []
    assert result_links(search(client, unit_a, "รับสมัคร")) == ["/about/volunteers/"]


def test_expired_pages_leave_the_results(unit_a, client):
    page = add_page(
        unit_a,
        "ประกาศจัดซื้อเวชภัณฑ์",
        "procurement",
        expire_at=timezone.now() + datetime.timedelta(days=1),
    )
    assert result_links(search(client, unit_a, "เวชภัณฑ์")) == ["/about/procurement/"]
    # A day later, as the scheduler finds it.
    ContentPage.objects.filter(pk=page.pk).update(expire_at=timezone.now())
    call_command("publish_scheduled")
    assert result_links(search(client, unit_a, "เวชภัณฑ์")) == []


def test_a_translation_is_found_in_its_own_language(unit_a, client):
    page = add_page(unit_a, "การขอสำเนาเวชระเบียน", "records")
    english = page.copy_for_translation(Locale.objects.get(language_code="en")).specific
    english.title = "Requesting a copy of medical records"
    publish_imported(english)
    english_results = search(client, unit_a, "medical records", path="/en/search/")
    assert result_links(english_results) == ["/en/about/records/"]
    assert result_links(search(client, unit_a, "เวชระเบียน")) == ["/about/records/"]
    assert result_links(search(client, unit_a, "medical")) == []


@pytest.mark.parametrize("query", ["วัค\x00ซีน", "\x00\x00วัคซีน\x1f", "วัคซีน " * 100])
def test_nul_laden_and_very_long_thai_queries_still_find(unit_a, client, citizen_pages, query):
    response = search(client, unit_a, query)
    assert result_links(response) == ["/about/flu/"]
    assert 'value="วัคซีน' in response.content.decode()


def test_every_thai_word_of_a_page_finds_it(unit_a):
    page = add_news(
        unit_a,
        "รณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ตามฤดูกาล",
        "flu-campaign",
        "โรงพยาบาลขอเชิญผู้สูงอายุและหญิงตั้งครรภ์รับวัคซีนฟรีที่คลินิกผู้ป่วยนอก "
        "พร้อมตรวจวัดความดันโลหิตและให้คำแนะนำการดูแลสุขภาพ ระวังไข้เลือดออกจากยุงลาย",
    )
    words = {
        word
        for word in thai_search.newmm_words(f"{page.title} {page.search_text}")
        if len(word) >= 2 and all("\u0e01" <= character <= "\u0e4e" for character in word)
    }
    only_this_page = Page.objects.filter(pk=page.pk)
    missed = [word for word in sorted(words) if not ranked_pages(only_this_page, word)]
    assert len(words) > 20
    assert missed == []
