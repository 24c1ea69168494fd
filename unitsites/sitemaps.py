"""The sitemap of one site: its live public pages in every language, never another site's."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from unitsites.view_restrictions import public


class SiteSitemap(Sitemap):
    """Wagtail's own sitemap lists only the tree of `Site.root_page` (the Thai one); the English
    pages live under the root's translation, beside it, so list every translation's tree."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True).live()
        paths = [root.path for root in roots]
        if not paths:
            return Page.objects.none()
        in_a_root = Q()
        for path in paths:
            in_a_root |= Q(path__startswith=path)
        # Each page as its own class (a type may say more about itself) with only the fields
        # every page has: one query, however many page types the site uses.
        return public(Page.objects.filter(in_a_root).live()).order_by("path").specific(defer=True)
