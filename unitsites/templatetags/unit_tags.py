import html

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.translation import get_language

from unitsites.models.site_settings import UnitSiteSettings
from unitsites.sections import footer_pages, policy_pages, section_pages
from web import hosts

register = template.Library()


def _unit_settings(context):
    request = context.get("request")
    return UnitSiteSettings.for_request(request) if request is not None else None


@register.inclusion_tag("includes/unit_header.html", takes_context=True)
def unit_header(context, page):
    """Logo and name of the unit, linking to its home page in the page's language."""
    unit_settings = _unit_settings(context)
    return {
        "home": page.unit_home,
        "logo": unit_settings.logo if unit_settings else None,
        "request": context.get("request"),
    }


@register.inclusion_tag("includes/unit_navigation.html", takes_context=True)
def unit_navigation(context, page):
    """The unit's categories, linked from every page of its site."""
    home = page.unit_home
    return {
        "home": home,
        "sections": section_pages(home) if home else [],
        "current": page,
        "request": context.get("request"),
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    """The trail from the unit's home page down to this page (none on the home page itself)."""
    home = page.unit_home
    if not home or home.pk == page.pk:
        ancestors = []
    elif hasattr(page, "route_trail"):  # the trail routing walked (unitsites.routing)
        ancestors = page.route_trail
    else:
        ancestors = list(page.get_ancestors().filter(depth__gte=home.depth))
    return {"ancestors": ancestors, "page": page, "request": context.get("request")}


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context, page):
    """Links to this page in the other languages. Where the page has no live translation yet,
    the link leads to the unit's home page in that language, and says so."""
    translations = list(page.get_translations().live().select_related("locale"))
    links = [(translation, translation.locale.language_code, False) for translation in translations]
    home = getattr(page, "unit_home", None)  # the portal's own home belongs to no unit
    missing = {code for code, _name in settings.LANGUAGES} - {get_language()}
    missing -= {language for _page, language, _is_home in links}
    if missing and home is not None and home.pk != page.pk:
        for translation in home.get_translations().live().select_related("locale"):
            if translation.locale.language_code in missing:
                links.append((translation, translation.locale.language_code, True))
    return {"links": links, "request": context.get("request")}


@register.inclusion_tag("includes/unit_footer.html", takes_context=True)
def unit_footer(context, page, updated=None):
    """Contact details, social links, policy pages and the notice-and-takedown page of the
    unit; `updated` is the page's last-updated date (every public page shows one: DESIGN.md)."""
    unit_settings = _unit_settings(context)
    home = page.unit_home
    policies, takedown = footer_pages(home) if home else ([], None)
    return {
        "home": home,
        "unit_settings": unit_settings,
        "address": unit_settings.address_for(get_language()) if unit_settings else "",
        "policies": policies,
        "takedown": takedown,
        "updated": updated,
        "request": context.get("request"),
    }


@register.inclusion_tag("unitsites/includes/privacy_notice.html", takes_context=True)
def privacy_notice(context, page):
    """The privacy notice of a page with a public form (PDPA s.23): the page's own statements,
    then the controller, its data protection officer and the other ways to reach the unit."""
    unit_settings = _unit_settings(context)
    home = page.unit_home
    language = get_language()
    privacy_policy = (
        next((policy for policy in policy_pages(home) if policy.slug == "privacy-policy"), None)
        if home
        else None
    )
    return {
        "notice": page,
        "controller": page.unit.name_for(language) if page.unit else "",
        "unit_settings": unit_settings,
        "address": unit_settings.address_for(language) if unit_settings else "",
        "privacy_policy": privacy_policy,
        "request": context.get("request"),
    }


@register.simple_tag(takes_context=True)
def unit_theme(context):
    """The unit's own colour, or None for the network's default."""
    unit_settings = _unit_settings(context)
    return unit_settings.primary_colour if unit_settings and unit_settings.primary_colour else None


@register.simple_tag(takes_context=True)
def unit_site_url(context, unit):
    """The home of `unit`'s site in the current language, on this request's scheme and port."""
    return hosts.unit_site_url(unit, context.get("request"), get_language())


DEFAULT_EMBLEM = "img/emblem.svg"


def favicon_url(logo):
    """The address of a square icon made from `logo`, or of the network's emblem without one."""
    if logo is None:
        return static(DEFAULT_EMBLEM)
    return logo.get_rendition("fill-64x64|format-png").url


@register.simple_tag(takes_context=True)
def unit_favicon(context):
    """The unit's logo as the browser tab's icon, or the network's emblem."""
    unit_settings = _unit_settings(context)
    return favicon_url(unit_settings.logo if unit_settings else None)


@register.simple_tag(takes_context=True)
def unit_banner(context):
    """{"image", "alt"}: the banner across the top of the unit's home page, if it has one."""
    unit_settings = _unit_settings(context)
    if unit_settings is None or unit_settings.banner is None:
        return {"image": None, "alt": ""}
    return {"image": unit_settings.banner, "alt": unit_settings.banner_alt}


@register.filter
def unit_name(unit, language_code):
    """{{ unit|unit_name:LANGUAGE_CODE }}: the unit's name in that language."""
    return unit.name_for(language_code)


@register.filter
def plain_text(value):
    """Rich text as the plain text it reads as: tags dropped and entities (&amp;) decoded, so
    that autoescaping escapes each character once."""
    return html.unescape(strip_tags(str(value or "")))
