"""View restrictions asked inside the query that needs them (issue #16: query budgets).

Wagtail's `PageQuerySet.public()` first reads every view restriction of the network and adds
one condition per restricted section to the query: a query more, and a query that grows with
the network. Here the same rule (a page under a restricted page, itself included, is private)
is one subquery of constant size.
"""

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr

from wagtail.models import Page, PageViewRestriction


def restricted_here(page_field):
    """True where a restriction sits on the page `page_field` names (the page itself only)."""
    return Exists(PageViewRestriction.objects.filter(page_id=OuterRef(page_field)))


def public(pages):
    """`pages.public()` in the same query: without the pages in a restricted section."""
    above = PageViewRestriction.objects.annotate(
        prefix=Substr(OuterRef("path"), 1, Length("page__path"))
    ).filter(page__path=F("prefix"))
    return pages.exclude(Exists(above))


def restrictions_on_path(page):
    """`page.get_view_restrictions()` in one query: the restrictions on the page and its
    ancestors, an alias's being its source page's (Wagtail asks for the ancestors first)."""
    on_path = Page.objects.filter(
        path__in=[page.path[: Page.steplen * depth] for depth in range(1, page.depth + 1)]
    )
    return PageViewRestriction.objects.filter(
        Q(page__in=on_path.filter(alias_of__isnull=True).values("pk"))
        | Q(page__in=on_path.values("alias_of"))
    )
