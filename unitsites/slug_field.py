"""The slug field of the admin's page forms, which keeps Thai vowel signs and tone marks.

Wagtail's slug input (the `w-slug` script) drops combining marks twice: when it fills the slug
from the title (`urlify`) and when the slug field loses focus (`slugify`). The second would
mangle a slug the editor typed, so it is not wired here; what the first fills in is replaced on
the server (UnitPage._make_slug_from_title)."""

import unicodedata

from django import forms
from django.db import models

from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import SlugInput

from unitsites.slugs import validate_slug

# Wagtail's own actions (wagtail.admin.widgets.SlugInput) without "blur->w-slug#slugify".
SYNC_FROM_TITLE = "w-sync:check->w-slug#compare w-sync:apply->w-slug#urlify:prevent"


class SlugFormField(forms.CharField):
    default_validators = [validate_slug]

    def __init__(self, *, allow_unicode=True, **kwargs):  # the model field passes allow_unicode
        super().__init__(**kwargs)

    def to_python(self, value):
        return unicodedata.normalize("NFC", super().to_python(value))


def register_slug_field():
    register_form_field_override(
        models.SlugField,
        override={
            "form_class": SlugFormField,
            "widget": SlugInput(attrs={"data-action": SYNC_FROM_TITLE}),
        },
    )
