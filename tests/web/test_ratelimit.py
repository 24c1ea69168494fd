"""Public submissions are rate-limited per client address with a Thai 429 page (S-10)."""

from django.core.cache import cache
from django.test import Client, override_settings

import pytest

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.web.ratelimit_urls")]


@pytest.fixture(autouse=True)
def fresh_counters():
    cache.clear()
    yield
    cache.clear()


def post(client, address, **extra):
    extra.setdefault("HTTP_HOST", "localhost")
    return client.post("/submit/", REMOTE_ADDR=address, **extra)


def test_the_fourth_submission_in_a_minute_gets_a_thai_429():
    client = Client()
    assert [post(client, "198.51.100.1").status_code for _ in range(3)] == [200, 200, 200]
    response = post(client, "198.51.100.1")
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    page = response.content.decode()
    assert "ส่งข้อมูลถี่เกินไป" in page and 'lang="th"' in page


def test_each_address_has_its_own_allowance_and_reading_is_never_limited():
    client = Client()
    for _ in range(4):
        post(client, "198.51.100.1")
    assert post(client, "198.51.100.2").status_code == 200
    assert (
        client.get("/submit/", HTTP_HOST="localhost", REMOTE_ADDR="198.51.100.1").status_code == 200
    )


@override_settings(PORTAL_TRUSTED_PROXIES=["10.0.0.1"])
def test_behind_the_proxy_visitors_are_told_apart_by_forwarded_address():
    client = Client()
    for _ in range(4):
        post(client, "10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5")
    assert post(client, "10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    assert post(client, "10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.6").status_code == 200


def test_each_unit_site_counts_on_its_own(unit_a, unit_b):
    client = Client()
    for _ in range(3):
        post(client, "198.51.100.1", HTTP_HOST=unit_a.hostname)
    assert post(client, "198.51.100.1", HTTP_HOST=unit_a.hostname).status_code == 429
    assert post(client, "198.51.100.1", HTTP_HOST=unit_b.hostname).status_code == 200
