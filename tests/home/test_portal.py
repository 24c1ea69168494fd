import pytest

# These tests know every unit and district they expect.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("without_demo_unit")]


def test_portal_lists_every_active_unit_grouped_by_district_and_kind(client, unit_b):
    unit_b.is_active = False
    unit_b.save()
    response = client.get("/", HTTP_HOST="localhost")
    assert response.status_code == 200
    directory = response.context["directory"]
    assert [district for district, _kinds in directory] == ["เมืองทดสอบ"]
    kinds = dict(directory[0][1])
    assert [unit.code for unit in kinds["สำนักงานสาธารณสุขจังหวัด"]] == ["PHO-T"]
    assert [unit.code for unit in kinds["โรงพยาบาล"]] == ["H-A"]
    assert 'href="http://hospital-a.localhost/"' in response.text
    assert "hospital-b.localhost" not in response.text


def test_english_portal_links_english_sites_with_english_names(client):
    response = client.get("/en/", HTTP_HOST="localhost:8000")
    assert response.status_code == 200
    assert 'href="http://hospital-a.localhost:8000/en/">Hospital A</a>' in response.text


def test_portal_home_describes_the_network_to_search_engines(client):
    response = client.get("/", HTTP_HOST="localhost")
    assert response.status_code == 200
    title = response.context["page"].title
    assert (
        f'<meta name="description" content="{title}: ข่าวและกิจกรรมของทุกหน่วยงานในเครือข่าย '
        'บริการออนไลน์ของแต่ละหน่วยงาน และรายชื่อหน่วยงาน">' in response.text
    )
