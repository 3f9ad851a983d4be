"""Tests for vnlao_corpus.entities.titles: the title lexicon and title matching with tails.

Title forms are the ones FORMAT.md lists (stacked titles, lower case,
``Quyền``/``nguyên``, military ranks, ``TS.``, ``Samdech``, ``Tỉnh trưởng``,
``Đô trưởng``, country and party tails) and the official names of the offices.
Sentences are written for these tests.
"""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.entities._lexicon import read_tsv
from vnlao_corpus.entities.countries import country_names
from vnlao_corpus.entities.titles import find_titles, scan_titles, title_entry
from vnlao_corpus.text.normalize import normalize

FOUND = [
    # (text, [(title, country)]); country from the tail or a one-state office
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao Lào Vilay", [("Phó Thủ tướng", None), ("Bộ trưởng Ngoại giao", "LA")]),
    ("Phó thủ tướng Lê Văn Ba", [("Phó thủ tướng", None)]),  # lower case, FORMAT.md
    ("đại tướng Lê Văn Ba", [("đại tướng", None)]),
    ("Quyền Bộ trưởng Ngoại giao Lê Văn Ba", [("Quyền Bộ trưởng Ngoại giao", None)]),
    ("nguyên Chủ tịch nước Lê Văn Ba", [("nguyên Chủ tịch nước", None)]),
    ("Bộ trưởng Bộ Công Thương Lê Văn Ba", [("Bộ trưởng Bộ Công Thương", None)]),
    (
        "Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào Bounmy",
        [("Tổng Bí thư Ban Chấp hành Trung ương Đảng", "LA")],
    ),
    ("Ủy viên Bộ Chính trị Đảng NDCM Lào Bounmy", [("Ủy viên Bộ Chính trị", "LA")]),
    ("Thủ tướng Chính phủ nước CHDCND Lào Bounmy", [("Thủ tướng Chính phủ", "LA")]),
    ("Đại sứ Việt Nam tại Lào Lê Văn Ba", [("Đại sứ", "VN")]),
    ("Đại sứ Lào tại Việt Nam Bounmy", [("Đại sứ", "LA")]),
    ("Tỉnh trưởng Savannakhet Bounmy", [("Tỉnh trưởng Savannakhet", "LA")]),  # Lao office keeps its province
    ("Đô trưởng Viêng Chăn Bounmy", [("Đô trưởng Viêng Chăn", "LA")]),
    ("Chủ tịch UBND tỉnh Lào Cai Lê Văn Ba", [("Chủ tịch UBND tỉnh Lào Cai", None)]),  # not Laos
    ("Bí thư Tỉnh ủy Nghệ An Lê Văn Ba", [("Bí thư Tỉnh ủy Nghệ An", None)]),
    ("Chủ tịch Hồ Chí Minh", [("Chủ tịch", None)]),  # a person, not the city
    ("TS. Lê Văn Ba", [("TS.", None)]),
    ("PGS.TS Lê Văn Ba", [("PGS.TS", None)]),
    ("Samdech Techo Hun Sen", [("Samdech Techo", "KH")]),
    ("Ngoại trưởng Mỹ ông Blinken", [("Ngoại trưởng", "US")]),
    (
        "Thượng tướng Bounmy, Bộ trưởng Quốc phòng kiêm Phó Thủ tướng",
        [("Thượng tướng", None), ("Bộ trưởng Quốc phòng", None), ("Phó Thủ tướng", None)],
    ),
    ("Bộ trưởng An ninh Lào", [("Bộ trưởng An ninh", "LA")]),
    (
        "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        [("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "VN")],
    ),
    # Units after their heads, written for this test in the forms of Vietnamese news.
    ("Cục trưởng Cục Lãnh sự Lê Văn Ba", [("Cục trưởng Cục Lãnh sự", None)]),
    ("Cục trưởng Cục Lãnh sự Lào Khamla Sengdala", [("Cục trưởng Cục Lãnh sự", "LA")]),
    ("Tư lệnh Quân khu 4 Trung tướng Lê Văn Ba", [("Tư lệnh Quân khu 4", None), ("Trung tướng", None)]),
    (
        "Vụ trưởng Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương Lê Văn Ba",
        [("Vụ trưởng Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương", None)],
    ),
    (
        "Lê Văn Ba, Giám đốc Sở Ngoại vụ Hà Nam, nói",
        [("Giám đốc Sở Ngoại vụ Hà Nam", None)],
    ),
    (
        "Lê Văn Ba, Hiệu trưởng Trường Đại học Quốc gia Hà Nội, nói",
        [("Hiệu trưởng Trường Đại học Quốc gia Hà Nội", None)],
    ),
    ("Nguyên Hiệu trưởng Trường THCS Tam Giang Tây (Cà Mau)", [("Nguyên Hiệu trưởng Trường THCS Tam Giang Tây", None)]),
    ("Lê Văn Ba, hiệu trưởng Trường Tiểu học Tân Lập, nói", [("hiệu trưởng Trường Tiểu học Tân Lập", None)]),
    ("Hiệu trưởng nhà trường phát biểu", []),
    ("Chủ tịch Hội Hữu nghị Việt Nam - Lào Lê Văn Ba", [("Chủ tịch Hội Hữu nghị Việt Nam - Lào", None)]),
    ("Giám đốc Sở Ngoại vụ tỉnh Hà Nam Lê Văn Ba", [("Giám đốc Sở Ngoại vụ tỉnh Hà Nam", None)]),
    (
        "Nguyên Giám đốc Bệnh viện Đa khoa Tam Giang Tây (Cà Mau)",
        [("Nguyên Giám đốc Bệnh viện Đa khoa Tam Giang Tây", None)],
    ),
    ("Tổng Lãnh sự Việt Nam tại Luang Prabang Lê Văn Ba", [("Tổng Lãnh sự", "VN")]),
    (
        "Lê Văn Ba, Chủ tịch Hội đồng Đội T.Ư, nói",
        [("Chủ tịch Hội đồng Đội T.Ư", None)],
    ),  # abbreviations stay in the unit
    (
        "Phó Chủ nhiệm Thường trực Văn phòng Chính phủ Lê Văn Ba",
        [("Phó Chủ nhiệm Thường trực Văn phòng Chính phủ", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_find_titles(text: str, expected: list[tuple[str, str | None]]) -> None:
    """Titles are found in any case, with modifier and province kept and the country tail read apart."""
    assert expected == [(t.title, t.country) for t in find_titles(text)]


@pytest.mark.parametrize(
    "text",
    # Heads with no unit are no title (a company's director as often as a state's), written for this test.
    [
        "trưởng thành",
        "Bộ trưởngg",
        "xBộ trưởng",
        "Chủ tịchxyz",
        "ts",
        "tân binh",
        "Giám đốc Meta",
        "giám đốc điều hành",
    ],
)
def test_no_title(text: str) -> None:
    """A title must be a whole word run: no match inside other words, no bare modifier."""
    assert [] == find_titles(text)


def test_title_tail_offsets() -> None:
    """A title's end covers the tail; title_end stops before it."""
    text = "Bộ trưởng Ngoại giao Lào Bounmy"
    t = find_titles(text)[0]
    assert ("Bộ trưởng Ngoại giao", "Bộ trưởng Ngoại giao Lào") == (text[t.start : t.title_end], text[t.start : t.end])


def test_scan_titles_finds_honorifics() -> None:
    """scan_titles also says where names after ông, bà, đồng chí start (before a capital only)."""
    text = "Ông Ba gặp bà Hai và đồng chí Bốn, không ông nào khác"
    _, people = scan_titles(text)
    assert ["Ba", "Hai", "Bốn"] == [text[p : p + len(w)] for p, w in zip(people, ["Ba", "Hai", "Bốn"], strict=True)]


@pytest.mark.parametrize(
    ("text", "starts"),
    # A title starts a word: at the start, after a space, a new line, a bracket or a quote, never
    # inside a word or after a hyphen; written for this test.
    [
        ("Thủ tướng Ba", [0]),
        ("(Thủ tướng Ba)\nBộ trưởng Hai", [1, 15]),
        ("“Chủ tịch” và Bộ trưởng, Thứ trưởng", [1, 14, 25]),
        ("xBộ trưởng -Bộ trưởng _Bộ trưởng 2Bộ trưởng", []),
        ("Chủ tịch\nChủ tịch Chủ tịch,Chủ tịch", [0, 9, 18, 27]),
    ],
)
def test_titles_start_words_after_any_mark(text: str, starts: list[int]) -> None:
    """The scan finds titles after spaces and after other marks alike, in text order."""
    assert starts == [t.start for t in find_titles(text)]


@given(st.lists(st.sampled_from(["Bộ trưởng", "bộ trưởng", "ông", "Ba", "(", "\n", ",", "-", "x", " "]), max_size=40))
def test_titles_found_at_word_starts_only(pieces: list[str]) -> None:
    """Every title found starts the text or follows a character that is no letter, digit, ``_`` or ``-``."""
    text = "".join(pieces)
    for t in find_titles(text):
        assert t.start == 0 or not (text[t.start - 1].isalnum() or text[t.start - 1] in "_-")


def test_title_entry_rank_order() -> None:
    """The lexicon ranks the head of party above a minister and a minister above a deputy."""
    ranks = [title_entry(t) for t in ("Tổng Bí thư", "Bộ trưởng Ngoại giao", "Thứ trưởng Ngoại giao")]
    assert [1, 5, 7] == [e.rank if e else None for e in ranks]


def test_lexicon_is_reviewed_data() -> None:
    """Every title row has an integer rank, a known country, "-" (an international body) or none, and a source."""
    countries = set(country_names().values())
    bad = [
        row
        for row in read_tsv("titles.tsv")
        if len(row) != 4 or not row[1].isdigit() or (row[2] and row[2] != "-" and row[2] not in countries) or not row[3]
    ]
    assert [] == bad


@pytest.mark.parametrize("name", ["titles.tsv", "ministries.tsv", "places.tsv", "leaders.tsv"])
def test_lexicon_in_normalised_spelling(name: str) -> None:
    """Lexicon entries are written as the normaliser writes them (NFC, hòa, ủy)."""
    bad = [row[0] for row in read_tsv(name) if normalize(row[0]).text != row[0]]
    assert [] == bad


def test_lexicon_is_nfc() -> None:
    """Every title is NFC."""
    assert [] == [r[0] for r in read_tsv("titles.tsv") if unicodedata.normalize("NFC", r[0]) != r[0]]


@given(st.text())
def test_find_titles_never_raises(text: str) -> None:
    """Any text gives titles whose offsets quote it."""
    for t in find_titles(text):
        assert t.start < t.title_end <= t.end <= len(text)
        assert text[t.start : t.title_end] == t.title


@given(st.lists(st.sampled_from(["Bộ trưởng", "Phó Thủ tướng", ",", "Lào", "Ngoại giao", "nguyên", " "]), max_size=30))
def test_find_titles_on_title_soup(words: list[str]) -> None:
    """Runs of title words give ordered, non-overlapping titles."""
    text = " ".join(words)
    titles = find_titles(text)
    assert all(a.end <= b.start for a, b in itertools.pairwise(titles))


def test_a_word_found_apart_that_is_not_a_title_does_not_hide_the_next() -> None:
    """``Hiệu trưởngx`` (no title: a word goes on) before a real ``Hiệu trưởng`` (sentence written for this test)."""
    text = "Hiệu trưởngx và Hiệu trưởng Trường Đại học Y Nguyễn Văn An gặp Thủ tướng"
    assert ["Hiệu trưởng Trường Đại học Y", "Thủ tướng"] == [t.title for t in find_titles(text)]


def test_scan_titles_keeps_name_starts_inside_the_range() -> None:
    """An honorific ending the range does not report a name that starts after the range (text written for this test)."""
    text = "Hai bên và ông Saleumxay"
    assert ([], []) == scan_titles(text, 0, 14)
    assert ([], [15]) == scan_titles(text, 0, 16)
    assert ([], [15]) == scan_titles(text)
