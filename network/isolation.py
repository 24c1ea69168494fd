"""What part of the network a user may see in the admin: their units' trees, or everything
for provincial moderators and superusers (DESIGN.md, Isolation)."""

from functools import reduce
from operator import or_

from django.db.models import Q

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
