"""StreamField blocks for the body of every unit page."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class ImageBlock(blocks.StructBlock):
    """An image with the text alternative screen readers need (WCAG 1.1.1) and a caption."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption")


class DocumentItemBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("title"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the document's own title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class DocumentListBlock(blocks.StructBlock):
    """Downloadable files, each shown with its file type and size."""

    heading = blocks.CharBlock(label=_("heading"), required=False, max_length=255)
    documents = blocks.ListBlock(DocumentItemBlock(), label=_("documents"), min_num=1)

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/document_list_block.html"
        label = _("Documents")
        description = _("A list of files to download")


class MapBlock(blocks.StructBlock):
    """A location on a map, from latitude and longitude; needs no map service key."""

    label = blocks.CharBlock(label=_("place name"), max_length=255)
    latitude = blocks.DecimalBlock(label=_("latitude"), max_digits=9, decimal_places=6)
    longitude = blocks.DecimalBlock(label=_("longitude"), max_digits=9, decimal_places=6)
    zoom = blocks.IntegerBlock(label=_("zoom"), default=16, min_value=3, max_value=19)

    class Meta:
        icon = "site"
        template = "blocks/map_block.html"
        label = _("Map")
        description = _("A location on a map")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        span = 0.01 * 2 ** (16 - value["zoom"])
        lat, lon = float(value["latitude"]), float(value["longitude"])
        context["bbox"] = (
            f"{lon - span:.6f},{lat - span * 0.8:.6f},{lon + span:.6f},{lat + span * 0.8:.6f}"
        )
        return context

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not -90 <= value["latitude"] <= 90:
            errors["latitude"] = ValidationError(_("Latitude runs from -90 to 90."))
        if not -180 <= value["longitude"] <= 180:
            errors["longitude"] = ValidationError(_("Longitude runs from -180 to 180."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class BodyBlock(blocks.StreamBlock):
    """The body of a unit page."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="blocks/paragraph_block.html"
    )
    image = ImageBlock()
    documents = DocumentListBlock()
    table = TableBlock(label=_("Table"), template="blocks/table_block.html")
    map = MapBlock()

    class Meta:
        block_counts = {}


class EvidenceLinkBlock(blocks.StructBlock):
    """One piece of evidence: a page of the site, a document, or an outside address."""

    label = blocks.CharBlock(
        label=_("link text"),
        required=False,
        max_length=255,
        help_text=_("Leave empty to use the title of the chosen page or document."),
    )
    page = blocks.PageChooserBlock(label=_("page"), required=False)
    document = DocumentChooserBlock(label=_("document"), required=False)
    url = blocks.URLBlock(label=_("outside address"), required=False)

    class Meta:
        icon = "link"
        label = _("Evidence")

    def clean(self, value):
        value = super().clean(value)
        targets = [name for name in ("page", "document", "url") if value.get(name)]
        if len(targets) != 1:
            raise blocks.StructBlockValidationError(
                non_block_errors=[
                    ValidationError(_("Choose exactly one of a page, a document or an address."))
                ]
            )
        if value.get("url") and not value.get("label"):
            raise blocks.StructBlockValidationError(
                block_errors={"label": ValidationError(_("An outside address needs link text."))}
            )
        return value


class MoitItemBlock(blocks.StructBlock):
    """One item of the MOPH ITA assessment (MOIT 1-22) with the evidence that answers it."""

    code = blocks.CharBlock(
        label=_("item code"),
        max_length=20,
        help_text=_('As the assessment names it, e.g. "MOIT 1".'),
    )
    title = blocks.CharBlock(
        label=_("item title"),
        max_length=500,
        help_text=_("The item's wording in this fiscal year's assessment guide."),
    )
    links = blocks.ListBlock(EvidenceLinkBlock(), label=_("evidence"), min_num=0)

    class Meta:
        icon = "list-ul"
        template = "blocks/moit_item_block.html"
        label = _("MOIT item")
        description = _("An assessment item and the links to its evidence")


class TransparencyEvidenceBlock(blocks.StreamBlock):
    """The evidence of one fiscal year, item by item."""

    item = MoitItemBlock()
