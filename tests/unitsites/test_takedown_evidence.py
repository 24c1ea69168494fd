"""Notice and takedown, the rest of S-07: the reporter's evidence (a screenshot or a PDF, checked
by content, kept where the web server never serves it, handed only to the request's handlers,
logged on download and erased with the reporter's data), and the handler's way to the reported
page's unpublish view."""

from datetime import timedelta

from django.contrib.auth.models import Permission
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings
from django.utils import timezone

from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupPagePermission, ModelLogEntry, Page

import pytest

from tests.conftest import add_live, user_named
from tests.network.conftest import REQUEST
from tests.network.test_uploads import MINIMAL_PDF
from tests.unitsites.test_takedown import HANDLERS_H_A, OTHERS, PATH, REPORT, field_errors
from unitsites.models import ContentPage, TakedownRequest, TakedownStatus, UnitHomePage
from unitsites.retention import purge
from unitsites.takedown.retention import TAKEDOWN_REQUESTS

pytestmark = pytest.mark.django_db

PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 2000


def send(evidence=None, **changes):
    data = {**REPORT, **changes}
    if evidence is not None:
        data["evidence"] = evidence
    return Client().post(PATH, data, HTTP_HOST="hospital-a.localhost", REMOTE_ADDR="203.0.113.50")


def pdf(name="evidence.pdf", content=MINIMAL_PDF):
    return SimpleUploadedFile(name, content, "application/pdf")


def received(unit_a):
    return TakedownRequest.objects.filter(unit=unit_a)


def evidence_url(takedown):
    return f"/admin/takedown/{takedown.pk}/evidence/"


@pytest.fixture
def with_evidence(unit_a):
    assert send(pdf()).status_code == 200
    return received(unit_a).get()


# Upload ------------------------------------------------------------------------------------


def test_a_pdf_or_a_screenshot_is_kept_under_documents_with_a_random_name(unit_a):
    assert send(pdf()).status_code == 200
    png = get_test_image_file().file.getvalue()
    screenshot = SimpleUploadedFile("screenshot.png", png, "image/png")
    assert send(screenshot, description="ภาพหน้าจอ").status_code == 200
    names = sorted(received(unit_a).values_list("evidence", flat=True))
    assert len(names) == 2
    for name in names:
        assert name.startswith("documents/takedown-evidence/")
        assert "evidence" not in name.rsplit("/", 1)[1] and "screenshot" not in name
        assert default_storage.exists(name)
    assert {name.rsplit(".", 1)[1] for name in names} == {"pdf", "png"}


def test_no_file_is_fine(unit_a):
    assert send().status_code == 200
    assert not received(unit_a).get().evidence


def test_the_form_takes_files(unit_a):
    html = Client().get(PATH, HTTP_HOST=unit_a.hostname).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert 'name="evidence"' in html and 'accept=".pdf,.png,.jpg,.jpeg"' in html
    assert "ขนาดไม่เกิน 10 MB" in html


def test_a_program_renamed_to_pdf_is_refused_in_thai(unit_a):
    response = send(pdf("หลักฐาน.pdf", PROGRAM))
    assert field_errors(response, "evidence") == [
        "เนื้อหาของไฟล์นี้ไม่ใช่เอกสาร .pdf แม้ว่าชื่อไฟล์จะระบุเช่นนั้น "
        "โปรดบันทึกไฟล์ใหม่จากโปรแกรมที่ใช้สร้าง หรือเลือกไฟล์อื่น"
    ]
    assert REPORT["reporter_name"] in response.content.decode()  # what was typed is kept
    assert not received(unit_a).exists()


def test_a_program_by_its_own_name_is_refused_in_thai(unit_a):
    response = send(SimpleUploadedFile("setup.exe", PROGRAM))
    [error] = field_errors(response, "evidence")
    assert error.startswith("ไม่รับไฟล์นามสกุล “exe”")
    assert not received(unit_a).exists()


@override_settings(PORTAL_TAKEDOWN_EVIDENCE_MAX_MB=1)
def test_a_file_over_the_size_limit_is_refused_in_thai(unit_a):
    response = send(pdf(content=MINIMAL_PDF + b"\n" * (1024 * 1024)))
    assert field_errors(response, "evidence") == ["ไฟล์มีขนาดเกิน 1 MB กรุณาส่งไฟล์ที่เล็กกว่านี้"]
    assert not received(unit_a).exists()
    assert send(pdf()).status_code == 200 and received(unit_a).get().evidence


def test_a_hostile_file_name_leaves_no_trace(unit_a, login):
    hostile = '../../../etc/passwd"; filename=x.html\r\n<script>alert(1)</script>.PDF'
    assert send(pdf(hostile)).status_code == 200
    takedown = received(unit_a).get()
    stored = takedown.evidence.name
    assert stored.startswith("documents/takedown-evidence/") and stored.endswith(".pdf")
    assert ".." not in stored and "<" not in stored and "passwd" not in stored
    response = login("approver-h-a").get(evidence_url(takedown))
    disposition = response["Content-Disposition"]
    assert disposition == f'attachment; filename="{takedown.reference}-evidence.pdf"'


# Download ----------------------------------------------------------------------------------


