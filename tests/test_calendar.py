"""Tests for vnlao_corpus.values.calendar: the calendar words read from CLDR, and their extensions.

The expected words are the ones Vietnamese news writes (FORMAT.md, the news
pool); the tests check the data itself, as STYLE.md asks (dateparser's
Vietnamese data once called Sunday "Thứ 1").
"""

from __future__ import annotations

import re

import pytest

from vnlao_corpus.model import PartOfDay
from vnlao_corpus.values.calendar import (
    alternation,
    day_period_words,
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
