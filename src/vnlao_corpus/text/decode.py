"""Bytes or str in, str out; everything else is a clear error.

(First cut: UTF-8 only. The full decoder replaces this.)
"""

from __future__ import annotations

from ..errors import DecodeError, InputTooLargeError, InputTypeError

__all__ = ["MAX_INPUT_CHARS", "decode"]

#: The longest input, in characters, that ``parse`` and ``find_*`` accept (10 million).
MAX_INPUT_CHARS = 10_000_000


def decode(raw: object, *, what: str = "parse()") -> str:
    """Return ``raw`` as text, decoding bytes."""
    if isinstance(raw, str):
        text = raw
    elif isinstance(raw, bytes | bytearray | memoryview):
        data = bytes(raw)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            msg = f"{what}: cannot decode byte 0x{data[exc.start]:02x} at offset {exc.start}"
            raise DecodeError(msg, offset=exc.start) from None
    else:
        msg = f"{what} needs str or bytes, got {type(raw).__name__}"
        raise InputTypeError(msg)
    if len(text) > MAX_INPUT_CHARS:
        msg = f"{what}: input of {len(text):,} characters is over the limit of {MAX_INPUT_CHARS:,}"
        raise InputTooLargeError(msg)
    return text
