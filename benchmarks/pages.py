"""Serving the public pages, uncached and from the page cache, beside a bare Django view (issue
#16 item 5).

Loads one unit with the demo's content (the provincial office, DEMO_UNIT) into a throw-away
database, then, for each network size in BENCH_UNITS (a comma-separated list, e.g. "70,1000";
default "10"), grows the network to that many units with bare provisioned ones, timing each,
and serves the portal with gunicorn twice, PAGE_CACHE_ENABLED off and on. In each server wrk
loads every page in PAGES for a few seconds, with a bare Django view (benchmarks/bare_view)
answering as many bytes as the unit home before and after them: the ratio to the bare view's
requests per second is the figure. The page cache lives in a file cache of its own (the default
cross-process cache; Redis in production).

Queries per page are counted through Django's test client on the same database: the second
visit of each page (the first fills per-process caches, as a warm gunicorn worker has), with
the cache off, and with it on once the first visit has filled it.

BENCH_DATABASE_URL runs it on another, empty database. A throw-away PostgreSQL cluster (as
root, as .ci/run does):

    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); PGDATA=$(mktemp -d)
    chown postgres:postgres $PGDATA
    su postgres -s /bin/sh -c "$PGBIN/initdb -D $PGDATA -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 --no-sync"
    su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDATA -l $PGDATA/log -w \
        -o '-p 54330 -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off' start"
    su postgres -s /bin/sh -c "$PGBIN/createdb -h 127.0.0.1 -p 54330 bench"
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:54330/bench \
        .venv/bin/python -m benchmarks pages
    su postgres -s /bin/sh -c "$PGBIN/pg_ctl -D $PGDATA -m fast -w stop"; rm -rf $PGDATA
"""

import json
import os
import shutil
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

from benchmarks import Table
from benchmarks.serving import (
    ROOT,
    WORKERS,
    WRK_ARGS,
    database_url,
    environment,
    gunicorn,
    load,
    manage,
    page_address,
    python,
)

DEMO_UNIT = "PHO-STN"
UNITS = [int(units) for units in os.environ.get("BENCH_UNITS", "10").split(",")]
SEARCH_WORDS = "สุขภาพ"
PAGES = [
    "portal home",
    "unit home",
    "news list",
    "news item",
    "document download",
    "search",
    "statistics page",
]
BARE = "bare Django view"
COLUMNS = [
    "units",
    "page",
    "page cache",
    "req/s",
    "p50 ms",
    "p99 ms",
    "of bare",
    "queries",
    "X-Page-Cache",
    "non-2xx/timeouts",
]


def run():
    if shutil.which("wrk") is None:
        return Table("Serving the public pages", ["note"], [["wrk is not installed; skipped"]])
    workdir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    database = database_url(workdir)
    rows, notes = [], []
    try:
        _prepare(workdir, database)
        for units in UNITS:
            growth = json.loads(
                python(
                    _environment(workdir, database, cached=False),
                    f"from benchmarks.pages import grow\ngrow({units})",
                ).splitlines()[-1]
            )
            point_rows, servers = _point(workdir, database, growth["units"])
            rows += point_rows
            notes.append(_point_note(growth, servers))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    table = Table(
        f"Serving the public pages: gunicorn {WORKERS} sync workers, wrk {' '.join(WRK_ARGS)} "
        f"per row, {database.split(':')[0]}, one unit with the demo's content ({DEMO_UNIT}) "
        "and bare provisioned units",
        COLUMNS,
        rows,
    )
    table.notes += [
        "'of bare': req/s over the bare view's with the page cache off (the mean of its first "
        "and last runs in that server); the bare view's row with the cache on is what a page "
        "the cache does not hold pays for looking; queries: the page's second visit through "
        "the test client (cache on: the visit after the one that filled it); X-Page-Cache: the "
        "second of two visits just before the load.",
        *notes,
    ]
    return table


def _environment(workdir, database, cached):
    return environment(
        workdir,
        database,
        DJANGO_SETTINGS_MODULE="benchmarks.bare_view.settings",
        CACHE_URL=f"filecache://{workdir / 'cache' / 'django'}",
        PAGE_CACHE_ENABLED=str(cached),
    )


def _prepare(workdir, database):
    """Migrate, and load the demo unit with its content."""
    env = _environment(workdir, database, cached=False)
    units_csv = workdir / "units.csv"
    header, *records = (ROOT / "network" / "data" / "satun-units.csv").read_text().splitlines()
    demo_record = next(record for record in records if record.startswith(f"{DEMO_UNIT},"))
    units_csv.write_text(f"{header}\n{demo_record}\n")
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "seed_demo", "--units", str(units_csv))


