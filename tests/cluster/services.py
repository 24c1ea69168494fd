"""The cluster's servers as child processes on loopback: each on a free port, each stopped by
the fixture that started it. The app servers, the schedulers and nginx run the commands and
configuration in deploy/ (systemd units, nginx site), with only addresses and paths moved."""

import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
VENV_BIN = Path(sys.executable).parent
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
LOOPBACK = "127.0.0.1"
START_TIMEOUT = 30


def free_port():
    """A port the kernel just handed out for 127.0.0.1:0 (free when the server binds it)."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        return probe.getsockname()[1]


def postgres_bin(name):
    """A PostgreSQL server program: on PATH, or Debian's newest under /usr/lib/postgresql."""
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=str)
    return shutil.which(name) or (str(candidates[-1]) if candidates else None)


def missing_tools():
    """The programs the cluster needs that this machine lacks (.ci/run installs them)."""
    needed = {
        "redis-server": shutil.which("redis-server"),
        "nginx": shutil.which("nginx"),
        "nginx cache-purge module": PURGE_MODULE.exists() or None,
        "moto_server (requirements-dev.txt)": (VENV_BIN / "moto_server").exists() or None,
        "wrk": shutil.which("wrk"),
        "pg_dump": shutil.which("pg_dump"),
        "pg_restore": shutil.which("pg_restore"),
        "psql": shutil.which("psql"),
    }
    if not server_database_url():
        needed["initdb (or DATABASE_URL on PostgreSQL)"] = postgres_bin("initdb")
        needed["pg_ctl"] = postgres_bin("pg_ctl")
    return [name for name, found in needed.items() if not found]


