"""Articles as one SQLite database: the tables of :mod:`vnlao_corpus.io.tables` with their keys.

Every table has its primary key and foreign keys (children point at
``articles``; participants at their meeting and, when the participant is one
of the article's officials, at that official), so the file opens as it is in
``sqlite3``, DuckDB (``ATTACH 'corpus.db'``) or Datasette.

Column types: ``TEXT`` for text, dates and datetimes (ISO 8601, so they sort
and compare as dates), ``INTEGER`` for ints and booleans (0/1), ``TEXT`` for
decimals (exact positional strings: cast with ``CAST(value AS REAL)`` when
an approximation is enough), and ``TEXT`` JSON arrays for lists (read with
``json_each``).

>>> import tempfile, os, sqlite3
>>> from vnlao_corpus.model import Article
>>> path = os.path.join(tempfile.mkdtemp(), "corpus.db")
>>> write_sqlite([Article(url=None, title="Tiêu đề", paragraphs=(), text="Tiêu đề")], path)["articles"]
1
>>> sqlite3.connect(path).execute("SELECT title FROM articles").fetchall()
[('Tiêu đề',)]
"""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Iterable
from decimal import Decimal

from ..model import Article
from .tables import SCHEMA, TABLES, Cell, Column, Table, article_rows, unique_articles

__all__ = ["create_statements", "write_sqlite"]

_SQL_TYPES = {
    "str": "TEXT",
    "int": "INTEGER",
    "bool": "INTEGER",
    "decimal": "TEXT",
    "date": "TEXT",
    "datetime": "TEXT",
    "list": "TEXT",
}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create(table: Table) -> str:
    lines = [f"  {_quote(c.name)} {_SQL_TYPES[c.type]}{'' if c.nullable else ' NOT NULL'}" for c in table.columns]
    lines.append(f"  PRIMARY KEY ({', '.join(map(_quote, table.primary_key))})")
    for columns, parent, parent_columns in table.foreign_keys:
        lines.append(
            f"  FOREIGN KEY ({', '.join(map(_quote, columns))}) "
            f"REFERENCES {_quote(parent)} ({', '.join(map(_quote, parent_columns))})"
        )
    return f"CREATE TABLE IF NOT EXISTS {_quote(table.name)} (\n" + ",\n".join(lines) + "\n)"


def create_statements() -> list[str]:
    """The ``CREATE TABLE`` statements of every table, parents first.

    >>> print(create_statements()[0])
    CREATE TABLE IF NOT EXISTS "articles" (
      "article_id" TEXT NOT NULL,
      "url" TEXT,
    ...
      PRIMARY KEY ("article_id")
    )
    """
    return [_create(SCHEMA[name]) for name in TABLES]


def _sql_value(value: Cell, column: Column) -> str | int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime.date):  # datetime included
        return value.isoformat()
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_sqlite(articles: Iterable[Article], path: str | os.PathLike[str], *, batch: int = 500) -> dict[str, int]:
    """Write the articles into the SQLite database at ``path``; return the rows added per table.

    The database is created if missing; tables that exist already are added
    to (an article whose id is in the database already is skipped, so a
    corpus can be written in several runs). Articles are consumed one at a
    time and committed every ``batch`` articles.

    >>> import tempfile, os
    >>> write_sqlite([], os.path.join(tempfile.mkdtemp(), "empty.db"))["officials"]
    0
    """
    import sqlite3  # here, not at the top: ``import vnlao_corpus`` stays quick

    counts = dict.fromkeys(TABLES, 0)
    connection = sqlite3.connect(os.fspath(path))
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        # A crash mid-run loses at most the last batch; the file stays consistent (WAL is not needed).
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("BEGIN")  # one transaction for the schema: one sync instead of nine
        for statement in create_statements():
            connection.execute(statement)
        connection.commit()
        inserts = {
            name: (
                f"INSERT INTO {_quote(name)} ({', '.join(map(_quote, SCHEMA[name].column_names))}) "
                f"VALUES ({', '.join('?' * len(SCHEMA[name].columns))})"
            )
            for name in TABLES
        }
        pending = 0
        for key, article in unique_articles(articles):
            if connection.execute("SELECT 1 FROM articles WHERE article_id = ?", (key,)).fetchone():
                continue
            for name, rows in article_rows(article, key).items():
                columns = SCHEMA[name].columns
                connection.executemany(inserts[name], ([_sql_value(row[c.name], c) for c in columns] for row in rows))
                counts[name] += len(rows)
            pending += 1
            if pending >= batch:
                connection.commit()
                pending = 0
        connection.commit()
    finally:
        connection.close()
    return counts
