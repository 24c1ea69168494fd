"""e-Service forms: ready templates, submissions with reference numbers and secret codes, the
receipt e-mail, and the abuse and consent guards every public form has (issue #7 items 1, 3, 4)."""

import datetime

from django.contrib.auth.hashers import check_password
from django.test import Client, override_settings
from django.utils import timezone

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from tests.conftest import add_live
from tests.unitsites.admin_pages import post_add_page
from tests.unitsites.eservices import (
    COMPLAINT,
    CORRUPTION,
    eservices_section,
    make_form,
    path_of,
    receipt,
    submit,
)
from unitsites.eservices.formtemplates import FormTemplate, privacy_defaults
from unitsites.eservices.references import next_reference
from unitsites.models import (
    EServicesSection,
    ExternalServicePage,
    LawfulBasis,
    NewsSection,
    ServiceFormPage,
    ServiceSubmission,
    UnitHomePage,
)
from unitsites.publicforms import CONSENT_FIELD, HONEYPOT_FIELD

pytestmark = pytest.mark.django_db


def fields_of(page):
    return {field.clean_name: field.required for field in page.form_fields.all()}


def test_templates_give_minimal_fields_and_a_complaint_may_be_anonymous(unit_a):
    complaint = make_form(unit_a, FormTemplate.SERVICE_COMPLAINT)
    corruption = make_form(unit_a, FormTemplate.CORRUPTION_COMPLAINT)
    assert fields_of(complaint) == {
        "full_name": True,
        "phone": False,
        "email": False,
        "subject": True,
        "incident_date": False,
        "details": True,
    }
    assert not any(fields_of(corruption)[name] for name in ("full_name", "phone", "email"))
    assert corruption.lawful_basis == LawfulBasis.PUBLIC_TASK
    assert corruption.retention_days == 730 and corruption.privacy_purpose
    assert make_form(unit_a, FormTemplate.BLANK, privacy_purpose="ทดสอบ").form_fields.count() == 0


class TestTree(WagtailPageTestCase):
    def test_forms_and_external_services_live_only_under_the_e_services_section(self):
        for child in (ServiceFormPage, ExternalServicePage):
            self.assertAllowedParentPageTypes(child, {EServicesSection})
            self.assertAllowedSubpageTypes(child, set())
            self.assertCanNotCreateAt(NewsSection, child)
            self.assertCanNotCreateAt(UnitHomePage, child)


