"""Wagtail's admin API, with its publish action made all-or-nothing: when the guard
(network.publication.guard) refuses a publication, none of Wagtail's earlier steps remain."""

from django.db import transaction

from wagtail.admin.api.actions.publish import PublishPageAPIAction
from wagtail.admin.api.views import PagesAdminAPIViewSet


class AllOrNothingPublishAction(PublishPageAPIAction):
    def execute(self, instance, data):
        with transaction.atomic():
            return super().execute(instance, data)


class NetworkPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {**PagesAdminAPIViewSet.actions, "publish": AllOrNothingPublishAction}
