"""The copy form of unit pages."""

from django.core.exceptions import ValidationError

from wagtail.admin.forms.pages import CopyForm

from unitsites.references import refuse_copy
from unitsites.slug_field import SYNC_FROM_TITLE
from unitsites.slugs import validate_slug


class PageCopyForm(CopyForm):
    """Wagtail's copy form, with Thai slugs (its new slug would refuse one with its marks), and
    a copy that may use only what the destination's unit may use."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        new_slug = self.fields["new_slug"]
        new_slug.validators = [validate_slug]
        new_slug.widget.attrs["data-action"] = SYNC_FROM_TITLE

    def clean(self):
        cleaned = super().clean()
        destination = cleaned.get("new_parent_page") or self.page.get_parent()
        try:
            refuse_copy(self.page, destination, cleaned.get("copy_subpages", False))
        except ValidationError as error:
            self.add_error("new_parent_page", error)
        return cleaned
