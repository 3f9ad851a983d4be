"""Tests for vnlao_corpus.entities.officials: officials found, merged and given a country.

Every sentence here is written for these tests, in the forms FORMAT.md lists
for people (stacked titles, titles after the name with commas or dashes,
lower case, ``Quyền``/``nguyên``, ranks, country and party tails, shortened
later mentions, romanisation variants, ``Lào Cai``) and the forms seen in the
news pool (``Bộ trưởng Y tế Nga`` + name, ``Ngoại trưởng Mỹ ông`` + name).
Names are made up.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus import parse
from vnlao_corpus.entities._lexicon import read_tsv
from vnlao_corpus.entities.officials import extract_officials
from vnlao_corpus.text.document import read_document
from vnlao_corpus.text.normalize import normalize

Row = tuple[str, tuple[str, ...], str | None]


def officials(text: str) -> list[Row]:
    index = extract_officials(read_document("Tiêu đề\n" + text))
    return [(o.name, o.titles, o.country) for o in index.officials]


CASES: list[tuple[str, str, list[Row]]] = [
    (
        "stacked titles and country tail",
        "Sáng 3/4, Phó Thủ tướng, Bộ trưởng Ngoại giao Lê Văn Hùng đã tiếp Bộ trưởng Ngoại giao Lào Bounmy Sisavath.",
        [
            ("Lê Văn Hùng", ("Phó Thủ tướng", "Bộ trưởng Ngoại giao"), "VN"),
            ("Bounmy Sisavath", ("Bộ trưởng Ngoại giao",), "LA"),
        ],
    ),
    (
        "titles after the name, list with semicolons",
        "Đoàn Lào gồm các đồng chí: Khamla Vongsa, Ủy viên Bộ Chính trị, Phó Thủ tướng; "
        "Somsak Inthavong, Bộ trưởng Tài chính.",
        [
            ("Khamla Vongsa", ("Ủy viên Bộ Chính trị", "Phó Thủ tướng"), "LA"),
            ("Somsak Inthavong", ("Bộ trưởng Tài chính",), "LA"),
        ],
    ),
    (
        "rank before, offices after a dash",
        "Đại tướng Trần Quốc Hưng - Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Việt Nam - đã thăm Lào.",
        [("Trần Quốc Hưng", ("Đại tướng", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"), "VN")],
    ),
    (
        "lower case titles",
        "Ngày 2.12, đại tướng Phạm Văn Lợi, bộ trưởng Bộ Quốc phòng, hội kiến thượng tướng Bounmy Sisavath.",
        [
            ("Phạm Văn Lợi", ("đại tướng", "bộ trưởng Bộ Quốc phòng"), "VN"),
            ("Bounmy Sisavath", ("thượng tướng",), "LA"),
        ],
    ),
    (
        "acting and former, joined by kiêm",
        "Quyền Bộ trưởng Ngoại giao kiêm Bí thư Trung ương Đảng Đỗ Minh Khoa gặp "
        "nguyên Thủ tướng Lào Somsak Inthavong.",
        [
            ("Đỗ Minh Khoa", ("Quyền Bộ trưởng Ngoại giao", "Bí thư Trung ương Đảng"), "VN"),
            ("Somsak Inthavong", ("nguyên Thủ tướng",), "LA"),
        ],
    ),
    (
        "party tail gives the country",
        "Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào Phouvong Keola phát biểu.",
        [("Phouvong Keola", ("Tổng Bí thư Ban Chấp hành Trung ương Đảng",), "LA")],
    ),
    (
        "Lào Cai is a Vietnamese province",
        "Chủ tịch UBND tỉnh Lào Cai Hoàng Văn Dũng tiếp đoàn.",
        [("Hoàng Văn Dũng", ("Chủ tịch UBND tỉnh Lào Cai",), "VN")],
    ),
    (
        "Lao-only office",
        "Tỉnh trưởng Savannakhet Vanxay Douangchak thăm Quảng Trị.",
        [("Vanxay Douangchak", ("Tỉnh trưởng Savannakhet",), "LA")],
    ),
    (
        "romanisation variants merge, later shortened mentions join",
        "Chủ tịch Quốc hội Lào Xaysomphone Phomvihane đến Hà Nội. Chủ tịch Quốc hội Saysomphone Phomvihane "
        "cảm ơn. Ông Saysomphone nói thêm.",
        [("Xaysomphone Phomvihane", ("Chủ tịch Quốc hội",), "LA")],
    ),
    (
        "Vietnamese given name later",
        "Thủ tướng Phạm Văn Định chủ trì. Thủ tướng Định nhấn mạnh hợp tác.",
        [("Phạm Văn Định", ("Thủ tướng",), "VN")],
    ),
    (
        "two people with one surname stay apart",
        "Bộ trưởng Công thương Lào Malaithong Kommasith và Phó Thủ tướng Lào Saleumxay Kommasith dự họp.",
        [
            ("Malaithong Kommasith", ("Bộ trưởng Công thương",), "LA"),
            ("Saleumxay Kommasith", ("Phó Thủ tướng",), "LA"),
        ],
    ),
    (
        "a title with no name is not an official",
        "Bộ trưởng Ngoại giao Lào bày tỏ vui mừng. Thủ tướng Bạn cảm ơn.",
        [],
    ),
    (
        "a known Chinese leader, the country named in the article",
        "Thủ tướng Lê Minh Phúc điện đàm với Thủ tướng Lý Cường về quan hệ với Trung Quốc.",
        [("Lê Minh Phúc", ("Thủ tướng",), "VN"), ("Lý Cường", ("Thủ tướng",), "CN")],
    ),
    (
        "a Sino-Vietnamese name with no Chinese context is read as Vietnamese",
        "Giám đốc Sở, Phó Chủ tịch UBND tỉnh Lý Cường dự lễ.",
        [("Lý Cường", ("Phó Chủ tịch UBND tỉnh",), "VN")],
    ),
    (
        "an ambiguous country name between title and name",
        "Bộ trưởng Quốc phòng Nga Sergei Ivanov đến Hà Nội.",
        [("Sergei Ivanov", ("Bộ trưởng Quốc phòng",), "RU")],
    ),
    (
        "honorific between tail and name",
        "Ngoại trưởng Mỹ ông John Miller gặp Phó Thủ tướng Lào Bounmy Sisavath.",
        [("John Miller", ("Ngoại trưởng",), "US"), ("Bounmy Sisavath", ("Phó Thủ tướng",), "LA")],
    ),
    (
        "a foreign name takes the country named in its sentence",
        "Về phía Campuchia có Bộ trưởng Du lịch Sok Vanna.",
        [("Sok Vanna", ("Bộ trưởng Du lịch",), "KH")],
    ),
    (
        "a following capitalised word is not swallowed",
        "Bộ trưởng Ngoại giao Bùi Văn Nam Đã ký thỏa thuận.",
        [("Bùi Văn Nam", ("Bộ trưởng Ngoại giao",), "VN")],
    ),
    (
        "a title shared by a list after a colon, up to the next list",
        "Đoàn có các đồng chí Ủy viên Trung ương Đảng: Bounmy Sisavath, Bộ trưởng Tài chính; Khamla Vongsa, "
        "Bộ trưởng Ngoại giao; cùng các đồng chí Somsak Inthavong, Đại sứ Lào tại Việt Nam.",
        [
            ("Bounmy Sisavath", ("Ủy viên Trung ương Đảng", "Bộ trưởng Tài chính"), "LA"),
            ("Khamla Vongsa", ("Ủy viên Trung ương Đảng", "Bộ trưởng Ngoại giao"), "LA"),
            ("Somsak Inthavong", ("Đại sứ",), "LA"),
        ],
    ),
    (
        "a title given by a verb after the name",
        "Hội đồng bầu ông Trần Văn Hải làm Chủ tịch HĐND tỉnh, ông Lê Văn Sơn tiếp tục giữ chức Chủ tịch UBND tỉnh.",
        [("Trần Văn Hải", ("Chủ tịch HĐND tỉnh",), "VN"), ("Lê Văn Sơn", ("Chủ tịch UBND tỉnh",), "VN")],
    ),
    (
        "Phủ Chủ tịch is a place",
        "Sáng 6/1, tại Phủ Chủ tịch, Thủ tướng Chính phủ Phạm Văn Định chủ trì lễ đón.",
        [("Phạm Văn Định", ("Thủ tướng Chính phủ",), "VN")],
    ),
    (
        "a minister's remit between title and name",
        "Về phía Campuchia có Bộ trưởng cao cấp phụ trách công tác Hoàng cung Kuy Vanna.",
        [("Kuy Vanna", ("Bộ trưởng cao cấp phụ trách công tác Hoàng cung",), "KH")],
    ),
    (
        "Chủ tịch then a name that is also a city",
        "Lăng Chủ tịch Hồ Chí Minh đón khách.",
        [("Hồ Chí Minh", ("Chủ tịch",), "VN")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_officials(text: str, expected: list[Row]) -> None:
    """Each person named with a title is found once, with titles most senior first and a country."""
    assert expected == officials(text)


def test_aliases_and_mentions() -> None:
    """Other spellings become aliases and every mention is kept, in the caller's offsets."""
    raw = "T\nBộ trưởng Ngoại giao Lào Vilay Lakhamphong đến. Đại tướng Vilay Lakhamphon nói. Ông Vilay cảm ơn."
    o = parse(raw).officials[0]
    got = (o.name, o.aliases, [raw[s.start : s.end] for s in o.mentions])
    assert (
        "Vilay Lakhamphong",
        ("Vilay Lakhamphon", "Vilay"),
        ["Vilay Lakhamphong", "Vilay Lakhamphon", "Vilay"],
    ) == got


