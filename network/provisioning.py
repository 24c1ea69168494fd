"""Provisioning: one idempotent, additive service that gives a unit everything its site needs.

Running it again changes nothing; running it after a release that adds a section, a group or a
permission brings an existing unit up to date. Admin views, commands and data migrations all
call `provision_unit`.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Locale,
    Page,
    Site,
)

from network.models import Role, Unit, UnitRoleGroup
from network.publication.workflow import attach_network_workflow
from unitsites.eservices.defaults import ensure_default_forms
from unitsites.indexing import indexing_held
from unitsites.models import UnitHomePage, UnitSiteSettings
from unitsites.publishing import system_publication
from unitsites.sections import SECTIONS

THAI, ENGLISH = "th", "en"

# Page permissions per unit role, granted on both language roots of the unit (WAGTAIL-NOTES §2).
# Editors never publish directly: approval publishes, as the approver (WAGTAIL-NOTES pitfall 4).
UNIT_PAGE_PERMISSIONS = {
    Role.EDITOR: ("add", "change", "lock"),
    Role.APPROVER: ("add", "change", "lock", "publish", "unlock"),
}
UNIT_COLLECTION_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
)
SHARED_COLLECTION_PERMISSIONS = ("wagtailimages.choose_image", "wagtaildocs.choose_document")
SHARED_COLLECTION_NAME = "ไฟล์ส่วนกลางของเครือข่าย (Shared)"
ADMIN_ACCESS = "wagtailadmin.access_admin"
# Per site, never global: a global change permission would open every unit's settings.
SITE_SETTINGS_PERMISSION = "unitsites.change_unitsitesettings"


@dataclass
class ProvisioningReport:
    """What one run created or changed; empty when the unit was already up to date."""

    unit: Unit
    changes: list = field(default_factory=list)

    def note(self, message):
        self.changes.append(message)

    @property
    def changed(self):
        return bool(self.changes)


def ensure_locales():
    thai, _ = Locale.objects.get_or_create(language_code=THAI)
    english, _ = Locale.objects.get_or_create(language_code=ENGLISH)
    return thai, english


def _permission(dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _publish(page, user):
    # Provisioning acts for the network: the central administrator who adds a unit holds no
    # page permissions, yet the unit's fixed pages must go live under their name in the log.
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user, skip_permission_checks=True)


def _ensure_home(unit, thai, report, user):
    home = UnitHomePage.objects.filter(unit=unit, locale=thai).first()
    if home is None:
        home = UnitHomePage(title=unit.name_th, slug=slugify(unit.code) or "unit", unit=unit)
        Page.get_first_root_node().add_child(instance=home)
        _publish(home, user)
        report.note(f"created Thai home page {home.url_path}")
    elif home.title != unit.name_th:
        home.title = unit.name_th
        _publish(home, user)
        report.note("renamed Thai home page")
    return home


def _ensure_translation(page, english, title, report, user):
    translation = page.get_translation_or_none(english)
    if translation is None:
        translation = page.copy_for_translation(english)
        translation.title = title
        _publish(translation, user)
        report.note(f"created English page {translation.url_path}")
    elif translation.title != title and page.depth == 2:
        translation.title = title
        _publish(translation.specific, user)
        report.note("renamed English home page")
    return translation.specific


def _ensure_site(unit, home, report):
    site = unit.site
    if site is None:
        site = Site.objects.create(
            hostname=unit.hostname, port=80, root_page=home, site_name=unit.name_th
        )
        report.note(f"created site {site.hostname}")
        return site
    wanted = {"hostname": unit.hostname, "root_page_id": home.pk, "site_name": unit.name_th}
    stale = {name: value for name, value in wanted.items() if getattr(site, name) != value}
    if stale:
        for name, value in stale.items():
            setattr(site, name, value)
        site.save()
        report.note(f"updated site ({', '.join(sorted(stale))})")
    return site


def _ensure_fixed_pages(parent, sections, english, report, user):
    """Create each fixed page under `parent` (Thai) that is missing, and its English twin."""
    for section in sections:
        page = Page.objects.child_of(parent).filter(slug=section.slug).first()
        if page is None:
            page = section.model_class(title=section.title_th, slug=section.slug)
            parent.add_child(instance=page)
            _publish(page, user)
            report.note(f"created {page.url_path}")
        _ensure_translation(page, english, section.title_en, report, user)
        _ensure_fixed_pages(page, section.children, english, report, user)


def _ensure_collection(unit, report):
    collection = unit.collection
    name = f"{unit.name_th} ({unit.code})"
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=name)
        report.note("created media collection")
    elif collection.name != name:
        collection.name = name
        collection.save()
        report.note("renamed media collection")
    return collection


def shared_collection():
    collection = Collection.objects.filter(name=SHARED_COLLECTION_NAME, depth=2).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=SHARED_COLLECTION_NAME)
    return collection


def role_group(role, unit=None):
    """The group that carries `role` (for `unit` when the role is a unit role), made if missing."""
    link = UnitRoleGroup.objects.filter(role=role, unit=unit).select_related("group").first()
    if link is not None:
        return link.group
    # Named in the portal's language (Thai), whatever language the command or migration runs in.
    with translation.override(settings.LANGUAGE_CODE):
        label = str(Role(role).label)
    name = f"{unit.code}: {label}" if unit else label
    group, _ = Group.objects.get_or_create(name=name)
    UnitRoleGroup.objects.create(role=role, unit=unit, group=group)
    return group


def _grant(model, report, **fields):
    _, created = model.objects.get_or_create(**fields)
    if created:
        report.note(f"granted {fields['permission'].codename} to {fields['group'].name}")


def _ensure_unit_groups(unit, roots, collection, report):
    page_permission = {
        codename: _permission(f"wagtailcore.{codename}_page")
        for codenames in UNIT_PAGE_PERMISSIONS.values()
        for codename in codenames
    }
    collection_permissions = [_permission(name) for name in UNIT_COLLECTION_PERMISSIONS]
    shared_permissions = [_permission(name) for name in SHARED_COLLECTION_PERMISSIONS]
    shared = shared_collection()
    admin_access = _permission(ADMIN_ACCESS)
    for role, codenames in UNIT_PAGE_PERMISSIONS.items():
        group = role_group(role, unit)
        if not group.permissions.filter(pk=admin_access.pk).exists():
            group.permissions.add(admin_access)
            report.note(f"gave {group.name} admin access")
        for root in roots:
            for codename in codenames:
                _grant(
                    GroupPagePermission,
                    report,
                    group=group,
                    page=root,
                    permission=page_permission[codename],
                )
        for permission in collection_permissions:
            _grant(
                GroupCollectionPermission,
                report,
                group=group,
                collection=collection,
                permission=permission,
            )
        for permission in shared_permissions:
            _grant(
                GroupCollectionPermission,
                report,
                group=group,
                collection=shared,
                permission=permission,
            )


def _ensure_site_settings(unit, site, report):
    """The settings row (a first read would otherwise insert it, even on a public GET:
    WAGTAIL-NOTES §7), editable by the unit's editors and approvers on this site only."""
    _, created = UnitSiteSettings.objects.get_or_create(site=site)
    if created:
        report.note("created site settings")
    permission = _permission(SITE_SETTINGS_PERMISSION)
    for role in UNIT_PAGE_PERMISSIONS:
        _grant(
            GroupSitePermission,
            report,
            group=role_group(role, unit),
            site=site,
            permission=permission,
        )


