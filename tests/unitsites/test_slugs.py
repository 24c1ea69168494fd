"""Page addresses made from Thai titles keep every Thai character (DESIGN: never mangled)."""

import unicodedata
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

import pytest

from tests.network.conftest import REQUEST, edit_url, post_edit
from tests.unitsites.admin_pages import post_add_page
from unitsites.models import ContentPage, NewsPage
from unitsites.publishing import system_publication
from unitsites.slugs import SLUG_MAX_CHARACTERS, legacy_slugs, slug_from_title, validate_slug


@pytest.mark.parametrize(
    "title, slug",
    [
        ("ข่าวกิจกรรมวันเอดส์โลก", "ข่าวกิจกรรมวันเอดส์โลก"),
        ("ผู้สูงอายุ", "ผู้สูงอายุ"),
        ("กิ๊ฟท์", "กิ๊ฟท์"),
        ("ไข้เลือดออก ๒๕๖๙", "ไข้เลือดออก-๒๕๖๙"),
        ("น้ำประปา", "น้ำประปา"),  # SARA AM stays one character (NFKC would split it)
        ("COVID-19 Vaccine: ฉีดวัคซีน เข็มที่ 3!", "covid-19-vaccine-ฉีดวัคซีน-เข็มที่-3"),
        ("  ประกาศ -- รับสมัคร__งาน  ", "ประกาศ-รับสมัคร-งาน"),
        ("่ทดสอบ ้ระบบ", "ทดสอบ-ระบบ"),  # a mark with no letter under it is dropped
        ("ข่าว\x00วัน\x07ที่\u200bหนึ่ง", "ข่าว-วัน-ที่-หนึ่ง"),
        ("!!! ... ???", ""),
        ("", ""),
    ],
)
def test_slug_from_title_keeps_every_thai_character(title, slug):
    assert slug_from_title(title) == slug
    if slug:
        validate_slug(slug)


def test_the_old_rules_dropped_the_marks():
    assert legacy_slugs("ข่าวกิจกรรมวันเอดส์โลก") == {"ขาวกจกรรมวนเอดสโลก"}
    assert "ขาวกจกรรมวนเอดสโลก" not in {slug_from_title("ข่าวกิจกรรมวันเอดส์โลก")}


def test_a_long_title_is_cut_between_words_when_one_fits():
    title = " ".join(["ประชาสัมพันธ์"] * 20)
    slug = slug_from_title(title)
    assert len(slug) <= SLUG_MAX_CHARACTERS
    assert slug.split("-") == ["ประชาสัมพันธ์"] * len(slug.split("-"))


def test_a_long_thai_word_is_cut_between_letters_never_before_a_mark():
    title = "ผู้สูงอายุ" * 30  # no spaces, as Thai is written; every few letters carry marks
    slug = slug_from_title(title)
    assert SLUG_MAX_CHARACTERS - 3 <= len(slug) <= SLUG_MAX_CHARACTERS
    assert title.startswith(slug)
    assert not unicodedata.category(title[len(slug)]).startswith("M")
    assert len(quote(slug)) < 800


@pytest.mark.parametrize("slug", ["ข่าว-กิ๊ฟท์", "news-2569", "ไข้เลือดออก_๒๕๖๙"])
def test_a_slug_with_thai_marks_is_valid(slug):
    validate_slug(slug)


@pytest.mark.parametrize("slug", ["ข่าว วันนี้", "ข่าว/ใหม่", "่ข่าว", "ข่าว?"])
def test_a_slug_with_spaces_punctuation_or_a_leading_mark_is_refused(slug):
    with pytest.raises(ValidationError):
        validate_slug(slug)


@pytest.fixture
def news_section(unit_a):
    return unit_a.site.root_page.get_children().get(slug="news").specific


def test_a_live_page_with_a_thai_slug_is_saved_and_served(client, news_section):
    page = NewsPage(title="ข่าวกิจกรรมวันเอดส์โลก", summary="วันเอดส์โลก", live=True, **REQUEST)
    with system_publication("test content"):
        news_section.add_child(instance=page)  # a live page is fully validated on save
    assert page.slug == "ข่าวกิจกรรมวันเอดส์โลก"
    assert page.url_path.endswith("/news/ข่าวกิจกรรมวันเอดส์โลก/")

    response = client.get(f"/news/{quote(page.slug)}/", HTTP_HOST="hospital-a.localhost")
    assert response.status_code == 200
    assert "ข่าวกิจกรรมวันเอดส์โลก" in response.content.decode()


