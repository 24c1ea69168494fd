"""The portal's own front door on the default site, in Thai and English."""

from django.conf import settings
from django.db import transaction

from wagtail.models import Page, Site

from home.models import PortalHomePage

PORTAL_TITLE_TH = "เครือข่ายบริการสุขภาพจังหวัด"
PORTAL_TITLE_EN = "Provincial public-health network"


@transaction.atomic
def ensure_portal():
    """Create the portal home (both languages) and make it the default site, once."""
    from network.provisioning import ensure_locales

    thai, english = ensure_locales()
    portal = PortalHomePage.objects.filter(locale=thai).first()
    if portal is None:
        _remove_wagtail_welcome_page()
        portal = PortalHomePage(title=PORTAL_TITLE_TH, slug="portal", locale=thai)
        Page.get_first_root_node().add_child(instance=portal)
        portal.save_revision().publish()
    if portal.get_translation_or_none(english) is None:
        translation = portal.copy_for_translation(english)
        translation.title = PORTAL_TITLE_EN
        translation.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=settings.PORTAL_HOSTNAME, port=80, root_page=portal, is_default_site=True
        )
    elif site.root_page_id != portal.pk:
        site.root_page = portal
        site.save()
    return portal


def _remove_wagtail_welcome_page():
    welcome = Page.objects.filter(depth=2, slug="home", content_type__app_label="wagtailcore")
    for page in welcome:
        Site.objects.filter(root_page=page).delete()
        page.delete()
