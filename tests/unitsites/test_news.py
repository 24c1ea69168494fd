import datetime
import xml.etree.ElementTree as ET
from functools import partial

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from tests.conftest import SUPERUSER, publish_imported, signed_in
from unitsites import thaidates
from unitsites.demo.pages import ensure_page
from unitsites.models import (
    CalendarPage,
    ContentPage,
    EventPage,
    NewsKind,
    NewsPage,
    NewsSection,
    UnitHomePage,
)
from unitsites.models.news import fiscal_year_range

from .admin_pages import form_errors, post_add_page

pytestmark = pytest.mark.django_db


def _home(unit, language="th"):
    return UnitHomePage.objects.get(unit=unit, locale__language_code=language)


@pytest.fixture
def news_a(unit_a):
    return NewsSection.objects.child_of(_home(unit_a)).get()


def _news(section, slug, kind=NewsKind.GENERAL, date=None, **fields):
    if kind in (NewsKind.JOB, NewsKind.PROCUREMENT, NewsKind.TRAINING):
        fields.setdefault("expire_at", timezone.now() + datetime.timedelta(days=10))
    return ensure_page(
        section,
        NewsPage,
        slug,
        partial(
            dict,
            title=fields.pop("title", f"ข่าว {slug}"),
            kind=kind,
            date=date or timezone.now(),
            summary=fields.pop("summary", f"สรุปข่าว {slug}"),
            **fields,
        ),
    )[0]


def test_tree_rules(news_a):
    assert NewsPage.can_create_at(news_a)
    assert not NewsPage.can_create_at(news_a.get_parent().specific)
    assert not ContentPage.can_create_at(news_a)
    assert not CalendarPage.can_create_at(news_a)  # the fixed one is already there
    calendar = CalendarPage.objects.child_of(news_a).get()
    assert calendar.slug == "calendar"
    assert EventPage.can_create_at(calendar)
    assert not EventPage.can_create_at(news_a)
    assert not NewsPage.can_create_at(calendar)
    assert NewsPage.allowed_subpage_models() == []
    assert EventPage.allowed_subpage_models() == []


def test_announcement_kinds_require_an_end_date(news_a):
    assert NewsPage(kind=NewsKind.PROCUREMENT).requires_end_date
    assert NewsPage(kind=NewsKind.JOB).requires_end_date
    assert NewsPage(kind=NewsKind.TRAINING).requires_end_date
    assert not NewsPage(kind=NewsKind.GENERAL).requires_end_date
    assert not NewsPage(kind=NewsKind.ANNOUNCEMENT).requires_end_date


def test_admin_refuses_to_publish_news_without_summary(news_a):
    client = signed_in(SUPERUSER)
    response = post_add_page(
        client,
        NewsPage,
        news_a,
        {"title": "ข่าวไม่มีสรุป", "slug": "no-summary", "summary": ""},
        publish=True,
    )
    assert response.status_code == 200
    assert "summary" in form_errors(response)
    assert not NewsPage.objects.filter(slug="no-summary").exists()


def test_admin_refuses_procurement_without_expiry_and_accepts_it_with_one(news_a):
    client = signed_in(SUPERUSER)
    fields = {
        "title": "ประกาศประกวดราคาซื้อครุภัณฑ์",
        "slug": "tender",
        "kind": NewsKind.PROCUREMENT,
        "summary": "ประกวดราคาด้วยวิธี e-bidding",
    }
    response = post_add_page(client, NewsPage, news_a, fields, publish=True)
    assert response.status_code == 200
    assert "expire_at" in form_errors(response)
    assert "วันหมดอายุ" in " ".join(response.context["form"].errors["expire_at"])
    assert not NewsPage.objects.filter(slug="tender").exists()

    closing = timezone.localtime() + datetime.timedelta(days=14)
    draft = post_add_page(client, NewsPage, news_a, fields)  # a draft is refused as well
    assert draft.status_code == 200 and "expire_at" in form_errors(draft)

    fields["expire_at"] = closing.strftime("%Y-%m-%d %H:%M")
    response = post_add_page(client, NewsPage, news_a, fields, publish=True)
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="tender")
    assert page.live and page.kind == NewsKind.PROCUREMENT
    assert page.expire_at == closing.replace(second=0, microsecond=0)


def test_admin_accepts_general_news_without_expiry(news_a):
    client = signed_in(SUPERUSER)
    response = post_add_page(
        client,
        NewsPage,
        news_a,
        {"title": "ข่าวทั่วไป", "slug": "general", "summary": "สรุป"},
        publish=True,
    )
    assert response.status_code == 302
    assert NewsPage.objects.get(slug="general").live


