"""Taking content down on time (seed §3.2, W-07): the scheduler, its lease and the reminders."""

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail import hooks
from wagtail.models import Locale, Page, PageLogEntry

import pytest

from network.models import ExpiryReminder, SchedulerLease
from network.scheduler import JOBS_HOOK, claim_lease, release_lease, tick
from tests.conftest import user_named
from tests.network.conftest import approve, arrive, edit_url

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision(user=user_named("editor-h-a"))
    return approve(page)


def expire(page, when):
    """As if `expire_at` had been approved with the page and the time had come."""
    Page.objects.filter(pk=page.pk).update(expire_at=when)


def test_an_expired_page_leaves_the_public_site_and_stays_in_the_admin(
    make_page, login, unit_a, client
):
    page = publish(make_page(unit_a))
    url = f"/about/{page.slug}/"
    assert client.get(url, HTTP_HOST=unit_a.hostname).status_code == 200
    expire(page, timezone.now() - timedelta(minutes=1))

    call_command("run_scheduler", "--once")

    assert client.get(url, HTTP_HOST=unit_a.hostname).status_code == 404
    page.refresh_from_db()
    assert (page.live, page.expired) == (False, True)
    editor = login("editor-h-a")
    assert editor.get(edit_url(page)).status_code == 200
    history = editor.get(f"/admin/pages/{page.pk}/history/")
    assert history.status_code == 200
    assert PageLogEntry.objects.filter(page=page, action="wagtail.unpublish.scheduled").exists()


def test_translations_expire_with_their_thai_page(make_page, unit_a, client):
    page = publish(make_page(unit_a))
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Flu vaccination campaign"
    publish(english)
    assert client.get(f"/en/about/{english.slug}/", HTTP_HOST=unit_a.hostname).status_code == 200
    expire(page, timezone.now() - timedelta(minutes=1))

    call_command("run_scheduler", "--once")

    english.refresh_from_db()
    assert (english.live, english.expired) == (False, True)
    assert client.get(f"/en/about/{english.slug}/", HTTP_HOST=unit_a.hostname).status_code == 404


def test_a_scheduled_start_goes_live_with_the_scheduler(make_page, unit_a, client):
    page = make_page(unit_a)
    page.go_live_at = timezone.now() + timedelta(days=1)
    revision = page.save_revision(user=user_named("editor-h-a"))
    approve(page)
    assert client.get(f"/about/{page.slug}/", HTTP_HOST=unit_a.hostname).status_code == 404
    arrive(revision)

    call_command("run_scheduler", "--once")

    assert client.get(f"/about/{page.slug}/", HTTP_HOST=unit_a.hostname).status_code == 200


def test_only_one_scheduler_holds_the_lease():
    now = timezone.now()
    assert claim_lease("scheduler-a", now)
    assert not claim_lease("scheduler-b", now)
    assert claim_lease("scheduler-a", now + timedelta(minutes=1))  # renewal
    assert not claim_lease("scheduler-b", now + timedelta(minutes=2))
    # A scheduler that dies is replaced once its lease runs out.
    assert claim_lease("scheduler-b", now + timedelta(minutes=10))
    assert SchedulerLease.objects.get().holder == "scheduler-b"
    release_lease("scheduler-b")
    assert claim_lease("scheduler-a")


def test_two_schedulers_at_once_do_the_work_once(make_page, unit_a):
    page = publish(make_page(unit_a))
    expire(page, timezone.now() + timedelta(days=2))
    mail.outbox.clear()
    rounds = []

    def second_scheduler(now):
        """Scheduler B wakes up while A is in the middle of its round."""
        rounds.append(tick("scheduler-b"))

    with hooks.register_temporarily(JOBS_HOOK, second_scheduler):
        first = tick("scheduler-a")
    second = tick("scheduler-b")

    assert first is not None and "expiry_reminders" in first
    assert rounds == [None]
    assert second is None
    assert ExpiryReminder.objects.filter(page=page).count() == 1
    assert len(mail.outbox) == 1


def test_editors_are_reminded_seven_days_and_one_day_before_expiry(make_page, unit_a, unit_b):
    page = publish(make_page(unit_a))
    now = timezone.now()
    end = now + timedelta(days=6, hours=12)
    expire(page, end)
    mail.outbox.clear()

    tick("scheduler", now)
    tick("scheduler", now + timedelta(hours=1))  # once per threshold, whatever the rounds

    [week] = mail.outbox
    assert sorted(week.to) == ["editor2@h-a.test", "editor@h-a.test"]
    assert "7 วัน" in week.subject
    assert page.title in week.body

    tick("scheduler", end - timedelta(hours=20))
    assert len(mail.outbox) == 2
    assert "1 วัน" in mail.outbox[1].subject
    assert list(
        ExpiryReminder.objects.filter(page=page)
        .order_by("sent_at")
        .values_list("days_before", flat=True)
    ) == [7, 1]