def test_unresolved_single_name_is_a_diagnostic() -> None:
    """A one-word name after a title that matches nobody is reported, not made an official."""
    doc = read_document("T\nThủ tướng Bạn cảm ơn.")
    extract_officials(doc)
    assert ["unresolved-name"] == [d.code for d in doc.diagnostics if d.code == "unresolved-name"]


def test_hits_and_mentions_line_up() -> None:
    """hits[i] and mentions[i] describe one mention; references point at the named official."""
    doc = read_document(
        "T\nPhó Thủ tướng, Bộ trưởng Ngoại giao Lào Bounmy Sisavath gọi điện. "
        "Phó Thủ tướng, Bộ trưởng Ngoại giao Lào cảm ơn."
    )
    index = extract_officials(doc)
    rows = [
        (doc.text[h.start : h.end], doc.text[m.name_start : m.name_end], h.item.name)
        for h, m in zip(index.hits, index.mentions, strict=True)
    ]
    refs = [(doc.text[r.start : r.end], r.item.name) for r in index.references]
    assert (
        [("Phó Thủ tướng, Bộ trưởng Ngoại giao Lào Bounmy Sisavath", "Bounmy Sisavath", "Bounmy Sisavath")],
        [("Phó Thủ tướng, Bộ trưởng Ngoại giao Lào", "Bounmy Sisavath")],
    ) == (rows, refs)


