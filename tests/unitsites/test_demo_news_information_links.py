"""The demo seeders of news, public information and links: idempotent, three or more items in
every listing, English where asked, and every page they make renders."""

import xml.etree.ElementTree as ET

from django.utils import timezone

from wagtail.models import Page

import pytest
from icalendar import Calendar

from unitsites import thaidates
from unitsites.demo import links, news, public_information
from unitsites.models import (
    EventPage,
    LinkGroupPage,
    NewsPage,
    PublicInformationPage,
    UnitHomePage,
)

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SEEDERS = (news, public_information, links)


def _homes(unit):
    homes = UnitHomePage.objects.filter(unit=unit)
    return homes.get(locale__language_code="th"), homes.get(locale__language_code="en")


def _seed(home_th, home_en, rich):
    for seeder in SEEDERS:
        seeder.seed(home_th, home_en, rich)


def _counts(home):
    # Winner announcements come from the procurement demo, in Thai only.
    return {
        model.__name__: model.objects.descendant_of(home).live().exclude(kind="winner").count()
        if model is NewsPage
        else model.objects.descendant_of(home).live().count()
        for model in (NewsPage, EventPage, PublicInformationPage, LinkGroupPage)
    }


def test_rich_seed_with_english_is_idempotent_and_fills_every_listing(rich_unit):
    home_th, home_en = _homes(rich_unit)
    first = {"th": _counts(home_th), "en": _counts(home_en)}
    pages = Page.objects.count()
    _seed(home_th, home_en, rich=True)
    assert Page.objects.count() == pages
    assert {"th": _counts(home_th), "en": _counts(home_en)} == first
    assert first["th"] == first["en"]
    assert all(count >= 3 for count in first["th"].values())

    now = timezone.now()
    current_fy = thaidates.fiscal_year(now)
    for item in NewsPage.objects.descendant_of(home_th):
        assert thaidates.fiscal_year(item.date) == current_fy
        if item.requires_end_date:
            assert item.expire_at > now
    kinds = set(NewsPage.objects.descendant_of(home_th).values_list("kind", flat=True))
    assert {"general", "job", "procurement", "training", "announcement"} <= kinds
    starts = EventPage.objects.descendant_of(home_th).values_list("start", flat=True)
    assert any(start < now for start in starts) and any(start > now for start in starts)
    sections = set(
        PublicInformationPage.objects.descendant_of(home_th).values_list("oia_section", flat=True)
    )
    assert len(sections) >= 4
    english = NewsPage.objects.descendant_of(home_en).get(slug="temporary-staff-recruitment")
    assert english.title.startswith("Recruitment") and english.expire_at


def test_light_seed_still_gives_three_items_per_listing(unit_b):
    home_th, home_en = _homes(unit_b)
    _seed(home_th, None, rich=False)
    counts = _counts(home_th)
    assert all(count >= 3 for count in counts.values()), counts
    assert _counts(home_en) == dict.fromkeys(counts, 0)


def test_every_seeded_page_and_feed_renders(client, rich_unit):
    home_th, home_en = _homes(rich_unit)
    host = rich_unit.hostname
    for home in (home_th, home_en):
        prefix = "/en" if home is home_en else ""
        for path in (
            "/news/",
            "/news/calendar/",
            "/news/calendar/list/",
            "/public-information/",
            "/links/",
        ):
            response = client.get(prefix + path, HTTP_HOST=host)
            assert response.status_code == 200, prefix + path
        for page in (
            Page.objects.descendant_of(home)
            .live()
            .type(NewsPage, EventPage, PublicInformationPage, LinkGroupPage)
        ):
            assert client.get(page.url, HTTP_HOST=host).status_code == 200, page.url
        rss = ET.fromstring(client.get(f"{prefix}/news/rss/", HTTP_HOST=host).content)
        assert len(rss.findall("channel/item")) >= 3
        ics = Calendar.from_ical(client.get(f"{prefix}/news/calendar/ics/", HTTP_HOST=host).content)
        assert len(ics.walk("VEVENT")) >= 3
    english_news = client.get("/en/news/", HTTP_HOST=host).content.decode()
    assert "Invitation to bid" in english_news
