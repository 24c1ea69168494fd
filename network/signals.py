from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import (
    page_published,
    page_unpublished,
    task_submitted,
    workflow_approved,
    workflow_rejected,
)

from network.hosts import forget_unit_hosts
from network.models import Unit, UnitApprovalTask
from network.publication import notifications
from network.publication.expiry import expire_translations
from network.publication.records import record_publication

# Wagtail's own approval and rejection e-mails go to the requester only, half in English;
# network.publication.notifications sends the Thai ones to the requester and the owner.
WAGTAIL_NOTIFIERS = {
    workflow_approved: "workflow_state_approved_email_notification",
    workflow_rejected: "workflow_state_rejected_email_notification",
}


def replace_wagtail_notifiers():
    for signal, dispatch_uid in WAGTAIL_NOTIFIERS.items():
        signal.disconnect(sender=WorkflowState, dispatch_uid=dispatch_uid)


@receiver(post_save, sender=Unit)
@receiver(post_delete, sender=Unit)
def refresh_unit_hosts(sender, **kwargs):
    forget_unit_hosts()


def _is_page_workflow(workflow_state):
    return isinstance(workflow_state.content_object, Page)


@receiver(task_submitted, sender=TaskState)
def tell_reviewers(sender, instance, user=None, **kwargs):
    if isinstance(instance.task.specific, UnitApprovalTask) and _is_page_workflow(
        instance.workflow_state
    ):
        notifications.notify_submitted(instance, user)


@receiver(workflow_approved, sender=WorkflowState)
def tell_approved(sender, instance, user=None, **kwargs):
    if _is_page_workflow(instance):
        notifications.notify_approved(instance, user)


@receiver(workflow_rejected, sender=WorkflowState)
def tell_rejected(sender, instance, user=None, **kwargs):
    if _is_page_workflow(instance):
        notifications.notify_rejected(instance, user)


@receiver(page_published)
def record(sender, instance, revision, alias=False, **kwargs):
    # A publication scheduled for later is recorded when it goes live; aliases follow their
    # source page, whose own record covers them.
    if instance.live and not alias:
        record_publication(instance, revision, publisher=get_active_log_context().user)


@receiver(page_unpublished)
def expire_with_source(sender, instance, **kwargs):
    expire_translations(instance)
