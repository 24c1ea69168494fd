"""Which hosts the portal answers: the configured domain suffixes plus every unit's hostname.

Adding a unit needs no restart: the set of unit hostnames lives in the shared cache and is
rebuilt when a unit changes (network.signals).
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseBadRequest, HttpResponseNotFound
from django.http.request import split_domain_port, validate_host
from django.utils.translation import gettext as _

UNIT_HOSTS_CACHE_KEY = "network:unit-hosts"


def unit_hosts():
    """{hostname: is_active} for every unit, from the cache when it is warm."""
    hosts = cache.get(UNIT_HOSTS_CACHE_KEY)
    if hosts is None:
        from network.models import Unit

        hosts = dict(Unit.objects.values_list("hostname", "is_active"))
        cache.set(UNIT_HOSTS_CACHE_KEY, hosts, timeout=None)
    return hosts


def forget_unit_hosts():
    cache.delete(UNIT_HOSTS_CACHE_KEY)


class RegisteredHostMiddleware:
    """Answers 400 to hosts outside the allowed suffixes and the registry, 404 to closed units."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        domain, _port = split_domain_port(request._get_raw_host())
        hosts = unit_hosts()
        if domain in hosts:
            if not hosts[domain]:
                return HttpResponseNotFound(_("This unit's site is closed."))
        elif not domain or not validate_host(domain, settings.PORTAL_HOST_SUFFIXES):
            return HttpResponseBadRequest(_("Unknown host."))
        return self.get_response(request)


def unit_site_url(unit, request, language_code="th"):
    """The address of a unit's site as seen from `request` (same scheme and port)."""
    _domain, port = split_domain_port(request.get_host()) if request else ("", "")
    scheme = request.scheme if request else "https"
    suffix = f":{port}" if port else ""
    path = "/en/" if language_code == "en" else "/"
    return f"{scheme}://{unit.hostname}{suffix}{path}"
