"""Staff training (seed §3.5): the province records trainings; each person sees their own, each
unit's site administrators see their unit's people and no other unit's."""

from datetime import date

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

import pytest

from network.models import Training, TrainingAttendance, TrainingTopic, Unit
from tests.conftest import user_named

pytestmark = pytest.mark.django_db

MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DAY = date(2026, 11, 20)


def record(title, attendees, day=DAY, with_certificates=False):
    """A training recorded in code, `attendees` by username."""
    training = Training.objects.create(
        title=title, date=day, hours="6", topics=[TrainingTopic.INFORMATION_SECURITY]
    )
    for username in attendees:
        attendance = TrainingAttendance(training=training, user=user_named(username))
        if with_certificates:
            attendance.certificate.save("cert.pdf", ContentFile(MINIMAL_PDF), save=False)
        attendance.save()
    return training


def form_data(title, attendances=(), new_attendees=(), **changes):
    """The training form as the admin posts it: existing attendance rows, then new ones."""
    rows = [(attendance.pk, attendance.user_id) for attendance in attendances]
    rows += [("", user_named(username).pk) for username in new_attendees]
    data = {
        "title": title,
        "date": DAY.isoformat(),
        "hours": "3.5",
        "topics": [TrainingTopic.SITE_MANAGEMENT, TrainingTopic.COMPUTER_CRIME_ACT],
        "organiser": "สำนักงานสาธารณสุขจังหวัดสตูล",
        "attendances-TOTAL_FORMS": str(len(rows)),
        "attendances-INITIAL_FORMS": str(len(attendances)),
        "attendances-MIN_NUM_FORMS": "0",
        "attendances-MAX_NUM_FORMS": "1000",
    }
    for index, (pk, user_id) in enumerate(rows):
        data[f"attendances-{index}-id"] = str(pk)
        data[f"attendances-{index}-user"] = str(user_id)
    data.update(changes)
    return data


@pytest.fixture
def training(db):
    return record("อบรมการรักษาความมั่นคงปลอดภัยเว็บไซต์", ["editor-h-a"], with_certificates=True)


def _add(client, training):
    client.post(reverse("trainings:add"), form_data("อบรมเมทริกซ์", new_attendees=["editor-h-b"]))
    return Training.objects.filter(title="อบรมเมทริกซ์").exists()


def _edit(client, training):
    data = form_data("ชื่อใหม่", attendances=training.attendances.all())
    client.post(reverse("trainings:edit", args=[training.pk]), data)
    return Training.objects.get(pk=training.pk).title == "ชื่อใหม่"


def _delete(client, training):
    client.post(reverse("trainings:delete", args=[training.pk]))
    return not Training.objects.filter(pk=training.pk).exists()


def _list(client, training):
    response = client.get(reverse("trainings:index"))
    return response.status_code == 200 and training.title in response.content.decode()


def _see_unit_a(client, training):
    response = client.get(reverse("network_unit_duties", args=[Unit.objects.get(code="H-A").pk]))
    return response.status_code == 200 and training.title in response.content.decode()


def _certificate(client, training):
    attendance = training.attendances.get()
    response = client.get(
        reverse("network_training_certificate", args=["attendance", attendance.pk])
    )
    return response.status_code == 200 and b"".join(response.streaming_content) == MINIMAL_PDF


ACTIONS = {
    "list": _list,
    "add": _add,
    "edit": _edit,
    "delete": _delete,
    "see unit H-A": _see_unit_a,
    "certificate": _certificate,
}
# editor-h-a attended; approver-h-a heads the same unit; editor-h-b works in another.
ALLOWED = {
    "moderator": set(ACTIONS),
    "central-admin": set(ACTIONS),
    "approver-h-a": {"see unit H-A", "certificate"},
    "editor-h-a": {"see unit H-A", "certificate"},
    "editor-h-b": set(),
}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("username", ALLOWED)
def test_who_records_and_reads_trainings(login, training, username, action):
    assert ACTIONS[action](login(username), training) == (action in ALLOWED[username])


def test_a_training_is_recorded_with_topics_attendees_and_certificates(login):
    data = form_data("อบรม พ.ร.บ.คอมพิวเตอร์", new_attendees=["editor-h-a", "approver-h-b"])
    data["certificate"] = SimpleUploadedFile("all.pdf", MINIMAL_PDF, "application/pdf")
    data["attendances-0-certificate"] = SimpleUploadedFile("a.pdf", MINIMAL_PDF)
    response = login("moderator").post(reverse("trainings:add"), data)
    assert response.status_code == 302
    training = Training.objects.get(title="อบรม พ.ร.บ.คอมพิวเตอร์")
    assert training.topics == ["site_management", "computer_crime_act"]
    assert str(training.hours) == "3.5"
    assert training.certificate.name.startswith("documents/training-certificates/")
    attendees = {a.user.username: bool(a.certificate) for a in training.attendances.all()}
    assert attendees == {"editor-h-a": True, "approver-h-b": False}


def test_a_certificate_that_is_not_what_its_name_says_is_refused_in_thai(login):
    data = form_data("อบรมไฟล์ปลอม", new_attendees=["editor-h-a"])
    data["attendances-0-certificate"] = SimpleUploadedFile("a.pdf", b"<html>not a pdf</html>")
    response = login("moderator").post(reverse("trainings:add"), data)
    assert response.status_code == 200
    assert "เนื้อหาของไฟล์นี้ไม่ใช่เอกสาร .pdf" in response.content.decode()
    assert not Training.objects.filter(title="อบรมไฟล์ปลอม").exists()


def test_only_staff_accounts_attend(login, django_user_model):
    outsider = django_user_model.objects.create_user("citizen", "citizen@example.test", "x")
    data = form_data("อบรมบุคคลภายนอก")
    data.update({"attendances-TOTAL_FORMS": "1", "attendances-0-user": str(outsider.pk)})
    response = login("moderator").post(reverse("trainings:add"), data)
    assert response.status_code == 200
    assert not Training.objects.filter(title="อบรมบุคคลภายนอก").exists()


def test_each_person_sees_their_own_trainings_only(login, training):
    other = record("อบรมของโรงพยาบาลบี", ["editor-h-b"])
    mine = login("editor-h-a").get(reverse("network_my_trainings")).content.decode()
    assert f'data-training="{training.pk}"' in mine and f'data-training="{other.pk}"' not in mine
    assert "การรักษาความมั่นคงปลอดภัยสารสนเทศ" in mine  # the topic, in Thai
    theirs = login("editor-h-b").get(reverse("network_my_trainings")).content.decode()
    assert f'data-training="{other.pk}"' in theirs and training.title not in theirs


def test_a_units_page_shows_its_own_people_never_another_units(login, training, unit_a, unit_b):
    page = login("editor-h-b").get(reverse("network_unit_duties", args=[unit_b.pk]))
    html = page.content.decode()
    assert 'data-person="editor-h-b"' in html and 'data-person="editor-h-a"' not in html
    assert (
        login("editor-h-b").get(reverse("network_unit_duties", args=[unit_a.pk])).status_code == 404
    )
    own = login("approver-h-a").get(reverse("network_unit_duties", args=[unit_a.pk]))
    assert 'data-person="editor-h-a"' in own.content.decode()
    assert 'data-trainings="1"' in own.content.decode()
