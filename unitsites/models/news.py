"""News and announcements (ข่าวประชาสัมพันธ์, REQUIREMENTS C-11): the news section lists them,
filterable by kind and by Thai fiscal year, and publishes them as an RSS feed."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from unitsites import thaidates
from unitsites.blocks import BodyBlock
from unitsites.view_restrictions import public

from .base import UnitPage
from .calendar import CalendarPage, aware_midnight
from .publication import PublicationRequestMixin
from .section import SectionPage


class NewsKind(models.TextChoices):
    GENERAL = "general", _("General news")
    JOB = "job", _("Job opening")
    PROCUREMENT = "procurement", _("Procurement")
    WINNER = "winner", _("Winner announcement")
    TRAINING = "training", _("Training")
    ANNOUNCEMENT = "announcement", _("Other announcement")


# Announcements with a closing date must come down when it passes (the office's rule book §2.3,
# REQUIREMENTS W-07): they cannot be published without an end date.
ANNOUNCEMENT_KINDS = frozenset({NewsKind.JOB, NewsKind.PROCUREMENT, NewsKind.TRAINING})


def fiscal_year_range(fiscal_year_be):
    """The aware datetimes [start, end) of a B.E. fiscal year in the portal's time zone."""
    first_day, last_day = thaidates.fiscal_year_bounds(fiscal_year_be)
    return aware_midnight(first_day), aware_midnight(last_day + datetime.timedelta(days=1))


class NewsPage(PublicationRequestMixin, UnitPage):
    """A news item or announcement: general news, job opening, procurement, training, other."""

    review_interval_days = None

    kind = models.CharField(
        _("kind"),
        max_length=16,
        choices=NewsKind.choices,
        default=NewsKind.GENERAL,
        help_text=_(
            "Job openings, procurement and training announcements need an end date "
            "(Settings tab: expiry date/time); they come down from the site then."
        ),
    )
    date = models.DateTimeField(
        _("date"),
        default=timezone.now,
        db_index=True,
        help_text=_("The date of the news or of the announcement; lists are ordered by it."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=600,
        help_text=_("One or two sentences shown in lists and in the RSS feed."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An optional picture shown with the news."),
    )
    image_alt = models.CharField(
        _("image: alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = UnitPage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]
    content_panels = (
        UnitPage.content_panels
        + [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
            FieldPanel("summary"),
            MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
            FieldPanel("body"),
        ]
        + PublicationRequestMixin.publication_request_panels
    )

    parent_page_types = ["unitsites.NewsSection"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def requires_end_date(self):
        return self.kind in ANNOUNCEMENT_KINDS

    def clean(self):
        errors = {}
        if self.image_id and not self.image_alt.strip():
            errors["image_alt"] = [_("Describe the image for people who cannot see it.")]
        try:
            super().clean()  # the publication period (the expiry date of announcements)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)


class NewsSection(RoutablePageMixin, SectionPage):
    """News: ข่าวประชาสัมพันธ์ ประกาศ และปฏิทินกิจกรรม."""

    subpage_types = ["unitsites.NewsPage", "unitsites.CalendarPage"]

    class Meta:
        verbose_name = _("News section")
        verbose_name_plural = _("News sections")

    def live_news(self):
        return public(NewsPage.objects.child_of(self).live())

    def selected_filters(self, request):
        """The kind and fiscal year asked for in the query string; unknown values are ignored."""
        kind = request.GET.get("kind", "")
        fiscal_year = request.GET.get("fy", "")
        return (
            kind if kind in NewsKind.values else "",
            int(fiscal_year) if fiscal_year.isdigit() and len(fiscal_year) == 4 else None,
        )

    def listed_items(self, request):
        kind, fiscal_year = self.selected_filters(request)
        news = self.live_news().select_related("image").order_by("-date", "-pk")
        if kind:
            news = news.filter(kind=kind)
        if fiscal_year:
            start, end = fiscal_year_range(fiscal_year)
            news = news.filter(date__gte=start, date__lt=end)
        return news

    def fiscal_years(self):
        """Fiscal years (B.E.) that have news, newest first; the current one is always offered."""
        months = self.live_news().datetimes("date", "month")
        years = {thaidates.fiscal_year(month) for month in months}
        years.add(thaidates.fiscal_year(timezone.now()))
        return sorted(years, reverse=True)

    def calendar_page(self):
        return CalendarPage.objects.child_of(self).live().first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        kind, fiscal_year = self.selected_filters(request)
        context.update(
            kinds=NewsKind.choices,
            selected_kind=kind,
            fiscal_years=self.fiscal_years(),
            selected_fiscal_year=fiscal_year,
            calendar=self.calendar_page(),
            rss_url=self.get_url(request) + self.reverse_subpage("rss"),
        )
        return context

    @path("rss/", name="rss")
    def rss(self, request):
        from unitsites.feeds import NewsFeed

        return NewsFeed()(request, section=self)
