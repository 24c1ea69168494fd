"""A visitor's view of a unit site in a real browser: accessibility (axe, WCAG 2.1 AA),
the phone-sized menu, the language switch, Buddhist Era dates and the keyboard."""

import re

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
]

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
THAI_MONTHS = (
    "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
)
BUDDHIST_ERA_DATE = re.compile(rf"^\d{{1,2}} ({THAI_MONTHS}) 25\d\d$")
ENGLISH_DATE = re.compile(r"^\d{1,2} [A-Z][a-z]+ 20\d\d$")
PHONE = {"width": 375, "height": 740}


def axe_violations(page, impacts=None):
    """(rule, targets) of each WCAG 2.1 AA violation; only those of `impacts` when given."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={**WCAG_AA, "resultTypes": ["violations"]})
    return [
        (violation["id"], violation["impact"], [node["target"] for node in violation["nodes"]])
        for violation in results.response["violations"]
        if impacts is None or violation["impact"] in impacts
    ]


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}])
def test_unit_pages_have_no_wcag_aa_violations(unit_site, chromium, viewport):
    page = chromium.new_page(viewport=viewport)
    paths = (
        *("/", "/news/", "/ita/", "/e-services/questions/", "/website-policy/"),
        *("/en/", "/en/news/", "/en/ita/", "/en/e-services/questions/"),
    )
    for path in paths:
        response = page.goto(unit_site.url + path)
        assert response.status == 200, path
        assert axe_violations(page) == [], path
    page.goto(unit_site.url + "/search/?q=policy")
    assert axe_violations(page) == []


def test_phone_visitor_uses_the_menu_and_language_switch_and_reads_thai_dates(unit_site, chromium):
    page = chromium.new_page(viewport=PHONE)
    page.goto(unit_site.url + "/")
    assert page.locator("html").get_attribute("lang") == "th"
    toggle = page.locator(".menu-toggle")
    menu = page.locator("#site-menu")
    assert toggle.is_visible()
    assert not menu.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert menu.is_visible()
    menu.get_by_role("link", name="ข่าวประชาสัมพันธ์").click()
    page.wait_for_url(unit_site.url + "/news/")
    assert page.locator("h1").inner_text() == "ข่าวประชาสัมพันธ์"
    updated = page.locator(".footer-meta time").inner_text()
    assert BUDDHIST_ERA_DATE.match(updated), updated
    # The page fits the phone: nothing scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    page.locator(".language-switch").get_by_role("link", name="English").click()
    page.wait_for_url(unit_site.url + "/en/news/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "News"
    assert ENGLISH_DATE.match(page.locator(".footer-meta time").inner_text())

    page.locator(".language-switch a[hreflang='th']").click()
    page.wait_for_url(unit_site.url + "/news/")
    page.goto(unit_site.url + "/ita/")
    page.locator(".item-list a").first.click()
    period = page.locator(".lead").inner_text()
    assert re.search(r"1 ตุลาคม 25\d\d", period) and re.search(r"30 กันยายน 25\d\d", period)


def test_keyboard_first_tab_reaches_the_skip_link_which_moves_to_the_content(unit_site, chromium):
    page = chromium.new_page()
    page.goto(unit_site.url + "/news/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    box = page.locator(".skip-link").bounding_box()
    assert box["y"] >= 0 and box["height"] > 0  # shown on screen while focused
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")


def test_the_thai_web_font_is_loaded_from_the_site(unit_site, chromium):
    page = chromium.new_page()
    font_requests = []
    page.on("request", lambda request: font_requests.append(request.url))
    page.goto(unit_site.url + "/")
    page.evaluate("document.fonts.ready.then(() => true)")
    assert page.evaluate("document.fonts.check('16px Sarabun', 'สวัสดี')")
    fonts = [url for url in font_requests if url.endswith(".woff2")]
    assert fonts and all(url.startswith(unit_site.url + "/static/fonts/sarabun/") for url in fonts)
