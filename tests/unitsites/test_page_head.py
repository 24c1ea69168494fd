"""Every page type of a unit site carries the unit's theme, its feeds, the footer and the
last-updated date (issue #13 item 1: ten templates once dropped the theme and the feed links by
overriding the head block). The session's rich demo unit has a live page of every type."""

import html
import re

from django.urls import reverse
from django.utils.html import strip_tags

from wagtail.models import Page

import pytest

from unitsites.models import NewsPage, ServiceFormPage, UnitHomePage, UnitSiteSettings

pytestmark = pytest.mark.django_db


def one_live_page_per_type(home):
    pages = {}
    for page in Page.objects.descendant_of(home, inclusive=True).live().specific():
        pages.setdefault(type(page).__name__, page)
    return pages


def test_every_page_type_carries_the_theme_feeds_footer_and_date(rich_unit, client, subtests):
    homes = {
        home.locale.language_code: home for home in UnitHomePage.objects.filter(unit=rich_unit)
    }
    UnitSiteSettings.objects.filter(site=rich_unit.site).update(primary_colour="#0b6e4f")
    pages = one_live_page_per_type(homes["th"])
    assert len(pages) >= 20  # the demo fills every category

    for name, page in sorted(pages.items()):
        with subtests.test(page_type=name):
            path = page.url_path[len(homes["th"].url_path) - 1 :]
            response = client.get(path, HTTP_HOST=rich_unit.hostname)
            assert response.status_code == 200
            html = response.content.decode()
            assert f'href="{reverse("unit_theme")}?v=0b6e4f"' in html
            assert 'type="application/rss+xml"' in html
            assert 'type="text/calendar"' in html
            assert "<footer" in html
            assert '<div class="container footer-meta">' in html


def meta_description(response):
    assert response.status_code == 200
    found = re.findall(r'<meta name="description" content="([^"]*)">', response.text)
    assert len(found) == 1, found
    return html.unescape(found[0])


def test_pages_describe_themselves_to_search_engines_without_a_search_description(
    rich_unit, client
):
    home = UnitHomePage.objects.get(unit=rich_unit, locale__language_code="th")
    news, highlighted = NewsPage.objects.live().descendant_of(home)[:2]
    form = ServiceFormPage.objects.live().descendant_of(home).exclude(intro="").first()
    # The editor's own description wins (set on the live page, as publishing would).
    NewsPage.objects.filter(pk=highlighted.pk).update(search_description="ข่าวเด่นประจำเดือน")

    def described(page):
        path = page.url_path[len(home.url_path) - 1 :]
        return meta_description(client.get(path, HTTP_HOST=rich_unit.hostname))

    assert described(home) == (
        f"{home.title}: ข่าวประชาสัมพันธ์ บริการออนไลน์ ช่องทางติดต่อ และข้อมูลข่าวสารของหน่วยงาน"
    )
    assert described(news) == news.summary
    assert described(form) == strip_tags(form.intro)
    assert described(highlighted) == "ข่าวเด่นประจำเดือน"
    # Rich text's entities are read as the characters they stand for, escaped once.
    ServiceFormPage.objects.filter(pk=form.pk).update(intro="<p>ยา &amp; เวชภัณฑ์</p>")
    assert described(form) == "ยา & เวชภัณฑ์"
