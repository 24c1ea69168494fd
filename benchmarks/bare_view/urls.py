"""The portal's URLs plus /bench-bare/<size>/: `size` bytes from a view that reads nothing,
served through the same middleware, the yardstick of a page's requests per second."""

from django.http import HttpResponse
from django.urls import path
from django.views.decorators.cache import never_cache

from config.urls import urlpatterns as portal_urlpatterns


@never_cache  # the same work on every request, page cache on or off
def bare(request, size):
    return HttpResponse(b"x" * size)


urlpatterns = [path("bench-bare/<int:size>/", bare), *portal_urlpatterns]
