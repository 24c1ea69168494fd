"""Two app servers behind nginx's front cache share everything a visitor or an editor sees
(issue #17): uploads, publication, the unit registry, sign-ins, rate limits, the scheduler's
lease, and either server can stop without failing visitors. The servers are started by the
`cluster` fixture (conftest.py) from the files in deploy/.

And deploy/backup.sh and deploy/restore.sh round-trip the cluster's demo network: a new database
and a new bucket restored from the backup hold every row of every table (count and checksum per
table) and every media object byte for byte.

One module, so that `--dist loadfile` (CI) runs these tests in order on one xdist worker, with
one cluster."""

import hashlib
import re
import shutil
import subprocess
import time
import uuid

from . import services
from .admin import EDITOR, form_fields, published_news, signed_in, submit_and_approve
from .conftest import CLUSTER, UNIT_HOST, Visitor
from .services import DEPLOY, database_url

pytestmark = CLUSTER

A, B = 0, 1
FRESH_WITHIN = 1.0


def wait_until(condition, timeout, message):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, message


def test_a_document_uploaded_through_one_server_downloads_through_the_other(cluster):
    editor = signed_in(cluster, A, EDITOR)
    form = editor.get(cluster.app_base(A), "/admin/documents/add/").text
    content = f"cluster document {uuid.uuid4().hex}\n".encode() * 100
    data = dict(form_fields(form, "title"), title="Cluster upload")

    response = editor.post(
        cluster.app_base(A),
        "/admin/documents/add/",
        data,
        files={"file": ("cluster-report.txt", content, "text/plain")},
    )

    assert response.status_code == 302, response.text[:3000]
    document = cluster.query(
        "from wagtail.documents.models import Document\n"
        "document = Document.objects.get(title='Cluster upload')\n"
        "result = [document.url, document.file.name]"
    )
    download = Visitor(UNIT_HOST).get(cluster.app_base(B), document[0])
    assert download.status_code == 200
    assert download.content == content
    assert cluster.bucket().Object(document[1]).get()["Body"].read() == content


def test_a_page_published_through_one_server_is_fresh_everywhere_within_a_second(cluster):
    page = published_news(cluster)
    reader = Visitor(page["host"])
    reader.get(cluster.front, page["path"])
    assert reader.get(cluster.front, page["path"]).headers["X-Cache-Status"] == "HIT"
    title = f"ข่าวล่าสุด {uuid.uuid4().hex[:8]}"

    approved = submit_and_approve(cluster, A, page["id"], title)

    published = time.monotonic()
    assert approved.json()["step"] == "success"

    def fresh_everywhere():
        through_b = Visitor(page["host"]).get(cluster.app_base(B), page["path"]).text
        through_front = Visitor(page["host"]).get(cluster.front, page["path"]).text
        return title in through_b and title in through_front

    # Each check starts within a second of the approval, until one sees the new title.
    while not fresh_everywhere():
        assert time.monotonic() - published < FRESH_WITHIN, "still stale a second later"
    # The front cache was told: Wagtail's purge reached nginx's PURGE listener.
    purges = (cluster.nginx_prefix / "portal.purge.log").read_text()
    assert f'"PURGE {page["path"]} HTTP/1.1" 200' in purges


def test_a_unit_added_through_one_server_is_served_by_the_other_at_once(cluster):
    host = f"unit-{uuid.uuid4().hex[:8]}.test"
    assert Visitor(host).get(cluster.app_base(B), "/").status_code == 400
    editor = signed_in(cluster, A, "central-admin")
    form = editor.get(cluster.app_base(A), "/admin/units/new/").text
    data = dict(form_fields(form, "code"))
    data.update(
        code=f"CL{uuid.uuid4().hex[:6]}",
        kind="health_promoting_hospital",
        name_th="โรงพยาบาลส่งเสริมสุขภาพตำบลคลัสเตอร์",
        name_en="Cluster Health Promoting Hospital",
        hostname=host,
        district="เมืองสตูล",
        is_active="on",
    )

    response = editor.post(cluster.app_base(A), "/admin/units/new/", data)

    assert response.status_code == 302, response.text[:3000]
    home = Visitor(host).get(cluster.app_base(B), "/")
    assert home.status_code == 200
    assert "โรงพยาบาลส่งเสริมสุขภาพตำบลคลัสเตอร์" in home.text


