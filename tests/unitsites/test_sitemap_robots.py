"""/sitemap.xml and /robots.txt answer per site: each lists only its own pages, in both languages."""

import re

from wagtail.models import Page

import pytest

from tests.conftest import add_live
from unitsites.models import ContentPage, UnitHomePage

pytestmark = pytest.mark.django_db


def sitemap_locations(client, unit):
    response = client.get("/sitemap.xml", HTTP_HOST=unit.hostname)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return re.findall(r"<loc>([^<]+)</loc>", response.content.decode())


def test_each_sitemap_lists_its_own_pages_in_both_languages(unit_a, unit_b, client):
    for unit in (unit_a, unit_b):
        locations = sitemap_locations(client, unit)
        own = [
            page
            for home in UnitHomePage.objects.filter(unit=unit)
            for page in Page.objects.descendant_of(home, inclusive=True).live()
        ]
        assert len(own) >= 30  # home and 14 fixed pages, in Thai and English
        assert len(locations) == len(own)
        assert all(location.startswith(f"http://{unit.hostname}/") for location in locations)
        assert f"http://{unit.hostname}/" in locations
        assert f"http://{unit.hostname}/en/" in locations
        assert f"http://{unit.hostname}/en/ita/" in locations
        assert f"http://{unit.hostname}/privacy-policy/" in locations


def test_a_new_page_appears_only_in_its_own_sites_sitemap(unit_a, unit_b, client):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    about = Page.objects.get(url_path=f"{home.url_path}about/")
    page = ContentPage(title="วิสัยทัศน์และพันธกิจ", slug="vision")
    add_live(about, page)
    draft = ContentPage(title="ร่าง", slug="draft", live=False)
    about.add_child(instance=draft)
    assert f"http://{unit_a.hostname}/about/vision/" in sitemap_locations(client, unit_a)
    assert f"http://{unit_a.hostname}/about/draft/" not in sitemap_locations(client, unit_a)
    assert not any("vision" in location for location in sitemap_locations(client, unit_b))


def test_robots_txt_points_to_the_hosts_own_sitemap(unit_a, client):
    response = client.get("/robots.txt", HTTP_HOST=f"{unit_a.hostname}:8000")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    assert "Disallow: /search/" in lines
    assert "Disallow: /en/search/" in lines
    assert f"Sitemap: http://{unit_a.hostname}:8000/sitemap.xml" in lines
    assert not any(line == "Disallow: /" for line in lines)


def test_robots_and_sitemap_have_no_language_prefix(unit_a, client):
    assert client.get("/en/robots.txt", HTTP_HOST=unit_a.hostname).status_code == 404
    assert client.get("/en/sitemap.xml", HTTP_HOST=unit_a.hostname).status_code == 404
