"""Tests for vnlao_corpus.values.calendar: the calendar words read from CLDR, and their extensions.

The expected words are the ones Vietnamese news writes (FORMAT.md, the news
pool); the tests check the data itself, as STYLE.md asks (dateparser's
Vietnamese data once called Sunday "Thứ 1").
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.model import PartOfDay
from vnlao_corpus.values.calendar import (
    alternation,
    day_period_words,
    lazy_pattern,
    month_name_words,
    month_words,
    quarter_numerals,
    weekday_words,
)

# Weekdays as news writes them (FORMAT.md: Thứ ba, Chủ nhật; the pool: thứ 6).
WEEKDAYS = [
    ("thứ hai", 0),
    ("thứ ba", 1),
    ("thứ tư", 2),
    ("thứ năm", 3),
    ("thứ sáu", 4),
    ("thứ bảy", 5),
    ("chủ nhật", 6),
    ("thứ 2", 0),
    ("thứ 6", 4),
    ("thứ 7", 5),
    ("t7", 5),
    ("cn", 6),
]


@pytest.mark.parametrize(("word", "number"), WEEKDAYS, ids=[w[0] for w in WEEKDAYS])
def test_weekdays(word: str, number: int) -> None:
    """Each weekday word names the right day, Monday = 0."""
    assert number == weekday_words()[word]


def test_no_sunday_is_thu_1() -> None:
    """'thứ 1' is not a weekday (Sunday is Chủ nhật)."""
    assert "thứ 1" not in weekday_words()


# Months as written: CLDR's digits and news usage words (FORMAT.md: tháng Một).
MONTHS = [
    ("tháng 1", 1),
    ("tháng 12", 12),
    ("thg 8", 8),
    ("tháng một", 1),
    ("tháng giêng", 1),
    ("tháng tư", 4),
    ("tháng năm", 5),
    ("tháng mười một", 11),
    ("tháng chạp", 12),
]


@pytest.mark.parametrize(("word", "number"), MONTHS, ids=[m[0] for m in MONTHS])
def test_months(word: str, number: int) -> None:
    """Each month name gives its number."""
    assert number == month_words()[word]


def test_month_name_words_are_the_tails() -> None:
    """Every month word appears after 'tháng' in the full month table."""
    assert all(month_words()[f"tháng {w}"] == n for w, n in month_name_words().items())


# Parts of the day written before a date (FORMAT.md).
DAY_PERIODS = [
    ("sáng", PartOfDay.MORNING),
    ("trưa", PartOfDay.NOON),
    ("chiều", PartOfDay.AFTERNOON),
    ("chiều tối", PartOfDay.EARLY_EVENING),
    ("tối", PartOfDay.EVENING),
    ("đêm", PartOfDay.NIGHT),
    ("khuya", PartOfDay.NIGHT),
]


@pytest.mark.parametrize(("word", "part"), DAY_PERIODS, ids=[d[0] for d in DAY_PERIODS])
def test_day_periods(word: str, part: PartOfDay) -> None:
    """Each day-period word maps to its part of the day."""
    assert part == day_period_words()[word]


def test_quarters() -> None:
    """Quarters are read in Roman and Arabic numerals."""
    assert [1, 2, 3, 4, 1, 4] == [quarter_numerals()[q] for q in ("i", "ii", "iii", "iv", "1", "4")]


def test_keys_are_lower_case_nfc() -> None:
    """Every key is lower case and NFC, as the normalised text is."""
    import unicodedata

    keys = [*month_words(), *weekday_words(), *day_period_words()]
    assert [] == [k for k in keys if k != unicodedata.normalize("NFC", k).lower()]


def test_alternation_matches_longest_first() -> None:
    """The alternation tries longer words first and lets spaces vary."""
    pattern = re.compile(alternation(["chiều", "chiều tối"]))
    match = pattern.match("chiều  tối")
    assert match is not None
    assert "chiều  tối" == match.group()


def test_lazy_pattern_builds_its_source_on_first_use_only() -> None:
    """A lazy pattern calls the function building its source once, at the first use, not before."""
    calls: list[int] = []

    def source() -> str:
        calls.append(1)
        return r"tháng\s+(\d+)"

    pattern = lazy_pattern(source, re.IGNORECASE)
    assert [] == calls
    assert ["7", "12"] == [m.group(1) for m in pattern.finditer("Tháng 7 và THÁNG  12")]
    assert None is pattern.match("ngày 7")
    assert [1] == calls


# Patterns of the kinds the scanners use (a lookbehind, a case-insensitive
# alternation, a group), tried against any text.
LAZY_SOURCES = [
    (r"(?<!\w)(?:kim\s+ngạch|xuất\s+khẩu)(?!\w)", re.IGNORECASE),
    (r"(?P<d>\d\d?)[/.\-](?P<m>\d\d?)", 0),
    (r"năm\s+\Z", re.IGNORECASE),
]


@pytest.mark.parametrize(("source", "flags"), LAZY_SOURCES, ids=["alternation", "groups", "end-anchor"])
@given(text=st.text(alphabet="kimngạchxuấtkhẩuKIMNGẠCH năm/.-0123456789", max_size=60))
def test_lazy_pattern_matches_as_compiled(source: str, flags: int, text: str) -> None:
    """A lazy pattern finds, matches and substitutes exactly as the compiled pattern does."""
    lazy, compiled = lazy_pattern(source, flags), re.compile(source, flags)
    assert [m.span() for m in compiled.finditer(text)] == [m.span() for m in lazy.finditer(text)]
    found, lazily = compiled.search(text), lazy.search(text)
    assert (found.span() if found else None) == (lazily.span() if lazily else None)
    assert compiled.sub("_", text) == lazy.sub("_", text)
    assert (compiled.pattern, compiled.flags) == (lazy.pattern, lazy.flags)
