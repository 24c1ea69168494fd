"""The plain search page of every unit site: /search/?q= in Thai, /en/search/?q= in English.

It searches only the live, public pages of the request's own site in the request's language.
Thai word segmentation comes later (REQUIREMENTS A-06); the database backend matches whole
space-separated words for now.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode

from wagtail.models import Locale, Page, Site

from unitsites.models import UnitHomePage
from web.plaintext import without_control_characters

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


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


def matching_pages(home, query):
    """Live public pages of `home`'s tree (one site, one language) that match `query`."""
    # modelsearch 1.3 puts each word inside "..." for SQLite FTS5 without escaping quotes,
    # so a stray quote would be a syntax error: words are what we search for anyway.
    words = query.replace('"', " ").strip()
    if not words:
        return Page.objects.none()
    pages = Page.objects.live().public().descendant_of(home, inclusive=True)
    return pages.filter(locale_id=home.locale_id).search(words)


def _other_languages(query):
    active = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if code != active:
            with translation.override(code):
                url = reverse("search")
            links.append((code, f"{url}?{urlencode({'q': query})}" if query else url))
    return links


def search(request):
    home = site_home(request)
    typed = without_control_characters(request.GET.get("q", ""))  # PostgreSQL refuses NUL
    query = " ".join(typed.split())[:MAX_QUERY_LENGTH]
    results = None
    if query:
        paginator = Paginator(matching_pages(home, query), RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("page"))
    context = {
        "page": home,
        "query": query,
        "results": results,
        "max_length": MAX_QUERY_LENGTH,
        "other_languages": _other_languages(query),
    }
    return render(request, "unitsites/search.html", context)
