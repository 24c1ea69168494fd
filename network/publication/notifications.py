"""The workflow's e-mails, in Thai (the office's working language) whatever the reader's admin
language. Wagtail's own approval and rejection e-mails reach only the requester, in mixed
languages and without the reason's context, so these replace them (see network.signals)."""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import uri_to_iri

from wagtail.admin.mail import send_mail

from network.models import Role, signatory
from network.models.approval import reviewers_of, role_members, unit_of_page
from network.publication.records import category_of


def admin_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _addresses(users):
    return [user.email for user in users if user is not None and user.is_active and user.email]


def send(template, context, addresses):
    """Render network/emails/<template>(_subject).txt in Thai and send one message to all."""
    recipients = sorted({address.strip() for address in addresses if address and address.strip()})
    if not recipients:
        return 0
    with translation.override("th"):
        subject = render_to_string(f"network/emails/{template}_subject.txt", context)
        body = render_to_string(f"network/emails/{template}.txt", context)
    return send_mail(" ".join(subject.split()), body.strip(), recipients)


def request_context(page, **extra):
    """What every workflow e-mail says about a request; `page` carries the request's revision."""
    return {
        "page": page,
        "unit": unit_of_page(page),
        "category": category_of(page),
        "edit_url": admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk])),
        "public_url": uri_to_iri(page.get_full_url()),
        **extra,
    }


def notify_submitted(task_state, user=None):
    """Tell the reviewers of the page's unit (never the whole network) that a request waits."""
    page = task_state.revision.as_object()
    recipients = reviewers_of(unit_of_page(page))
    if user is not None:
        recipients = recipients.exclude(pk=user.pk)
    context = request_context(page, requester=signatory(task_state.workflow_state.requested_by))
    return send("request_submitted", context, _addresses(recipients))


def _requester_and_owner(workflow_state, page):
    return [*_addresses([workflow_state.requested_by]), getattr(page, "owner_email", "")]


def notify_approved(workflow_state, user=None):
    """Tell the requester and the information owner, with the public link (W-04)."""
    page = workflow_state.content_object.get_latest_revision_as_object()
    scheduled_for = page.get_latest_revision().approved_go_live_at
    context = request_context(page, approver=signatory(user), scheduled_for=scheduled_for)
    return send("request_approved", context, _requester_and_owner(workflow_state, page))


def notify_rejected(workflow_state, user=None):
    """Tell the requester and the information owner, with the approver's reason (W-04)."""
    task_state = workflow_state.current_task_state
    page = task_state.revision.as_object()
    context = request_context(page, approver=signatory(user), reason=task_state.comment)
    return send("request_rejected", context, _requester_and_owner(workflow_state, page))


def notify_verbal_approval(verbal_approval):
    """Tell the named approver at once, and ask the unit's approvers to confirm (W-05)."""
    page = verbal_approval.revision.as_object()
    context = request_context(
        page,
        verbal_approval=verbal_approval,
        publisher=signatory(verbal_approval.published_by),
        dashboard_url=admin_url(reverse("wagtailadmin_home")),
    )
    approvers = [*role_members(Role.APPROVER, verbal_approval.unit), verbal_approval.approver]
    return send("verbal_approval", context, _addresses(approvers))


def notify_expiry(page, unit, days_before):
    """Remind the unit's editors that a page comes down soon (seed §3.2)."""
    context = request_context(page, days_before=days_before)
    return send("expiry_reminder", context, _addresses(role_members(Role.EDITOR, unit)))