def test_counterpart_reference() -> None:
    """người đồng cấp points at the one other official with the same title."""
    doc = read_document(
        "T\nBộ trưởng Ngoại giao Lào Bounmy Sisavath đến Hà Nội. "
        "Buổi gặp giữa Bộ trưởng Ngoại giao Lê Văn Hùng và người đồng cấp diễn ra chiều nay."
    )
    index = extract_officials(doc)
    assert [("người đồng cấp", "Bounmy Sisavath")] == [
        (doc.text[r.start : r.end], r.item.name) for r in index.references
    ]


# --------------------------------------------------------------------------- properties

VN_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
VN_MIDDLE = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Đình", "Xuân"]
VN_GIVEN = ["Hùng", "Lan", "Sơn", "Tuấn", "Bình", "Dũng", "Khoa", "Phúc", "Thắng", "Hương"]
LAO_GIVEN = ["Bounmy", "Khamla", "Somphone", "Phouvong", "Vanxay", "Thongchanh", "Bouasone", "Sisouk"]
LAO_FAMILY = ["Sisavath", "Inthavong", "Phommachanh", "Vongsavanh", "Douangchak", "Siharath", "Keomany"]


@st.composite
def vietnamese_names(draw: st.DrawFn) -> str:
    """A Vietnamese name: a common surname, maybe a middle name, a given name."""
    parts = [draw(st.sampled_from(VN_SURNAMES))]
    parts += draw(st.lists(st.sampled_from(VN_MIDDLE), max_size=2))
    parts.append(draw(st.sampled_from(VN_GIVEN)))
    return " ".join(parts)


