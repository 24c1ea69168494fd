"""What adding a unit and loading the demo cost (issue #16 item 4).

Migrates a throw-away database and times `seed_demo` (the 70-unit network with its content),
then times provisioning one more unit twice in the same run: as `provision_unit` does it (each
new object indexed once, at the end) and, as the baseline, with the search and reference
indexes updated at every save, as before. Both again once the network has grown to
BENCH_PROVISIONING_UNITS units (bare units, provisioned; default 200: provisioning a thousand
takes longer than a benchmark should, and the query count per unit stays the same as the
network grows, tests/network/test_provisioning_cost.py).

BENCH_DATABASE_URL runs it on another database (e.g. a local PostgreSQL); BENCH_UNITS_CSV seeds
fewer units than the whole demo network.
"""

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks import Table
from benchmarks.serving import database_url, environment, manage, python

GROWN_UNITS = int(os.environ.get("BENCH_PROVISIONING_UNITS", "200"))
TIMED_UNITS = 3  # per variant; the median is shown
HELD, EACH_SAVE = "indexed once, at the end", "indexed at every save (baseline)"
COLUMNS = ["measure", "units before", "seconds", "CPU seconds", "queries"]


def run():
    workdir = Path(tempfile.mkdtemp(prefix="bench-provisioning-"))
    env = environment(workdir, database_url(workdir))
    units_csv = os.environ.get("BENCH_UNITS_CSV")
    try:
        migrate = _timed_command(env, "migrate", "--no-input", "-v0")
        seed = _timed_command(env, "seed_demo", *(["--units", units_csv] if units_csv else []))
        printed = python(
            env, f"from benchmarks.provisioning import measure\nmeasure({GROWN_UNITS})"
        )
        report = json.loads(printed.splitlines()[-1])
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    rows = [
        ["migrate (a fresh database)", 0, *migrate, ""],
        ["seed_demo (sites, accounts, content)", 0, *seed, ""],
    ]
    for point in report["points"]:
        for variant in (HELD, EACH_SAVE):
            result = point[variant]
            rows.append(
                [
                    f"provision one unit, {variant}",
                    result["units"],
                    f"{result['seconds']:.2f}",
                    f"{result['cpu']:.2f}",
                    result["queries"],
                ]
            )
    table = Table(
        f"Provisioning and the demo: {report['database']}, median of {TIMED_UNITS} units per row",
        COLUMNS,
        rows,
    )
    table.notes.append(
        f"Units added after the demo are bare (provisioned, no content); {GROWN_UNITS} rather "
        "than 1,000 keeps the run short (BENCH_PROVISIONING_UNITS sets it). 'units before' is "
        "the network's size when the first timed unit of the row was added."
    )
    return table


def _timed_command(env, *args):
    """Run manage.py `args`; (seconds, CPU seconds) as printed."""
    begin, cpu = time.perf_counter(), _children_cpu()
    manage(env, *args)
    return f"{time.perf_counter() - begin:.0f}", f"{_children_cpu() - cpu:.0f}"


def _children_cpu():
    usage = os.times()
    return usage.children_user + usage.children_system


def measure(grown_units):
    """Run inside the portal's Django (benchmarks.serving.python); prints the timings as JSON.
    Django is imported here: `python -m benchmarks` imports this module before any setup."""
    from django.db import connection

    from network.models import Unit
    from network.provisioning import provision_unit

    points = [_point(provision_unit)]
    for number in range(Unit.objects.count(), grown_units):
        provision_unit(bench_unit(number))
    points.append(_point(provision_unit))
    print(json.dumps({"database": connection.vendor, "points": points}))


def _point(provision_unit):
    from network.models import Unit

    point = {}
    for variant, provision in ((HELD, provision_unit), (EACH_SAVE, _provision_indexing_each_save)):
        units = Unit.objects.count()
        timings = [_timed(provision, bench_unit(units + n)) for n in range(TIMED_UNITS)]
        median = sorted(timings, key=lambda timing: timing["seconds"])[TIMED_UNITS // 2]
        point[variant] = {**median, "units": units}
    return point


def _timed(provision, unit):
    from django.db import connection

    queries = 0

    def counted(execute, *args):
        nonlocal queries
        queries += 1
        return execute(*args)

    begin, cpu = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(counted):
        provision(unit)
    return {
        "seconds": time.perf_counter() - begin,
        "cpu": time.process_time() - cpu,
        "queries": queries,
    }


def bench_unit(number):
    from network.models import Unit, UnitKind

    unit = Unit(code=f"BENCH-{number}", kind=UnitKind.HEALTH_PROMOTING_HOSPITAL)
    unit.name_th = f"โรงพยาบาลส่งเสริมสุขภาพตำบลทดสอบ {number}"
    unit.name_en = f"Benchmark Health Promoting Hospital {number}"
    unit.hostname = f"bench-{number}.localhost"
    unit.save()
    return unit


def _provision_indexing_each_save(unit):
    from django.db import transaction

    from network import provisioning
    from unitsites.publishing import system_publication

    with transaction.atomic(), system_publication("the provisioning benchmark's baseline"):
        return provisioning._provision(unit, None)
