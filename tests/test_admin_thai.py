"""The admin a unit's staff, the moderators and the central administrators use reads in Thai: a
crawl of each role's screens finds no English word in the visible text, menus included."""

import importlib
import re
from html.parser import HTMLParser

from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page
from wagtail.users.models import UserProfile

import pytest

from network.models import Role, Unit, UnitRoleGroup
from network.provisioning import role_group
from tests.admin_crawl import ROLES, crawl, journey_pages, menu_entries, role_screens
from tests.conftest import user_named
from unitsites.models import Question
from unitsites.templatetags.thai_dates import display_moment

# Names, codes, file formats, keyboard keys and products that are English in Thai text too.
ALLOWED_WORDS = {
    *("ITA", "MOIT", "OIT", "EIT", "IIT", "URL", "Wagtail", "JavaScript", "SSO", "LDAP", "ID"),
    *("MOPH", "MITAS"),  # the Ministry of Public Health and its ITA reporting system
    *("PDF", "CSV", "XLSX", "GIF", "JPEG", "JPG", "PNG", "WEBP", "MB"),
    *("Ctrl", "Shift", "Esc", "Alt", "Cmd"),
    *("Facebook", "LINE", "Official", "Account", "YouTube", "Google", "Maps", "OpenStreetMap"),
    *("Excel", "localhost"),
}
SHARED_COLLECTION = {"Shared"}  # network.provisioning finds the shared collection by this name
# Screens (by view name) that still show some English, with why: known gaps, not a licence.
KNOWN_ENGLISH = {
    # The language menu names each language in itself ("English").
    "wagtailadmin_account": {"English"},
    # wagtail-localize labels these two filters from their field names, outside gettext.
    "wagtail_localize:translations_report": {"Source", "Target", "locale"},
    # Wagtail heads three columns of the sites list with field names, outside gettext.
    "wagtailsites:index": {"Port", "Site", "name", "Root", "page"},
    # A stray "None" before the side panels of these screens (not traced yet).
    "wagtailadmin_explore": {"None"},
    "network_explore": {"None"},  # the same explorer, served scoped by network.isolation
    "wagtailusers_groups:edit": {"None", *SHARED_COLLECTION},
    "wagtailusers_users:edit": {"None"},
    "units:edit": {"None"},
    # A page published by the system (imported content) has no publisher: Wagtail shows None.
    "wagtailadmin_reports:aging_pages": {"None"},
    "wagtaildocs:index": SHARED_COLLECTION,
    "wagtaildocs:add_multiple": SHARED_COLLECTION,
    "wagtailimages:index": SHARED_COLLECTION,
    "wagtailimages:add_multiple": SHARED_COLLECTION,
}
# A whitespace-separated token that is an address, a path, a username, a slug or a code sample.
NOT_PROSE = re.compile(r"@|://|^/|[\d_]|\w\.\w|^[a-z]+(?:-[a-z0-9]+)+$|^[A-Z]+(?:-[A-Z0-9]+)+$")
PUNCTUATION = "()[]“”\"'‘’,.:;?!"
WORD = re.compile(r"[A-Za-z]{2,}")
HIDDEN_ELEMENTS = {"script", "style"}


