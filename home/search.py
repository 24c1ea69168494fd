"""/search/ on every host: the whole network on the portal's front door, where a visitor may
narrow it down by unit, district, kind of unit and category; a unit's own site elsewhere."""

from functools import reduce
from operator import or_

from django import forms
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.shortcuts import render
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, Site

from home.models import PortalHomePage
from network.models import Unit, UnitKind
from unitsites.models import UnitHomePage, UnitPage
from unitsites.page_search import MAX_QUERY_LENGTH, cleaned_query, results_page
from unitsites.views import search as unit_search


def search(request):
    site = Site.find_for_request(request)
    if site is not None and site.root_page.specific_class is PortalHomePage:
        return portal_search(request)
    return unit_search.search(request)


def _page_types():
    """Every kind of unit page, the categories a visitor may pick: {model name: model}."""
    models = [
        model
        for model in apps.get_app_config("unitsites").get_models()
        if issubclass(model, UnitPage)
    ]
    return {model._meta.model_name: model for model in models}


class PortalSearchForm(forms.Form):
    unit = forms.ChoiceField(label=_("Unit"), required=False)
    district = forms.ChoiceField(label=_("District"), required=False)
    kind = forms.ChoiceField(label=_("Kind of unit"), required=False)
    category = forms.ChoiceField(label=_("Category"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        units = Unit.objects.filter(is_active=True, site__isnull=False).order_by("name_th")
        language = get_language()
        self.fields["unit"].choices = [("", _("All units"))] + [
            (unit.code, unit.name_for(language)) for unit in units
        ]
        districts = sorted({unit.district for unit in units if unit.district})
        self.fields["district"].choices = [("", _("All districts"))] + [
            (district, district) for district in districts
        ]
        self.fields["kind"].choices = [("", _("All kinds"))] + UnitKind.choices
        categories = sorted(
            (capfirst(model._meta.verbose_name), name) for name, model in _page_types().items()
        )
        self.fields["category"].choices = [("", _("All categories"))] + [
            (name, label) for label, name in categories
        ]


def network_homes(filters, locale):
    """Live unit homes in `locale` of active units, narrowed by `filters`."""
    homes = UnitHomePage.objects.live().filter(
        locale=locale, unit__is_active=True, unit__site__isnull=False
    )
    for field in ("unit", "district", "kind"):
        if filters.get(field):
            lookup = "unit__code" if field == "unit" else f"unit__{field}"
            homes = homes.filter(**{lookup: filters[field]})
    return homes.select_related("unit")


def network_pages(homes, category, locale):
    """Live public pages in `locale` of the `homes`' sites, of one `category` (a model name)
    if given."""
    if not homes:
        return Page.objects.none()
    in_sites = reduce(or_, (Q(path__startswith=home.path) for home in homes))
    pages = Page.objects.live().public().filter(in_sites, locale=locale)
    if category:
        model = _page_types()[category]
        pages = pages.filter(content_type=ContentType.objects.get_for_model(model))
    return pages


def portal_search(request):
    form = PortalSearchForm(request.GET or None)
    form.is_valid()  # a wrong filter is reported beside its field and not applied
    filters = getattr(form, "cleaned_data", {})
    query = cleaned_query(request.GET.get("q", ""))
    locale = Locale.get_active()
    results = None
    if query:
        homes = list(network_homes(filters, locale))
        results = results_page(
            network_pages(homes, filters.get("category"), locale),
            query,
            request.GET.get("page"),
            units_by_home_path={home.path: home.unit for home in homes},
        )
    params = {name: value for name, value in filters.items() if value}
    context = {
        "page": PortalHomePage.objects.filter(locale=locale).first(),
        "form": form,
        "query": query,
        "results": results,
        "max_length": MAX_QUERY_LENGTH,
        "other_languages": unit_search.other_languages({"q": query, **params}),
    }
    return render(request, "home/search.html", context)
