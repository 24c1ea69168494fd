"""Hooks of the e-services: the submissions inbox and its menu item, log entries and the
retention purge."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.contrib.forms.utils import get_forms_for_user

from unitsites.eservices.admin_views import (
    SUBMISSION_ANSWERED,
    SUBMISSION_READ,
    SubmissionDetailView,
    SubmissionInboxView,
    delete_submissions,
)
from unitsites.eservices.retention import SUBMISSIONS
from unitsites.retention import purge


@hooks.register("register_admin_urls")
def register_eservice_urls():
    return [
        path("e-services/", SubmissionInboxView.as_view(), name="eservice_submissions"),
        path("e-services/<int:pk>/", SubmissionDetailView.as_view(), name="eservice_submission"),
    ]


@hooks.register("register_admin_urls", order=-1)
def keep_eservice_submissions():
    """Ahead of Wagtail's own forms URLs, so that this view answers their delete address."""
    return [
        path(
            "forms/submissions/<int:page_id>/delete/",
            delete_submissions,
            name="eservice_keep_submissions",
        )
    ]


class SubmissionsMenuItem(MenuItem):
    def is_shown(self, request):
        return get_forms_for_user(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_submissions_menu_item():
    return SubmissionsMenuItem(
        _("e-Service submissions"),
        reverse("eservice_submissions"),
        name="eservice-submissions",
        icon_name="mail",
        order=710,
    )


@hooks.register("register_log_actions")
def register_submission_log_actions(actions):
    actions.register_action(
        SUBMISSION_READ, _("Read an e-service submission"), _("Read the submission")
    )
    actions.register_action(
        SUBMISSION_ANSWERED,
        _("Answer an e-service submission"),
        _("Set the status or the answer of the submission"),
    )


@hooks.register("register_scheduler_job")
def purge_eservice_submissions(now):
    """Anonymise e-service submissions past their form's retention period (P-06)."""
    return purge(SUBMISSIONS, now)