def _ensure_workflow(roots, report):
    """The publication workflow covers both language trees (WAGTAIL-NOTES §4)."""
    for root in roots:
        if attach_network_workflow(root):
            report.note(f"attached the publication workflow to {root.url_path}")


@transaction.atomic
def provision_unit(unit, user=None):
    """Bring `unit`'s site, pages (Thai and English), media collection and groups up to date."""
    with system_publication("a unit's fixed pages, made by provisioning"), indexing_held():
        return _provision(unit, user)


def _provision(unit, user):
    thai, english = ensure_locales()
    report = ProvisioningReport(unit)
    home_th = _ensure_home(unit, thai, report, user)
    home_en = _ensure_translation(home_th, english, unit.name_en, report, user)
    site = _ensure_site(unit, home_th, report)
    _ensure_fixed_pages(home_th, SECTIONS, english, report, user)
    for form in ensure_default_forms(home_th, english, lambda page: _publish(page, user)):
        report.note(f"created {form.url_path}")
    collection = _ensure_collection(unit, report)
    _ensure_unit_groups(unit, [home_th, home_en], collection, report)
    _ensure_site_settings(unit, site, report)
    _ensure_workflow([home_th, home_en], report)
    if unit.site_id != site.pk or unit.collection_id != collection.pk:
        unit.site, unit.collection = site, collection
        unit.save(update_fields=["site", "collection"])
    return report
