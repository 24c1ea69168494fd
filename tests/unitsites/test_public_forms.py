"""The honeypot, length limits and consent box every public form shares."""

from types import SimpleNamespace

from django import forms

import pytest

from unitsites.models import LawfulBasis
from unitsites.publicforms import (
    CONSENT_FIELD,
    HONEYPOT_FIELD,
    MAX_LINE_LENGTH,
    MAX_TEXT_LENGTH,
    PublicFormMixin,
)


class MessageForm(PublicFormMixin, forms.Form):
    name = forms.CharField(required=False)
    message = forms.CharField(widget=forms.Textarea)


def notice(basis):
    return SimpleNamespace(requires_consent=basis == LawfulBasis.CONSENT)


def test_a_filled_honeypot_is_refused_with_a_clear_error():
    form = MessageForm({"message": "สวัสดี", HONEYPOT_FIELD: "http://spam.example"})
    assert not form.is_valid()
    assert form.has_error("__all__", code="honeypot")


def test_an_empty_honeypot_passes_and_stays_out_of_the_submitted_data():
    form = MessageForm({"name": "สมชาย", "message": "สวัสดี"})
    assert form.is_valid(), form.errors
    assert form.submitted_data() == {"name": "สมชาย", "message": "สวัสดี"}
    assert form.consent_given_at is None


@pytest.mark.parametrize(
    ("field", "limit"), [("name", MAX_LINE_LENGTH), ("message", MAX_TEXT_LENGTH)]
)
def test_text_fields_are_capped(field, limit):
    data = {"name": "ก", "message": "ข", field: "ค" * (limit + 1)}
    form = MessageForm(data)
    assert not form.is_valid()
    assert field in form.errors
    assert form.fields[field].widget.attrs["maxlength"] == str(limit)
    data[field] = "ค" * limit
    assert MessageForm(data).is_valid()


def test_consent_is_asked_only_when_it_is_the_lawful_basis():
    assert CONSENT_FIELD not in MessageForm(notice=notice(LawfulBasis.PUBLIC_TASK)).fields
    form = MessageForm({"message": "สวัสดี"}, notice=notice(LawfulBasis.CONSENT))
    assert form.fields[CONSENT_FIELD].initial is None
    assert not form.is_valid()
    assert CONSENT_FIELD in form.errors


def test_ticked_consent_is_timed_and_not_stored_with_the_data():
    form = MessageForm({"message": "สวัสดี", CONSENT_FIELD: "on"}, notice=notice(LawfulBasis.CONSENT))
    assert form.is_valid(), form.errors
    assert form.consent_given_at is not None
    assert CONSENT_FIELD not in form.submitted_data()