def test_an_editor_creating_a_form_from_a_template_gets_its_fields_and_privacy_notice(
    unit_a, login
):
    client = login("editor-h-a")
    client.defaults["HTTP_HOST"] = "localhost"
    response = post_add_page(
        client,
        ServiceFormPage,
        eservices_section(unit_a),
        {
            "title": "ร้องเรียนการทุจริต",
            "slug": "report-corruption",
            "form_template": FormTemplate.CORRUPTION_COMPLAINT,
            "privacy_purpose": "",
            "retention_days": "",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    page = ServiceFormPage.objects.get(slug="report-corruption")
    assert page.retention_days == 730
    defaults = privacy_defaults(FormTemplate.CORRUPTION_COMPLAINT, "th")
    assert page.privacy_purpose == defaults["privacy_purpose"]
    assert page.data_collected == defaults["data_collected"]
    assert set(fields_of(page)) == {
        "full_name",
        "phone",
        "email",
        "person_concerned",
        "incident_date",
        "details",
        "evidence",
    }


def test_a_blank_form_needs_its_own_privacy_notice(unit_a, login):
    client = login("editor-h-a")
    client.defaults["HTTP_HOST"] = "localhost"
    response = post_add_page(
        client,
        ServiceFormPage,
        eservices_section(unit_a),
        {"title": "แบบสอบถาม", "slug": "blank-form", "form_template": FormTemplate.BLANK},
    )
    assert response.status_code == 200
    assert {"privacy_purpose", "retention_days"} <= set(response.context["form"].errors)
    assert not ServiceFormPage.objects.filter(slug="blank-form").exists()


def test_the_privacy_notice_comes_before_the_fields(unit_a):
    page = make_form(unit_a)
    html = Client().get(path_of(page), HTTP_HOST=unit_a.hostname).content.decode()
    assert html.index('class="privacy-notice"') < html.index('name="details"')
    assert 'name="website_address"' in html  # the honeypot, hidden from people


def test_submissions_get_sequential_references_per_unit_and_a_hashed_secret(
    unit_a, unit_b, mailoutbox
):
    form_a, form_b = make_form(unit_a), make_form(unit_b)
    first = receipt(submit(form_a, COMPLAINT))
    second = receipt(submit(form_a, COMPLAINT))
    other_unit = receipt(submit(form_b, COMPLAINT))
    year = first[0].split("-")[-2]
    assert [first[0], second[0], other_unit[0]] == [
        f"H-A-{year}-00001",
        f"H-A-{year}-00002",
        f"H-B-{year}-00001",
    ]
    assert first[1] != second[1]
    stored = ServiceSubmission.objects.get(reference=first[0])
    assert first[1] not in stored.secret_hash
    assert check_password(first[1], stored.secret_hash)
    assert stored.unit == unit_a and stored.kind == FormTemplate.SERVICE_COMPLAINT
    assert stored.form_data["details"] == COMPLAINT["details"]
    assert HONEYPOT_FIELD not in stored.form_data


def test_the_receipt_is_e_mailed_when_an_address_is_given(unit_a, mailoutbox):
    page = make_form(unit_a)
    response = submit(page, COMPLAINT)
    reference, secret = receipt(response)
    assert "no-store" in response["Cache-Control"]
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [COMPLAINT["email"]]
    assert reference in message.subject
    assert secret in message.body and "/e-services/track/" in message.body


def test_an_anonymous_corruption_complaint_is_accepted_and_nothing_is_e_mailed(unit_a, mailoutbox):
    page = make_form(unit_a, FormTemplate.CORRUPTION_COMPLAINT)
    reference, _secret = receipt(submit(page, CORRUPTION))
    stored = ServiceSubmission.objects.get(reference=reference)
    assert stored.email == "" and stored.form_data["full_name"] == ""
    assert mailoutbox == []


def test_officers_are_told_of_a_submission_without_its_content(unit_a, mailoutbox):
    page = make_form(unit_a, to_address="complaints@h-a.test")
    reference, _secret = receipt(submit(page, {**COMPLAINT, "email": ""}))
    assert len(mailoutbox) == 1
    notice = mailoutbox[0]
    assert notice.to == ["complaints@h-a.test"]
    assert reference in notice.body and "/admin/e-services/" in notice.body
    assert COMPLAINT["details"] not in notice.body and COMPLAINT["full_name"] not in notice.body


def test_a_filled_honeypot_is_refused_and_stores_nothing(unit_a):
    page = make_form(unit_a)
    response = submit(page, {**COMPLAINT, HONEYPOT_FIELD: "http://spam.example"})
    assert response.status_code == 200
    assert 'class="form-errors"' in response.content.decode()
    assert not ServiceSubmission.objects.filter(page=page).exists()


def test_missing_required_fields_keep_what_was_typed(unit_a):
    page = make_form(unit_a)
    response = submit(page, {**COMPLAINT, "subject": ""})
    html = response.content.decode()
    assert response.status_code == 200 and not ServiceSubmission.objects.filter(page=page).exists()
    assert COMPLAINT["details"] in html and 'class="field-error"' in html


def test_consent_is_required_and_recorded_when_it_is_the_lawful_basis(unit_a):
    page = make_form(unit_a, FormTemplate.APPOINTMENT_REQUEST, lawful_basis=LawfulBasis.CONSENT)
    data = {
        "full_name": "นางสาวสมหญิง ทดสอบ",
        "phone": "081 234 5678",
        "email": "",
        "service": "คลินิกทันตกรรม",
        "preferred_date": "2026-12-15",
        "preferred_time": "",
        "note": "",
    }
    refused = submit(page, data)
    assert refused.status_code == 200 and not ServiceSubmission.objects.filter(page=page).exists()
    assert f'name="{CONSENT_FIELD}"' in refused.content.decode()
    reference, _secret = receipt(submit(page, {**data, CONSENT_FIELD: "on"}))
    stored = ServiceSubmission.objects.get(reference=reference)
    assert stored.consent_given_at is not None
    assert CONSENT_FIELD not in stored.form_data
    assert stored.form_data["preferred_date"] == "2026-12-15"


def test_no_consent_box_when_the_basis_is_the_units_public_task(unit_a):
    page = make_form(unit_a)
    reference, _secret = receipt(submit(page, COMPLAINT))
    assert ServiceSubmission.objects.get(reference=reference).consent_given_at is None


# An hour's window: a minute's could turn over between the posts on a slow machine.
@override_settings(PORTAL_PUBLIC_SUBMISSION_RATE="2/h")
def test_too_many_submissions_get_a_thai_429(unit_a):
    page = make_form(unit_a)
    client = Client()
    statuses = [submit(page, COMPLAINT, client).status_code for _ in range(3)]
    assert statuses == [200, 200, 429]
    assert ServiceSubmission.objects.filter(page=page).count() == 2
    last = submit(page, COMPLAINT, client)
    assert "ส่งข้อมูลถี่เกินไป" in last.content.decode()
    assert Client().get(path_of(page), HTTP_HOST=unit_a.hostname).status_code == 200
    assert submit(page, COMPLAINT, address="203.0.113.99").status_code == 200


def test_the_section_lists_forms_external_services_and_the_status_look_up(unit_a):
    make_form(unit_a, title="แบบฟอร์มร้องเรียนทดสอบ")
    section = eservices_section(unit_a)
    service = ExternalServicePage(
        title="จองคิวออนไลน์",
        slug="queue",
        description="จองคิวตรวจล่วงหน้า",
        service_url="https://queue.example.test/",
        operator="งานเวชระเบียน",
    )
    add_live(section, service)
    html = Client().get("/e-services/", HTTP_HOST=unit_a.hostname).content.decode()
    assert "แบบฟอร์มร้องเรียนทดสอบ" in html
    assert 'href="https://queue.example.test/"' in html and "งานเวชระเบียน" in html
    assert 'href="/e-services/track/"' in html
    page = Client().get(path_of(service), HTTP_HOST=unit_a.hostname)
    assert page.status_code == 200 and "https://queue.example.test/" in page.content.decode()


def test_numbering_restarts_each_year(unit_a):
    december = timezone.make_aware(datetime.datetime(2026, 12, 31, 23, 0))
    january = timezone.make_aware(datetime.datetime(2027, 1, 1, 0, 30))  # Bangkok time
    assert next_reference(unit_a, december) == "H-A-2569-00001"
    assert next_reference(unit_a, december) == "H-A-2569-00002"
    assert next_reference(unit_a, january) == "H-A-2570-00001"


def test_date_fields_use_the_browsers_date_picker(unit_a):
    page = make_form(unit_a)
    html = Client().get(path_of(page), HTTP_HOST=unit_a.hostname).content.decode()
    assert 'type="date" name="incident_date"' in html


def test_an_editor_edits_an_existing_form_without_losing_its_fields(unit_a, login):
    page = make_form(unit_a)
    client = login("editor-h-a")
    client.defaults["HTTP_HOST"] = "localhost"
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data["title"] = "ร้องเรียนการให้บริการ (ปรับปรุง)"
    data["action-save-draft"] = "1"
    assert client.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.title.endswith("(ปรับปรุง)")
    assert [field.clean_name for field in draft.form_fields.all()] == list(fields_of(page))
