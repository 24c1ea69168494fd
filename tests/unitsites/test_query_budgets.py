"""Query budgets (issue #16 item 3): every public page type renders, without the page cache, in
at most twelve SQL queries, and in as many with ten times the units and the listed items.

The pages are found, not listed by hand: every live page type of the session's demo unit
(DEMO-R fills every category), the unit's search, sitemap and English home, and the portal's
front door and search. A new page type is covered as soon as the demo has a live page of it."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from network.models import Unit
from tests.conftest import add_live
from tests.unitsites.test_page_head import one_live_page_per_type
from unitsites.indexing import indexing_held
from unitsites.models import (
    CalendarPage,
    ContentPage,
    EventPage,
    NewsPage,
    NewsSection,
    UnitHomePage,
)
from unitsites.publishing import system_publication

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12
PORTAL = "localhost"


def _thai_home(unit):
    return UnitHomePage.objects.get(unit=unit, locale__language_code="th")


def _address(page, home):
    return page.url_path[len(home.url_path) - 1 :]


def public_addresses(unit):
    """{name: (host, path)} of every public page type of `unit`'s site and the portal's."""
    home = _thai_home(unit)
    addresses = {
        name: (unit.hostname, _address(page, home))
        for name, page in one_live_page_per_type(home).items()
    }
    addresses.update(
        {
            "English home": (unit.hostname, "/en/"),
            "site search": (unit.hostname, "/search/?q=ข่าว"),
            "sitemap": (unit.hostname, "/sitemap.xml"),
            "portal front door": (PORTAL, "/"),
            "portal search": (PORTAL, "/search/?q=ข่าว"),
        }
    )
    return addresses


def queries_to_render(client, host, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, (host, path)
    return len(queries)


def test_every_public_page_type_within_the_budget(
    rich_unit, client, subtests, django_assert_max_num_queries
):
    addresses = public_addresses(rich_unit)
    assert len(addresses) >= 30  # the demo fills every category

    for name, (host, path) in sorted(addresses.items()):
        with subtests.test(page_type=name):
            # The first rendering makes the page's image renditions, once in the site's life.
            assert client.get(path, HTTP_HOST=host).status_code == 200
            with django_assert_max_num_queries(QUERY_BUDGET):
                response = client.get(path, HTTP_HOST=host)
            assert response.status_code == 200


# The growth test's subject: H-A with a few items in its lists, then ten times as many items
# in those lists and ten times as many units in the network.
ITEMS_BEFORE = 2
UNITS_ADDED = 36  # the session network has four units: forty after
MARKER = "growthcheck"  # a word only the growth test's news holds, for both searches


def _add_items(unit, start, count):
    """`count` live news items, activities and general pages, each in its list. Live as
    created and indexed once at the end: no revision to publish, as importing would."""
    home = _thai_home(unit)
    news = NewsSection.objects.child_of(home).get()
    calendar = CalendarPage.objects.child_of(news).get()
    about = home.get_children().get(slug="about")
    with system_publication("test content"), indexing_held():
        for number in range(start, start + count):
            news.add_child(
                instance=NewsPage(
                    title=f"ข่าววัคซีน {MARKER} ครั้งที่ {number}",
                    slug=f"news-{number}",
                    summary="ข่าววัคซีน",
                )
            )
            calendar.add_child(
                instance=EventPage(
                    title=f"ประชุมครั้งที่ {number}",
                    slug=f"event-{number}",
                    start=timezone.now() + datetime.timedelta(days=number),
                    description="ประชุมคณะกรรมการประสานงานสาธารณสุขระดับอำเภอ",
                )
            )
            about.add_child(
                instance=ContentPage(title=f"เรื่องของหน่วยงาน {number}", slug=f"about-{number}")
            )


def _add_units(parent, count):
    """`count` units reporting to `parent`, each with its own site and a live home: what the
    portal's lists, its search and the affiliated links read of a unit (full provisioning,
    with its forty pages, groups and workflow, would take seconds a unit)."""
    units = Unit.objects.bulk_create(
        Unit(
            code=f"GROW-{number:02}",
            kind="health_promoting_hospital",
            name_th=f"โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านเติบโต{number:02}",
            name_en=f"Ban Toebto {number:02} Health Promoting Hospital",
            hostname=f"grow-{number:02}.localhost",
            district=parent.district,
            parent=parent,
        )
        for number in range(count)
    )
    root = Page.get_first_root_node()
    with system_publication("test content"), indexing_held():
        for unit in units:
            home = UnitHomePage(title=unit.name_th, slug=unit.code.lower(), unit=unit)
            root.add_child(instance=home)
            unit.site = Site.objects.create(
                hostname=unit.hostname, port=80, root_page=home, site_name=unit.name_th
            )
    Unit.objects.bulk_update(units, ["site"])


def _growth_addresses(unit):
    home = _thai_home(unit)
    news = NewsSection.objects.child_of(home).get()
    return {
        "unit home": (unit.hostname, "/"),
        "news list": (unit.hostname, _address(news, home)),
        "news item": (unit.hostname, _address(NewsPage.objects.child_of(news).first(), home)),
        "calendar": (unit.hostname, _address(CalendarPage.objects.child_of(news).get(), home)),
        "about section": (unit.hostname, "/about/"),
        "links section": (unit.hostname, "/links/"),
        "site search": (unit.hostname, f"/search/?q={MARKER}"),
        "sitemap": (unit.hostname, "/sitemap.xml"),
        "portal front door": (PORTAL, "/"),
        "portal search": (PORTAL, f"/search/?q={MARKER}"),
    }


def _counts(client, unit):
    counts = {}
    for name, (host, path) in _growth_addresses(unit).items():
        client.get(path, HTTP_HOST=host)  # the site roots, unit hosts and renditions, read once
        counts[name] = queries_to_render(client, host, path)
    return counts


def test_queries_stay_the_same_with_ten_times_the_units_and_items(unit_a, client):
    """Search results cost a query per kind of page shown (their text and documents), so
    both searches here find news only."""
    _add_items(unit_a, 1, ITEMS_BEFORE)
    before = _counts(client, unit_a)

    _add_items(unit_a, ITEMS_BEFORE + 1, 9 * ITEMS_BEFORE)
    _add_units(unit_a, UNITS_ADDED)
    after = _counts(client, unit_a)

    assert Unit.objects.filter(parent=unit_a, is_active=True).count() == UNITS_ADDED
    assert after == before
    assert max(before.values()) <= QUERY_BUDGET


def test_routing_in_one_query_keeps_a_private_section_private(unit_a, client):
    """A password on a page still guards it and every page below it, and lists leave them out
    (routing and lists ask for view restrictions inside their own queries)."""
    about = _thai_home(unit_a).get_children().get(slug="about")
    private = add_live(about, ContentPage(title="แผนภายในของหน่วยงาน", slug="staff-only"))
    below = add_live(private, ContentPage(title="รายชื่อผู้ประสานงานภายใน", slug="contacts"))
    add_live(about, ContentPage(title="ประวัติหน่วยงาน", slug="history"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="ลับ"
    )

    for page in (private, below):
        html = client.get(f"/about/{_path_below_about(page)}", HTTP_HOST=unit_a.hostname)
        html = html.content.decode()
        assert 'name="password"' in html
        assert page.title not in html
    listing = client.get("/about/", HTTP_HOST=unit_a.hostname).content.decode()
    assert "ประวัติหน่วยงาน" in listing
    assert private.title not in listing


def _path_below_about(page):
    return page.url_path.split("/about/", 1)[1]
