"""The page cache (web.pagecache) on the unit sites: which changes make cached pages stale, and
counting a view of a unit page served from the cache as if it had been rendered.

Connected at start-up (UnitSitesConfig.ready), not when Wagtail first loads its hooks: a new
process's first request may be a cache hit that never reaches Wagtail.

Every path that changes what the public sees sends one of these signals: publishing (the
workflow, Wagtail's Publish button, scheduled go-live, translations and their aliases),
unpublishing (take-down, scheduled expiry, deletion of a live page), moves, site settings,
answers on a question board, ITA evidence, a document's or image's details (title, focal
point: a file in use is never replaced, network.replaced_files); the registry (units added, renamed, deactivated or
re-parented: the affiliated-unit links and the portal's directory) and the ITA templates change
every site. The portal's front door lists every unit's content, so it is stale with any unit's.
"""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from network.models import Unit
from unitsites.models import (
    ItaEvidence,
    ItaItem,
    ItaSubitem,
    ItaTemplate,
    Question,
    UnitPage,
    UnitSiteSettings,
)
from unitsites.statistics.pageviews import count_page_view, counts_as_view
from web.pagecache import (
    cached_page_served,
    network_pages_changed,
    remember_page_view,
    site_pages_changed,
)


@hooks.register("on_serve_page", order=99)
def remember_unit_page_views(serve):
    """Just outside the page-view counter: the pages it counts are those a hit counts again."""

    def serve_and_remember(page, request, serve_args, serve_kwargs):
        if isinstance(page, UnitPage):
            remember_page_view(request, page.pk)
        return serve(page, request, serve_args, serve_kwargs)

    return serve_and_remember


@receiver(cached_page_served)
def count_cached_page_view(sender, request, site_id, page_id, **kwargs):
    """A hit is a unit page's 200, so only the request decides whether it counts."""
    if counts_as_view(request):
        count_page_view(site_id, page_id, timezone.localdate())


def _portal_site_id():
    return Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first()


def _site_id_of(page):
    # A unit's page knows its unit's site; asking the sites' root paths instead costs a query per
    # site whenever a new unit is missing from them, as during provisioning.
    unit = getattr(page, "unit", None)
    if unit is not None:
        return unit.site_id
    url_parts = page.get_url_parts()
    return url_parts[0] if url_parts else None


def page_changed(page):
    """The page's site and the portal, which lists every unit's content."""
    site_pages_changed(_site_id_of(page), _portal_site_id())


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def refresh_pages_of_page(sender, instance, **kwargs):
    page_changed(instance)


@receiver(post_save, sender=UnitSiteSettings)
@receiver(post_delete, sender=UnitSiteSettings)
def refresh_pages_of_settings(sender, instance, **kwargs):
    site_pages_changed(instance.site_id)


@receiver(post_save, sender=Question)
@receiver(post_delete, sender=Question)
def refresh_question_board(sender, instance, **kwargs):
    page_changed(instance.board)


@receiver(post_save, sender=ItaEvidence)
@receiver(post_delete, sender=ItaEvidence)
def refresh_ita_evidence(sender, instance, **kwargs):
    site_pages_changed(instance.unit.site_id)


# Written by Wagtail as it reads a file, which shows nothing new.
FILE_BOOKKEEPING = {"file_size", "file_hash"}


@receiver(post_save, sender=get_document_model())
@receiver(post_delete, sender=get_document_model())
@receiver(post_save, sender=get_image_model())
@receiver(post_delete, sender=get_image_model())
def refresh_pages_of_file(sender, instance, created=False, update_fields=None, **kwargs):
    """The sites of the units whose collection holds the file; every site for a shared one.
    A new file is on no page yet."""
    if created or (update_fields and set(update_fields) <= FILE_BOOKKEEPING):
        return
    collections = instance.collection.get_ancestors(inclusive=True)
    site_ids = list(Unit.objects.filter(collection__in=collections).values_list("site", flat=True))
    if site_ids:
        site_pages_changed(*site_ids)
    else:
        network_pages_changed()


@receiver(post_save, sender=Unit)
@receiver(post_delete, sender=Unit)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=ItaTemplate)
@receiver(post_delete, sender=ItaTemplate)
@receiver(post_save, sender=ItaItem)
@receiver(post_delete, sender=ItaItem)
@receiver(post_save, sender=ItaSubitem)
@receiver(post_delete, sender=ItaSubitem)
def refresh_every_page(sender, **kwargs):
    network_pages_changed()