def questions_page(cluster):
    return cluster.query(
        "from unitsites.models.questions import QuestionBoardPage\n"
        "page = QuestionBoardPage.objects.live().filter(locale__language_code='th').first()\n"
        "result = {'host': page.get_site().hostname, 'path': page.get_url_parts()[2]}"
    )


def test_a_sign_in_and_a_rate_limit_are_shared(cluster):
    editor = signed_in(cluster, A, EDITOR)
    assert editor.get(cluster.app_base(B), "/admin/").status_code == 200
    editor.post(cluster.app_base(B), "/admin/logout/", {})
    assert editor.get(cluster.app_base(A), "/admin/").status_code == 302

    page = questions_page(cluster)
    visitor = Visitor(page["host"])
    visitor.get(cluster.app_base(B), page["path"])
    # PORTAL_PUBLIC_SUBMISSION_RATE is 3 an hour in the cluster: the fourth, on either, is refused.
    answers = [
        visitor.post(cluster.app_base(server), page["path"], {}).status_code
        for server in (A, B, A, B)
    ]
    assert answers[:3] == [200, 200, 200]
    assert answers[3] == 429


SCHEDULER_TIMEOUT = 60


def test_two_schedulers_expire_a_page_exactly_once(cluster):
    page = cluster.query(
        "from django.utils import timezone\n"
        "from unitsites.models import NewsPage\n"
        "page = NewsPage.objects.live().filter(locale__language_code='th').last()\n"
        "NewsPage.objects.filter(pk=page.pk).update(expire_at=timezone.now())\n"
        "result = page.pk"
    )
    action = "wagtail.unpublish.scheduled"
    expiries = f"select count(*) from wagtailcore_pagelogentry where page_id = {int(page)} and action = '{action}'"  # noqa: S608  (a page id from the database)
    schedulers = [
        cluster.start(services.start_scheduler(f"scheduler-{n}", cluster.env, cluster.directory))
        for n in (1, 2)
    ]
    try:
        wait_until(
            lambda: cluster.sql(expiries)[0][0] >= 1, SCHEDULER_TIMEOUT, "the page never expired"
        )
        rounds = [scheduler.output().count("\n") for scheduler in schedulers]
        # A few more rounds of both: neither expires it again.
        wait_until(
            lambda: all(
                s.output().count("\n") > n + 2 for s, n in zip(schedulers, rounds, strict=True)
            ),
            SCHEDULER_TIMEOUT,
            "the schedulers stopped running rounds",
        )
        assert cluster.sql(expiries)[0][0] == 1
        outputs = [scheduler.output() for scheduler in schedulers]
        assert any("Another scheduler holds the lease" in output for output in outputs)
    finally:
        for scheduler in schedulers:
            scheduler.stop()


# --- Backup and restore (deploy/backup.sh, deploy/restore.sh) ---------------------------------

BASH = shutil.which("bash")
FLUSH_TIMEOUT = 20
QUIET = 2.5
# What issue #17 names: pages, revisions, documents, submissions, publication records and the
# traffic log. The round trip compares every table; these must not be empty.
KEPT_TABLES = (
    "wagtailcore_page",
    "wagtailcore_revision",
    "wagtaildocs_document",
    "unitsites_servicesubmission",
    "network_publicationrecord",
    "network_trafficrecord",
)
FINGERPRINTS = """
select table_name from information_schema.tables
where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
"""


def fingerprints(cluster, database):
    """{table: (rows, md5 of every row's text in order)} for every table of `database`."""
    tables = [name for (name,) in cluster.sql(FINGERPRINTS, database)]
    return {
        table: cluster.sql(
            f"select count(*), md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from \"{table}\" t",  # noqa: S608  (names from the catalogue)
            database,
        )[0]
        for table in tables
    }


def object_checksums(bucket):
    return {
        summary.key: hashlib.sha256(summary.get()["Body"].read()).hexdigest()
        for summary in bucket.objects.all()
    }


def traffic_through_the_front(cluster, visits=3):
    """Pages read past the front cache, then a wait until the app servers have written every
    buffered log entry: the count has reached the visits and stays put for QUIET seconds (the
    cluster's write-behind interval is 1 s), so that nothing is written during the backup."""
    count = "select count(*) from network_trafficrecord"
    expected = cluster.sql(count)[0][0] + visits
    visitor = Visitor(UNIT_HOST)
    for number in range(visits):
        assert visitor.get(cluster.front, f"/?visit={uuid.uuid4().hex}{number}").status_code == 200
    deadline = time.monotonic() + FLUSH_TIMEOUT
    last, changed = None, time.monotonic()
    while last is None or last < expected or time.monotonic() - changed < QUIET:
        assert time.monotonic() < deadline, "the traffic log entries were never all written"
        current = cluster.sql(count)[0][0]
        if current != last:
            last, changed = current, time.monotonic()


