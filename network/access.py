"""Which units a user may see and act on: the one place every admin view, panel, hook, chooser,
report and export asks (DESIGN.md, Layout: "one module answers 'which units may this user
see', and every view, chooser, report and export asks it").

It stands at registry level: it reads the unit registry (network.models), Django's groups and
Wagtail's permissions only, so unitsites may ask it too.
"""

from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.db.models import Q

from wagtail.models import GroupPagePermission, Page, Site
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry

from network.models.roles import Role, UnitRoleGroup
from network.models.unit import Unit

# Whoever may edit or publish a page is its unit's staff for what the page collects.
STAFF_PAGE_PERMISSIONS = ["change", "publish"]
# What a unit's staff do with the images and documents of their collections.
MEDIA_ACTIONS = ["choose", "change"]


def _active(user):
    return user.is_authenticated and user.is_active


def is_moderator(user):
    """A provincial moderator: "Provincial moderators see all." (DESIGN.md, Isolation)."""
    return (
        _active(user)
        and user.groups.filter(
            unit_role__role=Role.MODERATOR, unit_role__unit__isnull=True
        ).exists()
    )


def is_central_admin(user):
    """A central administrator (or a superuser): they run the network's accounts, sites and
    workflows, but a unit's content stays its own: "A unit's people see and touch only their
    unit ... Provincial moderators see all" (DESIGN.md, Isolation)."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(unit_role__role=Role.CENTRAL_ADMIN).exists()


def sees_whole_network(user):
    """Whether the user sees every unit's pages and media in the admin: "A unit's people see
    and touch only their unit ... Provincial moderators see all." (DESIGN.md, Isolation)."""
    return user.is_superuser or is_moderator(user)


def may_change_network_roles(user):
    """Whether the user may make someone a moderator, a central administrator or a superuser:
    superusers only, since those roles see every unit ("Provincial moderators see all",
    DESIGN.md, Isolation) and a central administrator must not grant them to themself."""
    return user.is_active and user.is_superuser


def may_manage_unit_people(user):
    """Whether the user adds, removes and changes the roles of a unit's people, for any unit:
    the central administrators, who "manage accounts and roles" (DESIGN.md, Users). A unit has
    no administrator role of its own; its editors and approvers manage no accounts."""
    return _active(user) and is_central_admin(user)


def oversees_network(user):
    """Whether the user reads the network-wide compliance figures: provincial moderators,
    central administrators and superusers ("Provincial moderators see all", DESIGN.md,
    Isolation; the central administrators run the network, DESIGN.md, Oversight)."""
    return user.is_active and (sees_whole_network(user) or is_central_admin(user))


def units_run_by(user):
    """The active units where `user` is an editor or approver: "A unit's people see and touch
    only their unit" (DESIGN.md, Isolation)."""
    return Unit.objects.filter(
        is_active=True,
        role_groups__role__in=Role.unit_roles(),
        role_groups__group__user=user,
    ).distinct()


def units_reported_to(user):
    """The units whose yearly records `user` reads: the monitoring report (MOIT 1) and the
    people's trainings and Computer Crime Act acknowledgements (seed §3.4, §3.5). Every active
    unit for those who oversee the network; their own for a unit's editors and approvers ("A
    unit's people see and touch only their unit", DESIGN.md, Isolation)."""
    if not _active(user):
        return Unit.objects.none()
    if oversees_network(user):
        return Unit.objects.filter(is_active=True)
    return units_run_by(user)


class UserWidePermissionPolicy(BasePermissionPolicy):
    """For records kept by the network as a whole: whoever may do an action may do it on every
    instance. Subclasses say who, in user_has_permission(user, action)."""

    def instances_user_has_permission_for(self, user, action):
        instances = self.model._default_manager.all()
        return instances if self.user_has_permission(user, action) else instances.none()

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


def units_reviewed_by(user):
    """The units whose publications `user` approves and whose registers they read: every unit
    for moderators ("Provincial moderators see all", DESIGN.md, Isolation), their own for a
    unit's approvers, none for anyone else."""
    if not _active(user):
        return Unit.objects.none()
    if sees_whole_network(user):
        return Unit.objects.all()
    return Unit.objects.filter(
        role_groups__role=Role.APPROVER, role_groups__group__user=user
    ).distinct()


def _reviewed_unit_ids(user):
    # Asked for every page and task of a request: answered once per request (the user object).
    if not hasattr(user, "_access_reviewed_unit_ids"):
        user._access_reviewed_unit_ids = set(units_reviewed_by(user).values_list("pk", flat=True))
    return user._access_reviewed_unit_ids


