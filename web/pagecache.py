"""Whole public pages cached for anonymous visitors (issue #16; DESIGN.md, Scale).

Two middlewares share the work, as Django's own cache middleware does:
`StoreCachedPagesMiddleware` stands near the top of MIDDLEWARE (inside the traffic log, so hits
are still logged) and sees the finished response with every cookie the other middleware set;
`ServeCachedPagesMiddleware` stands after the locale middleware and answers a hit before the
session, CSRF and authentication middleware and the view have run.

Only a request with no session cookie is served from, or fills, the cache: staff (every signed-in
session), visitors who passed a page password, previews and the admin never meet a cached page.
A response is kept only if it is a 200 to a GET that sets no cookie (a form's CSRF token sets
one), is not streamed and does not say `private`, `no-cache` or `no-store` (personal answers,
view restrictions). Entries are keyed by scheme, host, language and path with query, so one
unit's page is never served on another unit's host.

Invalidation is by generation: each entry records the generation of its site and of the
network current when its rendering began, and is ignored once either has moved on. Receivers of
publication, settings and registry signals call `site_pages_changed()` or
`network_pages_changed()` (unitsites/hooks/pagecache.py). A generation is an opaque token, so
a token evicted from the cache simply orphans the entries that carried it.

A unit page served from the cache still counts as a view: the page remembered with
`remember_page_view()` while rendering is stored with the entry, and every hit sends
`cached_page_served` for the page-view counter.
"""

import hashlib
import uuid
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.dispatch import Signal
from django.http import HttpResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers

from wagtail.models import Site

CACHE_ALIAS = "pages"
NETWORK_GENERATION = "generation:network"
HIT_HEADER = "X-Page-Cache"
# Sent on every hit of a page remembered with remember_page_view(): site_id, page_id, request.
cached_page_served = Signal()


def _cache():
    return caches[CACHE_ALIAS]


def _site_generation_key(site_id):
    return f"generation:site:{site_id}"


def _bump(keys):
    _cache().set_many({key: uuid.uuid4().hex for key in keys}, timeout=None)


def _bump_now_and_after_commit(keys):
    # Now, for what runs next inside the same transaction; again after the commit, so that a
    # page another process rendered meanwhile from the uncommitted state is orphaned too.
    _bump(keys)
    transaction.on_commit(lambda: _bump(keys))


def site_pages_changed(*site_ids):
    """What the sites show has changed: their cached pages are stale."""
    _bump_now_and_after_commit([_site_generation_key(pk) for pk in set(site_ids) if pk])


def network_pages_changed():
    """The registry or something every site shows has changed: every cached page is stale."""
    _bump_now_and_after_commit([NETWORK_GENERATION])


def _generation(key):
    return _cache().get_or_set(key, uuid.uuid4().hex, timeout=None)


def remember_page_view(request, page_id):
    """The response being rendered is a view of `page_id`, to be counted again on each hit."""
    request.page_cache_viewed_page_id = page_id


@cache
def _admin_prefix():
    return reverse("wagtailadmin_home")


def _may_use_cache(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path_info.startswith(_admin_prefix())
    )


def _entry_key(request):
    identity = "|".join(
        (request.scheme, request.get_host().lower(), request.LANGUAGE_CODE, request.get_full_path())
    )
    # The "1" is the entry's format: change it with _Entry, so that a new release never reads
    # entries an older one stored.
    return "page1:" + hashlib.sha256(identity.encode()).hexdigest()


@dataclass(frozen=True)
class _Pending:
    """What the serving middleware learnt before rendering, for storing the response after."""

    key: str
    site_id: int | None
    network_generation: str
    site_generation: str


@dataclass(frozen=True)
class _Entry:
    network_generation: str
    site_generation: str
    site_id: int | None
    page_id: int | None
    status: int
    headers: tuple
    content: bytes

    def response(self):
        response = HttpResponse(self.content, status=self.status)
        for name, value in self.headers:
            response[name] = value
        response[HIT_HEADER] = "hit"
        return response


class ServeCachedPagesMiddleware:
    """Answers from the cache when it holds a current entry; otherwise notes, before the page is
    rendered, the generations the stored entry will carry. Place after LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        key = _entry_key(request)
        found = _cache().get_many([NETWORK_GENERATION, key])
        network_generation = found.get(NETWORK_GENERATION) or _generation(NETWORK_GENERATION)
        entry = found.get(key)
        if (
            entry is not None
            and entry.network_generation == network_generation
            and entry.site_generation == _generation(_site_generation_key(entry.site_id))
        ):
            request.page_cache_hit = True
            if entry.page_id is not None:
                cached_page_served.send(
                    ServeCachedPagesMiddleware,
                    request=request,
                    site_id=entry.site_id,
                    page_id=entry.page_id,
                )
            return entry.response()
        site = Site.find_for_request(request)  # kept on the request for Wagtail's serve
        site_id = site.pk if site else None
        request.page_cache_pending = _Pending(
            key, site_id, network_generation, _generation(_site_generation_key(site_id))
        )
        return self.get_response(request)


def _says_private(response):
    control = response.get("Cache-Control", "").lower()
    return any(word in control for word in ("private", "no-cache", "no-store"))


def _cacheable(response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not _says_private(response)
    )


def _is_personal(request, response):
    user = getattr(request, "user", None)
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or bool(response.cookies)
        or (user is not None and user.is_authenticated)
    )


class StoreCachedPagesMiddleware:
    """Keeps the finished response of a cacheable request, and tells front caches what they may
    keep: `public, max-age=PAGE_CACHE_MAX_AGE` for such pages, `private, no-cache` for pages
    made for one person. Place just inside the traffic log."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not settings.PAGE_CACHE_ENABLED or getattr(request, "page_cache_hit", False):
            return response
        pending = getattr(request, "page_cache_pending", None)
        if pending is not None and _cacheable(response):
            if "Cache-Control" not in response:
                patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
            patch_vary_headers(response, ["Accept-Language", "Cookie"])
            if request.method == "GET":
                self._store(request, response, pending)
        elif request.method in ("GET", "HEAD") and _is_personal(request, response):
            if "Cache-Control" not in response:
                patch_cache_control(response, private=True, no_cache=True)
            patch_vary_headers(response, ["Cookie"])
        return response

    def _store(self, request, response, pending):
        entry = _Entry(
            network_generation=pending.network_generation,
            site_generation=pending.site_generation,
            site_id=pending.site_id,
            page_id=getattr(request, "page_cache_viewed_page_id", None),
            status=response.status_code,
            headers=tuple(response.items()),
            content=response.content,
        )
        _cache().set(pending.key, entry, timeout=settings.PAGE_CACHE_TIMEOUT)
        response[HIT_HEADER] = "miss"
