"""The demo fills general information, laws, knowledge, manuals and the citizen's manual with at
least three items each, in Thai and (where asked) English, and a second run changes nothing."""

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Revision

import pytest

from unitsites.demo import about, citizen_guide, knowledge, laws, manuals
from unitsites.models import ContactPage, UnitHomePage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]
FAMILIES = (about, laws, knowledge, manuals, citizen_guide)
LISTINGS = ("about", "laws", "knowledge", "manuals", "citizen-guide")


def homes(unit):
    pages = UnitHomePage.objects.filter(unit=unit)
    return pages.get(locale__language_code="th"), pages.get(locale__language_code="en")


def seed(home_th, home_en, rich):
    for family in FAMILIES:
        family.seed(home_th, home_en, rich)


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": Document.objects.count(),
        "images": Image.objects.count(),
    }


def items(home, slug):
    listing = Page.objects.child_of(home).get(slug=slug)
    return Page.objects.child_of(listing).live()


def test_rich_bilingual_demo_fills_every_listing_renders_and_is_idempotent(client, rich_unit):
    home_th, home_en = homes(rich_unit)
    first = snapshot()

    for home in (home_th, home_en):
        for slug in LISTINGS:
            assert items(home, slug).count() >= 3, (home.locale, slug)
        for page in home.get_descendants().live():
            response = client.get(page.get_url(), HTTP_HOST=rich_unit.hostname)
            assert response.status_code == 200, page.url_path
    english_titles = set(items(home_en, "laws").values_list("title", flat=True))
    assert "Personal Data Protection Act B.E. 2562 (2019)" in english_titles

    contacts = ContactPage.objects.filter(pk__in=[p.pk for p in items(home_th, "about")])
    contact_en = contacts.get().get_translation(home_en.locale).specific
    assert contacts.get().address and contacts.get().email and contacts.get().latitude
    assert contact_en.address.endswith("Khuan Don District, Satun 91160")
    assert not Document.objects.exclude(collection=rich_unit.collection).exists()

    seed(home_th, home_en, rich=True)
    assert snapshot() == first


def test_light_demo_still_gives_three_items_per_listing_and_no_english(unit_b):
    home_th, home_en = homes(unit_b)
    english_before = home_en.get_descendants().count()
    seed(home_th, None, rich=False)
    for slug in LISTINGS:
        assert items(home_th, slug).count() >= 3, slug
    assert home_en.get_descendants().count() == english_before
