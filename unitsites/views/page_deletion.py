"""Deleting pages in the admin: a page that holds records kept as evidence is refused with the
reason and the way to archive it (unitsites.evidence), instead of the database's error.

Wagtail's delete view asks the page's permission tester before any hook runs, and the tester
already says no for such a page (its delete buttons are hidden), which would only give "no
permission"; so the view is replaced at its address (config/urls.py) to answer first.
"""

from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.delete import DeleteView
from wagtail.models import Page, PagePermissionTester

from unitsites.evidence import deletion_refused_message, records_held


def deletable_but_for_records(user, page):
    """Whether Wagtail's own rules let `user` delete `page` (a generic Page instance)."""
    return PagePermissionTester(user, page).can_delete()


def refuse_deleting_records(request, pages, next_url):
    """A redirect to `next_url` with the reason when `pages` hold records, else None."""
    counts = records_held(pages)
    if not counts:
        return None
    messages.error(request, deletion_refused_message(counts))
    return redirect(next_url)


@require_admin_access
def delete_page(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    # Wagtail's own answer for those who may not delete the page whatever it holds.
    if deletable_but_for_records(request.user, page):
        # Wagtail's view deletes the page's translations with it.
        refusal = refuse_deleting_records(
            request,
            page.get_translations(inclusive=True),
            get_valid_next_url_from_request(request)
            or reverse("wagtailadmin_explore", args=[page.get_parent().id]),
        )
        if refusal:
            return refusal
    return DeleteView.as_view()(request, page_id)
