"""Bytes or str in, str out; everything else is a clear error.

``decode`` is the one door raw input comes through. A ``str`` passes as it is.
Bytes (``bytes``, ``bytearray``, ``memoryview``) are read in this order:

1. a UTF-8 byte-order mark: UTF-8 (the mark is dropped);
2. a UTF-16 byte-order mark (``FF FE`` or ``FE FF``): UTF-16 LE or BE;
3. no mark: UTF-8 when the bytes are valid UTF-8;
4. otherwise Windows Vietnamese, code page 1258. cp1258 writes most toned
   letters as a base letter and a combining tone mark; the normaliser composes
   them, so nothing downstream sees the difference.

What counts as *not text* (a :class:`~vnlao_corpus.DecodeError` whose
``offset`` is the first offending byte):

- a byte that the encoding chosen above cannot read (after a BOM, the BOM's
  encoding must read all of it; without one, a byte that is neither valid
  UTF-8 nor defined in cp1258: ``0x81 0x8A 0x8D 0x8E 0x8F 0x90 0x9A 0x9D 0x9E``);
- a control character other than tab, line feed, vertical tab, form feed and
  carriage return (``NUL``, ``0x01``-``0x08``, ``0x0E``-``0x1F``, ``DEL``):
  such bytes mark binary data (or UTF-16 without a byte-order mark), and cp1258
  would otherwise "read" almost any byte sequence.

Any other object is an :class:`~vnlao_corpus.InputTypeError` (a ``TypeError``),
and text over :data:`MAX_INPUT_CHARS` characters an
:class:`~vnlao_corpus.InputTooLargeError`.

>>> decode("Hòa bình")
'Hòa bình'
>>> decode("Hòa bình".encode("utf-16"))
'Hòa bình'
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import Final, TypeAlias

from ..errors import DecodeError, InputTooLargeError, InputTypeError

__all__ = ["MAX_INPUT_CHARS", "RawText", "decode", "encode_cp1258"]

#: The longest input, in characters, that ``parse`` and ``find_*`` accept (10 million).
#: What the entry points (``parse``, the ``find_*`` scanners, ``parse_date``,
#: ``parse_amount``, ``parse_period``) take: text, or bytes that :func:`decode` reads.
#: They check the kind themselves and raise :class:`~vnlao_corpus.InputTypeError`;
#: mypyc, which checks ``str`` and ``bytes`` arguments itself, leaves this union to them.
RawText: TypeAlias = str | bytes | bytearray | memoryview

MAX_INPUT_CHARS = 10_000_000

# Control characters that do not occur in text: everything below 0x20 except
# tab, LF, VT, FF and CR, and DEL.
_BINARY: Final = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

# (byte-order mark, codec) pairs, longest mark first.
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(raw: object, *, what: str = "parse()") -> str:
    """Return ``raw`` as text: ``str`` as it is, bytes decoded (see the module docstring).

    ``what`` names the caller in error messages.

    >>> decode(b"\\xef\\xbb\\xbfTi\\xc3\\xaau \\xc4\\x91\\xe1\\xbb\\x81")
    'Tiêu đề'
    >>> decode(encode_cp1258("Hòa"))  # cp1258: the tone comes back as a combining mark
    'Ho\u0300a'

    >>> decode(b"PNG\\x00\\x01")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    vnlao_corpus.errors.DecodeError: parse(): byte 0x00 at offset 3 is a control character ...
    >>> decode(42)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    vnlao_corpus.errors.InputTypeError: parse() needs str or bytes ...
    """
    if isinstance(raw, str):
        text = raw
    elif isinstance(raw, bytes | bytearray | memoryview):
        text = _decode_bytes(bytes(raw), what)
    else:
        msg = (
            f"{what} needs str or bytes (UTF-8, UTF-16 with a byte-order mark, or cp1258), "
            f"got {type(raw).__name__}; read a file with open(path, 'rb').read() or pass its text"
        )
        raise InputTypeError(msg)
    if len(text) > MAX_INPUT_CHARS:
        msg = f"{what}: input of {len(text):,} characters is over the limit of {MAX_INPUT_CHARS:,}"
        raise InputTooLargeError(msg)
    return text


def _decode_bytes(data: bytes, what: str) -> str:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, len(bom), what)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    else:
        _check_controls(text, data, "utf-8", 0, what)
        return text
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        msg = (
            f"{what}: cannot decode the bytes: {utf8_error}, and not cp1258 "
            f"(byte 0x{data[exc.start]:02x} at offset {exc.start} is undefined in cp1258)"
        )
        raise DecodeError(msg, offset=exc.start) from None
    _check_controls(text, data, "cp1258", 0, what)
    return text


def _strict(data: bytes, codec: str, skip: int, what: str) -> str:
    """Decode ``data[skip:]`` with ``codec`` or raise a DecodeError at the bad byte."""
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as exc:
        offset = skip + exc.start
        msg = (
            f"{what}: the bytes start with a {codec} byte-order mark but byte 0x{data[offset]:02x} "
            f"at offset {offset} is not {codec}"
        )
        raise DecodeError(msg, offset=offset) from None
    _check_controls(text, data, codec, skip, what)
    return text


def _check_controls(text: str, data: bytes, codec: str, skip: int, what: str) -> None:
    """Raise a DecodeError at the first control character typical of binary data."""
    found = _BINARY.search(text)
    if found is None:
        return
    offset = skip + len(text[: found.start()].encode(codec))
    msg = (
        f"{what}: byte 0x{data[offset]:02x} at offset {offset} is a control character that "
        f"text does not contain: this looks like binary data"
        + (" (or UTF-16 without a byte-order mark)" if found.group() == "\x00" else "")
    )
    raise DecodeError(msg, offset=offset)


def encode_cp1258(text: str) -> bytes:
    """Encode ``text`` in Windows Vietnamese (cp1258), the way Vietnamese Windows software does.

    cp1258 has the letters ``ă â ê ô ơ ư đ`` but not toned vowels: a tone is
    written as a combining mark after its letter. Python's own ``cp1258``
    codec refuses precomposed toned letters (``"ò".encode("cp1258")`` fails);
    this splits them first. Raises ``UnicodeEncodeError`` for characters that
    cp1258 cannot hold at all.

    >>> encode_cp1258("Hòa bình")
    b'Ho\\xcca bi\\xccnh'
    >>> unicodedata.normalize("NFC", decode(encode_cp1258("Kiến thiết"))) == "Kiến thiết"
    True
    """
    out: list[str] = []
    for ch in text:
        if _cp1258_has(ch):
            out.append(ch)
            continue
        parts = unicodedata.normalize("NFD", ch)
        base = parts[0]
        marks = parts[1:]
        # Fold the letter-forming mark (circumflex, breve, horn) back into the base if cp1258
        # has the letter; NFD may put it after the tone (ộ is o, dot below, circumflex).
        for i, mark in enumerate(marks):
            combined = unicodedata.normalize("NFC", base + mark)
            if len(combined) == 1 and _cp1258_has(combined):
                base, marks = combined, marks[:i] + marks[i + 1 :]
                break
        out.append(base + marks)
    return "".join(out).encode("cp1258")


def _cp1258_has(ch: str) -> bool:
    try:
        ch.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True
