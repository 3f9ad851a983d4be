"""Tests of vnlao_corpus.text.decode: which bytes are text, and the errors for what is not.

The encodings are the ones FORMAT.md lists for real input (UTF-8 with or without
BOM, UTF-16, Windows Vietnamese cp1258); the sentences are written for these tests.
"""

from __future__ import annotations

import io
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.errors import DecodeError, InputTooLargeError, InputTypeError
from vnlao_corpus.text import decode as decode_module
from vnlao_corpus.text.decode import decode, encode_cp1258

SENTENCE = "Hai Bộ trưởng Ngoại giao Việt Nam - Lào điện đàm, kim ngạch tăng 16,7%."


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Every way FORMAT.md says an article may arrive.
ENCODINGS = [
    pytest.param(SENTENCE.encode("utf-8"), id="utf-8"),
    pytest.param(SENTENCE.encode("utf-8-sig"), id="utf-8-bom"),
    pytest.param(SENTENCE.encode("utf-16"), id="utf-16-bom-native"),
    pytest.param(b"\xff\xfe" + SENTENCE.encode("utf-16-le"), id="utf-16-le-bom"),
    pytest.param(b"\xfe\xff" + SENTENCE.encode("utf-16-be"), id="utf-16-be-bom"),
    pytest.param(encode_cp1258(SENTENCE), id="cp1258"),
    pytest.param(bytearray(SENTENCE.encode("utf-8")), id="bytearray"),
    pytest.param(memoryview(SENTENCE.encode("utf-8")), id="memoryview"),
]


@pytest.mark.parametrize("raw", ENCODINGS)
def test_supported_encodings_decode_to_the_text(raw: bytes) -> None:
    """Each supported encoding decodes to the same text (NFC-equal: cp1258 keeps tones as marks)."""
    assert SENTENCE == _nfc(decode(raw))


def test_str_passes_unchanged() -> None:
    """A str is returned as it is, not normalised."""
    text = "Ho\u0300a  bi\u0300nh"
    assert text == decode(text)


def test_cp1258_tones_arrive_as_combining_marks() -> None:
    """cp1258 has ê but writes the tone as a combining mark after it, and decode keeps it that way."""
    assert "Vi\u00ea\u0323t" == decode(encode_cp1258("Việt"))


# Bytes that are not text, and the offset the error must name.
UNREADABLE = [
    # 0x81 is neither valid UTF-8 nor defined in cp1258.
    pytest.param(b"Vi\xe1\xbb\x87t \x81 Nam", 7, id="undefined-cp1258-byte"),
    # NUL bytes: binary data, or UTF-16 without a byte-order mark.
    pytest.param("Lào".encode("utf-16-le"), 1, id="utf-16-without-bom"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00", 6, id="png-header"),
    pytest.param(b"GIF89a\x01\x00", 6, id="control-byte"),
    # After a UTF-8 byte-order mark the rest must be UTF-8.
    pytest.param(b"\xef\xbb\xbfabc\xff", 6, id="bad-utf-8-after-bom"),
    # After a UTF-16 byte-order mark: an odd number of bytes.
    pytest.param(b"\xff\xfea\x00b", 4, id="truncated-utf-16"),
]


@pytest.mark.parametrize(("raw", "offset"), UNREADABLE)
def test_unreadable_bytes_raise_decode_error_naming_the_offset(raw: bytes, offset: int) -> None:
    """Bytes no supported encoding reads raise DecodeError with the offending byte's offset."""
    with pytest.raises(DecodeError) as info:
        decode(raw)
    assert (offset, True) == (info.value.offset, f"offset {offset}" in str(info.value))


def test_decode_error_is_a_value_error() -> None:
    """DecodeError can be caught as ValueError, like every ParseError."""
    with pytest.raises(ValueError, match="offset 0"):
        decode(b"\x00")


NOT_TEXT = [
    pytest.param(None, id="none"),
    pytest.param(42, id="int"),
    pytest.param(4.2, id="float"),
    pytest.param(["Tiêu đề"], id="list"),
    pytest.param(io.StringIO("Tiêu đề"), id="file-object"),
]


@pytest.mark.parametrize("raw", NOT_TEXT)
def test_other_objects_raise_input_type_error_saying_what_to_pass(raw: object) -> None:
    """Anything but str or bytes raises InputTypeError (a TypeError) that names the type and what to pass."""
    with pytest.raises(InputTypeError) as info:
        decode(raw, what="parse()")
    message = str(info.value)
    assert (True, True, True) == (
        isinstance(info.value, TypeError),
        "str or bytes" in message,
        type(raw).__name__ in message,
    )


def test_input_over_the_limit_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """Text longer than MAX_INPUT_CHARS raises InputTooLargeError; text at the limit passes."""
    monkeypatch.setattr(decode_module, "MAX_INPUT_CHARS", 5)
    with pytest.raises(InputTooLargeError, match="over the limit"):
        decode("123456")
    assert "12345" == decode("12345")


def test_limit_is_ten_million_characters() -> None:
    """The documented limit is ten million characters."""
    assert 10_000_000 == decode_module.MAX_INPUT_CHARS


# Vietnamese letters (all tones, both cases), digits, punctuation and spaces.
_LETTERS = (
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
    "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ"
    "bcdghklmnpqrstvx0123456789 .,;:%/-()\n"
)
vietnamese_text = st.text(alphabet=_LETTERS, max_size=200)


@given(text=vietnamese_text, codec=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258"]))
def test_round_trip_through_every_supported_encoding(text: str, codec: str) -> None:
    """Vietnamese text encoded in any supported encoding decodes back NFC-equal."""
    raw = encode_cp1258(text) if codec == "cp1258" else text.encode(codec)
    assert text == _nfc(decode(raw))


@given(raw=st.binary(max_size=200))
def test_any_bytes_decode_or_raise_decode_error(raw: bytes) -> None:
    """Any bytes either decode to str or raise DecodeError pointing inside the input."""
    try:
        outcome: object = decode(raw)
    except DecodeError as exc:
        outcome = exc.offset
    assert isinstance(outcome, str) or (isinstance(outcome, int) and 0 <= outcome < len(raw))
