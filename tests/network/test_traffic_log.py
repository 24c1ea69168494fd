"""The traffic log keeps what the Computer Crime Act asks for, resists tampering and is purged
after the retention period unless held (REQUIREMENTS S-02 to S-04)."""

import csv
import io
import itertools
from datetime import date, timedelta

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client, override_settings
from django.utils import timezone

import pytest

from network.models import AppendOnlyError, TrafficKind, TrafficPurge, TrafficRecord
from network.scheduler import tick
from network.traffic import (
    HoldError,
    hold_traffic,
    purge_traffic_log,
    seal_traffic_log,
    verify_chain,
)
from network.traffic.recording import traffic_buffer
from tests.conftest import PASSWORD, user_named
from web.writebehind import flush_all

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def traffic_log_on(settings):
    settings.TRAFFIC_LOG_ENABLED = True
    traffic_buffer.take()  # nothing left over from another test
    yield
    traffic_buffer.take()


def make_records(count, when):
    return [
        TrafficRecord.objects.create(
            time=when, host="hospital-a.localhost", client_ip="192.0.2.7", path=f"/p/{n}"
        )
        for n in range(count)
    ]


def test_a_public_request_is_recorded_with_every_field(unit_a):
    client = Client(HTTP_USER_AGENT="Mozilla/5.0 (ทดสอบ)")
    response = client.get("/?q=1", HTTP_HOST=unit_a.hostname, REMOTE_ADDR="198.51.100.4")
    assert response.status_code == 200
    flush_all()
    record = TrafficRecord.objects.get()
    assert record.kind == TrafficKind.REQUEST
    assert record.host == unit_a.hostname
    assert record.client_ip == "198.51.100.4"
    assert (record.method, record.path, record.status) == ("GET", "/?q=1", 200)
    assert record.user_agent == "Mozilla/5.0 (ทดสอบ)"
    assert record.user_id is None and record.username == ""
    assert abs(record.time - timezone.now()) < timedelta(minutes=1)


def test_a_signed_in_request_records_the_account(login, unit_a):
    client = login("editor-h-a")
    client.get("/admin/", HTTP_HOST=unit_a.hostname)
    flush_all()
    record = TrafficRecord.objects.get(path="/admin/")
    assert record.username == "editor-h-a"
    assert record.user_id == user_named("editor-h-a").pk


def test_unknown_hosts_and_not_found_are_recorded_but_static_files_are_not():
    client = Client()
    assert client.get("/", HTTP_HOST="evil.example").status_code == 400
    assert client.get("/no-such-page/", HTTP_HOST="localhost").status_code == 404
    client.get("/static/css/site.css", HTTP_HOST="localhost")
    flush_all()
    assert sorted(TrafficRecord.objects.values_list("status", flat=True)) == [400, 404]