class VisibleText(HTMLParser):
    """The text a reader sees: no tags, no attribute values, no scripts or styles, and no
    time-zone names (the account form's list of IANA zones)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_ELEMENTS or (
            tag == "select" and "time_zone" in dict(attrs).get("name", "")
        ):
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in HIDDEN_ELEMENTS | {"select"} and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def visible_text(html):
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


def english_words(text):
    """{word: where it reads} for each English word in `text` outside the allow-list."""
    words = {}
    text = " ".join(text.split())
    for token in re.finditer(r"\S+", text):
        if NOT_PROSE.search(token.group().strip(PUNCTUATION)):
            continue
        for word in WORD.findall(token.group()):
            if word.upper() not in ALLOWED_WORDS and word not in ALLOWED_WORDS:
                words.setdefault(word, text[max(0, token.start() - 40) : token.end() + 40])
    return words


def english_content():
    """A pattern for the network's content (page, document and image titles, the public's
    questions as written and as listed, unit names) and usernames: data people wrote, not the
    UI. Whole texts are taken out of a screen's text, so a word of the UI is still found when
    some title happens to contain it too."""
    texts = [
        *Page.objects.values_list("title", flat=True),
        *Document.objects.values_list("title", flat=True),
        *Image.objects.values_list("title", flat=True),
        *(text for question in Question.objects.all() for text in (question.text, str(question))),
        *Unit.objects.values_list("name_en", flat=True),
        *get_user_model().objects.values_list("username", flat=True),
    ]
    phrases = {" ".join(text.split()) for text in texts if WORD.search(text)}
    longest_first = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(rf"(?<!\w){re.escape(phrase)}(?!\w)" for phrase in longest_first))


def permission_words():
    """Django names permissions in English in the database ("Can add group"), and the group
    form lists them by model, some of whose names (wagtail-localize's) have no Thai."""
    names = [*Permission.objects.values_list("name", flat=True)]
    names += [str(content_type) for content_type in ContentType.objects.all()]
    return {form for name in names for word in WORD.findall(name) for form in (word, word.title())}


def english_on_screens(client, urls):
    """{url: English words} for every screen the crawl reaches."""
    content = english_content()
    found = {}
    for url, view_name, html, _ in crawl(client, urls):
        text = " ".join([visible_text(html), *(label for label, _ in menu_entries(html))])
        words = english_words(content.sub(" ", " ".join(text.split())))
        known = KNOWN_ENGLISH.get(view_name, set())
        if view_name == "wagtailusers_groups:edit":
            known = known | permission_words()
        for word in known:
            words.pop(word, None)
        if words:
            found[url] = words
    return found


@pytest.fixture
def pages(unit_a):
    return journey_pages(unit_a)


@pytest.mark.parametrize("username", ROLES)
def test_each_roles_admin_screens_read_in_thai(username, login, pages):
    found = english_on_screens(login(username), role_screens(username, pages))
    assert found == {}


def test_the_override_catalogue_replaces_wagtails_thai(login, pages):
    html = login("editor-h-a").get(reverse("wagtailadmin_home"), HTTP_HOST="localhost")
    labels = [label for label, _ in menu_entries(html.content.decode())]
    assert "หน้าเว็บ" in labels
    assert "เลขหน้า" not in labels


def test_role_groups_are_named_in_thai_whatever_language_makes_them(unit_a, english):
    UnitRoleGroup.objects.filter(unit=unit_a, role=Role.APPROVER).delete()
    assert role_group(Role.APPROVER, unit_a).name == "H-A: ผู้อนุมัติของหน่วยงาน"
    assert role_group(Role.MODERATOR).name == "ผู้ตรวจสอบระดับจังหวัด"


def test_the_migration_renames_default_english_group_names_only(unit_a, unit_b):
    rename = importlib.import_module("network.migrations.0012_thai_role_group_names")
    english_default = role_group(Role.EDITOR, unit_a)
    english_default.name = "H-A: Unit editor"
    english_default.save()
    renamed_by_hand = role_group(Role.EDITOR, unit_b)
    renamed_by_hand.name = "H-B: web team"
    renamed_by_hand.save()
    rename.to_thai(django_apps, None)
    english_default.refresh_from_db()
    renamed_by_hand.refresh_from_db()
    assert english_default.name == "H-A: ผู้แก้ไขเนื้อหาของหน่วยงาน"
    assert renamed_by_hand.name == "H-B: web team"


def test_admin_lists_give_exact_dates_in_the_buddhist_era(login, pages):
    html = login("editor-h-a").get(
        reverse("wagtailadmin_explore", args=[pages["section"].pk]), HTTP_HOST="localhost"
    )
    tooltips = re.findall(r'data-w-tooltip-content-value="([^"]*)"', html.content.decode())
    year = timezone.localdate().year
    dated = [tooltip for tooltip in tooltips if str(year + 543) in tooltip]
    assert dated
    assert not [tooltip for tooltip in tooltips if str(year) in tooltip]


def test_admin_dates_stay_in_the_common_era_in_english(pages):
    moment = timezone.now()
    with translation.override("en"):
        assert str(moment.year) in display_moment(moment)
        assert display_moment(moment.date()).endswith(str(moment.year))


def test_date_pickers_say_they_take_christian_era_years(login, pages):
    """Wagtail's pickers take and show AD years; Thai staff count in the Buddhist Era."""
    news = pages["home"].get_children().get(slug="news")
    url = reverse("wagtailadmin_pages:add", args=["unitsites", "newspage", news.pk])
    year = timezone.localdate().year
    hint = f"กรอกปีเป็น ค.ศ. (ปี ค.ศ. {year} ตรงกับ พ.ศ. {year + 543})"

    assert hint in login("editor-h-a").get(url, HTTP_HOST="localhost").content.decode()
    profile = UserProfile.get_for_user(user_named("editor-h-a"))
    profile.preferred_language = "en"
    profile.save()
    english = login("editor-h-a").get(url, HTTP_HOST="localhost").content.decode()
    assert "Christian era" not in english
    assert "ค.ศ." not in english
