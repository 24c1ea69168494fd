"""A public GET writes nothing to the database: its traffic record and page view wait in the
process's buffers and are written in bulk (DESIGN.md, Scale). Counts and the traffic log's chain
stay exact when several processes write at once; a crash loses only what was not yet written.

Tests write the buffers themselves with flush_all(): the test settings start no thread."""

import threading
from collections import Counter
from datetime import date, timedelta

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

import pytest

from network.models import TrafficKind, TrafficRecord
from network.traffic import record_event, seal_traffic_log, verify_chain
from network.traffic.recording import insert_records, traffic_buffer
from tests.own_connection import in_own_connection, run_in_own_connection, waiting_for_locks
from unitsites.models import PageViewDay, UnitHomePage
from unitsites.statistics.pageviews import add_counts, count_page_view, page_view_buffer
from web import writebehind
from web.writebehind import flush_all

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"
WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")
FAR_DAY = date(2098, 1, 1)  # a day no other test counts; rows committed by threads are removed


@pytest.fixture(autouse=True)
def recording_on(settings):
    settings.TRAFFIC_LOG_ENABLED = True
    settings.PAGE_VIEW_COUNTING = True
    for buffer in (traffic_buffer, page_view_buffer):
        buffer.take()  # nothing left over from another test
    yield
    for buffer in (traffic_buffer, page_view_buffer):
        buffer.take()


@pytest.fixture
def visitor(unit_a):
    return Client(HTTP_HOST=unit_a.hostname, HTTP_USER_AGENT=BROWSER)


def homes(unit):
    return {home.locale.language_code: home for home in UnitHomePage.objects.filter(unit=unit)}


def stored_views(**filters):
    return dict(PageViewDay.objects.filter(**filters).values_list("page_id", "views"))


def test_a_public_get_writes_nothing_and_the_flush_writes_it_all(visitor, unit_a):
    about = homes(unit_a)["th"].get_children().get(slug="about")
    with CaptureQueriesContext(connection) as queries:
        for path in ("/", "/about/", "/about/"):
            assert visitor.get(path).status_code == 200
        count_page_view(unit_a.site_id, about.pk, timezone.localdate())  # as a page cache does
    writes = [query["sql"] for query in queries if query["sql"].lstrip().upper().startswith(WRITES)]
    assert writes == []
    assert (
        not TrafficRecord.objects.exists()
        and not PageViewDay.objects.filter(site=unit_a.site).exists()
    )

    assert flush_all() == {"traffic records": 3, "page views": 2}
    assert list(TrafficRecord.objects.values_list("path", "status")) == [
        ("/", 200),
        ("/about/", 200),
        ("/about/", 200),
    ]
    assert stored_views(site=unit_a.site) == {homes(unit_a)["th"].pk: 1, about.pk: 3}
    assert flush_all() == {"traffic records": 0, "page views": 0}


def test_a_crash_loses_only_what_was_not_written(visitor, unit_a):
    visitor.get("/")
    visitor.get("/en/")
    flush_all()
    visitor.get("/")
    visitor.get("/about/")
    # The process dies: its buffers go with it.
    assert len(traffic_buffer.take()) == 2
    assert len(page_view_buffer.take()) == 2
    flush_all()
    assert list(TrafficRecord.objects.values_list("path", flat=True)) == ["/", "/en/"]
    home = homes(unit_a)
    assert stored_views(site=unit_a.site) == {home["th"].pk: 1, home["en"].pk: 1}


def test_views_of_a_page_add_up_in_memory_and_a_full_buffer_is_written_at_once(settings, unit_a):
    settings.WRITE_BEHIND_MAX_ITEMS = 2
    home = homes(unit_a)
    today = timezone.localdate()
    for _ in range(5):
        count_page_view(unit_a.site_id, home["th"].pk, today)
    assert not PageViewDay.objects.filter(
        site=unit_a.site
    ).exists()  # five views, one sum in memory
    count_page_view(unit_a.site_id, home["en"].pk, today)
    assert stored_views(site=unit_a.site) == {home["th"].pk: 5, home["en"].pk: 1}
    count_page_view(unit_a.site_id, home["en"].pk, today)
    page_view_buffer.flush()
    assert stored_views(site=unit_a.site) == {home["th"].pk: 5, home["en"].pk: 2}


def test_views_of_a_page_deleted_before_the_write_stay_in_the_site_total(unit_a):
    home = homes(unit_a)["th"]
    gone = home.get_children().get(slug="about")
    count_page_view(unit_a.site_id, gone.pk, timezone.localdate())
    count_page_view(unit_a.site_id, home.pk, timezone.localdate())
    gone.delete()
    page_view_buffer.flush()
    assert stored_views(site=unit_a.site) == {home.pk: 1, None: 1}


