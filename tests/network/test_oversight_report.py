"""compliance_report: formats, one unit, and the exit code of --strict."""

import csv
import json
from io import StringIO

from django.core.management import CommandError, call_command

import pytest

from network.oversight.checks import CHECKS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


def run(*args):
    out = StringIO()
    call_command("compliance_report", *args, stdout=out)
    return out.getvalue()


def test_json_gives_one_object_per_unit_with_its_checks():
    units = json.loads(run("--format", "json"))
    assert [unit["unit"] for unit in units] == ["DEMO-R", "H-A", "H-B", "PHO-T"]
    checks = {check["id"]: check for check in units[1]["checks"]}  # H-A's, an empty site
    assert set(checks) == {check.id for check in CHECKS}
    assert checks["administrators"]["status"] == "pass"
    assert checks["categories"]["status"] == "fail"
    assert checks["categories"]["level"] == "must"
    assert "No live content in “กฎหมายและระเบียบ”." in checks["categories"]["details"]
    assert checks["review-overdue"]["status"] == "pass"


def test_one_unit_as_csv():
    rows = list(csv.reader(StringIO(run("--unit", "H-B", "--format", "csv"))))
    assert rows[0][:5] == ["Unit code", "Unit", "Kind of unit", "District", "Score"]
    assert [row[0] for row in rows[1:]] == ["H-B"]


def test_table_marks_failures():
    out = run("--unit", "H-A")
    assert out.splitlines()[0].startswith("H-A โรงพยาบาลเอ:")
    assert "[fail] ทุกหมวดมีข้อมูล" in out and "[pass] มีผู้ดูแลเว็บไซต์อย่างน้อย 2 คน" in out


def test_strict_exits_1_when_a_must_fails():
    run("--unit", "H-A")  # without --strict the command succeeds
    with pytest.raises(SystemExit) as exit_:
        run("--unit", "H-A", "--strict")
    assert exit_.value.code == 1


def test_unknown_unit():
    with pytest.raises(CommandError, match="NOPE"):
        run("--unit", "NOPE")
