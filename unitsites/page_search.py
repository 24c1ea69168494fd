"""Searching live pages in Thai or English, and the results as visitors see them: the unit's own
search page and the portal's network-wide one both use this."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from django.core.paginator import Paginator
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from modelcluster.models import get_all_child_relations
from wagtail.models import Page

from unitsites import thai_search
from web.plaintext import without_control_characters

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
# Enough for any real question; keeps a one-letter query from ranking the whole network.
MAX_RESULTS = 500


def cleaned_query(typed):
    """The query as typed, without control characters (PostgreSQL refuses NUL), runs of spaces
    or the words beyond MAX_QUERY_LENGTH characters."""
    query = " ".join(without_control_characters(typed).split())
    if len(query) <= MAX_QUERY_LENGTH:
        return query
    capped = query[: MAX_QUERY_LENGTH + 1]
    # Cut at the last whole word, where there is one, rather than inside a word.
    return capped.rsplit(" ", 1)[0] if " " in capped else query[:MAX_QUERY_LENGTH]


@dataclass
class SearchResult:
    page: Page
    title: SafeString
    excerpt: SafeString
    category: str
    date: date | None
    unit_name: str


def ranked_pages(pages, query):
    """Pages of the queryset `pages` that hold every word of `query`: those whose title holds them
    all first, each group newest first. The backend's relevance score is not asked for: on
    SQLite it takes ten times as long over the network, and the title says most of it."""
    words = thai_search.query_words(query)
    if not words:
        return []
    # Only what ranking needs: a full page row for each of hundreds of matches doubles the time.
    newest_first = pages.only("pk", "title").order_by("-last_published_at", "-id")
    found = list(newest_first.search(" ".join(words), order_by_relevance=False)[:MAX_RESULTS])
    return sorted(found, key=lambda page: not thai_search.mentions_all(page.title, words))


def results_page(pages, query, page_number, units_by_home_path=None):
    """The `page_number`th page (a Django Page) of SearchResults for `query` among `pages`.
    `units_by_home_path` ({home path: unit}) names each result's unit, on the portal."""
    paginator = Paginator(ranked_pages(pages, query), RESULTS_PER_PAGE)
    shown = paginator.get_page(page_number)
    words = thai_search.query_words(query)
    specific = _with_child_rows([page.pk for page in shown])
    shown.object_list = [
        _result(specific[page.pk], words, units_by_home_path) for page in shown.object_list
    ]
    return shown


def _with_child_rows(page_ids):
    """{id: specific page} with each page's inline rows read beforehand, a query per kind of
    row rather than per result: the excerpt reads them for the documents the page shows."""
    pages = {}
    by_type = defaultdict(list)
    for page in Page.objects.filter(pk__in=page_ids):
        by_type[page.specific_class or Page].append(page.pk)
    for model, ids in by_type.items():
        rows = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
        pages.update(model.objects.filter(pk__in=ids).prefetch_related(*rows).in_bulk())
    return pages


def _result(page, words, units_by_home_path):
    return SearchResult(
        page=page,
        title=thai_search.marked(page.title, words),
        excerpt=thai_search.excerpt(page.search_text, words) if page.search_text else "",
        category=page._meta.verbose_name,
        date=page.search_result_date(),
        unit_name=_unit_name(page, units_by_home_path or {}),
    )


def _unit_name(page, units_by_home_path):
    for home_path, unit in units_by_home_path.items():
        if page.path.startswith(home_path):
            return unit.name_for(get_language())
    return ""
