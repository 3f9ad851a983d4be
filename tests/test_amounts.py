"""Tests for ``vnlao_corpus.values.amounts``: money, percentages, multiples, counts and measures.

The sentences are written for these tests; the FORMS in them are the ones
FORMAT.md lists under "Numbers and money" (``1,1 tỷ USD``, ``3 tỷ 370 triệu``,
``86.000 tỉ``, ``đôla Mỹ``, ``VNĐ``, ``kíp``, ``gần``/``hơn``/``khoảng``/``xấp xỉ``/
``ước đạt``, ``1 tỷ USD/năm``, ``10-15%/năm``, ``gấp 6 lần``, ``-6%``,
``(tăng 33,9%)``, ``16,7 phần trăm``, ``274 dự án``, ``300 MW``, ``500kV``,
``2.337km``, ``5.000ha``, ``9 cửa khẩu``) and under "Dates" (what must not come
out as an amount: ``27/8``, ``16.5``, ``12/2013/CT-UBND``, ``lần thứ 44``,
``khóa XV``), plus forms seen in the news pool where a comment says so.
"""

from __future__ import annotations

import decimal
import itertools
import re
import unicodedata
from decimal import Decimal

import pytest
from babel.numbers import format_compact_decimal
from hypothesis import example, given
from hypothesis import strategies as st

from vnlao_corpus import find_amounts, parse_amount
from vnlao_corpus.errors import ParseError
from vnlao_corpus.model import Amount, AmountKind, Qualifier
from vnlao_corpus.text.document import read_document
from vnlao_corpus.values.amounts import COUNT_NOUNS, MEASURE_UNITS, format_amount, scan_amounts
from vnlao_corpus.values.numbers import parse_number

Row = tuple[str, Decimal, str | None, str | None]


def found(text: str) -> list[Row]:
    """(text, value, currency, unit) of every mention found in ``text``."""
    return [(m.text, m.value, m.currency, m.unit) for m in find_amounts(text)]


# --------------------------------------------------------------------------- money

# (sentence, [(mention text, value, currency)]): forms from FORMAT.md unless noted.
MONEY = [
    ("Kim ngạch đạt 1,1 tỷ USD.", [("1,1 tỷ USD", "1100000000", "USD")]),
    ("Xuất khẩu đạt 465,7 triệu USD trong quý.", [("465,7 triệu USD", "465700000", "USD")]),
    ("Vốn dự án là 3 tỷ 370 triệu đồng.", [("3 tỷ 370 triệu đồng", "3370000000", "VND")]),
    ("Tổng mức đầu tư tăng 86.000 tỉ, theo bộ.", [("86.000 tỉ", "86000000000000", "VND")]),
    ("Vốn hỗ trợ là 2 nghìn tỷ đồng.", [("2 nghìn tỷ đồng", "2000000000000", "VND")]),
    ("Hai bên trao đổi 500 triệu đôla Mỹ.", [("500 triệu đôla Mỹ", "500000000", "USD")]),
    ("Khoản vay 20 triệu đô la Mỹ đã giải ngân.", [("20 triệu đô la Mỹ", "20000000", "USD")]),
    ("Giá vé 150.000 VNĐ một người.", [("150.000 VNĐ", "150000", "VND")]),
    ("Giá vé 150.000đ một người.", [("150.000đ", "150000", "VND")]),  # news pool
    ("Mỗi suất quà trị giá 500.000 kíp.", [("500.000 kíp", "500000", "LAK")]),
    ("Dự án nhận 2 tỷ nhân dân tệ.", [("2 tỷ nhân dân tệ", "2000000000", "CNY")]),
    ("Thương mại đạt 3 tỷ baht.", [("3 tỷ baht", "3000000000", "THB")]),
    ("Khoản tài trợ 15 triệu euro.", [("15 triệu euro", "15000000", "EUR")]),
    ("Khoản tài trợ €15 triệu.", [("€15 triệu", "15000000", "EUR")]),
    ("Quỹ nhận US$2 tỷ.", [("US$2 tỷ", "2000000000", "USD")]),
    ("Quỹ cam kết một tỷ rưỡi USD.", [("một tỷ rưỡi USD", "1500000000", "USD")]),  # words (task brief)
    ("Kinh phí 1,5 nghìn tỷ đồng.", [("1,5 nghìn tỷ đồng", "1500000000000", "VND")]),
    ("THƯƠNG MẠI ĐẠT 1,2 TỶ USD", [("1,2 TỶ USD", "1200000000", "USD")]),  # an all-caps title (FORMAT.md)
]


@pytest.mark.parametrize(("text", "expected"), MONEY, ids=[e[0][0] for _, e in MONEY])
def test_money(text: str, expected: list[tuple[str, str, str]]) -> None:
    """Money comes out with its exact value (scale words applied) and its ISO 4217 currency."""
    assert [(t, Decimal(v), c, None) for t, v, c in expected] == found(text)


