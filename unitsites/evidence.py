"""Pages that hold records kept as evidence (issue #11 item 6).

Publication records, verbal approvals, e-service submissions and board questions point at their
page with PROTECT, so the database refuses to delete a page that holds any, or an ancestor of
one. Such a page is archived instead (unpublished, kept with its records); the records leave
only through the retention purge. This module reads those foreign keys themselves, so what the
admin refuses is exactly what the database refuses.
"""

import functools
import operator

from django.apps import apps
from django.db import models
from django.utils.translation import gettext as _

from wagtail.models import Page


@functools.cache
def _protecting_keys():
    """(model, attname) of every foreign key that forbids deleting the page it points at."""
    return tuple(
        (model, field.attname)
        for model in apps.get_models()
        if not model._meta.proxy
        for field in model._meta.local_fields
        if isinstance(field, models.ForeignKey)
        and field.remote_field.on_delete is models.PROTECT
        and issubclass(field.related_model, Page)
    )


def _subtrees(pages):
    """The pages and every page under them."""
    return Page.objects.filter(
        functools.reduce(operator.or_, (models.Q(path__startswith=page.path) for page in pages))
    )


def holds_records(page):
    """Whether the page or a page under it holds records kept as evidence (one query)."""
    held = functools.reduce(
        operator.or_,
        (
            models.Exists(model._base_manager.filter(**{attname: models.OuterRef("pk")}))
            for model, attname in _protecting_keys()
        ),
    )
    return _subtrees([page]).filter(held).exists()


def records_held(pages):
    """{plural name of the records: how many} held by `pages` and the pages under them."""
    subtree = _subtrees(pages).values("pk")
    counts = {}
    for model, attname in _protecting_keys():
        count = model._base_manager.filter(**{f"{attname}__in": subtree}).count()
        if count:
            name = str(model._meta.verbose_name_plural)
            counts[name] = counts.get(name, 0) + count
    return counts


def deletion_refused_message(counts):
    """Why pages holding `counts` (from records_held) cannot be deleted, and what to do instead."""
    records = ", ".join(
        _("%(records)s: %(count)d") % {"records": name, "count": count}
        for name, count in counts.items()
    )
    return _(
        "This cannot be deleted: it or a page under it holds records kept as evidence "
        "(%(records)s). Unpublish it instead to archive it: it leaves the website and stays in "
        "the admin with its records."
    ) % {"records": records}
