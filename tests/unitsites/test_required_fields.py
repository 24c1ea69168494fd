"""The fields the rules insist on are refused when missing, through the real Wagtail admin forms
(asking for publication as a superuser, approved by a moderator, so nothing but validation
stands in the way)."""

from types import SimpleNamespace

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from tests.conftest import SUPERUSER
from tests.network.conftest import REQUEST, approve_request
from unitsites.demo.documents import demo_document, demo_portrait
from unitsites.models import (
    ContactPage,
    ContentPage,
    KnowledgePage,
    LawPage,
    ManualPage,
    OrganisationPage,
    ServiceGuidePage,
)

pytestmark = pytest.mark.django_db
ADMIN_HOST = "localhost"


@pytest.fixture
def files(unit_a, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return SimpleNamespace(
        document=demo_document(unit_a, "เอกสารทดสอบ", "Test document"),
        image=demo_portrait(unit_a, "ภาพทดสอบ"),
    )


def section(unit, slug):
    return Page.objects.child_of(unit.site.root_page).get(slug=slug)


def law_data(files):
    return {
        "title": "พระราชบัญญัติทดสอบ",
        "slug": "test-act",
        "law_type": "act",
        "issued_on": "2019-05-27",
        "issuer": "รัฐสภา",
        "reference": "ราชกิจจานุเบกษา เล่ม 136 ตอนที่ 69 ก",
        "source_url": "",
        "document": str(files.document.pk),
        "summary": rich_text("<p>สรุปสาระสำคัญ</p>"),
        "urgency": "normal",
    }


def knowledge_data(files):
    return {
        "title": "บทความทดสอบ",
        "slug": "test-article",
        "kind": "article",
        "published_at": "2026-11-01 09:30",
        "authors": "งานส่งเสริมสุขภาพ",
        "summary": "",
        "body": streamfield([]),
        "document": "",
        "references": rich_text("<p>กรมควบคุมโรค</p>"),
        "latitude": "",
        "longitude": "",
        "urgency": "normal",
    }


def manual_data(files):
    return {
        "title": "คู่มือทดสอบ",
        "slug": "test-manual",
        "mission": "core",
        "document": str(files.document.pk),
        "version": "2",
        "effective_date": "2026-10-01",
        "responsible": "",
        "summary": "",
        "urgency": "normal",
    }


def step(**changes):
    values = {
        "title": "ยื่นคำขอ",
        "description": "",
        "responsible": "",
        "duration": "15",
        "duration_unit": "minutes",
    }
    return {**values, **changes}


def service_data(files):
    return {
        "title": "บริการทดสอบ",
        "slug": "test-service",
        "summary": "",
        "legal_basis": "",
        "eligibility": rich_text("<p>ประชาชนทั่วไป</p>"),
        "service_location": "ห้องบัตร",
        "service_hours": "08.30–16.30 น.",
        "fees": "ไม่มีค่าธรรมเนียม",
        "steps": inline_formset([step()]),
        "documents_required": rich_text("<p>บัตรประชาชน</p>"),
        "forms": streamfield([]),
        "complaints": rich_text("<p>ศูนย์ดำรงธรรม 1567</p>"),
        "urgency": "normal",
    }


def executive(files, **changes):
    values = {
        "position": "ผู้อำนวยการ",
        "is_vacant": "",
        "name": "นายแพทย์ทดสอบ ใจดี",
        "phone": "074-711111",
        "photo": str(files.image.pk),
    }
    return {**values, **changes}


def organisation_data(files):
    return {
        "title": "โครงสร้างองค์กร",
        "slug": "test-structure",
        "chart": "",
        "structure": rich_text("<p>กลุ่มงานบริหารทั่วไป</p>"),
        "executives": inline_formset([executive(files)]),
        "body": streamfield([]),
        "urgency": "normal",
    }


def content_data(files):
    return {
        "title": "แผนการใช้จ่ายงบประมาณ",
        "slug": "test-budget",
        "topic": "budget",
        "fiscal_year": "2570",
        "body": streamfield([]),
        "urgency": "normal",
    }


def post_add(client, model, parent, data, action="action-submit"):
    url = reverse("wagtailadmin_pages:add", args=["unitsites", model._meta.model_name, parent.pk])
    return client.post(url, nested_form_data({**REQUEST, **data, action: action}))


VALID = [
    (LawPage, "laws", law_data),
    (KnowledgePage, "knowledge", knowledge_data),
    (ManualPage, "manuals", manual_data),
    (ServiceGuidePage, "citizen-guide", service_data),
    (OrganisationPage, "about", organisation_data),
    (ContentPage, "about", content_data),
]


@pytest.mark.parametrize(
    "model, section_slug, make_data", VALID, ids=lambda v: getattr(v, "__name__", v)
)
def test_a_complete_form_publishes_the_page(login, unit_a, files, model, section_slug, make_data):
    parent = section(unit_a, section_slug)
    data = make_data(files)
    response = post_add(login(SUPERUSER), model, parent, data)
    assert response.status_code == 302, response.context["form"].errors
    page = approve_request(model.objects.child_of(parent).get(slug=data["slug"]))
    assert page.live


RICH_TEXT_FIELDS = {"references", "eligibility", "documents_required", "complaints", "structure"}
EMPTY_RICH_TEXT = "null"  # what the Draftail editor posts when it is left empty


def without(*names):
    def change(data, files):
        for name in names:
            data[name] = EMPTY_RICH_TEXT if name in RICH_TEXT_FIELDS else ""
        return data

    return change


def replacing(name, make_value):
    def change(data, files):
        data[name] = make_value(files)
        return data

    return change


# (model, section, valid data, change that breaks a rule, the field that must report it)
REFUSED = [
    (LawPage, "laws", law_data, without("law_type"), "law_type"),
    (LawPage, "laws", law_data, without("issued_on"), "issued_on"),
    (LawPage, "laws", law_data, without("issuer"), "issuer"),
    (LawPage, "laws", law_data, without("reference", "source_url"), "reference"),
    (KnowledgePage, "knowledge", knowledge_data, without("kind"), "kind"),
    (KnowledgePage, "knowledge", knowledge_data, without("authors"), "authors"),
    (KnowledgePage, "knowledge", knowledge_data, without("published_at"), "published_at"),
    (KnowledgePage, "knowledge", knowledge_data, without("references"), "references"),
    (KnowledgePage, "knowledge", knowledge_data, replacing("kind", lambda f: "gis"), "latitude"),
    (ManualPage, "manuals", manual_data, without("document"), "document"),
    (ManualPage, "manuals", manual_data, without("version"), "version"),
    (ManualPage, "manuals", manual_data, without("effective_date"), "effective_date"),
    (ServiceGuidePage, "citizen-guide", service_data, without("eligibility"), "eligibility"),
    (
        ServiceGuidePage,
        "citizen-guide",
        service_data,
        without("service_location"),
        "service_location",
    ),
    (ServiceGuidePage, "citizen-guide", service_data, without("service_hours"), "service_hours"),
    (ServiceGuidePage, "citizen-guide", service_data, without("fees"), "fees"),
    (
        ServiceGuidePage,
        "citizen-guide",
        service_data,
        without("documents_required"),
        "documents_required",
    ),
    (ServiceGuidePage, "citizen-guide", service_data, without("complaints"), "complaints"),
    (
        ServiceGuidePage,
        "citizen-guide",
        service_data,
        replacing("steps", lambda f: inline_formset([])),
        "steps",
    ),
    (
        ServiceGuidePage,
        "citizen-guide",
        service_data,
        replacing("steps", lambda f: inline_formset([step(duration="")])),
        "steps",
    ),
    (OrganisationPage, "about", organisation_data, without("structure"), "structure"),
    (
        OrganisationPage,
        "about",
        organisation_data,
        replacing("executives", lambda f: inline_formset([])),
        "executives",
    ),
    (
        OrganisationPage,
        "about",
        organisation_data,
        replacing("executives", lambda f: inline_formset([executive(f, phone="")])),
        "executives",
    ),
    (
        OrganisationPage,
        "about",
        organisation_data,
        replacing("executives", lambda f: inline_formset([executive(f, photo="")])),
        "executives",
    ),
    (
        OrganisationPage,
        "about",
        organisation_data,
        replacing("executives", lambda f: inline_formset([executive(f, name="")])),
        "executives",
    ),
    (ContentPage, "about", content_data, without("fiscal_year"), "fiscal_year"),
]


def form_errors(form, field):
    """The errors reported for `field`: a page field, or every form of an inline formset."""
    if field in form.formsets:
        formset = form.formsets[field]
        return list(formset.non_form_errors()) + [e for errors in formset.errors for e in errors]
    return form.errors.get(field, [])


@pytest.mark.parametrize(
    "model, section_slug, make_data, break_rule, field",
    REFUSED,
    ids=[f"{case[0].__name__}-{case[4]}-{index}" for index, case in enumerate(REFUSED)],
)
def test_a_form_missing_a_required_item_is_refused_and_creates_nothing(
    login, unit_a, files, model, section_slug, make_data, break_rule, field
):
    parent = section(unit_a, section_slug)
    before = model.objects.child_of(parent).count()
    response = post_add(login(SUPERUSER), model, parent, break_rule(make_data(files), files))
    assert response.status_code == 200
    assert form_errors(response.context["form"], field)
    assert model.objects.child_of(parent).count() == before


def test_a_vacant_post_needs_only_its_position(login, unit_a, files):
    parent = section(unit_a, "about")
    data = organisation_data(files)
    data["executives"] = inline_formset(
        [
            executive(files),
            {"position": "รองผู้อำนวยการ", "is_vacant": "on", "name": "", "phone": "", "photo": ""},
        ]
    )
    response = post_add(login(SUPERUSER), OrganisationPage, parent, data)
    assert response.status_code == 302
    page = OrganisationPage.objects.child_of(parent).get(slug="test-structure")
    assert [(e.position, e.is_vacant) for e in page.executives.all()] == [
        ("ผู้อำนวยการ", False),
        ("รองผู้อำนวยการ", True),
    ]


def contact_data():
    return {
        "title": "ติดต่อเรา",
        "slug": "contact",
        "address": "55/1 ถนนหัตถกรรมศึกษา ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000",
        "phone": "074-711010",
        "fax": "",
        "email": "saraban@hospital-a.localhost",
        "office_hours": "",
        "line_id": "@hospital-a",
        "facebook_url": "",
        "latitude": "6.618090",
        "longitude": "100.070850",
        "urgency": "normal",
    }


def post_edit(client, page, data, action="action-submit"):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return client.post(url, nested_form_data({**REQUEST, **data, action: action}))


@pytest.mark.parametrize("field", ["address", "phone", "email", "latitude", "longitude"])
def test_the_contact_page_cannot_be_published_without_its_required_details(login, unit_a, field):
    contact = ContactPage.objects.child_of(section(unit_a, "about")).get()
    response = post_edit(login(SUPERUSER), contact, {**contact_data(), field: ""})
    assert response.status_code == 200
    assert response.context["form"].errors[field]
    contact.refresh_from_db()
    assert contact.address == ""


def test_the_contact_page_publishes_with_its_details_and_a_draft_may_wait_for_them(login, unit_a):
    contact = ContactPage.objects.child_of(section(unit_a, "about")).get()
    draft = post_edit(
        login(SUPERUSER), contact, {**contact_data(), "address": ""}, action="action-save"
    )
    assert draft.status_code == 302

    response = post_edit(login(SUPERUSER), contact, contact_data())
    assert response.status_code == 302
    approve_request(contact)
    contact.refresh_from_db()
    assert contact.live and contact.phone == "074-711010" and str(contact.latitude) == "6.618090"


@pytest.mark.parametrize(
    "model, section_slug, make_data", VALID, ids=lambda v: getattr(v, "__name__", v)
)
def test_unit_editors_open_every_add_form_in_their_own_unit_only(
    login, unit_a, unit_b, model, section_slug, make_data
):
    editor = login("editor-h-a")
    own, other = section(unit_a, section_slug), section(unit_b, section_slug)
    for parent, status in ((own, 200), (other, 302)):
        url = reverse(
            "wagtailadmin_pages:add", args=["unitsites", model._meta.model_name, parent.pk]
        )
        assert editor.get(url, HTTP_HOST=ADMIN_HOST).status_code == status
