"""The file of a document or image that a live page uses is not replaced in place: the new file
would be public at once, without a request (issue #11 item 3). Unused ones may be replaced, and
their old file is kept."""

import json

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import ModelLogEntry
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from network.replaced_files import FILE_REPLACED
from tests.network.conftest import approve
from tests.network.test_uploads import MINIMAL_PDF

pytestmark = pytest.mark.django_db

NEW_PDF = MINIMAL_PDF.replace(b"%%EOF", b"% version 2\n%%EOF")
STAFF = ["editor-h-a", "approver-h-a", "moderator"]


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)


@pytest.fixture
def action_plan(unit_a):
    return Document.objects.create(
        title="แผนปฏิบัติการ 2569",
        file=ContentFile(MINIMAL_PDF, name="action-plan.pdf"),
        collection=unit_a.collection,
    )


@pytest.fixture
def photo(unit_a):
    return Image.objects.create(
        title="ภาพกิจกรรม",
        file=get_test_image_file("activity.png", colour="white"),
        collection=unit_a.collection,
    )


def live_page_with(make_page, unit, block):
    return approve(make_page(unit, slug="action-plan", body=json.dumps([block])))


def linking(document):
    link = f'<p><a linktype="document" id="{document.pk}">แผนปฏิบัติการ</a></p>'
    return {"type": "paragraph", "value": link}


def showing(image):
    return {"type": "image", "value": {"image": image.pk, "alt_text": "ภาพ", "caption": ""}}


def post_edit_form(client, url, **changes):
    """Load the edit form as the browser would, change fields (a file among them), save."""
    page = client.get(url)
    assert page.status_code == 200
    data = querydict_from_html(page.content.decode(), form_id=None).dict()
    data.update(changes)
    return client.post(url, data)


def replace_document(client, document, content=NEW_PDF, **changes):
    url = reverse("wagtaildocs:edit", args=[document.pk])
    return post_edit_form(
        client, url, file=SimpleUploadedFile("action-plan-v2.pdf", content), **changes
    )


def served(client, document, unit):
    response = client.get(document.url, HTTP_HOST=unit.hostname)
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def assert_kept(response, instance, stored, how):
    """The form was refused with the Thai way to publish a new version; the file is as stored."""
    assert response.status_code == 200
    [error] = response.context["form"].errors.as_data()["file"]
    assert error.code == "file_in_use"
    html = response.content.decode()
    assert how in html and "แล้วส่งหน้านั้นขออนุมัติเผยแพร่" in html
    instance.refresh_from_db()
    assert instance.file.name == stored


@pytest.mark.parametrize("username", STAFF)
def test_replacing_the_file_of_a_document_a_live_page_links_to_is_refused(
    make_page, login, unit_a, action_plan, username
):
    live_page_with(make_page, unit_a, linking(action_plan))
    stored = action_plan.file.name

    response = replace_document(login(username), action_plan)

    assert_kept(response, action_plan, stored, "ให้อัปโหลดเป็นเอกสารใหม่")
    assert served(login(username), action_plan, unit_a) == MINIMAL_PDF


def test_a_document_in_a_documents_block_is_kept_too(make_page, login, unit_a, action_plan):
    block = {
        "type": "documents",
        "value": {"heading": "", "documents": [{"document": action_plan.pk, "title": ""}]},
    }
    live_page_with(make_page, unit_a, block)
    response = replace_document(login("approver-h-a"), action_plan)
    assert response.status_code == 200
    assert response.context["form"].errors["file"]


def test_a_document_only_a_draft_links_to_may_be_replaced(make_page, login, unit_a, action_plan):
    make_page(unit_a, body=json.dumps([linking(action_plan)]))
    response = replace_document(login("editor-h-a"), action_plan)
    assert response.status_code == 302
    action_plan.refresh_from_db()
    assert served(login("editor-h-a"), action_plan, unit_a) == NEW_PDF


def test_an_unused_documents_file_is_replaced_and_the_old_file_kept(login, unit_a, action_plan):
    old = action_plan.file.name
    response = replace_document(login("editor-h-a"), action_plan)
    assert response.status_code == 302
    action_plan.refresh_from_db()
    assert action_plan.file.name != old
    assert default_storage.open(old).read() == MINIMAL_PDF
    entry = ModelLogEntry.objects.get(object_id=str(action_plan.pk), action=FILE_REPLACED)
    assert entry.data["old_file"] == old
    with translation.override("th"):
        assert entry.message == f"เปลี่ยนไฟล์แล้ว ไฟล์เดิมยังเก็บไว้ที่ {old}"


def test_the_title_of_a_used_document_may_be_changed(make_page, login, unit_a, action_plan):
    live_page_with(make_page, unit_a, linking(action_plan))
    url = reverse("wagtaildocs:edit", args=[action_plan.pk])
    response = post_edit_form(login("editor-h-a"), url, title="แผนปฏิบัติการ 2569 (ฉบับปรับปรุง)")
    assert response.status_code == 302
    action_plan.refresh_from_db()
    assert action_plan.title == "แผนปฏิบัติการ 2569 (ฉบับปรับปรุง)"
    assert served(login("editor-h-a"), action_plan, unit_a) == MINIMAL_PDF


def test_another_units_editor_cannot_reach_the_form(login, action_plan):
    response = login("editor-h-b").get(reverse("wagtaildocs:edit", args=[action_plan.pk]))
    assert response.status_code == 302 and response["Location"] == "/admin/"


def replace_image(client, image):
    url = reverse("wagtailimages:edit", args=[image.pk])
    png = get_test_image_file("activity-v2.png", colour="red").file.getvalue()
    return post_edit_form(client, url, file=SimpleUploadedFile("activity-v2.png", png))


@pytest.mark.parametrize("username", STAFF)
def test_replacing_the_file_of_an_image_a_live_page_shows_is_refused(
    make_page, login, unit_a, photo, username
):
    live_page_with(make_page, unit_a, showing(photo))
    stored = photo.file.name

    response = replace_image(login(username), photo)

    assert_kept(response, photo, stored, "ให้อัปโหลดเป็นรูปภาพใหม่")
    assert default_storage.exists(stored)


def test_an_unused_images_file_is_replaced_and_the_old_file_kept(login, unit_a, photo):
    old = photo.file.name
    rendition = photo.get_rendition("width-10")
    response = replace_image(login("editor-h-a"), photo)
    assert response.status_code == 302
    photo.refresh_from_db()
    assert photo.file.name != old and default_storage.exists(old)
    assert not photo.renditions.filter(pk=rendition.pk).exists()


def test_the_model_refuses_a_new_file_on_any_path(make_page, unit_a, action_plan, photo):
    """Whoever saves (a superuser's shell, an import, the API), the stored file stays."""
    live_page_with(make_page, unit_a, linking(action_plan))
    approve(make_page(unit_a, slug="gallery", body=json.dumps([showing(photo)])))
    for instance, upload in (
        (action_plan, ContentFile(NEW_PDF, name="action-plan-v2.pdf")),
        (photo, get_test_image_file("activity-v2.png", colour="red")),
    ):
        stored = instance.file.name
        instance.file = upload
        with pytest.raises(ValidationError) as refused:
            instance.save()
        assert refused.value.code == "file_in_use"
        instance.refresh_from_db()
        assert instance.file.name == stored

    action_plan.title = "แผนปฏิบัติการ (แก้ชื่อ)"
    action_plan.save()
    assert Document.objects.get(pk=action_plan.pk).title == "แผนปฏิบัติการ (แก้ชื่อ)"
