"""What the serving benchmarks share: a throw-away portal with one provisioned unit, served by
gunicorn on a free loopback port and loaded with wrk, and the parsing of wrk's report.

BENCH_DATABASE_URL runs a benchmark on another database (e.g. a local PostgreSQL) instead of a
fresh SQLite file in the work directory.
"""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "bench-unit.localhost"
WORKERS = 2
# A request still unanswered after --timeout counts as a timeout, outside the latencies.
WRK_ARGS = ["-t2", "-c8", "-d5s", "--timeout", "10s", "--latency"]
WARM_UP_ARGS = ["-t1", "-c2", "-d1s"]
STARTUP_SECONDS = 60


def connections(wrk_args):
    """The number of connections wrk keeps open with these arguments."""
    return next(int(arg[2:]) for arg in wrk_args if arg.startswith("-c"))


def database_url(workdir):
    return os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{workdir / 'bench.sqlite3'}")


def environment(workdir, database, **settings):
    """The portal's environment for a run; `settings` are extra variables (e.g. switches)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "False",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": database,
        "MEDIA_ROOT": str(workdir / "media"),
        **settings,
    }


def manage(env, *args):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, capture_output=True
    )


def python(env, code):
    """Run `code` with Django set up; returns what it printed."""
    result = subprocess.run(
        [sys.executable, "-c", "import django\ndjango.setup()\n" + code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def prepare_unit_site(env):
    """Migrate the database and provision one unit answering on HOST."""
    manage(env, "migrate", "--no-input", "-v0")
    manage(
        env,
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


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(url, server, host):
    deadline = time.monotonic() + STARTUP_SECONDS
    request = urllib.request.Request(url, headers={"Host": host})
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


def parse_wrk(output):
    latencies = dict(re.findall(r"^\s+(50|99)(?:\.000)?%\s+(\S+)\s*$", output, re.MULTILINE))
    if "50" not in latencies:
        raise RuntimeError(f"wrk gave no latency distribution:\n{output}")
    return {
        "requests": int(re.search(r"(\d+) requests in", output).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": _milliseconds(latencies["50"]),
        "p99": _milliseconds(latencies["99"]),
        "errors": sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses: (\d+)", output)),
        "timeouts": sum(int(n) for n in re.findall(r"Socket errors:.* timeout (\d+)", output)),
    }


@contextmanager
def gunicorn(env, log_path, host=HOST):
    """Serve the portal with WORKERS gunicorn sync workers on a free loopback port, once GET /
    answers on `host`; yields the master process, whose `url` is the server's root."""
    port = _free_port()
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
        server.url = f"http://127.0.0.1:{port}/"
        try:
            _wait_until_serving(server.url, server, host)
            yield server
        finally:
            server.terminate()
            server.wait(timeout=30)


def load(url, host, headers=()):
    """Warm up, then load `url` on `host` for WRK_ARGS; wrk's figures, plus `warm_up_requests`:
    those sent while warming up."""
    header_args = [arg for header in (f"Host: {host}", *headers) for arg in ("-H", header)]
    warm_up = subprocess.run(
        ["wrk", *WARM_UP_ARGS, *header_args, url], check=True, capture_output=True, text=True
    )
    result = subprocess.run(
        ["wrk", *WRK_ARGS, *header_args, url], check=True, capture_output=True, text=True
    )
    figures = parse_wrk(result.stdout)
    figures["warm_up_requests"] = int(re.search(r"(\d+) requests in", warm_up.stdout).group(1))
    return figures


def serve_and_load(env, log_path, headers=()):
    """Serve the portal with gunicorn and load GET / of the unit (see `load`)."""
    with gunicorn(env, log_path) as server:
        return load(server.url, HOST, headers)


def mean(results):
    return {
        "requests": sum(result["requests"] for result in results),
        "rps": sum(result["rps"] for result in results) / len(results),
        "p50": sum(result["p50"] for result in results) / len(results),
        "p99": max(result["p99"] for result in results),
        "errors": sum(result["errors"] for result in results),
    }


def rows(results, baseline):
    """Table rows of mean figures per variant, relative to `baseline`'s requests per second."""
    base = results[baseline]["rps"]
    return [
        [
            label,
            result["requests"],
            f"{result['rps']:.1f}",
            f"{result['p50']:.1f}",
            f"{result['p99']:.1f}",
            result["errors"],
            f"{result['rps'] / base:.1%}",
        ]
        for label, result in results.items()
    ]


COLUMNS = [
    "variant",
    "requests",
    "mean req/s",
    "mean p50 ms",
    "worst p99 ms",
    "non-2xx",
    "relative",
]


def page_address(page):
    """(host, path) a visitor asks for `page` (run inside the portal's Django)."""
    _site_id, _root_url, path = page.get_url_parts()
    return page.get_site().hostname, path
