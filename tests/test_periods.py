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


# Held-out period sentences, written for this test (not tuned on) (trade, plans, school
# years, open periods), read with year=2024 and reference day 10 September 2024:
# (sentence, [(text, start, end)]).
HELD_OUT_PERIODS = [
    ("Nửa đầu năm 2024, kim ngạch hai nước đạt 900 triệu USD.", [("Nửa đầu năm 2024", D(2024, 1, 1), D(2024, 6, 30))]),
    ("Trong nửa cuối năm, hai bên đẩy mạnh hợp tác.", [("nửa cuối năm", D(2024, 7, 1), D(2024, 12, 31))]),
    ("Dự kiến 6 tháng cuối năm, xuất khẩu tiếp tục tăng.", [("6 tháng cuối năm", D(2024, 7, 1), D(2024, 12, 31))]),
    ("Từ đầu năm đến nay, Lào đã đón 2 triệu lượt khách.", [("Từ đầu năm đến nay", D(2024, 1, 1), D(2024, 9, 10))]),
    ("Trong 8 tháng qua, kim ngạch đạt 1,2 tỷ USD.", [("8 tháng qua", D(2024, 1, 1), D(2024, 8, 31))]),
    ("8 tháng năm nay, xuất khẩu sang Lào tăng 12%.", [("8 tháng năm nay", D(2024, 1, 1), D(2024, 8, 31))]),
    ("Lũy kế 8 tháng, thu ngân sách đạt 75% dự toán.", [("Lũy kế 8 tháng", D(2024, 1, 1), D(2024, 8, 31))]),
    ("Tính chung 7 tháng, vốn đăng ký tăng 5%.", [("Tính chung 7 tháng", D(2024, 1, 1), D(2024, 7, 31))]),
    ("Giữa tháng 5, đoàn công tác sẽ sang Lào.", [("tháng 5", D(2024, 5, 1), D(2024, 5, 31))]),
    ("Cuối tháng 10/2024, hai nước tổ chức hội thảo.", [("tháng 10/2024", D(2024, 10, 1), D(2024, 10, 31))]),
    ("Đầu năm 2025, dự án khởi công.", [("năm 2025", D(2025, 1, 1), D(2025, 12, 31))]),
    (
        "Trong quý II và quý III, giải ngân đạt 60%.",
        [("quý II", D(2024, 4, 1), D(2024, 6, 30)), ("quý III", D(2024, 7, 1), D(2024, 9, 30))],
    ),
    ("6 tháng năm 2024, kim ngạch tăng 8%.", [("6 tháng năm 2024", D(2024, 1, 1), D(2024, 6, 30))]),
    ("Năm tài khóa 2024-2025, ngân sách tăng.", [("Năm tài khóa 2024-2025", D(2024, 1, 1), D(2025, 12, 31))]),
    ("Niên khóa 2023-2024, có 500 lưu học sinh Lào.", [("Niên khóa 2023-2024", D(2023, 1, 1), D(2024, 12, 31))]),
    ("Giai đoạn 2021-2025, hai bên thực hiện 20 dự án.", [("Giai đoạn 2021-2025", D(2021, 1, 1), D(2025, 12, 31))]),
    (
        "Chiến lược giai đoạn 2021 – 2030, tầm nhìn 2045 được thông qua.",
        [("giai đoạn 2021 – 2030", D(2021, 1, 1), D(2030, 12, 31))],
    ),
    ("Trong tháng Tám, lượng khách tăng.", [("tháng Tám", D(2024, 8, 1), D(2024, 8, 31))]),
    ("Quý I/2025, xuất khẩu tăng mạnh.", [("Quý I/2025", D(2025, 1, 1), D(2025, 3, 31))]),
    ("Kéo dài 8 tháng, công trình mới xong.", []),
    ("Sau 3 tháng thử nghiệm, hệ thống vận hành.", []),
    ("Trong 8 tháng, công trình sẽ hoàn thành.", []),
    ("Tốc độ 5 năm qua đạt 7% mỗi năm.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), HELD_OUT_PERIODS, ids=[h[0][:30] for h in HELD_OUT_PERIODS])
def test_held_out_periods(sentence: str, expected: list[tuple[str, D, D]]) -> None:
    """Periods in held-out sentences are read with their text, start and end; durations are not periods."""
    found = find_periods(sentence, year=2024, reference=D(2024, 9, 10))
    assert expected == [(m.text, m.value.start, m.value.end) for m in found]


def test_since_start_of_year_without_reference_is_open_ended() -> None:
    """'Từ đầu năm' with a caller's year but no reference day starts on 1 January and has no end."""
    (m,) = find_periods("Từ đầu năm đến nay, giá tăng.", year=2023)
    assert Period(D(2023, 1, 1), None, PeriodKind.OPEN) == m.value


def test_months_past_that_are_not_the_year_so_far() -> None:
    """'12 tháng qua' in September is the twelve whole months before, not January to December."""
    (m,) = find_periods("Trong 12 tháng qua, giá tăng.", reference=D(2024, 9, 10))
    assert Period(D(2023, 9, 1), D(2024, 8, 31), PeriodKind.MONTH) == m.value


def test_same_period_from_the_sentence_before() -> None:
    """'cùng kỳ' alone in a sentence compares with the period of the sentence just before it."""
    found = find_periods("Tiêu đề\nQuý I/2024 đạt 1 tỷ USD. Con số này tăng 10% so với cùng kỳ.")
    assert Period(D(2023, 1, 1), D(2023, 3, 31), PeriodKind.SAME_PERIOD_LAST_YEAR) == found[-1].value


def test_same_period_not_across_paragraphs() -> None:
    """'cùng kỳ' does not look back into another paragraph."""
    found = find_periods("Tiêu đề\nQuý I/2024 đạt 1 tỷ USD.\nCon số này tăng 10% so với cùng kỳ.")
    assert ["Quý I/2024"] == [m.text for m in found]


def test_year_left_out_falls_back_on_the_reference_year() -> None:
    """Without a caller's year or timestamp, a half-year without a year is in the reference year."""
    found = find_periods(
        "Lãi 50 tỷ đồng trong nửa đầu năm, giảm 9% so với cùng kỳ năm ngoái.", reference=D(2025, 9, 15)
    )
    expected = [
        Period(D(2025, 1, 1), D(2025, 6, 30), PeriodKind.HALF),
        Period(D(2024, 1, 1), D(2024, 6, 30), PeriodKind.SAME_PERIOD_LAST_YEAR),
    ]
    assert expected == [m.value for m in found]


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


@given(year=st.integers(1900, 2099), first=st.booleans())
def test_halves_cover_the_year(year: int, first: bool) -> None:
    """'nửa đầu năm Y' and 'nửa cuối năm Y' are the two halves of Y, meeting at 30 June / 1 July."""
    period = parse_period(f"nửa {'đầu' if first else 'cuối'} năm {year}")
    expected = (D(year, 1, 1), D(year, 6, 30)) if first else (D(year, 7, 1), D(year, 12, 31))
    assert (expected, PeriodKind.HALF) == ((period.start, period.end), period.kind)


@given(year=st.integers(1900, 2099), n=st.integers(1, 12), lead=st.sampled_from(["lũy kế", "tính chung"]))
def test_months_so_far_end_with_month_n(year: int, n: int, lead: str) -> None:
    """'lũy kế n tháng' runs from 1 January to the last day of month n of the caller's year."""
    period = parse_period(f"{lead} {n} tháng", year=year)
    assert period.end is not None
    assert (D(year, 1, 1), n, 1) == (period.start, period.end.month, (period.end + datetime.timedelta(days=1)).day)


def test_period_at_start_of_line_after_a_date_line_is_found() -> None:
    """A period opening the line after a timestamp line is read (the newline is not a space before it)."""
    text = "Tin vắn\n30/12/2022\nNăm 2022, kim ngạch đạt 950 triệu USD.\n08:00 01/01/2023\nTháng 12/2022 tăng 5%."
    assert [("Năm 2022", datetime.date(2022, 1, 1)), ("Tháng 12/2022", datetime.date(2022, 12, 1))] == [
        (m.text, m.value.start) for m in find_periods(text)
    ]


def test_periods_in_capitals_and_title_case() -> None:
    """The quick checks before the period forms let every case through (THÁNG, Thời Kỳ, CÙNG KỲ)."""
    text = "THÁNG 7/2024 tăng 5% so với CÙNG KỲ NĂM 2023; Thời Kỳ 2016 - 2020; Nửa Đầu Năm 2024; TỪ NĂM 2012 ĐẾN NAY."
    assert ["month", "same_period_last_year", "years", "half", "open"] == [
        m.value.kind.value for m in find_periods(text)
    ]
