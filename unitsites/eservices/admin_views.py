"""Officers read and answer e-service submissions in the admin.

Who may: whoever may edit the form page, the rule Wagtail's own Forms menu applies
(`get_forms_for_user`): the unit's editors and approvers, and the provincial moderators.
Everybody else gets 403, including the central administrator, who edits no unit's pages.
Each listing, export, reading and answering is written to Wagtail's audit log (P-07 access
logging).
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView
from wagtail.log_actions import log
from wagtail.models import Page

from unitsites.models.eservices import ServiceFormPage
from unitsites.models.submissions import ServiceSubmission, SubmissionStatus
from unitsites.personal_data_log import LoggedListingMixin, log_access, log_access_per_page
from unitsites.status_inbox import StatusInboxView
from web.spreadsheets import SafeSpreadsheetExportMixin

from . import mail
from .forms import AnswerForm

SUBMISSION_READ = "unitsites.submission.read"
SUBMISSION_ANSWERED = "unitsites.submission.answer"


def submissions_for(user):
    """The e-service submissions `user` may read."""
    return ServiceSubmission.objects.filter(page__in=get_forms_for_user(user))


class SubmissionInboxView(StatusInboxView):
    """Every submission of the forms the user looks after, newest first, by status."""

    template_name = "unitsites/admin/submission_inbox.html"
    page_title = _("e-Service submissions")
    header_icon = "form"
    statuses = SubmissionStatus

    def rows(self):
        return submissions_for(self.request.user).select_related("page", "unit")

    def log_listing(self, shown):
        log_access_per_page(self.request.user, shown, page_of=lambda submission: submission.page)


class SubmissionDetailView(WagtailAdminTemplateMixin, TemplateView):
    """One submission: what was sent, and the form to set its status and answer."""

    template_name = "unitsites/admin/submission_detail.html"
    header_icon = "form"

    def dispatch(self, request, pk):
        self.submission = get_object_or_404(
            ServiceSubmission.objects.select_related("page", "unit", "answered_by"), pk=pk
        )
        if not submissions_for(request.user).filter(pk=pk).exists():
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Submission %(reference)s") % {"reference": self.submission.reference}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("eservice_submissions"), "label": SubmissionInboxView.page_title},
            {"url": "", "label": self.submission.reference},
        ]

    def answer_form(self, data=None):
        submission = self.submission
        return AnswerForm(data, initial={"status": submission.status, "answer": submission.answer})

    def get(self, request, pk):
        log(self.submission, SUBMISSION_READ, user=request.user)
        return self.render_to_response(self.get_context_data(form=self.answer_form()))

    def post(self, request, pk):
        form = self.answer_form(request.POST)
        if self.submission.anonymised_at or not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        answered = self.submission.record_answer(
            request.user, form.cleaned_data["status"], form.cleaned_data["answer"]
        )
        log(self.submission, SUBMISSION_ANSWERED, user=request.user, data={"answered": answered})
        if answered and mail.send_answer(self.submission):
            messages.success(request, _("Saved; the sender was sent the answer by e-mail."))
        else:
            messages.success(request, _("Saved."))
        return redirect("eservice_submission", pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = self.submission.page.specific
        labels = dict(page.get_data_fields())
        context.update(
            submission=self.submission,
            form_page=page,
            answers=[
                (labels.get(name, name), value) for name, value in self.submission.form_data.items()
            ],
        )
        return context


def delete_submissions(request, page_id):
    """Wagtail's "delete submissions", refused for e-service forms: their submissions are counted
    in the published complaint statistics, and only the retention purge removes their personal
    data (keeping the row). Other form types keep Wagtail's view."""
    if isinstance(get_object_or_404(Page, id=page_id).specific, ServiceFormPage):
        raise PermissionDenied
    return DeleteSubmissionsView.as_view()(request, page_id=page_id)


class ServiceSubmissionsListView(
    LoggedListingMixin, SafeSpreadsheetExportMixin, SubmissionsListView
):
    """Wagtail's list of one form's submissions, linking each to its answer view and without
    the bulk delete: submissions are records, removed only by the retention purge."""

    results_template_name = "unitsites/admin/form_submissions_results.html"

    def log_listing(self, rows, export_format):
        log_access(self.request.user, self.form_page, len(rows), export_format)
