"""Moderating the questions-and-answers boards in the admin (issue #7 item 2).

A unit's editors and approvers answer, publish and reject the questions of their own unit's
boards, the provincial moderators those of every unit; nobody else sees them, the central
administrators included. Who may moderate a board follows who may edit it: the boards the user
holds the "change" or "publish" page permission on. Every view takes its questions from that
scope, so another unit's question answers 404 and a user without any board 403.
"""

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.mail import send_mail
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import BasePermissionPolicy

from network.access import pages_in_care_of
from unitsites.models.questions import Question, QuestionBoardPage
from unitsites.personal_data_log import LoggedListingMixin, log_access_per_page
from web.spreadsheets import SafeSpreadsheetExportMixin

MODERATION_ACTIONS = frozenset({"change", "delete", "view"})  # questions come from the public
PUBLISH_LOG_ACTION = "unitsites.question.publish"
REJECT_LOG_ACTION = "unitsites.question.reject"


class QuestionPermissionPolicy(BasePermissionPolicy):
    """Questions may be moderated by those who may edit or publish their board."""

    def moderated_boards(self, user):
        return QuestionBoardPage.objects.filter(pk__in=pages_in_care_of(user).values("pk"))

    def user_has_permission(self, user, action):
        return action in MODERATION_ACTIONS and self.moderated_boards(user).exists()

    def instances_user_has_permission_for(self, user, action):
        if action not in MODERATION_ACTIONS:
            return Question.objects.none()
        return Question.objects.filter(board__in=self.moderated_boards(user))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()


question_permission_policy = QuestionPermissionPolicy(Question)


def moderated_questions(user):
    return question_permission_policy.instances_user_has_permission_for(user, "change")


class QuestionIndexView(LoggedListingMixin, SafeSpreadsheetExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return moderated_questions(self.request.user).select_related("board")

    def log_listing(self, rows, export_format):
        log_access_per_page(self.request.user, rows, lambda q: q.board, export_format)


class QuestionEditView(generic.EditView):
    """Write the answer, then save it as a draft, publish the question with it or reject it."""

    template_name = "unitsites/admin/question_edit.html"
    actions = ["edit", "publish", "reject"]
    log_actions = {"publish": PUBLISH_LOG_ACTION, "reject": REJECT_LOG_ACTION}

    def get_queryset(self):
        return moderated_questions(self.request.user).select_related("board")

    def is_valid(self, form):
        valid = super().is_valid(form)
        if valid and self.action == "publish" and not form.cleaned_data["answer"].strip():
            form.add_error("answer", _("Write the answer before publishing the question."))
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return False
        return valid

    def save_instance(self):
        question = self.form.instance
        was_published = question.is_published  # the form does not change the status
        user = self.request.user
        now = timezone.now()
        if "answer" in self.form.changed_data:
            question.record_answer(user, now)
        if self.action == "publish" or (was_published and self.form.has_changed()):
            question.publish(user, now)  # changing a published answer approves it anew
        elif self.action == "reject":
            question.reject()
        self.action_class(
            question,
            user=user,
            form=self.form,
            log_action=self.log_actions.get(self.action, "wagtail.edit"),
        ).execute(skip_permission_checks=True)
        if self.action == "publish" and not was_published:
            notify_asker(question)
        return question

    def get_success_message(self):
        if self.action == "publish":
            return _("The question and its answer are published on the board.")
        if self.action == "reject":
            return _("The question was rejected; it will not appear on the board.")
        return super().get_success_message()


class QuestionDeleteView(generic.DeleteView):
    def get_queryset(self):
        return moderated_questions(self.request.user)


class QuestionHistoryView(HistoryView):
    def get_base_object_queryset(self):
        return moderated_questions(self.request.user)


class QuestionUsageView(UsageView):
    def get_base_object_queryset(self):
        return moderated_questions(self.request.user)


def notify_asker(question):
    """E-mail the asker the link to the published answer, in the language they asked in."""
    if not question.asker_email or not question.answer:
        return 0
    context = {"question": question, "board": question.board, "url": question.public_url()}
    with translation.override(question.language):
        subject = render_to_string("unitsites/emails/question_answered_subject.txt", context)
        body = render_to_string("unitsites/emails/question_answered.txt", context)
    return send_mail(" ".join(subject.split()), body.strip(), [question.asker_email])


class QuestionViewSet(ModelViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions and answers")
    menu_order = 250
    add_to_admin_menu = True
    add_to_reference_index = False
    copy_view_enabled = False
    form_fields = ["text", "answer"]
    index_view_class = QuestionIndexView
    edit_view_class = QuestionEditView
    delete_view_class = QuestionDeleteView
    history_view_class = QuestionHistoryView
    usage_view_class = QuestionUsageView
    list_display = ["text", "board_site", "asked_at", "status"]
    list_filter = ["status"]
    list_export = ["board_site", "asked_at", "text", "answer", "status", "answered_at"]
    search_fields = ["text", "answer"]
    ordering = ["-asked_at"]


question_viewset = QuestionViewSet("questions")
