"""/en/ never serves Thai content as if it were English (DESIGN.md): an English address whose
page exists only in Thai answers 404 with a clear page that links to the Thai one."""

from django.utils.html import escape

from wagtail.models import Locale, Page

import pytest

from tests.conftest import add_live, publish_imported
from unitsites.models import ContentPage, UnitHomePage

pytestmark = pytest.mark.django_db

NOT_TRANSLATED = "This page has not been translated into English yet"


@pytest.fixture
def thai_only_page(unit_a):
    home = UnitHomePage.objects.get(unit=unit_a, locale__language_code="th")
    about = Page.objects.get(url_path=f"{home.url_path}about/")
    page = ContentPage(title="ประวัติโรงพยาบาลเอ", slug="history")
    add_live(about, page)
    return page


def english_copy(page):
    return page.copy_for_translation(Locale.objects.get(language_code="en"))


def test_english_address_of_a_thai_only_page_says_not_translated(unit_a, thai_only_page, client):
    response = client.get("/en/about/history/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert NOT_TRANSLATED in html
    assert '<a href="/about/history/" lang="th" hreflang="th">ประวัติโรงพยาบาลเอ</a>' in html
    # The rest of the page is the unit's English site: its English menu and footer.
    assert 'href="/en/news/"' in html
    assert 'href="/en/privacy-policy/"' in html


def test_a_draft_translation_is_not_served_either(unit_a, thai_only_page, client):
    draft = english_copy(thai_only_page)
    draft.title = "History of Hospital A"
    draft.save_revision()
    response = client.get("/en/about/history/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 404
    assert NOT_TRANSLATED in response.content.decode()
    assert "History of Hospital A" not in response.content.decode()


def test_a_published_translation_is_served_in_english(unit_a, thai_only_page, client):
    translation = english_copy(thai_only_page)
    translation.title = "History of Hospital A"
    publish_imported(translation)
    response = client.get("/en/about/history/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>History of Hospital A</h1>" in html
    assert NOT_TRANSLATED not in html


def test_the_thai_page_offers_the_english_home_until_it_is_translated(
    unit_a, thai_only_page, client
):
    html = client.get("/about/history/", HTTP_HOST=unit_a.hostname).content.decode()
    switch = html[html.index('class="language-switch"') :]
    switch = switch[: switch.index("</nav>")]
    assert 'href="/en/"' in switch
    assert 'href="/en/about/history/"' not in switch
    publish_imported(english_copy(thai_only_page))
    html = client.get("/about/history/", HTTP_HOST=unit_a.hostname).content.decode()
    assert 'href="/en/about/history/" lang="en" hreflang="en"' in html


def test_an_unpublished_english_home_never_serves_thai_content(unit_a, client):
    home_en = UnitHomePage.objects.get(unit=unit_a, locale__language_code="en")
    home_en.unpublish()
    for path, thai_path, thai_title in (
        ("/en/", "/", unit_a.name_th),
        ("/en/about/", "/about/", "ข้อมูลหน่วยงาน"),
    ):
        response = client.get(path, HTTP_HOST=unit_a.hostname)
        assert response.status_code == 404
        html = response.content.decode()
        assert NOT_TRANSLATED in html
        main = html[html.index("<main") : html.index("</main>")]
        assert f'<a href="{thai_path}" lang="th" hreflang="th">{escape(thai_title)}</a>' in main
        assert "section-grid" not in main  # no Thai content under lang="en"
        assert "Go to the English home page" not in main


def test_an_address_that_exists_in_no_language_is_a_plain_404(unit_a, client):
    response = client.get("/en/about/no-such-page/", HTTP_HOST=unit_a.hostname)
    assert response.status_code == 404
    assert NOT_TRANSLATED not in response.content.decode()
    assert client.get("/about/no-such-page/", HTTP_HOST=unit_a.hostname).status_code == 404
