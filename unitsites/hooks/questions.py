"""Hooks of the questions board: its moderation viewset and permission policy, log entries and
retention purge."""

from django.db.models import Min
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from unitsites.models import Question, QuestionBoardPage, QuestionStatus
from unitsites.retention import log_purge
from unitsites.views.question_moderation import (
    PUBLISH_LOG_ACTION,
    REJECT_LOG_ACTION,
    question_permission_policy,
    question_viewset,
)

# Before any view asks for it, or Wagtail falls back to the model permissions (see the module).
register_permission_policy(Question, question_permission_policy)


@hooks.register("register_admin_viewset")
def register_question_viewset():
    return question_viewset


@hooks.register("register_log_actions")
def register_question_log_actions(actions):
    actions.register_action(PUBLISH_LOG_ACTION, _("Publish question"), _("Question published"))
    actions.register_action(REJECT_LOG_ACTION, _("Reject question"), _("Question rejected"))


@hooks.register("register_scheduler_job")
def purge_expired_questions(now):
    """Past each board's retention period: unpublished questions go, published ones lose the
    asker's name and e-mail (P-06). Only boards holding something past retention are touched."""
    purgeable = Question.objects.exclude(
        status=QuestionStatus.PUBLISHED, asker_name="", asker_email=""
    )
    oldest_by_board = dict(
        purgeable.values_list("board_id").annotate(oldest=Min("asked_at")).order_by()
    )
    deleted = anonymised = 0
    for board in QuestionBoardPage.objects.filter(pk__in=oldest_by_board):
        cutoff = board.retention_cutoff(now)
        if oldest_by_board[board.pk] >= cutoff:
            continue
        board_deleted, board_anonymised = board.purge_expired_questions(now)
        log_purge(
            now,
            "questions",
            board.get_site(),
            cutoff,
            deleted=board_deleted,
            anonymised=board_anonymised,
        )
        deleted += board_deleted
        anonymised += board_anonymised
    return f"questions: {deleted} deleted, {anonymised} anonymised"