def _point(workdir, database, units):
    """The rows for one network size, and each server's workers' peak memory."""
    pages = json.loads(
        python(
            _environment(workdir, database, cached=False),
            "from benchmarks.pages import describe\ndescribe()",
        ).splitlines()[-1]
    )
    bare_size = pages["unit home"]["bytes"]
    results, servers = {}, {}
    for cached in (False, True):
        env = _environment(workdir, database, cached)
        log_path = workdir / f"gunicorn-{units}-{cached}.log"
        unit_host = pages["unit home"]["host"]
        with gunicorn(env, log_path, host=unit_host) as server:
            bare_runs = [load(f"{server.url}bench-bare/{bare_size}/", unit_host)]
            for label in PAGES:
                url = server.url + quote(pages[label]["path"].lstrip("/"), safe="/?=&%")
                probe = _probe(url, pages[label]["host"])
                results[label, cached] = {**load(url, pages[label]["host"]), "probe": probe}
            bare_runs.append(load(f"{server.url}bench-bare/{bare_size}/", unit_host))
            servers[cached] = _workers_peak_rss_mb(server)
        results[BARE, cached] = {
            "rps": sum(run["rps"] for run in bare_runs) / len(bare_runs),
            "p50": sum(run["p50"] for run in bare_runs) / len(bare_runs),
            "p99": max(run["p99"] for run in bare_runs),
            "errors": sum(run["errors"] for run in bare_runs),
            "timeouts": sum(run["timeouts"] for run in bare_runs),
            "probe": "",
        }
    rows = []
    for label in (BARE, *PAGES):
        for cached in (False, True):
            result = results[label, cached]
            queries = "" if label == BARE else pages[label]["queries"]["on" if cached else "off"]
            rows.append(
                [
                    units,
                    label,
                    "on" if cached else "off",
                    f"{result['rps']:.1f}",
                    f"{result['p50']:.1f}",
                    f"{result['p99']:.1f}",
                    f"{result['rps'] / results[BARE, False]['rps']:.3f}",
                    queries,
                    result["probe"],
                    f"{result['errors']}/{result['timeouts']}",
                ]
            )
    return rows, servers


def _point_note(growth, servers):
    provisioning = (
        f"provisioning {growth['added']} units from {growth['units'] - growth['added']} took "
        f"{growth['seconds_per_unit']:.2f} s per unit"
        if growth["added"]
        else "no unit provisioned"
    )
    memory = "; ".join(
        f"cache {'on' if cached else 'off'} "
        + " / ".join(f"{peak:.0f}" for peak in sorted(peaks))
        + " MB"
        for cached, peaks in servers.items()
    )
    return f"{growth['units']} units: {provisioning}; gunicorn workers' peak RSS: {memory}."


def _probe(url, host):
    """Ask twice before the load (wrk's short warm-up may not finish a slow page's first
    visit); the second answer's X-Page-Cache."""
    request = urllib.request.Request(url, headers={"Host": host})
    for _visit in range(2):
        with urllib.request.urlopen(request, timeout=60) as response:
            response.read()
    return response.headers.get("X-Page-Cache", "-")


def _workers_peak_rss_mb(server):
    """Each gunicorn worker's peak resident memory (VmHWM), read before they stop."""
    peaks = []
    for status_file in Path("/proc").glob("[0-9]*/status"):
        try:
            lines = status_file.read_text().splitlines()
        except OSError:
            continue
        status = dict(line.split(":", 1) for line in lines if ":" in line)
        if int(status["PPid"]) == server.pid and "VmHWM" in status:
            peaks.append(int(status["VmHWM"].split()[0]) / 1024)
    return peaks


def grow(units):
    """Run inside the portal's Django (benchmarks.serving.python): provision bare units until
    the network has `units`; prints the network's size and the time per unit as JSON."""
    from benchmarks.provisioning import bench_unit
    from network.models import Unit
    from network.provisioning import provision_unit

    before = Unit.objects.count()
    begin = time.perf_counter()
    for number in range(before, units):
        provision_unit(bench_unit(number))
    added = max(units - before, 0)
    print(
        json.dumps(
            {
                "units": Unit.objects.count(),
                "added": added,
                "seconds_per_unit": (time.perf_counter() - begin) / added if added else 0,
            }
        )
    )


def describe():
    """Run inside the portal's Django: each page's host and path, the bytes of its answer and
    its queries with the page cache off and on, as JSON."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    from wagtail.documents import get_document_model

    from home.models import PortalHomePage
    from network.models import Unit
    from unitsites.models import NewsPage, NewsSection, StatisticsSection, UnitHomePage

    unit = Unit.objects.get(code=DEMO_UNIT)
    home = UnitHomePage.objects.get(unit=unit, locale__language_code="th")
    unit_pages = home.get_descendants().live()
    document = get_document_model().objects.filter(collection=unit.collection).order_by("pk")[0]
    addresses = {
        "portal home": page_address(PortalHomePage.objects.get(locale__language_code="th")),
        "unit home": page_address(home),
        "news list": page_address(unit_pages.type(NewsSection).first()),
        "news item": page_address(unit_pages.type(NewsPage).order_by("path").first()),
        "document download": (unit.hostname, document.url),
        "search": (unit.hostname, f"/search/?q={quote(SEARCH_WORDS)}"),
        "statistics page": page_address(unit_pages.type(StatisticsSection).first()),
    }

    def visit(host, path):
        response = Client(HTTP_HOST=host).get(path)
        if response.status_code != 200:
            raise RuntimeError(f"{host}{path} answered {response.status_code}")
        return response

    def counted(host, path):
        with CaptureQueriesContext(connection) as queries:
            response = visit(host, path)
            body = b"".join(response) if response.streaming else response.content
        return len(queries), len(body)

    pages = {}
    for label, (host, path) in addresses.items():
        visit(host, path)
        uncached, size = counted(host, path)
        with override_settings(PAGE_CACHE_ENABLED=True):
            visit(host, path)
            cached, _size = counted(host, path)
        pages[label] = {
            "host": host,
            "path": path,
            "bytes": size,
            "queries": {"off": uncached, "on": cached},
        }
    print(json.dumps(pages))
