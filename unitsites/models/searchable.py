"""What a unit page gives the search index and the search results, in words cut for Thai."""

from django.utils.functional import cached_property

from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex
from wagtail.search import index

from unitsites import thai_search

# Search fields of the page's own that these methods stand for or that add nothing to read.
_NOT_TEXT = {"title", "search_title_words", "search_text_words"}
# The memo behind a publication request is the approver's, not the public's.
_PRIVATE_DOCUMENT_FIELDS = {"request_attachment"}


class ThaiSearchable:
    """A mixin for pages: their title and text indexed in words cut for Thai (thai_search)."""

    thai_search_fields = [
        index.SearchField("search_title_words", boost=10),
        index.SearchField("search_text_words"),
    ]

    def search_title_words(self):
        return thai_search.index_text(self.title)

    def search_text_words(self):
        return thai_search.index_text(self.search_text)

    @cached_property
    def search_text(self):
        """The page's searchable text other than its title, as plain text: its summary fields,
        body and StreamField text, search description and the titles of its public documents."""
        texts = [self.search_description]
        for field in self.get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name not in _NOT_TEXT:
                texts.extend(_flattened(field.get_value(self)))
        texts.extend(document.title for document in self.attached_documents())
        return "\n".join(text for text in texts if text)

    def attached_documents(self):
        """The documents the page shows: in its own fields, its inline rows and its StreamFields."""
        document_type = ReferenceIndex._get_base_content_type(get_document_model()).id
        # Wagtail's own extraction of what the page refers to, the one its usage reports use.
        ids = {
            object_id
            for content_type_id, object_id, model_path, _path in (
                ReferenceIndex._extract_references_from_object(self)
            )
            if content_type_id == document_type
            and model_path.split(".")[0] not in _PRIVATE_DOCUMENT_FIELDS
        }
        return get_document_model().objects.filter(pk__in=ids).order_by("pk")

    def search_result_date(self):
        """The date a result is shown with: the page's own date where it has one."""
        return getattr(self, "date", None) or self.last_published_at


def _flattened(value):
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _flattened(item)]
    if isinstance(value, dict):
        return _flattened(list(value.values()))
    return [str(value)]
