"""Real Chromium (Debian's, never a downloaded one) driven by Playwright against a live server.

The browser visits DEMO-R, the session's rich demo unit (tests/conftest.py). The server answers
one request at a time on the test's own database connection, so the browser sees the test's
data and whatever it writes is rolled back with the test, like any other test's writes.
Browser tests skip when Chromium or Playwright is missing, unless REQUIRE_BROWSER=1 (CI), in
which case they fail.
"""

import os
import threading
from dataclasses import dataclass
from pathlib import Path

from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import WSGIServer
from django.core.signals import request_finished, request_started
from django.db import DEFAULT_DB_ALIAS, close_old_connections, connections
from django.test.testcases import QuietWSGIRequestHandler, _MediaFilesHandler

import pytest

from network.models import Unit

CHROMIUM = Path("/usr/lib/chromium/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-proxy-server",
    # Unit sites answer on <unit-host>.localhost: send every such name to the live server.
    "--host-resolver-rules=MAP *.localhost 127.0.0.1",
]

pytestmark = pytest.mark.browser


def unavailable(reason):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@dataclass(frozen=True)
class UnitSite:
    unit: Unit
    url: str  # http://<unit-host>:<port>, no trailing slash
    portal_url: str  # the portal's front door on the same server: http://localhost:<port>


class SharedConnectionServer(threading.Thread):
    """The portal on a free loopback port, serving on the test thread's database connection.

    Django's plain (not threaded) server answers one request at a time and tells the browser
    to close each connection, so no two requests use the shared connection at once."""

    def __init__(self):
        super().__init__(daemon=True)
        self.connection = connections[DEFAULT_DB_ALIAS]
        self.httpd = WSGIServer(
            ("127.0.0.1", 0), QuietWSGIRequestHandler, allow_reuse_address=False
        )
        self.httpd.set_app(StaticFilesHandler(_MediaFilesHandler(WSGIHandler())))
        self.port = self.httpd.server_address[1]

    def run(self):
        connections[DEFAULT_DB_ALIAS] = self.connection
        self.httpd.serve_forever()

    def __enter__(self):
        # Closing "old" connections at the end of a request would close the test's own one.
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        self.connection.inc_thread_sharing()
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.httpd.shutdown()
        self.httpd.server_close()
        self.join()
        self.connection.dec_thread_sharing()
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture(scope="session")
def chromium_path():
    """Debian's Chromium with Playwright to drive it, or a skip (a failure under REQUIRE_BROWSER=1)."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        unavailable("Playwright is not installed")
    if not CHROMIUM.exists():
        unavailable(f"Chromium is not installed at {CHROMIUM}")
    return CHROMIUM


@pytest.fixture
def unit_site(chromium_path, rich_unit):
    """The rich demo unit, reachable by its host name in Thai and English, and the portal."""
    with SharedConnectionServer() as server:
        yield UnitSite(
            unit=rich_unit,
            url=f"http://{rich_unit.hostname}:{server.port}",
            portal_url=f"http://localhost:{server.port}",
        )


@pytest.fixture
def chromium(chromium_path, unit_site):
    """Started after the site's data is written: while Playwright's event loop runs in this
    thread, Django refuses database calls from it (SynchronousOnlyOperation)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(chromium_path), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
