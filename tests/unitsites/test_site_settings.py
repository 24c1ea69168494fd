"""Per-site settings: created with the site, editable by the unit's own people only, shown in
every footer, and a brand colour that keeps white text readable."""

from django.core.exceptions import ValidationError

from wagtail.models import GroupSitePermission

import pytest

from network.models import Role, UnitRoleGroup
from unitsites.colours import contrast_ratio, validate_brand_colour
from unitsites.demo import site_settings
from unitsites.models import UnitHomePage, UnitSiteSettings

pytestmark = pytest.mark.django_db


def settings_url(site):
    return f"/admin/settings/unitsites/unitsitesettings/{site.pk}/"


def form_data(**values):
    data = {
        "logo": "",
        "primary_colour": "",
        "phone": "",
        "fax": "",
        "email": "",
        "address_th": "",
        "address_en": "",
        "map_url": "",
        "facebook_url": "",
        "line_url": "",
        "youtube_url": "",
    }
    data.update(values)
    return data


def test_provisioning_creates_the_row_and_grants_only_the_units_groups(unit_a, unit_b):
    assert UnitSiteSettings.objects.filter(site=unit_a.site).count() == 1
    grants = GroupSitePermission.objects.filter(
        permission__codename="change_unitsitesettings", site=unit_a.site
    )
    groups_a = set(
        UnitRoleGroup.objects.filter(unit=unit_a, role__in=Role.unit_roles()).values_list(
            "group", flat=True
        )
    )
    assert set(grants.values_list("group", flat=True)) == groups_a
    assert len(groups_a) == 2


def test_editor_edits_own_units_settings(unit_a, login):
    client = login("editor-h-a")
    assert client.get(settings_url(unit_a.site)).status_code == 200
    response = client.post(
        settings_url(unit_a.site),
        form_data(phone="0 7471 1071", email="saraban@hospital-a.go.th", primary_colour="#1A4D8F"),
    )
    assert response.status_code == 302
    saved = UnitSiteSettings.objects.get(site=unit_a.site)
    assert saved.phone == "0 7471 1071"
    assert saved.email == "saraban@hospital-a.go.th"
    assert saved.primary_colour == "#1a4d8f"


def test_approver_edits_own_units_settings(unit_a, login):
    client = login("approver-h-a")
    response = client.post(settings_url(unit_a.site), form_data(fax="0 7472 0000"))
    assert response.status_code == 302
    assert UnitSiteSettings.objects.get(site=unit_a.site).fax == "0 7472 0000"


def test_editor_cannot_open_or_change_another_units_settings(unit_b, login):
    client = login("editor-h-a")
    response = client.get(settings_url(unit_b.site))
    assert response.status_code == 302
    assert response.url == "/admin/"
    response = client.post(settings_url(unit_b.site), form_data(phone="099 999 9999"))
    assert response.status_code == 302
    assert UnitSiteSettings.objects.get(site=unit_b.site).phone == ""


def test_settings_menu_leads_an_editor_to_their_own_site(unit_a, login):
    client = login("editor-h-a")
    response = client.get("/admin/settings/unitsites/unitsitesettings/")
    assert response.status_code == 302
    assert response.url == settings_url(unit_a.site)


def test_moderator_has_no_say_over_unit_settings(unit_a, login):
    client = login("moderator")
    assert client.get(settings_url(unit_a.site)).status_code == 302


def test_a_colour_too_light_for_white_text_is_refused(unit_a, login):
    client = login("editor-h-a")
    response = client.post(settings_url(unit_a.site), form_data(primary_colour="#777777"))
    assert response.status_code == 200
    assert "4.48:1" in response.content.decode()
    assert UnitSiteSettings.objects.get(site=unit_a.site).primary_colour == ""


@pytest.mark.parametrize("colour", ["#767676", "#0b5e55", "#000000", "#8B0000"])
def test_dark_enough_colours_are_accepted(colour):
    validate_brand_colour(colour)


