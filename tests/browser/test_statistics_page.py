"""The statistics page in a real browser: the figures, the SVG chart, its table and the survey
form pass axe (WCAG 2.1 AA) in Thai and English, on a phone and a desktop, also with errors."""

import pytest

from .test_public_site import PHONE, axe_violations

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
]


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}])
def test_the_statistics_page_has_no_wcag_aa_violations(unit_site, chromium, viewport):
    page = chromium.new_page(viewport=viewport)
    for path in ("/statistics/", "/en/statistics/"):
        response = page.goto(unit_site.url + path)
        assert response.status == 200, path
        assert page.locator("svg[role=img] rect.bar").count() == 12
        assert axe_violations(page) == [], path


def test_a_survey_sent_without_consent_shows_its_errors_accessibly(unit_site, chromium):
    page = chromium.new_page(viewport=PHONE)
    page.goto(unit_site.url + "/statistics/")
    page.locator("input[name=rating][value='5']").check()
    page.locator("form.public-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".field-error").count() == 1
    assert page.locator("input[name=rating][value='5']").is_checked()
    assert axe_violations(page) == []
