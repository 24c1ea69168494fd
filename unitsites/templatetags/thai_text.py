"""{{ page.title|thai_words }}: a heading that wraps between Thai words (unitsites.thai_wrap)."""

from django import template

from unitsites.thai_wrap import wrapped_between_words

register = template.Library()


@register.filter
def thai_words(value):
    return wrapped_between_words(value) if value not in (None, "") else ""
