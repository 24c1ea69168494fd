"""Telling a unit's staff (its active editors and approvers with an e-mail address) that
something arrived for them: an e-service submission or a question on the board; and its
approvers and the provincial moderators of a notice-and-takedown request, which they decide.

Each person chooses in their account settings between an e-mail for each item at once and one
daily digest. Every item is recorded per person (StaffNotice), so nobody is told of an item
twice; an e-mail that fails is logged and its item waits for the next digest. The e-mails name
the unit, the kind, the reference, the form's or board's title and the admin link, never what
the person wrote (P-05, P-07).

network.signals calls `announce_submission`, `announce_question` and `announce_takedown` when
one is saved. A new kind of item adds its NoticeKind, an `announce_...` function here and a
receiver there.
"""

import logging
from functools import partial

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from network.models import (
    Delivery,
    NoticeKind,
    NotificationPreference,
    StaffDigest,
    StaffNotice,
)
from network.models.approval import reviewers_of, unit_staff
from network.publication.notifications import admin_url, send

logger = logging.getLogger(__name__)

DIGEST_HOUR = 7  # local time: the digest is waiting when the office opens


def delivery_of(user):
    preference = NotificationPreference.objects.filter(user=user).first()
    return preference.delivery if preference else Delivery.IMMEDIATE


def _context(notices):
    return {
        "notices": [(notice, admin_url(notice.admin_path)) for notice in notices],
        "account_url": admin_url(reverse("wagtailadmin_account")),
    }


def _deliver(template, user, notices, now, **marks):
    """E-mail `notices` to `user` and mark them sent (with `marks`); a failure is logged and
    they stay unsent, for the next digest."""
    try:
        send(template, {**_context(notices), "notice": notices[0]}, [user.email])
    except Exception:  # the mail server's failure must not lose the item or stop the others
        logger.exception("Could not e-mail %s to %s", template, user.username)
        return 0
    StaffNotice.objects.filter(pk__in=[notice.pk for notice in notices]).update(
        sent_at=now, **marks
    )
    return 1


def announce(unit, kind, item, reference, title, admin_path, people=unit_staff):
    """Record the item for each of `people(unit)` (the unit's staff unless said) and e-mail
    those who want it at once; returns how many e-mails went out."""
    now = timezone.now()
    sent = 0
    for user in people(unit).exclude(email=""):
        notice, created = StaffNotice.objects.get_or_create(
            user=user,
            kind=kind,
            item=item,
            defaults={
                "unit": unit,
                "reference": reference,
                "title": title,
                "admin_path": admin_path,
            },
        )
        if created and delivery_of(user) == Delivery.IMMEDIATE:
            sent += _deliver("staff_notice", user, [notice], now)
    return sent


def announce_after_commit(*args, **kwargs):
    """`announce` once the item is saved for good; its failure is logged, never the caller's."""
    transaction.on_commit(partial(announce, *args, **kwargs), robust=True)


def announce_submission(submission):
    announce_after_commit(
        submission.unit,
        NoticeKind.SUBMISSION,
        f"submission:{submission.pk}",
        submission.reference,  # as unitsites.eservices.references numbers it
        submission.page.title,
        reverse("eservice_submission", args=[submission.pk]),
    )


def announce_question(question):
    board = question.board
    announce_after_commit(
        board.unit,
        NoticeKind.QUESTION,
        f"question:{question.pk}",
        str(question.pk),  # the question's number in the admin
        board.title,
        reverse("questions:edit", args=[question.pk]),
    )


def announce_takedown(takedown):
    """To those who decide it: the unit's approvers and the provincial moderators."""
    announce_after_commit(
        takedown.unit,
        NoticeKind.TAKEDOWN,
        f"takedown:{takedown.pk}",
        takedown.reference,  # numbered as e-service submissions are
        takedown.page.title,
        reverse("takedown_request", args=[takedown.pk]),
        people=reviewers_of,
    )


def _send_digest(user, day, now):
    try:
        with transaction.atomic():
            # The (user, day) row is the guard: a second round the same day cannot create it.
            digest = StaffDigest.objects.create(user=user, day=day)
    except IntegrityError:
        return 0
    notices = StaffNotice.objects.filter(user=user, sent_at__isnull=True).select_related("unit")
    notices = list(notices)
    return _deliver("staff_digest", user, notices, now, digest=digest) if notices else 0


def send_daily_digests(now):
    """From DIGEST_HOUR (local time), one e-mail per person with their items not yet sent, at
    most one a day; returns how many e-mails went out."""
    local_now = timezone.localtime(now)
    if local_now.hour < DIGEST_HOUR:
        return 0
    day = local_now.date()
    waiting = (
        StaffNotice.objects.filter(sent_at__isnull=True, user__is_active=True)
        .exclude(user__email="")
        .exclude(user__staff_digests__day=day)
    )
    users = {notice.user for notice in waiting.select_related("user")}
    return sum(_send_digest(user, day, now) for user in sorted(users, key=lambda u: u.pk))
