"""An editor's permissions end at the edge of their unit's tree, in both languages."""

from wagtail.models import Page

import pytest

from tests.conftest import user_named
from unitsites.models import ContentPage, UnitHomePage

pytestmark = pytest.mark.django_db


def _section(unit, language, slug="about"):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code=language)
    return home.get_children().get(slug=slug)


@pytest.mark.parametrize("language", ["th", "en"])
def test_editor_edits_and_adds_in_own_unit_only(login, unit_a, unit_b, language):
    client = login("editor-h-a")
    own, other = _section(unit_a, language), _section(unit_b, language)
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/add/unitsites/contentpage/{own.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code == 302
    assert client.get(f"/admin/pages/add/unitsites/contentpage/{other.pk}/").status_code == 302


def test_explorer_starts_at_and_stays_in_own_unit(login, unit_a, unit_b):
    client = login("editor-h-a")
    response = client.get("/admin/pages/")
    assert response.status_code == 200
    own_homes = UnitHomePage.objects.filter(unit=unit_a).values_list("pk", flat=True)
    other_homes = UnitHomePage.objects.filter(unit=unit_b).values_list("pk", flat=True)
    assert all(f'href="/admin/pages/{pk}/"' in response.text for pk in own_homes)
    assert not any(f'href="/admin/pages/{pk}/"' in response.text for pk in other_homes)
    other = client.get(f"/admin/pages/{unit_b.site.root_page_id}/")
    other_sections = Page.objects.child_of(Page.objects.get(pk=unit_b.site.root_page_id))
    assert not any(f"/admin/pages/{page.pk}/" in other.text for page in other_sections)
    search = client.get("/admin/pages/search/", {"q": "โรงพยาบาล"})
    assert "โรงพยาบาลเอ" in search.text and "โรงพยาบาลบี" not in search.text


def test_editor_cannot_delete_move_or_unpublish_sections(login, unit_a):
    client = login("editor-h-a")
    approver = login("approver-h-a")
    section = _section(unit_a, "th", "laws")
    for each in (client, approver):
        assert each.post(f"/admin/pages/{section.pk}/delete/").status_code == 302
        assert each.post(f"/admin/pages/{section.pk}/unpublish/").status_code == 302
        assert each.get(f"/admin/pages/{section.pk}/move/").status_code == 302
    section.refresh_from_db()
    assert section.live and Page.objects.filter(pk=section.pk).exists()


def test_editor_cannot_publish_directly(login, unit_a, client):
    editor = login("editor-h-a")
    about = _section(unit_a, "th")
    response = editor.post(
        f"/admin/pages/add/unitsites/contentpage/{about.pk}/",
        {"title": "ประวัติหน่วยงาน", "slug": "history", "body-count": "0", "action-publish": "1"},
    )
    assert response.status_code in (200, 302)
    page = ContentPage.objects.child_of(about).filter(slug="history").first()
    assert page is None or not page.live
    assert client.get("/about/history/", HTTP_HOST=unit_a.hostname).status_code == 404
    assert not about.permissions_for_user(user_named("editor-h-a")).can_publish()


def _chooser(client, path, **params):
    """The HTML inside the chooser modal's JSON answer."""
    response = client.get(path, params)
    assert response.status_code == 200
    return (
        response.json()["html"] if response["Content-Type"] == "application/json" else response.text
    )


def test_page_chooser_offers_own_unit_only(login, unit_a, unit_b):
    client = login("editor-h-a")
    roots = _chooser(client, "/admin/choose-page/")
    own_homes = UnitHomePage.objects.filter(unit=unit_a)
    other_homes = UnitHomePage.objects.filter(unit=unit_b)
    assert all(home.title in roots for home in own_homes)
    assert not any(home.title in roots for home in other_homes)
    search = _chooser(client, "/admin/choose-page/search/", q="Hospital")
    assert "Hospital A" in search and "Hospital B" not in search
    inside_other = _chooser(client, f"/admin/choose-page/{unit_b.site.root_page_id}/")
    assert not any(
        f"/admin/choose-page/{page.pk}/" in inside_other
        for page in Page.objects.child_of(Page.objects.get(pk=unit_b.site.root_page_id))
    )


def test_moderator_chooser_sees_every_unit(login, unit_a, unit_b):
    roots = _chooser(login("moderator"), "/admin/choose-page/")
    for home in UnitHomePage.objects.filter(unit__in=[unit_a, unit_b]):
        assert home.title in roots
