"""Uploads are checked by content and size, and served safely (REQUIREMENTS S-10)."""

import io
import json
import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from web.file_content import check_document_content

pytestmark = pytest.mark.django_db

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600


def zipped(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


DOCX = zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"})
XLSX = zipped({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
ODT = zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
PLAIN_ZIP = zipped({"readme.txt": "hello"})


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", MINIMAL_PDF),
        ("letter.doc", OLE2),
        ("budget.xls", OLE2),
        ("letter.docx", DOCX),
        ("budget.xlsx", XLSX),
        ("letter.odt", ODT),
        ("bundle.zip", PLAIN_ZIP),
        ("bundle.zip", DOCX),
        ("data.csv", "รหัส,ชื่อ\n1,โรงพยาบาล\n".encode()),
        ("data.csv", "รหัส,ชื่อ\n".encode("cp874")),
        ("notes.txt", b"\xef\xbb\xbfplain text"),
    ],
)
def test_genuine_files_pass(name, content):
    check_document_content(SimpleUploadedFile(name, content))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.pdf", HTML),
        ("report.pdf", b"MZ\x90\x00" + b"\x00" * 100),
        ("letter.doc", MINIMAL_PDF),
        ("letter.docx", PLAIN_ZIP),
        ("budget.xlsx", DOCX),
        ("letter.odt", DOCX),
        ("bundle.zip", b"PK\x03\x04 broken archive"),
        ("data.csv", b"a,b\x00c"),
        ("notes.txt", HTML),
        ("notes.txt", b"  <svg xmlns='http://www.w3.org/2000/svg'/>"),
        ("report.pdf", b""),
    ],
)
def test_files_whose_content_is_not_what_their_name_says_fail(name, content):
    with pytest.raises(ValidationError) as caught:
        check_document_content(SimpleUploadedFile(name, content))
    assert caught.value.code == "content_mismatch"


def add_document(client, unit, name, content, title="เอกสารทดสอบ"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": title,
            "file": SimpleUploadedFile(name, content),
            "collection": unit.collection_id,
        },
        HTTP_HOST="localhost",
    )


def test_an_editor_uploads_a_real_pdf(login, unit_a):
    response = add_document(login("editor-h-a"), unit_a, "report.pdf", MINIMAL_PDF)
    assert response.status_code == 302
    assert Document.objects.filter(title="เอกสารทดสอบ", collection=unit_a.collection).exists()


def test_a_web_page_named_pdf_is_refused_and_nothing_is_stored(login, unit_a):
    response = add_document(login("editor-h-a"), unit_a, "report.pdf", HTML)
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["file"]
    assert [error.code for error in errors] == ["content_mismatch"]
    assert not Document.objects.filter(collection=unit_a.collection).exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_a_file_over_the_limit_gets_a_thai_error(login, unit_a):
    response = add_document(login("editor-h-a"), unit_a, "big.pdf", MINIMAL_PDF + b"0" * 2048)
    assert response.status_code == 200
    [error] = response.context["form"].errors["file"]
    assert error.startswith("ไฟล์นี้ใหญ่เกินไป")
    assert not Document.objects.filter(collection=unit_a.collection).exists()


def test_html_and_svg_documents_are_not_accepted_at_all(login, unit_a):
    client = login("editor-h-a")
    for name in ("page.html", "logo.svg", "script.js"):
        response = add_document(client, unit_a, name, HTML)
        assert response.status_code == 200, name
        assert response.context["form"].errors["file"], name
    assert not Document.objects.filter(collection=unit_a.collection).exists()


def test_the_multiple_upload_checks_content_too(login, unit_a):
    response = login("editor-h-a").post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("report.pdf", HTML), "collection": unit_a.collection_id},
        HTTP_HOST="localhost",
    )
    assert response.status_code == 200
    assert json.loads(response.content)["success"] is False
    assert not Document.objects.filter(collection=unit_a.collection).exists()


def test_svg_and_disguised_images_are_refused(login, unit_a):
    client = login("editor-h-a")
    for name, content in (
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
        ("photo.png", HTML),
    ):
        response = client.post(
            "/admin/images/add/",
            {
                "title": "รูป",
                "file": SimpleUploadedFile(name, content),
                "collection": unit_a.collection_id,
            },
            HTTP_HOST="localhost",
        )
        assert response.status_code == 200, name
        assert response.context["form"].errors["file"], name
    assert not Image.objects.filter(collection=unit_a.collection).exists()


def test_documents_are_served_with_safe_headers(login, unit_a):
    client = login("editor-h-a")
    add_document(client, unit_a, "report.pdf", MINIMAL_PDF, title="pdf")
    add_document(client, unit_a, "data.csv", b"a,b\n1,2\n", title="csv")
    pdf = Document.objects.get(title="pdf")
    csv_document = Document.objects.get(title="csv")
    response = client.get(pdf.url, HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert not response.get("Content-Disposition", "").startswith("attachment")
    response = client.get(csv_document.url, HTTP_HOST=unit_a.hostname)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


BROKEN_GIFS = {
    "header only": b"GIF89a",
    "truncated": b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04",
    "no frames": b"GIF89a\xff\xff\xff\xff\x00\x00\x00;",
}


def add_image(client, unit, name, content):
    upload = SimpleUploadedFile(name, content, content_type="image/gif")
    return client.post(
        "/admin/images/add/",
        {"title": "ภาพทดสอบ", "collection": unit.collection_id, "file": upload},
        HTTP_HOST="localhost",
    )


@pytest.mark.parametrize("broken", BROKEN_GIFS)
def test_an_image_that_cannot_be_decoded_gets_a_form_error(login, unit_a, broken):
    response = add_image(login("editor-h-a"), unit_a, "activity.gif", BROKEN_GIFS[broken])

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Image.objects.filter(title="ภาพทดสอบ").exists()


def test_a_real_image_is_still_accepted(login, unit_a):
    content = get_test_image_file("activity.png").file.getvalue()

    response = add_image(login("editor-h-a"), unit_a, "activity.png", content)

    assert response.status_code == 302
    assert Image.objects.filter(title="ภาพทดสอบ", collection=unit_a.collection).exists()
