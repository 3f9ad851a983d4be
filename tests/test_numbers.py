"""Tests for ``vnlao_corpus.values.numbers``: Vietnamese numbers in digits, scale words and words.

The forms come from FORMAT.md ("Numbers and money": ``1,1``, ``16,7``,
``1.234,5``, ``2.300``, ``468,281``, ``86.000 tỉ``, ``3 tỷ 370 triệu``), from the
task brief (numbers in words: ``hai mươi lăm``, ``một tỷ rưỡi``, ``mười lăm``,
``mốt``, ``tư``, ``lăm``, ``linh``/``lẻ``), and from Vietnamese grammar books'
number tables (``một trăm linh năm``, ``hai nghìn không trăm hai mươi lăm``).
"""

from __future__ import annotations

import decimal
import unicodedata
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import example, given
from hypothesis import strategies as st

from vnlao_corpus.errors import ParseError
from vnlao_corpus.values.numbers import NumberFormatError, parse_digits, parse_number, vi_symbols

# --------------------------------------------------------------------------- digits

# Digits in the vi format (FORMAT.md: decimal comma, dot grouping).
DIGITS = [
    ("1,1", "1.1"),
    ("16,7", "16.7"),
    ("1.234,5", "1234.5"),
    ("2.300", "2300"),
    ("468,281", "468.281"),
    ("1.234.567,89", "1234567.89"),
    ("0,5", "0.5"),
    ("-6", "-6"),
    ("+6", "6"),
    ("1000", "1000"),  # babel's compact format writes "1000 nghìn" without grouping
    ("007", "7"),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS, ids=[t for t, _ in DIGITS])
def test_digits_in_vi_format(text: str, expected: str) -> None:
    """Digits with a decimal comma and dot grouping read to the exact decimal, in both modes."""
    assert (Decimal(expected), Decimal(expected)) == (parse_number(text), parse_number(text, strict=True))


# Forms that are not vi format: what lenient mode reads, what strict mode suggests.
# "1.5 tỷ USD" and "48.7 tỉ đồng" were seen in the news pool; "1,234.5" is English grouping.
NOT_VI = [
    ("1.1", "1.1", ["1,1", "1.100"]),
    ("12.34", "12.34", ["12,34", "12.340"]),
    ("12.3456", "12.3456", ["12,3456"]),
    ("1,234.5", "1234.5", ["1.234,5"]),
    ("1,234,567", "1234567", ["1.234.567"]),
]


@pytest.mark.parametrize(("text", "lenient", "suggestions"), NOT_VI, ids=[t for t, _, _ in NOT_VI])
def test_not_vi_format_is_read_leniently(text: str, lenient: str, suggestions: list[str]) -> None:
    """Lenient mode reads a dot that cannot be grouping, or English grouping, as the writer meant."""
    assert Decimal(lenient) == parse_number(text)


@pytest.mark.parametrize(("text", "lenient", "suggestions"), NOT_VI, ids=[t for t, _, _ in NOT_VI])
def test_not_vi_format_is_rejected_strictly_with_suggestions(text: str, lenient: str, suggestions: list[str]) -> None:
    """Strict mode raises NumberFormatError quoting the input and listing what was probably meant."""
    with pytest.raises(NumberFormatError) as info:
        parse_number(text, strict=True)
    assert (suggestions, True) == (info.value.suggestions, repr(text) in str(info.value))


def test_ambiguous_dot_message_says_both_readings() -> None:
    """The message for '1.1' names one point one and 1.100, as babel's NumberFormatError does."""
    with pytest.raises(NumberFormatError, match=r"did you mean '1,1' \(one point one\) or '1\.100'\?"):
        parse_number("1.1", strict=True)


def test_vi_symbols_come_from_babel() -> None:
    """The decimal, group and minus symbols are babel's CLDR data for vi."""
    assert (",", ".", "-") == vi_symbols()


# --------------------------------------------------------------------------- scale words

# FORMAT.md lists nghìn/ngàn, triệu, tỷ/tỉ, nghìn tỷ and the compound 3 tỷ 370 triệu.
SCALES = [
    ("1,1 tỷ", "1100000000"),
    ("1,22 tỷ", "1220000000"),
    ("86.000 tỉ", "86000000000000"),
    ("465,7 triệu", "465700000"),
    ("3 tỷ 370 triệu", "3370000000"),
    ("3 tỷ 370 triệu 500 nghìn", "3370500000"),
    ("1,5 nghìn tỷ", "1500000000000"),
    ("2 ngàn tỷ", "2000000000000"),
    ("500 ngàn", "500000"),
    ("1 tỷ rưỡi", "1500000000"),
    ("2 triệu rưỡi", "2500000"),
    ("1000000 nghìn tỷ", "1000000000000000000"),
    ("-1,1 tỷ", "-1100000000"),
]


