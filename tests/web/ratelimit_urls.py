"""A test-only URLconf: a public submission view behind web.ratelimit, beside the admin
(whose URLs the portal's middleware looks up)."""

from django.http import HttpResponse
from django.urls import include, path

from wagtail.admin import urls as wagtailadmin_urls

from web.ratelimit import limit_submissions


@limit_submissions("test-form", rate="3/m")
def submit(request):
    return HttpResponse("ok")


urlpatterns = [path("submit/", submit), path("admin/", include(wagtailadmin_urls))]
