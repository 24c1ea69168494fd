"""The questions-and-answers board of a unit site (ถาม–ตอบ, REQUIREMENTS C-09; issue #7 item 2).

Anyone asks on the board page; the unit's editors answer in the admin, and a question appears
on the board only once an editor has approved it with its answer.

Personal data never appear on the public page: the asker's name is only for the officer who
answers ("Dear ..." in the reply) and the e-mail address only to tell the asker that the answer
is out. The board shows the question, the answer and their dates, nothing about who asked.
When the board's retention period has passed, the scheduler erases the name and address of
published questions and deletes the questions that were never published (P-06).
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel

from web.ratelimit import limit_submissions

from .base import UnitPage
from .privacy import PrivacyNoticeMixin

ASKED_PARAMETER = "asked"


class QuestionStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("question status", "Waiting for an answer or approval")
    PUBLISHED = "published", pgettext_lazy("question status", "Published on the board")
    REJECTED = "rejected", pgettext_lazy("question status", "Rejected")


class Question(models.Model):
    """A question asked on a board, with the unit's answer once an editor writes it."""

    board = models.ForeignKey(
        "unitsites.QuestionBoardPage",
        verbose_name=_("board"),
        on_delete=models.PROTECT,  # evidence: the board is archived, never deleted
        related_name="questions",
    )
    text = models.TextField(
        _("question"),
        max_length=2000,
        help_text=_(
            "Shown on the board once approved. Remove any personal data the asker typed in "
            "(names, telephone numbers, ID numbers) before approving."
        ),
    )
    asker_name = models.CharField(
        _("asker's name"),
        max_length=120,
        blank=True,
        help_text=_("Never shown on the site; only for the officer who answers."),
    )
    asker_email = models.EmailField(
        _("asker's e-mail"),
        blank=True,
        help_text=_("Never shown on the site; the asker is told here when the answer is out."),
    )
    asked_at = models.DateTimeField(_("asked at"), default=timezone.now, db_index=True)
    language = models.CharField(_("language"), max_length=8, default="th")
    consent_given_at = models.DateTimeField(
        _("consent given at"),
        null=True,
        blank=True,
        help_text=_("When the asker ticked the consent box, if the board asks for consent."),
    )
    answer = models.TextField(
        _("answer"),
        max_length=5000,
        blank=True,
        help_text=_("The unit's answer, shown under the question once approved."),
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=QuestionStatus.choices,
        default=QuestionStatus.PENDING,
        db_index=True,
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions and answers")
        ordering = ["-asked_at", "-pk"]

    def __str__(self):
        return self.text if len(self.text) <= 60 else self.text[:59] + "…"

    @property
    def is_published(self):
        return self.status == QuestionStatus.PUBLISHED

    def record_answer(self, user, now):
        """Note who wrote the answer, when it is new or changed."""
        self.answered_by = user
        self.answered_at = now

    def publish(self, user, now):
        self.status = QuestionStatus.PUBLISHED
        self.approved_by = user
        self.approved_at = now

    def reject(self):
        self.status = QuestionStatus.REJECTED
        self.approved_by = None
        self.approved_at = None

    def board_site(self):
        return self.board.get_site().hostname

    board_site.short_description = _("site")

    def public_url(self):
        return f"{self.board.get_full_url()}#question-{self.pk}"


@method_decorator(limit_submissions("questions"), name="serve")
class QuestionBoardPage(PrivacyNoticeMixin, UnitPage):
    """The unit's questions-and-answers board, one per site, under e-Services."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("What people may ask here, and how soon the unit usually answers."),
    )

    content_panels = (
        UnitPage.content_panels + [FieldPanel("intro")] + PrivacyNoticeMixin.privacy_panels
    )

    parent_page_types = ["unitsites.EServicesSection"]
    subpage_types = []
    max_count_per_parent = 1
    questions_per_page = 10

    class Meta:
        verbose_name = _("questions and answers board")
        verbose_name_plural = _("questions and answers boards")

    def published_questions(self):
        """The approved questions of this board in every language, newest first."""
        boards = self.get_translations(inclusive=True)
        return Question.objects.filter(board__in=boards, status=QuestionStatus.PUBLISHED)

    def question_form(self, data=None):
        from unitsites.questions.forms import QuestionForm

        return QuestionForm(data, notice=self)

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            form = self.question_form(request.POST)
            if form.is_valid():
                self.receive_question(form)
                return redirect(f"{self.get_url(request)}?{ASKED_PARAMETER}=1#ask")
            return self.render_board(request, form)
        return self.render_board(request, self.question_form())

    def receive_question(self, form):
        question = form.save(commit=False)
        question.board = self
        question.language = self.locale.language_code
        question.consent_given_at = form.consent_given_at
        question.save()
        return question

    def render_board(self, request, form):
        context = self.get_context(request)
        paginator = Paginator(self.published_questions(), self.questions_per_page)
        context.update(
            questions=paginator.get_page(request.GET.get("page")),
            form=form,
            asked=request.method == "GET" and ASKED_PARAMETER in request.GET,
        )
        return TemplateResponse(request, self.get_template(request), context)
