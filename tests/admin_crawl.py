"""The admin screens each role works in, and a crawl that reaches them and every sidebar entry
from them. Tests that judge the admin as a whole (it reads in Thai; it is valid HTML) share it."""

import json
import re

from django.urls import resolve, reverse

from network.models import Role
from network.provisioning import role_group
from tests.conftest import user_named
from tests.network.conftest import REQUEST, XHR, workflow_action_url
from unitsites.models import ContentPage, UnitHomePage

NETWORK_SCREENS = [
    "wagtailadmin_reports:locked_pages",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:page_types_usage",
]
CENTRAL_SCREENS = [
    "wagtailusers_users:index",
    "wagtailusers_users:add",
    "wagtailusers_groups:index",
    "wagtailsites:index",
    "wagtailadmin_workflows:index",
    "wagtailadmin_workflows:task_index",
    "wagtailadmin_collections:index",
    "wagtailredirects:index",
    "wagtaillocales:index",
]
ROLES = {
    "editor-h-a": [],
    "approver-h-a": [],
    "moderator": NETWORK_SCREENS,
    "central-admin": NETWORK_SCREENS + CENTRAL_SCREENS,
}


def journey_pages(unit):
    """The unit's Thai home, a section, and a content page waiting on the approver's review."""
    home = UnitHomePage.objects.get(unit=unit, locale__language_code="th")
    about = home.get_children().get(slug="about")
    page = ContentPage(title="รณรงค์ฉีดวัคซีนไข้หวัดใหญ่", slug="flu-vaccine", live=False, **REQUEST)
    about.add_child(instance=page)
    page.save_revision(user=user_named("editor-h-a"))
    page.get_workflow().start(page, user_named("editor-h-a"))
    return {"home": home, "section": about, "page": page}


def unit_screens(pages):
    home, section, page = pages["home"], pages["section"], pages["page"]
    return [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[home.pk]),
        reverse("wagtailadmin_explore", args=[section.pk]),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:edit", args=[home.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[section.pk]),
        reverse("wagtailadmin_pages:add", args=["unitsites", "contentpage", section.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        reverse("wagtailadmin_pages:move", args=[page.pk]),
        reverse("unitsites_delete_page", args=[page.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:add_multiple"),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:add_multiple"),
        reverse("wagtailadmin_account"),
        reverse("wagtailadmin_pages:search") + "?q=วัคซีน",
    ]


def role_screens(username, pages):
    """Every screen the role starts from: the unit's, the network's and its own."""
    urls = unit_screens(pages) + [reverse(name) for name in ROLES[username]]
    if username == "approver-h-a":
        urls += [workflow_action_url(pages["page"], action) for action in ("approve", "reject")]
    if username == "central-admin":
        editor_group = role_group(Role.EDITOR, pages["home"].unit)
        urls += [
            reverse("wagtailusers_users:edit", args=[user_named("editor-h-a").pk]),
            reverse("wagtailusers_groups:edit", args=[editor_group.pk]),
            reverse("units:edit", args=[pages["home"].unit.pk]),
            reverse("units:people", args=[pages["home"].unit.pk]),
        ]
    return urls


def menu_entries(html):
    """The sidebar's (label, url) entries: Wagtail renders its menus from JSON in a script."""
    match = re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)
    if not match:
        return []
    entries = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("label"), str):
                entries.append((node["label"], node.get("url") or ""))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(match.group(1)))
    return entries


def xhr_if_modal(url):
    """Workflow actions answer the admin's modal requests (XHR) with JSON-wrapped HTML."""
    return XHR if "/workflow/action/" in url else {}


def crawl(client, urls):
    """(url, view name, html, whether it is a modal's fragment) for every screen and every
    sidebar entry reached from them."""
    queue, seen = list(urls), set()
    while queue:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url, HTTP_HOST="localhost", follow=True, **xhr_if_modal(url))
        assert response.status_code == 200, (url, response.status_code)
        is_modal = response["Content-Type"].startswith("application/json")
        html = response.json()["html"] if is_modal else response.content.decode()
        queue.extend(
            link
            for _, link in menu_entries(html)
            if link.startswith("/admin/") and "logout" not in link
        )
        yield url, resolve(url.split("?")[0]).view_name, html, is_modal