def test_money_value_is_plain_integer() -> None:
    """1,1 tỷ USD has the value 1100000000 written out, not 1.1E+9."""
    assert ["1100000000"] == [str(m.value) for m in find_amounts("Kim ngạch đạt 1,1 tỷ USD.")]


def test_bare_scale_inherits_currency_of_sentence() -> None:
    """A scaled number with no currency takes the currency of an earlier amount of its sentence."""
    text = "Xuất khẩu đạt 465,7 triệu USD, nhập khẩu đạt 755,8 triệu, tăng mạnh."
    assert [
        ("465,7 triệu USD", Decimal("465700000"), "USD", None),
        ("755,8 triệu", Decimal("755800000"), "USD", None),
    ] == (found(text))


def test_bare_scale_without_money_context_is_not_money() -> None:
    """A scaled number with no currency and no money word is a plain number, not money."""
    assert [] == [m for m in find_amounts("Dân số đạt 7,5 triệu, theo điều tra.") if m.currency is not None]


# --------------------------------------------------------------------------- percentages

PERCENT = [
    ("Kim ngạch tăng 29% so với năm trước.", [("29%", "29")]),
    ("Nhập khẩu giảm 1,6%.", [("1,6%", "1.6")]),
    ("Chỉ số ghi nhận -6% trong tháng.", [("-6%", "-6")]),
    ("Xuất khẩu đạt mức cao (tăng 33,9%).", [("33,9%", "33.9")]),
    ("Tỷ lệ đạt 16,7 phần trăm.", [("16,7 phần trăm", "16.7")]),
    ("Tỷ lệ đạt 16,7 %.", [("16,7 %", "16.7")]),
    ("Mục tiêu tăng 10-15%/năm.", [("10", "10"), ("15%", "15")]),
    ("Mục tiêu tăng 10 - 15%.", [("10", "10"), ("15%", "15")]),
    ("Mục tiêu tăng từ 10 đến 15%.", [("10", "10"), ("15%", "15")]),
    ("Tỷ lệ đạt hai mươi lăm phần trăm.", [("hai mươi lăm phần trăm", "25")]),  # words (task brief)
]


@pytest.mark.parametrize(("text", "expected"), PERCENT, ids=[text for text, _ in PERCENT])
def test_percentages(text: str, expected: list[tuple[str, str]]) -> None:
    """Percentages come out with unit '%' and no currency; a range gives both ends."""
    assert [(t, Decimal(v), None, "%") for t, v in expected] == found(text)


def test_percentage_points() -> None:
    """'điểm phần trăm' is a percentage point, not a percentage."""
    m = find_amounts("Lãi suất giảm 0,25 điểm phần trăm.")
    assert [("0,25 điểm phần trăm", AmountKind.PERCENTAGE_POINT, "điểm phần trăm")] == [
        (x.text, x.kind, x.unit) for x in m
    ]


# --------------------------------------------------------------------------- ranges

