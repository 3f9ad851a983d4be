"""One record as JSON text: :func:`to_json` and :func:`from_json`.

The encoding is the one :func:`vnlao_corpus.io.convert.configure_converter`
documents (Decimals as exact strings, dates as ISO 8601, enums as values,
spans as ``[start, end]``). Text is written as UTF-8 characters, not
``\\u`` escapes, so Vietnamese stays readable.

>>> from decimal import Decimal
>>> from vnlao_corpus.model import Change
>>> to_json(Change(percent=Decimal("-1.6")))
'{"percent": "-1.6", "multiple": null, "baseline": null, "baseline_text": null}'
>>> from_json(to_json(Change(percent=Decimal("-1.6"))), Change).percent
Decimal('-1.6')
"""

from __future__ import annotations

import json
from typing import Any, TypeVar, overload

from ..model import Article
from .convert import SerializationError, structure, unstructure

__all__ = ["dumps_line", "from_json", "to_json"]

T = TypeVar("T")

# Characters that str.splitlines() and some JSON Lines readers take as line
# breaks but json.dumps leaves raw when ensure_ascii=False.
_LINE_BREAKS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def to_json(record: object, *, indent: int | None = None) -> str:
    """A record (any vnlao_corpus attrs class) as JSON text.

    >>> from vnlao_corpus.model import Span, Diagnostic
    >>> print(to_json(Diagnostic("dropped-chrome", "dropped 'Chia sẻ:'", Span(0, 8)), indent=1))
    {
     "code": "dropped-chrome",
     "message": "dropped 'Chia sẻ:'",
     "span": [
      0,
      8
     ],
     "severity": "warning"
    }
    """
    return json.dumps(unstructure(record), ensure_ascii=False, indent=indent)


def dumps_line(record: object) -> str:
    """A record as one line of JSON (no line break inside, none at the end).

    Besides ``\\n`` and ``\\r`` (always escaped by JSON), U+0085, U+2028 and
    U+2029 are escaped, so that every line splitter agrees on the lines.

    >>> from vnlao_corpus.model import Diagnostic
    >>> dumps_line(Diagnostic("x", "a\\u2028b"))
    '{"code": "x", "message": "a\\\\u2028b", "span": null, "severity": "warning"}'
    """
    line = to_json(record)
    for char, escape in _LINE_BREAKS:
        if char in line:  # rare: a scan (in C) is much cheaper than str.translate
            line = line.replace(char, escape)
    return line


@overload
def from_json(text: str | bytes) -> Article: ...
@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...
def from_json(text: str | bytes, cls: type[Any] = Article) -> Any:
    """Read a record of type ``cls`` (default :class:`~vnlao_corpus.Article`) from JSON text.

    Raises :class:`~vnlao_corpus.io.convert.SerializationError` for text that
    is not JSON (with line and column) or data that does not fit ``cls`` (with
    the path to each bad field).

    >>> from vnlao_corpus.model import Span
    >>> from_json("[3, 7]", Span)
    Span(start=3, end=7)
    >>> from_json('{"start": 3}', Span)
    Traceback (most recent call last):
    ...
    vnlao_corpus.io.convert.SerializationError: cannot read the data as Span:
        expected a span [start, end] of two ints, got {'start': 3} @ $
    """
    return loads(text, cls)


def loads(text: str | bytes, cls: type[T], *, path: str = "$", what: str = "the text as JSON") -> T:
    """:func:`from_json` with a path prefix and a description of the input for error messages.

    >>> from vnlao_corpus.model import Span
    >>> loads("[1, 2", Span, what="line 4")
    Traceback (most recent call last):
    ...
    vnlao_corpus.io.convert.SerializationError: cannot read line 4:
        not JSON: Expecting ',' delimiter at line 1, column 6
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            why = f"{exc.msg} at line {exc.lineno}, column {exc.colno}"
        elif isinstance(exc, UnicodeDecodeError):
            why = f"not UTF-8 at byte {exc.start}"
        else:
            why = "nested too deeply"
        raise SerializationError([f"not JSON: {why}"], what=what) from None
    return structure(data, cls, path=path)
