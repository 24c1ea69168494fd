"""The address of the person making a request, correct behind a reverse proxy.

X-Forwarded-For is believed only when the connection comes from a proxy listed in
PORTAL_TRUSTED_PROXIES; anyone can send that header, so otherwise REMOTE_ADDR is the answer.
The traffic log (REQUIREMENTS S-03), the login lockout and rate limiting all use this.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies)


def _parse(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _is_trusted(address, networks):
    return any(address in network for network in networks)


def client_address(request):
    """The client's ipaddress object, or None when the connection's own address is unusable."""
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    networks = _networks(tuple(settings.PORTAL_TRUSTED_PROXIES))
    if remote is None or not networks or not _is_trusted(remote, networks):
        return remote
    # Walk the chain from the nearest hop: the first address no trusted proxy vouches for.
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            return remote
        if not _is_trusted(address, networks):
            return address
    return remote


def client_ip(request):
    """The client's address as text ("" when unknown); django-axes calls this too."""
    address = client_address(request)
    return str(address) if address is not None else ""


def client_port(request):
    """The client's source port when it connected directly (None behind a proxy): under NAT the
    address alone does not identify a subscriber. Behind a proxy, the proxy's own log has it."""
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    port = request.META.get("REMOTE_PORT", "")
    networks = _networks(tuple(settings.PORTAL_TRUSTED_PROXIES))
    if remote is None or _is_trusted(remote, networks) or not str(port).isdigit():
        return None
    return int(port) if int(port) <= 65535 else None
