"""Hooks of the questions board: its moderation viewset and permission policy, log entries and
retention purge."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from unitsites.models import Question
from unitsites.questions.admin_views import (
    PUBLISH_LOG_ACTION,
    REJECT_LOG_ACTION,
    question_permission_policy,
    question_viewset,
)
from unitsites.questions.retention import QUESTIONS
from unitsites.retention import purge

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
    asker's name and e-mail (P-06)."""
    return purge(QUESTIONS, now)
