"""Provisioning indexes each new page once, at the end, and costs the same however many units
the network already has (issue #16 item 4)."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db import connection

from wagtail.models import Locale, Page, ReferenceIndex
from wagtail.search.models import IndexEntry

import pytest

from network.models import Unit
from network.provisioning import provision_unit
from unitsites.indexing import index_saved
from unitsites.models import UnitHomePage
from unitsites.page_search import ranked_pages

pytestmark = pytest.mark.django_db


def _new_unit(number):
    # Each later unit's name sorts after the earlier ones': Wagtail keeps collections in name
    # order, and inserting one moves each sibling after it (one query each).
    return Unit.objects.create(
        code=f"COST-{number:02}",
        kind="health_promoting_hospital",
        name_th=f"โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านทดลอง{number:02}",
        name_en=f"Ban Thotlong {number:02} Health Promoting Hospital",
        hostname=f"cost-{number:02}.localhost",
    )


def _unit_pages(unit):
    home = UnitHomePage.objects.get(unit=unit, locale__language_code="th")
    english = home.get_translation(Locale.objects.get(language_code="en"))
    return [
        page.specific
        for root in (home, english)
        for page in Page.objects.descendant_of(root, inclusive=True)
    ]


def _index_state(pages):
    """Every search entry and reference row the pages have."""
    entries = {
        (entry.content_type_id, entry.object_id, entry.title, entry.body)
        for page in pages
        for entry in IndexEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(page), object_id=str(page.pk)
        )
    }
    references = set(
        ReferenceIndex.objects.filter(object_id__in=[str(page.pk) for page in pages]).values_list(
            "content_type_id", "object_id", "to_content_type_id", "to_object_id", "model_path"
        )
    )
    return entries, references


def test_provisioning_leaves_every_page_searchable_and_its_references_indexed():
    unit = _new_unit(1)
    provision_unit(unit)
    pages = _unit_pages(unit)
    entries, references = _index_state(pages)

    # 17 sections and fixed pages, the procurement page, the notice-and-takedown page and two
    # e-service forms per language.
    assert len(pages) == 2 * 21
    assert {(entry[0], entry[1]) for entry in entries} == {
        (ContentType.objects.get_for_model(page).pk, str(page.pk)) for page in pages
    }
    homes = [page for page in pages if isinstance(page, UnitHomePage)]
    assert {(row[1], row[3], row[4]) for row in references} == {
        (str(home.pk), str(unit.pk), "unit") for home in homes
    }
    # Found by the portal's search, in Thai words cut from the title.
    thai_home, english_home = homes
    assert thai_home.pk in {page.pk for page in ranked_pages(Page.objects.live(), "บ้านทดลอง01")}
    assert english_home.pk in {page.pk for page in ranked_pages(Page.objects.live(), "Thotlong")}
    # Indexing every page again, as each of its saves used to, changes nothing.
    saved = defaultdict(set)
    for page in pages:
        saved[type(page)].add(page.pk)
    index_saved(saved)
    assert _index_state(pages) == (entries, references)


def _queries_to_provision(unit):
    queries = []

    def counted(execute, sql, *args):
        queries.append(sql)
        return execute(sql, *args)

    with connection.execute_wrapper(counted):
        provision_unit(unit)
    return len(queries)


def test_one_more_unit_costs_the_same_queries_with_ten_more_units():
    first = _queries_to_provision(_new_unit(1))
    for number in range(2, 11):
        provision_unit(_new_unit(number))
    eleventh = _queries_to_provision(_new_unit(11))

    assert first == eleventh
