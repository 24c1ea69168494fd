"""wagtail.users, configured with the network's user admin (network.users)."""

from wagtail.users.apps import WagtailUsersAppConfig


class NetworkUsersAppConfig(WagtailUsersAppConfig):
    user_viewset = "network.users.NetworkUserViewSet"
    group_viewset = "network.users.NetworkGroupViewSet"
