"""Tests of vnlao_corpus.text.normalize: what changes, what does not, and the map back.

The character forms are the ones FORMAT.md measured in the real news pool
(decomposed diacritics, ``Ð`` for ``Đ``, no-break, narrow no-break and
zero-width spaces, soft hyphens, double spaces, old-style tone placement);
the words around them are written for these tests.
"""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.text.normalize import normalize, normalize_text

# (raw, normalised): forms listed in FORMAT.md "Characters".
FORMS = [
    pytest.param(unicodedata.normalize("NFD", "Hội đàm"), "Hội đàm", id="nfd-composed"),
    pytest.param("\u00d0ại sứ", "Đại sứ", id="eth-upper"),
    pytest.param("\u00f0ồng", "đồng", id="eth-lower"),
    pytest.param("1,1\u00a0tỷ USD", "1,1 tỷ USD", id="no-break-space"),
    pytest.param("7,8\u202ftỷ", "7,8 tỷ", id="narrow-no-break-space"),
    pytest.param("Bộ\u200b Ngoại giao", "Bộ Ngoại giao", id="zero-width-space"),
    pytest.param("phát\u00adtriển", "pháttriển", id="soft-hyphen"),
    pytest.param("hai  nước", "hai nước", id="double-space"),
    pytest.param("hai \u00a0 nước", "hai nước", id="mixed-space-run"),
    pytest.param("a\tb", "a b", id="tab"),
    pytest.param("\ufeffTiêu đề", "Tiêu đề", id="byte-order-mark"),
    pytest.param("Cộng hoà", "Cộng hòa", id="old-tone-oa"),
    pytest.param("thuỷ điện", "thủy điện", id="old-tone-uy"),
    pytest.param("Uỷ ban", "Ủy ban", id="old-tone-capital-uy"),
    pytest.param("HOÀ BÌNH", "HÒA BÌNH", id="old-tone-capitals"),
    pytest.param("khoẻ", "khỏe", id="old-tone-oe"),
    pytest.param(unicodedata.normalize("NFD", "hoà"), "hòa", id="nfd-and-old-tone"),
]


@pytest.mark.parametrize(("raw", "expected"), FORMS)
def test_forms_are_normalised(raw: str, expected: str) -> None:
    """Each messy form normalises to the single spelling lexicons use."""
    assert expected == normalize_text(raw)


# Words that look like old-style tones but are right as they are.
UNCHANGED = [
    pytest.param("quý I", id="qu-is-not-old-style"),
    pytest.param("hoàn thành", id="tone-before-final-consonant"),
    pytest.param("toàn diện", id="toan"),
    pytest.param("Thủy", id="already-new-style"),
    pytest.param("Lào\nCai", id="line-break-kept"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_right_spellings_are_left_alone(text: str) -> None:
    """Text that needs no work comes back unchanged, with the identity map."""
    n = normalize(text)
    assert (text, False) == (n.text, n.changed)


def test_offsets_point_back_into_the_callers_text() -> None:
    """A normalised span maps back to the caller's characters it came from."""
    raw = "Ông \u00a0Thongloun\u200b Sisoulith ho\u00e0"
    n = normalize(raw)
    start = n.text.index("Thongloun")
    assert ("Thongloun", "ho\u00e0") == (
        n.source_slice(start, start + len("Thongloun")),
        n.source_slice(len(n.text) - 3, len(n.text)),
    )


def test_composed_letter_maps_to_its_base_and_marks() -> None:
    """A letter composed from a decomposed cluster maps back to the whole cluster."""
    raw = unicodedata.normalize("NFD", "Việt")
    n = normalize(raw)
    assert (raw, (0, len(raw))) == (n.source_slice(0, 4), n.to_source_span(0, 4))


def test_empty_span_maps_to_a_point() -> None:
    """An empty normalised span maps to an empty caller span."""
    n = normalize("a\u00a0\u00a0b")
    assert (3, 3) == n.to_source_span(2, 2)


# Vietnamese-heavy text with the messy characters mixed in.
_MESSY = (
    "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđĐÐð"
    "hqtnLH \u00a0\u202f\u200b\u200c\u00ad\ufeff\t\n\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
)
messy_text = st.text(alphabet=_MESSY, max_size=120) | st.text(max_size=60)


@given(text=messy_text)
def test_normalisation_is_idempotent(text: str) -> None:
    """Normalising normalised text changes nothing."""
    once = normalize_text(text)
    assert once == normalize_text(once)


@given(text=messy_text)
def test_result_is_nfc(text: str) -> None:
    """The normalised text is in Unicode NFC."""
    assert unicodedata.is_normalized("NFC", normalize_text(text))


@given(text=messy_text)
def test_offset_map_is_monotone_and_in_bounds(text: str) -> None:
    """Each normalised character maps to a caller span inside the text, in order."""
    n = normalize(text)
    spans = [n.to_source_span(i, i + 1) for i in range(len(n.text))]
    ordered = all(a[0] <= b[0] and a[1] <= b[1] for a, b in itertools.pairwise(spans))
    inside = all(0 <= s < e <= len(text) for s, e in spans)
    assert (True, True) == (ordered, inside)


_WORD = st.text(alphabet="aàáảãạăắâấeèéêếoòóôồơờuùưừyỳýđĐhqtnL", min_size=1, max_size=8)
_GAP = st.sampled_from([" ", "  ", "\u00a0", " \u200b", "\u202f", "\t", "\n"])


@given(words=st.lists(_WORD, min_size=1, max_size=8), gaps=st.lists(_GAP, min_size=8, max_size=8), nfd=st.booleans())
def test_each_word_maps_back_to_its_own_source(words: list[str], gaps: list[str], nfd: bool) -> None:
    """Every word of the normalised text maps back to caller text that normalises to that word."""
    raw = "".join(w + g for w, g in zip(words, gaps, strict=False))
    if nfd:
        raw = unicodedata.normalize("NFD", raw)
    n = normalize(raw)
    pos = 0
    for word in n.text.split():
        start = n.text.index(word, pos)
        pos = start + len(word)
        assert word == normalize_text(n.source_slice(start, pos))


def test_dozens_of_decomposed_letters_compose_like_nfc() -> None:
    """A long text with dozens of decomposed letters comes out as NFC, each letter mapped to its cluster."""
    decomposed = unicodedata.normalize("NFD", "Hòa")
    raw = (decomposed + " bình thường, ") * 40
    n = normalize(raw)
    starts = [i for i in range(len(n.text)) if n.text.startswith("Hòa", i)]
    assert (unicodedata.normalize("NFC", raw), 40) == (n.text, len(starts))
    assert all(n.source_slice(i, i + 3) == decomposed for i in starts)


def test_dozens_of_decomposed_letters_and_a_singleton_compose_like_nfc() -> None:
    """A singleton that NFC replaces (the ohm sign) is replaced among dozens of decomposed letters too."""
    raw = (unicodedata.normalize("NFD", "Hòa") + " bình  thường, ") * 40 + "\u2126"
    n = normalize(raw)
    assert (unicodedata.normalize("NFC", raw).replace("  ", " "), "\u2126") == (
        n.text,
        n.source_slice(len(n.text) - 1, len(n.text)),
    )
