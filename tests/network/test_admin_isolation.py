"""A unit's people see only their unit in Wagtail's reports, media listings and admin-only
areas (DESIGN.md, Isolation and security; issue #5 item 1). Form submissions: the network has
no form page types yet, so there is nothing to list (see test_permission_matrix.py)."""

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from tests.conftest import user_named
from tests.network.conftest import post_edit

pytestmark = pytest.mark.django_db

SECRET_B = "ความลับของโรงพยาบาลบี"
UNIT_STAFF = ["editor-h-a", "approver-h-a"]


@pytest.fixture
def busy_page_b(make_page, login, unit_b):
    """A page of unit B that is edited, waiting for approval and locked."""
    page = make_page(unit_b, slug="secret-b", title=SECRET_B)
    post_edit(login("editor2-h-b"), page)
    page.refresh_from_db()
    page.locked, page.locked_by = True, user_named("editor2-h-b")
    page.save(update_fields=["locked", "locked_by"])
    return page


@pytest.mark.parametrize("username", UNIT_STAFF)
@pytest.mark.parametrize(
    "url",
    [
        "/admin/reports/aging-pages/",
        "/admin/reports/site-history/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/locked/",
        "/admin/reports/page-types-usage/",
        "/admin/pages/search/?q=secret",
    ],
)
def test_reports_show_unit_staff_nothing_of_another_unit(login, busy_page_b, username, url):
    response = login(username).get(url)
    assert response.status_code in (200, 302)
    assert SECRET_B not in response.text


@pytest.mark.parametrize("url", ["/admin/reports/workflow/", "/admin/reports/page-types-usage/"])
def test_the_moderator_sees_every_unit_in_reports(login, busy_page_b, url):
    response = login("moderator").get(url)
    assert response.status_code == 200
    assert SECRET_B in response.text


@pytest.mark.parametrize("username", UNIT_STAFF)
def test_page_types_usage_is_closed_to_unit_staff(login, username):
    client = login(username)
    assert client.get("/admin/reports/page-types-usage/").status_code == 302
    assert client.get("/admin/reports/page-types-usage/results/").status_code == 302
    assert "/admin/reports/page-types-usage/" not in client.get("/admin/").text
    assert "/admin/reports/page-types-usage/" in login("moderator").get("/admin/").text


@pytest.mark.parametrize("username", UNIT_STAFF)
def test_history_of_another_units_page_is_closed(login, busy_page_b, username):
    response = login(username).get(f"/admin/pages/{busy_page_b.pk}/history/")
    assert response.status_code == 302
    assert SECRET_B not in response.text


def test_media_listings_show_own_collection_and_never_another_units(login, unit_a, unit_b):
    for unit in (unit_a, unit_b):
        Image.objects.create(
            title=f"ภาพของ {unit.code}", file=get_test_image_file(), collection=unit.collection
        )
        Document.objects.create(title=f"เอกสารของ {unit.code}", collection=unit.collection)
    client = login("editor-h-a")
    for url in ("/admin/images/", "/admin/documents/", "/admin/images/chooser/"):
        response = client.get(url)
        text = response.json()["html"] if url.endswith("chooser/") else response.text
        assert response.status_code == 200
        assert "ของ H-A" in text and "ของ H-B" not in text


CENTRAL_ONLY = [
    "/admin/users/",
    "/admin/groups/",
    "/admin/sites/",
    "/admin/workflows/list/",
    "/admin/workflows/tasks/index/",
    "/admin/redirects/",
]


@pytest.mark.parametrize("username", [*UNIT_STAFF, "moderator"])
@pytest.mark.parametrize("url", [*CENTRAL_ONLY, "/admin/locales/"])
def test_accounts_sites_and_workflows_are_closed_to_everyone_else(login, username, url):
    assert login(username).get(url).status_code in (302, 403)


@pytest.mark.parametrize("url", CENTRAL_ONLY[:5])
def test_central_administrators_manage_accounts_sites_and_workflows(login, url):
    assert login("central-admin").get(url).status_code == 200
