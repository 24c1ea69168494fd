"""Hostile input over the public side (issue #12): every query parameter of every public page
type in both languages, the search, the feeds and site files, the portal's front door, and
every public form. Nothing answers 500, and a refused submission writes nothing.

The unit's content is the demo's, so every page type and every public form has a live page.
"""

from html.parser import HTMLParser

from django.test import Client

from wagtail.models import Page

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.hostile import HYPOTHESIS, QUERY_NAMES, hostile_text, raw_query
from unitsites.models import (
    Question,
    ServiceSubmission,
    SurveyResponse,
    TakedownRequest,
    UnitHomePage,
)

pytestmark = pytest.mark.django_db

SITE_FILES = ["/search/", "/sitemap.xml", "/robots.txt", "/theme.css", "/news/rss/"]
PORTAL_PATHS = ["/", "/search/", "/sitemap.xml"]
NASTY_QUERY = "&".join(f"{name}=%ff%00%3Cscript%3E%E2%80%AE" for name in QUERY_NAMES)
RECORDS = (ServiceSubmission, Question, SurveyResponse, TakedownRequest)


@pytest.fixture
def paths(rich_unit):
    return public_paths(rich_unit)


@pytest.fixture
def post_forms(rich_unit, paths):
    client = Client(raise_request_exception=False)
    return [form for path in paths for form in forms_on(client, rich_unit.hostname, path)]


def public_paths(unit):
    """One live page per page type and language, their sub-routes, and the site's files."""
    seen, paths = set(), list(SITE_FILES)
    for home in UnitHomePage.objects.filter(unit=unit):
        for page in Page.objects.descendant_of(home, inclusive=True).live().specific():
            kind = (type(page).__name__, home.locale.language_code)
            if kind in seen:
                continue
            seen.add(kind)
            path = page.get_url_parts()[2]
            paths.append(path)
            paths.extend(path + route for route in ROUTES.get(type(page).__name__, ()))
    return paths


ROUTES = {
    "NewsSection": ("rss/",),
    "CalendarPage": ("list/", "ics/"),
    "EServicesSection": ("track/",),
    "TakedownPage": ("track/",),
}


class PostForms(HTMLParser):
    """The POST forms of a page: their action and the names of the fields a visitor fills."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self.fields = None  # the open POST form's field names

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("method", "").lower() == "post":
            self.fields = []
            self.forms.append((attrs.get("action") or "", self.fields))
        elif (
            self.fields is not None
            and tag in {"input", "textarea", "select"}
            and attrs.get("name")
            and attrs.get("type") not in {"hidden", "submit", "file"}
        ):
            self.fields.append(attrs["name"])

    def handle_endtag(self, tag):
        if tag == "form":
            self.fields = None


def forms_on(client, host, path):
    parser = PostForms()
    parser.feed(client.get(path, HTTP_HOST=host).content.decode())
    return [(action or path, fields) for action, fields in parser.forms if fields]


def footprint():
    return {model.__name__: model.objects.count() for model in RECORDS}


def test_no_page_answers_500_to_a_nasty_query(rich_unit, paths):
    client = Client(raise_request_exception=False)
    assert len(paths) >= 40  # both languages of every category, and their routes

    failures = [
        path
        for path in paths
        if client.get(path, QUERY_STRING=NASTY_QUERY, HTTP_HOST=rich_unit.hostname).status_code
        >= 500
    ]
    failures += [
        f"portal {path}"
        for path in PORTAL_PATHS
        if client.get(path, QUERY_STRING=NASTY_QUERY, HTTP_HOST="localhost").status_code >= 500
    ]
    assert failures == []


@HYPOTHESIS
@given(data=st.data())
def test_no_page_answers_500_to_any_query(rich_unit, paths, data):
    client = Client(raise_request_exception=False)
    path = data.draw(st.sampled_from(paths), label="path")
    query = data.draw(raw_query, label="query")

    response = client.get(path, QUERY_STRING=query, HTTP_HOST=rich_unit.hostname)

    assert response.status_code < 500, (path, query)


@HYPOTHESIS
@given(query=raw_query)
def test_the_portal_answers_any_query(db, query):
    client = Client(raise_request_exception=False)
    for path in PORTAL_PATHS:
        response = client.get(path, QUERY_STRING=query, HTTP_HOST="localhost")
        assert response.status_code < 500, (path, query)


@HYPOTHESIS
@given(data=st.data())
def test_public_forms_refuse_or_keep_hostile_input_whole(rich_unit, post_forms, data):
    host = rich_unit.hostname
    client = Client(raise_request_exception=False)
    assert len(post_forms) >= 3  # e-service forms, the question board, the survey, tracking
    action, fields = data.draw(st.sampled_from(post_forms), label="form")
    values = {name: data.draw(hostile_text, label=name) for name in fields}
    # A new address each time: the rate limits and the survey's daily rule are not the subject.
    address = data.draw(st.ip_addresses(v=4).map(str), label="address")
    before = footprint()

    response = client.post(action, values, HTTP_HOST=host, REMOTE_ADDR=address)

    assert response.status_code < 500, (action, values)
    after = footprint()
    if response.status_code == 302:
        grown = [name for name in after if after[name] != before[name]]
        assert all(after[name] == before[name] + 1 for name in grown), (action, before, after)
    else:
        assert after == before, (action, values)
