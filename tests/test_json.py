"""Tests for vnlao_corpus.io.json: one record as JSON text and back."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from strategies import RECORDS
from vnlao_corpus import parse
from vnlao_corpus.io.convert import SerializationError
from vnlao_corpus.io.json import dumps_line, from_json, to_json
from vnlao_corpus.model import Amount, Article, Diagnostic, Official, Span


@pytest.mark.parametrize("cls", list(RECORDS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_every_record_round_trips_through_json(cls: type[Any], data: st.DataObject) -> None:
    """from_json(to_json(x), type(x)) == x for any generated record of every type."""
    record = data.draw(RECORDS[cls])
    assert record == from_json(to_json(record), cls)


@given(st.sampled_from(list(RECORDS.values())).flatmap(lambda strategy: strategy))
def test_dumps_line_is_one_line(record: object) -> None:
    """dumps_line never holds a character that any line splitter takes as a break."""
    line = dumps_line(record)
    assert [line] == line.splitlines()


def test_parsed_article_round_trips() -> None:
    """An article from parse() survives to_json/from_json, text and spans included."""
    raw = "Hai bên hội đàm\nNgày 6/1, hai Bộ trưởng hội đàm tại Viêng Chăn.\nKim ngạch đạt 1,1 tỷ USD."
    article = parse(raw, year=2024)
    again: Article = from_json(to_json(article))
    assert article == again
    assert raw == again.text


def test_vietnamese_is_written_as_characters() -> None:
    """Text is written as UTF-8 characters, not \\u escapes."""
    assert '"name": "Bùi Thanh Sơn"' in to_json(Official("Bùi Thanh Sơn"))


def test_default_class_is_article() -> None:
    """from_json reads an Article when no class is given."""
    assert Article(url=None, title="Tiêu đề", paragraphs=()) == from_json(to_json(Article(None, "Tiêu đề", ())))


def test_bytes_are_read_as_utf8() -> None:
    """from_json takes UTF-8 bytes as well as str."""
    assert Span(1, 2) == from_json(b"[1, 2]", Span)


# Text that is not JSON at all, with the position the error must give.
NOT_JSON = [
    pytest.param('{"code": "x",', "line 1, column 14", id="truncated"),
    pytest.param("{'code': 'x'}", "line 1, column 2", id="python-quotes"),
    pytest.param("", "line 1, column 1", id="empty"),
    pytest.param(b"\xff\xfe[", "not", id="not-utf8"),
    pytest.param("[" * 100_000 + "]" * 100_000, "nested too deeply", id="deep-nesting"),
]


@pytest.mark.parametrize(("text", "where"), NOT_JSON)
def test_text_that_is_not_json_is_a_serialization_error(text: str | bytes, where: str) -> None:
    """Malformed JSON raises SerializationError saying where it broke."""
    with pytest.raises(SerializationError, match=where):
        from_json(text, Diagnostic)


def test_big_decimal_is_not_in_exponent_form() -> None:
    """A scaled amount is written in full digits inside the JSON."""
    assert {"value": "1100000000"}.items() <= json.loads(to_json(Amount(Decimal("1.1E+9"), "USD"))).items()


def test_indent_is_passed_to_json() -> None:
    """indent= pretty-prints, and the result still reads back."""
    text = to_json(Span(1, 2), indent=2)
    assert "[\n  1,\n  2\n]" == text
    assert Span(1, 2) == from_json(text, Span)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@pytest.mark.parametrize("cls", list(RECORDS), ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_any_json_gives_a_record_or_a_serialization_error(cls: type[Any], data: st.DataObject) -> None:
    """from_json on arbitrary JSON (or mutated valid JSON) returns a record or raises SerializationError only."""
    record = data.draw(RECORDS[cls])
    good = json.loads(to_json(record))
    if isinstance(good, dict) and good:
        key = data.draw(st.sampled_from(sorted(good)))
        good[key] = data.draw(json_values)
    candidate = data.draw(st.just(good) | json_values)
    try:
        result = from_json(json.dumps(candidate), cls)
    except SerializationError:
        return
    assert isinstance(result, cls)


@given(st.text())
def test_any_text_gives_an_article_or_a_serialization_error(text: str) -> None:
    """from_json never raises anything but SerializationError, whatever the text."""
    with pytest.raises(SerializationError):
        from_json(text)
