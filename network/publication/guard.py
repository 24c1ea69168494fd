"""The office's guarantee (seed §2.2, DESIGN "Publication"): nothing of a unit becomes public
without a request approved by someone other than its authors, or a valid verbal approval.

The check runs where a revision becomes live, not at the buttons: a unit page saved live with a
new live revision, a revision scheduled to go live, a page moved between units (network.signals).
So Wagtail's publish button, bulk publish, copy, revert, translation sync, the scheduler and any
code all meet the same rule.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Revision, TaskState

from network.models import UnitApprovalTask, VerbalApproval
from network.models.approval import authors_since, unit_of_page
from unitsites.publishing import system_publication_reason

logger = logging.getLogger(__name__)


class PublicationNotApproved(PermissionDenied):
    """A unit page was about to go live without an approval by someone other than its authors."""


NOT_APPROVED = _(
    "Nothing goes public without an approved request: submit the page for approval. An "
    "approver's or moderator's own page, or one they changed, is approved by another approver "
    "of the unit or a provincial moderator."
)


def workflow_approval(page, revision):
    """The approved unit-approval task that covers `revision`: decided after `revision` was
    saved and before any later revision, so it is the text the reviewer saw. None if none."""
    approvals = TaskState.objects.for_instance(page).filter(
        status=TaskState.STATUS_APPROVED,
        task__in=UnitApprovalTask.objects.values("pk"),
        finished_at__gte=revision.created_at,
    )
    later = page.revisions.filter(created_at__gt=revision.created_at).order_by("created_at")
    next_revision = later.values_list("created_at", flat=True).first()
    if next_revision is not None:
        approvals = approvals.filter(finished_at__lt=next_revision)
    return approvals.select_related("workflow_state").order_by("-finished_at").first()


def approver_of(page, revision, published_revision_id=None):
    """The user id who approved `revision` for publication, or None when nobody validly did:
    an approver who wrote part of the text, or who requested it, does not count."""
    authors = authors_since(page, revision, published_revision_id)
    verbal = VerbalApproval.objects.filter(page=page, revision=revision).exclude(approver=None)
    for approver_id in verbal.values_list("approver_id", flat=True):
        if approver_id not in authors:
            return approver_id
    approval = workflow_approval(page, revision)
    if (
        approval is not None
        and approval.finished_by_id not in authors
        and approval.finished_by_id != approval.workflow_state.requested_by_id
    ):
        return approval.finished_by_id
    return None


def _is_alias_of_own_unit(page, unit):
    """An alias shows a live page of the same unit, whose own approval covers it."""
    source = Page.objects.filter(pk=page.alias_of_id, live=True).first()
    return source is not None and unit_of_page(source) == unit


def check_publication(page, revision, published_revision_id=None):
    """Refuse `revision` of `page` going live unless an approval covers it.

    `published_revision_id` is the revision live before this publication, if any."""
    if system_publication_reason():
        return
    unit = unit_of_page(page)
    if unit is None:
        return  # the portal's own front door is not a unit's publication
    if page.alias_of_id and _is_alias_of_own_unit(page, unit):
        return
    if revision is None or approver_of(page, revision, published_revision_id) is None:
        raise PublicationNotApproved(NOT_APPROVED)


def check_move(page, new_parent):
    """A page stays in its unit's trees: moving it elsewhere would publish it on a site whose
    approvers never saw it."""
    if system_publication_reason():
        return
    if unit_of_page(page) != unit_of_page(new_parent):
        raise PublicationNotApproved(_("A page cannot be moved to another unit's site."))


def revoke_unapproved_schedules(now):
    """Clear the schedule of every due page revision that no approval covers; their count."""
    revoked = 0
    due = Revision.page_revisions.filter(approved_go_live_at__lte=now).select_related("user")
    for revision in due:
        page = Page.objects.filter(pk=revision.object_id).first()
        if page is None:
            continue
        try:
            check_publication(page, revision, page.live_revision_id)
        except PublicationNotApproved:
            Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
            logger.warning("Revoked the unapproved schedule of %r (revision %s)", page, revision.pk)
            revoked += 1
    return revoked
