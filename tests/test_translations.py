"""The Thai message catalogue: complete, placeholders intact, and the committed .mo compiled
from the committed .po (a fresh machine without gettext still gets Thai). No database needed."""

import re
from pathlib import Path

import polib
import pytest

LC_MESSAGES = Path(__file__).resolve().parents[1] / "locale" / "th" / "LC_MESSAGES"
PO_PATH = LC_MESSAGES / "django.po"
MO_PATH = LC_MESSAGES / "django.mo"

# printf-style (%s, %d, %(name)s, %(ratio).2f, %%), str.format fields, HTML tags and entities.
PLACEHOLDER = re.compile(
    r"%(?:\([^)]+\))?[#0\- +]*\d*(?:\.\d+)?[diouxXeEfFgGcrs%]|\{[^{}]*\}|<[^>]+>|&#?\w+;"
)


@pytest.fixture(scope="module")
def po():
    return polib.pofile(str(PO_PATH))


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


def test_committed_mo_is_compiled_from_the_po(po):
    assert MO_PATH.exists(), "run: manage.py compilemessages -l th"
    mo = polib.mofile(str(MO_PATH))
    compiled = {key(entry): translations(entry) for entry in mo if entry.msgid}
    expected = {key(entry): translations(entry) for entry in live_entries(po) if entry.translated()}
    stale = {k: v for k, v in expected.items() if compiled.get(k) != v}
    extra = sorted(set(compiled) - set(expected))
    assert stale == {}, "the .mo is out of date: run manage.py compilemessages -l th"
    assert extra == []
