"""The unit's approvers and the provincial moderators handle notice-and-takedown requests in the
admin: a list by status, and each request with its handling log and the form for its next step.

Who may: those who approve for the request's unit (network.access.units_reviewed_by): its
approvers and the moderators. Its editors, other units' staff and the central administrators
do not; another unit's request answers 404, by its address too. Reading a request and each
step, and each download of the reporter's evidence, are written to Wagtail's audit log (P-07).
"""

from pathlib import PurePath

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from network.access import units_reviewed_by
from unitsites.models.takedown import TakedownRequest, TakedownStatus
from unitsites.status_inbox import StatusInboxView

from . import mail
from .forms import StepForm
from .reported_page import reported_page, unpublish_url

TAKEDOWN_READ = "unitsites.takedown.read"
TAKEDOWN_STEP = "unitsites.takedown.step"
TAKEDOWN_EVIDENCE = "unitsites.takedown.evidence"


def takedowns_for(user):
    """The notice-and-takedown requests `user` may read and handle."""
    return TakedownRequest.objects.filter(unit__in=units_reviewed_by(user))


class TakedownInboxView(StatusInboxView):
    template_name = "unitsites/admin/takedown_inbox.html"
    page_title = _("Notice-and-takedown requests")
    header_icon = "warning"
    statuses = TakedownStatus

    def rows(self):
        return takedowns_for(self.request.user).select_related("unit")


class TakedownDetailView(WagtailAdminTemplateMixin, TemplateView):
    """One request: what was reported, its handling log, and the form for the next step."""

    template_name = "unitsites/admin/takedown_detail.html"
    header_icon = "warning"

    def dispatch(self, request, pk):
        self.takedown = get_object_or_404(
            takedowns_for(request.user).select_related("page", "unit"), pk=pk
        )
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Request %(reference)s") % {"reference": self.takedown.reference}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("takedown_requests"), "label": TakedownInboxView.page_title},
            {"url": "", "label": self.takedown.reference},
        ]

    def step_form(self, data=None):
        return StepForm(data, takedown=self.takedown) if self.takedown.next_statuses() else None

    def get(self, request, pk):
        log(self.takedown, TAKEDOWN_READ, user=request.user)
        return self.render_to_response(self.get_context_data(form=self.step_form()))

    def post(self, request, pk):
        form = self.step_form(request.POST)
        if form is None or not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        status, note = form.cleaned_data["status"], form.cleaned_data["note"].strip()
        self.takedown.move_to(status, request.user, note)
        log(self.takedown, TAKEDOWN_STEP, user=request.user, data={"status": status})
        if self.takedown.is_decided and mail.send_outcome(self.takedown):
            messages.success(request, _("Saved; the reporter was sent the outcome by e-mail."))
        else:
            messages.success(request, _("Saved."))
        return redirect("takedown_request", pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = reported_page(self.takedown)
        context.update(
            takedown=self.takedown,
            steps=self.takedown.steps.select_related("user"),
            reported_page=page,
            unpublish_url=unpublish_url(page, self.request.user, self.request.path),
            taken_down=TakedownStatus.TAKEN_DOWN.label,
        )
        return context


def evidence(request, pk):
    """The reporter's evidence, as a download named after the request, for those who handle
    it; 404 for anyone else and when there is none (or no longer)."""
    takedown = get_object_or_404(takedowns_for(request.user), pk=pk)
    if not takedown.evidence:
        raise Http404
    log(takedown, TAKEDOWN_EVIDENCE, user=request.user)
    extension = PurePath(takedown.evidence.name).suffix
    return FileResponse(
        takedown.evidence.open("rb"),
        as_attachment=True,
        filename=f"{takedown.reference}-evidence{extension}",
    )
