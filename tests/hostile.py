"""What an attacker (or a careless paste) sends, as hypothesis strategies shared by the
hostile-input property tests: text with NUL and control characters, direction overrides,
formula starts, markup, very long runs, and raw query strings with bytes that are not UTF-8."""

from urllib.parse import quote_from_bytes

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

HYPOTHESIS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

HOSTILE_SAMPLES = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\r\n",
    "\u202e\u200b",
    "x" * 10_000,
    "'; DROP TABLE network_unit; --",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://evil.example","คลิก")',
    "@SUM(1+1)",
    "สถานีอนามัย\tทดสอบ",
    "๒๕๖๙",
    "9999-12-31",
    "-1",
    "1e400",
    "H-A",
    "h-a",
    "hospital-a.localhost",
    "localhost",
    "PHO-T",
]
hostile_text = st.one_of(
    st.sampled_from(HOSTILE_SAMPLES),
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=250, max_size=400),
)

# Every name a public view reads from the query string, and a few it does not.
QUERY_NAMES = [
    "q",
    "page",
    "p",
    "kind",
    "fy",
    "month",
    "status",
    "survey",
    "asked",
    "next",
    "unit",
    "district",
    "category",
    "year",
    "sort",
    "export",
    "lang",
]
_raw_value = st.one_of(
    st.sampled_from(HOSTILE_SAMPLES).map(lambda text: text.encode()),
    st.binary(max_size=60),
)
raw_query = st.lists(
    st.tuples(st.sampled_from(QUERY_NAMES), _raw_value), min_size=1, max_size=4
).map(lambda pairs: "&".join(f"{name}={quote_from_bytes(value, safe='')}" for name, value in pairs))
