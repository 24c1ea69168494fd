"""The form a visitor asks a question with on a unit's questions-and-answers board."""

from django import forms
from django.utils.translation import gettext_lazy as _

from unitsites.models.questions import Question
from unitsites.publicforms import PublicFormMixin


class QuestionForm(PublicFormMixin, forms.ModelForm):
    class Meta:
        model = Question
        fields = ["text", "asker_name", "asker_email"]
        labels = {
            "text": _("Your question"),
            "asker_name": _("Your name"),
            "asker_email": _("Your e-mail address"),
        }
        help_texts = {
            "text": _(
                "Please do not write personal details such as your ID number, address or "
                "illness: the question is published with its answer."
            ),
            "asker_name": _(
                "Not shown on the site; the officer who answers may address you by it."
            ),
            "asker_email": _(
                "If you give it, we tell you when the answer is published. It is never shown "
                "on the site."
            ),
        }
        widgets = {
            "text": forms.Textarea(attrs={"rows": 5}),
            "asker_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "asker_email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
