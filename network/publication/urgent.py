"""The urgent path (seed §2.2, REQUIREMENTS W-05): an editor publishes at once under a verbal
approval, and the unit's approvers confirm it in the system afterwards.

Editors hold no publish permission; this service publishes for them after recording who gave
the approval, so the exception is always on the record and in the audit log."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import LogContext, log

from network.models import Role, UnitRoleGroup, VerbalApproval, signatory
from network.models.approval import IncompleteRequest, can_review_unit, unit_of_page
from network.publication.notifications import notify_verbal_approval

VERBAL_APPROVAL = "network.verbal_approval"
VERBAL_APPROVAL_CONFIRMED = "network.verbal_approval_confirmed"


def can_publish_urgently(user, page):
    """Editors of the page's unit may use the urgent path on its content pages; people who
    may publish anyway do not need it."""
    if not hasattr(page.specific_class, "publication_request_errors"):
        return False
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit() or permissions.can_publish():
        return False
    lock = page.get_lock()
    if lock is not None and lock.for_user(user):
        return False
    return UnitRoleGroup.objects.filter(
        unit=unit_of_page(page), role=Role.EDITOR, group__user=user
    ).exists()


@transaction.atomic
def publish_with_verbal_approval(
    page, editor, approver_name, approver_position, approved_at, reason
):
    """Publish the latest revision of `page` now, recording the verbal approval behind it."""
    if not can_publish_urgently(editor, page):
        raise PermissionDenied
    revision = page.get_latest_revision()
    content = revision.as_object()
    missing = content.publication_request_errors()
    if missing:
        raise IncompleteRequest(", ".join(sorted(missing)))
    verbal = VerbalApproval.objects.create(
        unit=unit_of_page(page),
        page=page,
        revision=revision,
        page_title=content.title,
        published_by=editor,
        approver_name=approver_name,
        approver_position=approver_position,
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
                "approver": {"name": approver_name, "position": approver_position},
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
