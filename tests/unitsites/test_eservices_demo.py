"""The e-services demo: forms on every site, more on the fuller ones, a queue app for hospitals,
answered complaints so that the statistics are not empty; idempotent, English where asked."""

from django.test import Client

from wagtail.models import Page

import pytest

from unitsites.demo import eservices
from unitsites.eservices.formtemplates import FormTemplate
from unitsites.eservices.statistics import complaint_statistics
from unitsites.models import (
    ExternalServicePage,
    ServiceFormPage,
    ServiceSubmission,
    UnitHomePage,
)

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def homes(unit):
    found = UnitHomePage.objects.filter(unit=unit)
    return found.get(locale__language_code="th"), found.get(locale__language_code="en")


def test_a_rich_hospital_gets_every_form_a_queue_app_and_answered_complaints(rich_unit):
    home_th, home_en = homes(rich_unit)
    pages, submissions = Page.objects.count(), ServiceSubmission.objects.count()
    eservices.seed(home_th, home_en, rich=True)
    assert (Page.objects.count(), ServiceSubmission.objects.count()) == (pages, submissions)

    forms = ServiceFormPage.objects.descendant_of(home_th).live()
    assert set(forms.values_list("form_template", flat=True)) == {
        FormTemplate.SERVICE_COMPLAINT,
        FormTemplate.CORRUPTION_COMPLAINT,
        FormTemplate.SERVICE_REQUEST,
        FormTemplate.APPOINTMENT_REQUEST,
    }
    assert ServiceFormPage.objects.descendant_of(home_en).live().count() == 4
    english = ServiceFormPage.objects.descendant_of(home_en).get(slug="complaint")
    assert english.form_fields.get(clean_name="details").label == "What happened"
    assert ExternalServicePage.objects.descendant_of(home_th).live().count() == 1
    assert submissions == len(eservices.SUBMISSIONS)
    statistics = complaint_statistics(
        rich_unit, ServiceSubmission.objects.latest("submit_time").submit_time
    )
    assert statistics.last_12_months.has_complaints

    for path in ("/e-services/", "/e-services/complaint/", "/en/e-services/appointment/"):
        assert Client().get(path, HTTP_HOST=rich_unit.hostname).status_code == 200, path


def test_a_light_site_gets_the_two_complaint_forms_only(provincial_office):
    home_th, _home_en = homes(provincial_office)
    eservices.seed(home_th, None, rich=False)
    assert set(
        ServiceFormPage.objects.descendant_of(home_th).values_list("form_template", flat=True)
    ) == {FormTemplate.SERVICE_COMPLAINT, FormTemplate.CORRUPTION_COMPLAINT}
    assert not ExternalServicePage.objects.descendant_of(home_th).exists()
    assert not ServiceSubmission.objects.filter(
        page__in=Page.objects.descendant_of(home_th)
    ).exists()
