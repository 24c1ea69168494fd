"""A unit page's address routed in one query (issue #16: query budgets).

Wagtail descends the tree a level at a time, two queries a level (the child, then its specific
row), then asks for the page's ancestors and their view restrictions in two more. A page's
`url_path` is its ancestors' slugs, so every page on the address comes in one query, with
whether any of them carries a view restriction, and with the home's fixed pages (the menu,
footer and feed links); the page found learns its unit home and its trail from the home down
(breadcrumbs), and the restrictions are asked for only if one exists.

Wagtail's rules are kept: only the page found must be live; a page that routes its own
addresses (RoutablePageMixin's sub-pages, a custom `route`) is handed the rest of the address,
unless it says `routes_unclaimed_addresses_only` and a live child page has the address.
"""

from django.db.models import BooleanField, ExpressionWrapper, Q
from django.http import Http404
from django.urls import Resolver404

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

from unitsites.sections import fixed_pages_filter, remember_fixed_pages
from unitsites.view_restrictions import restricted_here


def _routes_itself(page, remaining, live_child):
    """Whether Wagtail would hand `remaining` to the page's own routing rather than to
    `live_child`, the live child page the address names (or None)."""
    page_class = page.specific_class
    if page_class is None or page_class.route in (Page.route, _plain_route(page_class)):
        return False
    if live_child is not None and getattr(page_class, "routes_unclaimed_addresses_only", False):
        return False
    if issubclass(page_class, RoutablePageMixin) and page_class.route is RoutablePageMixin.route:
        if not page.live:
            return False
        try:
            page_class.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Resolver404:
            return False
    return True


def _plain_route(page_class):
    # The unit home's own route only adds a fallback around this module's.
    from unitsites.models import UnitHomePage

    return UnitHomePage.route if issubclass(page_class, UnitHomePage) else Page.route


def route_in_unit(home, request, components):
    """Wagtail's `home.route(request, components)` for a unit home, in two queries."""
    steplen = Page.steplen
    addresses = [
        home.url_path + "".join(f"{c}/" for c in components[:n])
        for n in range(1, len(components) + 1)
    ]
    on_address = Q(path__in=[home.path[: steplen * depth] for depth in range(1, home.depth + 1)])
    on_address |= Q(
        path__startswith=home.path,
        depth__gt=home.depth,
        depth__lte=home.depth + len(components),
        url_path__in=addresses,
    )
    fixed = fixed_pages_filter(home)
    rows = list(
        Page.objects.filter(on_address | fixed)
        .annotate(is_fixed=ExpressionWrapper(fixed, output_field=BooleanField()))
        .annotate(restricted=restricted_here("pk") | restricted_here("alias_of_id"))
        .select_related("locale")
        .order_by("path")
    )
    remember_fixed_pages(home, [row for row in rows if row.is_fixed])
    by_address = {row.url_path: row for row in rows if row.depth > home.depth}
    restricted = any(row.restricted for row in rows if row.depth <= home.depth)
    trail = [home]
    current = home
    for index, component in enumerate(components):
        child = by_address.get(f"{current.url_path}{component}/")
        live_child = child if child is not None and child.live else None
        if current is not home and _routes_itself(current, components[index:], live_child):
            return current.specific.route(request, components[index:])
        if child is None:
            raise Http404
        restricted = restricted or child.restricted
        if index + 1 < len(components):
            trail.append(child)
        current = child
    if current is home:
        home.locale = next(row.locale for row in rows if row.pk == home.pk)
        result = Page.route(home, request, [])
    else:
        found = current.specific_class._default_manager.select_related("locale").get(pk=current.pk)
        found._cached_parent_obj = trail[-1]
        result = found.route(request, [])
        found.__dict__["unit_home"] = home
        found.route_trail = trail
    result.page.known_unrestricted = not restricted
    return result
