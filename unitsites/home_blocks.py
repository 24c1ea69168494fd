"""The blocks a unit's editors arrange on their home page: news, e-services, the contact strip
and links. A home with no blocks shows DEFAULT_LAYOUT, so a new unit's home is useful before
anyone touches it and provisioning writes nothing for it."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StreamValue

from unitsites.models.news import NewsKind, NewsPage
from unitsites.models.site_settings import UnitSiteSettings

# The sections a visitor looks for first, linked from the home page's link block.
KEY_SECTIONS = ("ita", "public-information", "citizen-guide", "about")


def _home(parent_context):
    return parent_context["page"].unit_home


def _section(home, slug):
    return home.get_children().live().filter(slug=slug).first()


class NewsListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"), required=False, help_text=_("Leave empty for “News and announcements”.")
    )
    kind = blocks.ChoiceBlock(
        label=_("kind"),
        choices=NewsKind.choices,
        required=False,
        help_text=_("Leave empty to list every kind."),
    )
    count = blocks.IntegerBlock(label=_("number of items"), default=5, min_value=1, max_value=20)

    class Meta:
        icon = "list-ul"
        template = "unitsites/home_blocks/news_list.html"
        label = _("Latest news")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        home = _home(parent_context)
        news = NewsPage.objects.descendant_of(home).live().public().order_by("-date", "-pk")
        if value["kind"]:
            news = news.filter(kind=value["kind"])
        context.update(news=news[: value["count"]], section=_section(home, "news"))
        return context


class ServicesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"), required=False, help_text=_("Leave empty for “e-Services”.")
    )

    class Meta:
        icon = "form"
        template = "unitsites/home_blocks/services.html"
        label = _("e-Services")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        section = _section(_home(parent_context), "e-services")
        context.update(
            section=section,
            services=section.get_children().live().public().order_by("path") if section else [],
        )
        return context


class ContactStripBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"), required=False, help_text=_("Leave empty for “Contact us”.")
    )

    class Meta:
        icon = "mail"
        template = "unitsites/home_blocks/contact_strip.html"
        label = _("Hotline and contact details")
        help_text = _("The telephone, e-mail, address and opening hours from the site settings.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        home = _home(parent_context)
        unit_settings = UnitSiteSettings.for_site(home.unit.site) if home.unit.site else None
        language = get_language()
        context.update(
            unit_settings=unit_settings,
            address=unit_settings.address_for(language) if unit_settings else "",
            opening_hours=unit_settings.opening_hours_for(language) if unit_settings else "",
            contact_page=home.get_descendants()
            .live()
            .filter(slug="contact", depth=home.depth + 2)
            .first(),
        )
        return context


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("Link")


class LinksBlock(blocks.StructBlock):
    heading = blocks.CharBlock(
        label=_("heading"),
        required=False,
        help_text=_("Leave empty for “Transparency and information”."),
    )
    links = blocks.ListBlock(
        LinkBlock(),
        label=_("more links"),
        default=[],
        help_text=_("Shown after the links to ITA, public information and the citizen's manual."),
    )

    class Meta:
        icon = "link"
        template = "unitsites/home_blocks/links.html"
        label = _("Links")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        home = _home(parent_context)
        order = {slug: index for index, slug in enumerate(KEY_SECTIONS)}
        sections = home.get_children().live().filter(slug__in=order)
        context["sections"] = sorted(sections, key=lambda page: order[page.slug])
        return context


class HomeBlock(blocks.StreamBlock):
    news = NewsListBlock()
    services = ServicesBlock()
    contact = ContactStripBlock()
    links = LinksBlock()
    text = blocks.RichTextBlock(
        label=_("Text"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"]
    )


DEFAULT_LAYOUT = ("contact", "news", "services", "links")


def default_layout():
    """The home page's blocks when its editors have chosen none."""
    stream_block = HomeBlock()
    return StreamValue(
        stream_block,
        [(name, stream_block.child_blocks[name].get_default()) for name in DEFAULT_LAYOUT],
    )