def can_review_unit(user, unit):
    """Whether `user` approves for `unit`: its approvers, and the moderators who "see all"
    (DESIGN.md, Isolation)."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    return unit is not None and unit.pk in _reviewed_unit_ids(user)


def pages_reviewed_by(user):
    """Pages in the trees (both languages) of the units `user` approves for as a unit's
    approver: "A unit's people see and touch only their unit" (DESIGN.md, Isolation)."""
    roots = Unit.objects.filter(
        role_groups__role=Role.APPROVER, role_groups__group__user=user
    ).values_list("home_pages__path", flat=True)
    paths = [path for path in roots if path]
    return Page.objects.filter(_inside(paths)) if paths else Page.objects.none()


def is_unit_editor(user, unit):
    """Whether `user` is one of `unit`'s editors, who may publish its pages urgently: "A unit's
    people see and touch only their unit" (DESIGN.md, Isolation)."""
    return UnitRoleGroup.objects.filter(unit=unit, role=Role.EDITOR, group__user=user).exists()


def pages_in_care_of(user):
    """The pages `user` may edit or publish: "A unit's people see and touch only their unit:
    pages (both languages), ... form submissions" (DESIGN.md, Isolation)."""
    return PagePermissionPolicy().instances_user_has_any_permission_for(
        user, STAFF_PAGE_PERMISSIONS
    )


def units_in_care_of(user):
    """The units with a site whose pages `user` edits or publishes, and whose survey answers
    and submissions they therefore read (DESIGN.md, Isolation)."""
    return (
        Unit.objects.filter(site__isnull=False, home_pages__in=pages_in_care_of(user).values("pk"))
        .distinct()
        .order_by("code")
    )


def can_see_records_of(user, page, unit):
    """Whether `user` reads the publication records of `page` (or of `unit`, the page gone):
    its editors and the unit's reviewers, "A unit's people see and touch only their unit"
    (DESIGN.md, Isolation)."""
    if page is not None and page.permissions_for_user(user).can_edit():
        return True
    return can_review_unit(user, unit)


def permitted_root_paths(user):
    """Tree paths of the pages the user's groups hold permissions on: their units' roots "(both
    languages)" (DESIGN.md, Isolation)."""
    return sorted(
        set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__path", flat=True
            )
        )
    )


def _inside(paths):
    return reduce(or_, (Q(path__startswith=path) for path in paths))


def scope_pages(pages, user):
    """Narrow a page queryset to the user's own trees (plus the Wagtail root to browse from):
    "A unit's people see and touch only their unit: pages (both languages) ... choosers.
    Provincial moderators see all." (DESIGN.md, Isolation)."""
    if sees_whole_network(user):
        return pages
    paths = permitted_root_paths(user)
    if not paths:
        return pages.none()
    return pages.filter(_inside(paths) | Q(depth=1))


def may_see_page(user, page):
    """Whether `page` lies in the user's trees (or is the Wagtail root) (DESIGN.md, Isolation)."""
    return scope_pages(Page.objects.filter(pk=page.pk), user).exists()


def scope_media(media, user):
    """Narrow an image or document queryset to the collections the user works with (their
    unit's and the network's shared one): "A unit's people see and touch only their unit:
    ... images, documents" (DESIGN.md, Isolation)."""
    policy = policy_registry.get_by_type(media.model)
    return media.filter(
        pk__in=policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS).values("pk")
    )


def people_seen_by(user):
    """The accounts whose names `user` reads in the admin's filters: the people of their own
    units and the network's moderators and central administrators ("A unit's people see and
    touch only their unit ... Provincial moderators see all", DESIGN.md, Isolation)."""
    people = get_user_model().objects.all()
    if sees_whole_network(user):
        return people
    units = Unit.objects.filter(role_groups__group__user=user)
    return people.filter(
        Q(pk=user.pk)
        | Q(groups__unit_role__unit__in=units)
        | Q(groups__unit_role__role__in=[Role.MODERATOR, Role.CENTRAL_ADMIN])
    ).distinct()


def sites_seen_by(user):
    """The sites of the units whose trees the user works in (every site for moderators): "A
    unit's people see and touch only their unit ... Provincial moderators see all" (DESIGN.md,
    Isolation)."""
    sites = Site.objects.all()
    if sees_whole_network(user):
        return sites
    return sites.filter(root_page__in=scope_pages(Page.objects.exclude(depth=1), user))
