"""Tests for vnlao_corpus.io.tables: article ids, the schema and the rows of each table."""

from __future__ import annotations

import datetime
from decimal import Decimal

from hypothesis import given

from strategies import articles
from vnlao_corpus.io.tables import SCHEMA, TABLES, article_id, article_rows, unique_articles
from vnlao_corpus.model import (
    Amount,
    Article,
    Change,
    Meeting,
    MeetingKind,
    Official,
    Period,
    PeriodKind,
    TradeFigure,
    TradeMetric,
)

SON = Official("Bùi Thanh Sơn", ("Bộ trưởng Ngoại giao",), "VN")
GUEST = Official("Saleumxay Kommasith", ("Bộ trưởng Ngoại giao",), "LA")


def test_article_id_depends_on_text_only() -> None:
    """Two articles with the same text share an id; a different text gives another."""
    one = Article(url="https://a.vn/1", title="A", paragraphs=(), text="Hai bên hội đàm.")
    same = Article(url=None, title="B", paragraphs=(), text="Hai bên hội đàm.")
    other = Article(url=None, title="A", paragraphs=(), text="Hai bên hội đàm!")
    assert article_id(one) == article_id(same)
    assert article_id(one) != article_id(other)
    assert 16 == len(article_id(one))


def test_unique_articles_keeps_first_copy() -> None:
    """A repeated article is yielded once, at its first place."""
    a = Article(url=None, title="A", paragraphs=(), text="a")
    b = Article(url=None, title="B", paragraphs=(), text="b")
    assert [a, b] == [item for _, item in unique_articles([a, b, a])]


@given(articles())
def test_rows_have_exactly_the_schema_columns(article: Article) -> None:
    """Every row of every table has the table's columns, in order, and non-null where required."""
    for name, rows in article_rows(article).items():
        table = SCHEMA[name]
        for row in rows:
            assert table.column_names == tuple(row)
            assert [] == [c.name for c in table.columns if not c.nullable and row[c.name] is None]


@given(articles())
def test_row_counts_follow_the_article(article: Article) -> None:
    """One row per record; one participant row per meeting participant."""
    rows = article_rows(article)
    assert [
        1,
        len(article.officials),
        len(article.meetings),
        sum(len(m.participants) for m in article.meetings),
        len(article.trade_figures),
        len(article.dates),
        len(article.periods),
        len(article.amounts),
        len(article.diagnostics),
    ] == [len(rows[name]) for name in TABLES]


def test_participants_point_at_their_officials_and_roles() -> None:
    """A participant row carries the official's index in the article and host/guest role."""
    meeting = Meeting(MeetingKind.RECEPTION, None, "Hà Nội", (SON, GUEST), hosts=(SON,), guests=(GUEST,))
    article = Article(url=None, title="", paragraphs=(), officials=(GUEST, SON), meetings=(meeting,))
    rows = article_rows(article, key="k")["meeting_participants"]
    assert [(1, "host"), (0, "guest")] == [(r["official_index"], r["role"]) for r in rows]


def test_trade_figure_row_is_flat_and_exact() -> None:
    """A trade figure flattens amount, period and change into typed columns."""
    figure = TradeFigure(
        "kim ngạch thương mại",
        Amount(Decimal("1.1E+9"), "USD"),
        Period(datetime.date(2024, 1, 1), datetime.date(2024, 6, 30), PeriodKind.HALF),
        Change(percent=Decimal("-2.5")),
        metric_kind=TradeMetric.TURNOVER,
    )
    row = article_rows(Article(url=None, title="", paragraphs=(), trade_figures=(figure,)), key="k")["trade_figures"][0]
    assert (Decimal("1100000000"), "USD", datetime.date(2024, 6, 30), "half", Decimal("-2.5"), "turnover") == (
        row["value"],
        row["currency"],
        row["period_end"],
        row["period_kind"],
        row["change_percent"],
        row["metric_kind"],
    )
