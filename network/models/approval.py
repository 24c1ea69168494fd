"""The network's approval step: one task that finds its approvers from the page's own unit.

The office's rule (seed §2.2, REQUIREMENTS W-01, W-06): the head of the group that runs a unit's
site approves what that unit publishes. Provincial moderators may approve for any unit. Nobody
approves their own request.
"""

import unicodedata

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.forms import TaskStateCommentForm
from wagtail.models import Page, Task, TaskState, get_default_page_content_type

from network.access import can_review_unit, pages_reviewed_by, sees_whole_network

from .roles import Role, UnitRoleGroup
from .staff import missing_signatory_details
from .unit import Unit


def unit_of_page(page):
    """The unit whose tree (Thai or English) holds `page`, or None; one query."""
    if not isinstance(page, Page):
        return None  # the task only ever approves pages
    root_path = page.path[: page.steplen * 2]
    return Unit.objects.filter(home_pages__path=root_path).first()


def carries_publication_request(page):
    """Whether `page`'s type goes live through a request to publish (the page types above
    declare it, see unitsites.models.PublicationRequestMixin). Such a page must answer
    `publication_request_errors()`; a missing method is an error, never a silent pass."""
    return getattr(page, "carries_publication_request", False)


def reviewer_groups(unit):
    """The groups whose members may approve for `unit`: its approvers and the moderators."""
    return UnitRoleGroup.objects.filter(
        models.Q(unit=unit, role=Role.APPROVER) | models.Q(unit__isnull=True, role=Role.MODERATOR)
    ).values("group")


def _active_members(groups):
    users = get_user_model().objects.filter(is_active=True, groups__in=groups)
    return users.distinct().order_by("username")


def reviewers_of(unit):
    """Active users who may approve requests of `unit`."""
    return _active_members(reviewer_groups(unit))


def role_members(role, unit):
    """Active users holding a unit role (editor or approver) in `unit`."""
    return _active_members(UnitRoleGroup.objects.filter(unit=unit, role=role).values("group"))


def unit_staff(unit):
    """Active users holding either unit role in `unit`: its editors and approvers."""
    return _active_members(
        UnitRoleGroup.objects.filter(unit=unit, role__in=Role.unit_roles()).values("group")
    )


def authors_since(page, revision, published_revision_id=None):
    """Who wrote the revisions after the version last published, up to `revision` (user ids)."""
    revisions = page.revisions.filter(created_at__lte=revision.created_at)
    if published_revision_id:
        published = page.revisions.filter(pk=published_revision_id).values("created_at")
        revisions = revisions.filter(created_at__gt=published[:1])
    authors = set(revisions.exclude(user=None).values_list("user_id", flat=True))
    if revision.user_id:
        authors.add(revision.user_id)
    return authors


def wrote_unpublished_text(user, page):
    """Whether `user` wrote any of the page's changes not yet published: then they cannot
    approve it (nobody approves their own words)."""
    latest = page.get_latest_revision()
    return latest is not None and user.pk in authors_since(page, latest, page.live_revision_id)


def has_visible_text(text):
    """Whether `text` holds a letter or digit, not only spaces, format or zero-width characters."""
    return any(unicodedata.category(char)[0] in "LN" for char in text)


def unsigned_message(missing):
    """Why an account without its full name or position cannot sign a request or a decision."""
    return _(
        "Add your %(fields)s in your account settings first: the request-to-publish form "
        "carries them."
    ) % {"fields": ", ".join(str(field) for field in missing)}


class RejectionForm(forms.Form):
    """Rejecting needs a reason: it is sent to the requester and the information owner."""

    comment = forms.CharField(
        label=_("Reason"),
        help_text=_("Why the request is not approved; the requester and the owner receive it."),
        widget=forms.Textarea({"rows": 3}),
    )

    def clean_comment(self):
        comment = self.cleaned_data["comment"].strip()
        if not has_visible_text(comment):
            raise forms.ValidationError(_("Give the reason for rejecting the request."))
        return comment


