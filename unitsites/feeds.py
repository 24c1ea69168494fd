"""The feeds every unit site publishes: its news as RSS 2.0 and its activities as an
iCalendar file (RFC 5545) that calendar apps can subscribe to."""

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language

from icalendar import Calendar, Event

from web.plaintext import without_control_characters

NEWS_FEED_LENGTH = 30
PRODID = "-//Provincial public-health network//Unit site//TH"


class NewsFeed(Feed):
    """The latest live news of one news section, in that section's language."""

    def get_object(self, request, section):
        self.request = request
        return section

    def title(self, section):
        return without_control_characters(f"{section.title} | {section.unit_home.title}")

    def link(self, section):
        return section.get_url(self.request)

    def description(self, section):
        return strip_tags(section.intro) or self.title(section)

    def items(self, section):
        return section.live_news().order_by("-date", "-pk")[:NEWS_FEED_LENGTH]

    # Titles and summaries saved before input was cleaned may hold control characters, which
    # XML refuses: the feed must still answer.
    def item_title(self, item):
        return without_control_characters(item.title)

    def item_description(self, item):
        return without_control_characters(item.summary)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.date

    def item_categories(self, item):
        return [item.get_kind_display()]


def _absolute(request, url):
    return url if "://" in url else request.build_absolute_uri(url)


def build_calendar(calendar_page, request):
    """The calendar page's live activities as an icalendar.Calendar, times in Asia/Bangkok."""
    host, _port = split_domain_port(request.get_host())
    language = get_language()
    calendar = Calendar.new(
        prodid=PRODID,
        uid=f"{calendar_page.translation_key}-{language}@{host}",
        name=f"{calendar_page.title} | {calendar_page.unit_home.title}",
        url=_absolute(request, calendar_page.get_url(request)),
        language=language,
        calscale="GREGORIAN",
    )
    for event in calendar_page.live_events().order_by("start"):
        revised = event.last_published_at or timezone.now()
        calendar.add_component(
            Event.new(
                # Stable across edits and feed fetches: one activity, one UID, per language.
                uid=f"{event.translation_key}-{language}@{host}",
                stamp=revised,
                last_modified=revised,
                start=timezone.localtime(event.start),
                end=timezone.localtime(event.end) if event.end else None,
                summary=event.title,
                description=event.description,
                location=event.location or None,
                url=_absolute(request, event.get_url(request)),
            )
        )
    calendar.add_missing_timezones()
    return calendar


def calendar_response(calendar_page, request):
    response = HttpResponse(
        build_calendar(calendar_page, request).to_ical(),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = 'inline; filename="calendar.ics"'
    return response
