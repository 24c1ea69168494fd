from django.urls import path

from network.twofactor.views import EnrolLinkView, IssueLinkView, SetupView, VerifyView

urlpatterns = [
    path("verify/", VerifyView.as_view(), name="network_twofactor_verify"),
    path("setup/", SetupView.as_view(), name="network_twofactor_setup"),
    path("enrol/<str:token>/", EnrolLinkView.as_view(), name="network_twofactor_enrol"),
    path("links/", IssueLinkView.as_view(), name="network_twofactor_links"),
]