def test_news_list_filters_by_kind_and_fiscal_year(client, unit_a, news_a):
    current_fy = thaidates.fiscal_year(timezone.now())
    this_year_start, _ = fiscal_year_range(current_fy)
    last_year_start, _ = fiscal_year_range(current_fy - 1)
    _news(news_a, "this-year-general", date=this_year_start + datetime.timedelta(hours=10))
    _news(news_a, "this-year-job", NewsKind.JOB, date=this_year_start + datetime.timedelta(days=1))
    _news(news_a, "last-year-general", date=last_year_start + datetime.timedelta(days=40))
    # The last minute of last fiscal year (30 September, 23:59 in Bangkok) is not this year.
    _news(news_a, "last-minute", date=this_year_start - datetime.timedelta(minutes=1))

    def titles(query):
        response = client.get(f"/news/{query}", HTTP_HOST=unit_a.hostname)
        assert response.status_code == 200
        return {item.slug for item in response.context["items"]}

    everything = {"this-year-general", "this-year-job", "last-year-general", "last-minute"}
    assert titles("") == everything
    assert titles("?kind=job") == {"this-year-job"}
    assert titles(f"?fy={current_fy}") == {"this-year-general", "this-year-job"}
    assert titles(f"?fy={current_fy - 1}") == {"last-year-general", "last-minute"}
    assert titles(f"?fy={current_fy}&kind=general") == {"this-year-general"}
    assert titles("?kind=nonsense&fy=abc") == everything

    response = client.get(f"/news/?fy={current_fy}", HTTP_HOST=unit_a.hostname)
    assert response.context["fiscal_years"] == [current_fy, current_fy - 1]
    html = response.content.decode()
    assert f'<option value="{current_fy}" selected>' in html
    assert '<label for="news-kind">' in html


def test_news_list_queries_do_not_grow_with_the_number_of_items(client, unit_a, news_a):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/news/", HTTP_HOST=unit_a.hostname).status_code == 200
        return len(captured)

    for number in range(2):
        _news(news_a, f"first-{number}", NewsKind.JOB)
    queries()  # warm the per-process caches (site root paths, settings)
    few = queries()
    for number in range(6):
        _news(news_a, f"more-{number}", NewsKind.TRAINING)
    assert queries() == few


def test_news_pages_render_with_thai_dates(client, unit_a, news_a):
    date = timezone.make_aware(datetime.datetime(2026, 11, 3, 10, 0))
    page = _news(
        news_a,
        "tender",
        NewsKind.PROCUREMENT,
        date=date,
        title="ประกาศประกวดราคาซื้อรถพยาบาล",
        summary="ราคากลาง 1,500,000 บาท",
    )
    response = client.get(page.url, HTTP_HOST=unit_a.hostname)
    html = response.content.decode()
    assert response.status_code == 200
    assert "ประกาศประกวดราคาซื้อรถพยาบาล" in html
    assert "3 พฤศจิกายน 2569" in html
    assert "ราคากลาง 1,500,000 บาท" in html
    listing = client.get("/news/", HTTP_HOST=unit_a.hostname).content.decode()
    assert "ประกาศประกวดราคาซื้อรถพยาบาล" in listing and "3 พฤศจิกายน 2569" in listing


def test_rss_feed_lists_the_sections_live_news(client, unit_a, unit_b, news_a):
    _news(news_a, "first", title="ข่าวที่หนึ่ง", date=timezone.now() - datetime.timedelta(days=2))
    _news(news_a, "second", NewsKind.TRAINING, title="ข่าวที่สอง & อบรม")
    draft = NewsPage(title="ร่างข่าว", slug="draft", summary="ยังไม่เผยแพร่", live=False)
    news_a.add_child(instance=draft)
    other = NewsSection.objects.child_of(_home(unit_b)).get()
    _news(other, "elsewhere", title="ข่าวของโรงพยาบาลบี")

    response = client.get("/news/rss/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "th"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["ข่าวที่สอง & อบรม", "ข่าวที่หนึ่ง"]
    assert items[0].findtext("link") == "http://hospital-a.localhost/news/second/"
    assert items[0].findtext("category") == str(NewsKind.TRAINING.label)
    assert items[0].findtext("pubDate")


def test_english_rss_feed_has_the_english_news(client, unit_a, news_a):
    page = _news(news_a, "flu", title="รณรงค์ฉีดวัคซีน")
    english = page.copy_for_translation(_home(unit_a, "en").locale)
    english.title = "Flu vaccination campaign"
    publish_imported(english)
    response = client.get("/en/news/rss/", HTTP_HOST=unit_a.hostname)
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "en"
    assert [item.findtext("title") for item in channel.findall("item")] == [
        "Flu vaccination campaign"
    ]


def test_unit_pages_announce_their_feeds(client, unit_a):
    response = client.get("/about/", HTTP_HOST=unit_a.hostname)
    html = response.content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert 'href="/news/rss/"' in html
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'href="/news/calendar/ics/"' in html
    english = client.get("/en/", HTTP_HOST=unit_a.hostname).content.decode()
    assert 'href="/en/news/rss/"' in english and 'href="/en/news/calendar/ics/"' in english
