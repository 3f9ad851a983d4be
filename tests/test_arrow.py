"""Tests for vnlao_corpus.io.arrow: fixed Arrow schemas, Parquet, pandas, and the missing-extra message."""

from __future__ import annotations

import builtins
import datetime
import pathlib
from decimal import Decimal
from typing import Any

import pytest

from vnlao_corpus.io.arrow import MissingExtraError, require_arrow, to_arrow, to_dataframe, write_parquet
from vnlao_corpus.io.tables import SCHEMA, TABLES, article_rows
from vnlao_corpus.model import Amount, Article, Change, Official, Period, PeriodKind, TradeFigure, TradeMetric

PLUS_SEVEN = datetime.timezone(datetime.timedelta(hours=7))


def _article(text: str, value: str = "1.1E+9") -> Article:
    figure = TradeFigure(
        "kim ngạch thương mại",
        Amount(Decimal(value), "USD"),
        Period(datetime.date(2024, 1, 1), datetime.date(2024, 3, 31), PeriodKind.QUARTER),
        Change(percent=Decimal("-1.6")),
        metric_kind=TradeMetric.TURNOVER,
    )
    return Article(
        url=None,
        title="Thương mại quý I",
        paragraphs=(text,),
        officials=(Official("Tô Lâm", ("Chủ tịch nước",), "VN"),),
        trade_figures=(figure,),
        published=datetime.datetime(2024, 4, 2, 8, 0, tzinfo=PLUS_SEVEN),
        text=text,
    )


def test_missing_pyarrow_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pyarrow, the error is an ImportError that says which extra to install."""
    real_import = builtins.__import__

    def no_arrow(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pyarrow" or name.startswith("pyarrow."):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_arrow)
    with pytest.raises(ImportError, match=r"pip install 'vnlao_corpus\[arrow\]'") as info:
        require_arrow()
    assert isinstance(info.value, MissingExtraError)


def test_tables_have_the_fixed_schema() -> None:
    """Each Arrow table has the schema's columns and types, even when empty."""
    pa = pytest.importorskip("pyarrow")
    tables = to_arrow([_article("Quý I.")])
    assert list(TABLES) == list(tables)
    for name in TABLES:
        assert list(SCHEMA[name].column_names) == tables[name].column_names
    types = tables["trade_figures"].schema
    assert (pa.decimal128(38, 9), pa.date32(), pa.list_(pa.string())) == (
        types.field("value").type,
        types.field("period_end").type,
        types.field("partners").type,
    )


def test_values_are_exact() -> None:
    """Decimals stay exact, dates stay dates, and the publication time keeps its offset."""
    pytest.importorskip("pyarrow")
    tables = to_arrow([_article("Quý I.")])
    row = tables["trade_figures"].to_pylist()[0]
    assert (Decimal("1100000000"), Decimal("-1.6"), datetime.date(2024, 3, 31)) == (
        row["value"],
        row["change_percent"],
        row["period_end"],
    )
    assert ["2024-04-02T08:00:00+07:00"] == tables["articles"].column("published").to_pylist()


def test_a_value_that_does_not_fit_is_refused() -> None:
    """A decimal with more than nine places raises rather than being rounded."""
    pytest.importorskip("pyarrow")
    with pytest.raises(ValueError, match="does not fit"):
        to_arrow([_article("x", value="0.0000000001")])


def test_parquet_streams_in_row_groups(tmp_path: pathlib.Path) -> None:
    """write_parquet writes one file per table, a row group per batch, readable back."""
    pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    items = [_article(f"Bài {n}.") for n in range(5)]
    counts = write_parquet(iter(items), tmp_path, batch=2)
    assert 5 == counts["trade_figures"]
    table = pq.read_table(tmp_path / "trade_figures.parquet")
    assert 3 == pq.ParquetFile(tmp_path / "trade_figures.parquet").num_row_groups
    expected = [r["article_id"] for a in items for r in article_rows(a)["trade_figures"]]
    assert expected == table.column("article_id").to_pylist()


def test_dataframe_of_trade_figures() -> None:
    """to_dataframe gives one pandas row per figure with exact values."""
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    frame = to_dataframe([_article("Một."), _article("Hai.")])
    assert [Decimal("1100000000")] * 2 == frame["value"].tolist()
    assert ["turnover"] * 2 == frame["metric_kind"].tolist()


def test_unknown_table_is_a_value_error() -> None:
    """Asking for a table that does not exist lists the tables."""
    with pytest.raises(ValueError, match="trade_figures"):
        to_dataframe([], "figures")
