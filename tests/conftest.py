"""Shared fixtures. A small network is provisioned once per test session and every test runs
inside a transaction that is rolled back, so tests see the same network and leave no trace.

The network: the provincial office PHO-T with hospitals H-A and H-B (empty sites, staff with
every role), and DEMO-R, a hospital (with a long Thai name) filled with the rich bilingual demo in
every category: tests of what a full site shows (the browser tests, hostile queries over every
page) read it instead of each seeding their own, which cost twenty seconds a test."""

import shutil

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.utils import translation

import pytest

from network.accounts import grant_role
from network.models import Unit
from network.registry import save_records
from unitsites.publishing import system_publication
from web.writebehind import discard_all

NETWORK = [
    {
        "code": "PHO-T",
        "kind": "provincial_office",
        "name_th": "สำนักงานสาธารณสุขจังหวัดทดสอบ",
        "name_en": "Test Provincial Public Health Office",
        "hostname": "pho-test.localhost",
        "district": "เมืองทดสอบ",
        "parent_code": "",
    },
    {
        "code": "H-A",
        "kind": "hospital",
        "name_th": "โรงพยาบาลเอ",
        "name_en": "Hospital A",
        "hostname": "hospital-a.localhost",
        "district": "เมืองทดสอบ",
        "parent_code": "PHO-T",
    },
    {
        "code": "H-B",
        "kind": "hospital",
        "name_th": "โรงพยาบาลบี",
        "name_en": "Hospital B",
        "hostname": "hospital-b.localhost",
        "district": "นาทดสอบ",
        "parent_code": "PHO-T",
    },
]
RICH_UNIT = {
    "code": "DEMO-R",
    "kind": "hospital",
    "name_th": "โรงพยาบาลสมเด็จพระยุพราชควนโดนทดสอบระบบสารสนเทศ",
    "name_en": "Khuan Don Crown Prince Test Hospital",
    "hostname": "demo-unit.localhost",
    "district": "ควนโดน",
    "parent_code": "",
}
RICH_UNIT_CONTACT = {
    "phone": "0 7479 0000",
    "email": "saraban@demo-unit.localhost",
    "address_th": "หมู่ 3 ตำบลควนโดน อำเภอควนโดน จังหวัดสตูล 91160",
    "address_en": "Moo 3, Khuan Don, Khuan Don District, Satun 91160",
}
PASSWORD = "a-Long-test-passphrase-2569"
# The name and position every test account signs forms with (required to request or approve).
SIGNATORIES = {
    "editor-h-a": ("นายเอ หนึ่ง", "นักวิชาการคอมพิวเตอร์ โรงพยาบาลเอ"),
    "editor2-h-a": ("นางสาวเอ สอง", "เจ้าพนักงานธุรการ โรงพยาบาลเอ"),
    "approver-h-a": ("นางเอ ผู้อนุมัติ", "หัวหน้ากลุ่มงาน โรงพยาบาลเอ"),
    "editor-h-b": ("นายบี หนึ่ง", "นักวิชาการคอมพิวเตอร์ โรงพยาบาลบี"),
    "editor2-h-b": ("นางสาวบี สอง", "เจ้าพนักงานธุรการ โรงพยาบาลบี"),
    "approver-h-b": ("นางบี ผู้อนุมัติ", "หัวหน้ากลุ่มงาน โรงพยาบาลบี"),
    "moderator": ("นายจังหวัด ผู้กำกับ", "นักวิเคราะห์นโยบายและแผน"),
    "central-admin": ("นายกลาง ผู้ดูแลระบบ", "นักวิชาการคอมพิวเตอร์ชำนาญการ"),
}


def pytest_unconfigure(config):
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        save_records(list(enumerate(NETWORK, start=2)))
        for code in ("H-A", "H-B"):
            unit = Unit.objects.get(code=code)
            slug = code.lower()
            for name, role in (
                ("editor", "editor"),
                ("editor2", "editor"),
                ("approver", "approver"),
            ):
                username = f"{name}-{slug}"
                full_name, position = SIGNATORIES[username]
                grant_role(
                    username,
                    role,
                    unit,
                    email=f"{name}@{slug}.test",
                    full_name=full_name,
                    position=position,
                )
        for username, role, email in (
            ("moderator", "moderator", "moderator@pho.test"),
            ("central-admin", "central_admin", "admin@pho.test"),
        ):
            full_name, position = SIGNATORIES[username]
            grant_role(username, role, email=email, full_name=full_name, position=position)
        _build_rich_unit()
        for user in get_user_model().objects.all():
            acknowledge_duties(user)


