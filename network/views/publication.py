"""Admin screens of the publication workflow: the urgent path and its confirmation, the
request-to-publish record of a page, and the dashboard panel of unconfirmed verbal approvals."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView

from wagtail.admin import messages
from wagtail.admin.ui.components import Component
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Page

from network.access import can_see_records_of, units_reviewed_by
from network.models import PublicationRecord, VerbalApproval
from network.models.approval import carries_publication_request, unit_of_page
from network.publication.forms import VerbalApprovalForm
from network.publication.records import (
    category_of,
    draft_record,
    rejection_of,
)
from network.publication.urgent import (
    can_confirm,
    can_publish_urgently,
    confirm_verbal_approval,
    publish_with_verbal_approval,
)


class UrgentPublishView(WagtailAdminTemplateMixin, FormView):
    """An editor publishes the latest version of a page at once, naming the verbal approval."""

    template_name = "network/urgent_publish.html"
    form_class = VerbalApprovalForm
    page_title = gettext_lazy("Publish now under a verbal approval")
    header_icon = "warning"

    def dispatch(self, request, page_id):
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not can_publish_urgently(request.user, self.page):
            raise PermissionDenied
        self.content = self.page.get_latest_revision_as_object()
        self.missing = self.content.publication_request_errors()
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.content.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.get_page_subtitle(),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_initial(self):
        return {"approved_at": timezone.localtime().replace(second=0, microsecond=0)}

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "page": self.page, "editor": self.request.user}

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            page=self.page,
            content=self.content,
            category=category_of(self.page),
            missing=[self.content._meta.get_field(name).verbose_name for name in self.missing],
            edit_url=reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
            **kwargs,
        )

    def form_valid(self, form):
        if self.missing:
            form.add_error(None, _("Fill in the request-to-publish details and save first."))
            return self.form_invalid(form)
        verbal = publish_with_verbal_approval(self.page, self.request.user, **form.cleaned_data)
        messages.success(
            self.request,
            _(
                "“%(title)s” is live. %(approver)s and the unit's approvers are asked to "
                "confirm the verbal approval."
            )
            % {"title": self.content.title, "approver": verbal.approver_name},
        )
        return redirect("wagtailadmin_explore", self.page.get_parent().pk)


@require_POST
def confirm_verbal_approval_view(request, pk):
    verbal = get_object_or_404(VerbalApproval.objects.select_related("unit"), pk=pk)
    if not can_confirm(request.user, verbal):
        raise PermissionDenied
    confirm_verbal_approval(verbal, request.user)
    messages.success(
        request,
        _("The verbal approval of “%(title)s” is confirmed.") % {"title": verbal.page_title},
    )
    return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")


def _render_record(request, record, page, others, rejection=None):
    return TemplateResponse(
        request,
        "network/publication_record.html",
        {
            "record": record,
            "rejection": rejection,
            "page": page,
            "others": others,
            "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]) if page else "",
        },
    )


def page_publication_record(request, page_id):
    """The request-to-publish form of a page: its request under review or rejected, else its
    latest publication (publishing ends any request in progress)."""
    page = get_object_or_404(Page, pk=page_id).specific
    unit = unit_of_page(page)
    if not carries_publication_request(page) or not can_see_records_of(request.user, page, unit):
        raise PermissionDenied
    records = list(page.publication_records.select_related("unit", "verbal_approval"))
    workflow_state = page.current_workflow_state
    if workflow_state is None and records:
        return _render_record(request, records[-1], page, records[:-1][::-1])
    return _render_record(
        request, draft_record(page), page, records[::-1], rejection_of(workflow_state)
    )


def publication_record(request, pk):
    record = get_object_or_404(
        PublicationRecord.objects.select_related("unit", "verbal_approval", "page"), pk=pk
    )
    page = record.page.specific if record.page else None
    if not can_see_records_of(request.user, page, record.unit):
        raise PermissionDenied
    return _render_record(request, record, page, [])


class UnconfirmedVerbalApprovalsPanel(Component):
    """Dashboard: urgent publications still waiting for an approver's confirmation (W-05)."""

    name = "unconfirmed_verbal_approvals"
    template_name = "network/panels/unconfirmed_verbal_approvals.html"
    order = 205

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        approvals = (
            VerbalApproval.objects.unconfirmed()
            .filter(unit__in=units_reviewed_by(self.user))
            .select_related("unit", "page")
        )
        context["approvals"] = [
            (approval, can_confirm(self.user, approval)) for approval in approvals
        ]
        context["csrf_token"] = parent_context.get("csrf_token")
        context["request"] = parent_context["request"]
        return context


class MissingSignatoryDetailsPanel(Component):
    """Dashboard: tells staff whose account lacks the full name or position that requests and
    approvals need them, with a link to where they are set."""

    name = "missing_signatory_details"
    template_name = "network/panels/missing_signatory_details.html"
    order = 5  # first: until it is fixed, the account cannot request or approve

    def __init__(self, missing):
        self.missing = missing

    def get_context_data(self, parent_context):
        return {
            "missing": ", ".join(str(name) for name in self.missing),
            "settings_url": reverse("wagtailadmin_account") + "#staff_profile-section",
        }
