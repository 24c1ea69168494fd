"""A new unit starts with the default e-service forms (a complaint and a corruption complaint, in
Thai and English) so that it meets the e-service rule; a unit's own choice of forms is kept."""

from django.test import Client

import pytest

from network.oversight.checks import CHECKS_BY_ID
from network.oversight.report import Status, compliance_reports
from network.provisioning import provision_unit
from tests.network.test_provisioning import _new_unit as new_unit
from tests.unitsites.eservices import eservices_section, make_form
from unitsites.eservices.defaults import DEFAULT_FORMS
from unitsites.eservices.formtemplates import FormTemplate
from unitsites.models import ServiceFormPage

pytestmark = pytest.mark.django_db


def _forms(unit, language):
    return ServiceFormPage.objects.child_of(eservices_section(unit, language))


def _new_unit():
    unit = new_unit(code="N-F", hostname="new-forms.localhost")
    provision_unit(unit)
    return unit


def test_a_new_unit_has_both_complaint_forms_live_in_thai_and_english():
    unit = _new_unit()
    thai = {page.slug: page for page in _forms(unit, "th").live()}
    english = {page.slug: page for page in _forms(unit, "en").live()}
    assert set(thai) == set(english) == {form.slug for form in DEFAULT_FORMS}
    assert {page.form_template for page in thai.values()} == {
        FormTemplate.SERVICE_COMPLAINT,
        FormTemplate.CORRUPTION_COMPLAINT,
    }
    complaint_th, complaint_en = thai["complaint"], english["complaint"]
    assert complaint_en.translation_key == complaint_th.translation_key
    assert complaint_th.form_fields.get(clean_name="details").label == "รายละเอียดเหตุการณ์"
    assert complaint_en.form_fields.get(clean_name="details").label == "What happened"
    assert complaint_en.title == "Complaint about our service or staff"
    assert complaint_th.privacy_purpose and complaint_en.privacy_purpose
    assert complaint_th.privacy_purpose != complaint_en.privacy_purpose
    response = Client().get("/e-services/complaint/", HTTP_HOST=unit.hostname)
    assert response.status_code == 200
    assert "ร้องเรียนการให้บริการหรือพฤติกรรมเจ้าหน้าที่" in response.text


def test_a_new_unit_meets_the_e_service_rule():
    unit = _new_unit()
    (report,) = compliance_reports([unit], checks=[CHECKS_BY_ID["e-service"]])
    assert [result.status for result in report.results] == [Status.PASS]


def test_a_unit_that_removed_one_default_form_does_not_get_it_back(unit_a):
    _forms(unit_a, "th").get(slug="corruption-complaint").delete()
    report = provision_unit(unit_a)
    assert not report.changed
    assert list(_forms(unit_a, "th").values_list("slug", flat=True)) == ["complaint"]


def test_a_unit_with_its_own_forms_only_gets_no_default_form(unit_a):
    for page in _forms(unit_a, "th"):
        page.delete()
    make_form(unit_a, FormTemplate.SERVICE_REQUEST, slug="own-request")
    provision_unit(unit_a)
    assert list(_forms(unit_a, "th").values_list("slug", flat=True)) == ["own-request"]


def test_a_unit_left_without_any_form_gets_the_defaults_again(unit_a):
    for language in ("th", "en"):
        for page in _forms(unit_a, language):
            page.delete()
    report = provision_unit(unit_a)
    assert report.changed
    for language in ("th", "en"):
        assert _forms(unit_a, language).live().count() == len(DEFAULT_FORMS)
