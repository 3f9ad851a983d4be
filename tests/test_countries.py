"""Tests for vnlao_corpus.entities.countries: country names in Vietnamese news and their ISO codes.

The forms come from FORMAT.md (``CHDCND Lào``, ``Lào Cai`` is not Laos), from
babel's CLDR Vietnamese territory names, and from headlines in the news pool
(``Mỹ``, ``TQ``, ``Cam-pu-chia``). The sentences are written for these tests.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.entities.countries import (
    AMBIGUOUS_COUNTRIES,
    country_code,
    country_names,
    country_of,
    country_pattern,
    find_countries,
)

CODES = [
    # CLDR Vietnamese territory names
    ("Lào", "LA"),
    ("Việt Nam", "VN"),
    ("Campuchia", "KH"),
    ("Trung Quốc", "CN"),
    ("Hoa Kỳ", "US"),
    ("Thái Lan", "TH"),
    ("Hàn Quốc", "KR"),
    ("Nhật Bản", "JP"),
    ("Canada", "CA"),
    # state names, FORMAT.md and the dev set's kind of text
    ("CHDCND Lào", "LA"),
    ("Cộng hòa Dân chủ Nhân dân Lào", "LA"),
    ("nước Cộng hòa xã hội chủ nghĩa Việt Nam", "VN"),
    ("CHXHCN Việt Nam", "VN"),
    ("Vương quốc Campuchia", "KH"),
    # headline forms seen in the news pool
    ("Mỹ", "US"),
    ("TQ", "CN"),
    ("Cam-pu-chia", "KH"),
    ("Ukraine", "UA"),
    # spacing and decomposed marks are tolerated
    ("Việt  Nam", "VN"),
    (unicodedata.normalize("NFD", "Hàn Quốc"), "KR"),
]

NOT_COUNTRIES = [
    "Lào Cai",  # a Vietnamese province, FORMAT.md
    "Hà Nội",
    "Vientiane",
    "Anh",  # a given name as often as Britain
    "",
]


@pytest.mark.parametrize(("name", "code"), CODES, ids=[n for n, _ in CODES])
def test_country_code(name: str, code: str) -> None:
    """A country name as written gives its ISO 3166-1 alpha-2 code."""
    assert code == country_code(name)


@pytest.mark.parametrize("name", NOT_COUNTRIES, ids=repr)
def test_not_a_country(name: str) -> None:
    """Provinces, cities, ambiguous given names and the empty string are not countries."""
    assert country_code(name) is None


FOUND = [
    # (sentence written for the test, the countries in order)
    ("Đoàn công tác tỉnh Lào Cai thăm Lào", ["LA"]),
    ("Hợp tác Việt Nam - Lào - Campuchia", ["VN", "LA", "KH"]),
    ("Ngoại trưởng Mỹ gặp Ngoại trưởng TQ", ["US", "CN"]),
    ("Đại sứ CHXHCN Việt Nam tại CHDCND Lào", ["VN", "LA"]),
    ("Lào-Việt", ["LA", "VN"]),
    ("Người Lào", ["LA"]),
    ("Láo Lào Lào", ["LA", "LA"]),
]


@pytest.mark.parametrize(("text", "codes"), FOUND, ids=[t for t, _ in FOUND])
def test_find_countries(text: str, codes: list[str]) -> None:
    """find_countries gives every country in text order, and not Lào Cai."""
    assert codes == [code for _, _, code in find_countries(text)]


@pytest.mark.parametrize(("text", "codes"), FOUND, ids=[t for t, _ in FOUND])
def test_pattern_agrees_with_find_countries(text: str, codes: list[str]) -> None:
    """country_pattern finds what find_countries finds."""
    assert codes == [country_of(m) for m in country_pattern().finditer(text)]


def test_names_are_nfc_and_codes_are_alpha2() -> None:
    """Every name is NFC and every code two capital letters."""
    bad = [
        (n, c)
        for n, c in country_names().items()
        if unicodedata.normalize("NFC", n) != n or not re.fullmatch("[A-Z]{2}", c)
    ]
    assert [] == bad


def test_ambiguous_names_are_left_out() -> None:
    """Names that are also Vietnamese given names do not match on their own."""
    assert [] == [n for n in AMBIGUOUS_COUNTRIES if n in country_names()]


@given(st.text())
def test_find_countries_offsets(text: str) -> None:
    """Every match covers a known name, whatever the text."""
    names = country_names()
    assert all(names[text[s:e]] == code for s, e, code in find_countries(text))
