"""Counting page views on the server, without cookies and without addresses (C-24, P-11).

`counting_page_views` wraps Wagtail's serving of a live page (the `on_serve_page` hook, innermost
in unitsites/wagtail_hooks.py): it sees only pages that are really served, after every
`before_serve_page` hook (the untranslated page) and the view restrictions (password or login
forms) let them through; previews and the admin never pass through it. It counts GET requests
for unit pages answered 200 to something other than a robot; a page cache counts the pages it
answers with `count_page_view`.

A count only adds one in the process's memory, per site, page and day; every few seconds the
sums go to the database in one statement (web.writebehind): an insert that turns into
`views = views + n` when the page already has its row for the day. PostgreSQL and SQLite both
apply it atomically, so processes writing at once never lose a view and two first views of a
day never collide.
"""

import re
from collections import Counter

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from wagtail.models import Page, Site

from unitsites.models import PageViewDay, UnitPage
from web.writebehind import WriteBehindBuffer

ROWS_PER_STATEMENT = 500

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


def _upsert_sql(rows):
    meta = PageViewDay._meta
    table = connection.ops.quote_name(meta.db_table)
    site, page, day, views = (
        connection.ops.quote_name(meta.get_field(name).column)
        for name in ("site", "page", "day", "views")
    )
    values = ", ".join(["(%s, %s, %s, %s)"] * rows)
    # Identifiers come from the model and are quoted by the database; values are parameters.
    return (
        f"INSERT INTO {table} ({site}, {page}, {day}, {views}) VALUES {values} "  # noqa: S608
        f"ON CONFLICT ({site}, {page}, {day}) "
        f"DO UPDATE SET {views} = {table}.{views} + EXCLUDED.{views}"
    )


def _still_there(counts):
    """The counts without deleted sites; a deleted page's views stay in its site's totals."""
    sites = set(
        Site.objects.filter(pk__in={site for site, _, _ in counts}).values_list("pk", flat=True)
    )
    pages = set(
        Page.objects.filter(pk__in={page for _, page, _ in counts}).values_list("pk", flat=True)
    )
    kept = Counter()
    for (site, page, day), views in counts.items():
        if site in sites:
            kept[site, page if page in pages else None, day] += views
    return kept


def add_counts(counts):
    """Add {(site id, page id, day): views} to the stored counts.

    Rows go in key order, so two processes adding to the same rows lock them in the same order.
    """
    rows = sorted(
        _still_there(counts).items(), key=lambda item: (item[0][0], item[0][1] or 0, item[0][2])
    )
    with transaction.atomic(), connection.cursor() as cursor:
        for start in range(0, len(rows), ROWS_PER_STATEMENT):
            chunk = rows[start : start + ROWS_PER_STATEMENT]
            params = [
                value for (site, page, day), views in chunk for value in (site, page, day, views)
            ]
            cursor.execute(_upsert_sql(len(chunk)), params)


def _count(counts, key):
    counts[key] += 1


page_view_buffer = WriteBehindBuffer("page views", add_counts, new=Counter, add=_count)


def counts_as_view(request):
    """Whether `request` is a visit to count: counting on, a GET, not a robot. (The page must
    also be a unit page that answered 200.)"""
    return settings.PAGE_VIEW_COUNTING and request.method == "GET" and not is_robot(request)


def count_page_view(site_id, page_id, day):
    """Add one view of the page on `day`; it reaches the database with the next bulk write."""
    page_view_buffer.add((site_id, page_id, day))


def counting_page_views(serve):
    """Wrap `serve(page, request, args, kwargs)` so that a served unit page counts as a view."""

    def serve_and_count(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        if response.status_code == 200 and isinstance(page, UnitPage) and counts_as_view(request):
            site = Site.find_for_request(request)
            count_page_view(site.pk, page.pk, timezone.localdate())
        return response

    return serve_and_count