def _build_rich_unit():
    from unitsites.demo import seed_unit_content
    from unitsites.models import UnitHomePage, UnitSiteSettings

    save_records([(len(NETWORK) + 2, RICH_UNIT)])
    unit = Unit.objects.get(code=RICH_UNIT["code"])
    homes = {home.locale.language_code: home for home in UnitHomePage.objects.filter(unit=unit)}
    seed_unit_content(homes["th"], homes["en"], rich=True)
    UnitSiteSettings.objects.filter(site=unit.site).update(**RICH_UNIT_CONTACT)


@pytest.fixture
def unit_a(db):
    return Unit.objects.select_related("site").get(code="H-A")


@pytest.fixture
def unit_b(db):
    return Unit.objects.select_related("site").get(code="H-B")


@pytest.fixture
def rich_unit(db):
    """DEMO-R, the session's unit with the rich bilingual demo in every category."""
    return Unit.objects.select_related("site").get(code=RICH_UNIT["code"])


@pytest.fixture
def without_demo_unit(rich_unit):
    """For tests that build a precise small world and know every unit they expect: the
    session's demo unit is taken out of the network (made inactive)."""
    Unit.objects.filter(pk=rich_unit.pk).update(is_active=False)


@pytest.fixture
def provincial_office(db):
    return Unit.objects.select_related("site").get(code="PHO-T")


def acknowledge_duties(user):
    """The admin lets nobody act before they acknowledge the Computer Crime Act duties in effect
    (network.acknowledgement): test accounts have, unless a test signs in without signed_in()."""
    from network.acknowledgement import acknowledge, statement_in_effect

    acknowledge(user, statement_in_effect())


def user_named(username):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


def publish_imported(page):
    """Publish `page`'s current state as imported content, outside the request-and-approve rule:
    for tests whose subject is what a live page shows, not how it got there."""
    with system_publication("test content"):
        return page.save_revision().publish()


def add_live(parent, page):
    """Add `page` under `parent` and publish it as imported content."""
    with system_publication("test content"):
        parent.add_child(instance=page)
        page.save_revision().publish()
    return page


SUPERUSER = "root-admin"


def _superuser():
    """The superuser, made on first use in a test (the session network has none)."""
    from django.contrib.auth import get_user_model

    from network.models import StaffProfile

    user, created = get_user_model().objects.get_or_create(
        username=SUPERUSER, defaults={"email": "root@admin.test", "is_superuser": True}
    )
    if created:
        StaffProfile.objects.create(user=user, full_name="นายทดสอบ ระบบ", position="ผู้ดูแลระบบ")
    return user


ANONYMOUS = "anonymous"  # for role matrices: a visitor who is not signed in


def signed_in(username):
    """A Django test client signed in as `username` (SUPERUSER included; ANONYMOUS is not)."""
    client = Client()
    if username != ANONYMOUS:
        user = _superuser() if username == SUPERUSER else user_named(username)
        acknowledge_duties(user)
        client.force_login(user)
    return client


@pytest.fixture
def login(db):
    """login("editor-h-a") -> a Django test client signed in as that user; the one way tests
    sign in (signed_in() for helpers outside a test's fixtures)."""
    return signed_in


@pytest.fixture(autouse=True)
def _no_buffered_records_left():
    """Traffic records and page views a test buffered (web.writebehind) are written only if the
    test flushes them; whatever is left is forgotten, never written in another test."""
    yield
    discard_all()


@pytest.fixture(autouse=True)
def _default_language():
    """A request leaves its language active in the thread: every test starts in the portal's
    default (Thai), whichever language the test before it used."""
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Caches outlive each test's rolled-back transaction (the unit-hosts map, site root
    paths): start every test with an empty one."""
    cache.clear()


@pytest.fixture
def english():
    """Messages produced outside a request (commands, services) in English, for tests that
    match their English wording; the portal's own default is Thai."""
    with translation.override("en"):
        yield
