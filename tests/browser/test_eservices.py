"""A visitor files a complaint in a real browser on a phone and on a desktop: the e-services
pages, the form, the receipt and the status look-up have no WCAG 2.1 AA violations (axe)."""

import re

import pytest

from tests.browser.test_public_site import PHONE, axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
]

SECRET = re.compile(r"[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}")


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}])
def test_filing_a_complaint_and_looking_it_up_is_accessible(unit_site, chromium, viewport):
    page = chromium.new_page(viewport=viewport)
    for path in ("/e-services/", "/en/e-services/", "/en/e-services/appointment/"):
        assert page.goto(unit_site.url + path).status == 200, path
        assert axe_violations(page) == [], path

    page.goto(unit_site.url + "/e-services/complaint/")
    assert axe_violations(page) == []
    page.get_by_label(re.compile("Full name|ชื่อ")).first.fill("นางสาวทดสอบ ระบบ")
    page.locator("[name=subject]").fill("ห้องน้ำไม่สะอาด")
    page.locator("[name=details]").fill("ห้องน้ำชั้นสองไม่สะอาดตลอดสัปดาห์")
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector(".receipt")
    assert axe_violations(page) == []
    codes = page.locator(".receipt .code").all_inner_texts()
    reference, secret = codes
    assert reference.startswith(f"{unit_site.unit.code}-") and SECRET.fullmatch(secret)

    page.goto(unit_site.url + "/e-services/track/")
    page.locator("[name=reference]").fill(reference)
    page.locator("[name=secret]").fill(secret)
    page.locator("main form button[type=submit]").click()
    page.wait_for_selector(".receipt")
    assert reference in page.locator(".receipt").inner_text()
    assert axe_violations(page) == []
