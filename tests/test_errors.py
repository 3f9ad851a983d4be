"""Tests for the error hierarchy in vnlao_corpus.errors."""

from __future__ import annotations

import pytest

from vnlao_corpus.errors import DecodeError, InputTooLargeError, InputTypeError, ParseError, VnlaoError


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (ParseError, ValueError),
        (DecodeError, ValueError),
        (InputTooLargeError, ValueError),
        (InputTypeError, TypeError),
    ],
)
def test_errors_share_one_base_and_subclass_a_builtin(error: type[Exception], builtin: type[Exception]) -> None:
    """Every error derives from VnlaoError and from the builtin a caller would expect."""
    assert issubclass(error, VnlaoError)
    assert issubclass(error, builtin)


def test_decode_error_keeps_the_offset() -> None:
    """A DecodeError carries the offset of the first unreadable byte."""
    err = DecodeError("cannot decode byte 0xff at offset 7", offset=7)
    assert 7 == err.offset
    assert "offset 7" in str(err)
