"""Counting page views on the server, without cookies and without addresses (C-24, P-11).

The `before_serve_page` hook (unitsites/wagtail_hooks.py) marks a request that Wagtail is about
to answer with a live unit page; hooks that answer instead (view restrictions, the untranslated
page) run before it, and previews never pass through it. `PageViewMiddleware` then counts the
marked GET requests answered 200 by something other than a robot, once the response has been
sent, so the visitor never waits for the write.

A count is one statement: an insert that turns into `views = views + 1` when the page already
has its row for the day. PostgreSQL and SQLite both apply it atomically, so concurrent views
are never lost and two first views of a day never collide.
"""

import logging
import re
from functools import partial

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

from wagtail.models import Site

from unitsites.models import PageViewDay, UnitPage

logger = logging.getLogger(__name__)

# Crawlers, link previews, monitors and command-line clients; a browser always sends a user agent.
ROBOT_AGENTS = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|lighthouse|"
    r"pingdom|uptime|monitor|headless|phantomjs|python|curl|wget|go-http|java/|okhttp|"
    r"libwww|httpclient|axios|node-fetch|scrapy",
    re.IGNORECASE,
)
MARK = "unitsites_page_view"


def is_robot(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    return not agent or ROBOT_AGENTS.search(agent) is not None


def mark_page_view(page, request):
    """Note that this request is about to be answered with a unit page (before_serve_page)."""
    if request.method == "GET" and isinstance(page, UnitPage):
        site = Site.find_for_request(request)
        if site is not None:
            setattr(request, MARK, (site.pk, page.pk))


def _upsert_sql():
    meta = PageViewDay._meta
    table = connection.ops.quote_name(meta.db_table)
    site, page, day, views = (
        connection.ops.quote_name(meta.get_field(name).column)
        for name in ("site", "page", "day", "views")
    )
    return (
        f"INSERT INTO {table} ({site}, {page}, {day}, {views}) VALUES (%s, %s, %s, 1) "
        f"ON CONFLICT ({site}, {page}, {day}) DO UPDATE SET {views} = {table}.{views} + 1"
    )


def count_page_view(site_id, page_id, day):
    """Add one view of the page on `day`."""
    with connection.cursor() as cursor:
        cursor.execute(_upsert_sql(), [site_id, page_id, day])


def _count_after_response(site_id, page_id, day):
    try:
        count_page_view(site_id, page_id, day)
    except DatabaseError:
        # The visitor already has the page; a lost count is reported, never turned into a 500.
        logger.exception("Could not count a view of page %s", page_id)


class PageViewMiddleware:
    """Counts the marked page views once the response has gone (PAGE_VIEW_COUNTING)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        marked = getattr(request, MARK, None)
        if (
            marked is not None
            and settings.PAGE_VIEW_COUNTING
            and response.status_code == 200
            and not is_robot(request)
        ):
            # As the traffic log: closers run after the body is written, before Django's
            # request_finished signal closes the database connection.
            response._resource_closers.append(
                partial(_count_after_response, *marked, timezone.localdate())
            )
        return response
