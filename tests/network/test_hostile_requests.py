"""Requests that once answered 500 (issue #12 item 6) answer calmly now, on both databases."""

import pytest

from tests.conftest import add_live
from unitsites.models import ContentPage, UnitHomePage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["%00", "ข่าว%00", "%07%1b", "%00" * 300])
def test_the_site_search_answers_a_query_with_control_characters(client, unit_a, query):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    about = home.get_children().get(slug="about")
    add_live(about, ContentPage(title="ข่าว ประจำเดือน", slug="monthly", owner_name="x"))

    response = client.get(f"/search/?q={query}", HTTP_HOST=unit_a.hostname)

    assert response.status_code == 200


@pytest.mark.parametrize("parameter", ["search", "title", "type"])
def test_the_admin_api_refuses_control_characters_with_a_400(login, parameter):
    response = login("moderator").get(
        f"/admin/api/main/pages/?{parameter}=a%00b", HTTP_HOST="localhost"
    )

    assert response.status_code == 400


@pytest.mark.parametrize("last_day", ["9999-12-31", "2999-01-01"])
def test_the_traffic_export_refuses_an_end_after_today(login, last_day):
    response = login("central-admin").get(
        f"/admin/traffic/?first_day=2026-01-01&last_day={last_day}", HTTP_HOST="localhost"
    )

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert response.context["form"].errors["last_day"]