def server_database_url():
    """The test run's PostgreSQL server (DATABASE_URL), addressed at its `postgres` database."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None
    return urlunsplit(urlsplit(url)._replace(path="/postgres"))


def wait_for_port(port, process, log):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"exited with {process.returncode}: {Path(log).read_text()[-3000:]}")
        try:
            socket.create_connection((LOOPBACK, port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(
        f"port {port} not open after {START_TIMEOUT}s: {Path(log).read_text()[-3000:]}"
    )


class Server:
    """One child process with its output in a log file; stop() ends it and waits."""

    def __init__(self, name, command, log_dir, port=None, env=None, cwd=ROOT):
        self.name = name
        self.port = port
        self.log = Path(log_dir) / f"{name}.log"
        with self.log.open("w") as output:
            self.process = subprocess.Popen(  # noqa: S603  (the cluster's own servers)
                command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT
            )
        if port is not None:
            try:
                wait_for_port(port, self.process, self.log)
            except RuntimeError:
                self.stop()
                raise

    def stop(self, timeout=20):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def output(self):
        return self.log.read_text()


def start_redis(log_dir):
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", LOOPBACK, "--save", ""]
    return Server("redis", command + ["--appendonly", "no"], log_dir, port)


def start_s3(log_dir):
    port = free_port()
    command = [str(VENV_BIN / "moto_server"), "-H", LOOPBACK, "-p", str(port)]
    return Server("s3", command, log_dir, port)


class ThrowawayPostgres:
    """A PostgreSQL cluster of its own in a new folder of /tmp (ECOSYSTEM.md recipe), run as
    the `postgres` user when the tests run as root (PostgreSQL refuses root)."""

    def __init__(self):
        self.data_dir = Path(tempfile.mkdtemp(prefix="cluster-postgres-"))
        self.port = free_port()
        as_root = os.geteuid() == 0
        if as_root:
            shutil.chown(self.data_dir, "postgres", "postgres")
        self.as_owner = ["runuser", "-u", "postgres", "--"] if as_root else []
        self.run("initdb", "-D", self.data_dir, "-U", "postgres", "-A", "trust", "--no-sync")
        options = f"-p {self.port} -k {self.data_dir} -c listen_addresses={LOOPBACK} -c fsync=off"
        log = self.data_dir / "log"
        self.run("pg_ctl", "-D", self.data_dir, "-l", log, "-o", options, "-w", "start")
        self.url = f"postgres://postgres@{LOOPBACK}:{self.port}/postgres"

    def run(self, program, *arguments):
        subprocess.run(  # noqa: S603
            [*self.as_owner, postgres_bin(program), *map(str, arguments)],
            check=True,
            capture_output=True,
        )

    def stop(self):
        self.run("pg_ctl", "-D", self.data_dir, "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.data_dir, ignore_errors=True)


def database_url(server_url, name):
    return urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))


def environment_template():
    """deploy/portal.env.example as a dict, read the way systemd and a shell read it."""
    values = {}
    for line in (DEPLOY / "portal.env.example").read_text().splitlines():
        if line and not line.startswith("#"):
            key, value = line.split("=", 1)
            values[key] = shlex.split(value)[0] if value else ""
    return values


def unit_command(unit, **substitutions):
    """The ExecStart of a unit in deploy/systemd, run from this checkout and its virtualenv."""
    text = (DEPLOY / "systemd" / unit).read_text()
    line = re.search(r"^ExecStart=(.+)$", text, re.MULTILINE).group(1)
    line = line.replace("/srv/portal/.venv/bin/", f"{VENV_BIN}/").replace("/srv/portal", str(ROOT))
    for placeholder, value in substitutions.items():
        line = line.replace(placeholder, value)
    return shlex.split(line)


def start_app_server(port, env, log_dir):
    command = unit_command(
        "portal@.service", **{"${PORTAL_BIND_ADDRESS}": env["PORTAL_BIND_ADDRESS"], "%i": str(port)}
    )
    return Server(f"app-{port}", command, log_dir, port, env=env)


def start_scheduler(name, env, log_dir, interval=1):
    command = unit_command("portal-scheduler.service") + ["--interval", str(interval), "-v", "2"]
    # Each round's report reaches the log as it is written (the test counts rounds).
    return Server(name, command, log_dir, env={**env, "PYTHONUNBUFFERED": "1"})


def install_nginx_site(prefix, media_snippet, ports=None):
    """deploy/nginx laid out as on the front machine, under `prefix` instead of /etc/nginx.

    Only the absolute cache and log paths move into the prefix; with `ports` (the cluster test)
    the listeners, the app servers and the bucket move to loopback test ports too."""
    shutil.copytree(DEPLOY / "nginx" / "portal", prefix / "portal")
    shutil.copy(prefix / "portal" / media_snippet, prefix / "portal" / "media.conf")
    (prefix / "portal" / "tls").mkdir()
    subprocess.run(  # noqa: S603
        [shutil.which("openssl"), "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=portal.test", "-keyout", str(prefix / "portal/tls/privkey.pem")]
        + ["-out", str(prefix / "portal/tls/fullchain.pem")],
        check=True,
        capture_output=True,
    )
    site = (DEPLOY / "nginx" / "portal.conf").read_text()
    site = site.replace("/var/cache/nginx/portal", str(prefix / "cache"))
    site = site.replace("/var/log/nginx/", f"{prefix}/")
    if ports:
        site = _move_to_test_ports(prefix, site, ports)
    (prefix / "portal.conf").write_text(site)
    # nginx started as root runs its workers as `nobody`, who cannot enter a private temp dir.
    user = "user root;\n" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        f"load_module {PURGE_MODULE};\n{user}"
        f"error_log {prefix}/error.log;\npid {prefix}/nginx.pid;\n"
        "events {}\n"
        "http {\n    include /etc/nginx/mime.types;\n    include portal.conf;\n}\n"
    )


def _move_to_test_ports(prefix, site, ports):
    site = re.sub(r"^\s*listen \[::\].*\n", "", site, flags=re.MULTILINE)
    site = site.replace("listen 80 ", f"listen {LOOPBACK}:{ports['http']} ")
    site = site.replace("listen 443 ", f"listen {LOOPBACK}:{ports['https']} ")
    site = site.replace(f"listen {LOOPBACK}:6081;", f"listen {LOOPBACK}:{ports['purge']};")
    upstreams = prefix / "portal" / "upstreams.conf"
    servers = iter(ports["apps"])
    upstreams.write_text(
        re.sub(
            r"127\.0\.0\.1:80\d\d", lambda _: f"{LOOPBACK}:{next(servers)}", upstreams.read_text()
        )
    )
    media = prefix / "portal" / "media.conf"
    media.write_text(
        media.read_text()
        .replace("http://127.0.0.1:9000", ports["s3"])
        .replace("/portal-media/", f"/{ports['bucket']}/")
    )
    return site


def start_nginx(prefix, https_port, log_dir):
    command = [shutil.which("nginx"), "-p", str(prefix), "-c", str(prefix / "nginx.conf")]
    return Server("nginx", command + ["-g", "daemon off;"], log_dir, https_port)
