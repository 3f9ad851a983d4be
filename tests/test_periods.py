"""Tests for vnlao_corpus.values.periods: find_periods, scan_periods, parse_period.

The forms are the ones FORMAT.md lists ("Periods") and forms seen in trade
news in the pool; the sentences around them are written for these tests.
"""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnlao_corpus.errors import ParseError
from vnlao_corpus.model import Period, PeriodKind
from vnlao_corpus.text.document import Options, read_document
from vnlao_corpus.values.periods import find_periods, parse_period, scan_periods

D = datetime.date

# (text, start, end, kind), read with year=2024 from the caller.
FORMS = [
    ("tháng 7/2024", D(2024, 7, 1), D(2024, 7, 31), PeriodKind.MONTH),
    ("tháng 7 năm 2023", D(2023, 7, 1), D(2023, 7, 31), PeriodKind.MONTH),
    ("tháng 2-2023", D(2023, 2, 1), D(2023, 2, 28), PeriodKind.MONTH),
    ("tháng Bảy", D(2024, 7, 1), D(2024, 7, 31), PeriodKind.MONTH),
    ("tháng 7-8/2023", D(2023, 7, 1), D(2023, 8, 31), PeriodKind.MONTH),
    ("quý I/2024", D(2024, 1, 1), D(2024, 3, 31), PeriodKind.QUARTER),
    ("quý 1 năm 2023", D(2023, 1, 1), D(2023, 3, 31), PeriodKind.QUARTER),
    ("quý IV", D(2024, 10, 1), D(2024, 12, 31), PeriodKind.QUARTER),
    ("6 tháng đầu năm", D(2024, 1, 1), D(2024, 6, 30), PeriodKind.HALF),
    ("6 tháng cuối năm 2023", D(2023, 7, 1), D(2023, 12, 31), PeriodKind.HALF),
    ("7 tháng đầu năm 2024", D(2024, 1, 1), D(2024, 7, 31), PeriodKind.YEAR_TO_MONTH),
    ("9 tháng năm 2022", D(2022, 1, 1), D(2022, 9, 30), PeriodKind.YEAR_TO_MONTH),
    ("năm 2024", D(2024, 1, 1), D(2024, 12, 31), PeriodKind.YEAR),
    ("cả năm 2023", D(2023, 1, 1), D(2023, 12, 31), PeriodKind.YEAR),
    ("nhiệm kỳ 2021-2026", D(2021, 1, 1), D(2026, 12, 31), PeriodKind.TERM),
    ("giai đoạn 2016 - 2020", D(2016, 1, 1), D(2020, 12, 31), PeriodKind.YEARS),
    ("Lũy kế hết tháng 11/2023", D(2023, 1, 1), D(2023, 11, 30), PeriodKind.YEAR_TO_MONTH),
    ("Tính đến tháng 4/2025", None, D(2025, 4, 30), PeriodKind.OPEN),
    ("Từ tháng 1/2023", D(2023, 1, 1), None, PeriodKind.OPEN),
    ("từ tháng 1 đến tháng 5/2023", D(2023, 1, 1), D(2023, 5, 31), PeriodKind.YEAR_TO_MONTH),
    ("năm nay", D(2024, 1, 1), D(2024, 12, 31), PeriodKind.YEAR),
    ("năm ngoái", D(2023, 1, 1), D(2023, 12, 31), PeriodKind.YEAR),
]


@pytest.mark.parametrize(("text", "start", "end", "kind"), FORMS, ids=[f[0] for f in FORMS])
def test_forms(text: str, start: D | None, end: D | None, kind: PeriodKind) -> None:
    """Each period form is read whole, with its start, end and kind."""
    found = find_periods(f"Kim ngạch {text} tăng mạnh.", year=2024)
    assert [(text, Period(start, end, kind))] == [(m.text, m.value) for m in found]


def test_same_period_takes_the_compared_period() -> None:
    """'cùng kỳ năm 2023' is the period before it in the sentence, moved to 2023."""
    found = find_periods("7 tháng đầu năm 2024 đạt 1 tỷ USD, tăng 5% so với cùng kỳ năm 2023.")
    assert Period(D(2023, 1, 1), D(2023, 7, 31), PeriodKind.SAME_PERIOD_LAST_YEAR) == found[-1].value


def test_same_period_last_year_counts_from_the_compared_period() -> None:
    """'cùng kỳ năm ngoái' is one year before the compared period, not before the reference."""
    found = find_periods("9 tháng đầu năm 2022 đạt 1 tỷ USD, tăng 9% so với cùng kỳ năm ngoái.", year=2024)
    assert Period(D(2021, 1, 1), D(2021, 9, 30), PeriodKind.SAME_PERIOD_LAST_YEAR) == found[-1].value