RANGES = [
    ("Dự kiến đầu tư 1-1,5 tỷ USD.", [("1", "1000000000"), ("1,5 tỷ USD", "1500000000")]),
    ("Dự kiến đầu tư 500 triệu - 1 tỷ USD.", [("500 triệu", "500000000"), ("1 tỷ USD", "1000000000")]),
    ("Dự kiến đầu tư từ 2 đến 3 tỷ USD.", [("2", "2000000000"), ("3 tỷ USD", "3000000000")]),
    ("Dự kiến đầu tư $2-3 tỷ.", [("$2", "2000000000"), ("3 tỷ", "3000000000")]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES, ids=[text for text, _ in RANGES])
def test_money_ranges_share_scale_and_currency(text: str, expected: list[tuple[str, str]]) -> None:
    """A money range is two mentions; the first end takes the second's currency, and its scale if it has none."""
    assert [(t, Decimal(v), "USD", None) for t, v in expected] == found(text)


# --------------------------------------------------------------------------- counts, measures, multiples

# (sentence, mention text, value, kind, unit)
OTHER_KINDS = [
    ("Lào có 274 dự án của Việt Nam.", "274 dự án", "274", AmountKind.COUNT, "dự án"),
    ("Hai nước có 9 cửa khẩu quốc tế.", "9 cửa khẩu", "9", AmountKind.COUNT, "cửa khẩu"),
    ("Đoàn thăm 5 tỉnh miền Bắc.", "5 tỉnh", "5", AmountKind.COUNT, "tỉnh"),  # "tỉ" + "nh": not a scale word
    ("Nhà máy công suất 300 MW đã vận hành.", "300 MW", "300", AmountKind.MEASURE, "MW"),
    ("Đường dây 500kV sẽ nối hai nước.", "500kV", "500", AmountKind.MEASURE, "kV"),
    ("Tuyến đường dài 2.337km qua ba tỉnh.", "2.337km", "2337", AmountKind.MEASURE, "km"),
    ("Khu vực rộng 5.000ha ven sông.", "5.000ha", "5000", AmountKind.MEASURE, "ha"),
    ("Đường biên dài 468,281 km.", "468,281 km", "468.281", AmountKind.MEASURE, "km"),
    ("Sản lượng tăng gấp 6 lần.", "gấp 6 lần", "6", AmountKind.MULTIPLE, "lần"),
    ("Sản lượng tăng gấp đôi.", "gấp đôi", "2", AmountKind.MULTIPLE, "lần"),
    ("Doanh thu tăng gấp rưỡi.", "gấp rưỡi", "1.5", AmountKind.MULTIPLE, "lần"),  # news pool
    ("Sản lượng tăng gấp 2,5 lần.", "gấp 2,5 lần", "2.5", AmountKind.MULTIPLE, "lần"),
    ("Sản lượng tăng 3 lần so với trước.", "3 lần", "3", AmountKind.MULTIPLE, "lần"),  # news pool
]


@pytest.mark.parametrize(("text", "mention", "value", "kind", "unit"), OTHER_KINDS, ids=[row[1] for row in OTHER_KINDS])
def test_counts_measures_multiples_are_not_money(
    text: str, mention: str, value: str, kind: AmountKind, unit: str
) -> None:
    """Counts, physical measures and multiples come out with their kind and unit, and no currency."""
    assert [(mention, Decimal(value), kind, unit, None)] == [
        (m.text, m.value, m.kind, m.unit, m.currency) for m in find_amounts(text)
    ]


# --------------------------------------------------------------------------- not amounts

# Things with digits that are not amounts (FORMAT.md, "Dates" and "Numbers"; news pool where noted).
NOT_AMOUNTS = [
    "Sáng ngày 27/8, hai bên hội đàm.",
    "Chiều 16.5, đoàn đến Viêng Chăn.",
    "Ngày 6-7/1, hai đoàn làm việc.",
    "Theo Chỉ thị 12/2013/CT-UBND của tỉnh.",
    "Kỳ họp lần thứ 44 của Ủy ban.",
    "Quốc hội khóa XV họp phiên đầu.",
    "Năm 2024 hai nước kỷ niệm quan hệ.",
    "Liên hệ số 0912.345.678 để biết thêm.",
    "Dịch COVID-19 đã qua, đội U23 thi đấu.",
    "Lúc 9h30, đoàn khởi hành; lúc 10:15 đến nơi.",
    "Hai đồng chí lãnh đạo cùng dự.",
    "Ngày 2-9 năm nay nhiều người nghỉ.",  # a date written with a hyphen (news pool)
    "Dịp lễ 2.9 năm nay đông khách.",  # news pool: a date before a noun
    "Năm 2023 doanh nghiệp tăng.",
    "Trong 7 tháng đầu năm, hai bên kỷ niệm 60 năm quan hệ.",  # durations and periods are not amounts
]


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text: str) -> None:
    """Dates, years, document and phone numbers, ordinals, codes and times give no amount."""
    assert [] == found(text)


@pytest.mark.parametrize("word", ["năm", "ngày", "tháng", "số", "thứ", "kỳ", "Năm", "NĂM"])
def test_a_blocking_word_ends_at_its_line(word: str) -> None:
    """A year word ending the line before (written for this test) does not make the next line's amount a year."""
    text = f"Tiêu đề\nKế hoạch cho {word}\n5 tỷ USD được giải ngân trong quý."
    assert [("5 tỷ USD", "5000000000", "USD")] == [(m.text, str(m.value), m.currency) for m in find_amounts(text)]
    # On one line the same word still blocks: ``năm 5`` is a year, a date or an ordinal, no amount.
    assert [] == [m.text for m in find_amounts(f"Kế hoạch cho {word} 5 tỷ USD")]


def test_dong_compound_after_number_is_not_money() -> None:
    """'2 đồng chí' is two comrades, never 2 VND."""
    assert [] == [m for m in find_amounts("Có 2 đồng chí dự họp.") if m.currency is not None]


# --------------------------------------------------------------------------- qualifiers and rates

