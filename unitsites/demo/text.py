"""Building rich text and StreamField values for demo pages."""

from django.utils.html import escape


def paragraphs(*texts):
    return "".join(f"<p>{escape(text)}</p>" for text in texts)


def bullets(items, ordered=False):
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{escape(item)}</li>" for item in items) + f"</{tag}>"


def text_block(html):
    return {"type": "paragraph", "value": html}


def documents_block(heading, documents):
    return {
        "type": "documents",
        "value": {
            "heading": heading,
            "documents": [{"document": document.pk, "title": ""} for document in documents],
        },
    }


def form_items(documents):
    """Values for a `forms` StreamField of document items."""
    return [{"type": "form", "value": {"document": doc.pk, "title": ""}} for doc in documents]
