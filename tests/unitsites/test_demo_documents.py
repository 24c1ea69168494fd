"""The demo's generated files are real files: a PDF whose cross-reference table points at its
objects and whose title keeps the Thai text, and a PNG portrait."""

import io
import re

from PIL import Image

from unitsites.demo.documents import pdf_bytes, portrait_png


def test_generated_pdf_is_well_formed_with_a_thai_title():
    data = pdf_bytes("คู่มือการปฏิบัติงาน (ฉบับที่ 2)", ["Operating manual (version 2)", "Satun"])
    assert data.startswith(b"%PDF-1.4") and data.endswith(b"%%EOF\n")
    xref_at = int(re.search(rb"startxref\n(\d+)\n", data).group(1))
    assert data[xref_at:].startswith(b"xref\n0 7\n")
    offsets = [int(offset) for offset in re.findall(rb"(\d{10}) 00000 n ", data)]
    assert len(offsets) == 6
    for number, offset in enumerate(offsets, start=1):
        assert data[offset:].startswith(b"%d 0 obj\n" % number)
    title = re.search(rb"/Title <FEFF([0-9A-F]+)>", data).group(1)
    assert bytes.fromhex(title.decode()).decode("utf-16-be") == "คู่มือการปฏิบัติงาน (ฉบับที่ 2)"
    assert b"(Operating manual \\(version 2\\)) Tj" in data


def test_generated_portrait_is_a_png_of_the_right_size():
    picture = Image.open(io.BytesIO(portrait_png("H-A:ผู้อำนวยการ")))
    assert picture.format == "PNG" and picture.size == (240, 300)
