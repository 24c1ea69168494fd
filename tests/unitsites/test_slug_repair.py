"""Pages left at mangled slugs by the old rules move to their intact Thai slugs, and every old
address redirects (301) to the page; records and e-mails print readable links."""

import importlib
from urllib.parse import quote, unquote

from django.apps import apps
from django.utils import timezone

from wagtail.contrib.redirects.models import Redirect

import pytest

from network.models import ApprovalKind, PublicationRecord
from network.publication.notifications import request_context
from network.publication.records import draft_record
from tests.network.conftest import REQUEST
from unitsites.models import ContentPage
from unitsites.publishing import system_publication
from unitsites.slug_repair import repair_mangled_slugs
from unitsites.slugs import legacy_slugs

HOST = "hospital-a.localhost"


@pytest.fixture
def about(unit_a):
    return unit_a.site.root_page.get_children().get(slug="about").specific


def live_page(parent, title, slug=""):
    with system_publication("test content"):
        page = parent.add_child(instance=ContentPage(title=title, slug=slug, live=True, **REQUEST))
    page.save_revision()
    return page


def mangle(page, suffix=""):
    """`page` as the old rules left it; Wagtail moves its descendants' url_path along."""
    (page.slug,) = {f"{slug}{suffix}" for slug in legacy_slugs(page.title)}
    page.save(clean=False)
    page.save_revision()  # its draft carries the mangled slug too
    return page


@pytest.fixture
def mangled_tree(about):
    """ผู้สูงอายุ (mangled) > กิ๊ฟท์ (mangled), and a second mangled page with Wagtail's suffix."""
    parent = mangle(live_page(about, "ผู้สูงอายุ", "elderly"))
    child = mangle(live_page(parent, "กิ๊ฟท์", "gift"))
    numbered = mangle(live_page(about, "ไข้เลือดออก ๒๕๖๙", "dengue"), suffix="-2")
    return parent, child, numbered


def get(client, path):
    return client.get(quote(path), HTTP_HOST=HOST)


def test_the_repair_gives_intact_slugs_and_redirects_every_old_address(client, mangled_tree):
    parent, child, numbered = mangled_tree
    old_paths = {"/about/ผสงอาย/", "/about/ผสงอาย/กฟท/", "/about/ไขเลอดออก-๒๕๖๙-2/"}
    for path in old_paths:
        assert get(client, path).status_code == 200

    repaired = repair_mangled_slugs()

    assert repaired == {parent.pk: "ผู้สูงอายุ", child.pk: "กิ๊ฟท์", numbered.pk: "ไข้เลือดออก-๒๕๖๙"}
    child.refresh_from_db()
    assert child.url_path.endswith("/about/ผู้สูงอายุ/กิ๊ฟท์/")
    for old, new in [
        ("/about/ผสงอาย/", "/about/ผู้สูงอายุ/"),
        ("/about/ผสงอาย/กฟท/", "/about/ผู้สูงอายุ/กิ๊ฟท์/"),
        ("/about/ไขเลอดออก-๒๕๖๙-2/", "/about/ไข้เลือดออก-๒๕๖๙/"),
    ]:
        response = get(client, old)
        assert response.status_code == 301, old
        assert unquote(response["Location"]).endswith(new)
        assert get(client, new).status_code == 200
    assert Redirect.objects.filter(site=parent.get_site()).count() >= len(old_paths)


def test_a_draft_saved_before_the_repair_does_not_move_the_page_back(mangled_tree):
    parent, _child, _numbered = mangled_tree
    repair_mangled_slugs()
    parent.refresh_from_db()
    assert parent.get_latest_revision().content["slug"] == "ผู้สูงอายุ"
    assert parent.get_latest_revision_as_object().slug == "ผู้สูงอายุ"


def test_sections_and_chosen_slugs_stay_and_a_second_run_changes_nothing(about, mangled_tree):
    chosen = live_page(about, "ข่าวประชาสัมพันธ์", "press-release")
    repair_mangled_slugs()
    assert repair_mangled_slugs() == {}
    chosen.refresh_from_db()
    assert chosen.slug == "press-release"
    home = about.get_parent()
    assert {page.slug for page in home.get_children()} >= {"about", "news", "laws", "ita"}


def test_the_migration_repairs_through_the_same_service(mangled_tree):
    parent, _child, _numbered = mangled_tree
    migration = importlib.import_module("unitsites.migrations.0008_repair_thai_slugs")
    migration.repair_thai_slugs(apps, None)
    parent.refresh_from_db()
    assert parent.slug == "ผู้สูงอายุ"


def test_the_record_and_the_e_mails_print_a_readable_link(about):
    page = live_page(about, "ข่าวกิจกรรมวันเอดส์โลก")  # its slug made from its title
    assert page.slug == "ข่าวกิจกรรมวันเอดส์โลก"
    expected = f"http://{HOST}/about/ข่าวกิจกรรมวันเอดส์โลก/"
    assert draft_record(page).url == expected
    assert request_context(page)["public_url"] == expected


def test_the_migration_makes_stored_record_links_readable(about):
    page = live_page(about, "ผู้สูงอายุ", "elderly")
    record = draft_record(page)
    record.url = f"http://{HOST}/about/{quote('ผู้สูงอายุ')}/"
    record.approval_kind = ApprovalKind.WORKFLOW
    record.published_at = timezone.now()
    record.fiscal_year = 2570
    record.save()
    migration = importlib.import_module("network.migrations.0010_readable_record_links")
    migration.records_to_iri(apps, None)
    assert PublicationRecord.objects.get(pk=record.pk).url == f"http://{HOST}/about/ผู้สูงอายุ/"
