"""Many records as JSON Lines, streamed: one record per line, one line at a time.

:func:`write_jsonl` takes any iterable (a generator from
:func:`vnlao_corpus.parse_many` included) and :func:`read_jsonl` is a
generator, so a corpus larger than memory passes through both.

>>> import io
>>> from vnlao_corpus.model import Span
>>> buffer = io.StringIO()
>>> write_jsonl([Span(0, 4), Span(5, 9)], buffer)
2
>>> buffer.getvalue()
'[0, 4]\\n[5, 9]\\n'
>>> list(read_jsonl(io.StringIO(buffer.getvalue()), Span))
[Span(start=0, end=4), Span(start=5, end=9)]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO, Any, TypeVar, overload

from ..model import Article
from .json import dumps_line, loads

__all__ = ["read_jsonl", "write_jsonl"]

T = TypeVar("T")


def write_jsonl(records: Iterable[object], path_or_file: str | os.PathLike[str] | IO[str]) -> int:
    """Write each record as one JSON line; return how many were written.

    ``path_or_file`` is a path (created or overwritten, UTF-8) or an open text
    file (left open). Records are consumed one at a time.

    >>> import io
    >>> from vnlao_corpus.model import Diagnostic
    >>> write_jsonl(iter([Diagnostic("a", "b")]), io.StringIO())
    1
    """
    if isinstance(path_or_file, str | os.PathLike):
        with open(path_or_file, "w", encoding="utf-8", newline="\n") as handle:
            return _write(records, handle)
    return _write(records, path_or_file)


def _write(records: Iterable[object], handle: IO[str]) -> int:
    count = 0
    for record in records:
        handle.write(dumps_line(record))
        handle.write("\n")
        count += 1
    return count


@overload
def read_jsonl(path_or_file: str | os.PathLike[str] | IO[str]) -> Iterator[Article]: ...
@overload
def read_jsonl(path_or_file: str | os.PathLike[str] | IO[str], cls: type[T]) -> Iterator[T]: ...
def read_jsonl(path_or_file: str | os.PathLike[str] | IO[str], cls: type[Any] = Article) -> Iterator[Any]:
    """Yield the records of a JSON Lines file, one line at a time.

    Blank lines are skipped. A bad line raises
    :class:`~vnlao_corpus.io.convert.SerializationError` naming the line number
    and the path to the bad field (``$[3].title`` is line 3).

    >>> import io
    >>> from vnlao_corpus.model import Span
    >>> list(read_jsonl(io.StringIO('[0, 1]\\n\\n[2, "x"]\\n'), Span))
    Traceback (most recent call last):
    ...
    vnlao_corpus.io.convert.SerializationError: cannot read the data as Span:
        expected a span [start, end] of two ints, got [2, 'x'] @ $[3]
    """
    if isinstance(path_or_file, str | os.PathLike):
        with open(path_or_file, encoding="utf-8") as handle:
            yield from _read(handle, cls)
    else:
        yield from _read(path_or_file, cls)


def _read(handle: IO[str], cls: type[T]) -> Iterator[T]:
    for number, line in enumerate(handle, start=1):
        if line.strip():
            yield loads(line, cls, path=f"$[{number}]", what=f"line {number} as JSON")
