"""Counting page views on the server, without cookies and without addresses (C-24, P-11).

`counting_page_views` wraps Wagtail's serving of a live page (the `on_serve_page` hook, innermost
in unitsites/wagtail_hooks.py): it sees only pages that are really served, after every
`before_serve_page` hook (the untranslated page) and the view restrictions (password or login
forms) let them through; previews and the admin never pass through it. It counts GET requests
for unit pages answered 200 to something other than a robot, once the response has been sent,
so the visitor never waits for the write.

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


def is_robot(request):
    agent = request.META.get("HTTP_USER_AGENT", "")
    return not agent or ROBOT_AGENTS.search(agent) is not None


def _upsert_sql():
    meta = PageViewDay._meta
    table = connection.ops.quote_name(meta.db_table)
    site, page, day, views = (
        connection.ops.quote_name(meta.get_field(name).column)
        for name in ("site", "page", "day", "views")
    )
    # Identifiers come from the model and are quoted by the database; values are parameters.
    return (
        f"INSERT INTO {table} ({site}, {page}, {day}, {views}) VALUES (%s, %s, %s, 1) "  # noqa: S608
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


def counting_page_views(serve):
    """Wrap `serve(page, request, args, kwargs)` so that a served unit page counts as a view."""

    def serve_and_count(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        if (
            settings.PAGE_VIEW_COUNTING
            and request.method == "GET"
            and response.status_code == 200
            and isinstance(page, UnitPage)
            and not is_robot(request)
        ):
            site = Site.find_for_request(request)
            # As the traffic log: closers run after the body is written, before Django's
            # request_finished signal closes the database connection.
            response._resource_closers.append(
                partial(_count_after_response, site.pk, page.pk, timezone.localdate())
            )
        return response

    return serve_and_count
