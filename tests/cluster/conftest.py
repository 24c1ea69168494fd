"""A small cluster on loopback, started once for the `cluster` tests (docs/deploy.md):
PostgreSQL, Redis, an S3-compatible server (moto), two gunicorn app servers with the production
settings and nginx's front cache in front of them, all configured from deploy/.

Missing programs skip these tests, or fail them under REQUIRE_CLUSTER=1 (CI). The database is
a fresh one on the test run's PostgreSQL server (DATABASE_URL), or on a throwaway server."""

import csv
import io
import json
import os
import secrets
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor

import boto3
import psycopg
import pytest
import requests

from network.demo import DEMO_PASSWORD, UNITS_CSV

from . import services

# One district office: the demo fills it in every category (documents, submissions...) and it
# loads in seconds; alone in the file, it has no parent.
CLUSTER_UNIT = "DHO-MUEANGSATUN"
UNIT_HOST = "dho-mueangsatun.localhost"
BUCKET = "portal-media"
S3_KEYS = {"MEDIA_S3_ACCESS_KEY_ID": "testing", "MEDIA_S3_SECRET_ACCESS_KEY": "testing"}
# The marks of every cluster test module. The front's certificate is self-signed: requests go
# to 127.0.0.1 by address, unverified. The tests share one module: under xdist, `--dist
# loadfile` keeps them on one worker with one cluster (xdist 3.8's loadgroup does not group on
# pytest 9: it renames items through a field pytest 9 no longer reads).
CLUSTER = [
    pytest.mark.cluster,
    pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning"),
]


class Visitor:
    """A browser's requests to one host, through the front (HTTPS) or straight to an app
    server (saying it came over HTTPS, as nginx does); keeps its cookies."""

    def __init__(self, host):
        self.host = host
        self.cookies = {}

    def request(self, method, base, path, **options):
        headers = {
            "Host": self.host,
            "X-Forwarded-Proto": "https",
            "Origin": f"https://{self.host}",
            "Referer": f"https://{self.host}{path}",
            **options.pop("headers", {}),
        }
        response = requests.request(
            method,
            base + path,
            headers=headers,
            cookies=self.cookies,
            allow_redirects=False,
            verify=False,  # noqa: S501  (the front's test certificate)
            timeout=30,
            **options,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def get(self, base, path, **options):
        return self.request("GET", base, path, **options)

    def post(self, base, path, data, **options):
        data = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **data}
        return self.request("POST", base, path, data=data, **options)

    def sign_in(self, base, username):
        self.get(base, "/admin/login/")
        response = self.post(
            base, "/admin/login/", {"username": username, "password": DEMO_PASSWORD}
        )
        assert response.status_code == 302, response.text[:2000]
        assert "sessionid" in self.cookies
        # Before acting, staff acknowledge the Computer Crime Act duties (network.acknowledgement).
        self.get(base, "/admin/duties/acknowledge/")
        response = self.post(base, "/admin/duties/acknowledge/", {"agree": "on"})
        assert response.status_code == 302, response.text[:2000]


