"""The file of a document or image that a live page uses is never replaced in place (issue #11
item 3): the new file would be public at once, without a request. A new version is uploaded as
a new document or image, put on the page, and the page goes through approval.

Refused in the admin's edit forms (with the way to publish a new version) and, for every other
path (API, shell, import), when the model is saved. Which pages use a file comes from Wagtail's
reference index, which records the page row, that is the live content of a live page: links in
rich text, chooser blocks in StreamFields and foreign keys alike.

The file of an unused one may be replaced; its old file is kept in storage (Wagtail's forms
delete it) and its name is written in the document's or image's history.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.forms import BaseImageForm
from wagtail.log_actions import log
from wagtail.models import Page, ReferenceIndex

from network.image_files import DecodableImageField

FILE_REPLACED = "network.file_replaced"

NEW_VERSION_HOW = {
    "document": _(
        "This file is used by a published page (%(pages)s), so it cannot be replaced here: the "
        "new file would be public at once, without a request. To publish a new version, upload "
        "it as a new document, put it on the page in place of this one, and submit the page "
        "for approval."
    ),
    "image": _(
        "This image is used by a published page (%(pages)s), so its file cannot be replaced "
        "here: the new file would be public at once, without a request. To publish a new "
        "version, upload it as a new image, put it on the page in place of this one, and "
        "submit the page for approval."
    ),
}


def live_pages_using(instance):
    """The live pages whose content refers to `instance` (a document or an image)."""
    references = ReferenceIndex.get_references_to(instance).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    page_ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    return Page.objects.live().filter(pk__in=page_ids).order_by("title")


def refuse_replacing_file_in_use(instance):
    """Raise ValidationError when the file of `instance` may not be replaced."""
    pages = list(live_pages_using(instance).values_list("title", flat=True))
    if pages:
        kind = "image" if isinstance(instance, get_image_model()) else "document"
        raise ValidationError(
            NEW_VERSION_HOW[kind], code="file_in_use", params={"pages": ", ".join(pages)}
        )


def _guard_stored_file(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance.pk is None or (update_fields is not None and "file" not in update_fields):
        return
    stored = sender._base_manager.filter(pk=instance.pk).values_list("file", flat=True).first()
    if stored is not None and stored != instance.file.name:
        refuse_replacing_file_in_use(instance)


def connect_file_guards():
    for model in (get_document_model(), get_image_model()):
        pre_save.connect(_guard_stored_file, sender=model, dispatch_uid=f"guard-file-{model}")


class KeepsFilesInUse:
    """Mixed into the admin's document and image forms (before Wagtail's base form)."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data and self.instance.pk:
            refuse_replacing_file_in_use(self.instance)
        return upload

    def save(self, commit=True):
        replaced = getattr(self.original_file, "name", "") if "file" in self.changed_data else ""
        if replaced and commit:
            self.original_file = None  # Wagtail's base form would delete it from storage
        instance = super().save(commit=commit)
        if replaced and commit:
            if hasattr(instance, "renditions"):
                instance.renditions.all().delete()  # made from the old file
            log(
                instance, FILE_REPLACED, data={"old_file": replaced, "new_file": instance.file.name}
            )
        return instance


class ImageForm(KeepsFilesInUse, BaseImageForm):
    """The base of every image form in the admin (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    file = DecodableImageField(label=_("File"))
