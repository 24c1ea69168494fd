from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from unitsites.view_restrictions import public

from .base import StructuralPage


class SectionPage(StructuralPage):
    """One of the categories every unit site carries; lists the items filed under it."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A short text shown above the list of items in this section."),
    )

    content_panels = StructuralPage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["unitsites.UnitHomePage"]
    max_count_per_parent = 1
    items_per_page = 20

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        return [super().get_template(request, *args, **kwargs), "unitsites/section_page.html"]

    def listed_items(self, request):
        """The live items of this section, newest first. Sections may refine this. Each is of
        its own class but read from the page table alone: the list shows titles."""
        return (
            public(self.get_children().live()).specific(defer=True).order_by("-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.listed_items(request), self.items_per_page)
        context["items"] = paginator.get_page(request.GET.get("page"))
        return context
