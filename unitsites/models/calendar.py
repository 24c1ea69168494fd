"""The activity calendar (ปฏิทินกิจกรรม) at news/calendar: a month grid, a list with the coming
activities first and the past ones after, and an iCalendar feed (RFC 5545) of them all."""

import calendar
import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from unitsites.blocks import BodyBlock
from unitsites.view_restrictions import public

from .base import UnitPage
from .publication import PublicationRequestMixin
from .section import SectionPage

# Thai wall calendars start the week on Sunday.
WEEK = calendar.Calendar(firstweekday=calendar.SUNDAY)


@dataclass
class CalendarDay:
    date: datetime.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


def parse_month(value, today):
    """'2026-11' -> date(2026, 11, 1); anything else gives the first day of today's month."""
    try:
        year, month = (int(part) for part in value.split("-"))
        if 1900 <= year <= 2200:
            return datetime.date(year, month, 1)
    except (AttributeError, TypeError, ValueError):
        pass
    return today.replace(day=1)


def next_month(first_day):
    return (first_day + datetime.timedelta(days=31)).replace(day=1)


def previous_month(first_day):
    return (first_day - datetime.timedelta(days=1)).replace(day=1)


def aware_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def month_weeks(first_day, events, today):
    """The weeks (Sunday first) of the month starting at `first_day`, each a list of
    CalendarDay; an event is placed on every day of the month it covers."""
    weeks = WEEK.monthdatescalendar(first_day.year, first_day.month)
    days = {
        day: CalendarDay(day, day.month == first_day.month, day == today)
        for week in weeks
        for day in week
    }
    for event in events:
        day = max(timezone.localdate(event.start), first_day)
        last = timezone.localdate(event.finish)
        while day <= last and day in days:
            days[day].events.append(event)
            day += datetime.timedelta(days=1)
    return [[days[day] for day in week] for week in weeks]


class EventPage(PublicationRequestMixin, UnitPage):
    """An activity on the unit's calendar: a meeting, a campaign, a mobile clinic, a training."""

    review_interval_days = None

    start = models.DateTimeField(
        _("starts"), db_index=True, help_text=_("When the activity begins (Thailand time).")
    )
    end = models.DateTimeField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("When the activity ends; leave empty if it has no set end."),
    )
    location = models.CharField(
        _("location"),
        max_length=255,
        blank=True,
        help_text=_("Where it takes place, e.g. the meeting room and building."),
    )
    description = models.TextField(
        _("description"),
        max_length=1000,
        help_text=_("A short description shown in the calendar and in calendar apps."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = UnitPage.search_fields + [
        index.SearchField("description"),
        index.SearchField("location"),
        index.SearchField("body"),
        index.FilterField("start"),
    ]
    content_panels = (
        UnitPage.content_panels
        + [
            FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            FieldPanel("location"),
            FieldPanel("description"),
            FieldPanel("body"),
        ]
        + PublicationRequestMixin.publication_request_panels
    )

    parent_page_types = ["unitsites.CalendarPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must come after the start.")})


class CalendarPage(RoutablePageMixin, SectionPage):
    """The unit's activity calendar: ปฏิทินกิจกรรม (a fixed page under the news section)."""

    parent_page_types = ["unitsites.NewsSection"]
    subpage_types = ["unitsites.EventPage"]

    class Meta:
        verbose_name = _("activity calendar")
        verbose_name_plural = _("activity calendars")

    def live_events(self):
        """Live activities, each annotated with `finish`: its end, or its start if it has none."""
        return public(EventPage.objects.child_of(self).live()).annotate(
            finish=Coalesce("end", "start")
        )

    def listed_items(self, request):
        """Coming and ongoing activities first, soonest first; then past ones, latest first."""
        events = self.live_events().annotate(
            upcoming=Case(
                When(finish__gte=timezone.now(), then=Value(True)),
                default=Value(False),
                output_field=models.BooleanField(),
            )
        )
        return events.order_by(
            "-upcoming", Case(When(upcoming=True, then=F("start"))).asc(), F("start").desc()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)
        context.update(
            month_url=url,
            list_url=url + self.reverse_subpage("list"),
            ics_url=url + self.reverse_subpage("ics"),
        )
        return context

    @path("", name="month")
    def month_view(self, request):
        today = timezone.localdate()
        first_day = parse_month(request.GET.get("month"), today)
        following = next_month(first_day)
        events = list(
            self.live_events()
            .filter(start__lt=aware_midnight(following), finish__gte=aware_midnight(first_day))
            .order_by("start")
        )
        return self.render(
            request,
            context_overrides={
                "month": first_day,
                "weeks": month_weeks(first_day, events, today),
                "weekdays": [(WEEKDAYS_ABBR[day], WEEKDAYS[day]) for day in WEEK.iterweekdays()],
                "month_events": events,
                "previous_month": previous_month(first_day),
                "next_month": following,
            },
        )

    @path("list/", name="list")
    def list_view(self, request):
        return self.render(request, template="unitsites/calendar_page_list.html")

    @path("ics/", name="ics")
    def ics(self, request):
        from unitsites.feeds import calendar_response

        return calendar_response(self, request)
