"""Citizens read the status and answer of a submission with its reference number and secret
code; a wrong code and an unknown number get the same neutral answer (issue #7 item 1)."""

from django.test import Client, override_settings

import pytest

from tests.unitsites.eservices import COMPLAINT, make_form, receipt, submit, track
from unitsites.eservices.forms import TrackingForm
from unitsites.models import ServiceSubmission, SubmissionStatus

pytestmark = pytest.mark.django_db

NOT_FOUND = str(TrackingForm.not_found_message)


@pytest.fixture
def filed(unit_a):
    """(reference, secret) of a complaint that H-A has answered."""
    reference, secret = receipt(submit(make_form(unit_a), COMPLAINT))
    submission = ServiceSubmission.objects.get(reference=reference)
    submission.record_answer(None, SubmissionStatus.ANSWERED, "ได้เพิ่มเจ้าหน้าที่ห้องจ่ายยาแล้ว")
    return reference, secret


def visible_text(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]


def test_the_right_secret_shows_status_and_answer(unit_a, filed):
    reference, secret = filed
    response = track(unit_a, reference, secret)
    text = visible_text(response)
    assert response.status_code == 200
    assert "ได้เพิ่มเจ้าหน้าที่ห้องจ่ายยาแล้ว" in text
    assert str(SubmissionStatus.ANSWERED.label) in text
    assert "no-store" in response["Cache-Control"]


def test_the_code_may_be_typed_loosely(unit_a, filed):
    reference, secret = filed
    loose = secret.replace("-", " ").lower()
    assert "ได้เพิ่มเจ้าหน้าที่ห้องจ่ายยาแล้ว" in visible_text(track(unit_a, reference.lower(), loose))


def neutral(response):
    """The page with the not-found message, and without any submission's details."""
    text = visible_text(response)
    return response.status_code == 200 and NOT_FOUND in text and "ได้เพิ่มเจ้าหน้าที่" not in text


def test_a_wrong_secret_and_an_unknown_reference_get_the_same_answer(unit_a, filed):
    reference, secret = filed
    wrong_secret = track(unit_a, reference, "AAAA-BBBB-CCCC")
    unknown = track(unit_a, reference[:-5] + "99999", secret)
    assert neutral(wrong_secret) and neutral(unknown)
    strip = (reference, reference[:-5] + "99999", secret, "AAAA-BBBB-CCCC")

    def without_inputs(response):
        text = visible_text(response)
        for value in strip:
            text = text.replace(value, "")
        return text.split('name="csrfmiddlewaretoken"')[0]

    assert without_inputs(wrong_secret) == without_inputs(unknown)


def test_another_units_site_does_not_find_the_submission(unit_a, unit_b, filed):
    reference, secret = filed
    assert neutral(track(unit_b, reference, secret))


@pytest.mark.parametrize("path", ["/e-services/track/", "/en/e-services/track/"])
def test_the_look_up_form_is_shown_in_both_languages(unit_a, path):
    response = Client().get(path, HTTP_HOST=unit_a.hostname)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="reference"' in html and 'name="secret"' in html


@override_settings(PORTAL_PUBLIC_SUBMISSION_RATE="3/m")
def test_guessing_codes_is_rate_limited_with_a_thai_429(unit_a, filed):
    reference, _secret = filed
    client = Client()
    statuses = [track(unit_a, reference, "AAAA-BBBB-CCCC", client).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "ส่งข้อมูลถี่เกินไป" in track(unit_a, reference, "X", client).content.decode()
