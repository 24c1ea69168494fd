"""A new unit's first steps on its staff's admin home (issue #18 item 4): the checklist from the
compliance checks, each step linked to where it is fixed, ticked as it is met, gone once all
are."""

from django.utils import translation

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from network.oversight.onboarding import STEPS
from network.provisioning import role_group
from tests.conftest import publish_imported, user_named
from unitsites.models import Executive, NewsPage, OrganisationPage

from .oversight import publish, section

pytestmark = pytest.mark.django_db

HOME = "/admin/"
PANEL = 'id="unit-onboarding-H-A'


def _step(html, check_id, done):
    return f'data-check="{check_id}" data-done="{"true" if done else "false"}"' in html


def _fill_contact(unit):
    contact = section(unit, "about").get_children().get(slug="contact").specific
    contact.address = "1 ถนนสตูลธานี ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000"
    contact.phone, contact.fax, contact.email = "074 711 000", "074 711 001", "contact@h-a.test"
    contact.latitude, contact.longitude = "6.618090", "100.070850"
    publish_imported(contact)
    return contact


def _add_executives(unit):
    page = OrganisationPage(title="โครงสร้างองค์กร", slug="structure", structure="<p>กลุ่มงาน</p>")
    photo = Image.objects.create(title="ผอ.", file=get_test_image_file())
    page.executives = [
        Executive(position="ผู้อำนวยการ", name="นพ.สมชาย ใจดี", phone="074 711 000", photo=photo)
    ]
    publish(section(unit, "about"), page)


def test_a_new_units_staff_see_the_steps_with_links_ticked_as_met(login, unit_a):
    client = login("editor-h-a")
    html = client.get(HOME).text
    assert PANEL in html
    with translation.override("th"):
        assert translation.gettext("First steps for your unit's website") in html
    for check_id in STEPS:
        assert _step(html, check_id, True) or _step(html, check_id, False)
    # Provisioning gave the unit its complaint forms; it has three administrators.
    assert _step(html, "e-service", True) and _step(html, "administrators", True)
    assert _step(html, "contact", False) and _step(html, "news-current", False)
    contact = section(unit_a, "about").get_children().get(slug="contact")
    assert f'href="/admin/pages/{contact.pk}/edit/"' in html
    news_section = section(unit_a, "news")
    assert f'href="/admin/pages/{news_section.pk}/"' in html

    _fill_contact(unit_a)
    html = client.get(HOME).text
    assert _step(html, "contact", True) and _step(html, "news-current", False)


def test_the_list_is_gone_once_every_step_is_met(login, unit_a):
    _fill_contact(unit_a)
    _add_executives(unit_a)
    publish(section(unit_a, "news"), NewsPage(title="ข่าวแรก", slug="first", summary="ข่าวแรก"))
    html = login("approver-h-a").get(HOME).text
    assert PANEL not in html
    assert 'id="unit-oversight-H-A' in html  # the unit's compliance panel stays


def test_a_unit_short_of_administrators_is_told_whom_to_ask(login, unit_a):
    for username in ("editor2-h-a", "approver-h-a"):
        user_named(username).groups.remove(
            role_group("editor" if username.startswith("editor") else "approver", unit_a)
        )
    html = login("editor-h-a").get(HOME).text
    assert _step(html, "administrators", False)
    assert f'href="/admin/units/people/{unit_a.pk}/"' not in html  # not theirs to open
    with translation.override("th"):
        hint = translation.gettext(
            "Ask the central administrators to give a second person the editor or approver role."
        )
    assert hint in html


@pytest.mark.parametrize("username", ["editor-h-b", "moderator", "central-admin"])
def test_nobody_sees_another_units_steps(login, username):
    assert PANEL not in login(username).get(HOME).text
