"""Articles as Arrow tables, Parquet files and pandas DataFrames (the optional ``[arrow]`` extra).

The tables and columns are those of :mod:`vnlao_corpus.io.tables`, with a
fixed Arrow schema (:func:`arrow_schema`):

- text: ``string``; ints: ``int64``; booleans: ``bool``; lists: ``list<string>``;
- dates: ``date32``;
- decimals: ``decimal128(38, 9)``, exact (nine places after the point cover
  every amount and percentage the parser reads; a value that does not fit
  raises ``ValueError`` rather than being rounded);
- datetimes (``articles.published``): ISO 8601 ``string``, because the
  offsets of different outlets (``+07:00``, ``+08:00``, none) cannot share
  one Arrow timestamp type without losing what was written.

Needs ``pyarrow`` (and ``pandas`` for :func:`to_dataframe`):
``pip install 'vnlao_corpus[arrow]'``. Without them, every function raises
:class:`MissingExtraError` (an ``ImportError``) that says so.

>>> import pytest; _ = pytest.importorskip("pyarrow")  # the [arrow] extra
>>> from vnlao_corpus.model import Article
>>> tables = to_arrow([Article(url=None, title="Tiêu đề", paragraphs=(), text="Tiêu đề")])
>>> tables["articles"].column("title").to_pylist()
['Tiêu đề']
"""

from __future__ import annotations

import datetime
import os
import pathlib
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from ..errors import VnlaoError
from ..model import Article
from .tables import SCHEMA, TABLES, Cell, Column, Row, article_rows, unique_articles

__all__ = [
    "MissingExtraError",
    "arrow_schema",
    "require_arrow",
    "to_arrow",
    "to_dataframe",
    "write_parquet",
]

_SCALE = Decimal("1E-9")


class MissingExtraError(VnlaoError, ImportError):
    """An optional dependency is missing; the message names the extra to install.

    >>> str(MissingExtraError("pyarrow", "arrow"))
    "this needs pyarrow, which is not installed: pip install 'vnlao_corpus[arrow]'"
    """

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(f"this needs {package}, which is not installed: pip install 'vnlao_corpus[{extra}]'")
        self.package, self.extra = package, extra


def require_arrow() -> Any:
    """Import and return :mod:`pyarrow`, or raise :class:`MissingExtraError` naming the extra.

    >>> import pytest; _ = pytest.importorskip("pyarrow")  # the [arrow] extra
    >>> require_arrow().__name__
    'pyarrow'
    """
    try:
        import pyarrow
    except ImportError:
        raise MissingExtraError("pyarrow", "arrow") from None
    return pyarrow


def _arrow_type(pa: Any, column: Column) -> Any:
    return {
        "str": pa.string(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "decimal": pa.decimal128(38, 9),
        "date": pa.date32(),
        "datetime": pa.string(),
        "list": pa.list_(pa.string()),
    }[column.type]


def arrow_schema(table: str) -> Any:
    """The fixed :class:`pyarrow.Schema` of one table (required columns are not nullable).

    >>> import pytest; _ = pytest.importorskip("pyarrow")  # the [arrow] extra
    >>> arrow_schema("trade_figures").field("value").type
    Decimal128Type(decimal128(38, 9))
    """
    pa = require_arrow()
    fields = [pa.field(c.name, _arrow_type(pa, c), nullable=c.nullable) for c in SCHEMA[table].columns]
    return pa.schema(fields)


def _arrow_value(value: Cell, column: Column) -> Any:
    if value is None:
        return None
    if column.type == "decimal":
        assert isinstance(value, Decimal)
        exact = value.quantize(_SCALE) if value.adjusted() < 29 else None
        if exact is None or exact != value:
            msg = f"{column.name}={value} does not fit decimal128(38, 9) exactly"
            raise ValueError(msg)
        return exact
    if column.type == "datetime":
        assert isinstance(value, datetime.datetime)
        return value.isoformat()
    return value


def _record_batch(pa: Any, table: str, rows: list[Row]) -> Any:
    spec = SCHEMA[table]
    arrays = {c.name: [_arrow_value(row[c.name], c) for row in rows] for c in spec.columns}
    return pa.Table.from_pydict(arrays, schema=arrow_schema(table))


def to_arrow(articles: Iterable[Article]) -> dict[str, Any]:
    """Every table as a :class:`pyarrow.Table` with the fixed schema, in memory.

    For a corpus larger than memory, use :func:`write_parquet`, which streams.

    >>> import pytest; _ = pytest.importorskip("pyarrow")  # the [arrow] extra
    >>> sorted(to_arrow([])) == sorted(TABLES)
    True
    """
    pa = require_arrow()
    collected: dict[str, list[Row]] = {name: [] for name in TABLES}
    for key, article in unique_articles(articles):
        for name, rows in article_rows(article, key).items():
            collected[name].extend(rows)
    return {name: _record_batch(pa, name, rows) for name, rows in collected.items()}


def write_parquet(
    articles: Iterable[Article], directory: str | os.PathLike[str], *, batch: int = 1000
) -> dict[str, int]:
    """Stream the articles into one Parquet file per table in ``directory``; return rows per table.

    Rows are written as a row group every ``batch`` articles, so memory
    stays flat however many articles pass.

    >>> import pytest; _ = pytest.importorskip("pyarrow")  # the [arrow] extra
    >>> import tempfile
    >>> write_parquet([], tempfile.mkdtemp())["meetings"]
    0
    """
    pa = require_arrow()
    import pyarrow.parquet as pq

    folder = pathlib.Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(TABLES, 0)
    writers = {name: pq.ParquetWriter(folder / f"{name}.parquet", arrow_schema(name)) for name in TABLES}
    try:
        pending: dict[str, list[Row]] = {name: [] for name in TABLES}
        waiting = 0
        for key, article in unique_articles(articles):
            for name, rows in article_rows(article, key).items():
                pending[name].extend(rows)
            waiting += 1
            if waiting >= batch:
                _flush(pa, writers, pending, counts)
                waiting = 0
        _flush(pa, writers, pending, counts)
    finally:
        for writer in writers.values():
            writer.close()
    return counts


def _flush(pa: Any, writers: dict[str, Any], pending: dict[str, list[Row]], counts: dict[str, int]) -> None:
    for name, rows in pending.items():
        if rows:
            writers[name].write_table(_record_batch(pa, name, rows))
            counts[name] += len(rows)
            rows.clear()


def to_dataframe(articles: Iterable[Article], table: str = "trade_figures") -> Any:
    """One table as a :class:`pandas.DataFrame` (decimals as :class:`~decimal.Decimal`, dates as dates).

    >>> import pytest; _ = pytest.importorskip("pandas")  # the [arrow] extra
    >>> to_dataframe([], "meetings").columns[:3].tolist()
    ['article_id', 'meeting_index', 'kind']
    """
    if table not in SCHEMA:
        msg = f"no table {table!r}; the tables are {', '.join(TABLES)}"
        raise ValueError(msg)
    try:
        import pandas  # noqa: F401
    except ImportError:
        raise MissingExtraError("pandas", "arrow") from None
    return to_arrow(articles)[table].to_pandas(date_as_object=True)
