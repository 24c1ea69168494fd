"""The code page and the enrolment page of the admin's second factor, the one-time enrolment
link, and the central administrators' page that issues such links."""

import base64

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, View

import django_otp
import qrcode
import qrcode.image.svg
from django_otp.plugins.otp_totp.models import TOTPDevice

from network.models import EnrolmentLink
from network.twofactor import confirmed_devices
from network.twofactor.enrolment import (
    LinkRefused,
    absolute_url,
    end_enrolment,
    issue_link,
    may_enrol,
    open_link,
)
from network.views.central_admin import CentralAdminPageMixin


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("The six digits the app shows now."),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, devices, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.devices = devices
        self.device = None

    def clean_token(self):
        token = self.cleaned_data["token"].strip().replace(" ", "")
        for device in self.devices:
            allowed, _details = device.verify_is_allowed()
            if not allowed:
                raise ValidationError(
                    _("Too many wrong codes. Wait a little, then try the newest code."),
                    code="throttled",
                )
            if device.verify_token(token):
                self.device = device
                return token
        raise ValidationError(
            _("That code is not right. Enter the code the app shows now."), code="wrong_code"
        )


class TwoFactorView(FormView):
    form_class = TokenForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "devices": self.get_devices()}

    def success_url_for(self):
        target = self.request.POST.get("next") or self.request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(
            target, {self.request.get_host()}, self.request.is_secure()
        ):
            return target
        return reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": self.success_url_for()}

    def form_valid(self, form):
        django_otp.login(self.request, form.device)
        return HttpResponseRedirect(self.success_url_for())


NEEDS_A_LINK = _(
    "To set it up, open the enrolment link a central administrator issued for your account, "
    "while signed in. A password alone is not enough."
)


def enrolment_refused(request, reason):
    return render(request, SetupView.template_name, {"refusal": reason}, status=403)


class VerifyView(TwoFactorView):
    template_name = "twofactor/verify.html"

    def get_devices(self):
        return list(confirmed_devices(self.request.user))


class SetupView(TwoFactorView):
    template_name = "twofactor/setup.html"

    def dispatch(self, request, *args, **kwargs):
        if confirmed_devices(request.user).exists():
            messages.info(request, _("Two-step verification is already set up for your account."))
            return HttpResponseRedirect(reverse("wagtailadmin_home"))
        if not may_enrol(request):
            return enrolment_refused(request, NEEDS_A_LINK)
        return super().dispatch(request, *args, **kwargs)

    def get_devices(self):
        device = TOTPDevice.objects.filter(user=self.request.user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(
                user=self.request.user, name="authenticator", confirmed=False
            )
        return [device]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        device = context["form"].devices[0]
        # Drawn here, as SVG: the secret never leaves the server for a QR service.
        image = qrcode.make(
            device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8
        )
        secret = base64.b32encode(device.bin_key).decode()
        context["qr_data_uri"] = (
            "data:image/svg+xml;base64," + base64.b64encode(image.to_string()).decode()
        )
        context["secret"] = " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
        return context

    def form_valid(self, form):
        form.device.confirmed = True
        form.device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=self.request.user, confirmed=False).delete()
        end_enrolment(self.request)
        messages.success(self.request, _("Two-step verification is now on for your account."))
        return super().form_valid(form)


class EnrolLinkView(View):
    """Opening an enrolment link, signed in as the account it was issued for."""

    def get(self, request, token):
        try:
            open_link(request, token)
        except LinkRefused as refusal:
            return enrolment_refused(request, refusal.args[0])
        return HttpResponseRedirect(reverse("network_twofactor_setup"))


class IssueLinkForm(forms.Form):
    user = forms.ModelChoiceField(
        label=_("Account"),
        queryset=get_user_model().objects.none(),
        help_text=_("The person who will set up two-step verification with the link."),
    )

    def __init__(self, *args, issuer, **kwargs):
        super().__init__(*args, **kwargs)
        accounts = get_user_model().objects.filter(is_active=True).order_by("username")
        if not issuer.is_superuser:  # a superuser's second factor is a superuser's business
            accounts = accounts.filter(is_superuser=False)
        self.fields["user"].queryset = accounts


class IssueLinkView(CentralAdminPageMixin, FormView):
    """Central administrators issue an account's enrolment link, shown once, and see the
    links issued lately."""

    template_name = "twofactor/issue_link.html"
    form_class = IssueLinkForm
    page_title = _("Two-step verification enrolment links")
    header_icon = "key"
    recent = 20

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "issuer": self.request.user}

    def get_context_data(self, **kwargs):
        links = EnrolmentLink.objects.select_related("user", "issued_by")[: self.recent]
        return super().get_context_data(links=links, **kwargs)

    def form_valid(self, form):
        account = form.cleaned_data["user"]
        url = absolute_url(issue_link(account, issued_by=self.request.user))
        return self.render_to_response(
            self.get_context_data(
                form=self.form_class(issuer=self.request.user), issued=url, account=account
            )
        )
