"""Valid HTML (issue #18 item 6): every public page type in Thai and in English, the front doors,
the search and error pages, and the admin pages of the staff's journeys pass the Nu HTML checker
with no errors.

The checker is vnu.jar from npm (package.json, installed by `make install-dev`), run with Java.
The test skips when either is missing, unless REQUIRE_HTML_CHECKER=1 (CI), which makes that a
failure. Every page goes to one checker run, because each start of the JVM costs about 1.5 s."""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings

import pytest

from tests.admin_crawl import ROLES, crawl, journey_pages, role_screens
from tests.unitsites.test_page_head import one_live_page_per_type
from unitsites.models import UnitHomePage

pytestmark = [pytest.mark.django_db, pytest.mark.html_checker]

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture(scope="module")
def checker():
    java = shutil.which("java")
    missing = [what for what, there in (("Java", java), (str(VNU), VNU.exists())) if not there]
    if missing:
        reason = f"the Nu HTML checker needs {' and '.join(missing)} (make install-dev)"
        if os.environ.get("REQUIRE_HTML_CHECKER") == "1":
            pytest.fail(f"REQUIRE_HTML_CHECKER=1 but {reason}")
        pytest.skip(reason)
    return [java, "-jar", str(VNU), "--errors-only", "--format", "json"]


def nu_errors(checker, documents):
    """The checker's errors over {label: html}, each as "label:line: message"."""
    with tempfile.TemporaryDirectory() as folder:
        labels = {}
        for number, (label, html) in enumerate(documents.items()):
            path = Path(folder) / f"{number:03}.html"
            path.write_text(html, encoding="utf-8")
            labels[path.name] = label
        run = subprocess.run(  # noqa: S603  (java and the checker the project installs)
            [*checker, *sorted(str(Path(folder) / name) for name in labels)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    report = json.loads(run.stderr or run.stdout)
    return [
        f"{labels[Path(message['url']).name]}:{message.get('lastLine', '?')}: "
        f"{message['message']} [{message.get('extract', '').strip()}]"
        for message in report["messages"]
        if message["type"] == "error"
    ]


def html_of(client, path, host, **extra):
    response = client.get(path, HTTP_HOST=host, **extra)
    assert response.status_code in (200, 404), (path, response.status_code)
    assert response["Content-Type"].startswith("text/html"), path
    return response.content.decode()


def test_public_pages_in_both_languages_are_valid_html(checker, rich_unit, client):
    documents = {}
    for home in UnitHomePage.objects.filter(unit=rich_unit):
        language = home.locale.language_code
        for name, page in sorted(one_live_page_per_type(home).items()):
            documents[f"{language} {name}"] = html_of(client, page.url, rich_unit.hostname)
    prefix = {"th": "", "en": "/en"}
    for language, start in prefix.items():
        documents[f"{language} unit search"] = html_of(
            client, f"{start}/search/?q=วัคซีน", rich_unit.hostname
        )
        documents[f"{language} unit search, no query"] = html_of(
            client, f"{start}/search/", rich_unit.hostname
        )
        documents[f"{language} not found"] = html_of(
            client, f"{start}/no-such-page/", rich_unit.hostname
        )
        documents[f"{language} portal"] = html_of(client, f"{start}/", "localhost")
        documents[f"{language} portal search"] = html_of(
            client, f"{start}/search/?q=โรงพยาบาล", "localhost"
        )
    assert len(documents) >= 50

    errors = nu_errors(checker, documents)
    assert not errors, "\n".join(errors)


# Errors in the markup of Wagtail 8's own admin templates (the shell around every admin screen:
# dropdowns, side panels, choosers, listings, the group and workflow forms), which the portal does
# not fork. Reported by the checker, allowed by message; the portal's own screens share the shell,
# so an error of one of these kinds in a portal template would pass too: keep the list short.
WAGTAIL_ADMIN_ERRORS = {
    "Element “div” not allowed as child of element “button”": "shared/dropdown, side_panel_toggle",
    "Attribute “type” not allowed on element “div”": "shared/dropdown/dropdown.html",
    "Element “div” not allowed as child of element “label”": "shared/side_panels.html",
    "Text not allowed in element “iframe”": "the preview panel's iframe",
    "must be the ID of a non-hidden form control": "choosers' hidden inputs",
    "“hidden” must not have any “aria-*” attributes": "choosers' hidden inputs",
    "Attribute “required” not allowed on element “input”": "the copy form's page chooser",
    "Attribute “required” is only allowed when the input type is": "the copy form's page chooser",
    "Bad value “” for attribute “src” on element “img”": "the image chooser's empty preview",
    "Bad value “” for attribute “width” on element “img”": "the image chooser's empty preview",
    "Bad value “” for attribute “height” on element “img”": "the image chooser's empty preview",
    "Character reference was not terminated by a semicolon": "the collection filter's indents",
    "Bad value “alert” for attribute “role” on element “h2”": "pages/search_results.html",
    "Bad value “” for attribute “action” on element “form”": "account/account.html",
    "Stray start tag “td”": "images/results.html",
    "Stray end tag “td”": "images/results.html",
    "skipping 1 heading level": "search results and the workflows list",
    "less than the column count established using column markup": "the group permissions form",
    "established by element “col” has no cells": "the group permissions form",
    "No space between attributes": "the group permissions form",
    "Duplicate ID “-": "the group form's panels",
    "not allowed as child of element “ul”": "the workflows list",
    "“role=tab” must be contained in, or owned by": "the user form's tabs",
}


def portal_errors(errors):
    return [e for e in errors if not any(known in e for known in WAGTAIL_ADMIN_ERRORS)]


def as_document(fragment):
    """A modal's HTML (the admin's workflow actions) in the smallest valid page around it."""
    return f"<!DOCTYPE html><html lang=th><head><title>modal</title></head><body>{fragment}</body></html>"


@pytest.mark.parametrize("username", ROLES)
def test_admin_screens_of_each_role_are_valid_html(checker, username, login, unit_a):
    documents = {
        f"{username} {url}": as_document(html) if is_modal else html
        for url, _, html, is_modal in crawl(
            login(username), role_screens(username, journey_pages(unit_a))
        )
    }
    assert len(documents) >= 15

    errors = portal_errors(nu_errors(checker, documents))
    assert not errors, "\n".join(errors)
