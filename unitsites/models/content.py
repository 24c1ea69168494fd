from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import StreamField
from wagtail.search import index

from unitsites.blocks import BodyBlock

from .base import UnitPage
from .publication import PublicationRequestMixin


class Topic(models.TextChoices):
    """What a general-information page is about, so completeness can be checked
    (the office's rule §1 category 1; REQUIREMENTS C-01, C-02, C-05, C-06, C-12)."""

    # A context of its own: Wagtail's admin uses "History" for a page's revisions.
    HISTORY = "history", pgettext_lazy("organisation topic", "History")
    VISION_MISSION = "vision-mission", _("Vision, mission and values")
    DUTIES_POWERS = "duties-powers", _("Duties and powers")
    EXECUTIVE_POLICY = "executive-policy", _("Executive policy")
    STRATEGY_PLANS = "strategy-plans", _("Strategy and action plans")
    BUDGET = "budget", _("Plans, projects and annual budget")
    PERFORMANCE_REPORT = "performance-report", _("Performance agreement and report")


# Assessors check these for the current and the previous fiscal year (REQUIREMENTS C-12).
TOPICS_NEEDING_FISCAL_YEAR = {Topic.BUDGET, Topic.PERFORMANCE_REPORT}


class ContentPage(PublicationRequestMixin, UnitPage):
    """A page of text, images, tables and documents: history, vision, plans, reports, policies."""

    topic = models.CharField(
        _("topic"),
        max_length=32,
        choices=Topic.choices,
        blank=True,
        help_text=_(
            "Which required item of the general information this page is, if any; "
            "leave empty for other pages."
        ),
    )
    fiscal_year = models.PositiveSmallIntegerField(
        _("fiscal year (B.E.)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2500), MaxValueValidator(2700)],
        help_text=_(
            "The Thai fiscal year this page covers, in the Buddhist Era (e.g. 2569). "
            "Required for budgets and performance reports."
        ),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    search_fields = UnitPage.search_fields + [index.SearchField("body")]
    content_panels = (
        UnitPage.content_panels
        + [FieldRowPanel([FieldPanel("topic"), FieldPanel("fiscal_year")]), FieldPanel("body")]
        + PublicationRequestMixin.publication_request_panels
    )
    subpage_types = ["unitsites.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")

    def clean(self):
        super().clean()
        if self.topic in TOPICS_NEEDING_FISCAL_YEAR and not self.fiscal_year:
            raise ValidationError(
                {"fiscal_year": _("Give the fiscal year this budget or report covers.")}
            )
