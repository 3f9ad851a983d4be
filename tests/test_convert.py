"""Tests for vnlao_corpus.io.convert: the encoding of every record, strictness, error paths."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import RECORDS, articles
from vnlao_corpus.io.convert import (
    SerializationError,
    from_dict,
    make_converter,
    structure,
    to_dict,
    unstructure,
)
from vnlao_corpus.model import (
    Amount,
    AmountKind,
    Article,
    DateValue,
    Diagnostic,
    Meeting,
    MeetingKind,
    Official,
    Period,
    PeriodKind,
    Severity,
    Span,
    YearSource,
)

# Decimal encodings: values as the amount scanner produces them (1,1 tỷ is
# 1.1E+9 after scaling), and the strings a reader expects.
DECIMAL_ENCODINGS = [
    pytest.param(Decimal("1.1E+9"), "1100000000", id="scaled-billion"),
    pytest.param(Decimal("1100000000"), "1100000000", id="plain-billion"),
    pytest.param(Decimal("16.7"), "16.7", id="percent"),
    pytest.param(Decimal("-1.6"), "-1.6", id="fall"),
    pytest.param(Decimal("16.70"), "16.70", id="trailing-zero-kept"),
    pytest.param(Decimal("1E-7"), "0.0000001", id="tiny"),
]


@pytest.mark.parametrize(("value", "encoded"), DECIMAL_ENCODINGS)
def test_decimal_is_an_exact_positional_string(value: Decimal, encoded: str) -> None:
    """A Decimal is written as an exact string without exponent, and reads back equal."""
    data = to_dict(Amount(value, "USD"))
    assert encoded == data["value"]
    assert value == from_dict(data, Amount).value


def test_encodings_of_leaf_types() -> None:
    """Dates and times are ISO 8601, enums their values, spans [start, end], tuples lists."""
    value = DateValue(27, 8, 2024, YearSource.CALLER, time=datetime.time(15, 42))
    assert {
        "day": 27,
        "month": 8,
        "year": 2024,
        "year_source": "caller",
        "part_of_day": None,
        "time": "15:42:00",
        "weekday": None,
    } == to_dict(value)
    period = Period(datetime.date(2024, 1, 1), datetime.date(2024, 7, 31), PeriodKind.YEAR_TO_MONTH)
    assert {"start": "2024-01-01", "end": "2024-07-31", "kind": "year_to_month"} == to_dict(period)
    official = Official("Tô Lâm", ("Chủ tịch nước",), "VN", mentions=(Span(0, 6),))
    assert {"name": "Tô Lâm", "titles": ["Chủ tịch nước"], "country": "VN", "aliases": [], "mentions": [[0, 6]]} == (
        to_dict(official)
    )


def test_aware_datetime_keeps_its_offset() -> None:
    """A publication time with +07:00 is written with its offset and reads back equal."""
    published = datetime.datetime(2024, 8, 27, 15, 42, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    data = to_dict(Article(url=None, title="", paragraphs=(), published=published))
    assert "2024-08-27T15:42:00+07:00" == data["published"]
    assert published == from_dict(data).published


# Wrong-typed data a hand-edited or foreign file could hold, with the message
# and path the reader must give.
BAD_DATA: list[Any] = [
    pytest.param({"title": 3}, Official, "required field missing @ $.name", id="missing-field"),
    pytest.param(
        {"name": 3, "titles": [], "country": None, "aliases": [], "mentions": []},
        Official,
        "expected a str, got int @ $.name",
        id="int-for-str",
    ),
    pytest.param(
        {"name": "Tô Lâm", "titles": "Chủ tịch nước", "country": None, "aliases": [], "mentions": []},
        Official,
        "expected a list, got str @ $.titles",
        id="str-for-list",
    ),
    pytest.param(
        {"name": "Tô Lâm", "titles": [], "country": None, "aliases": [], "mentions": [[5, 2]]},
        Official,
        "start <= end",
        id="backwards-span",
    ),
    pytest.param(
        {"name": "Tô Lâm", "titles": [], "country": None, "aliases": [], "mentions": [], "age": 60},
        Official,
        "unknown field(s) age @ $",
        id="unknown-key",
    ),
    pytest.param(
        {"value": 1.1, "currency": None, "unit": None, "kind": "money", "qualifier": None, "per": None},
        Amount,
        "expected a decimal number as a string, got float @ $.value",
        id="float-for-decimal",
    ),
    pytest.param(
        {"value": "1,1", "currency": None, "unit": None, "kind": "money", "qualifier": None, "per": None},
        Amount,
        "expected a decimal number as a string, got '1,1' @ $.value",
        id="comma-decimal",
    ),
    pytest.param(
        {"value": "NaN", "currency": None, "unit": None, "kind": "money", "qualifier": None, "per": None},
        Amount,
        "got 'NaN' @ $.value",
        id="nan",
    ),
    pytest.param(
        {"value": "1", "currency": None, "unit": None, "kind": "cash", "qualifier": None, "per": None},
        Amount,
        "got 'cash' @ $.kind",
        id="unknown-enum",
    ),
    pytest.param({"start": "2024-1-1", "end": None, "kind": "year"}, Period, "@ $.start", id="non-iso-date"),
    pytest.param({"start": "20240101", "end": None, "kind": "year"}, Period, "@ $.start", id="basic-iso-date"),
    pytest.param(
        {
            "day": True,
            "month": None,
            "year": None,
            "year_source": "written",
            "part_of_day": None,
            "time": None,
            "weekday": None,
        },
        DateValue,
        "expected an int, got bool @ $.day",
        id="bool-for-int",
    ),
    pytest.param(
        {"code": "x", "message": "y", "span": None, "severity": "warning"},
        Meeting,
        "required field missing @ $.kind",
        id="wrong-record",
    ),
    pytest.param("not a record", Official, "@ $", id="str-for-record"),
]


@pytest.mark.parametrize(("data", "cls", "message"), BAD_DATA)
def test_bad_data_is_reported_with_its_path(data: Any, cls: type[Any], message: str) -> None:
    """Wrong types, unknown keys and missing keys raise SerializationError naming the field."""
    with pytest.raises(SerializationError) as info:
        from_dict(data, cls)
    assert any(message in error for error in info.value.errors), info.value.errors


def test_nested_errors_are_all_listed() -> None:
    """Every bad field of a nested record is reported, each with its own path."""
    data = to_dict(
        Article(url=None, title="", paragraphs=("a",), meetings=(Meeting(MeetingKind.TALKS, None, None, ()),))
    )
    data["paragraphs"] = ["a", 5]
    data["meetings"][0]["online"] = "yes"
    with pytest.raises(SerializationError) as info:
        from_dict(data)
    assert [
        "expected a str, got int @ $.paragraphs[1]",
        "expected a bool, got str @ $.meetings[0].online",
    ] == list(info.value.errors)


def test_serialization_error_is_a_value_error() -> None:
    """SerializationError can be caught as ValueError."""
    with pytest.raises(ValueError, match="expected a str"):
        from_dict({"code": 1, "message": "m", "span": None, "severity": "info"}, Diagnostic)


def test_to_dict_refuses_non_records() -> None:
    """to_dict of a Span (a list on the wire) says to use unstructure."""
    with pytest.raises(TypeError, match="Span"):
        to_dict(Span(1, 2))
    assert [1, 2] == unstructure(Span(1, 2))


def test_converter_is_not_the_global_one() -> None:
    """make_converter builds a fresh strict converter; the global cattrs converter keeps its own hooks."""
    import cattrs

    conv = make_converter()
    assert conv is not cattrs.global_converter
    assert "info" == conv.unstructure(Severity.INFO)
    assert "3" == cattrs.global_converter.structure(3, str)


@pytest.mark.parametrize("cls", list(RECORDS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_every_record_round_trips_through_dicts(cls: type[Any], data: st.DataObject) -> None:
    """structure(unstructure(x)) == x for any generated record of every type."""
    record = data.draw(RECORDS[cls])
    assert record == structure(unstructure(record), cls)


@given(articles(meetings=st.just(()), trade_figures=st.just(())))
def test_to_dict_has_every_field(article: Article) -> None:
    """Every field of an Article is written, defaults included."""
    assert [
        "url", "title", "paragraphs", "officials", "meetings", "trade_figures", "diagnostics", "dates", "periods",
        "amounts", "published", "byline", "source_name", "captions", "title_span", "paragraph_spans", "sentences",
        "text",
    ] == list(to_dict(article))  # fmt: skip


def test_amount_kind_values_are_written() -> None:
    """An amount's kind is written as its value."""
    assert "percent" == to_dict(Amount(Decimal("16.7"), unit="%", kind=AmountKind.PERCENT))["kind"]
