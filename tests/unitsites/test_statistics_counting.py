"""Page views are counted per site, page and day, for real public views only, without cookies
or addresses, and exactly under concurrent requests (C-24, P-11)."""

import threading
from datetime import date

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from tests.conftest import publish_imported
from tests.network.conftest import REQUEST
from tests.own_connection import in_own_connection, run_in_own_connection
from unitsites.models import ContentPage, PageViewDay, UnitHomePage
from unitsites.statistics.pageviews import count_page_view, page_view_buffer

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/130.0 Mobile Safari/537.36"
VISITOR_IP = "198.51.100.23"


@pytest.fixture(autouse=True)
def counting_on(settings):
    settings.PAGE_VIEW_COUNTING = True
    page_view_buffer.take()  # nothing left over from another test
    yield
    page_view_buffer.take()


@pytest.fixture
def visitor(unit_a):
    return Client(HTTP_HOST=unit_a.hostname, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=VISITOR_IP)


def home(unit, language="th"):
    return UnitHomePage.objects.get(unit=unit, locale__language_code=language)


def content_page(unit, slug, publish=False):
    """A page under the unit's about/ section, a draft unless `publish`."""
    page = ContentPage(title=f"หน้า {slug}", slug=slug, live=False, **REQUEST)
    home(unit).get_children().get(slug="about").add_child(instance=page)
    if publish:
        publish_imported(page)
    else:
        page.save_revision()
    return page


def views(page=None, **filters):
    """The stored views, once the buffered ones are written."""
    page_view_buffer.flush()
    rows = PageViewDay.objects.filter(**filters)
    if page is not None:
        rows = rows.filter(page=page)
    return sum(rows.values_list("views", flat=True))


def test_a_view_counts_once_for_its_site_page_and_day(visitor, unit_a):
    about = home(unit_a).get_children().get(slug="about")
    assert visitor.get("/about/").status_code == 200
    assert visitor.get("/about/").status_code == 200
    assert visitor.get("/").status_code == 200
    assert views(home(unit_a)) == 1
    row = PageViewDay.objects.get(page=about)
    assert (row.site_id, row.day, row.views) == (unit_a.site_id, timezone.localdate(), 2)
    assert views(site=unit_a.site) == 3


def test_english_pages_count_as_themselves(visitor, unit_a):
    assert visitor.get("/en/").status_code == 200
    assert views(home(unit_a, "en")) == 1
    assert views(home(unit_a)) == 0


def test_each_unit_counts_on_its_own_site(visitor, unit_a, unit_b):
    Client(HTTP_HOST=unit_b.hostname, HTTP_USER_AGENT=BROWSER).get("/")
    visitor.get("/")
    assert views(site=unit_a.site) == 1
    assert views(site=unit_b.site) == 1


@pytest.mark.parametrize(
    "agent",
    [
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "python-requests/2.32",
        "",
    ],
)
def test_robots_are_not_counted(unit_a, agent):
    client = Client(HTTP_HOST=unit_a.hostname, HTTP_USER_AGENT=agent)
    assert client.get("/").status_code == 200
    assert views(site=unit_a.site) == 0


def test_only_get_answered_200_by_a_live_page_counts(visitor, unit_a):
    assert visitor.head("/").status_code == 200
    assert visitor.get("/no-such-page/").status_code == 404
    draft = content_page(unit_a, "draft-only")
    assert visitor.get(f"/about/{draft.slug}/").status_code == 404
    assert visitor.get("/en/about/nothing-here/").status_code == 404
    assert visitor.get("/static/css/site.css").status_code in (200, 404)
    assert views(site=unit_a.site) == 0


def test_an_untranslated_english_address_is_not_a_view(visitor, unit_a):
    page = content_page(unit_a, "thai-only", publish=True)
    response = visitor.get(f"/en/about/{page.slug}/")
    assert "/about/thai-only/" in response.content.decode()  # the "not translated yet" answer
    assert views(site=unit_a.site) == 0
    assert visitor.get(f"/about/{page.slug}/").status_code == 200
    assert views(page) == 1


def test_admin_views_and_previews_are_not_counted(login, unit_a):
    page = content_page(unit_a, "previewed")
    client = login("editor-h-a")
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    admin = {"HTTP_HOST": "localhost"}
    assert client.get(reverse("wagtailadmin_home"), **admin).status_code == 200
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(edit, **admin).status_code == 200
    draft = reverse("wagtailadmin_pages:view_draft", args=[page.pk])
    assert client.get(draft, **admin).status_code == 200
    assert views(site=unit_a.site) == 0


def test_switched_off_nothing_is_counted(visitor, unit_a, settings):
    settings.PAGE_VIEW_COUNTING = False
    assert visitor.get("/").status_code == 200
    assert views(site=unit_a.site) == 0


def test_counters_hold_no_address_and_set_no_cookie(visitor, unit_a):
    response = visitor.get("/")
    assert not response.cookies
    assert views(site=unit_a.site) == 1
    fields = {field.name for field in PageViewDay._meta.get_fields()}
    assert fields == {"id", "site", "page", "day", "views"}
    stored = [str(value) for row in PageViewDay.objects.values_list() for value in row]
    assert stored and all(VISITOR_IP not in value for value in stored)


THREADS = 8
VIEWS_PER_THREAD = 25
FLUSH_EVERY = 4
RACE_DAY = date(2099, 1, 1)  # a day no other test counts, removed at the end


def test_concurrent_views_are_counted_exactly(unit_a):
    """Threads, each with its own connection, count the first views of a new day at the same
    time and write the buffer as they go, as several processes' flushers do. The test's own
    connection never touches the counts: what the threads commit outlives the test's
    transaction, so a thread reads them and another removes them."""
    site_id = unit_a.site_id
    pages = [home(unit_a).pk, home(unit_a, "en").pk]
    start = threading.Barrier(THREADS)

    def viewer(index):
        def work():
            start.wait()
            for n in range(VIEWS_PER_THREAD):
                count_page_view(site_id, pages[(index + n) % 2], RACE_DAY)
                if n % FLUSH_EVERY == 0:
                    page_view_buffer.flush()

        return work

    runs = [in_own_connection(viewer(index)) for index in range(THREADS)]
    for thread, _outcome in runs:
        thread.join(timeout=60)
    race_rows = PageViewDay.objects.filter(day=RACE_DAY)
    try:
        assert [outcome for _thread, outcome in runs] == [[None]] * THREADS
        run_in_own_connection(page_view_buffer.flush)
        counted = run_in_own_connection(lambda: dict(race_rows.values_list("page_id", "views")))
        assert counted == dict.fromkeys(pages, THREADS * VIEWS_PER_THREAD // 2)
    finally:
        run_in_own_connection(lambda: race_rows.delete())
    assert not run_in_own_connection(race_rows.exists)


def test_a_page_behind_a_password_form_is_not_a_view(visitor, unit_a):
    page = content_page(unit_a, "staff-only", publish=True)
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="ลับ")
    response = visitor.get(f"/about/{page.slug}/")
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert views(site=unit_a.site) == 0
