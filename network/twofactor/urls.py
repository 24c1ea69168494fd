from django.urls import path

from network.twofactor.views import SetupView, VerifyView

urlpatterns = [
    path("verify/", VerifyView.as_view(), name="network_twofactor_verify"),
    path("setup/", SetupView.as_view(), name="network_twofactor_setup"),
]
