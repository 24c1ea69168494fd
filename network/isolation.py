"""What part of the network a user may see in the admin: their units' trees, or everything
for provincial moderators and superusers (DESIGN.md, Isolation)."""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.urls import path

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.models import GroupPagePermission

from network.models import Role


def sees_whole_network(user):
    return user.is_superuser or user.groups.filter(unit_role__role=Role.MODERATOR).exists()


def permitted_root_paths(user):
    """Tree paths of the pages the user's groups hold permissions on (both language roots)."""
    return sorted(
        set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__path", flat=True
            )
        )
    )


def scope_pages(pages, user):
    """Narrow a page queryset to the user's own trees (plus the Wagtail root to browse from)."""
    if sees_whole_network(user):
        return pages
    paths = permitted_root_paths(user)
    if not paths:
        return pages.none()
    inside = reduce(or_, (Q(path__startswith=path) for path in paths))
    return pages.filter(inside | Q(depth=1))


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


report_urls = [
    path(
        "page-types-usage/",
        require_admin_access(NetworkPageTypesUsageView.as_view()),
        name="network_page_types_usage",
    ),
    path(
        "page-types-usage/results/",
        require_admin_access(NetworkPageTypesUsageView.as_view(results_only=True)),
        name="network_page_types_usage_results",
    ),
]
