"""Site statistics (REQUIREMENTS C-24, P-11): page views counted on the server without cookies,
and the website satisfaction survey (EGA §2.4) with its privacy notice (P-01 to P-06)."""

from django.db import models
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _

from web.ratelimit import limit_submissions

from .privacy import LawfulBasis, PrivacyNoticeMixin
from .section import SectionPage


class PageViewDay(models.Model):
    """How often one page was viewed on one day (the portal's local date). One row per page and
    day, incremented in place: no row per visit, no address, no cookie."""

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    # A deleted page keeps its views in the site's totals.
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views of a day")
        verbose_name_plural = _("page views per day")
        constraints = [
            models.UniqueConstraint(fields=["site", "page", "day"], name="one_count_per_page_day")
        ]
        indexes = [models.Index(fields=["site", "day"], name="pageviews_site_day")]

    def __str__(self):
        return f"{self.day} page {self.page_id}: {self.views}"


class Rating(models.IntegerChoices):
    VERY_DISSATISFIED = 1, _("Very dissatisfied")
    DISSATISFIED = 2, _("Dissatisfied")
    NEUTRAL = 3, _("Neither satisfied nor dissatisfied")
    SATISFIED = 4, _("Satisfied")
    VERY_SATISFIED = 5, _("Very satisfied")


SATISFIED_RATINGS = (Rating.SATISFIED, Rating.VERY_SATISFIED)


class SurveyResponse(models.Model):
    """One answer to a unit's satisfaction survey.

    `visitor_key` is a keyed hash of the site, the day and the address: it lets one address
    answer once a day without a cookie, and says nothing once the day is over. When the
    retention period ends the comment and the key are erased; the rating and its date stay, so
    the published figures do not change.
    """

    site = models.ForeignKey(
        "wagtailcore.Site", verbose_name=_("site"), on_delete=models.CASCADE, related_name="+"
    )
    page = models.ForeignKey(
        "unitsites.StatisticsSection",
        verbose_name=_("answered on"),
        on_delete=models.CASCADE,
        related_name="survey_responses",
    )
    submitted_at = models.DateTimeField(_("submitted at"))
    rating = models.PositiveSmallIntegerField(_("rating"), choices=Rating.choices)
    comment = models.TextField(_("comment"), blank=True)
    visitor_key = models.CharField(_("visitor key"), max_length=64, blank=True)
    consent_given_at = models.DateTimeField(_("consent given at"), null=True, blank=True)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "visitor_key"],
                condition=~models.Q(visitor_key=""),
                name="one_survey_response_per_visitor_day",
            )
        ]
        indexes = [models.Index(fields=["site", "submitted_at"], name="survey_site_submitted")]

    def __str__(self):
        return f"{self.submitted_at:%Y-%m-%d} {self.rating}/5"


def survey_purpose():
    return str(
        _(
            "To learn how satisfied visitors are with this website and to improve it. The "
            "average rating is published on this page; comments are read only by the unit's "
            "web editors."
        )
    )


def survey_data_collected():
    return str(
        _(
            "Your rating and, if you write one, your comment. To accept one answer per network "
            "address a day, a one-way code made from the date and your network address is kept "
            "instead of the address itself. The comment is optional."
        )
    )


@method_decorator(limit_submissions("satisfaction-survey"), name="serve")
class StatisticsSection(PrivacyNoticeMixin, SectionPage):
    """Site statistics: สถิติผู้เข้าชมเว็บไซต์และแบบประเมินความพึงพอใจ.

    Shows the site's page views and the satisfaction figures of the fiscal year, and carries
    the satisfaction survey. The survey is optional for visitors, so its lawful basis is
    consent (PDPA s.19).
    """

    privacy_purpose = PrivacyNoticeMixin.notice_field("privacy_purpose", default=survey_purpose)
    lawful_basis = PrivacyNoticeMixin.notice_field("lawful_basis", default=LawfulBasis.CONSENT)
    data_collected = PrivacyNoticeMixin.notice_field(
        "data_collected", default=survey_data_collected
    )

    content_panels = SectionPage.content_panels + PrivacyNoticeMixin.privacy_panels

    subpage_types = []

    class Meta:
        verbose_name = _("Site statistics section")
        verbose_name_plural = _("Site statistics sections")

    def serve(self, request, *args, **kwargs):
        from unitsites.survey.forms import answer_survey

        if request.method == "POST":
            return answer_survey(self, request)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from unitsites.statistics.figures import site_figures
        from unitsites.survey.forms import survey_context

        form = kwargs.pop("form", None)
        context = super().get_context(request, *args, **kwargs)
        context.update(site_figures(self))
        context.update(survey_context(self, request, form))
        return context