@st.composite
def lao_names(draw: st.DrawFn) -> str:
    """A Lao name in Latin romanisation: given name and family name."""
    return f"{draw(st.sampled_from(LAO_GIVEN))} {draw(st.sampled_from(LAO_FAMILY))}"


def _lexicon_titles() -> list[str]:
    """Titles of the lexicon that belong to no one state, with every ministry form."""
    ministries = [row[0] for row in read_tsv("ministries.tsv") if not row[1]]
    out = []
    for title, _, country, _ in read_tsv("titles.tsv"):
        if country:
            continue
        if "{ministry}" in title:
            out += [title.replace("{ministry}", m) for m in ministries]
        else:
            out.append(title)
    return out


TITLES = _lexicon_titles()
LEADS = ["", "Sáng 12/3, ", "Tại Hà Nội, ", "Hôm qua, "]
ENDS = ["đã tiếp đoàn đại biểu.", "phát biểu tại buổi lễ.", "cho biết hai bên nhất trí tăng cường hợp tác."]


@st.composite
def sentences(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A sentence naming one official; returns (sentence, name, title, country)."""
    title = draw(st.sampled_from(TITLES))
    if draw(st.booleans()):
        name, tail, country = draw(lao_names()), draw(st.sampled_from([" Lào", " CHDCND Lào"])), "LA"
    else:
        name, tail, country = draw(vietnamese_names()), draw(st.sampled_from(["", " Việt Nam"])), "VN"
    lead, end = draw(st.sampled_from(LEADS)), draw(st.sampled_from(ENDS))
    before = draw(st.booleans())  # titles before the name, or after it set off by commas
    text = f"{lead}{title}{tail} {name} {end}" if before else f"{lead}{name}, {title}{tail}, {end}"
    return text, name, title, country


@given(sentences())
def test_generated_official_is_found(case: tuple[str, str, str, str]) -> None:
    """A lexicon title and a Vietnamese or Lao name in a sentence give that official, title and country."""
    text, name, title, country = case
    assert [(name, (title,), country)] == officials(text)


@given(sentences(), st.sampled_from(["\u00a0", "  ", "\u200b "]), st.booleans())
def test_mentions_quote_the_callers_text(case: tuple[str, str, str, str], space: str, decompose: bool) -> None:
    """Mention spans point into the caller's text, even when it is not normalised."""
    text, name, _, _ = case
    raw = "Tiêu đề\n" + text.replace(" ", space, 1)
    if decompose:
        raw = unicodedata.normalize("NFD", raw)
    article = parse(raw)
    quoted = [normalize(raw[s.start : s.end]).text for o in article.officials for s in o.mentions]
    assert [name] == quoted


@given(st.text())
def test_never_raises(text: str) -> None:
    """Any text gives officials whose mentions quote the text; nothing raises."""
    doc = read_document(text)
    index = extract_officials(doc)
    for m in index.mentions:
        assert doc.text[m.name_start : m.name_end] == m.name


def test_megabyte_of_titles_and_names() -> None:
    """A megabyte of repeated title-name pairs is read in linear time into one official."""
    doc = read_document("T\n" + "Bộ trưởng Lê Văn Hùng, " * 20_000)
    index = extract_officials(doc)
    assert (1, 20_000) == (len(index.officials), len(index.hits))
