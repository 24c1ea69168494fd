"""No admin screen shows one unit's titles, media, people or sites to another unit's staff or to
the central administrators; provincial moderators see every unit (DESIGN.md, Isolation and
security; issue #12 item 1). Reports' rows are covered by test_admin_isolation.py; this module
adds the explorer, choosers, confirmations, the admin API and the reports' filter choices."""

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from tests.conftest import user_named
from tests.network.conftest import post_edit

pytestmark = pytest.mark.django_db

SECRET_B = "ร่างลับของโรงพยาบาลบี"
OUTSIDERS = ["editor-h-a", "approver-h-a", "central-admin"]
EVERYONE = [*OUTSIDERS, "moderator"]


@pytest.fixture
def unit_b_content(make_page, login, unit_a, unit_b):
    """A draft of unit B waiting for approval and locked, and B's own image and document."""
    page = make_page(unit_b, slug="secret-b", title=SECRET_B)
    post_edit(login("editor2-h-b"), page)
    page.refresh_from_db()
    page.locked, page.locked_by = True, user_named("editor2-h-b")
    page.save(update_fields=["locked", "locked_by"])
    Image.objects.create(
        title=f"ภาพ {SECRET_B}", file=get_test_image_file(), collection=unit_b.collection
    )
    Document.objects.create(title=f"เอกสาร {SECRET_B}", collection=unit_b.collection)
    own = make_page(unit_a, slug="own-a", title="หน้าของโรงพยาบาลเอ")
    return {"page": page, "own": own}


def _text(response):
    if response["Content-Type"].startswith("application/json"):
        data = response.json()
        return data["html"] if isinstance(data, dict) and "html" in data else response.text
    return response.text


# What each screen is asked, with {page} (B's draft), {parent} (its section in B), {own} (a
# page of H-A) and {own_parent} (its section) filled in by `_url`.
SCREENS = {
    "explorer": "/admin/pages/{parent}/",
    "explorer of the page": "/admin/pages/{page}/",
    "explorer results": "/admin/pages/{parent}/results/",
    "explorer search": "/admin/pages/{parent}/?q=secret&search_all=1",
    "chooser root": "/admin/choose-page/",
    "chooser browse": "/admin/choose-page/{parent}/",
    "chooser search": "/admin/choose-page/search/?q=ร่างลับ",
    "move chooser": "/admin/pages/{own}/move/",
    "move chooser browse": "/admin/choose-move-destination/{parent}/?page_to_move={own}",
    "move confirmation": "/admin/pages/{own}/move/{page}/",
    "move other's page": "/admin/pages/{page}/move/{own_parent}/",
    "bulk delete": "/admin/bulk/wagtailcore/page/delete/?id={page}&id={own}",
    "bulk move": "/admin/bulk/wagtailcore/page/move/?id={page}&id={own}",
    "bulk publish": "/admin/bulk/wagtailcore/page/publish/?id={page}&id={own}",
    "bulk unpublish": "/admin/bulk/wagtailcore/page/unpublish/?id={page}&id={own}",
    "api pages": "/admin/api/main/pages/?search=ร่างลับ",
    "api children": "/admin/api/main/pages/?child_of={parent}&for_explorer=1",
    "api page": "/admin/api/main/pages/{page}/",
    # Newest first: the fixture's media lead the first page however many the network holds.
    "api documents": "/admin/api/main/documents/?order=-id",
    "api images": "/admin/api/main/images/?order=-id",
    "document chooser": "/admin/documents/chooser/",
    "image chooser": "/admin/images/chooser/",
}


def _url(content, screen):
    page, own = content["page"], content["own"]
    return SCREENS[screen].format(
        page=page.pk, parent=page.get_parent().pk, own=own.pk, own_parent=own.get_parent().pk
    )


@pytest.mark.parametrize("username", OUTSIDERS)
@pytest.mark.parametrize("screen", SCREENS)
def test_another_units_titles_are_never_shown(login, unit_b_content, username, screen):
    response = login(username).get(_url(unit_b_content, screen))
    assert response.status_code in (200, 302, 400, 403, 404)
    assert SECRET_B not in _text(response)


@pytest.mark.parametrize(
    "screen",
    [
        "explorer",
        "explorer of the page",
        "chooser browse",
        "chooser search",
        "bulk delete",
        "api children",
        "api documents",
        "api images",
    ],
)
def test_the_moderator_sees_every_units_titles(login, unit_b_content, screen):
    response = login("moderator").get(_url(unit_b_content, screen))
    assert response.status_code == 200
    assert SECRET_B in _text(response)


REPORTS = [
    "/admin/pages/{own_parent}/",
    "/admin/reports/site-history/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/reports/locked/",
]


@pytest.mark.parametrize("username", OUTSIDERS)
@pytest.mark.parametrize("url", REPORTS)
def test_report_filters_name_nobody_and_no_site_of_another_unit(
    login, unit_b, unit_b_content, username, url
):
    response = login(username).get(url.format(own_parent=unit_b_content["own"].get_parent().pk))
    assert response.status_code in (200, 302)
    for name in ("editor2-h-b", "editor-h-b", "approver-h-b", unit_b.name_th, unit_b.name_en):
        assert name not in response.text


@pytest.mark.parametrize("url", [url for url in REPORTS if "tasks" not in url])
def test_the_moderator_filters_reports_by_any_unit(login, unit_b_content, url):
    response = login("moderator").get(url.format(own_parent=unit_b_content["own"].get_parent().pk))
    assert response.status_code == 200
    assert "editor2-h-b" in response.text


@pytest.mark.parametrize("username", ["editor-h-a", "approver-h-a"])
def test_a_bulk_confirmation_still_names_the_units_own_pages(login, unit_b_content, username):
    response = login(username).get(
        SCREENS["bulk delete"].format(page=unit_b_content["page"].pk, own=unit_b_content["own"].pk)
    )
    assert response.status_code == 200
    assert unit_b_content["own"].title in _text(response)
