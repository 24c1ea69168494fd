"""Small generated files for the demo: one-page PDFs and placeholder portraits, stored as Wagtail
documents and images in the unit's own collection. Nothing here needs a PDF library.

The PDF text uses the built-in Helvetica font, which has no Thai glyphs, so the page shows an
English line; the Thai title goes into the PDF's metadata, where viewers show it as the title.
"""

import colorsys
import csv
import hashlib
import io

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.utils.file import hash_filelike

from PIL import Image as PILImage
from PIL import ImageDraw


def _pdf_literal(text):
    """A PDF literal string of ASCII text (anything else becomes '?')."""
    ascii_text = text.encode("ascii", "replace").decode("ascii")
    return "(" + ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _pdf_text_string(text):
    """A PDF text string in UTF-16BE with its byte-order mark: any script, for metadata."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def pdf_bytes(title, lines=()):
    """A valid one-page A4 PDF: `title` (any script) as its metadata title; `lines` (ASCII)
    printed on the page, the first one large."""
    text_ops = ["BT", "/F1 16 Tf", "56 780 Td", "20 TL"]
    for index, line in enumerate(lines):
        if index == 1:
            text_ops.append("/F1 11 Tf")
        text_ops.append(f"{_pdf_literal(line)} Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Title {_pdf_text_string(title)} /Producer (seed_demo) >>".encode("ascii"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref_at = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, len(objects), xref_at)
    )
    return out.getvalue()


def _slug(text):
    return hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:10]


def _file_fields(data, name):
    return {
        "file": ContentFile(data, name=name),
        "file_size": len(data),
        "file_hash": hash_filelike(io.BytesIO(data)),
    }


def _stored_document(unit, title, extension, make_data):
    existing = Document.objects.filter(collection=unit.collection, title=title).first()
    if existing is not None:
        return existing
    data = make_data()
    document = Document(
        title=title,
        collection=unit.collection,
        **_file_fields(data, f"{unit.code.lower()}-{_slug(title)}.{extension}"),
    )
    document.save()
    return document


def demo_document(unit, title, heading_en):
    """The unit's document titled `title`, made as a one-page PDF if it does not exist yet.
    `heading_en` is the English line printed on the page."""
    lines = [
        heading_en,
        unit.name_en,
        f"Demonstration document generated on {timezone.localdate():%d %B %Y}.",
        "It stands in for the real file that the unit publishes.",
    ]
    return _stored_document(unit, title, "pdf", lambda: pdf_bytes(title, lines))


def demo_csv(unit, title, rows):
    """The unit's CSV data file titled `title`, made from `rows` if it does not exist yet."""

    def make_data():
        out = io.StringIO()
        csv.writer(out).writerows(rows)
        return out.getvalue().encode("utf-8-sig")

    return _stored_document(unit, title, "csv", make_data)


def portrait_png(seed):
    """A 240×300 head-and-shoulders silhouette on a colour taken from `seed`."""
    hue = int(hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:4], 16) / 0xFFFF
    background = tuple(int(c * 255) for c in colorsys.hls_to_rgb(hue, 0.85, 0.45))
    figure = tuple(int(c * 255) for c in colorsys.hls_to_rgb(hue, 0.35, 0.35))
    picture = PILImage.new("RGB", (240, 300), background)
    draw = ImageDraw.Draw(picture)
    draw.ellipse((75, 50, 165, 150), fill=figure)
    draw.ellipse((30, 170, 210, 360), fill=figure)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return out.getvalue()


def demo_portrait(unit, title):
    """The unit's image titled `title`, made as a placeholder portrait if it does not exist yet."""
    existing = Image.objects.filter(collection=unit.collection, title=title).first()
    if existing is not None:
        return existing
    data = portrait_png(f"{unit.code}:{title}")
    image = Image(
        title=title,
        collection=unit.collection,
        **_file_fields(data, f"{unit.code.lower()}-{_slug(title)}.png"),
    )
    image.save()
    return image