class Cluster:
    def __init__(self, directory, env, server_url, database):
        self.directory = directory
        self.env = env
        self.server_url = server_url
        self.database = database
        self.servers = {}
        self.extra_databases = []
        self.python = sys.executable

    def manage(self, *arguments, timeout=300):
        result = subprocess.run(  # noqa: S603  (the project's own commands)
            [sys.executable, "manage.py", *arguments],
            cwd=services.ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result.stdout

    def query(self, code):
        """Run `code` (which sets `result`) in the cluster's Django; returns `result`."""
        script = f"import json\n{code}\nprint('RESULT=' + json.dumps(result, default=str))"
        output = self.manage("shell", "-c", script)
        return json.loads(output.rsplit("RESULT=", 1)[1])

    def sql(self, statement, database=None):
        url = services.database_url(self.server_url, database or self.database)
        with psycopg.connect(url, autocommit=True) as connection:
            cursor = connection.execute(statement)
            return cursor.fetchall() if cursor.description else []

    def start(self, server):
        self.servers[server.name] = server
        return server

    def app_base(self, index):
        return f"http://{services.LOOPBACK}:{self.app_ports[index]}"

    @property
    def front(self):
        return f"https://{services.LOOPBACK}:{self.front_port}"

    def bucket(self, name=BUCKET):
        s3 = boto3.resource(
            "s3",
            endpoint_url=self.env["MEDIA_S3_ENDPOINT_URL"],
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            region_name="us-east-1",
        )
        return s3.Bucket(name)


def _units_csv(path):
    source = list(csv.DictReader(io.StringIO(UNITS_CSV.read_text(encoding="utf-8"))))
    with path.open("w", newline="", encoding="utf-8") as output:
        writer = csv.DictWriter(output, fieldnames=list(source[0]))
        writer.writeheader()
        writer.writerows(
            {**row, "parent_code": ""} for row in source if row["code"] == CLUSTER_UNIT
        )
    return path


def _environment(directory, database_url, redis, s3, purge_port):
    env = services.environment_template()
    env.update(
        {
            "PATH": os.environ["PATH"],
            "HOME": str(directory),
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": database_url,
            "REDIS_URL": f"redis://{services.LOOPBACK}:{redis.port}/1",
            "MEDIA_S3_BUCKET": BUCKET,
            "MEDIA_S3_ENDPOINT_URL": f"http://{services.LOOPBACK}:{s3.port}",
            **S3_KEYS,
            "MEDIA_ROOT": str(directory / "media"),
            "STATIC_ROOT": str(directory / "static"),
            "GUNICORN_CMD_ARGS": "--workers 2 --timeout 30 --graceful-timeout 10",
            "FRONTEND_CACHE_PURGE_URL": f"http://{services.LOOPBACK}:{purge_port}",
            # Unit hosts come from the registry only, so that a new unit's host is unknown first.
            "PORTAL_HOSTNAME": "portal.localhost",
            "PORTAL_HOST_SUFFIXES": "portal.localhost",
            "WAGTAILADMIN_BASE_URL": "https://portal.localhost",
            "EMAIL_URL": "dummymail://",
            "PORTAL_REQUIRE_2FA_FOR_ROLES": "",
            "PORTAL_PUBLIC_SUBMISSION_RATE": "3/h",
            "WRITE_BEHIND_INTERVAL_SECONDS": "1",
        }
    )
    return env


@pytest.fixture(scope="session")
def cluster(tmp_path_factory):
    missing = services.missing_tools()
    if missing:
        message = f"the cluster test needs {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("REQUIRE_CLUSTER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    directory = tmp_path_factory.mktemp("cluster")
    throwaway = None if services.server_database_url() else services.ThrowawayPostgres()
    server_url = services.server_database_url() or throwaway.url
    database = f"cluster_{uuid.uuid4().hex[:12]}"
    started = []
    the_cluster = None
    try:
        with psycopg.connect(server_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{database}"')
        redis = services.start_redis(directory)
        started.append(redis)
        s3 = services.start_s3(directory)
        started.append(s3)
        ports = {"http": services.free_port(), "https": services.free_port()}
        ports["purge"] = services.free_port()
        env = _environment(
            directory, services.database_url(server_url, database), redis, s3, ports["purge"]
        )
        the_cluster = Cluster(directory, env, server_url, database)
        the_cluster.bucket().create()
        with ThreadPoolExecutor(2) as pool:
            migrated = pool.submit(the_cluster.manage, "migrate", "--no-input", "-v0")
            collected = pool.submit(the_cluster.manage, "collectstatic", "--no-input", "-v0")
            migrated.result(), collected.result()
        the_cluster.manage("seed_demo", "--units", str(_units_csv(directory / "units.csv")))
        the_cluster.app_ports = [services.free_port(), services.free_port()]
        for port in the_cluster.app_ports:
            started.append(the_cluster.start(services.start_app_server(port, env, directory)))
        ports.update(apps=the_cluster.app_ports, s3=env["MEDIA_S3_ENDPOINT_URL"], bucket=BUCKET)
        front = directory / "nginx"
        front.mkdir()
        services.install_nginx_site(front, "media-s3.conf", ports)
        started.append(the_cluster.start(services.start_nginx(front, ports["https"], directory)))
        the_cluster.front_port = ports["https"]
        the_cluster.nginx_prefix = front
        yield the_cluster
    finally:
        for server in [*(the_cluster.servers.values() if the_cluster else []), *started]:
            server.stop()
        with psycopg.connect(server_url, autocommit=True) as connection:
            for name in [database, *(the_cluster.extra_databases if the_cluster else [])]:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if throwaway:
            throwaway.stop()
