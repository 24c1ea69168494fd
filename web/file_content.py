"""Uploaded documents are checked by content, not only by their name (REQUIREMENTS S-10).

Wagtail already refuses extensions outside WAGTAILDOCS_EXTENSIONS and files over
WAGTAILDOCS_MAX_UPLOAD_SIZE. This adds: the bytes must be what the extension claims, so a web
page renamed to .pdf, or a program renamed to .docx, is refused before it is stored. Here, below
network and unitsites, so that the admin's documents (network.uploads), the training certificates
and the public forms' evidence (unitsites.takedown) all use the one check.
"""

import codecs
import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

import filetype

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97-2003 (.doc, .xls, .ppt)
HEAD_SIZE = 8192
TEXT_CHUNK = 64 * 1024


def _is_pdf(upload, head):
    return filetype.guess_mime(head) == "application/pdf"


def _is_ole2(upload, head):
    return head.startswith(OLE2_SIGNATURE)


def _zip_names(upload):
    """The names in a zip archive, or None when the file is not one."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def _is_zip(upload, head):
    return _zip_names(upload) is not None


def _office_open_xml(part):
    """.docx, .xlsx, .pptx: a zip with a content-types list and the application's folder."""

    def check(upload, head):
        names = _zip_names(upload) or set()
        return "[Content_Types].xml" in names and any(name.startswith(part) for name in names)

    return check


def _open_document(mimetype):
    """.odt, .ods: a zip whose "mimetype" entry names the document type."""

    def check(upload, head):
        upload.seek(0)
        try:
            with zipfile.ZipFile(upload) as archive, archive.open("mimetype") as entry:
                return entry.read(100).strip() == mimetype.encode()
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError):
            return False

    return check


def _decodes(upload, encoding):
    upload.seek(0)
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        for chunk in iter(lambda: upload.read(TEXT_CHUNK), b""):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _is_plain_text(upload, head):
    """.csv, .txt: UTF-8 or Thai Windows text, with no NUL bytes and no markup at the start."""
    if b"\x00" in head or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):
        return False
    return _decodes(upload, "utf-8") or _decodes(upload, "cp874")


def _is_image(mimetype):
    def check(upload, head):
        return filetype.guess_mime(head) == mimetype

    return check


CONTENT_CHECKS = {
    "pdf": _is_pdf,
    "doc": _is_ole2,
    "xls": _is_ole2,
    "ppt": _is_ole2,
    "docx": _office_open_xml("word/"),
    "xlsx": _office_open_xml("xl/"),
    "pptx": _office_open_xml("ppt/"),
    "odt": _open_document("application/vnd.oasis.opendocument.text"),
    "ods": _open_document("application/vnd.oasis.opendocument.spreadsheet"),
    "zip": _is_zip,
    "csv": _is_plain_text,
    "txt": _is_plain_text,
    # Images are checked only where a plain file field takes them (training certificates);
    # Wagtail's image forms decode images themselves (network.image_files).
    "jpg": _is_image("image/jpeg"),
    "jpeg": _is_image("image/jpeg"),
    "png": _is_image("image/png"),
}


def check_document_content(upload):
    """Raise ValidationError unless the upload's bytes match its extension."""
    extension = PurePath(upload.name or "").suffix.lower().lstrip(".")
    check = CONTENT_CHECKS.get(extension)
    if check is None:
        return  # not an allowed extension at all: Wagtail's own validator says so
    upload.seek(0)
    head = upload.read(HEAD_SIZE)
    try:
        matches = check(upload, head)
    finally:
        upload.seek(0)
    if not matches:
        raise ValidationError(
            _(
                "The content of this file is not a .%(extension)s document, although its name "
                "says so. Save it again from the program that made it, or choose another file."
            ),
            code="content_mismatch",
            params={"extension": extension},
        )
