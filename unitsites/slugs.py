"""Page slugs made from titles. Thai words keep every character, vowel signs and tone marks
included: Django's slugify and Wagtail's admin script drop combining marks (Unicode category M),
which turns "ข่าวกิจกรรม" into "ขาวกจกรรม"."""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

# A slug's characters: those of Django's unicode slug (\w and "-"), and the Thai block, whose
# vowel signs and tone marks are combining marks that \w leaves out. Page URLs match the same
# (unitsites.page_urls).
SLUG_CHARACTERS = r"-\w\u0e00-\u0e7f"
_SLUG = re.compile(rf"[{SLUG_CHARACTERS}]+")
# A Thai character is nine bytes when percent-encoded; eighty keep an address usable.
SLUG_MAX_CHARACTERS = 80


def _is_mark(character):
    return unicodedata.category(character).startswith("M")


def _keeps(character):
    """Letters, Thai vowel signs and tone marks, and decimal digits (Thai digits too)."""
    category = unicodedata.category(character)
    return (category[0] in "LM" or category == "Nd") and bool(_SLUG.fullmatch(character))


def _words(text):
    """The runs of kept characters, each without the marks that have no letter to sit on."""
    words, word = [], []
    for character in text:
        if not _keeps(character):
            words.append("".join(word))
            word = []
        elif word or not _is_mark(character):
            word.append(character)
    words.append("".join(word))
    return [word for word in words if word]


def _cut(slug, max_characters):
    """`slug` shortened to `max_characters`, never between a letter and its marks."""
    if len(slug) <= max_characters:
        return slug
    boundary = slug.rfind("-", 0, max_characters + 1)
    if boundary >= max_characters // 2:  # a whole word fits: cut between words
        return slug[:boundary]
    end = max_characters
    while end > 0 and _is_mark(slug[end]):
        end -= 1
    return slug[:end].rstrip("-")


def slug_from_title(title, max_characters=SLUG_MAX_CHARACTERS):
    """Lower-case words of `title` joined by single hyphens; "" when it has no letter or digit."""
    text = unicodedata.normalize("NFC", str(title or "")).lower()
    return _cut("-".join(_words(text)), max_characters)


def legacy_slugs(title):
    """The mangled slugs made of `title` before this module: by Django's slugify (Wagtail's own
    default) and by Wagtail's admin script, which fills the slug field as the title is typed."""
    text = str(title or "").strip()
    kept = "".join(
        character
        for character in text.lower()
        if character in "-_" or character.isspace() or unicodedata.category(character)[0] in "LN"
    )
    script = re.sub(r"[-\s]+", "-", kept)[:255].rstrip("-")
    return {slug for slug in (slugify(text, allow_unicode=True), script) if slug}


def validate_slug(value):
    """Wagtail's validation (Django's unicode slug) refuses combining marks; this accepts them,
    but not as the first character, where they have no letter to sit on."""
    if not _SLUG.fullmatch(value or "") or _is_mark(value[0]):
        raise ValidationError(INVALID_SLUG, code="invalid", params={"value": value})


INVALID_SLUG = _(
    "Use only letters (Thai vowel signs and tone marks included), digits, hyphens and "
    "underscores in the address."
)
