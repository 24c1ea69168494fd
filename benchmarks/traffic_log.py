"""What the traffic log costs on the request path (issue #5 item 7).

Builds a throw-away database (migrate + one provisioned unit), then serves it twice with
gunicorn (benchmarks/serving.py), with TRAFFIC_LOG_ENABLED off and on, and loads a unit's home
page with wrk for a few seconds each. Everything else is identical between the two runs. The
records wait in each worker's buffer and are written in bulk (web.writebehind), the last ones
when gunicorn stops its workers, so every request served is counted afterwards.
"""

import shutil
import sqlite3
import tempfile
from pathlib import Path

from benchmarks import Table
from benchmarks.serving import (
    COLUMNS,
    HOST,
    WORKERS,
    WRK_ARGS,
    database_url,
    environment,
    mean,
    prepare_unit_site,
    python,
    rows,
    serve_and_load,
)

ROUNDS = 3  # off, on, off, on, ...: a busy machine drifts, so the variants take turns
WRITES = 300
# The recording in the request and the bulk write after it, timed in one process without the
# writer thread: steadier than req/s on a shared machine.
WRITE_COST = f"""
import statistics, time
from django.test import RequestFactory
from django.utils import timezone
from network.traffic.recording import record_request, traffic_buffer
request = RequestFactory().get("/", HTTP_HOST="{HOST}", HTTP_USER_AGENT="wrk")
started = timezone.now()
timings = []
for _ in range({WRITES}):
    begin = time.perf_counter()
    record_request(request, 200, started)
    timings.append(time.perf_counter() - begin)
begin = time.perf_counter()
traffic_buffer.flush()
print(statistics.median(timings) * 1000, (time.perf_counter() - begin) * 1000)
"""


def _environment(workdir, database, logging_on):
    return environment(
        workdir,
        database,
        TRAFFIC_LOG_ENABLED="True" if logging_on else "False",
        PAGE_VIEW_COUNTING="False",
    )


def _count_records(database_path):
    with sqlite3.connect(database_path) as connection:
        return connection.execute("SELECT count(*) FROM network_trafficrecord").fetchone()[0]


def run():
    if shutil.which("wrk") is None:
        return Table("Traffic log cost", ["note"], [["wrk is not installed; skipped"]])
    workdir = Path(tempfile.mkdtemp(prefix="bench-traffic-"))
    database = database_url(workdir)
    try:
        prepare_unit_site(_environment(workdir, database, logging_on=False))
        runs = {"traffic log off": [], "traffic log on": []}
        for _round in range(ROUNDS):
            for label, logging_on in (("traffic log off", False), ("traffic log on", True)):
                env = _environment(workdir, database, logging_on)
                log_path = workdir / f"{label.replace(' ', '-')}.log"
                runs[label].append(serve_and_load(env, log_path))
        results = {label: mean(results) for label, results in runs.items()}
        recorded = (
            _count_records(workdir / "bench.sqlite3") if database.startswith("sqlite") else None
        )
        timing_env = {**_environment(workdir, database, True), "WRITE_BEHIND_INTERVAL_SECONDS": "0"}
        record_ms, bulk_ms = map(float, python(timing_env, WRITE_COST).split()[-2:])
        lost = sum(
            "Could not write" in line and "traffic records" in line
            for line in (workdir / "traffic-log-on.log").read_text().splitlines()
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    table = Table(
        f"Traffic log cost: GET / of a unit home page, gunicorn {WORKERS} sync workers, "
        f"wrk {' '.join(WRK_ARGS)} x {ROUNDS} rounds each, {database.split(':')[0]}",
        COLUMNS,
        rows(results, "traffic log off"),
    )
    table.notes.append(
        f"Recording one request (into the buffer, in the request, median of {WRITES}): "
        f"{record_ms:.3f} ms; writing the {WRITES} in bulk (off the request path): "
        f"{bulk_ms:.1f} ms."
    )
    if recorded is not None:
        table.notes.append(
            f"Records written while logging was on (incl. warm-up and start-up probes): {recorded}; "
            f"failed bulk writes logged: {lost}."
        )
    return table
