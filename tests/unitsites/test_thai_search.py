"""Thai text cut into words for the search index and for queries (unitsites.thai_search)."""

from unitsites import thai_search


def test_newmm_keeps_compounds_and_icu_cuts_them():
    sentence = "รณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่"
    assert "ฉีดวัคซีน" in thai_search.newmm_words(sentence)
    assert {"ฉีด", "วัคซีน", "ไข้", "หวัด", "ใหญ่"} <= set(thai_search.icu_words(sentence))


def test_the_index_holds_both_cuts_without_spaces_or_punctuation():
    words = thai_search.index_text("ระวังไข้เลือดออก, กำจัดลูกน้ำยุงลาย!").split()
    assert {"ไข้เลือดออก", "ไข้", "เลือด", "ออก", "ยุงลาย", "ยุง", "ลาย"} <= set(words)
    assert "," not in words and "!" not in words
    assert thai_search.index_text("") == ""


def test_a_querys_words_are_in_the_index_of_text_that_holds_it():
    text = "การขอสำเนาเวชระเบียนผู้ป่วย และรณรงค์ฉีดวัคซีนป้องกันโรคไข้หวัดใหญ่ ระวังไข้เลือดออก"
    indexed = set(thai_search.index_text(text).split())
    for query in ("เวชระเบียน", "วัคซีน", "ฉีดวัคซีน", "ไข้หวัดใหญ่", "ไข้เลือดออก"):
        words = thai_search.query_words(query)
        assert words and set(words) <= indexed, query


def test_thai_and_arabic_digits_are_one():
    assert thai_search.arabic_digits("ปี ๒๕๖๙") == "ปี 2569"
    assert thai_search.query_words("๒๕๖๙") == ["2569"]
    assert "2569" in thai_search.index_text("ประจำปีงบประมาณ ๒๕๖๙").split()
    # A year matches its own era only: 2569 is not rewritten as 2026.
    assert "2026" not in thai_search.index_text("พ.ศ. 2569")


def test_query_words_are_each_kept_once_and_capped():
    assert thai_search.query_words("วัคซีน วัคซีน Vaccine") == ["วัคซีน", "Vaccine"]
    assert len(thai_search.query_words(" ".join(f"w{n}" for n in range(100)))) == (
        thai_search.MAX_QUERY_WORDS
    )
    assert thai_search.query_words(' "*()<>  ') == []


def test_mentions_all_ignores_case_and_kind_of_digit():
    assert thai_search.mentions_all("Vaccine clinic ๒๕๖๙", ["vaccine", "2569"])
    assert not thai_search.mentions_all("Vaccine clinic", ["vaccine", "2569"])


def test_excerpt_marks_the_words_and_escapes_the_rest():
    text = "<b>ประกาศ</b> การขอสำเนาเวชระเบียน ปี ๒๕๖๙"
    html = thai_search.excerpt(text, ["เวช", "ระเบียน", "2569"])
    assert "&lt;b&gt;ประกาศ&lt;/b&gt;" in html
    assert "<mark>เวชระเบียน</mark>" in html
    assert "<mark>๒๕๖๙</mark>" in html


def test_excerpt_is_a_window_around_the_first_match():
    text = "ก" * 1000 + " วัคซีน " + "ข" * 1000
    html = thai_search.excerpt(text, ["วัคซีน"], length=120)
    assert html.startswith("… ") and html.endswith(" …")
    assert "<mark>วัคซีน</mark>" in html
    assert len(html) < 120 + len("<mark></mark> …  … ")
    start = thai_search.excerpt(text, ["ไม่มี"], length=50)
    assert start == "ก" * 50 + " …"


def test_marked_marks_the_whole_text():
    title = "ประชาสัมพันธ์การรับบริจาคโลหิต <ด่วน>"
    assert thai_search.marked(title, ["บริจาค", "โลหิต"]) == (
        "ประชาสัมพันธ์การรับ<mark>บริจาคโลหิต</mark> &lt;ด่วน&gt;"
    )
    assert thai_search.marked(title, []) == "ประชาสัมพันธ์การรับบริจาคโลหิต &lt;ด่วน&gt;"
