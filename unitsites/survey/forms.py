"""The website satisfaction survey of a unit (C-24, EGA §2.4): a rating from 1 to 5 and an
optional comment, one answer per visitor a day, recognised without a cookie.

The visitor is recognised by a keyed hash of (site, day, address) made with SECRET_KEY: the
address itself is never stored, and a new day or another unit's survey gives a key that cannot be
linked to it. The browser is left out: changing the User-Agent must not give another answer. The
retention purge erases comments and keys; ratings stay for the published figures.
"""

from django import forms
from django.db import IntegrityError, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from unitsites.models import Rating, SurveyResponse
from unitsites.publicforms import PublicFormMixin
from web.clientip import client_ip

MAX_COMMENT_LENGTH = 1000
THANKS = "thanks"


class SurveyForm(PublicFormMixin, forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you with this website?"),
        choices=Rating.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose one of the five levels.")},
    )
    comment = forms.CharField(
        label=_("Comment or suggestion"),
        required=False,
        max_length=MAX_COMMENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Please do not write your name, ID number or health details here."),
    )


def visitor_key(request, day, site_id):
    """The same address on the same day gives the same key for one site's survey."""
    value = f"{site_id}|{day.isoformat()}|{client_ip(request)}"
    return salted_hmac("unitsites.survey.visitor", value, algorithm="sha256").hexdigest()


def _already_answered(site_id, key):
    return SurveyResponse.objects.filter(site_id=site_id, visitor_key=key).exists()


def _render(page, request, form, **extra):
    context = page.get_context(request, form=form)
    context.update(extra)
    return TemplateResponse(request, page.get_template(request), context)


def answer_survey(page, request):
    """Handle a POSTed answer: store it, or show the form again with what was typed."""
    site_id = page.unit.site_id
    now = timezone.now()
    key = visitor_key(request, timezone.localdate(now), site_id)
    form = SurveyForm(request.POST, notice=page)
    if not form.is_valid():
        return _render(page, request, form)
    if _already_answered(site_id, key):
        return _render(page, request, None, survey_already_answered=True)
    data = form.submitted_data()
    try:
        with transaction.atomic():
            SurveyResponse.objects.create(
                site_id=site_id,
                page=page,
                submitted_at=now,
                rating=data["rating"],
                comment=data["comment"].strip(),
                visitor_key=key,
                consent_given_at=form.consent_given_at,
            )
    except IntegrityError:  # the same visitor's other request won the race
        return _render(page, request, None, survey_already_answered=True)
    return HttpResponseRedirect(f"{page.get_url(request)}?survey={THANKS}#survey")


def survey_context(page, request, form=None):
    return {
        "survey_form": form or SurveyForm(notice=page),
        "survey_thanks": request.GET.get("survey") == THANKS,
    }
