from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import translation

from wagtail.models import Page

import pytest

from network.models import Role, Unit, UnitRoleGroup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]

HEADER = "code,kind,name_th,name_en,hostname,district,parent_code,source\n"
GOOD_ROWS = (
    "DHO-X,district_office,สำนักงานสาธารณสุขอำเภอเอ็กซ์,X District Public Health Office,"
    "dho-x.localhost,เอ็กซ์,PHO-T,note ignored\n"
    "HPH-X1,health_promoting_hospital,โรงพยาบาลส่งเสริมสุขภาพตำบลหนึ่ง,One SHPH,"
    "hph-x1.localhost,เอ็กซ์,DHO-X,\n"
)


def _add_unit(*extra, code="ADD-1", hostname="add-1.localhost"):
    call_command(
        "add_unit",
        code,
        "--kind",
        "health_promoting_hospital",
        "--name-th",
        "โรงพยาบาลส่งเสริมสุขภาพตำบลทดลอง",
        "--name-en",
        "Trial SHPH",
        "--hostname",
        hostname,
        "--district",
        "เมืองทดสอบ",
        "--parent",
        "PHO-T",
        *extra,
    )


def test_add_unit_twice_changes_nothing(capsys):
    _add_unit()
    pages = Page.objects.count()
    unit = Unit.objects.get(code="ADD-1")
    assert unit.parent.code == "PHO-T" and unit.site.hostname == "add-1.localhost"
    assert "Created unit ADD-1" in capsys.readouterr().out
    _add_unit()
    assert "nothing changed" in capsys.readouterr().out
    assert Page.objects.count() == pages
    assert Unit.objects.filter(code="ADD-1").count() == 1


@pytest.mark.parametrize(
    ("hostname", "message"),
    [
        ("http://bad host/", "Enter a host name"),
        ("hospital-a.localhost", "belongs to unit H-A"),
        ("localhost", "belongs to the portal"),
    ],
)
def test_add_unit_refuses_bad_hostnames(hostname, message):
    with pytest.raises(CommandError, match=message):
        _add_unit(hostname=hostname)
    assert not Unit.objects.filter(code="ADD-1").exists()


def test_add_unit_refuses_an_unknown_parent():
    with pytest.raises(CommandError, match="parent_code: No unit has the code NOPE"):
        call_command(
            "add_unit", "ADD-2", "--kind", "hospital", "--name-th", "ก", "--name-en", "A",
            "--hostname", "add-2.localhost", "--parent", "NOPE",
        )  # fmt: skip


def test_import_units_imports_every_good_row(tmp_path, capsys):
    path = tmp_path / "units.csv"
    path.write_text(HEADER + GOOD_ROWS, encoding="utf-8")
    call_command("import_units", str(path))
    assert "Imported 2 units: 2 new" in capsys.readouterr().out
    child = Unit.objects.get(code="HPH-X1")
    assert child.parent.code == "DHO-X" and child.parent.parent.code == "PHO-T"
    assert child.site is not None and child.district == "เอ็กซ์"
    call_command("import_units", str(path))
    assert "0 new, 0 updated, 2 unchanged" in capsys.readouterr().out


def test_import_units_reports_every_bad_row_and_imports_nothing(tmp_path):
    path = tmp_path / "units.csv"
    path.write_text(
        HEADER
        + GOOD_ROWS
        + "BAD-1,clinic,คลินิก,Clinic,bad-1.localhost,,PHO-T,\n"
        + "BAD-2,hospital,,No Thai name,Not A Host!,,,\n"
        + "BAD-3,hospital,ก,A,dho-x.localhost,,MISSING,\n"
        + "LOOP-1,hospital,ก,A,loop-1.localhost,,LOOP-2,\n"
        + "LOOP-2,hospital,ข,B,loop-2.localhost,,LOOP-1,\n",
        encoding="utf-8",
    )
    before = (Unit.objects.count(), Page.objects.count())
    with pytest.raises(CommandError) as raised:
        call_command("import_units", str(path))
    message = str(raised.value)
    assert "nothing was imported" in message
    assert "line 4, column kind:" in message
    assert "line 5, column name_th:" in message
    assert "line 5, column hostname:" in message
    assert "line 6, column hostname: Host name dho-x.localhost already appears on line 2" in message
    assert "line 6, column parent_code: No unit has the code MISSING" in message
    assert "line 7, column parent_code: This parent would make the unit its own ancestor" in message
    assert "line 8, column parent_code: This parent would make the unit its own ancestor" in message
    assert (Unit.objects.count(), Page.objects.count()) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00junk", "not UTF-8"),
        (b"code,kind\nA,hospital\n", "column name_th: The header lacks this column"),
        (HEADER.encode(), "The file has no units"),
    ],
)
def test_import_units_refuses_files_that_are_not_units_csv(tmp_path, content, message):
    path = tmp_path / "units.csv"
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("import_units", str(path))


def test_import_units_names_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_units", str(tmp_path / "absent.csv"))


def test_grant_role_creates_the_user_once_and_adds_the_group(unit_a):
    call_command("grant_role", "new-editor", "editor", "H-A", "--email", "n@example.test")
    call_command("grant_role", "new-editor", "editor", "H-A")
    user = get_user_model().objects.get(username="new-editor")
    group = UnitRoleGroup.objects.get(unit=unit_a, role=Role.EDITOR).group
    assert list(user.groups.all()) == [group]
    assert user.email == "n@example.test" and not user.has_usable_password()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("someone", "editor"), "needs a unit"),
        (("someone", "moderator", "H-A"), "covers the whole network"),
        (("someone", "approver", "NOPE"), "No unit has the code NOPE"),
        (("someone", "editor", "H-A", "--password", "123"), "too short"),
    ],
)
def test_grant_role_refuses_bad_requests(args, message):
    with pytest.raises(CommandError, match=message):
        call_command("grant_role", *args)
    assert not get_user_model().objects.filter(username="someone").exists()


def test_grant_role_network_roles(client):
    call_command("grant_role", "mod2", "moderator", "--password", "a-Long-passphrase-for-mod2")
    user = get_user_model().objects.get(username="mod2")
    assert user.check_password("a-Long-passphrase-for-mod2")
    assert user.groups.get().unit_role.role == Role.MODERATOR


def test_commands_speak_thai_by_default():
    with translation.override("th"), pytest.raises(CommandError) as raised:
        _add_unit(hostname="localhost")
    with translation.override("th"):
        expected = translation.gettext("This host name belongs to the portal itself.")
    assert (
        expected in str(raised.value) and expected != "This host name belongs to the portal itself."
    )
