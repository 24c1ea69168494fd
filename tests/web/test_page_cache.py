"""Whole pages cached for anonymous visitors (issue #16 item 2, web.pagecache): served again
without a query, never to or from staff, never for forms or personal answers, fresh after every
change the public would see, kept apart per unit host and language, and still counted and
logged when served from the cache."""

from datetime import date, timedelta
from functools import partial

from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, Page

import pytest

from network.models import TrafficRecord, Unit
from network.registry import save_records
from tests.conftest import NETWORK, add_live, publish_imported
from tests.network.conftest import REQUEST, approve
from tests.unitsites.eservices import make_form
from tests.unitsites.question_boards import BOARD_URL, make_board
from tests.unitsites.test_site_settings import form_data, settings_url
from unitsites.demo.documents import demo_document
from unitsites.demo.pages import ensure_page
from unitsites.models import (
    ContentPage,
    PageViewDay,
    PublicInformationDocument,
    PublicInformationPage,
    PublicInformationSection,
    UnitHomePage,
)
from web.pagecache import CACHE_ALIAS, HIT_HEADER
from web.writebehind import flush_all

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_CACHE_MAX_AGE = 90
    caches[CACHE_ALIAS].clear()
    yield
    caches[CACHE_ALIAS].clear()


def visitor(unit, **headers):
    return Client(HTTP_HOST=unit.hostname, HTTP_USER_AGENT=BROWSER, **headers)


def about_page(unit, slug="history", title="ประวัติโรงพยาบาล"):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code="th")
    about = Page.objects.get(url_path=f"{home.url_path}about/")
    return add_live(about, ContentPage(title=title, slug=slug, **REQUEST))


def cached_history_page(unit):
    """A live page of `unit` that an anonymous visitor has had served from the cache."""
    page = about_page(unit)
    client = visitor(unit)
    client.get("/about/history/")
    assert not fresh(client, "/about/history/")
    return page, client


def served_from_cache(response):
    return response.get(HIT_HEADER) == "hit"


def fresh(client, path="/"):
    """GET `path` and say that it was rendered, not taken from the cache."""
    response = client.get(path)
    assert response.status_code == 200
    return not served_from_cache(response)


def never_cached(client, path, status=200):
    """GET `path` twice; neither answer comes from the cache. Returns the second."""
    for _ in range(2):
        response = client.get(path)
        assert response.status_code == status
        assert HIT_HEADER not in response
    return response


def test_a_second_anonymous_view_comes_from_the_cache_without_a_query(unit_a):
    client = visitor(unit_a)
    first = client.get("/")
    assert first.status_code == 200
    assert first[HIT_HEADER] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/")
    assert served_from_cache(second)
    assert len(queries) == 0
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_cacheable_pages_tell_front_caches_they_may_keep_them(unit_a):
    response = visitor(unit_a).get("/")
    assert "public" in response["Cache-Control"]
    assert "max-age=90" in response["Cache-Control"]
    vary = {value.strip().lower() for value in response["Vary"].split(",")}
    assert {"accept-language", "cookie"} <= vary
    hit = visitor(unit_a).get("/")
    assert served_from_cache(hit)
    assert "max-age=90" in hit["Cache-Control"]


def test_head_is_answered_from_the_cache_and_post_never_is(unit_a):
    client = visitor(unit_a)
    client.get("/")
    assert served_from_cache(client.head("/"))
    assert HIT_HEADER not in client.post("/", {})


def test_one_units_page_is_never_served_on_another_units_host(unit_a, unit_b):
    about_page(unit_a, title="ประวัติโรงพยาบาลเอ")
    about_page(unit_b, title="ประวัติโรงพยาบาลบี")
    assert "ประวัติโรงพยาบาลเอ" in visitor(unit_a).get("/about/history/").content.decode()
    response = visitor(unit_b).get("/about/history/")
    assert not served_from_cache(response)
    assert "ประวัติโรงพยาบาลบี" in response.content.decode()
    assert "ประวัติโรงพยาบาลเอ" not in response.content.decode()
    assert served_from_cache(visitor(unit_b).get("/about/history/"))
    again = visitor(unit_a).get("/about/history/")
    assert served_from_cache(again)
    assert "ประวัติโรงพยาบาลเอ" in again.content.decode()


