from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.search import search
from network.isolation import explorer_urls, report_urls
from unitsites import page_urls
from unitsites.views import site_files
from unitsites.views.page_deletion import delete_page

urlpatterns = [
    # Before Wagtail's admin, to replace the reports that would show other units' pages.
    path("admin/reports/", include(report_urls)),
    # Before Wagtail's admin, to refuse listing under another unit's pages.
    path("admin/pages/", include(explorer_urls)),
    # Before Wagtail's admin, to explain why a page that holds records is not deleted.
    path("admin/pages/<int:page_id>/delete/", delete_page, name="unitsites_delete_page"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # One of each per site, whatever the language (they list or serve both).
    path("robots.txt", site_files.robots_txt, name="robots_txt"),
    path("sitemap.xml", site_files.sitemap_xml, name="sitemap"),
    path("theme.css", site_files.theme_css, name="unit_theme"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("", include(page_urls)),
    prefix_default_language=False,
)
