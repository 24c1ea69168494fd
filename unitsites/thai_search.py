"""Thai text made searchable by Wagtail's database search backend, on SQLite and PostgreSQL alike.

Thai is written without spaces, and both backends cut text into words at spaces and
punctuation only, so a whole Thai sentence would be one word. Text is cut into words before it
is indexed and before it is searched for:

- pythainlp's newmm keeps dictionary compounds whole (ฉีดวัคซีน, เวชระเบียน);
- ICU's word breaks cut finer (ฉีด วัคซีน, เวช ระเบียน).

The index holds both cuts, so a compound and each of its parts find the page; a query is cut the
ICU way, whose parts the index always holds. Thai digits are written as Arabic digits on both
sides, so ๒๕๖๙ and 2569 match each other (a year matches its own era's form only).
"""

import re

from django.utils.html import escape, format_html, format_html_join

import icu
from pythainlp.tokenize import word_tokenize

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# ICU's rule status for a piece of text that is a number or a word (not space or punctuation).
ICU_FIRST_WORD_STATUS = 100
EXCERPT_LENGTH = 240
MAX_QUERY_WORDS = 32


def arabic_digits(text):
    """`text` with Thai digits written as Arabic ones; one character for one, so positions hold."""
    return text.translate(THAI_DIGITS)


def _is_word(token):
    return any(character.isalnum() for character in token)


def newmm_words(text):
    """Words as pythainlp's newmm cuts them: dictionary compounds kept whole."""
    return [token for token in word_tokenize(text, engine="newmm") if _is_word(token)]


def icu_words(text):
    """Words as ICU's Thai word breaks cut them: the finest dictionary words."""
    breaker = icu.BreakIterator.createWordInstance(icu.Locale("th"))
    unicode_text = icu.UnicodeString(text)
    breaker.setText(unicode_text)
    words = []
    start = breaker.first()
    for end in breaker:
        if breaker.getRuleStatus() >= ICU_FIRST_WORD_STATUS:
            words.append(str(unicode_text[start:end]))
        start = end
    return words


def index_text(text):
    """`text` as the search index should hold it: both cuts, digits in Arabic."""
    if not text:
        return ""
    text = arabic_digits(text)
    return " ".join(newmm_words(text)) + "\n" + " ".join(icu_words(text))


def query_words(query, limit=MAX_QUERY_WORDS):
    """The words to look for in `query`, each once, in the order typed, at most `limit`."""
    return list(dict.fromkeys(icu_words(arabic_digits(query))))[:limit]


def mentions_all(text, words):
    """Whether each of `words` stands in `text` (any case, either kind of digits)."""
    folded = arabic_digits(text).casefold()
    return all(word.casefold() in folded for word in words)


def marked(text, words):
    """HTML: `text` escaped, with each run of `words` in it marked with <mark>."""
    pattern = _words_pattern(words)
    if pattern is None:
        return escape(text)
    # Matched on the Arabic-digit form, marked on the text as written (the same positions).
    pieces = []
    position = 0
    for found in pattern.finditer(arabic_digits(text)):
        pieces.append((text[position : found.start()], text[found.start() : found.end()]))
        position = found.end()
    return format_html_join("", "{}<mark>{}</mark>", pieces) + escape(text[position:])


def excerpt(text, words, length=EXCERPT_LENGTH):
    """HTML: about `length` characters of `text` around the first of `words` found in it, marked
    as by `marked`; the start of `text` when none of them is found."""
    text = " ".join(text.split())
    pattern = _words_pattern(words)
    found = pattern.search(arabic_digits(text)) if pattern else None
    start = max(0, found.start() - length // 3) if found else 0
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return format_html("{}{}{}", prefix, marked(text[start : start + length], words), suffix)


def _words_pattern(words):
    longest_first = sorted({arabic_digits(word) for word in words if word}, key=len, reverse=True)
    if not longest_first:
        return None
    # A run of matched words is marked once: เวชระเบียน, not เวช and ระเบียน apart.
    alternatives = "|".join(re.escape(word) for word in longest_first)
    return re.compile(f"(?:{alternatives})+", re.IGNORECASE)