QUALIFIED = [
    ("gần", Qualifier.NEARLY),
    ("hơn", Qualifier.MORE_THAN),
    ("trên", Qualifier.MORE_THAN),
    ("vượt", Qualifier.MORE_THAN),
    ("vượt mốc", Qualifier.MORE_THAN),
    ("khoảng", Qualifier.APPROXIMATELY),
    ("xấp xỉ", Qualifier.APPROXIMATELY),
    ("chừng", Qualifier.APPROXIMATELY),
    ("ước đạt", Qualifier.ESTIMATED),
    ("ước tính", Qualifier.ESTIMATED),
    ("tối đa", Qualifier.AT_MOST),
    ("ít nhất", Qualifier.AT_LEAST),
    ("dưới", Qualifier.LESS_THAN),
    ("Hơn", Qualifier.MORE_THAN),
]


@pytest.mark.parametrize(("word", "qualifier"), QUALIFIED, ids=[w for w, _ in QUALIFIED])
def test_qualifier_is_read_and_kept_outside_text(word: str, qualifier: Qualifier) -> None:
    """A qualifier before the amount is read into .qualifier; the mention text starts at the number."""
    text = f"Kim ngạch {word} 2,2 tỷ USD." if word[0].islower() else f"{word} 2,2 tỷ USD là kim ngạch."
    assert [("2,2 tỷ USD", qualifier)] == [(m.text, m.amount.qualifier) for m in find_amounts(text)]


def test_qualifier_after_change_verb() -> None:
    """'tăng xấp xỉ 34%' reads the qualifier past the verb."""
    assert [Qualifier.APPROXIMATELY] == [m.amount.qualifier for m in find_amounts("Kim ngạch tăng xấp xỉ 34%.")]


RATES = [
    ("Trao đổi đạt 1 tỷ USD/năm.", "1 tỷ USD", "năm"),
    ("Giá 10.000 đồng/kg tại chợ.", "10.000 đồng", "kg"),
    ("Tăng trưởng 7%/năm.", "7%", "năm"),
    ("Khoản thu 2 triệu USD mỗi tháng.", "2 triệu USD", "tháng"),
    ("Giá đất 30 triệu đồng/m2 ở trung tâm.", "30 triệu đồng", "m2"),  # news pool
]


@pytest.mark.parametrize(("text", "mention", "per"), RATES, ids=[r[0] for r in RATES])
def test_rates(text: str, mention: str, per: str) -> None:
    """A rate's time or unit after '/' (or 'mỗi') is read into .per, outside the mention text."""
    assert [(mention, per)] == [(m.text, m.amount.per) for m in find_amounts(text)]


def test_exchange_rate_pair_is_not_a_rate() -> None:
    """'USD/VND' names a currency pair; it is not 'per VND'."""
    assert [("5 triệu USD", None)] == [(m.text, m.amount.per) for m in find_amounts("Đạt 5 triệu USD/VND.")]


# --------------------------------------------------------------------------- offsets and diagnostics


def test_offsets_point_into_decomposed_input() -> None:
    """On NFD input with no-break spaces, offsets point into the caller's text, not the normalised one."""
    text = unicodedata.normalize("NFD", "Kim ngạch\u00a0tăng\u200b 16,7 phần trăm và đạt 1,1 tỷ đô la Mỹ.")
    mentions = find_amounts(text)
    assert [m.text for m in mentions] == [text[m.start : m.end] for m in mentions]


def test_ambiguous_number_in_scan_gives_diagnostic() -> None:
    """'1.5 tỷ USD' (a decimal dot, seen in the news pool) is read as 1,5 tỷ and noted on the document."""
    doc = read_document("Tiêu đề\nDự án cần 1.5 tỷ USD.")
    hits = scan_amounts(doc)
    assert ([Decimal("1500000000")], ["ambiguous-number"]) == (
        [h.item.value for h in hits],
        [d.code for d in doc.diagnostics if d.code == "ambiguous-number"],
    )


def test_ambiguous_number_is_noted_every_time_it_is_read() -> None:
    """A number read before is still noted when it is ambiguous: only clean reads are remembered."""
    codes = []
    for _ in range(2):
        doc = read_document("Tiêu đề\nDự án cần 2.5 tỷ USD, thêm 7 tỷ USD.")
        scan_amounts(doc)
        codes.append([d.code for d in doc.diagnostics if d.code == "ambiguous-number"])
    assert [["ambiguous-number"], ["ambiguous-number"]] == codes


# Where multiples and amounts in words are looked for: gấp in any case, scale words after a number word.
RARE_WORD_FORMS = [
    ("Sản lượng GẤP 3 lần.", "GẤP 3 lần", "3"),  # a title in capitals (news pool)
    ("Sản lượng Gấp đôi.", "Gấp đôi", "2"),
    ("Dự án cần hai tỷ USD.", "hai tỷ USD", "2000000000"),
    ("Dự án cần ba tỉ đồng.", "ba tỉ đồng", "3000000000"),
    ("Quỹ có năm nghìn USD.", "năm nghìn USD", "5000"),
    ("Quỹ có sáu ngàn USD.", "sáu ngàn USD", "6000"),
    ("Quỹ có bảy triệu đồng.", "bảy triệu đồng", "7000000"),
    ("Lãi suất tăng mười phần trăm.", "mười phần trăm", "10"),
]


