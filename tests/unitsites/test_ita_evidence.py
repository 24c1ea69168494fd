"""Each unit's ITA evidence page per fiscal year, built from the year's template: one fixed slot
per item and sub-item of the unit's kind, evidence attached by the unit's own staff, gaps shown
to staff and moderators only."""

from django.core.files.base import ContentFile
from django.urls import reverse

from wagtail.documents.models import Document

import pytest

from network.models import PublicationRecord
from tests.conftest import add_live
from tests.network.conftest import REQUEST, approve
from unitsites.models import ContentPage, ItaEvidence, ItaSubitem, UnitHomePage

pytestmark = pytest.mark.django_db

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


def slot(code, year=2569):
    return ItaSubitem.objects.get(item__template__fiscal_year=year, code=code)


def home(unit, language="th"):
    return UnitHomePage.objects.get(unit=unit, locale__language_code=language)


def about(unit):
    return home(unit).get_children().get(slug="about").specific


def document(unit, title):
    return Document.objects.create(
        title=title, file=ContentFile(MINIMAL_PDF, name="evidence.pdf"), collection=unit.collection
    )


def public_page(client, unit, path="/ita/2569/"):
    response = client.get(path, HTTP_HOST=unit.hostname)
    assert response.status_code == 200
    return response.content.decode()


def staff_client(login, username):
    client = login(username)
    client.defaults["HTTP_HOST"] = "localhost"
    return client


def test_every_template_year_answers_without_a_year_page_and_the_hub_lists_them(unit_a, client):
    for year in (2569, 2570):
        html = public_page(client, unit_a, f"/ita/{year}/")
        assert f"ปีงบประมาณ พ.ศ. {year}" in html
    hub = public_page(client, unit_a, "/ita/")
    assert hub.index('href="/ita/2570/"') < hub.index('href="/ita/2569/"')
    assert client.get("/ita/2499/", HTTP_HOST=unit_a.hostname).status_code == 404


def test_slots_follow_the_unit_kind(unit_a, provincial_office, login):
    # MOIT2 item 15 (the licensing service manual) is for provincial and district offices only.
    moderator = login("moderator")
    hospital = public_page(moderator, unit_a)
    office = public_page(moderator, provincial_office)
    assert 'id="MOIT2.15"' not in hospital and 'id="MOIT2.14"' in hospital
    assert 'id="MOIT2.15"' in office
    assert office.count('class="moit-item"') == hospital.count('class="moit-item"') == 22


def test_the_public_sees_attached_evidence_and_no_gaps(unit_a, unit_b, client):
    plan = document(unit_a, "แผนปฏิบัติการประจำปี 2569")
    ItaEvidence.objects.create(unit=unit_a, subitem=slot("MOIT2.9"), document=plan)
    ItaEvidence.objects.create(
        unit=unit_a, subitem=slot("MOIT2.1.1"), page=about(unit_a), label="ผู้บริหาร"
    )
    draft = ContentPage(title="ร่างนโยบาย", slug="draft-policy", live=False, **REQUEST)
    about(unit_a).add_child(instance=draft)
    ItaEvidence.objects.create(unit=unit_a, subitem=slot("MOIT2.1.2"), page=draft)
    html = public_page(client, unit_a)
    assert f'<a href="{plan.url}">แผนปฏิบัติการประจำปี 2569</a>' in html
    assert '<a href="/about/">ผู้บริหาร</a>' in html
    assert "ร่างนโยบาย" not in html and 'id="MOIT2.1.2"' not in html  # not live: no link
    assert 'id="MOIT2.1"' in html  # the heading above an answered slot
    assert "MOIT3" not in html  # nothing attached: the item stays out of the public's sight
    assert "ยังไม่มีหลักฐาน" not in html and "moit-gap" not in html
    assert "แบบฟอร์มการขอเผยแพร่ข้อมูล</a>" not in html
    assert plan.url not in public_page(client, unit_b)  # another unit's page shows its own


def test_staff_see_gaps_attach_links_and_request_to_publish_records(unit_a, login, client):
    page = ContentPage(title="นโยบายผู้บริหาร 2569", slug="executive-policy", live=False, **REQUEST)
    about(unit_a).add_child(instance=page)
    page.save_revision()
    approve(page)
    record = PublicationRecord.objects.get(page=page)
    ItaEvidence.objects.create(unit=unit_a, subitem=slot("MOIT2.1.2"), page=page)
    record_url = reverse("network_publication_record", args=[record.pk])
    for username in ("editor-h-a", "moderator"):
        html = public_page(login(username), unit_a)
        assert "ยังไม่มีหลักฐาน" in html and 'id="MOIT3.1"' in html
        assert f'href="{record_url}"' in html
        attach = f"/admin/ita_evidence/new/?unit={unit_a.pk}&amp;subitem={slot('MOIT3.1').pk}"
        assert attach in html
    assert record_url not in public_page(client, unit_a)
    other_staff = public_page(login("editor-h-b"), unit_a)  # staff, but of another unit
    assert "ยังไม่มีหลักฐาน" not in other_staff and record_url not in other_staff


