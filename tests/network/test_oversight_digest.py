"""The weekly digest of pages overdue for review, sent by the scheduler to the unit's editors."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest

from network.models import ReviewDigest
from network.oversight.review import send_review_digests
from network.scheduler import tick

from .oversight import backdate, content

pytestmark = pytest.mark.django_db


def test_editors_of_the_unit_get_one_digest_a_week(unit_a):
    page = content(unit_a, "knowledge", slug="stale")
    backdate(page, 200)
    now = timezone.now()
    assert send_review_digests(now) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == ["editor2@h-a.test", "editor@h-a.test"]  # not the approver
    assert "โรงพยาบาลเอ" in message.subject and "หน้า stale" in message.body
    assert f"/admin/pages/{page.pk}/edit/" in message.body
    assert send_review_digests(now + timedelta(hours=1)) == 0  # same ISO week
    assert ReviewDigest.objects.filter(unit=unit_a).count() == 1
    assert send_review_digests(now + timedelta(days=7)) == 1  # the next week
    assert len(mail.outbox) == 2


def test_units_with_nothing_overdue_get_no_mail(unit_b):
    content(unit_b, "knowledge", slug="fresh")
    assert send_review_digests(timezone.now()) == 0
    assert mail.outbox == []
    assert ReviewDigest.objects.get(unit=unit_b).overdue_pages == 0


def test_the_scheduler_runs_the_digest(unit_a):
    backdate(content(unit_a, "knowledge", slug="stale"), 200)
    results = tick("test-scheduler")
    assert results["review_digests"] == "review digests: 1 sent"
    assert [m.subject for m in mail.outbox if "ทบทวน" in m.subject] != []
