"""What counting page views costs on the request path (issue #7 item 5, C-24).

Serves one unit's site with gunicorn (benchmarks/serving.py) with PAGE_VIEW_COUNTING off and on
in turns, loads the unit's home page with wrk as a browser, and compares requests per second.
The traffic log stays at its production setting (on) in both, so the difference is the count.
Afterwards the counted views are compared with the requests wrk completed: every view served
to the browser must have been counted once, with several workers writing at the same time (the
sums wait in each worker's buffer, the last ones written when gunicorn stops its workers).
"""

import shutil
import tempfile
from pathlib import Path

from benchmarks import Table
from benchmarks.serving import (
    COLUMNS,
    WARM_UP_ARGS,
    WORKERS,
    WRK_ARGS,
    connections,
    database_url,
    environment,
    mean,
    prepare_unit_site,
    python,
    rows,
    serve_and_load,
)

ROUNDS = 3  # off, on, off, on, ...: a busy machine drifts, so the variants take turns
BROWSER = (
    "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"
)
OFF, ON = "counting off", "counting on"
COUNTS = 300
COUNTED_VIEWS = """
from django.db.models import Sum
from unitsites.models import PageViewDay
print(PageViewDay.objects.aggregate(total=Sum("views", default=0))["total"])
"""
# The count in the request and the bulk write after it, timed in one process without the
# writer thread: steadier than req/s on a shared machine.
COUNT_COST = f"""
import statistics, time
from django.utils import timezone
from unitsites.models import UnitHomePage
from unitsites.statistics.pageviews import count_page_view, page_view_buffer
home = UnitHomePage.objects.select_related("unit").get(locale__language_code="th")
day = timezone.localdate().replace(year=2099)
timings = []
for _ in range({COUNTS}):
    begin = time.perf_counter()
    count_page_view(home.unit.site_id, home.pk, day)
    timings.append(time.perf_counter() - begin)
begin = time.perf_counter()
page_view_buffer.flush()
print(statistics.median(timings) * 1000, (time.perf_counter() - begin) * 1000)
"""
FORGET_TIMED_COUNTS = """
from unitsites.models import PageViewDay
PageViewDay.objects.filter(day__year=2099).delete()
"""


def _environment(workdir, database, counting):
    return environment(workdir, database, PAGE_VIEW_COUNTING=str(counting))


def run():
    if shutil.which("wrk") is None:
        return Table("Page view counting cost", ["note"], [["wrk is not installed; skipped"]])
    workdir = Path(tempfile.mkdtemp(prefix="bench-pageviews-"))
    database = database_url(workdir)
    try:
        prepare_unit_site(_environment(workdir, database, counting=False))
        runs = {OFF: [], ON: []}
        for _round in range(ROUNDS):
            for label, counting in ((OFF, False), (ON, True)):
                env = _environment(workdir, database, counting)
                log_path = workdir / f"{label.replace(' ', '-')}.log"
                runs[label].append(serve_and_load(env, log_path, headers=[BROWSER]))
        served = sum(run["requests"] + run["warm_up_requests"] for run in runs[ON])
        counted = int(python(_environment(workdir, database, True), COUNTED_VIEWS).split()[-1])
        timing_env = {**_environment(workdir, database, True), "WRITE_BEHIND_INTERVAL_SECONDS": "0"}
        count_ms, bulk_ms = map(float, python(timing_env, COUNT_COST).split()[-2:])
        python(_environment(workdir, database, True), FORGET_TIMED_COUNTS)
        lost = sum(
            "Could not write" in line and "page views" in line
            for line in (workdir / "counting-on.log").read_text().splitlines()
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    results = {label: mean(results) for label, results in runs.items()}
    in_flight = ROUNDS * (connections(WRK_ARGS) + connections(WARM_UP_ARGS))
    table = Table(
        f"Page view counting cost: GET / of a unit home page as a browser, gunicorn {WORKERS} "
        f"sync workers, wrk {' '.join(WRK_ARGS)} x {ROUNDS} rounds each, traffic log on, "
        f"{database.split(':')[0]}",
        COLUMNS,
        rows(results, OFF),
    )
    table.notes.append(
        f"One count (added in memory, in the request, median of {COUNTS}): {count_ms:.3f} ms; "
        f"writing their sum (one bulk upsert, off the request path): {bulk_ms:.1f} ms."
    )
    table.notes.append(
        f"Views counted while counting was on: {counted}; responses wrk completed (incl. "
        f"warm-up): {served}; wrk stops each run with requests in flight that the server "
        f"still answers (at most {in_flight}); "
        f"failed bulk writes logged: {lost}."
    )
    return table
