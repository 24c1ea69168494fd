"""The abstract bases every unit page extends."""

from django.db import transaction
from django.utils.functional import cached_property

from wagtail.models import Page, PagePermissionTester

from unitsites.evidence import holds_records


class UnitPage(Page):
    """A page of a unit's site. Knows its unit through the unit home above it."""

    class Meta:
        abstract = True

    @cached_property
    def unit_home(self):
        from .home import UnitHomePage

        return UnitHomePage.objects.ancestor_of(self, inclusive=True).select_related("unit").first()

    @cached_property
    def unit(self):
        home = self.unit_home
        return home.unit if home else None

    def publish(self, revision, *args, **kwargs):
        # All or nothing: a publication refused half-way (network.publication.guard) must not
        # leave Wagtail's earlier steps behind, such as clearing another revision's schedule.
        with transaction.atomic():
            return super().publish(revision, *args, **kwargs)

    def permissions_for_user(self, user):
        return UnitPagePermissionTester(user, self)

    def delete(self, *args, **kwargs):
        # The tree's child counts are updated before the database refuses a page that holds
        # records (unitsites.evidence): roll them back with the refusal.
        with transaction.atomic():
            return super().delete(*args, **kwargs)


class UnitPagePermissionTester(PagePermissionTester):
    """A page that holds records kept as evidence is archived (unpublished), never deleted."""

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk) and not holds_records(self.page)


class StructuralPagePermissionTester(UnitPagePermissionTester):
    """Unit homes and section pages are created by provisioning; only superusers remove or move them."""

    def can_delete(self, ignore_bulk=False):
        return self.user.is_active and self.user.is_superuser and super().can_delete(ignore_bulk)

    def can_unpublish(self):
        return self.user.is_active and self.user.is_superuser and super().can_unpublish()

    def can_move(self):
        return self.user.is_active and self.user.is_superuser and super().can_move()


class StructuralPage(UnitPage):
    """A page that is part of every unit site's fixed shape (the home and its sections)."""

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        return StructuralPagePermissionTester(user, self)
