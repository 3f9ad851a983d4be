"""Articles as CSV: one file per table of :mod:`vnlao_corpus.io.tables`, and a typed reader.

:func:`write_csv` streams articles into ``articles.csv``, ``officials.csv``,
``meetings.csv``, ``meeting_participants.csv``, ``trade_figures.csv``,
``dates.csv``, ``periods.csv``, ``amounts.csv`` and ``diagnostics.csv`` in one
folder, joined by ``article_id``. :func:`read_csv` reads them back into typed
rows, equal to what :func:`~vnlao_corpus.io.tables.article_rows` gave.

Cell encoding:

- files are UTF-8 with a byte order mark (so that spreadsheet programs
  read Vietnamese correctly), with a header row, ``\\r\\n`` line ends and
  quotes only where needed (:mod:`csv` defaults);
- an empty cell is a missing value (``None``);
- text that a spreadsheet would run as a formula (first character ``=``,
  ``+``, ``-``, ``@``, tab or carriage return) is written with a ``'`` in
  front; so is text that starts with ``'`` itself, and the empty string is a
  lone ``'``; the reader removes that one ``'``;
- decimals are exact positional strings (``1100000000``), booleans ``true``
  and ``false``, dates and datetimes ISO 8601, lists JSON arrays
  (``["Phó Thủ tướng", "Bộ trưởng Ngoại giao"]``).

>>> import tempfile
>>> from vnlao_corpus.model import Article
>>> folder = tempfile.mkdtemp()
>>> write_csv([Article(url=None, title="=1+1", paragraphs=(), text="=1+1")], folder)["articles"]
1
>>> read_csv(folder)["articles"][0]["title"]
'=1+1'
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import pathlib
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from decimal import Decimal, InvalidOperation
from typing import Any

from ..model import Article
from .convert import SerializationError
from .tables import SCHEMA, TABLES, Cell, Column, Row, article_rows, unique_articles

__all__ = ["decode_cell", "encode_cell", "iter_csv", "read_csv", "write_csv"]

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")


def encode_cell(value: Cell, column: Column) -> str:
    """One typed value as CSV cell text (see the module docstring).

    >>> encode_cell("=SUM(A1)", Column("title", "str"))
    "'=SUM(A1)"
    >>> encode_cell(Decimal("1.1E+9"), Column("value", "decimal"))
    '1100000000'
    >>> encode_cell(None, Column("url", "str")), encode_cell("", Column("url", "str"))
    ('', "'")
    """
    if value is None:
        return ""
    kind = column.type
    if kind == "str":
        text = str(value)
        return "'" + text if not text or text.startswith(_FORMULA_STARTS) else text
    if kind == "bool":
        return "true" if value else "false"
    if kind == "decimal":
        return format(value, "f")
    if kind in ("date", "datetime"):
        return value.isoformat()  # type: ignore[union-attr]
    if kind == "list":
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def decode_cell(text: str, column: Column) -> Cell:
    """CSV cell text back to its typed value; raises ``ValueError`` for text that does not fit.

    >>> decode_cell("'=SUM(A1)", Column("title", "str"))
    '=SUM(A1)'
    >>> decode_cell("2024-08-27", Column("date", "date"))
    datetime.date(2024, 8, 27)
    >>> decode_cell("", Column("date", "date")) is None
    True
    """
    if text == "":
        return None
    kind = column.type
    if kind == "str":
        return text[1:] if text.startswith("'") else text
    if kind == "int":
        if not text.lstrip("-").isdigit() or not text.isascii():
            msg = f"expected an integer, got {text!r}"
            raise ValueError(msg)
        return int(text)
    if kind == "bool":
        if text not in ("true", "false"):
            msg = f"expected true or false, got {text!r}"
            raise ValueError(msg)
        return text == "true"
    if kind == "decimal":
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite():
            msg = f"expected a decimal number, got {text!r}"
            raise ValueError(msg)
        return number
    if kind == "date":
        return datetime.date.fromisoformat(text)
    if kind == "datetime":
        return datetime.datetime.fromisoformat(text)
    items = json.loads(text)
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        msg = f"expected a JSON list of strings, got {text!r}"
        raise ValueError(msg)
    return items


def write_csv(articles: Iterable[Article], directory: str | os.PathLike[str]) -> dict[str, int]:
    """Write one CSV file per table into ``directory`` (created if missing); return rows per table.

    Articles are consumed one at a time; a repeated article (same
    :func:`~vnlao_corpus.io.tables.article_id`) is written once.

    >>> import tempfile
    >>> counts = write_csv([], tempfile.mkdtemp())
    >>> counts["articles"], sorted(counts) == sorted(TABLES)
    (0, True)
    """
    folder = pathlib.Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(TABLES, 0)
    with ExitStack() as stack:
        writers: dict[str, Any] = {}
        for name in TABLES:
            handle = stack.enter_context(open(folder / f"{name}.csv", "w", encoding="utf-8-sig", newline=""))
            writers[name] = csv.writer(handle)
            writers[name].writerow(SCHEMA[name].column_names)
        for key, article in unique_articles(articles):
            for name, rows in article_rows(article, key).items():
                columns = SCHEMA[name].columns
                for row in rows:
                    writers[name].writerow([encode_cell(row[c.name], c) for c in columns])
                counts[name] += len(rows)
    return counts


def iter_csv(path: str | os.PathLike[str], table: str) -> Iterator[Row]:
    """Yield the typed rows of one table's CSV file, one at a time.

    Raises :class:`~vnlao_corpus.io.convert.SerializationError` naming the
    file, line and column of a cell that does not fit its type, or a header
    that is not the table's.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "periods.csv"
    >>> _ = path.write_text("article_id,period_index\\n", encoding="utf-8")
    >>> list(iter_csv(path, "periods"))
    Traceback (most recent call last):
    ...
    vnlao_corpus.io.convert.SerializationError: cannot read ...periods.csv: the header is not the periods table's ...
    """
    spec = SCHEMA[table]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header is None or tuple(header) != spec.column_names:
            why = f"the header is not the {table} table's ({', '.join(spec.column_names)})"
            raise SerializationError([why], what=os.fspath(path))
        for cells in reader:
            line = reader.line_num
            if len(cells) != len(spec.columns):
                why = f"line {line} has {len(cells)} cells, the header {len(spec.columns)}"
                raise SerializationError([why], what=os.fspath(path))
            row: Row = {}
            for column, text in zip(spec.columns, cells, strict=True):
                try:
                    row[column.name] = decode_cell(text, column)
                except ValueError as exc:
                    why = f"{exc} @ line {line}, column {column.name}"
                    raise SerializationError([why], what=os.fspath(path)) from None
            yield row


def read_csv(directory: str | os.PathLike[str]) -> dict[str, list[Row]]:
    """Read every table that :func:`write_csv` wrote in ``directory`` (missing files give empty tables).

    >>> import tempfile
    >>> read_csv(tempfile.mkdtemp())["trade_figures"]
    []
    """
    folder = pathlib.Path(directory)
    return {
        name: list(iter_csv(folder / f"{name}.csv", name)) if (folder / f"{name}.csv").exists() else []
        for name in TABLES
    }
