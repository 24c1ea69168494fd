"""What a unit attaches to a slot (a sub-item of a year's ITA template) as its evidence: one of
its own pages or one document of its collection (REQUIREMENTS C-27)."""

from functools import reduce
from operator import or_

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import Document
from wagtail.models import Collection, Page

from network.models import Unit

from .ita_template import ItaSubitem


def pages_of(units):
    """The pages of the units' sites, in both languages."""
    from .home import UnitHomePage

    homes = UnitHomePage.objects.filter(unit__in=units).values_list("path", flat=True)
    inside = reduce(or_, (models.Q(path__startswith=path) for path in homes), models.Q(pk__in=[]))
    return Page.objects.filter(inside)


def documents_of(units):
    """The documents in the units' collections and the collections under them."""
    collections = Collection.objects.filter(unit__in=units).values_list("path", flat=True)
    inside = reduce(
        or_,
        (models.Q(collection__path__startswith=path) for path in collections),
        models.Q(pk__in=[]),
    )
    return Document.objects.filter(inside)


class ItaEvidence(models.Model):
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.CASCADE, related_name="ita_evidence"
    )
    subitem = models.ForeignKey(
        ItaSubitem,
        verbose_name=_("ITA sub-item"),
        on_delete=models.CASCADE,
        related_name="evidence",
    )
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        _("label"), max_length=255, blank=True, help_text=_("Leave empty to show the title.")
    )

    class Meta:
        ordering = ["subitem__item__number", "subitem__position", "pk"]
        verbose_name = _("ITA evidence")
        verbose_name_plural = _("ITA evidence")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(page__isnull=True, document__isnull=False)
                | models.Q(page__isnull=False, document__isnull=True),
                name="ita_evidence_is_a_page_or_a_document",
            )
        ]

    def __str__(self):
        return f"{self.subitem.code}: {self.title}"

    @property
    def title(self):
        target = self.page or self.document
        return self.label or (target.title if target else "")

    def clean(self):
        if bool(self.page_id) == bool(self.document_id):
            raise ValidationError(_("Choose either a page or a document."))
        if not self.unit_id or not self.subitem_id:
            return
        errors = {}
        if not self.subitem.applies_to(self.unit.kind):
            errors["subitem"] = _("This sub-item does not apply to this kind of unit.")
        elif self.subitem.heading:
            errors["subitem"] = _("A heading wants no evidence; choose a sub-item under it.")
        if self.page_id and not pages_of([self.unit]).filter(pk=self.page_id).exists():
            errors["page"] = _("Choose one of this unit's own pages.")
        if self.document_id and not documents_of([self.unit]).filter(pk=self.document_id).exists():
            errors["document"] = _("Choose a document of this unit's collection.")
        if errors:
            raise ValidationError(errors)
