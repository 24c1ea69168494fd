"""Wagtail loads this module: the answer for untranslated pages is here, and each other concern
registers its hooks in its own module of unitsites/hooks/, imported here."""

from django.utils import translation

from wagtail import hooks

from unitsites.hooks import (  # noqa: F401
    eservices,
    evidence,
    ita,
    personal_data,
    procurement,
    questions,
    statistics,
    takedown,
)
from unitsites.models import UnitPage
from unitsites.views.translation import not_translated


@hooks.register("before_serve_page")
def answer_untranslated_pages(page, request, serve_args, serve_kwargs):
    """An English address that reached a Thai page (UnitHomePage.route falls back to the Thai
    tree, and Wagtail does the same when the English home is not live) gets a clear
    "not yet translated" page instead of Thai content under lang="en" (WAGTAIL-NOTES pitfall 8)."""
    language = translation.get_language()
    if isinstance(page, UnitPage) and page.locale.language_code != language:
        return not_translated(request, page, language)
    return None
