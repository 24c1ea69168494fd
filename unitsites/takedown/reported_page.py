"""The unit's page a notice-and-takedown request reports (S-07: "suspend or remove content
quickly"): its address read back to a page of the request's unit, so that a handler allowed to
unpublish it is taken straight to Wagtail's unpublish view."""

from urllib.parse import unquote, urlencode, urlsplit

from django.conf import settings
from django.urls import reverse

from wagtail.models import Page

from unitsites.models import UnitHomePage


def reported_page(takedown):
    """The page of the request's unit at the reported address, or None. An address under a
    language prefix (/en/) is looked for under that language's home; only a page whose own
    address it is counts, never the page above a missing one."""
    components = [part for part in unquote(urlsplit(takedown.content_url).path).split("/") if part]
    language = settings.LANGUAGE_CODE
    if components and components[0] in dict(settings.LANGUAGES) and components[0] != language:
        language = components.pop(0)
    home = UnitHomePage.objects.filter(unit=takedown.unit, locale__language_code=language).first()
    if home is None:
        return None
    url_path = home.url_path + "".join(f"{part}/" for part in components)
    page = Page.objects.descendant_of(home, inclusive=True).filter(url_path=url_path).first()
    return page.specific if page else None  # its own permission rules (structural pages)


def unpublish_url(page, user, back_to):
    """Wagtail's unpublish view for `page`, coming back to `back_to`, if `user` may unpublish
    it (it is live, and Wagtail's page permissions and the page type's own rules allow it:
    a unit's home and sections stay); else None."""
    if page is None or not page.permissions_for_user(user).can_unpublish():
        return None
    return (
        reverse("wagtailadmin_pages:unpublish", args=[page.pk]) + "?" + urlencode({"next": back_to})
    )
