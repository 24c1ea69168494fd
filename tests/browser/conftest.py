"""Real Chromium (Debian's, never a downloaded one) driven by Playwright against the live server.

Each test builds its own unit site: the live server runs on a transactional database that is
emptied after every test, so the session network of tests/conftest.py is not visible here.
Browser tests skip when Chromium or Playwright is missing, unless REQUIRE_BROWSER=1 (CI), in
which case they fail.
"""

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from wagtail.models import Collection, Page

import pytest

from network.models import Unit
from network.registry import save_records
from unitsites.demo import seed_unit_content
from unitsites.models import UnitHomePage, UnitSiteSettings

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
UNIT = {
    "code": "BRW-1",
    "kind": "health_promoting_hospital",
    "name_th": "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านควนโดนทดสอบระบบ",
    "name_en": "Ban Khuan Don Test Subdistrict Health Promoting Hospital",
    "hostname": "browser-unit.localhost",
    "district": "ควนโดน",
    "parent_code": "",
}

pytestmark = pytest.mark.browser


def unavailable(reason):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@dataclass(frozen=True)
class UnitSite:
    unit: Unit
    url: str  # http://<unit-host>:<port>, no trailing slash


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
def unit_site(chromium_path, live_server):
    """A provisioned unit with demo content in Thai and English, reachable by its host name."""
    # serialized_rollback restores the database as migrations left it before each test. In the
    # first browser test of a full run the session network is still there, and the restored
    # tree roots undercount their children: recount them before adding pages and collections.
    Page.fix_tree()
    Collection.fix_tree()
    save_records([(2, UNIT)])
    unit = Unit.objects.get(code=UNIT["code"])
    homes = {home.locale.language_code: home for home in UnitHomePage.objects.filter(unit=unit)}
    seed_unit_content(homes["th"], homes["en"], rich=True)
    UnitSiteSettings.objects.filter(site=unit.site).update(
        phone="0 7479 0000",
        email="saraban@browser-unit.localhost",
        address_th="หมู่ 3 ตำบลควนโดน อำเภอควนโดน จังหวัดสตูล 91160",
        address_en="Moo 3, Khuan Don, Khuan Don District, Satun 91160",
    )
    port = urlsplit(live_server.url).port
    return UnitSite(unit=unit, url=f"http://{unit.hostname}:{port}")


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