def test_a_year_page_shows_the_template_slots_too(unit_a, client):
    from unitsites.models import TransparencySection, TransparencyYearPage

    hub = TransparencySection.objects.child_of(home(unit_a)).get()
    add_live(hub, TransparencyYearPage(title="ITA ปีงบประมาณ 2570", fiscal_year=2570))
    ItaEvidence.objects.create(
        unit=unit_a, subitem=slot("MOIT2.1.1", 2570), page=about(unit_a), label="ผู้บริหาร"
    )
    html = public_page(client, unit_a, "/ita/2570/")
    assert "ITA ปีงบประมาณ 2570" in html and '<a href="/about/">ผู้บริหาร</a>' in html


def evidence_form(unit, subitem, page="", document_id="", label=""):
    return {
        "unit": unit.pk,
        "subitem": subitem.pk,
        "page": page,
        "document": document_id,
        "label": label,
    }


def test_an_editor_attaches_the_units_own_page_and_document(unit_a, login):
    client = staff_client(login, "editor-h-a")
    form = client.get(f"/admin/ita_evidence/new/?unit={unit_a.pk}&subitem={slot('MOIT2.9').pk}")
    assert form.status_code == 200
    plan = document(unit_a, "แผนปฏิบัติการประจำปี 2569")
    response = client.post(
        "/admin/ita_evidence/new/", evidence_form(unit_a, slot("MOIT2.9"), document_id=plan.pk)
    )
    assert response.status_code == 302
    response = client.post(
        "/admin/ita_evidence/new/", evidence_form(unit_a, slot("MOIT2.1.1"), page=about(unit_a).pk)
    )
    assert response.status_code == 302
    assert ItaEvidence.objects.filter(unit=unit_a).count() == 2


def test_an_editor_of_another_unit_can_neither_fill_its_slots_nor_choose_its_files(
    unit_a, unit_b, login
):
    client = staff_client(login, "editor-h-b")
    plan_a = document(unit_a, "แผนปฏิบัติการของโรงพยาบาลเอ")
    response = client.post(
        "/admin/ita_evidence/new/", evidence_form(unit_a, slot("MOIT2.9"), document_id=plan_a.pk)
    )
    assert response.status_code == 200
    assert "โปรดเลือกหน่วยงานที่ท่านรับผิดชอบ" in response.content.decode()
    response = client.post(
        "/admin/ita_evidence/new/", evidence_form(unit_b, slot("MOIT2.9"), document_id=plan_a.pk)
    )
    assert "โปรดเลือกเอกสารในคลังของหน่วยงานที่ท่านรับผิดชอบเท่านั้น" in response.content.decode()
    response = client.post(
        "/admin/ita_evidence/new/", evidence_form(unit_b, slot("MOIT2.9"), page=about(unit_a).pk)
    )
    assert "โปรดเลือกหน้าของหน่วยงานที่ท่านรับผิดชอบเท่านั้น" in response.content.decode()
    # A slot of another kind and a heading are refused for their own unit too.
    response = client.post(
        "/admin/ita_evidence/new/", evidence_form(unit_b, slot("MOIT2.15"), page=about(unit_b).pk)
    )
    assert "ข้อย่อยนี้ไม่ใช้กับหน่วยงานประเภทนี้" in response.content.decode()
    assert not ItaEvidence.objects.filter(unit__in=[unit_a, unit_b]).exists()
    theirs = ItaEvidence.objects.create(unit=unit_a, subitem=slot("MOIT2.9"), document=plan_a)
    assert client.get(f"/admin/ita_evidence/edit/{theirs.pk}/").status_code in (302, 403, 404)
    assert str(theirs) not in client.get("/admin/ita_evidence/").content.decode()


def test_the_english_site_links_the_english_twin_of_a_thai_page(unit_a, client):
    ItaEvidence.objects.create(unit=unit_a, subitem=slot("MOIT2.1.1"), page=about(unit_a))
    english_about = home(unit_a, "en").get_children().get(slug="about")
    html = public_page(client, unit_a, "/en/ita/2569/")
    assert f'<a href="/en/about/">{english_about.title}</a>' in html
    assert '<a href="/about/">' not in html


def test_the_evidence_list_filters_only_by_the_editors_own_units(unit_a, unit_b, login):
    html = staff_client(login, "editor-h-a").get("/admin/ita_evidence/").content.decode()
    assert unit_a.name_th in html
    assert unit_b.name_th not in html
    everyone = staff_client(login, "moderator").get("/admin/ita_evidence/").content.decode()
    assert unit_b.name_th in everyone
