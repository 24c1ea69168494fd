"""Two app servers behind nginx's front cache share everything a visitor or an editor sees
(issue #17): uploads, publication, the unit registry, sign-ins, rate limits, the scheduler's
lease, and either server can stop without failing visitors. The servers are started by the
`cluster` fixture (conftest.py) from the files in deploy/."""

import re
import shutil
import subprocess
import time
import uuid

from . import services
from .admin import EDITOR, form_fields, published_news, signed_in, submit_and_approve
from .conftest import CLUSTER, UNIT_HOST, Visitor

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