@override_settings(PORTAL_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_the_forwarded_address_is_recorded(unit_a):
    Client().get(
        "/",
        HTTP_HOST=unit_a.hostname,
        REMOTE_ADDR="10.1.2.3",
        HTTP_X_FORWARDED_FOR="203.0.113.9, 10.9.9.9",
    )
    flush_all()
    record = TrafficRecord.objects.get()
    assert record.client_ip == "203.0.113.9"
    assert record.client_port is None


def test_a_forwarded_header_from_an_untrusted_peer_is_ignored(unit_a):
    Client().get(
        "/",
        HTTP_HOST=unit_a.hostname,
        REMOTE_ADDR="198.51.100.4",
        REMOTE_PORT="40123",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
    )
    flush_all()
    record = TrafficRecord.objects.get()
    assert (record.client_ip, record.client_port) == ("198.51.100.4", 40123)


@override_settings(TRAFFIC_LOG_ENABLED=False)
def test_the_log_can_be_switched_off(unit_a):
    Client().get("/", HTTP_HOST=unit_a.hostname)
    flush_all()
    assert not TrafficRecord.objects.exists()


def test_logins_failed_logins_and_logouts_are_recorded(unit_a):
    user = user_named("editor-h-a")
    user.set_password(PASSWORD)
    user.save()
    client = Client()
    client.post(
        "/admin/login/", {"username": "editor-h-a", "password": "wrong"}, HTTP_HOST="localhost"
    )
    client.post(
        "/admin/login/", {"username": "editor-h-a", "password": PASSWORD}, HTTP_HOST="localhost"
    )
    client.post("/admin/logout/", HTTP_HOST="localhost")
    flush_all()
    events = list(
        TrafficRecord.objects.exclude(kind=TrafficKind.REQUEST).values_list(
            "kind", "username", "path"
        )
    )
    assert events == [
        (TrafficKind.LOGIN_FAILURE, "editor-h-a", "/admin/login/"),
        (TrafficKind.LOGIN_SUCCESS, "editor-h-a", "/admin/login/"),
        (TrafficKind.LOGOUT, "editor-h-a", "/admin/logout/"),
    ]


def test_hostile_text_is_stored_clipped_and_without_nul():
    client = Client(HTTP_USER_AGENT="x\x00" * 5000)
    client.post("/admin/login/", {"username": "ผู้ใช้" * 25, "password": "p"}, HTTP_HOST="localhost")
    flush_all()
    failure = TrafficRecord.objects.get(kind=TrafficKind.LOGIN_FAILURE)
    assert failure.username == "ผู้ใช้" * 25
    assert "\x00" not in failure.user_agent and len(failure.user_agent) == 512


def test_records_cannot_be_changed_or_deleted():
    [record] = make_records(1, timezone.now())
    record.path = "/forged/"
    with pytest.raises(AppendOnlyError):
        record.save()
    with pytest.raises(AppendOnlyError):
        record.delete()
    with pytest.raises(AppendOnlyError):
        TrafficRecord.objects.filter(pk=record.pk).update(path="/forged/")
    with pytest.raises(AppendOnlyError):
        TrafficRecord.objects.all().delete()
    assert TrafficRecord.objects.get().path == "/p/0"


def test_sealing_chains_every_record_once():
    make_records(5, timezone.now())
    assert seal_traffic_log(batch_size=2) == 5
    assert seal_traffic_log() == 0
    rows = list(TrafficRecord.objects.order_by("seal_seq"))
    assert [row.seal_seq for row in rows] == [1, 2, 3, 4, 5]
    assert rows[0].prev_hash == ""
    assert all(later.prev_hash == earlier.hash for earlier, later in itertools.pairwise(rows))
    # A sealed record's place cannot be written again through the ORM.
    TrafficRecord.objects.filter(pk=rows[0].pk).update(hash="0" * 64)
    assert TrafficRecord.objects.get(pk=rows[0].pk).hash == rows[0].hash
    report = verify_chain()
    assert report.intact and report.checked == 5 and report.head_seq == 5


def _raw_sql(sql, params):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def test_verification_finds_an_altered_record_and_a_removed_one():
    records = make_records(4, timezone.now())
    seal_traffic_log()
    # Someone with database access bypasses the application.
    _raw_sql("UPDATE network_trafficrecord SET path = %s WHERE id = %s", ["/x", records[1].pk])
    _raw_sql("DELETE FROM network_trafficrecord WHERE id = %s", [records[2].pk])
    report = verify_chain()
    assert report.altered == [records[1].pk]
    assert report.breaks == [records[3].pk]
    assert not report.intact


def test_purge_removes_only_expired_records_not_on_hold_and_the_chain_stays_verifiable():
    now = timezone.now()
    old = make_records(3, now - timedelta(days=91))
    recent = make_records(2, now - timedelta(days=10))
    TrafficRecord.objects.filter(pk=old[1].pk).update(
        held_until=timezone.localdate(now) + timedelta(days=30)
    )
    assert purge_traffic_log(now) == 2
    kept = set(TrafficRecord.objects.values_list("pk", flat=True))
    assert kept == {old[1].pk, *(record.pk for record in recent)}
    purge = TrafficPurge.objects.get()
    assert purge.deleted == 2 and len(purge.resume_hashes) == 2
    assert verify_chain().intact
    # Nothing more to do until the hold ends; then the held record goes too.
    assert purge_traffic_log(now) == 0
    assert purge_traffic_log(now + timedelta(days=31)) == 1
    assert verify_chain().intact


@override_settings(TRAFFIC_RETENTION_DAYS=30)
def test_retention_never_drops_below_ninety_days():
    now = timezone.now()
    make_records(2, now - timedelta(days=60))
    make_records(1, now)
    assert purge_traffic_log(now) == 0


def test_the_newest_record_survives_even_when_everything_is_old():
    now = timezone.now()
    make_records(3, now - timedelta(days=200))
    assert purge_traffic_log(now) == 2
    make_records(1, now)
    seal_traffic_log()
    assert verify_chain().intact


def test_holds_are_limited_to_two_years():
    today = date(2026, 11, 26)
    start = timezone.now() - timedelta(days=1)
    with pytest.raises(HoldError):
        hold_traffic(start, timezone.now(), today + timedelta(days=800), today=today)
    with pytest.raises(HoldError):
        hold_traffic(start, timezone.now(), today - timedelta(days=1), today=today)


def test_export_command_writes_the_range_as_csv(tmp_path):
    now = timezone.now()
    make_records(2, now)
    make_records(1, now - timedelta(days=10))
    TrafficRecord.objects.create(time=now, host="h.localhost", user_agent="=HYPERLINK(1)", path="/")
    day = timezone.localdate(now).isoformat()
    target = tmp_path / "out.csv"
    call_command("export_traffic", "--from", day, "--to", day, "--output", str(target))
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert len(rows) == 3
    assert rows[0]["time"].endswith("+07:00")
    assert rows[-1]["user_agent"] == "'=HYPERLINK(1)"


def test_export_command_refuses_a_bad_range():
    with pytest.raises(CommandError):
        call_command("export_traffic", "--from", "2026-02-30", "--to", "2026-03-01")
    with pytest.raises(CommandError):
        call_command("export_traffic", "--from", "2026-03-02", "--to", "2026-03-01")


def test_hold_command_holds_a_range():
    now = timezone.now()
    make_records(2, now)
    day = timezone.localdate(now)
    out = io.StringIO()
    until = (day + timedelta(days=365)).isoformat()
    call_command(
        "hold_traffic",
        "--from",
        day.isoformat(),
        "--to",
        day.isoformat(),
        "--until",
        until,
        stdout=out,
    )
    assert "2" in out.getvalue()
    assert TrafficRecord.objects.filter(held_until=day + timedelta(days=365)).count() == 2


def test_only_central_administrators_can_export(login):
    make_records(1, timezone.now())
    day = timezone.localdate().isoformat()
    url = f"/admin/traffic/?first_day={day}&last_day={day}"
    assert login("editor-h-a").get(url, HTTP_HOST="localhost").status_code in (302, 403)
    assert login("moderator").get(url, HTTP_HOST="localhost").status_code in (302, 403)
    response = login("central-admin").get(url, HTTP_HOST="localhost")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert body.splitlines()[0].startswith("id,time,kind,host,client_ip")
    assert "hospital-a.localhost" in body
    flush_all()
    # The export itself is traffic data: who downloaded which range.
    assert TrafficRecord.objects.filter(
        username="central-admin", path__startswith="/admin/traffic/?first_day="
    ).exists()


def test_the_export_form_reports_a_reversed_range(login):
    response = login("central-admin").get(
        "/admin/traffic/?first_day=2026-03-02&last_day=2026-03-01", HTTP_HOST="localhost"
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response.context["form"].errors


def test_the_scheduler_seals_new_records_and_purges_old_ones():
    now = timezone.now()
    make_records(2, now - timedelta(days=120))
    make_records(3, now)
    results = tick("scheduler-under-test", now)
    assert results["seal_and_purge_traffic_log"] == "traffic log: 5 sealed, 2 purged"
    assert TrafficRecord.objects.filter(hash="").count() == 0
    assert TrafficRecord.objects.count() == 3
    assert verify_chain().intact
