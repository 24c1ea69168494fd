"""The central administrator's unit form, through the real Wagtail admin views."""

from django.utils import translation

from wagtail.models import Page

import pytest

from network.models import Unit, hostname_validator

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/units/new/"


def _form(**overrides):
    data = {
        "code": "FORM-1",
        "kind": "district_office",
        "name_th": "สำนักงานสาธารณสุขอำเภอแบบฟอร์ม",
        "name_en": "Form District Public Health Office",
        "district": "แบบฟอร์ม",
        "parent": "",
        "hostname": "dho-form.localhost",
        "affiliation": "moph",
        "is_active": "on",
    }
    data.update(overrides)
    return data


def test_central_admin_adds_a_unit_and_its_site_is_provisioned(login, provincial_office, client):
    response = login("central-admin").post(ADD_URL, _form(parent=provincial_office.pk))
    assert response.status_code == 302
    unit = Unit.objects.get(code="FORM-1")
    assert unit.parent == provincial_office
    assert unit.site.hostname == "dho-form.localhost"
    public = client.get("/en/", HTTP_HOST="dho-form.localhost")
    assert public.status_code == 200 and "Form District Public Health Office" in public.text


def test_the_form_is_in_thai_for_a_thai_admin(login):
    response = login("central-admin").get(ADD_URL)
    assert response.status_code == 200
    assert 'lang="th"' in response.text


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"code": "H-A"}, "code", "Another unit already has this code."),
        (
            {"hostname": "hospital-b.localhost"},
            "hostname",
            "Another unit already uses this host name.",
        ),
        ({"hostname": "https://x.localhost/path"}, "hostname", hostname_validator.message),
        ({"hostname": "localhost"}, "hostname", "This host name belongs to the portal itself."),
        (
            {"parent": "999999"},
            "parent",
            "Select a valid choice. That choice is not one of the available choices.",
        ),
        (
            {"kind": "clinic"},
            "kind",
            "Select a valid choice. %(value)s is not one of the available choices.",
        ),
        ({"name_th": ""}, "name_th", "This field is required."),
    ],
)
def test_each_validation_error_is_shown_in_thai_and_nothing_is_saved(
    login, overrides, field, message
):
    pages = Page.objects.count()
    response = login("central-admin").post(ADD_URL, _form(**overrides))
    assert response.status_code == 200
    errors = response.context["form"].errors
    with translation.override("th"):
        expected = translation.gettext(message) % {"value": overrides.get(field)}
    assert errors.get(field) == [expected]
    assert not Unit.objects.filter(code="FORM-1").exists()
    assert Page.objects.count() == pages


def test_a_parent_cycle_is_refused(login, provincial_office, unit_a):
    url = f"/admin/units/edit/{provincial_office.pk}/"
    data = _form(
        code=provincial_office.code,
        kind=provincial_office.kind,
        name_th=provincial_office.name_th,
        name_en=provincial_office.name_en,
        hostname=provincial_office.hostname,
        parent=unit_a.pk,
    )
    response = login("central-admin").post(url, data)
    assert response.status_code == 200
    assert "parent" in response.context["form"].errors
    provincial_office.refresh_from_db()
    assert provincial_office.parent is None


def test_editing_a_unit_renames_its_site(login, unit_b, client):
    url = f"/admin/units/edit/{unit_b.pk}/"
    data = _form(
        code=unit_b.code,
        kind=unit_b.kind,
        name_th="โรงพยาบาลบีใหม่",
        name_en="Hospital B Renamed",
        hostname=unit_b.hostname,
        parent=unit_b.parent_id,
        district=unit_b.district,
    )
    assert login("central-admin").post(url, data).status_code == 302
    assert "โรงพยาบาลบีใหม่" in client.get("/", HTTP_HOST=unit_b.hostname).text


@pytest.mark.parametrize("username", ["editor-h-a", "approver-h-a", "moderator"])
def test_only_central_admins_manage_units(login, username):
    client = login(username)
    assert client.get("/admin/units/").status_code == 302
    assert client.post(ADD_URL, _form()).status_code == 302
    assert not Unit.objects.filter(code="FORM-1").exists()