@pytest.mark.parametrize("username", sorted(HANDLERS_H_A) + list(OTHERS))
def test_only_the_requests_handlers_download_the_evidence(with_evidence, login, username):
    takedown = with_evidence
    client = login(username)
    response = client.get(evidence_url(takedown))
    detail = client.get(f"/admin/takedown/{takedown.pk}/").content.decode()
    downloads = ModelLogEntry.objects.filter(
        object_id=str(takedown.pk), action="unitsites.takedown.evidence"
    )
    if username in HANDLERS_H_A:
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == MINIMAL_PDF
        assert response["Content-Disposition"].startswith("attachment;")
        assert evidence_url(takedown) in detail
        assert list(downloads.values_list("user__username", flat=True)) == [username]
    else:
        assert response.status_code == 404
        assert evidence_url(takedown) not in detail
        assert not downloads.exists()


def test_nobody_signed_out_downloads_it(with_evidence):
    response = Client().get(evidence_url(with_evidence))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_request_without_evidence_has_nothing_to_download(unit_a, login):
    send()
    takedown = received(unit_a).get()
    client = login("approver-h-a")
    assert client.get(evidence_url(takedown)).status_code == 404
    assert (
        evidence_url(takedown) not in client.get(f"/admin/takedown/{takedown.pk}/").content.decode()
    )


# Retention ---------------------------------------------------------------------------------


def test_the_purge_deletes_the_evidence_file(with_evidence):
    takedown = with_evidence
    name = takedown.evidence.name
    takedown.move_to(TakedownStatus.TAKEN_DOWN, user_named("approver-h-a"))
    later = timezone.now() + timedelta(days=takedown.page.retention_days + 1)

    assert purge(TAKEDOWN_REQUESTS, later).anonymised == 1

    takedown.refresh_from_db()
    assert not takedown.evidence
    assert not default_storage.exists(name)


def test_an_open_request_keeps_its_evidence_through_the_purge(with_evidence):
    later = timezone.now() + timedelta(days=with_evidence.page.retention_days + 1)
    assert purge(TAKEDOWN_REQUESTS, later).anonymised == 0
    assert default_storage.exists(with_evidence.evidence.name)


# The reported page -------------------------------------------------------------------------


def report_about(unit_a, address):
    assert send(content_url=address).status_code == 200
    return received(unit_a).get()


def about_page(unit, language="th"):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
    return home.get_children().get(slug="about")


@pytest.fixture
def wrong_news(unit_a):
    """A live page of H-A at /about/wrong-news/."""
    page = ContentPage(title="ข่าวที่ถูกแจ้ง", slug="wrong-news", **REQUEST)
    return add_live(about_page(unit_a), page)


def unpublish_link(page, takedown):
    return f'href="/admin/pages/{page.pk}/unpublish/?next=%2Fadmin%2Ftakedown%2F{takedown.pk}%2F"'


@pytest.mark.parametrize("username", sorted(HANDLERS_H_A))
def test_a_handler_goes_from_the_request_to_unpublishing_the_page(
    unit_a, wrong_news, login, username
):
    takedown = report_about(unit_a, "http://hospital-a.localhost/about/wrong-news/")
    client = login(username)
    detail = client.get(f"/admin/takedown/{takedown.pk}/").content.decode()
    assert unpublish_link(wrong_news, takedown) in detail
    assert "ที่อยู่นี้คือหน้า “ข่าวที่ถูกแจ้ง” ของหน่วยงาน" in detail

    response = client.post(
        f"/admin/pages/{wrong_news.pk}/unpublish/", {"next": f"/admin/takedown/{takedown.pk}/"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/admin/takedown/{takedown.pk}/"
    assert not Page.objects.get(pk=wrong_news.pk).live
    recorded = client.post(f"/admin/takedown/{takedown.pk}/", {"status": TakedownStatus.TAKEN_DOWN})
    assert recorded.status_code == 302
    takedown.refresh_from_db()
    assert takedown.status == TakedownStatus.TAKEN_DOWN
    after = client.get(f"/admin/takedown/{takedown.pk}/").content.decode()
    assert "หน้านี้ไม่ได้เผยแพร่อยู่" in after and "/unpublish/" not in after


def test_a_units_section_is_found_but_never_offered_for_unpublishing(unit_a, login):
    """Sections are provisioned: only superusers unpublish them. The English address finds the
    English section."""
    takedown = report_about(unit_a, "http://hospital-a.localhost/en/about/")
    detail = login("moderator").get(f"/admin/takedown/{takedown.pk}/").content.decode()
    english, thai = about_page(unit_a, "en"), about_page(unit_a)
    assert f"“{english.title}”" in detail and f"“{thai.title}”" not in detail
    assert "/unpublish/" not in detail
    assert "ท่านไม่มีสิทธิ์ยกเลิกการเผยแพร่หน้านี้" in detail


def test_an_address_that_is_no_page_of_the_unit_is_said_in_thai(unit_a, login):
    takedown = report_about(unit_a, "http://hospital-a.localhost/about/no-such-page/")
    detail = login("approver-h-a").get(f"/admin/takedown/{takedown.pk}/").content.decode()
    assert "ที่อยู่นี้ไม่ใช่หน้าใดในเว็บไซต์ของหน่วยงานนี้" in detail
    assert "/unpublish/" not in detail


def test_a_handler_who_may_not_publish_gets_no_link(unit_a, wrong_news, login):
    takedown = report_about(unit_a, "http://hospital-a.localhost/about/wrong-news/")
    approver = user_named("approver-h-a")
    publish = Permission.objects.get(codename="publish_page")
    removed, _ = GroupPagePermission.objects.filter(
        group__in=approver.groups.all(), permission=publish
    ).delete()
    assert removed
    detail = login("approver-h-a").get(f"/admin/takedown/{takedown.pk}/").content.decode()
    assert "/unpublish/" not in detail
    assert "ท่านไม่มีสิทธิ์ยกเลิกการเผยแพร่หน้านี้" in detail
