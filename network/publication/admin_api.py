"""Wagtail's admin API, with its publish action made all-or-nothing: when the guard
(network.publication.guard) refuses a publication, none of Wagtail's earlier steps remain; and
query parameters holding control characters (PostgreSQL refuses NUL) answered with a 400."""

from django.db import transaction

from wagtail.admin.api.actions.publish import PublishPageAPIAction
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.api.v2.utils import BadRequestError

from web.plaintext import without_control_characters


class AllOrNothingPublishAction(PublishPageAPIAction):
    def execute(self, instance, data):
        with transaction.atomic():
            return super().execute(instance, data)


class NetworkPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {**PagesAdminAPIViewSet.actions, "publish": AllOrNothingPublishAction}

    def check_query_parameters(self, queryset):
        for name, value in self.request.GET.items():
            if without_control_characters(value) != value:
                raise BadRequestError(f"control characters in the query parameter '{name}'")
        super().check_query_parameters(queryset)
