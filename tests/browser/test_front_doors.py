"""The portal's front door and a unit's home in a real browser, at phone and desktop widths:
no WCAG 2.1 AA violation (axe), nothing scrolls sideways on a phone, the unit's news named on
the portal. Screenshots go to $SCREENSHOT_DIR when set (CI keeps them as artefacts)."""

import os
from pathlib import Path

import pytest

from tests.browser.test_public_site import PHONE, axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
]

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def screenshots(tmp_path):
    return Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_front_doors_are_accessible_and_fit_the_screen(unit_site, chromium, screenshots, viewport):
    portal = unit_site.portal_url
    page = chromium.new_page(viewport=viewport)
    width = "phone" if viewport is PHONE else "desktop"
    for name, url in (
        ("portal", portal + "/"),
        ("portal-en", portal + "/en/"),
        ("unit-home", unit_site.url + "/"),
        ("unit-home-en", unit_site.url + "/en/"),
    ):
        response = page.goto(url)
        assert response.status == 200, url
        assert axe_violations(page) == [], url
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], url
        page.screenshot(path=str(screenshots / f"{name}-{width}.png"), full_page=True)

    page.goto(portal + "/")
    news = page.locator(".home-news .news-item")
    assert news.count() > 0
    assert news.first.locator(".unit-name").inner_text() == unit_site.unit.name_th
    page.goto(unit_site.url + "/")
    assert page.locator(".contact-strip a[href^='tel:']").inner_text() == "0 7479 0000"