@pytest.mark.parametrize(("text", "mention", "value"), RARE_WORD_FORMS, ids=[row[1] for row in RARE_WORD_FORMS])
def test_rare_words_are_found_in_every_spelling(text: str, mention: str, value: str) -> None:
    """gấp in any case and each scale word after a number word start a mention."""
    assert [(mention, Decimal(value))] == [(m.text, m.value) for m in find_amounts(text)]


def test_hits_carry_normalised_offsets() -> None:
    """scan_amounts hits hold offsets into doc.text; their mentions hold the caller's offsets."""
    source = "Tiêu đề\nKim ngạch\u00a0\u00a0đạt 1,1 tỷ USD."
    doc = read_document(source)
    (hit,) = scan_amounts(doc)
    assert ("1,1 tỷ USD", "1,1 tỷ USD") == (doc.text[hit.start : hit.end], source[hit.item.start : hit.item.end])


def test_url_line_is_not_scanned() -> None:
    """Numbers in the URL line of a scraped article are not amounts."""
    doc = read_document("https://example.vn/tin-100-ty-usd-5.html\nTiêu đề\nNội dung.")
    assert [] == [h.item.text for h in scan_amounts(doc)]


def test_title_is_scanned() -> None:
    """Amounts in the title count (titles carry figures such as '86.000 tỉ')."""
    assert ["2 tỷ USD"] == [m.text for m in find_amounts("Thương mại vượt mốc 2 tỷ USD\nNội dung bài.")]


# --------------------------------------------------------------------------- parse_amount

PARSED = [
    ("1,1 tỷ USD", Amount(Decimal("1100000000"), "USD")),
    ("hơn 3 tỷ 370 triệu đồng", Amount(Decimal("3370000000"), "VND", qualifier=Qualifier.MORE_THAN)),
    ("16,7%", Amount(Decimal("16.7"), None, "%", AmountKind.PERCENT)),
    ("16,7 phần trăm", Amount(Decimal("16.7"), None, "%", AmountKind.PERCENT)),
    ("khoảng 10%/năm", Amount(Decimal("10"), None, "%", AmountKind.PERCENT, Qualifier.APPROXIMATELY, "năm")),
    ("1 tỷ USD/năm", Amount(Decimal("1000000000"), "USD", per="năm")),
    ("274 dự án", Amount(Decimal("274"), None, "dự án", AmountKind.COUNT)),
    ("12 quả táo", Amount(Decimal("12"), None, "quả táo", AmountKind.COUNT)),
    ("300 MW", Amount(Decimal("300"), None, "MW", AmountKind.MEASURE)),
    ("gấp 6 lần", Amount(Decimal("6"), None, "lần", AmountKind.MULTIPLE)),
    ("0,5 điểm phần trăm", Amount(Decimal("0.5"), None, "điểm phần trăm", AmountKind.PERCENTAGE_POINT)),
    ("1.234,5", Amount(Decimal("1234.5"), kind=AmountKind.NUMBER)),
    ("1,1 tỷ", Amount(Decimal("1100000000"), kind=AmountKind.NUMBER)),
    ("hai mươi lăm", Amount(Decimal("25"), kind=AmountKind.NUMBER)),
    ("  ước đạt 2,2 tỷ đôla Mỹ ", Amount(Decimal("2200000000"), "USD", qualifier=Qualifier.ESTIMATED)),
]


@pytest.mark.parametrize(("text", "expected"), PARSED, ids=[t for t, _ in PARSED])
def test_parse_amount(text: str, expected: Amount) -> None:
    """parse_amount reads one whole expression into an Amount."""
    assert expected == parse_amount(text)


REJECTED = [
    ("", "no number"),
    ("abc", "not an amount"),
    ("10-15%", "range of two amounts"),
    ("1-1,5 tỷ USD", "range of two amounts"),
    ("1,1 tỷ USD và 2 tỷ USD", "left over"),
    ("1.1 tỷ USD", "did you mean '1,1'"),
    ("1,234.5 USD", "did you mean '1.234,5'"),
    ("hơn", "not an amount"),
]


@pytest.mark.parametrize(("text", "why"), REJECTED, ids=[repr(t) for t, _ in REJECTED])
def test_parse_amount_rejects_with_reason(text: str, why: str) -> None:
    """parse_amount raises ParseError quoting the input and saying why."""
    with pytest.raises(ParseError) as info:
        parse_amount(text)
    assert (True, True) == (repr(text) in str(info.value), why in str(info.value))


# --------------------------------------------------------------------------- format_amount