class RejectionWithoutReason(PermissionDenied):
    """A reject action arrived without a reason (e.g. posted from the page editor directly)."""


class SelfApproval(PermissionDenied):
    """A reviewer tried to approve text they wrote themselves."""


class IncompleteRequest(PermissionDenied):
    """The request-to-publish details are not filled in, so the request cannot start."""


class UnitApprovalTask(Task):
    """Approval by the approvers of the page's unit, or by a provincial moderator.

    The approvers are found from the page, not configured on the task, so this one task serves
    every unit of the network.
    """

    class Meta:
        verbose_name = _("unit approval")
        verbose_name_plural = _("unit approvals")

    @classmethod
    def get_description(cls):
        return _("The approvers of the page's own unit, or a provincial moderator, approve.")

    def can_review(self, obj, user):
        return can_review_unit(user, unit_of_page(obj))

    def reviewers(self, obj):
        return reviewers_of(unit_of_page(obj))

    def start(self, workflow_state, user=None):
        unsigned = missing_signatory_details(user) if user is not None else []
        if unsigned:
            raise IncompleteRequest(unsigned_message(unsigned))
        page = workflow_state.content_object.get_latest_revision_as_object()
        missing = page.publication_request_errors() if carries_publication_request(page) else {}
        if missing:
            raise IncompleteRequest(
                _("Fill in the request-to-publish details first: %(fields)s")
                % {"fields": ", ".join(sorted(missing))}
            )
        # A lock held by someone who cannot approve would block the approvers: lift it.
        if page.locked_by_id and not self.can_review(page, page.locked_by):
            Page.objects.filter(pk=page.pk).update(locked=False, locked_by=None, locked_at=None)
        return super().start(workflow_state, user=user)

    def user_can_access_editor(self, obj, user):
        return self.can_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self.can_review(obj, user)

    def user_can_lock(self, obj, user):
        return self.can_review(obj, user)

    def get_actions(self, obj, user):
        if not self.can_review(obj, user):
            return []
        workflow_state = obj.current_workflow_state
        if workflow_state and workflow_state.requested_by_id == user.pk:
            return []  # nobody approves their own request (W-06)
        reject = [("reject", _("Reject"), True)]
        if wrote_unpublished_text(user, obj):
            return reject  # a reviewer who rewrote the text leaves its approval to another
        return reject + [
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_form_for_action(self, action):
        return RejectionForm if action == "reject" else TaskStateCommentForm

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        page = task_state.workflow_state.content_object
        unsigned = missing_signatory_details(user)
        if unsigned:
            raise PermissionDenied(unsigned_message(unsigned))
        if action_name == "approve" and wrote_unpublished_text(user, page):
            # Also when the reviewer's own edit was saved by this very request (the page editor
            # saves the form before acting).
            raise SelfApproval(
                _(
                    "You changed this page while reviewing it, so another approver of the unit "
                    "or a provincial moderator approves it."
                )
            )
        if action_name not in {name for name, _label, _modal in self.get_actions(page, user)}:
            raise PermissionDenied
        # The page editor posts workflow actions without the modal's form (WAGTAIL-NOTES §3).
        if action_name == "reject":
            kwargs["comment"] = (kwargs.get("comment") or "").strip()
            if not has_visible_text(kwargs["comment"]):
                raise RejectionWithoutReason(_("Give the reason for rejecting the request."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if not (user.is_authenticated and user.is_active):
            return TaskState.objects.none()
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS).exclude(
            workflow_state__requested_by=user
        )
        if sees_whole_network(user):
            return states
        page_ids = pages_reviewed_by(user).annotate(
            id_text=Cast("id", output_field=models.CharField())
        )
        return states.filter(
            workflow_state__base_content_type=get_default_page_content_type(),
            workflow_state__object_id__in=page_ids.values("id_text"),
        )
