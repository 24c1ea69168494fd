"""The client's address: REMOTE_ADDR unless the peer is a trusted proxy (S-03)."""

from django.test import RequestFactory, override_settings

import pytest

from web.clientip import client_ip, client_port

factory = RequestFactory()


def request(remote, forwarded=None, port="5555"):
    extra = {"REMOTE_ADDR": remote, "REMOTE_PORT": port}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return factory.get("/", **extra)


def test_without_trusted_proxies_the_header_is_ignored():
    assert client_ip(request("198.51.100.1", "203.0.113.1")) == "198.51.100.1"
    assert client_port(request("198.51.100.1")) == 5555


@override_settings(PORTAL_TRUSTED_PROXIES=["10.0.0.0/8", "2001:db8::/32"])
@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("10.0.0.2", "203.0.113.1", "203.0.113.1"),
        ("10.0.0.2", "1.1.1.1, 203.0.113.1, 10.0.0.9", "203.0.113.1"),  # spoofed first hop ignored
        ("2001:db8::5", "2001:db8::9, 2400:cb00::1", "2400:cb00::1"),
        ("10.0.0.2", "10.0.0.3", "10.0.0.2"),  # only proxies: the nearest one
        ("10.0.0.2", "not-an-address", "10.0.0.2"),
        ("10.0.0.2", "", "10.0.0.2"),
        ("198.51.100.1", "203.0.113.1", "198.51.100.1"),  # untrusted peer
        ("garbage", "203.0.113.1", ""),
    ],
)
def test_behind_trusted_proxies_the_first_untrusted_hop_is_the_client(remote, forwarded, expected):
    assert client_ip(request(remote, forwarded)) == expected


@override_settings(PORTAL_TRUSTED_PROXIES=["10.0.0.0/8"])
def test_the_port_is_known_only_for_direct_connections():
    assert client_port(request("10.0.0.2", "203.0.113.1")) is None
    assert client_port(request("198.51.100.1", port="70000")) is None
    assert client_port(request("198.51.100.1", port="")) is None
