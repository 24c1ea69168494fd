import datetime
from functools import partial

from django.utils import translation

import pytest

from tests.conftest import SUPERUSER, signed_in
from unitsites.demo.documents import demo_document
from unitsites.demo.pages import ensure_page
from unitsites.models import (
    ContentPage,
    PublicInformationDocument,
    PublicInformationPage,
    PublicInformationSection,
    UnitHomePage,
)
from unitsites.models.public_information import OIA_ITEM_CHOICES, OIA_ITEMS

from .admin_pages import form_errors, post_add_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def section_a(unit_a):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    return PublicInformationSection.objects.child_of(home).get()


def _item(section, unit, slug, oia_section, title, documents=1):
    attached = [
        PublicInformationDocument(document=demo_document(unit, f"{title} {number}", slug))
        for number in range(1, documents + 1)
    ]
    values = partial(
        dict,
        title=title,
        oia_section=oia_section,
        date=datetime.date(2026, 10, 15),
        documents=attached,
    )
    return ensure_page(section, PublicInformationPage, slug, values)[0]


def test_the_act_items_are_sections_7_and_9_in_order():
    assert [item.code for item in OIA_ITEMS] == [
        "7-1",
        "7-2",
        "7-3",
        "7-4",
        "7-5",
        "9-1",
        "9-2",
        "9-3",
        "9-4",
        "9-5",
        "9-6",
        "9-7",
        "9-8",
    ]
    labels = dict(OIA_ITEM_CHOICES)
    with translation.override("th"):
        assert str(labels["9-3"]) == (
            "มาตรา 9 (3) แผนงาน โครงการ และงบประมาณรายจ่ายประจำปีของปีที่กำลังดำเนินการ"
        )
    with translation.override("en"):
        assert str(labels["9-3"]).startswith("Section 9(3) Work plans")


def test_tree_rules(section_a):
    assert PublicInformationPage.can_create_at(section_a)
    assert not PublicInformationPage.can_create_at(section_a.get_parent().specific)
    assert not ContentPage.can_create_at(section_a)
    assert PublicInformationPage.allowed_subpage_models() == []


def test_admin_refuses_an_item_without_documents_or_section(section_a):
    client = signed_in(SUPERUSER)
    response = post_add_page(
        client,
        PublicInformationPage,
        section_a,
        {"title": "แผนปฏิบัติราชการ", "slug": "plan", "oia_section": "9-3"},
        publish=True,
    )
    assert response.status_code == 200
    assert "documents-document" in form_errors(response)  # the empty row the form offers
    response = post_add_page(
        client,
        PublicInformationPage,
        section_a,
        {
            "title": "แผนปฏิบัติราชการ",
            "slug": "plan",
            "oia_section": "9-3",
            "documents-TOTAL_FORMS": "0",
        },
        publish=True,
    )
    assert response.status_code == 200
    assert "documents" in form_errors(response)
    response = post_add_page(
        client,
        PublicInformationPage,
        section_a,
        {"title": "แผนปฏิบัติราชการ", "slug": "plan", "oia_section": ""},
        publish=True,
    )
    assert "oia_section" in form_errors(response)
    assert not PublicInformationPage.objects.filter(slug="plan").exists()


def test_admin_accepts_an_item_with_a_document(unit_a, section_a):
    document = demo_document(unit_a, "แผนปฏิบัติราชการ 2570", "Action plan 2570")
    client = signed_in(SUPERUSER)
    response = post_add_page(
        client,
        PublicInformationPage,
        section_a,
        {
            "title": "แผนปฏิบัติราชการ",
            "slug": "plan",
            "oia_section": "9-3",
            "documents-TOTAL_FORMS": "1",
            "documents-0-document": str(document.pk),
            "documents-0-title": "",
            "documents-0-ORDER": "1",
            "documents-0-DELETE": "",
            "documents-0-id": "",
        },
        publish=True,
    )
    assert response.status_code == 302
    page = PublicInformationPage.objects.get(slug="plan")
    assert page.live and [item.document_id for item in page.documents.all()] == [document.pk]


def test_section_page_groups_items_by_the_act_and_lists_empty_sections(
    client, unit_a, section_a, django_assert_max_num_queries
):
    _item(section_a, unit_a, "structure", "7-1", "โครงสร้างองค์กร")
    _item(section_a, unit_a, "plan", "9-3", "แผนปฏิบัติราชการประจำปี", documents=2)
    _item(section_a, unit_a, "sorkorror", "9-8", "สรุปผลการจัดซื้อจัดจ้าง (สขร.1)")

    with django_assert_max_num_queries(30):
        response = client.get("/public-information/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    groups = {group.item.code: group for group in response.context["oia_groups"]}
    assert list(groups) == [item.code for item in OIA_ITEMS]
    assert [page.slug for page in groups["9-3"].pages] == ["plan"]
    assert {group.item.code for group in response.context["missing_groups"]} == {
        "7-2",
        "7-3",
        "7-4",
        "7-5",
        "9-1",
        "9-2",
        "9-4",
        "9-5",
        "9-6",
        "9-7",
    }
    html = response.content.decode()
    assert html.count("ยังไม่มีข้อมูล") >= 10 or html.count("No item yet") >= 10
    section_9_3 = html[html.index('id="oia-9-3"') : html.index('id="oia-9-4"')]
    assert "แผนปฏิบัติราชการประจำปี" in section_9_3
    assert section_9_3.count(".pdf") == 2 and "PDF" in section_9_3
    assert html.index('id="oia-7-1"') < html.index('id="oia-9-1"') < html.index('id="oia-9-8"')


def test_item_page_renders_with_its_documents(client, unit_a, section_a):
    page = _item(section_a, unit_a, "plan", "9-3", "แผนปฏิบัติราชการประจำปี")
    response = client.get(page.url, HTTP_HOST=unit_a.hostname)
    html = response.content.decode()
    assert response.status_code == 200
    assert "มาตรา 9 (3)" in html and "15 ตุลาคม 2569" in html
    document = page.documents.get().document
    assert f'href="{document.url}"' in html
    download = client.get(document.url, HTTP_HOST=unit_a.hostname)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-1.4")
