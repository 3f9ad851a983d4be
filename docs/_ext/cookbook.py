"""A small Sphinx extension: draw the cookbook's tables from the bundled sample corpus.

When the build starts, every sample article is parsed and two Markdown tables
are written into ``docs/_generated/``: a timeline of meetings and a series of
trade figures. ``cookbook.md`` includes them. The output depends only on the
samples and the library, so the build is deterministic.
"""

from __future__ import annotations

import os
import pathlib
from typing import Any

from vnlao_corpus import parse
from vnlao_corpus.model import Article


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ") if text is not None else ""


def _samples() -> list[tuple[str, Article]]:
    try:
        from vnlao_corpus.samples import load_samples  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return []
    return [(str(s.name), parse(s.text)) for s in load_samples()]


def meeting_timeline(articles: list[tuple[str, Article]]) -> str:
    """A Markdown table of every meeting, oldest first (undated ones last)."""
    rows = []
    for name, article in articles:
        for meeting in article.meetings:
            day = meeting.date.to_date() if meeting.date else None
            people = "; ".join(f"{p.name} ({p.country or '?'})" for p in meeting.participants)
            online = " (online)" if meeting.online else ""
            rows.append((day.isoformat() if day else "", meeting.kind.value + online, meeting.location, people, name))
    rows.sort(key=lambda r: (r[0] == "", r[0], r[4]))
    lines = ["| date | kind | location | participants | sample |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n" if rows else "*No meeting in the sample corpus.*\n"


def trade_series(articles: list[tuple[str, Article]]) -> str:
    """A Markdown table of every trade figure, by period end."""
    rows = []
    for name, article in articles:
        for figure in article.trade_figures:
            period = figure.period
            start = period.start.isoformat() if period and period.start else ""
            end = period.end.isoformat() if period and period.end else ""
            amount = figure.amount
            change = figure.change.percent if figure.change and figure.change.percent is not None else None
            rows.append(
                (
                    end,
                    start,
                    figure.metric_kind.value,
                    format(amount.value, "f"),
                    amount.currency or amount.unit or "",
                    "" if change is None else f"{format(change, 'f')}%",
                    name,
                )
            )
    rows.sort(key=lambda r: (r[0] == "", r[0], r[6]))
    lines = ["| period end | period start | metric | value | unit | change | sample |", "|---|---|---|--:|---|--:|---|"]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines) + "\n" if rows else "*No trade figure in the sample corpus.*\n"


def cli_help() -> str:
    """The command line's ``--help`` text, 80 columns wide whatever the terminal."""
    from vnlao_corpus import cli

    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "80"
    try:
        return cli._parser().format_help()
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved


def _generate(app: Any) -> None:
    folder = pathlib.Path(app.srcdir) / "_generated"
    folder.mkdir(exist_ok=True)
    articles = _samples()
    outputs = (
        ("timeline.md", meeting_timeline(articles)),
        ("trade.md", trade_series(articles)),
        ("help.txt", cli_help()),
    )
    for name, text in outputs:
        path = folder / name
        # Write only on change, so that Sphinx does not rebuild every page each time.
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def setup(app: Any) -> dict[str, Any]:
    """Register the generator with Sphinx."""
    app.connect("builder-inited", _generate)
    return {"parallel_read_safe": True, "parallel_write_safe": True, "version": "1"}
