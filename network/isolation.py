"""Wagtail's admin views and API endpoints narrowed to what network.access lets the user see:
their units' trees and collections, or everything for provincial moderators and superusers
(DESIGN.md, Isolation). The views are served ahead of Wagtail's own from config/urls.py; the
bulk actions and API endpoints are registered over Wagtail's (network/hooks/units.py)."""

from django.shortcuts import get_object_or_404, redirect
from django.urls import path

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.bulk_actions.delete import DeleteBulkAction
from wagtail.admin.views.pages.bulk_actions.move import MoveBulkAction
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.admin.views.pages.bulk_actions.unpublish import UnpublishBulkAction
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.admin.views.reports.locked_pages import LockedPagesReportFilterSet
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.admin.views.reports.workflows import WorkflowReportFilterSet
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page

from network.access import (
    may_see_page,
    people_seen_by,
    scope_media,
    scope_pages,
    sees_whole_network,
    sites_seen_by,
)


def _explorer(action):
    """Wagtail's explorer listing, refused for a page outside the user's trees: Wagtail lets
    anyone with a page permission list under any page below the common root of their trees."""
    listing = page_viewset_registry.as_view(action, parent_page_id_kwarg="parent_page_id")

    def explore(request, parent_page_id):
        if not may_see_page(request.user, get_object_or_404(Page, pk=parent_page_id)):
            return redirect("wagtailadmin_explore_root")
        return listing(request, parent_page_id=parent_page_id)

    return require_admin_access(explore)


class OwnUnitsBulkAction:
    """A page bulk action that neither lists nor acts on pages outside the user's trees
    (Wagtail names every chosen page on its confirmation, "no access" ones included)."""

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        chosen = [*objects, *extra["items_with_no_access"]]
        visible = set(
            scope_pages(
                Page.objects.filter(pk__in=[page.pk for page in chosen]), self.request.user
            ).values_list("pk", flat=True)
        )
        extra["items_with_no_access"] = [
            page for page in extra["items_with_no_access"] if page.pk in visible
        ]
        return [page for page in objects if page.pk in visible], extra


BULK_ACTIONS = [
    type(f"OwnUnits{action.__name__}", (OwnUnitsBulkAction, action), {})
    for action in (DeleteBulkAction, MoveBulkAction, PublishBulkAction, UnpublishBulkAction)
]


class OwnCollectionsMixin:
    """An admin API endpoint for images or documents listing the user's collections only."""

    def get_queryset(self):
        return scope_media(super().get_queryset(), self.request.user)


class OwnCollectionsDocumentsAPIViewSet(OwnCollectionsMixin, DocumentsAdminAPIViewSet):
    pass


class OwnCollectionsImagesAPIViewSet(OwnCollectionsMixin, ImagesAdminAPIViewSet):
    pass


def _narrow_choices(choice_filter, seen_by):
    """Offer in `choice_filter` only what `seen_by(user)` lets the user see."""
    wagtail_choices = choice_filter.queryset

    def choices(request):
        if wagtail_choices is None:  # set per filter set by its __init__ (history filters)
            offered = choice_filter.extra["queryset"]
        elif callable(wagtail_choices):
            offered = wagtail_choices(request)
        else:
            offered = wagtail_choices
        return offered.filter(pk__in=seen_by(request.user).values("pk"))

    choice_filter.queryset = choices


def narrow_listing_filters():
    """Wagtail's page listings and reports offer in their filters every account that owns,
    edited, locked or asked to publish any page, and every site of the network. The filters
    are shared by every page type's listing, so they are narrowed once, where declared."""
    pages = PageFilterSet.declared_filters
    _narrow_choices(pages["owner"], people_seen_by)
    _narrow_choices(pages["edited_by"], people_seen_by)
    _narrow_choices(pages["site"], sites_seen_by)
    _narrow_choices(WorkflowReportFilterSet.declared_filters["requested_by"], people_seen_by)
    _narrow_choices(LockedPagesReportFilterSet.declared_filters["locked_by"], people_seen_by)


class SiteHistoryFilterSet(SiteHistoryReportFilterSet):
    """Its user filter is filled in by the filter set itself, for each request."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "user" in self.filters:
            _narrow_choices(self.filters["user"], people_seen_by)


class SiteHistoryView(LogEntriesView):
    filterset_class = SiteHistoryFilterSet


class NetworkPageTypesUsageView(PageTypesUsageReportView):
    """Wagtail's "page types usage" report, for people who see the whole network only.

    Wagtail counts the pages of every site and names the last edited page of each type
    whatever the user's page permissions, so a unit editor would read other units' page
    titles there. Scoping its counts would mean rewriting the report; a unit has no use for
    it, so it is simply closed to them (and its menu item hidden, see network/hooks/units.py).
    Its URLs are served ahead of Wagtail's own from config/urls.py.
    """

    def user_has_any_permission(self, actions):
        return sees_whole_network(self.request.user) and super().user_has_any_permission(actions)


def _report(name, view):
    return [
        path(
            f"{name}/",
            require_admin_access(view.as_view()),
            name=f"network_{name.replace('-', '_')}",
        ),
        path(
            f"{name}/results/",
            require_admin_access(view.as_view(results_only=True)),
            name=f"network_{name.replace('-', '_')}_results",
        ),
    ]


report_urls = [
    *_report("page-types-usage", NetworkPageTypesUsageView),
    *_report("site-history", SiteHistoryView),
]
explorer_urls = [
    path("<int:parent_page_id>/", _explorer("index"), name="network_explore"),
    path(
        "<int:parent_page_id>/results/", _explorer("index_results"), name="network_explore_results"
    ),
]
