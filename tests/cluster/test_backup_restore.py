"""deploy/backup.sh and deploy/restore.sh round-trip the cluster's demo network: a new database
and a new bucket restored from the backup hold every row of every table (count and checksum per
table) and every media object byte for byte."""

import hashlib
import shutil
import subprocess
import time
import uuid

from .admin import published_news, submit_and_approve
from .conftest import CLUSTER, UNIT_HOST, Visitor
from .services import DEPLOY, database_url

pytestmark = CLUSTER

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
