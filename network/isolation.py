"""What part of the network a user may see in the admin: their units' trees, or everything
for provincial moderators and superusers (DESIGN.md, Isolation)."""

from django.urls import path

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView

from network.access import sees_whole_network


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
