"""Headings that wrap between Thai words, never inside one (issue #14 item 6).

Browsers break Thai lines with ICU's dictionary, which cuts compounds (ผู้อำนวย/การ), and a
narrow line may cut a word anywhere. Each Thai word as pythainlp's newmm keeps it (compounds
whole) is marked unbreakable, with a break opportunity (<wbr>) between words.
"""

import re

from django.utils.html import escape, format_html, format_html_join

from pythainlp.tokenize import word_tokenize

THAI = re.compile(r"[\u0e00-\u0e7f]")
# Longer "words" are unknown runs the dictionary could not cut: let them wrap.
LONGEST_UNBREAKABLE = 16


def wrapped_between_words(text):
    """HTML: `text` escaped, each Thai word kept whole on one line."""
    text = str(text)
    if not THAI.search(text):
        return escape(text)
    return format_html_join(
        "",
        "{}",
        (
            (
                format_html('<span class="tw">{}</span><wbr>', token)
                if _unbreakable(token)
                else token,
            )
            for token in word_tokenize(text, engine="newmm", keep_whitespace=True)
        ),
    )


def _unbreakable(token):
    return THAI.search(token) and 1 < len(token) <= LONGEST_UNBREAKABLE
