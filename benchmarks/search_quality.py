"""How well the network-wide search finds Thai words (issue #14 item 3).

Loads the demo network into a throw-away database, samples words and phrases from its live Thai
pages (seeded, so every run asks the same), and asks each one of the portal's search over the
whole network twice in the same run: once indexed and asked as Wagtail's database backend does
by default (whole space-separated words), once with the Thai words of unitsites.thai_search.

- recall: the share of queries whose source page the search matches, whatever its rank (a
  common word matches hundreds of the demo's near-identical unit pages);
- precision@10: the share of the first ten results whose title or text holds the query;
- p95: the 95th percentile of the time one query takes (the first page of results, excerpts
  included), over the whole network.

BENCH_DATABASE_URL runs it on another database (e.g. a local PostgreSQL); BENCH_UNITS_CSV loads
fewer units than the whole demo network.
"""

import json
import os
import random
import shutil
import tempfile
import time
from pathlib import Path
from statistics import quantiles

from benchmarks import Table
from benchmarks.serving import database_url, environment, manage, python

SEED = 14
WORD_QUERIES = 300
PHRASE_QUERIES = 100
COLUMNS = ["search", "queries", "recall", "precision@10", "p95 ms"]


def run():
    workdir = Path(tempfile.mkdtemp(prefix="bench-search-"))
    env = environment(workdir, database_url(workdir))
    try:
        manage(env, "migrate", "--no-input", "-v0")
        units = os.environ.get("BENCH_UNITS_CSV")
        manage(env, "seed_demo", *(["--units", units] if units else []))
        printed = python(env, "from benchmarks.search_quality import measure\nmeasure()")
        report = json.loads(printed.splitlines()[-1])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    table = Table(
        f"Search quality: {report['pages']} live Thai pages of {report['units']} units, "
        f"{report['queries']} sampled queries (seed {SEED}), {report['database']}",
        COLUMNS,
        [
            [name, result["queries"], result["recall"], result["precision"], result["p95_ms"]]
            for name, result in report["searches"].items()
        ],
    )
    table.notes.append(
        "recall: the search matches the query's source page; precision@10: the share of the first ten "
        "results whose title or text holds the query; p95: one query's first page of results."
    )
    return table


def measure():
    """Run inside the portal's Django (benchmarks.serving.python); prints the report as JSON.
    Django is imported here: `python -m benchmarks` imports this module before any setup."""
    from django.core.management import call_command
    from django.db import connection
    from django.utils import translation

    from wagtail.models import Locale, Page

    from home.search import network_homes, network_pages
    from unitsites import thai_search
    from unitsites.models.searchable import ThaiSearchable
    from unitsites.page_search import RESULTS_PER_PAGE, ranked_pages, results_page

    def folded(text):
        return " ".join(thai_search.arabic_digits(text).casefold().split())

    with translation.override("th"):
        locale = Locale.get_active()
        homes = list(network_homes({}, locale))
        pages = [page.specific for page in network_pages(homes, None, locale)]
        texts = {page.pk: folded(f"{page.title}\n{page.search_text}") for page in pages}
        queries = _sampled_queries(pages, thai_search)

        def default_shown(query):
            return list(network_pages(homes, None, locale).search(query)[:RESULTS_PER_PAGE])

        def default_matches(query, source):
            return Page.objects.filter(pk=source).search(query).count() == 1

        def thai_shown(query):
            return [
                result.page for result in results_page(network_pages(homes, None, locale), query, 1)
            ]

        def thai_matches(query, source):
            return len(ranked_pages(Page.objects.filter(pk=source), query)) == 1

        # Wagtail's default first: the same fields indexed without the Thai words.
        thai_methods = (ThaiSearchable.search_title_words, ThaiSearchable.search_text_words)
        ThaiSearchable.search_title_words = ThaiSearchable.search_text_words = _nothing
        call_command("update_index", verbosity=0)
        searches = {
            "Wagtail default": _score(queries, texts, folded, default_shown, default_matches)
        }
        ThaiSearchable.search_title_words, ThaiSearchable.search_text_words = thai_methods
        call_command("update_index", verbosity=0)
        searches["Thai words (newmm + ICU)"] = _score(
            queries, texts, folded, thai_shown, thai_matches
        )
    report = {
        "pages": len(pages),
        "units": len(homes),
        "queries": len(queries),
        "database": connection.vendor,
        "searches": searches,
    }
    print(json.dumps(report))


def _nothing(page):
    return ""


def _sampled_queries(pages, thai_search):
    """[(query, source page pk)]: Thai words of two letters or more and runs of two or three
    words, each taken from a page's title or text."""
    rng = random.Random(SEED)
    words_of = {
        page.pk: [
            word
            for word in thai_search.newmm_words(f"{page.title}\n{page.search_text}")
            if len(word) >= 2 and _is_thai(word)
        ]
        for page in pages
    }
    sources = sorted(pk for pk, words in words_of.items() if len(words) >= 3)
    queries = []
    for _ in range(WORD_QUERIES):
        pk = rng.choice(sources)
        queries.append((rng.choice(words_of[pk]), pk))
    for _ in range(PHRASE_QUERIES):
        pk = rng.choice(sources)
        words = words_of[pk]
        start = rng.randrange(len(words) - 1)
        queries.append(("".join(words[start : start + rng.choice((2, 3))]), pk))
    return queries


def _is_thai(word):
    return any("\u0e00" <= character <= "\u0e7f" for character in word)


def _score(queries, texts, folded, shown_results, matches):
    found = 0
    precisions = []
    times = []
    for query, source in queries:
        started = time.perf_counter()
        shown = shown_results(query)
        times.append((time.perf_counter() - started) * 1000)
        found += matches(query, source)
        top = shown[:10]
        if top:
            holding = sum(folded(query) in texts.get(page.pk, "") for page in top)
            precisions.append(holding / len(top))
    return {
        "queries": len(queries),
        "recall": round(found / len(queries), 3),
        "precision": round(sum(precisions) / len(precisions), 3) if precisions else 0.0,
        "p95_ms": round(quantiles(times, n=20)[-1], 1),
    }
