"""Serializers: JSON, JSON Lines, CSV, SQLite and (with the ``[arrow]`` extra) Arrow, Parquet, pandas.

One module per format, all sharing the encoding of :mod:`vnlao_corpus.io.convert`
and the table schema of :mod:`vnlao_corpus.io.tables`:

- :mod:`~vnlao_corpus.io.json`: one record as JSON (``to_json``, ``from_json``);
- :mod:`~vnlao_corpus.io.jsonl`: many records, streamed (``write_jsonl``, ``read_jsonl``);
- :mod:`~vnlao_corpus.io.csv`: one CSV file per table (``write_csv``, ``read_csv``);
- :mod:`~vnlao_corpus.io.sqlite`: one database with keys (``write_sqlite``);
- :mod:`~vnlao_corpus.io.arrow`: ``to_arrow``, ``write_parquet``, ``to_dataframe``.

Importing this package imports none of cattrs, sqlite3 or pyarrow: each is
loaded on first use.

>>> from vnlao_corpus.io import to_json
>>> from vnlao_corpus.model import Span
>>> to_json(Span(0, 4))
'[0, 4]'
"""

from __future__ import annotations

from .arrow import MissingExtraError, to_arrow, to_dataframe, write_parquet
from .convert import SerializationError, from_dict, to_dict
from .csv import read_csv, write_csv
from .json import from_json, to_json
from .jsonl import read_jsonl, write_jsonl
from .sqlite import write_sqlite
from .tables import article_id

__all__ = [
    "MissingExtraError",
    "SerializationError",
    "article_id",
    "from_dict",
    "from_json",
    "read_csv",
    "read_jsonl",
    "to_arrow",
    "to_dataframe",
    "to_dict",
    "to_json",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_sqlite",
]