def test_each_language_has_its_own_entry(unit_a):
    client = visitor(unit_a)
    thai = client.get("/")
    english = client.get("/en/")
    assert not served_from_cache(english)
    assert '<html lang="en">' in english.content.decode()
    assert served_from_cache(client.get("/en/"))
    assert client.get("/").content == thai.content


def test_staff_neither_get_nor_fill_cached_pages(unit_a, login):
    editor = login("editor-h-a")
    editor.defaults["HTTP_HOST"] = unit_a.hostname
    for _ in range(2):
        response = editor.get("/")
        assert response.status_code == 200
        assert HIT_HEADER not in response
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]
    assert fresh(visitor(unit_a))  # staff filled nothing
    staff_view = editor.get("/")
    assert HIT_HEADER not in staff_view  # and get nothing an anonymous visitor filled


def test_a_visitor_with_a_session_is_not_served_from_the_cache(unit_a):
    visitor(unit_a).get("/")
    client = visitor(unit_a)
    client.cookies["sessionid"] = "not-a-real-session"
    assert HIT_HEADER not in client.get("/")


@pytest.mark.parametrize("form", ["question board", "e-service form"])
def test_pages_with_a_form_are_never_cached(unit_a, form):
    if form == "question board":
        path = BOARD_URL
        make_board(unit_a)
    else:
        path = make_form(unit_a).get_url_parts()[2]
    response = never_cached(visitor(unit_a), path)
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert "private" in response["Cache-Control"]


def test_tracking_a_submission_is_never_cached(unit_a):
    response = never_cached(visitor(unit_a), "/e-services/track/")
    assert "no-store" in response["Cache-Control"]


def test_not_found_is_not_cached(unit_a):
    never_cached(visitor(unit_a), "/no-such-page/", status=404)


def test_the_admin_is_never_cached(unit_a):
    never_cached(Client(HTTP_HOST="localhost"), "/admin/login/")


def test_publishing_through_the_workflow_refreshes_the_page(unit_a):
    page, client = cached_history_page(unit_a)
    client.get("/about/")
    assert not fresh(client, "/about/")
    page.title = "ประวัติและวิสัยทัศน์"
    page.save_revision()
    approve(page)
    response = client.get("/about/history/")
    assert not served_from_cache(response)
    assert "ประวัติและวิสัยทัศน์" in response.content.decode()
    assert fresh(client, "/about/")  # the section lists it too


def test_a_new_page_refreshes_its_section_and_the_portal(unit_a):
    client = visitor(unit_a)
    portal = Client(HTTP_HOST="localhost", HTTP_USER_AGENT=BROWSER)
    client.get("/about/")
    portal.get("/")
    assert not fresh(client, "/about/") and not fresh(portal)
    about_page(unit_a, slug="vision", title="วิสัยทัศน์")
    assert "วิสัยทัศน์" in client.get("/about/").content.decode()
    assert fresh(portal)


def test_unpublishing_takes_the_page_off_at_once(unit_a):
    page, client = cached_history_page(unit_a)
    page.unpublish()
    assert client.get("/about/history/").status_code == 404


def test_expiry_by_the_scheduler_takes_the_page_off(unit_a):
    page, client = cached_history_page(unit_a)
    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("run_scheduler", "--once")
    assert client.get("/about/history/").status_code == 404


def test_publishing_a_translation_refreshes_the_thai_page(unit_a):
    page, client = cached_history_page(unit_a)
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "History"
    publish_imported(english)
    html = client.get("/about/history/").content.decode()
    assert 'href="/en/about/history/" lang="en" hreflang="en"' in html


