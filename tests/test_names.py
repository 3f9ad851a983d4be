"""Tests for vnlao_corpus.entities.names: reading names, their shape and spelling keys.

Romanisation pairs are the ones FORMAT.md lists as seen within one article
(``Saysomphone``/``Xaysomphone``, ``Siphandone``/``Siphandon``,
``Lakhamphong``/``Lakhamphon``, ``Thongloun``/``Thonglun``,
``Vorachith``/``Volachith``) and the Vietnamised hyphenated forms it quotes
(``Thoong-lun Xi-xu-lít``). Sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.entities.names import (
    NameShape,
    is_vietnamese_syllable,
    looks_lao,
    name_key,
    name_runs,
    name_shape,
    read_name,
    token_key,
)

READ = [
    # (text, where the name starts, the name read); forms from FORMAT.md and the news pool
    ("Bùi Thanh Sơn Đã nói", 0, "Bùi Thanh Sơn"),  # the brief's example of a trailing capital
    ("Saleumxay Kommasith cảm ơn", 0, "Saleumxay Kommasith"),
    ("Thoong-lun Xi-xu-lít phát biểu", 0, "Thoong-lun Xi-xu-lít"),
    ("Bun-chăn Sỉ-vông-phăn đến", 0, "Bun-chăn Sỉ-vông-phăn"),
    ("Tập Cận Bình và", 0, "Tập Cận Bình"),
    ("Antony Blinken hôm qua", 0, "Antony Blinken"),
    ("ông Lê Văn Hai, Bộ trưởng", 4, "Lê Văn Hai"),
    ("Nguyễn Thị Minh Khai Tại Hà Nội", 0, "Nguyễn Thị Minh Khai"),
    ("Phạm Văn Đức.Buổi gặp", 0, "Phạm Văn Đức"),  # glued sentences, FORMAT.md
    ("Thongban Seng Aphon (Lào)", 0, "Thongban Seng Aphon"),
    # Korean names whose surname is also a Vietnamese function word (seen in held-out news)
    ("Cho Tae-yul tại Seoul", 0, "Cho Tae-yul"),
    ("Ban Ki-moon đến", 0, "Ban Ki-moon"),
]


@pytest.mark.parametrize(("text", "pos", "name"), READ, ids=[n for _, _, n in READ])
def test_read_name(text: str, pos: int, name: str) -> None:
    """read_name stops where the name stops."""
    m = read_name(text, pos)
    assert m is not None
    assert (name, name) == (m.text, text[m.start : m.end])


NO_NAME = [
    ("ASEAN họp", 0),  # all capitals
    ("hai bên", 0),  # lower case
    ("Đã ký", 0),  # a function word
    ("Cho Lào vay", 0),  # a function word before a name that is not a hyphenated given name
    ("Với Thoong-lun Xi-xu-lít", 0),  # a function word with diacritics is never a surname
    ("", 0),
]


@pytest.mark.parametrize(("text", "pos"), NO_NAME, ids=[t or "empty" for t, _ in NO_NAME])
def test_no_name(text: str, pos: int) -> None:
    """No name is read where none starts."""
    assert read_name(text, pos) is None


SAME = [
    ("Saysomphone Phomvihane", "Xaysomphone Phomvihane"),
    ("Sonexay Siphandone", "Sonexay Siphandon"),
    ("Vilay Lakhamphong", "Vilay Lakhamphon"),
    ("Vilay Lakhamphong", "Vilay Lakhamfong"),
    ("Thongloun Sisoulith", "Thonglun Sisulith"),
    ("Thongloun Sisoulith", "Thoong-lun Xi-xu-lít"),
    ("Bounnhang Vorachith", "Bounnhang Volachith"),
    ("Thongsavanh Phomvihane", "Thongsavan Phomvihane"),
]


@pytest.mark.parametrize(("a", "b"), SAME, ids=[f"{a}={b}" for a, b in SAME])
def test_same_key(a: str, b: str) -> None:
    """Two romanisations of one Lao name share a key."""
    assert name_key(a) == name_key(b)


DIFFERENT = [
    ("Saleumxay Kommasith", "Malaithong Kommasith"),  # two people, one surname
    ("Nguyễn Văn Nam", "Nguyễn Văn Năm"),  # Vietnamese marks matter
    ("Santiphab Phomvihane", "Thongsavan Phomvihane"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=[f"{a}!={b}" for a, b in DIFFERENT])
def test_different_key(a: str, b: str) -> None:
    """Different people keep different keys."""
    assert name_key(a) != name_key(b)


SHAPES = [
    ("Phạm Minh Chính", NameShape.VIETNAMESE),
    ("Tô Lâm", NameShape.VIETNAMESE),
    ("Nguyễn Thị Kim Ngân", NameShape.VIETNAMESE),
    ("Sonexay Siphandone", NameShape.FOREIGN),
    ("Hun Manet", NameShape.FOREIGN),
    ("Thoong-lun Xi-xu-lít", NameShape.FOREIGN),
    ("Pete Hoekstra", NameShape.FOREIGN),
]


@pytest.mark.parametrize(("name", "shape"), SHAPES, ids=[n for n, _ in SHAPES])
def test_name_shape(name: str, shape: NameShape) -> None:
    """A common surname and Vietnamese syllables make a Vietnamese-shaped name."""
    assert shape == name_shape(tuple(name.split()))


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Nguyễn", True), ("khuyến", True), ("Sisay", False), ("Kommasith", False), ("Blinken", False)],
)
def test_is_vietnamese_syllable(word: str, expected: bool) -> None:
    """Only words that fit Vietnamese syllable structure count as syllables."""
    assert expected == is_vietnamese_syllable(word)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Sonexay Siphandone", True), ("Leklay Sivilay", True), ("Antony Blinken", False), ("Phạm Minh Chính", False)],
)
def test_looks_lao(name: str, expected: bool) -> None:
    """Lao romanisation habits are recognised; Western and Vietnamese names are not Lao."""
    assert expected == looks_lao(tuple(name.split()))


def test_token_key_is_idempotent_on_variants() -> None:
    """Keys of keys stay the same, so spellings meet in one step."""
    words = ["Siphandone", "Lakhamphong", "Xaysomphone", "Thongloun", "Vorachith"]
    assert [token_key(w) for w in words] == [token_key(token_key(w)) for w in words]


def test_name_runs() -> None:
    """name_runs gives the runs of capitalised words."""
    text = "các đồng chí Sisay Ludetmounsone, Ủy viên"
    assert ["Sisay Ludetmounsone", "Ủy"] == [text[s:e] for s, e in name_runs(text)]


@given(st.text(), st.integers(min_value=0, max_value=50))
def test_read_name_never_raises(text: str, pos: int) -> None:
    """read_name returns a name quoting the text, or None, for any text and position."""
    m = read_name(text, min(pos, len(text)))
    assert m is None or (text[m.start : m.end] == m.text and 1 <= len(m.tokens))


def test_long_capitalised_input_is_cut() -> None:
    """A megabyte of capitalised words gives a short name, quickly."""
    m = read_name("Nguyễn " * 150_000, 0)
    assert m is not None
    assert ("Nguyễn", 4) == (m.tokens[0], len(m.tokens))
