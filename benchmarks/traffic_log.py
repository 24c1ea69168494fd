"""What the traffic log costs on the request path (issue #5 item 7).

Builds a throw-away SQLite database (migrate + one provisioned unit), then serves it twice with
gunicorn on a free loopback port, with TRAFFIC_LOG_ENABLED off and on, and loads a unit's home
page with wrk for a few seconds each. Everything else is identical between the two runs.
BENCH_DATABASE_URL runs it on another database (e.g. a local PostgreSQL) instead.
"""

import os
import re
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from benchmarks import Table

ROOT = Path(__file__).resolve().parent.parent
HOST = "bench-unit.localhost"
WORKERS = 2
WRK_ARGS = ["-t2", "-c8", "-d5s", "--latency"]
ROUNDS = 3  # off, on, off, on, ...: a busy machine drifts, so the variants take turns
WRITES = 300
# The write itself, timed in one process: steadier than req/s on a shared machine.
WRITE_COST = f"""
import statistics, time, django
django.setup()
from django.test import RequestFactory
from django.utils import timezone
from network.traffic.recording import _record_request
request = RequestFactory().get("/", HTTP_HOST="{HOST}", HTTP_USER_AGENT="wrk")
started = timezone.now()
timings = []
for _ in range({WRITES}):
    begin = time.perf_counter()
    _record_request(request, 200, started)
    timings.append(time.perf_counter() - begin)
print(statistics.median(timings) * 1000)
"""
STARTUP_SECONDS = 60


def _environment(workdir, database_url, logging_on):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "False",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(workdir / "media"),
        "TRAFFIC_LOG_ENABLED": "True" if logging_on else "False",
    }


def _manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(url, server):
    deadline = time.monotonic() + STARTUP_SECONDS
    request = urllib.request.Request(url, headers={"Host": HOST})
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError("gunicorn stopped while starting")
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {STARTUP_SECONDS} s")


def _milliseconds(text):
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def _parse_wrk(output):
    latencies = dict(re.findall(r"^\s+(50|99)(?:\.000)?%\s+(\S+)\s*$", output, re.MULTILINE))
    if "50" not in latencies:
        raise RuntimeError(f"wrk gave no latency distribution:\n{output}")
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _milliseconds(latencies["50"]),
        "p99": _milliseconds(latencies["99"]),
        "errors": sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output)),
    }


def _serve_and_load(env, log_path):
    port = _free_port()
    url = f"http://127.0.0.1:{port}/"
    with log_path.open("a") as log:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi:application",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                str(WORKERS),
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait_until_serving(url, server)
            header = ["-H", f"Host: {HOST}"]
            subprocess.run(
                ["wrk", "-t1", "-c2", "-d1s", *header, url], check=True, capture_output=True
            )
            result = subprocess.run(
                ["wrk", *WRK_ARGS, *header, url], check=True, capture_output=True, text=True
            )
        finally:
            server.terminate()
            server.wait(timeout=30)
    return _parse_wrk(result.stdout)


def _write_cost_ms(env):
    result = subprocess.run(
        [sys.executable, "-c", WRITE_COST],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return float(result.stdout.split()[-1])


def _mean(results):
    return {
        "requests": sum(result["requests"] for result in results),
        "rps": sum(result["rps"] for result in results) / len(results),
        "p50": sum(result["p50"] for result in results) / len(results),
        "p99": max(result["p99"] for result in results),
        "errors": sum(result["errors"] for result in results),
    }


def _count_records(database_path):
    with sqlite3.connect(database_path) as connection:
        return connection.execute("SELECT count(*) FROM network_trafficrecord").fetchone()[0]


def run():
    if shutil.which("wrk") is None:
        return Table("Traffic log cost", ["note"], [["wrk is not installed; skipped"]])
    workdir = Path(tempfile.mkdtemp(prefix="bench-traffic-"))
    database_path = workdir / "bench.sqlite3"
    database_url = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{database_path}")
    try:
        setup_env = _environment(workdir, database_url, logging_on=False)
        _manage(setup_env, "migrate", "--no-input", "-v0")
        _manage(
            setup_env,
            "add_unit",
            "BENCH",
            "--kind",
            "hospital",
            "--name-th",
            "โรงพยาบาลทดสอบ",
            "--name-en",
            "Benchmark Hospital",
            "--hostname",
            HOST,
        )
        runs = {"traffic log off": [], "traffic log on": []}
        for _round in range(ROUNDS):
            for label, logging_on in (("traffic log off", False), ("traffic log on", True)):
                env = _environment(workdir, database_url, logging_on)
                log_path = workdir / f"{label.replace(' ', '-')}.log"
                runs[label].append(_serve_and_load(env, log_path))
        results = {label: _mean(results) for label, results in runs.items()}
        recorded = _count_records(database_path) if database_url.startswith("sqlite") else None
        write_ms = _write_cost_ms(_environment(workdir, database_url, logging_on=True))
        lost = sum(
            "Could not write a traffic record" in line
            for line in (workdir / "traffic-log-on.log").read_text().splitlines()
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    base = results["traffic log off"]["rps"]
    table = Table(
        f"Traffic log cost: GET / of a unit home page, gunicorn {WORKERS} sync workers, "
        f"wrk {' '.join(WRK_ARGS)} x {ROUNDS} rounds each, {database_url.split(':')[0]}",
        ["variant", "requests", "mean req/s", "mean p50 ms", "worst p99 ms", "non-2xx", "relative"],
    )
    for label, result in results.items():
        table.rows.append(
            [
                label,
                result["requests"],
                f"{result['rps']:.1f}",
                f"{result['p50']:.1f}",
                f"{result['p99']:.1f}",
                result["errors"],
                f"{result['rps'] / base:.1%}",
            ]
        )
    table.notes.append(
        f"One traffic record write (after the response, same process, median of {WRITES}): "
        f"{write_ms:.2f} ms."
    )
    if recorded is not None:
        table.notes.append(
            f"Records written while logging was on (incl. warm-up and start-up probes): {recorded}; "
            f"write failures logged: {lost}."
        )
    return table
