"""Wagtail's admin API, with its publish action made all-or-nothing: when the guard
(network.publication.guard) refuses a publication, none of Wagtail's earlier steps remain; and
query parameters holding control characters (PostgreSQL refuses NUL) answered with a 400."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction

from wagtail.admin.api.actions.copy import CopyPageAPIAction
from wagtail.admin.api.actions.publish import PublishPageAPIAction
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.api.v2.utils import BadRequestError

from rest_framework.exceptions import ValidationError

from unitsites.references import refuse_copy
from web.plaintext import without_control_characters


class AllOrNothingPublishAction(PublishPageAPIAction):
    def execute(self, instance, data):
        with transaction.atomic():
            return super().execute(instance, data)


class UnitBoundCopyAction(CopyPageAPIAction):
    """Wagtail's copy, refused with a 400 when the copy would use another unit's objects."""

    def _action_from_data(self, instance, data):
        action = super()._action_from_data(instance, data)
        try:
            refuse_copy(instance, action.to, data["recursive"])
        except DjangoValidationError as error:
            raise ValidationError({"destination_page_id": error.messages}) from error
        return action


class NetworkPagesAdminAPIViewSet(PagesAdminAPIViewSet):
    actions = {
        **PagesAdminAPIViewSet.actions,
        "publish": AllOrNothingPublishAction,
        "copy": UnitBoundCopyAction,
    }

    def check_query_parameters(self, queryset):
        for name, value in self.request.GET.items():
            if without_control_characters(value) != value:
                raise BadRequestError(f"control characters in the query parameter '{name}'")
        super().check_query_parameters(queryset)