def test_logins_wait_in_the_buffer_like_requests():
    record_event(TrafficKind.LOGIN_FAILURE, None, username="someone")
    assert not TrafficRecord.objects.exists()
    traffic_buffer.flush()
    assert list(TrafficRecord.objects.values_list("kind", "username")) == [
        (TrafficKind.LOGIN_FAILURE, "someone")
    ]


@pytest.fixture
def fresh_flusher(monkeypatch, settings):
    """A flusher of its own, as in a new process, with the thread on."""
    settings.WRITE_BEHIND_INTERVAL_SECONDS = 3600
    settings.WRITE_BEHIND_MAX_ITEMS = 2
    flusher = writebehind._Flusher()
    monkeypatch.setattr(writebehind, "_flusher", flusher)
    return flusher


def test_the_thread_starts_with_the_first_item_and_writes_everything_by_exit(fresh_flusher, unit_a):
    """The thread writes in its own connection, so the rows outlive the test's transaction: a
    thread reads them and another removes them. Whether the thread wrote the full buffer before
    the exit or the exit wrote it, every view is stored once."""
    home = homes(unit_a)
    assert fresh_flusher._thread is None
    count_page_view(unit_a.site_id, home["th"].pk, FAR_DAY)
    assert fresh_flusher._thread.is_alive()
    count_page_view(unit_a.site_id, home["en"].pk, FAR_DAY)  # full: the thread is woken
    count_page_view(unit_a.site_id, home["en"].pk, FAR_DAY)
    far_rows = PageViewDay.objects.filter(day=FAR_DAY)
    try:
        run_in_own_connection(fresh_flusher.stop)
        assert not fresh_flusher._thread.is_alive()
        counted = run_in_own_connection(lambda: dict(far_rows.values_list("page_id", "views")))
        assert counted == {home["th"].pk: 1, home["en"].pk: 2}
    finally:
        run_in_own_connection(far_rows.delete)


PROCESSES = 6
BATCHES = 8
BATCH = 5


def test_processes_adding_counts_at_once_lose_none(unit_a):
    """Each thread is a process writing its sums in bulk; their rows overlap."""
    home = homes(unit_a)
    pages = [home["th"].pk, home["en"].pk]
    start = threading.Barrier(PROCESSES)
    add = waiting_for_locks(add_counts)

    def process():
        start.wait()
        for _ in range(BATCHES):
            add(Counter({(unit_a.site_id, page, FAR_DAY): BATCH for page in pages}))

    runs = [in_own_connection(process) for _ in range(PROCESSES)]
    for thread, _outcome in runs:
        thread.join(timeout=60)
    far_rows = PageViewDay.objects.filter(day=FAR_DAY)
    try:
        assert [outcome for _thread, outcome in runs] == [[None]] * PROCESSES
        counted = run_in_own_connection(lambda: dict(far_rows.values_list("page_id", "views")))
        assert counted == dict.fromkeys(pages, PROCESSES * BATCHES * BATCH)
    finally:
        run_in_own_connection(far_rows.delete)


def test_the_chain_stays_exact_when_processes_insert_and_the_scheduler_seals_at_once():
    """Each thread is a process inserting its records in bulk while the scheduler seals. The
    test's own connection never touches the records (see test_processes_adding_counts...)."""
    start = threading.Barrier(PROCESSES + 1)
    inserted = threading.Event()
    now = timezone.now()
    insert, seal = waiting_for_locks(insert_records), waiting_for_locks(seal_traffic_log)

    def process(index):
        def work():
            start.wait()
            for batch in range(BATCHES):
                insert(
                    [
                        TrafficRecord(
                            time=now + timedelta(microseconds=batch * BATCH + n),
                            host="race.localhost",
                            path=f"/race/{index}/{batch * BATCH + n}",
                        )
                        for n in range(BATCH)
                    ]
                )

        return work

    def scheduler():
        start.wait()
        while not inserted.is_set():
            seal(batch_size=7)

    sealing = in_own_connection(scheduler)
    runs = [in_own_connection(process(index)) for index in range(PROCESSES)]
    for thread, _outcome in runs:
        thread.join(timeout=60)
    inserted.set()
    sealing[0].join(timeout=60)
    races = TrafficRecord.objects.filter(host="race.localhost")
    try:
        assert [outcome for _thread, outcome in [*runs, sealing]] == [[None]] * (PROCESSES + 1)
        run_in_own_connection(seal_traffic_log)
        report = run_in_own_connection(verify_chain)
        assert report.intact and report.unsealed == 0
        assert report.checked == report.head_seq == PROCESSES * BATCHES * BATCH
        chain = run_in_own_connection(lambda: list(races.order_by("seal_seq").values_list("path")))
        for index in range(PROCESSES):
            # Each process's records are in the chain once, in the order it made them.
            own = [path for (path,) in chain if path.startswith(f"/race/{index}/")]
            assert own == [f"/race/{index}/{n}" for n in range(BATCHES * BATCH)]
    finally:
        run_in_own_connection(lambda: races.purge())
    assert not run_in_own_connection(races.exists)
