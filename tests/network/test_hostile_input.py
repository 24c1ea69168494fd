"""Hostile input never crashes anything and never leaves half-written data (issue #5 item 6):
add_unit and import_units with hostile strings and malformed files, and the admin's unit form
with junk. Each gets a clear error (CommandError, a form error), never another exception."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from wagtail.models import Collection, Page, Site

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from network.models import Unit
from tests.hostile import HOSTILE_SAMPLES, HYPOTHESIS, hostile_text

pytestmark = pytest.mark.django_db

VALID = {
    "code": "FUZZ-1",
    "kind": "hospital",
    "name_th": "โรงพยาบาลทดสอบ",
    "name_en": "Fuzz Hospital",
    "hostname": "fuzz-1.localhost",
    "district": "",
    "parent": "",
}
FIELDS = list(VALID)


def footprint():
    return (
        Unit.objects.count(),
        Site.objects.count(),
        Page.objects.count(),
        Collection.objects.count(),
        Group.objects.count(),
    )


def add_unit(values):
    options = {name: value for name, value in values.items() if name != "code"}
    return call_command(
        "add_unit",
        values["code"],
        kind=options["kind"],
        name_th=options["name_th"],
        name_en=options["name_en"],
        hostname=options["hostname"],
        district=options["district"],
        parent=options["parent"],
    )


# Free text in names is mostly valid, and every valid unit provisions a whole site (seconds):
# names get the hand-picked samples, the checked fields get anything.
one_hostile_field = st.one_of(
    st.tuples(st.sampled_from(["code", "kind", "hostname", "parent"]), hostile_text),
    st.tuples(
        st.sampled_from(["name_th", "name_en", "district"]), st.sampled_from(HOSTILE_SAMPLES)
    ),
)


@settings(HYPOTHESIS, max_examples=15)
@given(field_value=one_hostile_field)
@example(field_value=("code", "h-a"))
@example(field_value=("code", "H--A"))
@example(field_value=("hostname", "HOSPITAL-A.localhost"))
@example(field_value=("hostname", "pho-test.localhost."))
@example(field_value=("parent", "FUZZ-1"))
@example(field_value=("name_th", "\x00"))
def test_add_unit_with_one_hostile_field_errors_cleanly_or_succeeds_whole(field_value):
    field, value = field_value
    values = {**VALID, field: value}
    with transaction.atomic():
        before = footprint()
        try:
            add_unit(values)
        except CommandError as error:
            assert str(error).strip(), "a CommandError must say what is wrong"
            assert footprint() == before, "a refused unit must leave nothing behind"
        else:
            unit = Unit.objects.get(code=values["code"].strip())
            assert unit.site is not None and unit.collection is not None
        transaction.set_rollback(True)


@HYPOTHESIS
@given(values=st.fixed_dictionaries(dict.fromkeys(FIELDS, hostile_text)))
def test_add_unit_with_everything_hostile_never_raises_anything_but_command_error(values):
    with transaction.atomic():
        before = footprint()
        try:
            add_unit(values)
        except CommandError:
            assert footprint() == before
        transaction.set_rollback(True)


CSV_HEADER = "code,kind,name_th,name_en,hostname,district,parent_code\n"
GOOD_ROW = "FUZZ-2,hospital,โรงพยาบาลฟัซ,Fuzz Two,fuzz-2.localhost,,PHO-T\n"

malformed_files = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(lambda text: text.encode("utf-8")),
    st.text(max_size=500).map(lambda text: (CSV_HEADER + GOOD_ROW + text).encode("utf-8")),
    st.lists(st.lists(hostile_text, max_size=9), max_size=5).map(
        lambda rows: (CSV_HEADER + "\n".join(",".join(row) for row in rows)).encode("utf-8")
    ),
    st.sampled_from(
        [
            b"",
            b"\xff\xfe\x00c\x00o\x00d\x00e",
            (CSV_HEADER + GOOD_ROW).encode("utf-16"),
            (CSV_HEADER + GOOD_ROW).encode("cp874"),
            b"name_th,name_en\n" + "ก,b\n".encode(),
            (CSV_HEADER + GOOD_ROW + 'X,"unterminated\n').encode(),
            (CSV_HEADER + "A," + "x" * 200_000 + ",a,b,c.localhost,,\n").encode(),
            (CSV_HEADER + GOOD_ROW + GOOD_ROW).encode(),
            (CSV_HEADER + GOOD_ROW + "FUZZ-3,hospital,ก,b,fuzz-2.localhost,,\n").encode(),
            (
                CSV_HEADER + "FUZZ-4,hospital,ก,b,fuzz-4.localhost,,FUZZ-5\n"
                "FUZZ-5,hospital,ก,b,fuzz-5.localhost,,FUZZ-4\n"
            ).encode(),
            CSV_HEADER.encode() + b"A,hospital,\x00,b,c.localhost,,\n",
            (CSV_HEADER + "h-a,hospital,ก,b,fuzz-6.localhost,,\n").encode(),
        ]
    ),
)


@HYPOTHESIS
@given(content=malformed_files)
def test_import_units_with_malformed_files_errors_cleanly_and_imports_nothing(content, tmp_path):
    path = tmp_path / "units.csv"
    path.write_bytes(content)
    with transaction.atomic():
        before = footprint()
        try:
            call_command("import_units", str(path))
        except CommandError as error:
            assert "nothing was imported" in str(error) or "Cannot read" in str(error)
            assert footprint() == before
        transaction.set_rollback(True)


def test_the_admin_unit_form_refuses_a_code_that_would_clash_with_another(login):
    response = login("central-admin").post(
        "/admin/units/new/",
        {
            "code": "h-a",
            "kind": "hospital",
            "name_th": "โรงพยาบาลซ้ำ",
            "name_en": "Clash",
            "hostname": "clash.localhost",
            "affiliation": "moph",
            "is_active": "on",
        },
        HTTP_HOST="localhost",
    )
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert not Unit.objects.filter(code="h-a").exists()


def test_import_units_of_a_missing_file_or_a_directory_is_a_command_error(tmp_path):
    for target in (tmp_path / "missing.csv", tmp_path):
        with pytest.raises(CommandError):
            call_command("import_units", str(target))


form_values = st.fixed_dictionaries(
    {
        "code": hostile_text,
        "kind": st.one_of(st.sampled_from(["hospital", "", "bogus"]), hostile_text),
        "name_th": hostile_text,
        "name_en": hostile_text,
        "district": hostile_text,
        "parent": st.one_of(st.sampled_from(["", "1", "-1", "99999999999999999999"]), hostile_text),
        "hostname": hostile_text,
        "affiliation": st.one_of(st.sampled_from(["moph", "pao", ""]), hostile_text),
        "is_active": st.sampled_from(["on", "", "yes", "\x00"]),
    }
)


@HYPOTHESIS
@given(data=form_values)
def test_the_admin_unit_form_answers_junk_with_form_errors(login, data):
    client = login("central-admin")
    with transaction.atomic():
        before = footprint()
        response = client.post("/admin/units/new/", data, HTTP_HOST="localhost")
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            assert response.context["form"].errors
            assert footprint() == before
        transaction.set_rollback(True)
