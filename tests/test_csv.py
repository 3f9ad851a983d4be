"""Tests for vnlao_corpus.io.csv: one file per table, formula neutralising, typed round trip."""

from __future__ import annotations

import pathlib
import tempfile
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import articles
from vnlao_corpus.io.convert import SerializationError
from vnlao_corpus.io.csv import decode_cell, encode_cell, iter_csv, read_csv, write_csv
from vnlao_corpus.io.tables import TABLES, Column, article_rows, unique_articles
from vnlao_corpus.model import (
    Amount,
    AmountKind,
    AmountMention,
    Article,
    Diagnostic,
    Official,
    Period,
    PeriodKind,
    PeriodMention,
    Qualifier,
    Severity,
    Span,
)

TEXT = Column("t", "str")

# Text cells a spreadsheet would run, from the OWASP CSV-injection list of
# leading characters, and text that looks like our own escape.
FORMULA_CELLS = [
    pytest.param('=HYPERLINK("x")', '\'=HYPERLINK("x")', id="equals"),
    pytest.param("+84 24 3823", "'+84 24 3823", id="plus-phone-number"),
    pytest.param("-2+3", "'-2+3", id="minus"),
    pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
    pytest.param("\tx", "'\tx", id="tab"),
    pytest.param("\rx", "'\rx", id="carriage-return"),
    pytest.param("'quoted", "''quoted", id="own-escape"),
    pytest.param("", "'", id="empty-string"),
    pytest.param("Hà Nội", "Hà Nội", id="plain"),
]


@pytest.mark.parametrize(("text", "cell"), FORMULA_CELLS)
def test_formula_text_is_neutralised_and_restored(text: str, cell: str) -> None:
    """Text starting with a formula character gets a leading quote, which the reader removes."""
    assert cell == encode_cell(text, TEXT)
    assert text == decode_cell(cell, TEXT)


def test_numbers_are_not_neutralised() -> None:
    """A negative decimal stays a number for the spreadsheet."""
    assert "-1.6" == encode_cell(Decimal("-1.6"), Column("v", "decimal"))


@settings(max_examples=30)  # each example writes files: keep the suite quick
@given(st.lists(articles(), max_size=3))
def test_rows_round_trip_through_csv(items: list[Article]) -> None:
    """read_csv(write_csv(xs)) gives back exactly the typed rows of every table."""
    expected: dict[str, list[object]] = {name: [] for name in TABLES}
    for key, article in unique_articles(items):
        for name, rows in article_rows(article, key).items():
            expected[name].extend(rows)
    with tempfile.TemporaryDirectory() as folder:
        counts = write_csv(items, folder)
        assert {name: len(rows) for name, rows in expected.items()} == counts
        assert expected == read_csv(folder)


def test_one_file_per_table_with_bom(tmp_path: pathlib.Path) -> None:
    """write_csv creates one UTF-8-with-BOM file per table, header first."""
    write_csv([Article(url=None, title="Tiêu đề", paragraphs=("Đoạn.",), text="Tiêu đề\nĐoạn.")], tmp_path)
    assert sorted(f"{name}.csv" for name in TABLES) == sorted(p.name for p in tmp_path.iterdir())
    raw = (tmp_path / "articles.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfarticle_id,url,title,")


def test_lists_are_json_arrays(tmp_path: pathlib.Path) -> None:
    """An official's titles are one JSON-array cell."""
    official = Official("Bùi Thanh Sơn", ("Phó Thủ tướng", "Bộ trưởng Ngoại giao"), "VN")
    write_csv([Article(url=None, title="", paragraphs=(), officials=(official,))], tmp_path)
    text = (tmp_path / "officials.csv").read_text(encoding="utf-8-sig")
    assert '"[""Phó Thủ tướng"", ""Bộ trưởng Ngoại giao""]"' in text


# Hand-edited files: what the reader must refuse, and the words it must use.
BAD_FILES = [
    pytest.param("article_id,official_index\r\n", "header", id="wrong-header"),
    pytest.param(
        "article_id,official_index,name,titles,country,aliases,mention_count\r\nk,one,A,[],VN,[],0\r\n",
        "expected an integer, got 'one' @ line 2, column official_index",
        id="text-in-int",
    ),
    pytest.param(
        "article_id,official_index,name,titles,country,aliases,mention_count\r\nk,0,A,Phó,VN,[],0\r\n",
        "column titles",
        id="list-not-json",
    ),
    pytest.param(
        "article_id,official_index,name,titles,country,aliases,mention_count\r\nk,0,A\r\n",
        "line 2 has 3 cells",
        id="short-row",
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD_FILES)
def test_bad_cells_name_line_and_column(tmp_path: pathlib.Path, content: str, message: str) -> None:
    """A cell that does not fit its column raises SerializationError with file, line and column."""
    path = tmp_path / "officials.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SerializationError, match=r"officials\.csv") as info:
        list(iter_csv(path, "officials"))
    assert message in str(info.value)


def test_writer_streams_a_generator(tmp_path: pathlib.Path) -> None:
    """write_csv takes a generator and writes a repeated article once."""
    article = Article(url=None, title="A", paragraphs=(), text="A")
    assert 1 == write_csv((a for a in [article, article]), tmp_path)["articles"]


@settings(max_examples=30)  # each example writes files: keep the suite quick
@given(articles())
def test_records_rebuilt_from_csv_equal_the_originals(article: Article) -> None:
    """Amount and period mentions, diagnostics, and officials' names/titles/country/aliases survive CSV."""
    with tempfile.TemporaryDirectory() as folder:
        write_csv([article], folder)
        tables: dict[str, list[dict[str, Any]]] = dict(read_csv(folder))
    amounts = [
        AmountMention(
            r["text"],
            r["start"],
            r["end"],
            Amount(
                r["value"],
                r["currency"],
                r["unit"],
                AmountKind(r["kind"]),
                None if r["qualifier"] is None else Qualifier(r["qualifier"]),
                r["per"],
            ),
        )
        for r in tables["amounts"]
    ]
    periods = [
        PeriodMention(
            r["text"], r["start"], r["end"], Period(r["period_start"], r["period_end"], PeriodKind(r["kind"]))
        )
        for r in tables["periods"]
    ]
    diagnostics = [
        Diagnostic(
            r["code"],
            r["message"],
            None if r["start"] is None else Span(r["start"], r["end"]),
            Severity(r["severity"]),
        )
        for r in tables["diagnostics"]
    ]
    officials = [(r["name"], tuple(r["titles"]), r["country"], tuple(r["aliases"])) for r in tables["officials"]]
    assert list(article.amounts) == amounts
    assert list(article.periods) == periods
    assert list(article.diagnostics) == diagnostics
    assert [(o.name, o.titles, o.country, o.aliases) for o in article.officials] == officials
    assert (article.title, article.url, article.published, article.text) == tuple(
        tables["articles"][0][k] for k in ("title", "url", "published", "text")
    )
