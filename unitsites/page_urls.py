"""Wagtail's front-end URLs, with page paths that may hold Thai vowel signs and tone marks.

Wagtail's serve pattern allows only \\w and "-" in a path segment, which leaves out combining
marks: a page at a Thai address would not be found, and its `url` would be None."""

from django.urls import re_path

from wagtail import urls as wagtail_urls
from wagtail import views

from unitsites.slugs import SLUG_CHARACTERS

urlpatterns = [
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(rf"^((?:[{SLUG_CHARACTERS}]+/)*)$", views.serve, name="wagtail_serve"),
]
