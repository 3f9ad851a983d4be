"""The errors vnlao_corpus raises.

Every error derives from :class:`VnlaoError`, so a caller can catch everything
the library raises on purpose with one ``except`` clause. Errors about the
content of a string subclass :class:`ValueError`; errors about the kind of
object passed subclass :class:`TypeError`.

>>> issubclass(ParseError, ValueError) and issubclass(ParseError, VnlaoError)
True
>>> issubclass(DecodeError, ParseError)
True
"""

from __future__ import annotations

__all__ = [
    "DecodeError",
    "InputTooLargeError",
    "InputTypeError",
    "ParseError",
    "VnlaoError",
]


class VnlaoError(Exception):
    """Base class of every error that vnlao_corpus raises on purpose.

    >>> try:
    ...     raise ParseError("bad input")
    ... except VnlaoError as exc:
    ...     print(type(exc).__name__, exc)
    ParseError bad input
    """


class ParseError(VnlaoError, ValueError):
    """A string could not be read as what was asked for.

    Raised by the strict parsers (:func:`vnlao_corpus.parse_date`,
    :func:`vnlao_corpus.parse_amount`, :func:`vnlao_corpus.parse_number`) with a
    message that quotes the input and says why, and by :func:`vnlao_corpus.parse`
    for input that is not text at all.

    >>> str(ParseError("'31/2' is not a date: February has no day 31"))
    "'31/2' is not a date: February has no day 31"
    """


class DecodeError(ParseError):
    """Bytes that no supported encoding can read.

    ``offset`` is the index of the first byte that could not be decoded.

    >>> err = DecodeError("cannot decode byte 0xff at offset 3", offset=3)
    >>> err.offset
    3
    """

    def __init__(self, message: str, *, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class InputTooLargeError(ParseError):
    """Input longer than the documented limit (:data:`vnlao_corpus.MAX_INPUT_CHARS`).

    >>> issubclass(InputTooLargeError, ValueError)
    True
    """


class InputTypeError(VnlaoError, TypeError):
    """An object that is neither ``str`` nor ``bytes`` was passed as text.

    >>> issubclass(InputTypeError, TypeError)
    True
    """
