from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from wagtail.log_actions import get_active_log_context
from wagtail.models import Page, Revision, TaskState, WorkflowState, get_default_page_content_type
from wagtail.signals import (
    page_published,
    page_unpublished,
    pre_page_move,
    task_submitted,
    workflow_approved,
    workflow_rejected,
)

from network import staff_notices
from network.models import Unit, UnitApprovalTask
from network.publication import notifications
from network.publication.expiry import expire_translations
from network.publication.guard import check_move, check_publication
from network.publication.records import record_publication
from unitsites.models import Question, ServiceSubmission, TakedownRequest
from web.hosts import forget_unit_hosts

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


@receiver(post_save, sender=ServiceSubmission)
def tell_staff_of_submission(sender, instance, created, raw=False, **kwargs):
    # One recorded already answered (the demo's, an import) waits for nobody.
    if created and not raw and not instance.is_resolved:
        staff_notices.announce_submission(instance)


@receiver(post_save, sender=Question)
def tell_staff_of_question(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        staff_notices.announce_question(instance)


@receiver(post_save, sender=TakedownRequest)
def tell_reviewers_of_takedown(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        staff_notices.announce_takedown(instance)


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


@receiver(pre_save)
def guard_going_live(sender, instance, raw=False, update_fields=None, **kwargs):
    """A unit page saved live with a version that was not live before must be approved."""
    if raw or not isinstance(instance, Page) or not instance.live:
        return
    if update_fields is not None and not {"live", "live_revision"} & set(update_fields):
        return
    published_revision_id = None
    if instance.pk is not None:
        stored = Page.objects.filter(pk=instance.pk).values_list("live", "live_revision").first()
        if stored is not None:
            was_live, published_revision_id = stored
            if was_live and published_revision_id == instance.live_revision_id:
                return
    check_publication(instance, instance.live_revision, published_revision_id)


@receiver(pre_save, sender=Revision)
def guard_scheduling(sender, instance, raw=False, update_fields=None, **kwargs):
    """Scheduling a revision to go live later is publishing it: the same approval is needed."""
    if raw or instance.approved_go_live_at is None or instance.pk is None:
        return
    if update_fields is not None and "approved_go_live_at" not in update_fields:
        return
    if instance.base_content_type_id != get_default_page_content_type().pk:
        return
    page = Page.objects.filter(pk=instance.object_id).first()
    if page is not None:
        check_publication(page, instance, page.live_revision_id)


@receiver(pre_page_move)
def guard_move(sender, instance, parent_page_after, **kwargs):
    check_move(instance, parent_page_after)
