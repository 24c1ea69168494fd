"""The admin form of e-service form pages: a new page takes its template's privacy texts and
fields where the editor left them empty."""

from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import WagtailAdminFormPageForm

from unitsites.models.publication import PublicationRequestForm

from .formtemplates import privacy_defaults, template_fields

TEMPLATE_DEFAULTED = ("privacy_purpose", "retention_days")


class ServiceFormPageForm(PublicationRequestForm, WagtailAdminFormPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_new_page:
            return
        self.initial["retention_days"] = None
        for name in TEMPLATE_DEFAULTED:
            if name in self.fields:
                self.fields[name].required = False
                self.fields[name].help_text = _(
                    "%(help)s Leave empty to use the text or period of the chosen template."
                ) % {"help": self.fields[name].help_text}

    @property
    def is_new_page(self):
        return self.instance._state.adding

    @property
    def language(self):
        locale = self.instance.locale if self.instance.locale_id else None
        return locale.language_code if locale else get_language()

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_new_page:
            return cleaned_data
        defaults = privacy_defaults(cleaned_data.get("form_template"), self.language)
        for name, value in defaults.items():
            if cleaned_data.get(name) in (None, ""):
                cleaned_data[name] = value
        for name in TEMPLATE_DEFAULTED:
            if name in self.fields and cleaned_data.get(name) in (None, ""):
                self.add_error(name, _("The blank form has no default: fill this in, please."))
        return cleaned_data

    def save(self, commit=True):
        page = super().save(commit=False)
        if self.is_new_page and not page.form_fields.all():
            page.form_fields = template_fields(
                page.form_template, type(page).field_model(), self.language
            )
        if commit:
            page.save()
        return page
