"""Tests for vnlao_corpus.entities.tenures: years pinned by the officials an article names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnlao_corpus
from vnlao_corpus.entities import tenures as tenures_module
from vnlao_corpus.entities.tenures import REVIEWED_THROUGH, tenure_years, tenures, year_from_tenures
from vnlao_corpus.model import Official, YearSource
from vnlao_corpus.values import dates as dates_module

# Officials as extract_officials gives them (titles as written in the news), with this_year fixed.
YEAR_CASES = [
    # one open tenure: from its start to this year
    ("open", [Official("Lương Cường", ("Chủ tịch nước",), "VN")], [2024, 2025, 2026]),
    # an ended tenure: its years, and the years after the table's review
    ("ended", [Official("Phankham Viphavanh", ("Thủ tướng",), "LA")], [2021, 2022, 2026]),
    # two officials: the years they held office together
    (
        "together",
        [
            Official("Phạm Minh Chính", ("Thủ tướng Chính phủ",), "VN"),
            Official("Phankham Viphavanh", ("Thủ tướng",), "LA"),
        ],
        [2021, 2022, 2026],
    ),
    # Bộ trưởng Bộ X is the lexicon's Bộ trưởng X
    (
        "ministry-form",
        [Official("Phan Văn Giang", ("Bộ trưởng Bộ Quốc phòng",), "VN")],
        [2021, 2022, 2023, 2024, 2025, 2026],
    ),
    # a former office says nothing
    ("former", [Official("Nguyễn Xuân Phúc", ("nguyên Thủ tướng",), "VN")], []),
    ("cuu", [Official("Nguyễn Tấn Dũng", ("cựu Thủ tướng",), "VN")], []),
    # an office the person never held in the table says nothing
    ("other-office", [Official("Lương Cường", ("Thường trực Ban Bí thư",), "VN")], []),
    # an acting title matches only an acting tenure
    ("acting-vs-full", [Official("Lê Hoài Trung", ("Bộ trưởng Ngoại giao",), "VN")], []),
    ("acting", [Official("Lê Hoài Trung", ("Quyền Bộ trưởng Ngoại giao",), "VN")], [2025, 2026]),
    # a name in the table, under another country, says nothing
    ("country", [Official("Tô Lâm", ("Tổng Bí thư",), "LA")], []),
    # people who never held office in the same year: no year at all
    (
        "conflict",
        [Official("Phạm Minh Chính", ("Thủ tướng",), "VN"), Official("Thongsing Thammavong", ("Thủ tướng",), "LA")],
        [2026],
    ),
    (
        "conflict-before-review",
        [Official("Nguyễn Tấn Dũng", ("Thủ tướng",), "VN"), Official("Phạm Minh Chính", ("Thủ tướng",), "VN")],
        [2026],
    ),
]


@pytest.mark.parametrize(("officials", "expected"), [c[1:] for c in YEAR_CASES], ids=[c[0] for c in YEAR_CASES])
def test_tenure_years(officials: list[Official], expected: list[int]) -> None:
    """The years are those every matching official held the named office (this year 2026)."""
    assert expected == sorted(tenure_years(officials, this_year=2026))


def test_tenure_years_before_the_review_year() -> None:
    """Before the review horizon, officials who never served together give no year."""
    officials = [
        Official("Phạm Minh Chính", ("Thủ tướng",), "VN"),
        Official("Thongsing Thammavong", ("Thủ tướng",), "LA"),
    ]
    assert [] == sorted(tenure_years(officials, this_year=REVIEWED_THROUGH))


def test_table_is_well_formed() -> None:
    """Every tenure starts before it ends, in a month 1-12 (0: year only), in a known country."""
    for rows in tenures().values():
        for t in rows:
            assert t.country in {"VN", "LA"}
            assert 0 <= t.start[1] <= 12
            assert t.end is None or t.start <= t.end
            assert t.source


# (years, day, month, weekday, expected): weekdays as written in news datelines (Thứ Hai (15/5)).
PICK_CASES = [
    ("single", frozenset({2019}), 3, 4, None, 2019),
    ("weekday-one", frozenset(range(2016, 2022)), 15, 5, 0, 2017),  # 15/5/2017 was a Monday
    ("weekday-none", frozenset(range(2016, 2022)), 15, 5, None, None),
    ("weekday-two", frozenset({2017, 2023}), 15, 5, 0, None),  # a Monday in both
    ("weekday-no-fit", frozenset({2018, 2019}), 15, 5, 0, None),
    ("empty", frozenset(), 15, 5, 0, None),
    ("feb-29", frozenset({2023, 2024}), 29, 2, 3, 2024),  # only 2024 has 29/2 (a Thursday)
]


@pytest.mark.parametrize(("years", "day", "month", "weekday", "expected"), [c[1:] for c in PICK_CASES],
                         ids=[c[0] for c in PICK_CASES])  # fmt: skip
def test_year_from_tenures(
    years: frozenset[int], day: int, month: int, weekday: int | None, expected: int | None
) -> None:
    """One year, or the one year where the weekday falls; otherwise nothing."""
    assert expected == year_from_tenures(years, day, month, weekday)


@given(
    st.frozensets(st.integers(1990, 2040)),
    st.integers(1, 31),
    st.integers(1, 12),
    st.one_of(st.none(), st.integers(0, 6)),
)
def test_year_from_tenures_is_in_the_set(years: frozenset[int], day: int, month: int, weekday: int | None) -> None:
    """The year given is always one of the allowed years, and never raises."""
    year = year_from_tenures(years, day, month, weekday)
    assert year is None or year in years


def test_parse_uses_tenure_weekday(monkeypatch: pytest.MonkeyPatch) -> None:
    """A year-less dated sentence with a weekday takes the one tenure year where the weekday falls."""
    monkeypatch.setattr(tenures_module, "_this_year", lambda: 2026)
    text = "Thủ tướng tiếp khách\nHà Nội, Thứ Hai (15/5), Thủ tướng Nguyễn Xuân Phúc tiếp đoàn khách Lào."
    article = vnlao_corpus.parse(text)
    (date,) = article.dates
    assert (2017, YearSource.TENURE) == (date.value.year, date.value.year_source)


def test_parse_without_weekday_leaves_year_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """Several tenure years and no weekday: the year stays unknown."""
    monkeypatch.setattr(tenures_module, "_this_year", lambda: 2026)
    text = "Thủ tướng tiếp khách\nSáng 15/5, Thủ tướng Nguyễn Xuân Phúc tiếp đoàn khách Lào."
    (date,) = vnlao_corpus.parse(text).dates
    assert (None, YearSource.UNKNOWN) == (date.value.year, date.value.year_source)


def test_known_year_skips_officials(monkeypatch: pytest.MonkeyPatch) -> None:
    """When another rule gives the year, the officials are not read for it."""

    def fail(doc: object) -> frozenset[int]:
        raise AssertionError("tenures read although the year was known")

    monkeypatch.setattr(dates_module, "_tenure_years", fail)
    text = "Thủ tướng tiếp khách\nThứ Hai (15/5), Thủ tướng Nguyễn Xuân Phúc tiếp đoàn khách Lào."
    (date,) = vnlao_corpus.parse(text, year=2017).dates
    assert (2017, YearSource.CALLER) == (date.value.year, date.value.year_source)


def test_diagnostics_not_doubled() -> None:
    """Reading the officials for a year adds no diagnostics of its own."""
    text = "Tiêu đề\nThứ Hai (15/5), Thủ tướng Nguyễn Xuân Phúc tiếp đoàn khách Lào. Bộ trưởng Hùng cho biết thêm."
    with_tenure = vnlao_corpus.parse(text).diagnostics
    with_year = vnlao_corpus.parse(text, year=2017).diagnostics
    assert [d.code for d in with_year] == [d.code for d in with_tenure]
