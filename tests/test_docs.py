"""Tests for the documentation's build-time tables (docs/_ext/cookbook.py) and its page list."""

from __future__ import annotations

import datetime
import importlib.util
import pathlib
import re
from decimal import Decimal
from types import ModuleType

import pytest

from vnlao_corpus.model import (
    Amount,
    Article,
    Change,
    DateMention,
    DateValue,
    Meeting,
    MeetingKind,
    Official,
    Period,
    PeriodKind,
    TradeFigure,
    TradeMetric,
)

DOCS = pathlib.Path(__file__).parent.parent / "docs"


@pytest.fixture(scope="module")
def cookbook() -> ModuleType:
    """The Sphinx extension, loaded from its file."""
    path = DOCS / "_ext" / "cookbook.py"
    if not path.exists():
        pytest.skip("the docs folder is not part of this installation")
    spec = importlib.util.spec_from_file_location("cookbook", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _meeting(day: int | None, place: str) -> Meeting:
    date = None if day is None else DateMention(f"{day}/1", 0, 4, DateValue(day, 1, 2024))
    people = (Official("Bùi Thanh Sơn", (), "VN"), Official("Saleumxay Kommasith", (), "LA"))
    return Meeting(MeetingKind.TALKS, date, place, people)


def test_timeline_is_sorted_by_date_with_undated_last(cookbook: ModuleType) -> None:
    """The meeting timeline lists dated meetings oldest first, then undated ones."""
    article = Article(
        url=None, title="", paragraphs=(), meetings=(_meeting(None, "A"), _meeting(9, "B"), _meeting(6, "C"))
    )
    table = cookbook.meeting_timeline([("x.txt", article)])
    places = re.findall(r"\| talks \| (\w) \|", table)
    assert ["C", "B", "A"] == places
    assert "Bùi Thanh Sơn (VN); Saleumxay Kommasith (LA)" in table


def test_trade_series_shows_exact_values(cookbook: ModuleType) -> None:
    """The trade table shows the exact value, the period and the signed change."""
    figure = TradeFigure(
        "kim ngạch",
        Amount(Decimal("1.1E+9"), "USD"),
        Period(datetime.date(2024, 1, 1), datetime.date(2024, 7, 31), PeriodKind.YEAR_TO_MONTH),
        Change(percent=Decimal("-1.6")),
        metric_kind=TradeMetric.TURNOVER,
    )
    table = cookbook.trade_series([("x.txt", Article(url=None, title="", paragraphs=(), trade_figures=(figure,)))])
    assert "| 2024-07-31 | 2024-01-01 | turnover | 1100000000 | USD | -1.6% | x.txt |" in table


def test_pipes_in_text_do_not_break_tables(cookbook: ModuleType) -> None:
    """A | inside a location is escaped in the Markdown table."""
    article = Article(url=None, title="", paragraphs=(), meetings=(_meeting(6, "Hà Nội | Viêng Chăn"),))
    assert "Hà Nội \\| Viêng Chăn" in cookbook.meeting_timeline([("x.txt", article)])


def test_empty_corpus_says_so(cookbook: ModuleType) -> None:
    """Without samples, the tables are a sentence, not an empty table."""
    assert ("*No meeting in the sample corpus.*\n", "*No trade figure in the sample corpus.*\n") == (
        cookbook.meeting_timeline([]),
        cookbook.trade_series([]),
    )


def test_every_page_in_a_toctree_exists() -> None:
    """Each entry of each toctree names a page that exists."""
    if not DOCS.exists():
        pytest.skip("the docs folder is not part of this installation")
    missing = []
    for page in [*DOCS.glob("*.md"), *DOCS.glob("api/*.md")]:
        for block in re.findall(r"```\{toctree\}(.*?)```", page.read_text(encoding="utf-8"), re.S):
            for entry in block.splitlines():
                entry = entry.strip()
                if entry and not entry.startswith(":"):
                    base = page.parent / entry
                    if not (base.with_suffix(".md").exists() or base.with_suffix(".rst").exists()):
                        missing.append(f"{page.name}: {entry}")
    assert [] == missing
