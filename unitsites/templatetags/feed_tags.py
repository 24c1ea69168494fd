"""Announce the unit's news feed (RSS) and activity calendar (iCalendar) in the head of every
page of its site, so browsers and feed readers find them."""

from django import template

from unitsites.models import CalendarPage, NewsSection

register = template.Library()


def unit_feeds(home, request):
    """[(type, title, url)] of the feeds of the site under `home`; looked up once per request."""
    cache = request.__dict__.setdefault("_unit_feeds", {})
    if home.pk not in cache:
        feeds = []
        news = NewsSection.objects.child_of(home).live().first()
        if news is not None:
            feeds.append(
                (
                    "application/rss+xml",
                    news.title,
                    news.get_url(request) + news.reverse_subpage("rss"),
                )
            )
            calendar = CalendarPage.objects.child_of(news).live().first()
            if calendar is not None:
                url = calendar.get_url(request) + calendar.reverse_subpage("ics")
                feeds.append(("text/calendar", calendar.title, url))
        cache[home.pk] = feeds
    return cache[home.pk]


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context, page):
    request = context.get("request")
    home = getattr(page, "unit_home", None)
    feeds = unit_feeds(home, request) if home is not None and request is not None else []
    return {"feeds": feeds, "site_title": home.title if home is not None else ""}
