"""Admin pages for the central administrators alone (and superusers)."""

from django.core.exceptions import PermissionDenied

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from network.access import is_central_admin


class CentralAdminPageMixin(WagtailAdminTemplateMixin):
    """Refuses everyone but the central administrators; the page title ends the breadcrumbs."""

    def dispatch(self, request, *args, **kwargs):
        if not is_central_admin(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]