FORMATTED = [
    (Amount(Decimal("1100000000"), "USD"), "1,1 tỷ USD"),
    (Amount(Decimal("16.7"), None, "%", AmountKind.PERCENT), "16,7%"),
    (Amount(Decimal("274"), None, "dự án", AmountKind.COUNT), "274 dự án"),
    (Amount(Decimal("86000000000000"), "VND"), "86.000 tỷ đồng"),
    (Amount(Decimal("465700000"), "USD"), "465,7 triệu USD"),
    (Amount(Decimal("2300"), "USD"), "2.300 USD"),
    (Amount(Decimal("500000"), "LAK"), "500.000 kíp"),
    (Amount(Decimal("6"), None, "lần", AmountKind.MULTIPLE), "gấp 6 lần"),
    (Amount(Decimal("10"), None, "%", AmountKind.PERCENT, Qualifier.APPROXIMATELY, "năm"), "khoảng 10%/năm"),
    (Amount(Decimal("-6"), None, "%", AmountKind.PERCENT), "-6%"),
    (Amount(Decimal("0.25"), None, "điểm phần trăm", AmountKind.PERCENTAGE_POINT), "0,25 điểm phần trăm"),
]


@pytest.mark.parametrize(("amount", "expected"), FORMATTED, ids=[e for _, e in FORMATTED])
def test_format_amount(amount: Amount, expected: str) -> None:
    """format_amount writes an amount as Vietnamese news does, with babel's vi number format."""
    assert expected == format_amount(amount)


# --------------------------------------------------------------------------- properties

values = st.decimals(min_value=Decimal("-1e21"), max_value=Decimal("1e21"), places=6, allow_nan=False)
positive = st.decimals(min_value=Decimal("0"), max_value=Decimal("1e15"), places=4, allow_nan=False)
qualifiers = st.none() | st.sampled_from(Qualifier)
pers = st.none() | st.sampled_from(["năm", "tháng", "quý", "ngày", "kg", "tấn"])


@st.composite
def generated_amounts(draw: st.DrawFn) -> Amount:
    """An amount whose fields agree with its kind, as the scanner builds them."""
    kind = draw(st.sampled_from(AmountKind))
    q, per = draw(qualifiers), draw(pers)
    if kind is AmountKind.MONEY:
        code = draw(st.sampled_from(["USD", "VND", "LAK", "CNY", "THB", "EUR", "JPY", "KRW", "KHR"]))
        return Amount(draw(values), code, None, kind, q, per)
    if kind is AmountKind.PERCENT:
        return Amount(draw(values), None, "%", kind, q, per)
    if kind is AmountKind.PERCENTAGE_POINT:
        return Amount(draw(values), None, "điểm phần trăm", kind, q, per)
    if kind is AmountKind.MULTIPLE:
        return Amount(draw(positive), None, "lần", kind, q, per)
    if kind is AmountKind.COUNT:
        return Amount(draw(positive), None, draw(st.sampled_from(COUNT_NOUNS)), kind, q, per)
    if kind is AmountKind.MEASURE:
        return Amount(draw(positive), None, draw(st.sampled_from(MEASURE_UNITS)), kind, q, per)
    return Amount(draw(values), None, None, kind, q, None)


@given(generated_amounts())
@example(Amount(Decimal("1100000000"), "USD"))
@example(Amount(Decimal("2023"), None, "người", AmountKind.COUNT))
@example(Amount(Decimal("-0.000001"), None, "%", AmountKind.PERCENT))
def test_format_then_parse_round_trips(amount: Amount) -> None:
    """parse_amount(format_amount(a)) == a for every amount the library builds."""
    assert amount == parse_amount(format_amount(amount))


_SCALE_POWERS = {"nghìn": 3, "triệu": 6, "tỷ": 9, "nghìn tỷ": 12}
_COMPACT = re.compile(r"(?P<digits>-?[\d.,]+)(?:\s(?P<scale>nghìn tỷ|nghìn|triệu|tỷ))?")


@given(st.decimals(min_value=Decimal("-1e20"), max_value=Decimal("1e20"), places=3, allow_nan=False))
@example(Decimal("1100000000"))
@example(Decimal("999999"))
def test_babel_compact_money_parses_to_printed_precision(value: Decimal) -> None:
    """babel's long compact form + ' USD' reads as the printed digits times the printed scale."""
    with decimal.localcontext(decimal.Context(prec=100)):
        printed = format_compact_decimal(value, locale="vi", format_type="long", fraction_digits=2)
    parts = _COMPACT.fullmatch(printed)
    assert parts is not None, printed
    expected = parse_number(parts["digits"]).scaleb(_SCALE_POWERS.get(parts["scale"] or "", 0))
    assert (expected, "USD") == (lambda a: (a.value, a.currency))(parse_amount(printed + " USD"))


