"""The plain search page of every unit site: /search/?q= in Thai, /en/search/?q= in English.

It searches only the live, public pages of the request's own site in the request's language,
with Thai cut into words (unitsites.thai_search). The portal's host has its own (home.search).
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from wagtail.models import Locale, Page, Site

from unitsites.models import UnitHomePage
from unitsites.page_search import MAX_QUERY_LENGTH, cleaned_query, results_page


def site_home(request):
    """The request's unit home page in the active language, or 404 (the portal has its own)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    home = (
        UnitHomePage.objects.live()
        .filter(translation_key=site.root_page.translation_key, locale=Locale.get_active())
        .first()
    )
    if home is None:
        raise Http404
    return home


def site_pages(home):
    """Live public pages of `home`'s tree: one site, one language."""
    pages = Page.objects.live().public().descendant_of(home, inclusive=True)
    return pages.filter(locale_id=home.locale_id)


def other_languages(params):
    """[(language code, this search's address in that language)], keeping the non-empty `params`."""
    active = translation.get_language()
    kept = {name: value for name, value in params.items() if value}
    links = []
    for code, _name in settings.LANGUAGES:
        if code != active:
            with translation.override(code):
                url = reverse("search")
            links.append((code, f"{url}?{urlencode(kept)}" if kept else url))
    return links


def search(request):
    home = site_home(request)
    query = cleaned_query(request.GET.get("q", ""))
    results = None
    if query:
        results = results_page(site_pages(home), query, request.GET.get("page"))
    context = {
        "page": home,
        "query": query,
        "results": results,
        "max_length": MAX_QUERY_LENGTH,
        "other_languages": other_languages({"q": query}),
    }
    return render(request, "unitsites/search.html", context)
