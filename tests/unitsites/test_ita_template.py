"""The ITA template as data: FY2569 shipped from the YAML, FY2570 derived from it, moderators
keep the templates in the admin and copy a year to start the next."""

import datetime

from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

import pytest

from network.models import UnitKind
from unitsites import ita_template
from unitsites.models import ItaEvidence, ItaItem, ItaSubitem, ItaTemplate

pytestmark = pytest.mark.django_db


def counts(year):
    return (
        ItaItem.objects.filter(template__fiscal_year=year).count(),
        ItaSubitem.objects.filter(item__template__fiscal_year=year).count(),
    )


def test_the_migration_ships_2569_and_derives_2570():
    assert counts(2569) == (22, 235)
    assert counts(2570) == (22, 235)


def test_loading_the_yaml_gives_22_items_and_235_subitems_and_again_changes_nothing(unit_a):
    ItaTemplate.objects.filter(fiscal_year=2569).delete()
    call_command("load_ita_template", str(ita_template.MOIT_2569), "--year", "2569")
    assert counts(2569) == (22, 235)
    slot = ItaSubitem.objects.get(item__template__fiscal_year=2569, code="MOIT2.1.1")
    about = unit_a.home_pages.first().get_children().get(slug="about")
    ItaEvidence.objects.create(unit=unit_a, subitem=slot, page=about)
    call_command("load_ita_template", "--year", "2569")  # the shipped file is the default
    assert counts(2569) == (22, 235)
    assert ItaEvidence.objects.filter(subitem=slot).count() == 1  # the evidence stays


def test_the_subitems_carry_kinds_evidence_and_dates():
    def subitem(code):
        return ItaSubitem.objects.get(item__template__fiscal_year=2569, code=code)

    item = ItaItem.objects.get(template__fiscal_year=2569, code="MOIT5")
    assert item.number == 5 and item.indicator == 2
    assert item.title_th.startswith("หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้าง")
    assert subitem("MOIT5.1.3").evidence_kind == "monthly_series"
    assert subitem("MOIT5.1.3").month == datetime.date(2025, 11, 1)
    assert subitem("MOIT19.1").due == datetime.date(2026, 3, 27)
    assert subitem("MOIT1.1").heading and not subitem("MOIT1.1.1").heading
    licensing = subitem("MOIT2.15")
    assert licensing.applies_to(UnitKind.PROVINCIAL_OFFICE)
    assert licensing.applies_to(UnitKind.DISTRICT_OFFICE)
    assert not licensing.applies_to(UnitKind.HOSPITAL)
    # "all" is every kind assessed on its own; the file says รพ.สต. report through their สสอ.
    assert subitem("MOIT2.14").unit_kinds == [
        UnitKind.PROVINCIAL_OFFICE,
        UnitKind.DISTRICT_OFFICE,
        UnitKind.HOSPITAL,
    ]


def test_copying_a_year_moves_its_dates_a_year_and_refuses_a_year_that_exists():
    copy = ita_template.copy_from(2570)
    assert copy.fiscal_year == 2571
    assert counts(2571) == (22, 235)

    def due(year):
        return ItaSubitem.objects.get(item__template__fiscal_year=year, code="MOIT19.1").due

    assert [due(2569), due(2570), due(2571)] == [
        datetime.date(2026, 3, 27),
        datetime.date(2027, 3, 27),
        datetime.date(2028, 3, 27),
    ]
    with pytest.raises(ValidationError):
        ita_template.copy_from(2569)  # 2570 exists
    assert counts(2570) == (22, 235)


def test_a_moderator_copies_last_years_template_from_the_admin(login):
    client = login("moderator")
    client.defaults["HTTP_HOST"] = "localhost"
    source = ItaTemplate.objects.get(fiscal_year=2570)
    edit = client.get(f"/admin/ita_templates/edit/{source.pk}/")
    assert edit.status_code == 200
    copy_url = f"/admin/ita_templates/copy-to-next-year/{source.pk}/"
    assert copy_url in edit.content.decode()
    response = client.post(copy_url)
    copy = ItaTemplate.objects.get(fiscal_year=2571)
    assert response.status_code == 302 and response.url == f"/admin/ita_templates/edit/{copy.pk}/"
    assert counts(2571) == (22, 235)
    again = client.post(copy_url, follow=True)
    assert "ปีงบประมาณ 2571 มีแม่แบบอยู่แล้ว" in again.content.decode()


def test_a_moderator_edits_a_subitem_in_thai(login):
    client = login("moderator")
    client.defaults["HTTP_HOST"] = "localhost"
    slot = ItaSubitem.objects.get(item__template__fiscal_year=2570, code="MOIT2.15")
    url = f"/admin/ita_subitems/edit/{slot.pk}/"
    page = client.get(url).content.decode()
    assert "ประเภทหน่วยงาน" in page
    data = {
        "item": slot.item_id,
        "position": slot.position,
        "code": slot.code,
        "ref": slot.ref,
        "title_th": "คู่มือขั้นตอนการให้บริการ (ฉบับปี 2570)",
        "evidence_kind": "document",
        "round": "current_fy",
        "unit_kinds": ["provincial_office"],
    }
    assert client.post(url, data).status_code == 302
    slot.refresh_from_db()
    assert slot.title_th == "คู่มือขั้นตอนการให้บริการ (ฉบับปี 2570)"
    assert slot.unit_kinds == ["provincial_office"]


@pytest.mark.parametrize("username", ["editor-h-a", "approver-h-a", "central-admin"])
def test_only_moderators_keep_the_templates(login, username):
    client = login(username)
    client.defaults["HTTP_HOST"] = "localhost"
    source = ItaTemplate.objects.get(fiscal_year=2570)
    assert client.get(f"/admin/ita_templates/edit/{source.pk}/").status_code in (302, 403)
    client.post(f"/admin/ita_templates/copy-to-next-year/{source.pk}/")
    assert not ItaTemplate.objects.filter(fiscal_year=2571).exists()


def test_the_template_screens_list_in_thai(login):
    client = login("moderator")
    client.defaults["HTTP_HOST"] = "localhost"
    templates = client.get("/admin/ita_templates/").content.decode()
    assert "แม่แบบการประเมิน ITA" in templates and "2570" in templates
    items = client.get("/admin/ita_items/?q=MOIT20").content.decode()
    assert "หน่วยงานมีส่วนร่วมกิจกรรมวันต่อต้านคอรัปชั่นสากล" in items
    assert client.get("/admin/ita_subitems/").status_code == 200


def test_a_file_that_is_not_a_template_is_refused_whole(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "fiscal_year: 2580\nitems:\n  - code: MOIT1\n    title_th: x\n    subitems:\n"
        "      - {code: MOIT1.1}\n",
        encoding="utf-8",
    )
    with pytest.raises(CommandError, match="not an ITA template file"):
        call_command("load_ita_template", str(bad))
    assert not ItaTemplate.objects.filter(fiscal_year=2580).exists()
    with pytest.raises(CommandError, match="2570"):
        call_command("load_ita_template", "--copy-from", "2569", "--year", "2570")