@pytest.mark.parametrize("colour", ["#777777", "#ffbf47", "#ffffff", "0b5e55", "#0b5e5", "green"])
def test_light_or_malformed_colours_are_refused(colour):
    with pytest.raises(ValidationError):
        validate_brand_colour(colour)


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_footer_shows_the_contact_details_in_the_page_language(unit_a, client):
    UnitSiteSettings.objects.filter(site=unit_a.site).update(
        phone="0 7471 1071",
        fax="0 7472 1071",
        email="saraban@hospital-a.go.th",
        address_th="99 ถนนสตูลธานี ตำบลพิมาน อำเภอเมืองสตูล จังหวัดสตูล 91000",
        address_en="99 Satun Thani Road, Phiman, Mueang Satun, Satun 91000",
        map_url="https://www.openstreetmap.org/#map=17/6.62/100.07",
        line_url="https://line.me/R/ti/p/@hospitala",
    )
    thai = client.get("/", HTTP_HOST=unit_a.hostname).content.decode()
    footer = thai[thai.index("<footer") :]
    assert 'href="tel:074711071"' in footer
    assert "0 7472 1071" in footer
    assert 'href="mailto:saraban@hospital-a.go.th"' in footer
    assert "ถนนสตูลธานี" in footer
    assert 'href="https://www.openstreetmap.org/#map=17/6.62/100.07"' in footer
    assert 'href="https://line.me/R/ti/p/@hospitala"' in footer
    english = client.get("/en/", HTTP_HOST=unit_a.hostname).content.decode()
    assert "99 Satun Thani Road" in english[english.index("<footer") :]


def test_the_units_colour_is_a_stylesheet_not_an_inline_style(unit_a, unit_b, client):
    UnitSiteSettings.objects.filter(site=unit_a.site).update(primary_colour="#1a4d8f")
    html = client.get("/", HTTP_HOST=unit_a.hostname).content.decode()
    assert '<link rel="stylesheet" href="/theme.css?v=1a4d8f">' in html
    assert "style=" not in html
    css = client.get("/theme.css", HTTP_HOST=unit_a.hostname)
    assert css["Content-Type"].startswith("text/css")
    assert "--brand: #1a4d8f;" in css.content.decode()
    assert "--brand-dark: #123664;" in css.content.decode()
    # B keeps the network's colour: no theme link, and no theme stylesheet.
    assert "/theme.css" not in client.get("/", HTTP_HOST=unit_b.hostname).content.decode()
    assert client.get("/theme.css", HTTP_HOST=unit_b.hostname).status_code == 404


def test_demo_fills_missing_contact_details_only(unit_a, client):
    UnitSiteSettings.objects.filter(site=unit_a.site).update(email="own@hospital-a.go.th")
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    site_settings.seed(home, None, True)
    saved = UnitSiteSettings.objects.get(site=unit_a.site)
    assert saved.email == "own@hospital-a.go.th"
    assert saved.address_th == "โรงพยาบาลเอ อำเภอเมืองทดสอบ จังหวัดสตูล"
    assert saved.map_url.startswith("https://www.openstreetmap.org/search?query=")
    footer = client.get("/", HTTP_HOST=unit_a.hostname).content.decode().split("<footer")[1]
    assert "โรงพยาบาลเอ อำเภอเมืองทดสอบ จังหวัดสตูล" in footer


def test_demo_map_link_of_a_long_thai_name_fits(unit_a):
    """PostgreSQL enforces field lengths that SQLite ignores; a long Thai name must fit."""

    unit_a.name_th = "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านควน หมู่ที่ 4 อำเภอเมืองสตูล"
    unit_a.save()
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    home.unit = unit_a
    site_settings.seed(home, None, rich=False)
    saved = UnitSiteSettings.objects.get(site=unit_a.site)
    assert saved.map_url.startswith("https://www.openstreetmap.org/search?query=")
    saved.full_clean()


@pytest.fixture
def images(unit_a, unit_b, settings, tmp_path):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    settings.MEDIA_ROOT = str(tmp_path)
    return {
        unit.code: Image.objects.create(
            title=f"ตรา {unit.code}",
            file=get_test_image_file(f"logo-{unit.code}.png"),
            collection=unit.collection,
        )
        for unit in (unit_a, unit_b)
    }


def test_the_logo_is_one_of_the_units_own_images(unit_a, login, images):
    client = login("editor-h-a")

    refused = client.post(settings_url(unit_a.site), form_data(logo=images["H-B"].pk))
    assert refused.status_code == 200
    assert "เป็นของหน่วยงานอื่น" in refused.content.decode()
    assert UnitSiteSettings.for_site(unit_a.site).logo is None

    accepted = client.post(settings_url(unit_a.site), form_data(logo=images["H-A"].pk))
    assert accepted.status_code == 302
    assert UnitSiteSettings.for_site(unit_a.site).logo == images["H-A"]
