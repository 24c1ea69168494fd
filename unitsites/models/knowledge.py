"""Knowledge (category 3): research, articles, case studies, statistics, GIS data and e-books,
each with its references and a publication date and time (the office's rule §1 category 3)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from unitsites.blocks import BodyBlock
from unitsites.view_restrictions import public

from .base import UnitPage
from .location import LocationMixin
from .publication import PublicationRequestMixin
from .section import SectionPage


class KnowledgeKind(models.TextChoices):
    RESEARCH = "research", _("Research")
    ARTICLE = "article", _("Article")
    CASE_STUDY = "case-study", _("Case study")
    STATISTICS = "statistics", _("Statistics")
    GIS = "gis", _("GIS data")
    EBOOK = "e-book", _("E-book")


class KnowledgeSection(SectionPage):
    """Knowledge: องค์ความรู้ งานวิจัย บทความ และสถิติ. Visitors can show one kind at a time."""

    subpage_types = ["unitsites.KnowledgePage"]

    class Meta:
        verbose_name = _("Knowledge section")
        verbose_name_plural = _("Knowledge sections")

    @staticmethod
    def selected_kind(request):
        kind = request.GET.get("kind", "")
        return kind if kind in KnowledgeKind.values else ""

    def listed_items(self, request):
        items = (
            public(KnowledgePage.objects.child_of(self).live())
            .select_related("document")
            .order_by("-published_at")
        )
        kind = self.selected_kind(request)
        return items.filter(kind=kind) if kind else items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["kinds"] = KnowledgeKind.choices
        context["selected_kind"] = self.selected_kind(request)
        return context


class KnowledgePage(LocationMixin, PublicationRequestMixin, UnitPage):
    """One piece of knowledge the unit shares, with its authors, references and date stamp."""

    kind = models.CharField(_("kind"), max_length=16, choices=KnowledgeKind.choices)
    authors = models.CharField(
        _("authors"),
        max_length=500,
        help_text=_("The people or the group who wrote or compiled it."),
    )
    published_at = models.DateTimeField(
        _("date and time of publication"),
        default=timezone.now,
        help_text=_("Shown on the page as its date stamp."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("Two or three sentences shown in the list.")
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The text, tables and attachments."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("main file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The full text (research report, e-book) or the data file."),
    )
    references = RichTextField(
        _("references"),
        features=["ol", "ul", "italic", "link"],
        help_text=_("Where the information comes from: the sources and works cited."),
    )

    search_fields = UnitPage.search_fields + [
        index.SearchField("authors"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    content_panels = (
        UnitPage.content_panels
        + [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("published_at")]),
            FieldPanel("authors"),
            FieldPanel("summary"),
            FieldPanel("body"),
            FieldPanel("document"),
            FieldPanel("references"),
            MultiFieldPanel(
                LocationMixin.location_panels,
                heading=_("Place on the map (required for GIS data)"),
            ),
        ]
        + PublicationRequestMixin.publication_request_panels
    )
    parent_page_types = ["unitsites.KnowledgeSection"]
    subpage_types = []

    class Meta:
        verbose_name = _("knowledge item")
        verbose_name_plural = _("knowledge items")

    def clean(self):
        super().clean()
        if self.kind == KnowledgeKind.GIS and not self.has_location:
            message = _("GIS data is shown on a map: give its latitude and longitude.")
            raise ValidationError(
                {name: message for name in ("latitude", "longitude") if getattr(self, name) is None}
            )
