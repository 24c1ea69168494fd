from django import template
from django.utils.translation import get_language

from network import hosts
from unitsites.sections import section_pages

register = template.Library()


@register.inclusion_tag("includes/unit_navigation.html", takes_context=True)
def unit_navigation(context, page):
    """The unit's ten categories, linked from every page of its site."""
    home = page.unit_home
    return {
        "home": home,
        "sections": section_pages(home) if home else [],
        "current": page,
        "request": context.get("request"),
    }


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context, page):
    """Links to this page in the other languages, where a live translation exists."""
    translations = page.get_translations().live().select_related("locale")
    return {"translations": translations, "page": page, "request": context.get("request")}


@register.simple_tag(takes_context=True)
def unit_site_url(context, unit):
    """The home of `unit`'s site in the current language, on this request's scheme and port."""
    return hosts.unit_site_url(unit, context.get("request"), get_language())