@pytest.mark.parametrize(("text", "expected"), SCALES, ids=[t for t, _ in SCALES])
def test_scale_words_multiply_and_compounds_add(text: str, expected: str) -> None:
    """Scale words multiply the number before them; compounds add up; the result is exact."""
    assert Decimal(expected) == parse_number(text, strict=True)


def test_scaled_value_has_no_exponent() -> None:
    """1,1 tỷ is Decimal('1100000000'), not 1.1E+9 (the value a reader sees is the plain integer)."""
    assert "1100000000" == str(parse_number("1,1 tỷ"))


def test_scaled_value_is_exact_beyond_default_precision() -> None:
    """A number longer than the default decimal context (28 digits) is not rounded when scaled."""
    digits = "1234567890123456789012345678901234"
    assert Decimal(digits + "000000000") == parse_number(digits + " tỷ")


# --------------------------------------------------------------------------- words

# Numbers in words (task brief; Vietnamese number grammar).
WORDS = [
    ("hai mươi lăm", 25),
    ("mười lăm", 15),
    ("mười", 10),
    ("hai mươi", 20),
    ("hai mươi mốt", 21),
    ("ba mươi tư", 34),
    ("bốn mươi nhăm", 45),
    ("chín mươi chín", 99),
    ("một trăm", 100),
    ("một trăm linh năm", 105),
    ("một trăm lẻ năm", 105),
    ("một trăm mốt", 110),
    ("hai nghìn tư", 2400),
    ("hai nghìn không trăm hai mươi lăm", 2025),
    ("ba trăm nghìn", 300000),
    ("một tỷ rưỡi", 1500000000),
    ("hai triệu rưỡi", 2500000),
    ("một nghìn tỷ", 1000000000000),
    ("Bảy mươi bảy", 77),
]


@pytest.mark.parametrize(("text", "expected"), WORDS, ids=[t for t, _ in WORDS])
def test_numbers_in_words(text: str, expected: int) -> None:
    """Numbers in words follow Vietnamese grammar (mươi, mười, linh/lẻ, mốt, tư, lăm, rưỡi)."""
    assert Decimal(expected) == parse_number(text, strict=True)


def test_words_in_decomposed_unicode() -> None:
    """Words typed with decomposed diacritics (NFD, seen in the news pool) read the same."""
    assert Decimal(25) == parse_number(unicodedata.normalize("NFD", "hai mươi lăm"))


# Not numbers at all: what the error says.
NOT_NUMBERS = [
    ("", "empty"),
    ("   ", "empty"),
    ("abc", "not a number word"),
    ("hai ba", "two numbers in a row"),
    ("mươi", "needs a digit"),
    ("1..2", "'..'"),
    ("1,2,3.4.5", "separators"),
    ("tỷ", "needs a number"),
]


@pytest.mark.parametrize(("text", "why"), NOT_NUMBERS, ids=[repr(t) for t, _ in NOT_NUMBERS])
def test_not_a_number_raises_parse_error_saying_why(text: str, why: str) -> None:
    """Text that is no number raises a ParseError (a ValueError) that quotes it and says why."""
    with pytest.raises(ParseError) as info:
        parse_number(text, strict=True)
    assert (True, True, True) == (
        isinstance(info.value, ValueError),
        repr(text) in str(info.value),
        why in str(info.value),
    )


def test_parse_digits_rejects_scale_words() -> None:
    """parse_digits reads digits only; a scale word is parse_number's business."""
    with pytest.raises(NumberFormatError):
        parse_digits("1,1 tỷ")


# --------------------------------------------------------------------------- properties

# Decimals that babel's default pattern (#,##0.###) prints without rounding.
three_places = st.decimals(
    min_value=Decimal("-1e24"), max_value=Decimal("1e24"), places=3, allow_nan=False, allow_infinity=False
)
any_finite = st.decimals(allow_nan=False, allow_infinity=False).filter(lambda d: abs(d.adjusted()) < 60)


@given(three_places)
@example(Decimal("1100000000"))
@example(Decimal("-0.001"))
def test_babel_format_decimal_parses_back(value: Decimal) -> None:
    """Whatever babel writes with format_decimal(x, locale='vi') parses back, strictly, to x."""
    assert value == parse_number(format_decimal(value, locale="vi"), strict=True)


@given(any_finite)
@example(Decimal("1E+30"))
@example(Decimal("0.000001"))
def test_babel_format_decimal_unquantized_parses_back(value: Decimal) -> None:
    """Without babel's rounding (decimal_quantization=False), any finite decimal round-trips."""
    with decimal.localcontext(decimal.Context(prec=400)):  # babel quantizes in the current context
        text = format_decimal(value, locale="vi", decimal_quantization=False)
    assert value == parse_number(text, strict=True)


@given(st.text(max_size=40))
def test_parse_number_raises_only_parse_error(text: str) -> None:
    """On any string, parse_number returns a Decimal or raises ParseError, nothing else."""
    try:
        result = parse_number(text)
    except ParseError:
        return
    assert isinstance(result, Decimal)