# Text built from amount forms, separators and noise, so that the scanner meets near-misses.
_PIECES = [
    "1,1", "16,7", "1.234,5", "86.000", "2.337", "-", "–", "/", "%", ".", ",", " ", "  ", "\u00a0", "\u200b",
    "tỷ", "tỉ", "triệu", "nghìn", "USD", "đồng", "đồng chí", "đô la Mỹ", "kíp", "phần trăm", "gấp", "lần",
    "hơn", "khoảng", "ngày", "năm", "dự án", "MW", "km", "27/8", "(", ")", "$", "€", "hai", "mươi", "rưỡi",
]  # fmt: skip
amount_like = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@given(st.text(max_size=200) | amount_like)
@example("1" * 2000)
@example("1.1.1.1.1,1,1 tỷ tỷ triệu USD%%")
@example("$1,1-1,1")  # found by the fuzz profile: a symbol before a range
def test_find_amounts_never_raises_and_spans_are_exact(text: str) -> None:
    """On any text, find_amounts returns mentions whose offsets slice out exactly their text."""
    mentions = find_amounts(text)
    assert [m.text for m in mentions] == [text[m.start : m.end] for m in mentions]


@given(amount_like.map(lambda t: unicodedata.normalize("NFD", t)))
def test_find_amounts_on_decomposed_text_keeps_spans_exact(text: str) -> None:
    """On decomposed (NFD) text, spans still slice the caller's text exactly."""
    mentions = find_amounts(text)
    assert [m.text for m in mentions] == [text[m.start : m.end] for m in mentions]


@given(amount_like)
def test_mentions_are_in_text_order_and_disjoint(text: str) -> None:
    """Mentions come in text order and never overlap."""
    spans = [(m.start, m.end) for m in find_amounts(text)]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


# --------------------------------------------------------------------------- held-out sentences