def test_siblings_with_the_same_title_get_numbered_slugs(news_section):
    first = news_section.add_child(instance=NewsPage(title="กิ๊ฟท์", live=False, **REQUEST))
    second = news_section.add_child(instance=NewsPage(title="กิ๊ฟท์", live=False, **REQUEST))
    assert (first.slug, second.slug) == ("กิ๊ฟท์", "กิ๊ฟท์-2")


@pytest.fixture
def editor(login):
    client = login("editor-h-a")
    client.defaults["HTTP_HOST"] = "localhost"  # where the admin is served
    return client


def post_add(client, parent, **fields):
    return post_add_page(client, ContentPage, parent, fields)


@pytest.fixture
def about(unit_a):
    return unit_a.site.root_page.get_children().get(slug="about")


def draft(parent, title, slug):
    page = parent.add_child(instance=ContentPage(title=title, slug=slug, live=False, **REQUEST))
    page.save_revision()
    return page


@pytest.mark.parametrize("title", ["ข่าวกิจกรรมวันเอดส์โลก", "ไข้เลือดออก ๒๕๖๙"])
def test_a_page_created_in_the_admin_gets_its_thai_slug_intact(editor, about, title):
    # Wagtail's script fills the slug field with the title stripped of its marks.
    (mangled,) = legacy_slugs(title)
    response = post_add(editor, about, title=title, slug=mangled)
    assert response.status_code == 302, response.context["form"].errors
    page = ContentPage.objects.child_of(about).get(title=title)
    assert page.slug == slug_from_title(title)


def test_a_page_whose_title_has_no_letter_gets_the_date_as_its_slug(news_section):
    page = news_section.add_child(instance=NewsPage(title="!!!", live=False, **REQUEST))
    assert page.slug == timezone.localdate().isoformat()


def test_a_slug_the_editor_typed_with_thai_marks_is_kept(editor, about):
    response = post_add(editor, about, title="ข่าวประจำเดือน", slug="ข่าว-ธันวาคม")
    assert response.status_code == 302, response.context["form"].errors
    assert ContentPage.objects.child_of(about).get(title="ข่าวประจำเดือน").slug == "ข่าว-ธันวาคม"


def test_a_slug_with_a_space_is_refused_in_thai(editor, about):
    response = post_add(editor, about, title="ข่าวประจำเดือน", slug="ข่าว ธันวาคม")
    assert response.status_code == 200
    assert "วรรณยุกต์" in " ".join(response.context["form"].errors["slug"])
    assert not ContentPage.objects.child_of(about).filter(title="ข่าวประจำเดือน").exists()


def test_a_retitled_draft_gets_a_new_intact_slug_not_the_scripts(editor, about):
    page = draft(about, "ข่าวร่าง", "draft-news")
    (mangled,) = legacy_slugs("ผู้สูงอายุ")
    response = post_edit(editor, page, action="", title="ผู้สูงอายุ", slug=mangled)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.slug == "ผู้สูงอายุ"


def with_legacy_slug(page):
    """`page` as the old rules left it: its slug made of its title without the marks."""
    (mangled,) = legacy_slugs(page.title)
    url_path = page.url_path.removesuffix(f"{page.slug}/") + f"{mangled}/"
    Page.objects.filter(pk=page.pk).update(slug=mangled, url_path=url_path)
    page.refresh_from_db()
    page.save_revision()
    return page


def test_a_page_keeps_a_mangled_slug_it_already_had_until_the_migration_moves_it(editor, about):
    # Changing an address leaves a redirect behind, which saving a page does not do.
    page = with_legacy_slug(draft(about, "ผู้สูงอายุ", "draft-news"))
    mangled = page.slug
    response = post_edit(editor, page, action="", request_summary="แก้ไข")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.slug == mangled


def test_the_slug_field_no_longer_strips_marks_when_it_loses_focus(editor, about):
    page = draft(about, "ข่าวร่าง", "draft-news")
    html = editor.get(edit_url(page)).content.decode()
    assert 'data-controller="w-slug"' in html
    assert "w-slug#slugify" not in html


def test_a_page_is_copied_to_a_thai_slug(editor, about):
    page = draft(about, "ผู้สูงอายุ", "")
    response = editor.post(
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        {"new_title": "ผู้สูงอายุ (สำเนา)", "new_slug": "ผู้สูงอายุ-สำเนา", "new_parent_page": about.pk},
    )
    assert response.status_code == 302
    assert ContentPage.objects.child_of(about).filter(slug="ผู้สูงอายุ-สำเนา").exists()
