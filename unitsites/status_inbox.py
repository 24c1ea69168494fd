"""An admin list of what the public sent, newest first, filtered by status and paged: the
e-service submissions and the notice-and-takedown requests. Subclasses say which rows the user
may read (`rows()`), their statuses, and fill the table's block of status_inbox.html."""

from django.core.paginator import Paginator
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class StatusInboxView(WagtailAdminTemplateMixin, TemplateView):
    statuses = None  # a TextChoices
    per_page = 50

    def rows(self):
        raise NotImplementedError

    def log_listing(self, shown):
        """Note in the audit log who listed the rows `shown`, where that is asked (P-07)."""

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        status = self.request.GET.get("status", "")
        rows = self.rows()
        if status in self.statuses.values:
            rows = rows.filter(status=status)
        shown = Paginator(rows, self.per_page).get_page(self.request.GET.get("p"))
        self.log_listing(shown)
        context.update(rows=shown, statuses=self.statuses.choices, selected_status=status)
        return context
