"""Thai words stay whole on a 375 px phone (issue #14 item 6): headings, executives' positions
and table headers wrap between words, never inside one (once "ลำ/ดับ", "ผู้อำนวย/การ").

Each word is the text pythainlp's newmm cuts (compounds whole); the browser is asked, with a
Range over that text, on how many lines it lies."""

import pytest
from pythainlp.tokenize import word_tokenize

from unitsites.thai_wrap import THAI

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
]

PHONE = {"width": 375, "height": 740}

# Lines the text from offset `start` to `end` of an element lies on (distinct rectangle tops).
LINES_OF_TEXT = """([element, start, end]) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0, node;
  while ((node = walker.nextNode())) {
    const length = node.data.length;
    if (offset <= start && start < offset + length) range.setStart(node, start - offset);
    if (offset < end && end <= offset + length) { range.setEnd(node, end - offset); break; }
    offset += length;
  }
  const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
  return tops.size;
}"""


def thai_words_with_offsets(text):
    offset = 0
    for token in word_tokenize(text, engine="newmm", keep_whitespace=True):
        if THAI.search(token) and len(token) > 1:
            yield token, offset, offset + len(token)
        offset += len(token)


def broken_words(page, selector):
    """[(word, lines)] of every Thai word split across lines in the elements at `selector`."""
    broken = []
    elements = page.locator(selector)
    assert elements.count() > 0, selector
    for index in range(elements.count()):
        element = elements.nth(index).element_handle()
        text = element.evaluate("element => element.textContent")
        for word, start, end in thai_words_with_offsets(text):
            lines = page.evaluate(LINES_OF_TEXT, [element, start, end])
            if lines != 1:
                broken.append((word, lines))
    return broken


def line_count(page, selector):
    return page.locator(selector).first.evaluate(
        "element => Math.round(element.getBoundingClientRect().height / "
        "parseFloat(getComputedStyle(element).lineHeight))"
    )


def test_thai_headings_and_table_headers_wrap_between_words_on_a_phone(unit_site, chromium):
    page = chromium.new_page(viewport=PHONE)

    page.goto(unit_site.url + "/")
    assert line_count(page, "h1") >= 2  # the unit's long name does wrap on a phone
    assert broken_words(page, "h1") == []

    page.goto(unit_site.url + "/about/structure/")
    assert broken_words(page, "h1, .executive-position") == []

    page.goto(unit_site.url + "/citizen-guide/")
    page.locator("main .item-list a").first.click()
    page.wait_for_load_state()
    assert page.locator("th", has_text="ลำดับ").count() == 1
    assert broken_words(page, "h1, th") == []
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