def test_same_period_alone() -> None:
    """'cùng kỳ năm 2023' with nothing before it is the whole of 2023."""
    (m,) = find_periods("Tăng 5% so với cùng kỳ năm 2023.")
    assert Period(D(2023, 1, 1), D(2023, 12, 31), PeriodKind.SAME_PERIOD_LAST_YEAR) == m.value


def test_open_until_now() -> None:
    """'từ năm 2012 đến nay' runs from 2012 to the reference day."""
    (m,) = find_periods("Từ năm 2012 đến nay, hai bên hợp tác.", reference=D(2025, 1, 9))
    assert ("Từ năm 2012 đến nay", Period(D(2012, 1, 1), D(2025, 1, 9), PeriodKind.OPEN)) == (m.text, m.value)


def test_year_inferred_from_timestamp() -> None:
    """A period without a year takes the publication year."""
    doc = read_document("Thương mại tăng 15/07/2024 10:00\n6 tháng đầu năm, kim ngạch tăng.")
    (hit,) = scan_periods(doc, Options())
    assert Period(D(2024, 1, 1), D(2024, 6, 30), PeriodKind.HALF) == hit.item.value


def test_quarter_after_publication_is_year_before() -> None:
    """A quarter that would start months after publication is in the year before."""
    doc = read_document("Thương mại tăng 10/01/2025 10:00\nQuý IV, kim ngạch tăng.")
    (hit,) = scan_periods(doc, Options())
    assert D(2024, 10, 1) == hit.item.value.start


# Day ranges (FORMAT.md "Ranges") are periods of kind DAY_RANGE as well as two date mentions.
DAY_RANGES = [
    ("Đoàn thăm từ ngày 15-17.5.2022.", "15-17.5.2022", D(2022, 5, 15), D(2022, 5, 17)),
    ("Hội nghị từ ngày 8 đến 10/1.", "8 đến 10/1", D(2024, 1, 8), D(2024, 1, 10)),
    ("Triển lãm mở 30/10-2/11/2022.", "30/10-2/11/2022", D(2022, 10, 30), D(2022, 11, 2)),
]


@pytest.mark.parametrize(("sentence", "text", "start", "end"), DAY_RANGES, ids=[d[1] for d in DAY_RANGES])
def test_day_ranges(sentence: str, text: str, start: D, end: D) -> None:
    """A range of days is a DAY_RANGE period covering both ends."""
    found = find_periods(sentence, year=2024)
    assert [(text, Period(start, end, PeriodKind.DAY_RANGE))] == [(m.text, m.value) for m in found]


# Not periods: dates and month counts that are not calendar months.
NOT_PERIODS = [
    "Ngày 6 tháng 1 đoàn tới.",
    "Kéo dài 3 tháng liền.",
    "Sau 5 năm trước đó.",
    "Quý khách vui lòng chờ.",
]


@pytest.mark.parametrize("text", NOT_PERIODS, ids=NOT_PERIODS)
def test_not_periods(text: str) -> None:
    """Dates and durations are not periods."""
    assert [] == find_periods(text, year=2024)


def test_parse_period() -> None:
    """parse_period reads one whole period expression."""
    assert Period(D(2024, 1, 1), D(2024, 3, 31), PeriodKind.QUARTER) == parse_period("quý I/2024")


PARSE_BAD = [
    ("tháng 13/2024", "'tháng 13/2024' is not a period"),
    ("6 tháng đầu năm", "'6 tháng đầu năm' is a period whose year is not written"),
    ("hai bên", "'hai bên' is not a period"),
]


@pytest.mark.parametrize(("text", "message"), PARSE_BAD, ids=[p[0] for p in PARSE_BAD])
def test_parse_period_errors(text: str, message: str) -> None:
    """parse_period raises a ParseError quoting the input and saying why."""
    with pytest.raises(ParseError) as info:
        parse_period(text)
    assert str(info.value).startswith(message)


@settings(max_examples=200)
@given(st.text())
def test_find_periods_never_raises_and_spans_are_exact(text: str) -> None:
    """find_periods never raises on any text and every mention quotes its span exactly."""
    for m in find_periods(text):
        assert text[m.start : m.end] == m.text


@given(year=st.integers(1900, 2099), month=st.integers(1, 12))
def test_month_round_trip(year: int, month: int) -> None:
    """'tháng M/YYYY' covers exactly that month."""
    period = parse_period(f"tháng {month}/{year}")
    assert (D(year, month, 1), month, year) == (period.start, period.end.month if period.end else None, year)
    assert period.end is not None
    assert (period.end + datetime.timedelta(days=1)).day == 1


@given(year=st.integers(1900, 2099), quarter=st.integers(1, 4))
def test_quarters_cover_the_year(year: int, quarter: int) -> None:
    """Quarter q starts on the first of month 3q-2 and has 90 to 92 days."""
    period = parse_period(f"quý {quarter} năm {year}")
    assert D(year, quarter * 3 - 2, 1) == period.start
    assert period.days in (90, 91, 92)
