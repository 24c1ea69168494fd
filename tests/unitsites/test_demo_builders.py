"""Every demo builder builds on its own: each family of unitsites.demo fills a fresh unit in the
light (Thai-only) form and a second run adds nothing. The rich bilingual form of every family
is built together for the session's demo unit (tests/conftest.py), which many tests read, and
`seed_demo` uses the same builders for the demo network."""

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Revision

import pytest

from unitsites.demo import DEMO, FAMILIES
from unitsites.models import UnitHomePage, UnitSiteSettings
from unitsites.publishing import system_publication

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def footprint(unit):
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "documents": Document.objects.count(),
        "images": Image.objects.count(),
        "settings": list(UnitSiteSettings.objects.filter(site=unit.site).values()),
        "rows": {
            model.__name__: model.objects.count()
            for model in UnitHomePage._meta.apps.get_app_config("unitsites").get_models()
            if not issubclass(model, Page)
        },
    }


@pytest.mark.parametrize("family", FAMILIES, ids=lambda family: family.__name__.rsplit(".")[-1])
def test_every_demo_builder_builds_alone_and_only_once(family, unit_b):
    home_th = UnitHomePage.objects.get(unit=unit_b, locale__language_code="th")
    before = footprint(unit_b)
    with system_publication(DEMO):
        family.seed(home_th, None, False)
    built = footprint(unit_b)
    assert built != before
    with system_publication(DEMO):
        family.seed(home_th, None, False)
    assert footprint(unit_b) == built
