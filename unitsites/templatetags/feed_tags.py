"""Announce the unit's news feed (RSS) and activity calendar (iCalendar) in the head of every
page of its site, so browsers and feed readers find them."""

from django import template

from unitsites.sections import news_and_calendar

register = template.Library()


def unit_feeds(home, request):
    """[(type, title, url)] of the feeds of the site under `home`."""
    news, calendar = news_and_calendar(home)
    feeds = []
    if news is not None:
        feeds.append(
            ("application/rss+xml", news.title, news.get_url(request) + news.reverse_subpage("rss"))
        )
    if calendar is not None:
        url = calendar.get_url(request) + calendar.reverse_subpage("ics")
        feeds.append(("text/calendar", calendar.title, url))
    return feeds


@register.inclusion_tag("includes/feed_links.html", takes_context=True)
def feed_links(context, page):
    request = context.get("request")
    home = getattr(page, "unit_home", None)
    feeds = unit_feeds(home, request) if home is not None and request is not None else []
    return {"feeds": feeds, "site_title": home.title if home is not None else ""}
