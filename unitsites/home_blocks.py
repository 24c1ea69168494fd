"""The blocks a unit's editors arrange on their home page: news, e-services, the contact strip
and links. A home with no blocks shows DEFAULT_LAYOUT, so a new unit's home is useful before
anyone touches it and provisioning writes nothing for it."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks import StreamValue

from unitsites.models.news import NewsKind, NewsPage
from unitsites.models.site_settings import UnitSiteSettings
from unitsites.sections import fixed_page, section_pages
from unitsites.view_restrictions import public

# The sections a visitor looks for first, linked from the home page's link block.
KEY_SECTIONS = ("ita", "public-information", "citizen-guide", "about")


def heading_block(help_text):
    """The block's own heading; `help_text` names the standard one used when it is left empty."""
    return blocks.CharBlock(label=_("heading"), required=False, help_text=help_text)


class UnitHomeBlock(blocks.StructBlock):
    """A block that shows part of its unit's site: `contents` gives what its template lists."""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context.update(self.contents(parent_context["page"].unit_home, value))
        return context

    def contents(self, home, value):
        raise NotImplementedError


def _section(home, slug):
    return next((page for page in section_pages(home) if page.slug == slug), None)


class NewsListBlock(UnitHomeBlock):
    heading = heading_block(_("Leave empty for “News and announcements”."))
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

    def contents(self, home, value):
        news = public(NewsPage.objects.descendant_of(home).live()).order_by("-date", "-pk")
        if value["kind"]:
            news = news.filter(kind=value["kind"])
        return {"news": news[: value["count"]], "section": _section(home, "news")}


class ServicesBlock(UnitHomeBlock):
    heading = heading_block(_("Leave empty for “e-Services”."))

    class Meta:
        icon = "form"
        template = "unitsites/home_blocks/services.html"
        label = _("e-Services")

    def contents(self, home, value):
        section = _section(home, "e-services")
        services = public(section.get_children().live()).order_by("path") if section else []
        return {"section": section, "services": services}


class ContactStripBlock(UnitHomeBlock):
    heading = heading_block(_("Leave empty for “Contact us”."))

    class Meta:
        icon = "mail"
        template = "unitsites/home_blocks/contact_strip.html"
        label = _("Hotline and contact details")
        help_text = _("The telephone, e-mail, address and opening hours from the site settings.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        home = parent_context["page"].unit_home
        context["unit_settings"] = self.unit_settings(home, parent_context.get("request"))
        language = get_language()
        unit_settings = context["unit_settings"]
        context["address"] = unit_settings.address_for(language) if unit_settings else ""
        context["opening_hours"] = (
            unit_settings.opening_hours_for(language) if unit_settings else ""
        )
        return context

    @staticmethod
    def unit_settings(home, request):
        """The settings of the home's site: the request's own (read once per request) when
        the request is on that site."""
        url_parts = home.get_url_parts(request)
        if request is not None and url_parts is not None:
            request_settings = UnitSiteSettings.for_request(request)
            if request_settings.site_id == url_parts[0]:
                return request_settings
        return UnitSiteSettings.for_site(home.unit.site) if home.unit.site else None

    def contents(self, home, value):
        return {"contact_page": fixed_page(home, "contact")}


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    url = blocks.URLBlock(label=_("address"))

    class Meta:
        icon = "link"
        label = _("Link")


class LinksBlock(UnitHomeBlock):
    heading = heading_block(_("Leave empty for “Transparency and information”."))
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

    def contents(self, home, value):
        sections = {page.slug: page for page in section_pages(home)}
        return {"sections": [sections[slug] for slug in KEY_SECTIONS if slug in sections]}


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
