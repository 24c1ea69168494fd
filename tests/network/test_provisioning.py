from importlib import import_module

from django.contrib.auth.models import Group

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
)

import pytest

from network import provisioning
from network.models import Role, Unit, UnitRoleGroup
from network.provisioning import provision_unit
from unitsites.eservices.defaults import DEFAULT_FORMS
from unitsites.models import UnitHomePage
from unitsites.sections import SECTIONS

pytestmark = pytest.mark.django_db


def _snapshot():
    """Counts of everything provisioning can create."""
    return {
        "pages": Page.objects.count(),
        "sites": Site.objects.count(),
        "groups": Group.objects.count(),
        "collections": Collection.objects.count(),
        "page_permissions": GroupPagePermission.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "revisions": sum(page.revisions.count() for page in Page.objects.all()),
    }


def _new_unit(code="N-1", hostname="new-unit.localhost"):
    return Unit.objects.create(
        code=code,
        kind="health_promoting_hospital",
        name_th="โรงพยาบาลส่งเสริมสุขภาพตำบลใหม่",
        name_en="New Subdistrict Health Promoting Hospital",
        hostname=hostname,
        district="เมืองทดสอบ",
    )


def _fixed_slugs(sections, prefix=""):
    for section in sections:
        yield prefix + section.slug
        yield from _fixed_slugs(section.children, prefix + section.slug + "/")


def test_provisioning_creates_exactly_the_site_pages_groups_and_collection():
    before = _snapshot()
    unit = _new_unit()
    report = provision_unit(unit)
    unit.refresh_from_db()

    homes = UnitHomePage.objects.filter(unit=unit)
    assert sorted(homes.values_list("locale__language_code", flat=True)) == ["en", "th"]
    home_th = homes.get(locale__language_code="th")
    home_en = homes.get(locale__language_code="en")
    assert home_th.title == unit.name_th and home_en.title == unit.name_en
    assert home_th.live and home_en.live

    # The fixed pages and the default e-service forms (unitsites.eservices.defaults).
    forms = (f"e-services/{form.slug}" for form in DEFAULT_FORMS)
    expected = sorted([*_fixed_slugs(SECTIONS), *forms])
    for home in (home_th, home_en):
        descendants = home.get_descendants()
        paths = sorted(page.url_path[len(home.url_path) :].rstrip("/") for page in descendants)
        assert paths == expected
        assert all(page.live for page in descendants)
    english_titles = {
        page.slug: page.title for page in home_en.get_children() if page.depth == home_en.depth + 1
    }
    assert english_titles == {section.slug: section.title_en for section in SECTIONS}

    assert unit.site.hostname == "new-unit.localhost"
    assert unit.site.root_page_id == home_th.pk
    assert not unit.site.is_default_site
    assert unit.collection.name == f"{unit.name_th} ({unit.code})"

    editors = UnitRoleGroup.objects.get(unit=unit, role=Role.EDITOR).group
    approvers = UnitRoleGroup.objects.get(unit=unit, role=Role.APPROVER).group
    for group, codenames in (
        (editors, {"add", "change", "lock"}),
        (approvers, {"add", "change", "lock", "publish", "unlock"}),
    ):
        grants = GroupPagePermission.objects.filter(group=group)
        assert {grant.page_id for grant in grants} == {home_th.pk, home_en.pk}
        for home in (home_th, home_en):
            assert {
                grant.permission.codename.removesuffix("_page")
                for grant in grants.filter(page=home)
            } == codenames
        own_media = GroupCollectionPermission.objects.filter(
            group=group, collection=unit.collection
        )
        assert own_media.count() == 6
        assert group.permissions.filter(codename="access_admin").exists()

    after = _snapshot()
    pages_per_unit = 2 * (1 + len(expected))
    assert after["pages"] - before["pages"] == pages_per_unit
    assert after["sites"] - before["sites"] == 1
    assert after["groups"] - before["groups"] == 2
    assert after["collections"] - before["collections"] == 1
    assert report.changed


def test_second_run_changes_nothing():
    unit = _new_unit()
    provision_unit(unit)
    before = _snapshot()
    report = provision_unit(unit)
    assert not report.changed
    assert _snapshot() == before


def test_renaming_a_unit_renames_its_site_and_home_pages_only():
    unit = _new_unit()
    provision_unit(unit)
    unit.name_th = "โรงพยาบาลส่งเสริมสุขภาพตำบลชื่อใหม่"
    unit.name_en = "Renamed Subdistrict Health Promoting Hospital"
    unit.hostname = "renamed.localhost"
    unit.save()
    before = _snapshot()
    report = provision_unit(unit)
    unit.refresh_from_db()
    assert report.changed
    assert unit.site.hostname == "renamed.localhost"
    assert unit.site.site_name == unit.name_th
    titles = dict(
        UnitHomePage.objects.filter(unit=unit).values_list("locale__language_code", "title")
    )
    assert titles == {"th": unit.name_th, "en": unit.name_en}
    after = _snapshot()
    assert {key: after[key] - before[key] for key in after} == {
        "pages": 0,
        "sites": 0,
        "groups": 0,
        "collections": 0,
        "page_permissions": 0,
        "collection_permissions": 0,
        "revisions": 2,
    }


def test_a_failure_halfway_leaves_nothing_behind(monkeypatch):
    unit = _new_unit()
    before = _snapshot()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(provisioning, "_ensure_unit_groups", broken)
    with pytest.raises(RuntimeError):
        provision_unit(unit)
    unit.refresh_from_db()
    assert unit.site_id is None
    assert _snapshot() == before
    assert not UnitHomePage.objects.filter(unit=unit).exists()


def test_the_release_migration_restores_what_a_unit_lacks(unit_a):
    migration = import_module("network.migrations.0006_provision_existing_units")
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    Page.objects.get(url_path=f"{home.url_path}about/contact/").delete()
    migration.provision_existing_units(apps=None, schema_editor=None)
    assert Page.objects.filter(url_path=f"{home.url_path}about/contact/", live=True).exists()