def run_script(name, argument, env):
    result = subprocess.run(  # noqa: S603  (the script under test)
        [BASH, str(DEPLOY / name), str(argument)], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_a_backup_restores_every_record_and_every_media_file(cluster, tmp_path):
    # A publication record and traffic-log entries beside the demo's content and submissions
    # (through app server B, 1: the cluster tests never stop it).
    approved = submit_and_approve(cluster, 1, published_news(cluster)["id"], "ข่าวก่อนสำรองข้อมูล")
    assert approved.json()["step"] == "success"
    traffic_through_the_front(cluster)
    source_tables = fingerprints(cluster, cluster.database)
    assert all(source_tables[table][0] > 0 for table in KEPT_TABLES), source_tables
    source_objects = object_checksums(cluster.bucket())
    assert any(key.startswith("documents/") for key in source_objects)
    env = {**cluster.env, "PORTAL_PYTHON": cluster.python}

    run_script("backup.sh", tmp_path / "backup", env)

    restored = f"{cluster.database}_restored"
    cluster.sql(f'create database "{restored}"')
    cluster.extra_databases.append(restored)
    cluster.bucket("portal-media-restored").create()
    env.update(
        DATABASE_URL=database_url(cluster.server_url, restored),
        MEDIA_S3_BUCKET="portal-media-restored",
    )
    run_script("restore.sh", tmp_path / "backup", env)

    assert fingerprints(cluster, restored) == source_tables
    assert object_checksums(cluster.bucket("portal-media-restored")) == source_objects


def test_restore_refuses_a_database_that_is_not_empty(cluster, tmp_path):
    result = subprocess.run(  # noqa: S603
        [BASH, str(DEPLOY / "restore.sh"), str(tmp_path)],
        env=cluster.env,
        capture_output=True,
        text=True,
    )

    assert result.returncode == 1
    assert "not empty" in result.stderr


# --- One app server stopped under load (last: it stops A) ------------------------------------

WRK_SECONDS = 5
CONNECTIONS = 8


def test_one_server_stopped_under_load_and_the_other_keeps_serving(cluster):
    """wrk reads a unit's home page past the front cache (a CSRF cookie, as after a form) for
    5 s; app server A is stopped (SIGTERM, as systemd does) while it serves its share."""
    log = cluster.nginx_prefix / "portal.access.log"
    upstream_a = f"upstream={services.LOOPBACK}:{cluster.app_ports[A]}"
    served_by_a = log.read_text().count(upstream_a)
    command = [
        shutil.which("wrk"),
        "-t2",
        f"-c{CONNECTIONS}",
        f"-d{WRK_SECONDS}s",
        "--timeout",
        "10s",
    ]
    command += ["-H", f"Host: {UNIT_HOST}", "-H", "Cookie: csrftoken=under-load"]
    load = subprocess.Popen(  # noqa: S603
        [*command, f"{cluster.front}/"], stdout=subprocess.PIPE, text=True
    )
    try:
        wait_until(
            lambda: log.read_text().count(upstream_a) > served_by_a + 2,
            WRK_SECONDS,
            "app server A never served its share of the load",
        )
        server_a = cluster.servers[f"app-{cluster.app_ports[A]}"]
        stopped = log.read_text().count("\n")
        server_a.process.terminate()  # SIGTERM, as systemd stops it
        report = load.communicate(timeout=WRK_SECONDS * 4)[0]
        server_a.stop()
    finally:
        load.kill()

    requests_done = int(re.search(r"(\d+) requests in", report).group(1))
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", report)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", report
    )
    assert requests_done > 10, report
    # At most the requests in flight when A stopped may fail (nginx retries those it can).
    assert (int(failed.group(1)) if failed else 0) <= CONNECTIONS, report
    assert (sum(map(int, errors.groups())) if errors else 0) <= CONNECTIONS, report
    after_stop = log.read_text().splitlines()[stopped:]
    upstream_b = f"upstream={services.LOOPBACK}:{cluster.app_ports[B]}"
    assert sum(upstream_b in line and '" 200 ' in line for line in after_stop) > 2
    assert Visitor(UNIT_HOST).get(cluster.front, "/?after-stop").status_code == 200
