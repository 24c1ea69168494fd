"""The admin's document form checks every upload by content (REQUIREMENTS S-10; web.file_content)."""

import copy

from wagtail.documents.forms import BaseDocumentForm

from network.replaced_files import KeepsFilesInUse
from web.file_content import check_document_content


class CheckedDocumentForm(KeepsFilesInUse, BaseDocumentForm):
    """The base of every document form in the admin (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def clean_file(self):
        upload = super().clean_file()
        if upload and "file" in self.changed_data:
            check_document_content(upload)
        return upload

    def _post_clean(self):
        refused = copy.copy(self._errors.get("file"))
        super()._post_clean()
        if refused is not None:
            # Once the upload is refused, Document.clean() sees no file and would add "File
            # extension “” is not allowed" beside the real reason.
            self._errors["file"] = refused
