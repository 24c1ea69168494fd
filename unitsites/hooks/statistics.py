"""Hooks of the site statistics: counting page views, the survey's admin pages and menu item,
and the retention purge of survey comments."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from network.access import units_in_care_of
from unitsites.retention import purge
from unitsites.statistics.pageviews import counting_page_views
from unitsites.survey.admin_views import (
    SurveyExportView,
    SurveyResponsesView,
    SurveyUnitsView,
)
from unitsites.survey.retention import SURVEY_COMMENTS


@hooks.register("on_serve_page", order=100)
def count_page_views(serve):
    """Innermost of the serving hooks: only a page the view restrictions let through, with no
    before_serve_page hook answering instead, is a view (unitsites.statistics.pageviews)."""
    return counting_page_views(serve)


@hooks.register("register_scheduler_job")
def purge_survey_personal_data(now):
    """Comments and visitor keys of survey answers past retention (P-06); ratings stay."""
    return purge(SURVEY_COMMENTS, now)


@hooks.register("register_admin_urls")
def register_survey_urls():
    return [
        path("survey/", SurveyUnitsView.as_view(), name="unitsites_survey_units"),
        path(
            "survey/<int:unit_id>/",
            SurveyResponsesView.as_view(),
            name="unitsites_survey_responses",
        ),
        path(
            "survey/<int:unit_id>/export/",
            SurveyExportView.as_view(),
            name="unitsites_survey_export",
        ),
    ]


class SurveyMenuItem(MenuItem):
    def is_shown(self, request):
        return units_in_care_of(request.user).exists()


@hooks.register("register_admin_menu_item")
def register_survey_menu_item():
    return SurveyMenuItem(
        _("Satisfaction survey"), reverse("unitsites_survey_units"), icon_name="form", order=400
    )