def test_editing_the_site_settings_refreshes_the_footer(unit_a, login):
    client = visitor(unit_a)
    client.get("/")
    assert not fresh(client)
    editor = login("editor-h-a")
    editor.defaults["HTTP_HOST"] = "localhost"
    response = editor.post(settings_url(unit_a.site), form_data(phone="0 7471 1071"))
    assert response.status_code == 302
    footer = client.get("/").content.decode()
    assert 'href="tel:074711071"' in footer[footer.index("<footer") :]


def test_renaming_a_document_refreshes_the_pages_that_list_it(unit_a, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    document = demo_document(unit_a, "แผนปฏิบัติราชการ", "plan")
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    values = partial(
        dict,
        title="แผนปฏิบัติราชการประจำปี",
        oia_section="9-3",
        date=date(2026, 10, 15),
        documents=[PublicInformationDocument(document=document)],
    )
    ensure_page(
        PublicInformationSection.objects.child_of(home).get(), PublicInformationPage, "plan", values
    )
    client = visitor(unit_a)
    client.get("/public-information/plan/")
    assert not fresh(client, "/public-information/plan/")
    document.title = "แผนปฏิบัติราชการ ฉบับปรับปรุง"
    document.save()
    assert "ฉบับปรับปรุง" in client.get("/public-information/plan/").content.decode()


def _rename(code, name_th):
    record = {**next(row for row in NETWORK if row["code"] == code), "name_th": name_th}
    save_records([(2, record)])


def test_renaming_a_unit_refreshes_the_links_pages_and_the_portal(unit_a, provincial_office):
    links = visitor(provincial_office)
    portal = Client(HTTP_HOST="localhost", HTTP_USER_AGENT=BROWSER)
    links.get("/links/")
    portal.get("/")
    assert not fresh(links, "/links/") and not fresh(portal)
    _rename("H-A", "โรงพยาบาลเอใหม่")
    assert "โรงพยาบาลเอใหม่" in links.get("/links/").content.decode()
    assert "โรงพยาบาลเอใหม่" in portal.get("/").content.decode()


def test_closing_a_unit_closes_its_cached_site(unit_a):
    client = visitor(unit_a)
    client.get("/")
    assert not fresh(client)
    unit = Unit.objects.get(code="H-A")
    unit.is_active = False
    unit.save()
    assert client.get("/").status_code == 404


def test_views_of_unit_pages_are_counted_on_hits_too(unit_a, settings):
    settings.PAGE_VIEW_COUNTING = True
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    client = visitor(unit_a)
    client.get("/")
    assert served_from_cache(client.get("/"))
    client.head("/")  # not a view
    Client(HTTP_HOST=unit_a.hostname, HTTP_USER_AGENT="curl/8.5").get("/")  # a robot
    flush_all()
    row = PageViewDay.objects.get(page=home)
    assert (row.site_id, row.day, row.views) == (unit_a.site_id, timezone.localdate(), 2)


def test_hits_are_in_the_traffic_log(unit_a, settings):
    settings.TRAFFIC_LOG_ENABLED = True
    client = visitor(unit_a)
    client.get("/")
    assert served_from_cache(client.get("/"))
    flush_all()
    assert TrafficRecord.objects.filter(host=unit_a.hostname, path="/", status=200).count() == 2


def test_switched_off_nothing_is_cached_or_marked(unit_a, settings):
    settings.PAGE_VIEW_COUNTING = False
    settings.PAGE_CACHE_ENABLED = False
    assert "Cache-Control" not in never_cached(visitor(unit_a), "/")


def test_a_miss_costs_no_query_more_than_no_cache_at_all(unit_a, settings):
    client = visitor(unit_a)
    settings.PAGE_CACHE_ENABLED = False
    client.get("/about/")  # warms the host list, site root paths and settings
    with CaptureQueriesContext(connection) as uncached:
        client.get("/about/")
    settings.PAGE_CACHE_ENABLED = True
    with CaptureQueriesContext(connection) as miss:
        assert client.get("/about/")[HIT_HEADER] == "miss"
    assert len(miss) == len(uncached)
