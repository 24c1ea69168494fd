from django.core.cache import cache
from django.utils.html import escape

from wagtail.models import Site
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

import pytest

from network.models import Unit
from network.provisioning import provision_unit
from unitsites.sections import SECTIONS
from unitsites.thai_wrap import wrapped_between_words

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("code", ["PHO-T", "H-A", "H-B"])
def test_each_unit_host_serves_its_own_home_in_both_languages(client, code):
    unit = Unit.objects.get(code=code)
    thai = client.get("/", HTTP_HOST=unit.hostname)
    english = client.get("/en/", HTTP_HOST=f"{unit.hostname}:8000")
    assert thai.status_code == 200 and english.status_code == 200
    assert f"<h1>{wrapped_between_words(unit.name_th)}</h1>" in thai.text
    assert f"<h1>{unit.name_en}</h1>" in english.text
    assert '<html lang="th">' in thai.text and '<html lang="en">' in english.text


@pytest.mark.parametrize("section", SECTIONS, ids=lambda section: section.slug)
def test_every_section_answers_in_both_languages(client, unit_a, section):
    thai = client.get(f"/{section.slug}/", HTTP_HOST=unit_a.hostname)
    english = client.get(f"/en/{section.slug}/", HTTP_HOST=unit_a.hostname)
    assert thai.status_code == 200 and english.status_code == 200
    assert section.title_th in thai.text
    assert escape(section.title_en) in english.text


def test_home_links_every_section(client, unit_b):
    response = client.get("/", HTTP_HOST=unit_b.hostname)
    for section in SECTIONS:
        assert f'href="/{section.slug}/"' in response.text


def test_a_host_under_an_allowed_suffix_that_is_no_unit_serves_the_portal(client):
    response = client.get("/", HTTP_HOST="nobody-here.localhost")
    assert response.status_code == 200
    assert "hospital-a.localhost" in response.text


def test_an_unknown_host_gets_400(client):
    assert client.get("/", HTTP_HOST="evil.example.com").status_code == 400
    assert client.get("/", HTTP_HOST="hospital-a.localhost.evil.com").status_code == 400


def test_a_new_unit_answers_at_once_on_a_host_outside_the_suffixes(client, settings):
    settings.PORTAL_HOST_SUFFIXES = [".localhost"]
    assert client.get("/", HTTP_HOST="www.newunit.go.th").status_code == 400
    unit = Unit.objects.create(
        code="NEW",
        kind="hospital",
        name_th="โรงพยาบาลใหม่",
        name_en="New Hospital",
        hostname="www.newunit.go.th",
    )
    provision_unit(unit)
    response = client.get("/", HTTP_HOST="www.newunit.go.th")
    assert response.status_code == 200
    assert "โรงพยาบาลใหม่" in response.text


def test_an_inactive_units_site_is_closed(client, unit_b):
    unit_b.is_active = False
    unit_b.save()
    assert client.get("/", HTTP_HOST=unit_b.hostname).status_code == 404
    assert client.get("/", HTTP_HOST="hospital-a.localhost").status_code == 200


@pytest.mark.parametrize("path", ["/", "/en/", "/news/", "/about/contact/"])
def test_a_unit_added_by_another_process_is_served_whole(client, path):
    """The server cached the site list before `add_unit` ran in another process (issue #12
    item 7): the new unit's pages answer 200 with their links, not 500."""
    stale = Site.get_site_root_paths()
    unit = Unit.objects.create(
        code="LATE",
        kind="hospital",
        name_th="โรงพยาบาลมาทีหลัง",
        name_en="Late Hospital",
        hostname="late-hospital.localhost",
    )
    provision_unit(unit)
    cache.set(SITE_ROOT_PATHS_CACHE_KEY, stale, 3600, version=SITE_ROOT_PATHS_CACHE_VERSION)

    response = client.get(path, HTTP_HOST="late-hospital.localhost")

    assert response.status_code == 200
    assert 'type="application/rss+xml"' in response.text
