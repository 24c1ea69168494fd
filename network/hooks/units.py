"""Hooks of the unit registry and of isolation: the units admin; the explorer, choosers, bulk
actions, admin API media listings, listing filters and reports scoped to the user's own units
(network.access, network.isolation); the log entry for a unit left short of site
administrators."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from network.access import scope_media, scope_pages, sees_whole_network
from network.isolation import (
    BULK_ACTIONS,
    OwnCollectionsDocumentsAPIViewSet,
    OwnCollectionsImagesAPIViewSet,
    narrow_listing_filters,
)
from network.users import BELOW_MINIMUM
from network.views.units import unit_viewset


@hooks.register("register_admin_viewset")
def register_unit_viewset():
    return unit_viewset


@hooks.register("construct_page_chooser_queryset")
def page_chooser_shows_own_unit(pages, request):
    return scope_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_shows_own_unit(parent_page, pages, request):
    return scope_pages(pages, request.user)


@hooks.register("construct_image_chooser_queryset")
def image_chooser_shows_own_collections(images, request):
    return scope_media(images, request.user)


@hooks.register("construct_document_chooser_queryset")
def document_chooser_shows_own_collections(documents, request):
    return scope_media(documents, request.user)


@hooks.register("construct_admin_api", order=1)  # after Wagtail's own endpoints
def media_api_shows_own_collections(router):
    router.register_endpoint("documents", OwnCollectionsDocumentsAPIViewSet)
    router.register_endpoint("images", OwnCollectionsImagesAPIViewSet)


narrow_listing_filters()

for bulk_action in BULK_ACTIONS:  # after Wagtail's own, which they replace
    hooks.register("register_bulk_action", bulk_action, order=1)


@hooks.register("construct_reports_menu")
def hide_network_wide_reports(request, menu_items):
    """Page types usage is closed to unit staff (network.isolation.NetworkPageTypesUsageView)."""
    if not sees_whole_network(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]


@hooks.register("register_log_actions")
def register_unit_log_actions(actions):
    @actions.register_action(BELOW_MINIMUM)
    class BelowMinimumFormatter(LogFormatter):
        label = _("Leave a unit short of site administrators")

        def format_message(self, log_entry):
            return _("Saved although %(units)s now has fewer than two site administrators") % {
                "units": ", ".join(log_entry.data.get("units", []))
            }
