"""What every unit page carries: skip link, landmarks, the language of the page, the menu of
categories, breadcrumbs, the footer with contact details and policy links, the last-updated date."""

import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.utils import timezone

from wagtail.models import Page

import pytest

from tests.conftest import add_live
from unitsites.models import ContentPage, PolicyPage, UnitHomePage
from unitsites.sections import MENU_SECTIONS, POLICY_SECTIONS, SECTIONS

pytestmark = pytest.mark.django_db

PATHS = (
    "",
    "about/",
    "news/",
    "ita/",
    "statistics/",
    "website-policy/",
    "privacy-policy/",
    "security-policy/",
    "search/?q=x",
)


def get_html(client, unit, path):
    response = client.get(path, HTTP_HOST=unit.hostname)
    assert response.status_code == 200, path
    return response.content.decode()


def between(html, start, end):
    begin = html.index(start)
    return html[begin : html.index(end, begin)]


def footer_links(html):
    footer = between(html, "<footer", "</footer>")
    return re.findall(r'<a href="([^"]+)">', between(footer, "footer-policies", "</nav>"))


@pytest.mark.parametrize("path", PATHS)
def test_every_page_has_skip_link_landmarks_and_policy_links(unit_a, client, path):
    for prefix, language, main_menu in (("/", "th", "เมนูหลัก"), ("/en/", "en", "Main menu")):
        html = get_html(client, unit_a, prefix + path)
        assert f'<html lang="{language}">' in html
        assert '<a class="skip-link" href="#main">' in html
        assert html.index('class="skip-link"') < html.index("<header")
        assert html.count('<main id="main"') == 1
        assert html.count("<h1") == 1
        assert f'aria-label="{main_menu}"' in html
        assert f'role="search" action="{prefix}search/"' in html
        assert footer_links(html) == [f"{prefix}{section.slug}/" for section in POLICY_SECTIONS], (
            path
        )


def test_policy_links_carry_the_policy_titles(unit_a, client):
    footer = between(get_html(client, unit_a, "/news/"), "<footer", "</footer>")
    for section in POLICY_SECTIONS:
        assert f'<a href="/{section.slug}/">{section.title_th}</a>' in footer
    footer = between(get_html(client, unit_a, "/en/news/"), "<footer", "</footer>")
    for section in POLICY_SECTIONS:
        assert f'<a href="/en/{section.slug}/">{section.title_en}</a>' in footer


def test_menu_lists_the_categories_but_not_the_policies(unit_a, client):
    menu = between(get_html(client, unit_a, "/ita/"), 'id="site-menu"', "</ul>")
    links = re.findall(r'<a href="([^"]+)"', menu)
    assert links == ["/"] + [f"/{section.slug}/" for section in MENU_SECTIONS]
    assert len(MENU_SECTIONS) == 11
    assert '<a href="/ita/" aria-current="page">' in menu
    assert "policy" not in menu
    assert 'aria-expanded="false" aria-controls="site-menu"' in get_html(client, unit_a, "/")


def test_breadcrumbs_lead_from_the_unit_home_to_the_page(unit_a, client):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    about = Page.objects.get(url_path=f"{home.url_path}about/")
    child = ContentPage(title="ประวัติ", slug="history")
    add_live(about, child)
    trail = between(get_html(client, unit_a, "/about/history/"), 'class="breadcrumbs"', "</nav>")
    assert re.findall(r'<a href="([^"]+)"', trail) == ["/", "/about/", "/about/history/"]
    assert '<a href="/about/history/" aria-current="page">ประวัติ</a>' in trail
    assert "<ol" in trail
    english = between(get_html(client, unit_a, "/en/ita/"), 'class="breadcrumbs"', "</nav>")
    assert re.findall(r'<a href="([^"]+)"', english) == ["/en/", "/en/ita/"]
    assert 'class="breadcrumbs"' not in get_html(client, unit_a, "/")


def test_last_updated_date_is_buddhist_era_in_thai_and_common_era_in_english(unit_a, client):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    news = Page.objects.get(url_path=f"{home.url_path}news/")
    published = timezone.make_aware(timezone.datetime(2024, 2, 29, 9, 30))
    Page.objects.filter(pk=news.pk).update(last_published_at=published)
    Page.objects.filter(translation_key=news.translation_key, locale__language_code="en").update(
        last_published_at=published
    )
    thai = between(get_html(client, unit_a, "/news/"), "footer-meta", "</footer>")
    assert "29 กุมภาพันธ์ 2567</time>" in thai
    assert 'datetime="2024-02-29T09:30:00+07:00"' in thai
    english = between(get_html(client, unit_a, "/en/news/"), "footer-meta", "</footer>")
    assert "29 February 2024</time>" in english


def test_header_shows_the_unit_name_linking_home_in_the_page_language(unit_a, client):
    header = between(get_html(client, unit_a, "/laws/"), "<header", "</header>")
    assert '<a class="site-brand" href="/">' in header
    assert f'<span class="site-name">{unit_a.name_th}</span>' in header
    header = between(get_html(client, unit_a, "/en/laws/"), "<header", "</header>")
    assert '<a class="site-brand" href="/en/">' in header
    assert f'<span class="site-name">{unit_a.name_en}</span>' in header


def test_the_font_is_served_from_the_site_itself(unit_a, client):
    html = get_html(client, unit_a, "/")
    assert "fonts.googleapis" not in html and "cdn" not in html
    assert '<link rel="stylesheet" href="/static/css/site.css">' in html
    css = Path(finders.find("css/site.css")).read_text()
    fonts = re.findall(r'url\("\.\./(fonts/sarabun/[^"]+)"\)', css)
    assert len(fonts) == 4
    assert all(finders.find(font) for font in fonts)
    assert css.count("font-display: swap") == 4
    assert finders.find("fonts/sarabun/OFL.txt")


def test_no_inline_scripts_or_style_attributes(unit_a, client):
    for path in ("/", "/ita/", "/en/website-policy/", "/search/?q=x"):
        html = get_html(client, unit_a, path)
        assert "style=" not in html
        assert "<style" not in html
        assert re.findall(r"<script(?![^>]*\ssrc=)[^>]*>", html) == []


def test_policy_pages_are_fixed_children_of_the_home(unit_a):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    policies = PolicyPage.objects.child_of(home)
    assert sorted(policies.values_list("slug", flat=True)) == sorted(
        section.slug for section in POLICY_SECTIONS
    )
    assert not PolicyPage.can_create_at(home)  # all three exist already
    about = Page.objects.get(url_path=f"{home.url_path}about/").specific
    assert not PolicyPage.can_exist_under(about)
    assert PolicyPage.can_exist_under(home)
    assert [section.slug for section in SECTIONS[-3:]] == [
        "website-policy",
        "privacy-policy",
        "security-policy",
    ]
