"""The answer to an English address whose page exists only in Thai (DESIGN.md: /en/ never
serves Thai content as if it were English)."""

from http import HTTPStatus

from django.template.response import TemplateResponse

from wagtail.models import Locale


def not_translated(request, source_page, language_code):
    """A 404 that says the page is not translated yet and links to the page in its language."""
    home = source_page.unit_home
    locale = Locale.objects.filter(language_code=language_code).first()
    translated_home = home.get_translation_or_none(locale) if locale else None
    home_is_translated = translated_home is not None and translated_home.live
    context = {
        "page": (translated_home if home_is_translated else home).specific,
        "home_is_translated": home_is_translated,
        "source_page": source_page,
        "source_language": source_page.locale.language_code,
    }
    return TemplateResponse(
        request, "unitsites/not_translated.html", context, status=HTTPStatus.NOT_FOUND
    )
