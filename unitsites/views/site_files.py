"""Files every site answers at a fixed address, outside the language prefixes:
/robots.txt, /sitemap.xml and /theme.css (the unit's colour)."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from unitsites.models.site_settings import UnitSiteSettings
from unitsites.sitemaps import SiteSitemap


@require_GET
def robots_txt(request):
    """Everything may be indexed except the admin and search results; the sitemap is this host's."""
    return render(request, "unitsites/robots.txt", content_type="text/plain; charset=utf-8")


@require_GET
def sitemap_xml(request):
    return wagtail_sitemap(request, sitemaps={"pages": SiteSitemap})


@require_GET
@cache_control(public=True, max_age=60 * 60 * 24)
def theme_css(request):
    """The unit's primary colour as CSS variables: a stylesheet, not a style attribute, so a
    strict Content Security Policy holds. Templates add ?v=<colour> so a change shows at once."""
    unit_settings = UnitSiteSettings.for_request(request)
    if not unit_settings.primary_colour:
        raise Http404
    return render(
        request,
        "unitsites/theme.css",
        {"brand": unit_settings.primary_colour, "brand_dark": unit_settings.primary_colour_dark},
        content_type="text/css; charset=utf-8",
    )
