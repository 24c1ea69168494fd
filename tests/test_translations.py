"""The Thai message catalogues, the portal's own and the one that overrides Wagtail's admin
Thai: complete, placeholders intact, and each committed .mo compiled from the committed .po (a
fresh machine without gettext still gets Thai). No database needed."""

import re
from pathlib import Path

import django
from django.utils import translation

import wagtail
import wagtail_localize

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = {
    name: ROOT / name / "th" / "LC_MESSAGES" / "django" for name in ("locale", "locale_overrides")
}
PO_PATH = CATALOGUES["locale"].with_suffix(".po")
OVERRIDES_PATH = CATALOGUES["locale_overrides"].with_suffix(".po")

# printf-style (%s, %d, %(name)s, %(ratio).2f, %%), str.format fields, HTML tags and entities.
PLACEHOLDER = re.compile(
    r"%(?:\([^)]+\))?[#0\- +]*\d*(?:\.\d+)?[diouxXeEfFgGcrs%]|\{[^{}]*\}|<[^>]+>|&#?\w+;"
)


@pytest.fixture(scope="module", params=sorted(CATALOGUES))
def catalogue(request):
    return CATALOGUES[request.param]


@pytest.fixture(scope="module")
def po(catalogue):
    return polib.pofile(str(catalogue.with_suffix(".po")))


def live_entries(catalogue):
    return [entry for entry in catalogue if not entry.obsolete]


def translations(entry):
    """Every msgstr of an entry: the one string, or each plural form."""
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def key(entry):
    return (entry.msgctxt or "", entry.msgid, entry.msgid_plural or "")


def test_header_is_thai_with_one_plural_form(po):
    assert po.metadata["Language"] == "th"
    assert "charset=UTF-8" in po.metadata["Content-Type"]
    assert po.metadata["Plural-Forms"].replace(" ", "") == "nplurals=1;plural=0;"
    assert not po.metadata_is_fuzzy


def test_every_entry_is_translated_and_not_fuzzy(po):
    entries = live_entries(po)
    assert len(entries) > 400
    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    empty = [entry.msgid for entry in entries if not all(s.strip() for s in translations(entry))]
    assert empty == []


def test_placeholders_match_between_msgid_and_msgstr(po):
    mismatches = []
    for entry in live_entries(po):
        # Thai has one plural form, used for every count: it carries the plural's placeholders.
        source = entry.msgid_plural or entry.msgid
        for msgstr in translations(entry):
            if placeholders(source) != placeholders(msgstr):
                mismatches.append((entry.msgid, msgstr))
    assert mismatches == []


def test_committed_mo_is_compiled_from_the_po(po, catalogue):
    mo_path = catalogue.with_suffix(".mo")
    assert mo_path.exists(), "run: manage.py compilemessages -l th"
    mo = polib.mofile(str(mo_path))
    compiled = {key(entry): translations(entry) for entry in mo if entry.msgid}
    expected = {key(entry): translations(entry) for entry in live_entries(po) if entry.translated()}
    stale = {k: v for k, v in expected.items() if compiled.get(k) != v}
    extra = sorted(set(compiled) - set(expected))
    assert stale == {}, "the .mo is out of date: run manage.py compilemessages -l th"
    assert extra == []


def upstream_keys():
    """Every message Django, Wagtail and wagtail-localize define (their English catalogues)."""
    keys = set()
    for package in (django, wagtail, wagtail_localize):
        for path in Path(package.__file__).parent.glob("**/locale/en/LC_MESSAGES/django.po"):
            keys.update(key(entry) for entry in polib.pofile(str(path)))
    return keys


def test_the_overrides_only_retranslate_upstream_messages():
    overrides = {key(entry) for entry in live_entries(polib.pofile(str(OVERRIDES_PATH)))}
    own = {key(entry) for entry in live_entries(polib.pofile(str(PO_PATH)))}
    assert overrides - upstream_keys() == set()
    # Listed first, the overrides would silently replace the portal's own Thai for the same key.
    assert overrides & own == set()


def test_the_overrides_win_over_wagtails_thai_and_leave_the_portals_own():
    with translation.override("th"):
        assert translation.gettext("Pages") == "หน้าเว็บ"
        assert translation.gettext("Users") == "ผู้ใช้"
        assert translation.gettext("Draft") == "ฉบับร่าง"
        assert translation.gettext("Set schedule") == "กำหนดเวลาเผยแพร่"
        assert translation.pgettext("pagination", "Pages") == "เลขหน้า"
        assert translation.gettext("Unit editor") == "ผู้แก้ไขเนื้อหาของหน่วยงาน"
