"""Hooks that keep the records of pages (unitsites.evidence): a bulk delete of pages is refused,
with the reason, when a chosen page or a page under it holds records."""

from wagtail import hooks
from wagtail.models import Page

from unitsites.views.page_deletion import deletable_but_for_records, refuse_deleting_records


@hooks.register("before_bulk_action")
def keep_records_on_bulk_delete(request, action_type, objects, action_class_instance):
    if action_type != "delete" or action_class_instance.model is not Page:
        return None
    # Pages that hold records are left out of `objects` as "no permission": find them again.
    _objects, left_out = action_class_instance.get_actionable_objects()
    held = [
        page
        for page in left_out["items_with_no_access"]
        if deletable_but_for_records(request.user, page)
    ]
    if not held:
        return None
    return refuse_deleting_records(request, held, action_class_instance.next_url)
