"""Tests for vnlao_corpus.io.sqlite: one database, keys between tables, exact values."""

from __future__ import annotations

import datetime
import pathlib
import sqlite3
import tempfile
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from strategies import articles
from vnlao_corpus.io.sqlite import write_sqlite
from vnlao_corpus.io.tables import SCHEMA, TABLES, article_rows, unique_articles
from vnlao_corpus.model import Amount, Article, Meeting, MeetingKind, Official, TradeFigure

SON = Official("Bùi Thanh Sơn", ("Bộ trưởng Ngoại giao",), "VN")


def _article() -> Article:
    meeting = Meeting(MeetingKind.TALKS, None, "Viêng Chăn", (SON,), hosts=(SON,))
    figure = TradeFigure("kim ngạch", Amount(Decimal("1.1E+9"), "USD"), None, None)
    return Article(
        url=None,
        title="Hội đàm",
        paragraphs=("Hai bên hội đàm.",),
        officials=(SON,),
        meetings=(meeting,),
        trade_figures=(figure,),
        published=datetime.datetime(2024, 1, 6, 9, 30),
        text="Hội đàm\nHai bên hội đàm.",
    )


def test_tables_keys_and_values(tmp_path: pathlib.Path) -> None:
    """Every table exists with its primary key; values keep their exact text form."""
    path = tmp_path / "c.db"
    counts = write_sqlite([_article()], path)
    assert (1, 1, 1, 1) == (
        counts["articles"],
        counts["meetings"],
        counts["meeting_participants"],
        counts["trade_figures"],
    )
    db = sqlite3.connect(path)
    assert sorted(TABLES) == sorted(r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'"))
    assert [("1100000000", "USD")] == db.execute("SELECT value, currency FROM trade_figures").fetchall()
    assert [("2024-01-06T09:30:00",)] == db.execute("SELECT published FROM articles").fetchall()
    pk = [r[1] for r in db.execute("PRAGMA table_info(meetings)") if r[5]]
    assert ["article_id", "meeting_index"] == pk


def test_foreign_keys_are_declared_and_hold(tmp_path: pathlib.Path) -> None:
    """Children reference articles (and participants their meeting and official); no violation."""
    path = tmp_path / "c.db"
    write_sqlite([_article()], path)
    db = sqlite3.connect(path)
    parents = {r[2] for r in db.execute("PRAGMA foreign_key_list(meeting_participants)")}
    assert {"articles", "meetings", "officials"} == parents
    assert [] == db.execute("PRAGMA foreign_key_check").fetchall()
    joined = db.execute(
        "SELECT o.name, p.role FROM meeting_participants p "
        "JOIN officials o USING (article_id) WHERE o.official_index = p.official_index"
    ).fetchall()
    assert [("Bùi Thanh Sơn", "host")] == joined


def test_a_second_run_adds_only_new_articles(tmp_path: pathlib.Path) -> None:
    """Writing the same article again into an existing database adds nothing."""
    path = tmp_path / "c.db"
    write_sqlite([_article()], path)
    assert 0 == write_sqlite([_article()], path)["articles"]
    assert 1 == sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0]


@settings(max_examples=30)  # each example writes files: keep the suite quick
@given(st.lists(articles(), max_size=3))
def test_row_counts_and_keys_for_any_articles(items: list[Article]) -> None:
    """Any articles go in without a key violation, one row per table row."""
    expected = dict.fromkeys(TABLES, 0)
    for key, article in unique_articles(items):
        for name, rows in article_rows(article, key).items():
            expected[name] += len(rows)
    with tempfile.TemporaryDirectory() as folder:
        path = pathlib.Path(folder) / "c.db"
        assert expected == write_sqlite(items, path)
        db = sqlite3.connect(path)
        try:
            assert expected == {n: db.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in TABLES}
            assert [] == db.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            db.close()


@pytest.mark.parametrize("name", TABLES)
def test_not_null_columns_are_declared(tmp_path: pathlib.Path, name: str) -> None:
    """Columns the schema marks as required are NOT NULL in the database."""
    path = tmp_path / "c.db"
    write_sqlite([], path)
    info = sqlite3.connect(path).execute(f'PRAGMA table_info("{name}")').fetchall()
    assert [c.name for c in SCHEMA[name].columns if not c.nullable] == [r[1] for r in info if r[3]]
