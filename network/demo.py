"""The demo network: every Satun unit from the shipped CSV, demo accounts for every role and
demo content in every category. Idempotent."""

import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction

from network.accounts import grant_role
from network.csvimport import read_units_csv
from network.models import Role, Unit, UnitKind
from network.publication.demo import STAFF, seed_workflow_cases
from network.registry import save_records_one_by_one
from unitsites.demo import seed_unit_content
from unitsites.models import UnitHomePage

UNITS_CSV = Path(__file__).resolve().parent / "data" / "satun-units.csv"
DEMO_PASSWORD = "Satun-demo-2569"  # noqa: S105  (the demo's published password, see README)
# Units whose demo content is also translated into English (issue #3 asks for at least these).
ENGLISH_CONTENT_UNITS = {"PHO-STN", "10746"}
# Units with demo cases of the publication workflow (issue #4).
WORKFLOW_DEMO_UNITS = {"PHO-STN"}


def demo_accounts(unit):
    """[(username, role)] for one unit: two editors and one approver (the seed's §3.1)."""
    prefix = unit.code.lower()
    return [
        (f"{prefix}-editor1", Role.EDITOR),
        (f"{prefix}-editor2", Role.EDITOR),
        (f"{prefix}-approver", Role.APPROVER),
    ]


NETWORK_ACCOUNTS = [("moderator", Role.MODERATOR), ("central-admin", Role.CENTRAL_ADMIN)]
# The name and position each demo account signs forms with, by the username's last part.
DEMO_SIGNATORIES = {
    **STAFF,
    "moderator": ("นายประสิทธิ์ ดูแลดี", "นักวิเคราะห์นโยบายและแผนชำนาญการ"),
    "admin": ("นางสาวปวีณา ระบบดี", "นักวิชาการคอมพิวเตอร์ชำนาญการ"),
}


def _grant_demo_role(username, role, unit=None):
    full_name, position = DEMO_SIGNATORIES[username.rsplit("-", 1)[-1]]
    grant_role(
        username,
        role,
        unit,
        email=f"{username}@demo.localhost",
        full_name=full_name,
        position=position,
    )


def seed_accounts(units):
    usernames = []
    for unit in units:
        for username, role in demo_accounts(unit):
            _grant_demo_role(username, role, unit)
            usernames.append(username)
    for username, role in NETWORK_ACCOUNTS:
        _grant_demo_role(username, role)
        usernames.append(username)
    # One hash for every demo account: hashing 200 passwords one by one takes a minute.
    user_model = get_user_model()
    unset = user_model.objects.filter(username__in=usernames, password__startswith="!")  # noqa: S106  (unusable passwords)
    unset.update(password=make_password(DEMO_PASSWORD))
    return usernames


def seed_demo(units_csv=UNITS_CSV, with_content=True, progress=None, pause=0):
    """Load the network from `units_csv`, give every unit its accounts and content.

    Each unit's site, then each unit's content, is committed as soon as it is made, so a portal
    serving the same database shows the network fill in; `pause` leaves the database to the
    portal's writes for that many seconds after each commit. `progress(message)` hears each step.
    """
    progress = progress or (lambda message: None)
    records = read_units_csv(Path(units_csv).read_bytes())
    units = []
    for unit, _created, _report in save_records_one_by_one(records):
        units.append(unit)
        progress(f"site {len(units)}/{len(records)}: {unit.code} {unit.name_th}")
        time.sleep(pause)
    with transaction.atomic():
        seed_accounts(units)
    progress(f"accounts for {len(units)} units")
    if with_content:
        for number, unit in enumerate(units, start=1):
            seed_content(unit, pause)
            progress(f"content {number}/{len(units)}: {unit.code} {unit.name_th}")
    return units


def seed_content(unit, pause=0):
    homes = {home.locale.language_code: home for home in UnitHomePage.objects.filter(unit=unit)}
    english = homes.get("en") if unit.code in ENGLISH_CONTENT_UNITS else None
    rich = unit.kind != UnitKind.HEALTH_PROMOTING_HOSPITAL
    seed_unit_content(homes["th"], english, rich, pause)
    if unit.code in WORKFLOW_DEMO_UNITS:
        seed_workflow_cases(unit)


def network_is_empty():
    return not Unit.objects.exists()
