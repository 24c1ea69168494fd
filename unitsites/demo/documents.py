"""Small, valid one-page PDF documents for the demo content, made in pure Python."""

import hashlib

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model


def _pdf_text(text):
    """A PDF literal string of printable ASCII (the base-14 fonts cannot show Thai)."""
    ascii_text = text.encode("ascii", "replace").decode("ascii")
    return "(" + ascii_text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def _pdf_unicode(text):
    """A PDF text string in UTF-16 with a byte-order mark, for metadata such as a Thai title."""
    return "<" + (b"\xfe\xff" + text.encode("utf-16-be")).hex().upper() + ">"


def minimal_pdf(title, lines):
    """The bytes of a one-page A4 PDF showing `lines`, with `title` in its document info."""
    commands = ["BT", "/F1 14 Tf", "72 770 Td", "18 TL"]
    commands += [f"{_pdf_text(line)} Tj T*" for line in lines]
    commands.append("ET")
    stream = "\n".join(commands).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        f"<< /Title {_pdf_unicode(title)} /Producer (seed_demo) >>".encode("ascii"),
    ]
    output = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (
        len(objects) + 1,
        len(objects),
    )
    output += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(output)


def demo_pdf_document(unit, title, filename):
    """A Wagtail document in `unit`'s collection holding a small generated PDF; made once per
    title and collection, so seeding again reuses it."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title, collection=unit.collection).first()
    if document is None:
        data = minimal_pdf(
            title,
            [
                unit.name_en,
                f"Unit code: {unit.code}",
                f"File: {filename}",
                "Demonstration document made by seed_demo; not an official record.",
            ],
        )
        document = document_model(
            title=title,
            collection=unit.collection,
            file=ContentFile(data, name=filename),
            file_size=len(data),
            file_hash=hashlib.sha1(data).hexdigest(),
        )
        document.save()
    return document