# Written for this test (not taken from any article): sentences in the styles of the outlets
# (agency reports, business pages, provincial news, titles), with hard negatives for words that
# name a currency only sometimes (kíp: a work shift; đồng tác giả; tệ nạn; yên tâm, yên bình; bạt: a
# tarpaulin) and for numbers that are not amounts (dates, times, scores, model names, documents).
# Rows: (sentence, [(mention text, value, currency, unit, per)]).
HELD_OUT: list[tuple[str, list[tuple[str, str, str | None, str | None, str | None]]]] = [
    (
        "Năm 2025, kim ngạch thương mại Việt Nam - Lào ước đạt 2,3 tỷ USD, tăng 12,4% so với năm trước.",
        [("2,3 tỷ USD", "2300000000", "USD", None, None), ("12,4%", "12.4", None, "%", None)],
    ),
    (
        "Tính đến hết tháng 6, Việt Nam có 251 dự án đầu tư tại Lào với tổng vốn đăng ký gần 5,8 tỷ USD.",
        [("251 dự án", "251", None, "dự án", None), ("5,8 tỷ USD", "5800000000", "USD", None, None)],
    ),
    (
        "Nhà máy thủy điện có công suất 260 MW, tổng mức đầu tư khoảng 7.200 tỉ đồng.",
        [("260 MW", "260", None, "MW", None), ("7.200 tỉ đồng", "7200000000000", "VND", None, None)],
    ),
    (
        "Đường dây 500kV dài 45,5km được khởi công sáng 12/4.",
        [("500kV", "500", None, "kV", None), ("45,5km", "45.5", None, "km", None)],
    ),
    ("Tỉnh Attapeu cấp 1.200ha đất cho dự án trồng cao su.", [("1.200ha", "1200", None, "ha", None)]),
    ("Công nhân ở đây làm việc 3 ca, 4 kíp liên tục suốt mùa khô.", [("3 ca", "3", None, "ca", None)]),
    ("Mỗi ngày, đội bảo vệ chia thành 2 kíp trực.", []),
    ("Nhà hàng chia 2 kíp, mỗi kíp 8 giờ.", []),
    (
        "Tỷ giá hôm nay: 1 USD đổi được khoảng 21.500 kíp.",
        [("1 USD", "1", "USD", None, None), ("21.500 kíp", "21500", "LAK", None, None)],
    ),
    ("Ngân hàng Lào giải ngân 150 tỷ kíp cho nông dân vay vốn.", [("150 tỷ kíp", "150000000000", "LAK", None, None)]),
    ("Phí làm thủ tục chỉ 50 kíp, theo Bộ Tài chính Lào.", [("50 kíp", "50", "LAK", None, None)]),
    (
        "Lương tối thiểu tăng lên 2,5 triệu kíp/tháng.",
        [("2,5 triệu kíp", "2500000", "LAK", None, "tháng")],
    ),
    (
        "Cô ấy luôn yên tâm công tác, dù lương chỉ 3 triệu đồng/tháng.",
        [("3 triệu đồng", "3000000", "VND", None, "tháng")],
    ),
    ("Chợ phiên có gian hàng 0 đồng dành cho bà con khó khăn.", [("0 đồng", "0", "VND", None, None)]),
    ("Bài báo có 2 đồng tác giả là giảng viên Đại học Quốc gia Lào.", []),
    ("Họ dựng 5 tấm bạt che mưa cho lớp học tạm.", []),
    ("Thị trường này xuất hiện 3 tệ nạn mới.", []),
    ("Sau lũ, 4 bản làng đã yên bình trở lại.", []),
    (
        "Trung Quốc cam kết viện trợ 1,5 tỷ nhân dân tệ; Nhật Bản hỗ trợ 800 triệu yên.",
        [("1,5 tỷ nhân dân tệ", "1500000000", "CNY", None, None), ("800 triệu yên", "800000000", "JPY", None, None)],
    ),
    ("Mỗi suất quà trị giá 300 tệ.", [("300 tệ", "300", "CNY", None, None)]),
    (
        "Lạm phát của Lào giảm từ 23% xuống còn 8,5%, tức giảm 14,5 điểm phần trăm.",
        [
            ("23%", "23", None, "%", None),
            ("8,5%", "8.5", None, "%", None),
            ("14,5 điểm phần trăm", "14.5", None, "điểm phần trăm", None),
        ],
    ),
    (
        "Sản lượng cà phê tăng gấp đôi, xuất khẩu tăng gấp 3 lần.",
        [("gấp đôi", "2", None, "lần", None), ("gấp 3 lần", "3", None, "lần", None)],
    ),
    (
        "Hơn 500 sinh viên Lào đang học tập tại Đà Nẵng theo Hiệp định số 12.",
        [("500 sinh viên", "500", None, "sinh viên", None)],
    ),
    ("Khóa XV có 18 đại biểu; phiên họp kéo dài tới 16h30 ngày 27/8.", [("18 đại biểu", "18", None, "đại biểu", None)]),
    (
        "Theo Quyết định 1234/QĐ-TTg, mỗi suất học bổng trị giá 4,5 triệu đồng/tháng.",
        [("4,5 triệu đồng", "4500000", "VND", None, "tháng")],
    ),
    (
        "Đoàn trao quà cho 200 hộ dân, mỗi suất trị giá 500.000 đồng, cùng 10 tấn gạo.",
        [
            ("200 hộ dân", "200", None, "hộ dân", None),
            ("500.000 đồng", "500000", "VND", None, None),
            ("10 tấn", "10", None, "tấn", None),
        ],
    ),
    (
        "Tuyến đường sắt Viêng Chăn - Vũng Áng dài 555km, vốn khoảng 5 tỷ USD.",
        [("555km", "555", None, "km", None), ("5 tỷ USD", "5000000000", "USD", None, None)],
    ),
    ("Trận đấu ở SEA Games 33 kết thúc với tỷ số 2-1.", []),
    ("Xe tăng T-90 và tiêm kích Su-30 xuất hiện tại lễ duyệt binh.", []),
    ("Giá xăng RON95 giảm 320 đồng/lít từ 15h chiều nay.", [("320 đồng", "320", "VND", None, "lít")]),
]


@pytest.mark.parametrize(("text", "expected"), HELD_OUT, ids=[text[:40] for text, _ in HELD_OUT])
def test_held_out_sentences(text: str, expected: list[tuple[str, str, str | None, str | None, str | None]]) -> None:
    """Held-out sentences give exactly the amounts a reader sees, and none from look-alike words."""
    actual = [(m.text, m.value, m.currency, m.unit, m.amount.per) for m in find_amounts(text)]
    assert [(t, Decimal(v), c, u, p) for t, v, c, u, p in expected] == actual


def test_weak_currency_word_alone_is_money_when_parsed() -> None:
    """parse_amount reads '4 kíp' as money: the whole expression is the amount, no context is needed."""
    assert Amount(Decimal(4), "LAK") == parse_amount("4 kíp")


def test_range_of_multiples_gives_both_ends() -> None:
    """'gấp 2-3 lần' (form seen in the news pool) gives two multiples, 'gấp 2' and '3 lần'."""
    actual = [(m.text, m.value, m.kind) for m in find_amounts("Giá cao gấp 2-3 lần hàng nội.")]
    assert [("gấp 2", Decimal(2), AmountKind.MULTIPLE), ("3 lần", Decimal(3), AmountKind.MULTIPLE)] == actual


def test_parse_amount_rejects_range_of_multiples() -> None:
    """parse_amount says a range of multiples holds two amounts."""
    with pytest.raises(ParseError, match="range of two multiples"):
        parse_amount("gấp 2-3 lần")
