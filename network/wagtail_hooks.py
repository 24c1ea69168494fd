from wagtail import hooks

from network.isolation import scope_pages
from network.views.units import unit_viewset


@hooks.register("register_admin_viewset")
def register_unit_viewset():
    return unit_viewset


@hooks.register("construct_page_chooser_queryset")
def page_chooser_shows_own_unit(pages, request):
    return scope_pages(pages, request.user)
