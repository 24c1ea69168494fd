"""The urgent path (seed §2.2, REQUIREMENTS W-05): an editor publishes at once under a verbal
approval, and the unit's approvers confirm it in the system afterwards.

Editors hold no publish permission; this service publishes for them after recording who gave
the approval, so the exception is always on the record and in the audit log."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import LogContext, log
from wagtail.models import TaskState

from network.access import can_review_unit, is_unit_editor
from network.models import (
    VerbalApproval,
    missing_signatory_details,
    signatory,
)
from network.models.approval import (
    IncompleteRequest,
    authors_since,
    carries_publication_request,
    reviewers_of,
    unit_of_page,
    unsigned_message,
)
from network.publication.notifications import notify_verbal_approval
from unitsites.thaidates import thai_date

VERBAL_APPROVAL = "network.verbal_approval"
VERBAL_APPROVAL_CONFIRMED = "network.verbal_approval_confirmed"


def can_publish_urgently(user, page):
    """Editors of the page's unit may use the urgent path on its content pages; people who
    may publish anyway do not need it."""
    if not carries_publication_request(page.specific_class):
        return False
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or permissions.can_publish():
        return False
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        return False
    return is_unit_editor(user, unit_of_page(page))


def verbal_approvers(page, editor):
    """Who may be named as having approved an urgent publication of `page`: the reviewers of its
    unit (its approvers and the provincial moderators), never the editor."""
    return reviewers_of(unit_of_page(page)).exclude(pk=editor.pk)


def rejected_since_last_approval(page):
    """Whether the page's latest decision is a rejection: its content then goes back through
    the request, not round it."""
    decisions = TaskState.objects.for_instance(page).filter(
        status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED]
    )
    latest = decisions.order_by("-finished_at", "-pk").values("status", "finished_at").first()
    if latest is None or latest["status"] != TaskState.STATUS_REJECTED:
        return False
    return not page.verbal_approvals.filter(created_at__gt=latest["finished_at"]).exists()


def verbal_approval_errors(page, editor, approver, approved_at):
    """Why `approver` at `approved_at` cannot stand behind publishing `page` now, by field."""
    errors = {}
    revision = page.get_latest_revision()
    # Times are entered to the minute: the minute the version was saved in still counts.
    if not verbal_approvers(page, editor).filter(pk=approver.pk).exists():
        errors["approver"] = _("Choose one of the unit's approvers or a provincial moderator.")
    elif revision is not None and approver.pk in authors_since(
        page, revision, page.live_revision_id
    ):
        errors["approver"] = _(
            "This approver changed the page themselves: another approver must approve it."
        )
    if approved_at > timezone.now():
        errors["approved_at"] = _("The approval cannot have been given in the future.")
    elif revision is not None and approved_at < revision.created_at.replace(
        second=0, microsecond=0
    ):
        errors["approved_at"] = _(
            "The approval cannot come before the version it approves was saved (%(saved)s)."
        ) % {"saved": thai_date(revision.created_at, "short", with_time=True)}
    if approver_unsigned := missing_signatory_details(approver):
        errors["approver"] = unsigned_message(approver_unsigned)
    if editor_unsigned := missing_signatory_details(editor):
        errors[None] = unsigned_message(editor_unsigned)
    if rejected_since_last_approval(page):
        errors[None] = _(
            "This content was rejected after its last approval: change it and submit it for "
            "approval again."
        )
    return errors


@transaction.atomic
def publish_with_verbal_approval(page, editor, approver, approved_at, reason):
    """Publish the latest revision of `page` now, recording the verbal approval behind it."""
    if not can_publish_urgently(editor, page):
        raise PermissionDenied
    revision = page.get_latest_revision()
    content = revision.as_object()
    missing = content.publication_request_errors()
    if missing:
        raise IncompleteRequest(", ".join(sorted(missing)))
    errors = verbal_approval_errors(page, editor, approver, approved_at)
    if errors:
        raise PermissionDenied(" ".join(str(message) for message in errors.values()))
    person = signatory(approver)
    verbal = VerbalApproval.objects.create(
        unit=unit_of_page(page),
        page=page,
        revision=revision,
        page_title=content.title,
        published_by=editor,
        approver=approver,
        approver_name=person.name,
        approver_position=person.position,
        approved_at=approved_at,
        reason=reason,
    )
    with LogContext(user=editor):
        log(
            instance=content,
            action=VERBAL_APPROVAL,
            user=editor,
            revision=revision,
            data={
                "verbal_approval_id": verbal.pk,
                "approver": {"name": person.name, "position": person.position},
                "approved_at": approved_at,
                "reason": reason,
            },
        )
        revision.publish(user=editor, skip_permission_checks=True)
    notify_verbal_approval(verbal)
    return verbal


def can_confirm(user, verbal_approval):
    """The unit's approvers and the moderators confirm; never the editor who published."""
    return (
        not verbal_approval.is_confirmed
        and user.pk != verbal_approval.published_by_id
        and can_review_unit(user, verbal_approval.unit)
    )


@transaction.atomic
def confirm_verbal_approval(verbal_approval, user):
    """Record that an approver confirmed the urgent publication in the system."""
    verbal = VerbalApproval.objects.select_for_update().get(pk=verbal_approval.pk)
    if not can_confirm(user, verbal):
        raise PermissionDenied
    person = signatory(user)
    verbal.confirmed_by = user
    verbal.confirmed_by_name = person.name
    verbal.confirmed_by_position = person.position
    verbal.confirmed_at = timezone.now()
    verbal.save()
    if verbal.page is not None:
        log(
            instance=verbal.page.specific,
            action=VERBAL_APPROVAL_CONFIRMED,
            user=user,
            revision=verbal.revision,
            data={
                "verbal_approval_id": verbal.pk,
                "approver": {"name": verbal.approver_name, "position": verbal.approver_position},
            },
        )
    return verbal
