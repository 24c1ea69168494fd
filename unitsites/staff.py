"""Who counts as a unit's staff for what its public forms collect: whoever may edit or publish
the page that collected it (the unit's editors and approvers, and provincial moderators; never
the central administrator, who holds no page permissions)."""

from wagtail.permission_policies.pages import PagePermissionPolicy

STAFF_PAGE_PERMISSIONS = ["change", "publish"]


def pages_in_care_of(user):
    """The pages `user` may edit or publish, as a queryset."""
    return PagePermissionPolicy().instances_user_has_any_permission_for(
        user, STAFF_PAGE_PERMISSIONS
    )
