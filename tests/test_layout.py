"""Tests of vnlao_corpus.text.layout: title, timestamps, bylines, prefixes, captions, chrome.

Every form in the tables is one FORMAT.md lists as seen in real articles (the
comment on each table says which part); the headlines, names and sentences
around the forms are written for these tests.
"""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.text.document import Layout, Zone
from vnlao_corpus.text.layout import read_layout, read_timestamp
from vnlao_corpus.text.normalize import normalize_text

BODY = "Sáng 3/4, hai Bộ trưởng đã có cuộc gặp tại Hà Nội."


def _paragraphs(text: str, layout: Layout) -> list[str]:
    return [text[s:e] for s, e in layout.paragraphs]


def _captions(text: str, layout: Layout) -> list[tuple[str, str | None]]:
    return [(text[c.start : c.end], c.credit) for c in layout.captions]


def _zone_texts(text: str, layout: Layout, zone: Zone) -> list[str]:
    return [text[s:e] for s, e, z in layout.others if z is zone]


# Timestamp forms listed in FORMAT.md "Layout".
TIMESTAMPS = [
    pytest.param("27/08/2024 15:42", datetime.datetime(2024, 8, 27, 15, 42), id="date-time"),
    pytest.param("Thu Hà 18:17 | 28/01/2024", datetime.datetime(2024, 1, 28, 18, 17), id="byline-time-bar-date"),
    pytest.param("PV - 16:45, 17/04/2025", datetime.datetime(2025, 4, 17, 16, 45), id="pv-time-date"),
    pytest.param("Thứ ba, 12/04/2022 - 08:23", datetime.datetime(2022, 4, 12, 8, 23), id="weekday-date-time"),
    pytest.param("11:17 AM 28/02/2024", datetime.datetime(2024, 2, 28, 11, 17), id="am"),
    pytest.param("12:05 AM 01/03/2024", datetime.datetime(2024, 3, 1, 0, 5), id="midnight-am"),
    pytest.param("04:30 PM 01/03/2024", datetime.datetime(2024, 3, 1, 16, 30), id="pm"),
    pytest.param(
        "2023-02-11 15:51:44(GMT+08:00)",
        datetime.datetime(2023, 2, 11, 15, 51, 44, tzinfo=datetime.timezone(datetime.timedelta(hours=8))),
        id="iso-with-zone",
    ),
    pytest.param("Chính trị 18-05-2022", datetime.datetime(2022, 5, 18), id="section-dashed-date"),
    pytest.param("17:36 07/12/2022", datetime.datetime(2022, 12, 7, 17, 36), id="time-date"),
    pytest.param("Chủ nhật, 5/1/2025 9h05", datetime.datetime(2025, 1, 5, 9, 5), id="sunday-h-time"),
]


@pytest.mark.parametrize(("line", "expected"), TIMESTAMPS)
def test_timestamp_forms_are_read(line: str, expected: datetime.datetime) -> None:
    """Each publication timestamp form reads to the exact datetime (midnight when no time is given)."""
    assert expected == read_timestamp(line)


@pytest.mark.parametrize(("line", "expected"), TIMESTAMPS)
def test_timestamp_lines_become_published_not_paragraphs(line: str, expected: datetime.datetime) -> None:
    """A timestamp line under the title sets ``published`` and stays out of the paragraphs."""
    text = f"Hai nước tăng cường hợp tác\n{line}\n{BODY}"
    layout = read_layout(text)
    assert (expected, [BODY]) == (layout.published, _paragraphs(text, layout))


NOT_TIMESTAMPS = [
    pytest.param("31/02/2024 10:00", id="no-31-february"),
    pytest.param("25:10 01/01/2024", id="no-hour-25"),
    pytest.param("13:00 PM 01/01/2024", id="no-13-pm"),
    pytest.param("Sáng 27/8", id="no-year"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("line", NOT_TIMESTAMPS)
def test_impossible_or_partial_timestamps_are_none(line: str) -> None:
    """A timestamp that is not a real date and time, or has no year, reads as None."""
    assert None is read_timestamp(line)


def test_impossible_timestamp_line_gives_a_diagnostic() -> None:
    """A timestamp line with an impossible date is kept as meta and reported."""
    layout = read_layout(f"Tiêu đề\n31/02/2024 10:00\n{BODY}")
    assert (None, ["impossible-timestamp"]) == (layout.published, [d.code for d in layout.diagnostics])


# Bylines: forms listed in FORMAT.md "Layout" (name and time, "PV - ...", an author line).
BYLINES = [
    pytest.param("Thu Hà 18:17 | 28/01/2024", "Thu Hà", id="name-time-date"),
    pytest.param("PV - 16:45, 17/04/2025", "PV", id="pv"),
    pytest.param("- TRẦN AN - LÊ BÌNH", "TRẦN AN - LÊ BÌNH", id="dashed-capital-names"),
    pytest.param("Minh Châu |", "Minh Châu", id="name-bar"),
    pytest.param("HOÀNG LONG", "HOÀNG LONG", id="capital-name"),
]


@pytest.mark.parametrize(("line", "expected"), BYLINES)
def test_byline_forms_are_read(line: str, expected: str) -> None:
    """A byline under the title is read into ``byline`` and kept out of the paragraphs."""
    text = f"Hai nước tăng cường hợp tác\n{line}\n{BODY}"
    layout = read_layout(text)
    assert (expected, [BODY]) == (layout.byline, _paragraphs(text, layout))


# Titles: glued timestamps, all caps, two lines, site names (FORMAT.md "Layout").
TITLES = [
    pytest.param("Hai nước điện đàm 27/08/2024 15:42", "Hai nước điện đàm", id="stamp-after"),
    pytest.param("Hai nước điện đàm27/08/2024 15:42", "Hai nước điện đàm", id="stamp-after-no-space"),
    pytest.param("27/08/2024 15:42Hai nước điện đàm", "Hai nước điện đàm", id="stamp-before-no-space"),
    pytest.param("15:42 27/08/2024 Hai nước điện đàm", "Hai nước điện đàm", id="stamp-before"),
    pytest.param("THƯƠNG MẠI HAI NƯỚC TĂNG 20%", "THƯƠNG MẠI HAI NƯỚC TĂNG 20%", id="all-caps"),
    pytest.param("Hợp tác giáo dục là điểm sáng \ntrong quan hệ", "Hợp tác giáo dục là điểm sáng trong quan hệ",
                 id="two-lines-lower-case"),
    pytest.param("HỢP TÁC GIÁO DỤC\nLÀ ĐIỂM SÁNG CỦA HAI NƯỚC", "HỢP TÁC GIÁO DỤC LÀ ĐIỂM SÁNG CỦA HAI NƯỚC",
                 id="two-lines-capitals"),
    pytest.param("Hai nước điện đàm - Báo Thế giới và Việt Nam", "Hai nước điện đàm", id="site-name-dash"),
    pytest.param("Hai nước điện đàm | VOV.VN", "Hai nước điện đàm", id="site-name-bar"),
    pytest.param("Ký 12 văn kiện ngày 6/1/2024", "Ký 12 văn kiện ngày 6/1/2024", id="date-without-time-kept"),
    pytest.param("Việt Nam - Lào nhất trí mục tiêu 5 tỷ USD", "Việt Nam - Lào nhất trí mục tiêu 5 tỷ USD",
                 id="dash-inside-kept"),
]  # fmt: skip


@pytest.mark.parametrize(("title", "expected"), TITLES)
def test_title_forms(title: str, expected: str) -> None:
    """The title comes out without a glued timestamp or site name, joined when broken over two lines."""
    text = f"{title}\n{BODY}"
    layout = read_layout(text)
    assert (expected, [BODY]) == (layout.title, _paragraphs(text, layout))


def test_url_line_then_title() -> None:
    """A first line that is a URL is the URL, and the next line the title."""
    text = f"https://tin.example.vn/thoi-su/hai-nuoc-12.html\nHai nước điện đàm\n{BODY}"
    layout = read_layout(text)
    assert ("https://tin.example.vn/thoi-su/hai-nuoc-12.html", "Hai nước điện đàm", [BODY]) == (
        layout.url,
        layout.title,
        _paragraphs(text, layout),
    )


def test_timestamp_line_above_the_title() -> None:
    """A timestamp line above the headline is meta, and the headline is still the title."""
    text = f"17:36 07/12/2022\nHai nước điện đàm\n{BODY}"
    layout = read_layout(text)
    assert ("Hai nước điện đàm", datetime.datetime(2022, 12, 7, 17, 36)) == (layout.title, layout.published)


def test_glued_title_timestamp_is_published() -> None:
    """A timestamp glued to the title is the publication time, and a meta piece."""
    text = f"Hai nước điện đàm 27/08/2024 15:42\n{BODY}"
    layout = read_layout(text)
    assert (datetime.datetime(2024, 8, 27, 15, 42), ["27/08/2024 15:42"]) == (
        layout.published,
        _zone_texts(text, layout, Zone.META),
    )


# Source prefixes (FORMAT.md "Layout"): (prefix, outlet).
PREFIXES = [
    pytest.param("TPO - ", "TPO", id="capitals-dash"),
    pytest.param("(VOV5) - ", "VOV5", id="parenthesised"),
    pytest.param("(Baonghean.vn) - ", "Baonghean.vn", id="parenthesised-domain"),
    pytest.param("VOV.VN - ", "VOV.VN", id="capitals-domain"),
    pytest.param("(TTXVN)– ", "TTXVN", id="en-dash-no-space"),
]


@pytest.mark.parametrize(("prefix", "outlet"), PREFIXES)
def test_source_prefix_is_cut_from_the_first_paragraph(prefix: str, outlet: str) -> None:
    """A source prefix is read into ``source_name`` and cut from the first paragraph."""
    text = f"Hai nước điện đàm\n{prefix}{BODY}"
    layout = read_layout(text)
    assert (outlet, [BODY]) == (layout.source_name, _paragraphs(text, layout))


def test_lone_source_line() -> None:
    """A line that is only a source prefix, ``(VTC News) -``, is meta."""
    text = f"Hai nước điện đàm\n(VTC News) -\n{BODY}"
    layout = read_layout(text)
    assert ("VTC News", [BODY]) == (layout.source_name, _paragraphs(text, layout))


def test_acronym_that_is_not_an_outlet_stays() -> None:
    """A paragraph that starts with ``ASEAN - ...`` keeps it: not an outlet."""
    para = "ASEAN - Trung Quốc thúc đẩy hợp tác kinh tế."
    text = f"Hai nước điện đàm\n{para}"
    layout = read_layout(text)
    assert (None, [para]) == (layout.source_name, _paragraphs(text, layout))


# Caption lines (FORMAT.md "Layout": captions as paragraphs): (line, credit).
CAPTION_LINES = [
    pytest.param("Thủ tướng tiếp Đại sứ Lào. Ảnh: VGP", "VGP", id="photo-credit"),
    pytest.param("Hai Bộ trưởng tại buổi gặp. (Ảnh: Minh Anh)", "Minh Anh", id="parenthesised-photo"),
    pytest.param("Thủ tướng Lào tại Hà Nội. (Nguồn: TTXVN)", "TTXVN", id="parenthesised-source"),
    pytest.param("Thủ tướng tới Vientiane ngày 9/1 - Ảnh Báo Chính phủ.", "Báo Chính phủ", id="dash-photo"),
    pytest.param("Hai Bộ trưởng tại buổi gặp. Ảnh: TTXVN |", "TTXVN", id="credit-and-bar"),
    pytest.param("Hai Bộ trưởng tại buổi gặp |", None, id="bar"),
    pytest.param("Lễ đón tại sân bay Wattay-2", None, id="alt-text-suffix"),
    pytest.param("![]() |", None, id="markup"),
]


@pytest.mark.parametrize(("line", "credit"), CAPTION_LINES)
def test_caption_lines_are_captions(line: str, credit: str | None) -> None:
    """A caption line is kept as a caption with its credit, not as a paragraph."""
    text = f"Hai nước điện đàm\n{BODY}\n{line}\nHai bên nhất trí tăng cường hợp tác."
    layout = read_layout(text)
    assert ([(line, credit)], [BODY, "Hai bên nhất trí tăng cường hợp tác."]) == (
        _captions(text, layout),
        _paragraphs(text, layout),
    )


def test_credit_line_takes_the_short_line_before_it() -> None:
    """A credit on its own line, ``(Ảnh: X)``, makes one caption with the short line above it."""
    text = f"Hai nước điện đàm\n{BODY}\nThủ tướng tiếp Đại sứ.\n(Ảnh: Lâm Anh)\nHai bên nhất trí."
    layout = read_layout(text)
    assert ([("Thủ tướng tiếp Đại sứ.\n(Ảnh: Lâm Anh)", "Lâm Anh")], [BODY, "Hai bên nhất trí."]) == (
        _captions(text, layout),
        _paragraphs(text, layout),
    )


def test_repeated_caption_is_two_captions() -> None:
    """The same line twice in a row (alt text, then caption) gives two captions, no paragraph."""
    line = "Đoàn đại biểu tới sân bay quốc tế."
    text = f"Hai nước điện đàm\n{BODY}\n {line}\n{line}\nHai bên nhất trí."
    layout = read_layout(text)
    assert ([(line, None), (line, None)], [BODY, "Hai bên nhất trí."]) == (
        _captions(text, layout),
        _paragraphs(text, layout),
    )


NOT_CAPTIONS = [
    pytest.param("Kim ngạch đạt 1,2 tỷ USD (Nguồn: Tổng cục Hải quan).", id="source-of-a-figure"),
    pytest.param("Ảnh hưởng của bão làm giảm kim ngạch.", id="anh-huong"),
    pytest.param("Hai bên trao đổi về triển lãm ảnh: nhiều tác phẩm đẹp.", id="lower-case-anh"),
]


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_body_lines_that_mention_photos_or_sources_stay(line: str) -> None:
    """Body sentences that cite a source or use the word ảnh are paragraphs, not captions."""
    text = f"Hai nước điện đàm\n{BODY}\n{line}"
    layout = read_layout(text)
    assert ([], [BODY, line]) == (_captions(text, layout), _paragraphs(text, layout))


def test_inline_caption_is_cut_out_of_a_scraped_body() -> None:
    """In a one-line scraped body, the sentence before ``Ảnh: X.`` and the credit become a caption."""
    body = (
        "Hai bên gặp nhau tại Hà Nội.Buổi gặp diễn ra thân mật."
        "Bộ trưởng Lê An và người đồng cấp tại buổi gặp. Ảnh: Bộ Ngoại giao.Ở chiều ngược lại, hai bên nhất trí."
    )
    text = f"https://tin.example.vn/a.html\nHai nước điện đàm\n{body}"
    layout = read_layout(text)
    assert (
        [("Bộ trưởng Lê An và người đồng cấp tại buổi gặp. Ảnh: Bộ Ngoại giao.", "Bộ Ngoại giao")],
        ["Hai bên gặp nhau tại Hà Nội.Buổi gặp diễn ra thân mật.", "Ở chiều ngược lại, hai bên nhất trí."],
    ) == (_captions(text, layout), _paragraphs(text, layout))


# Page chrome (FORMAT.md "Layout"): whole lines dropped from the paragraphs.
CHROME_LINES = [
    pytest.param("Theo dõi Báo Thời sự trên Google News", id="follow-us"),
    pytest.param("Chia sẻ:", id="share"),
    pytest.param("./.", id="end-mark"),
    pytest.param("Biên tập viên:Lan Anh", id="editor-no-space"),
    pytest.param("T.H", id="author-initials"),
    pytest.param("N.A - T.L", id="two-authors-initials"),
    pytest.param("Xem thêm: Hai nước ký hiệp định mới", id="related-link"),
    pytest.param("Trang chủ > Thời sự > Đối ngoại", id="breadcrumbs"),
    pytest.param("Hợp tác năng lượng còn nhiều dư địa", id="stray-headline"),
    pytest.param("Hai nước điện đàm", id="title-repeated"),
    pytest.param("Tổng hợp", id="compiled-note"),
]


@pytest.mark.parametrize("line", CHROME_LINES)
def test_chrome_lines_are_dropped_with_a_diagnostic(line: str) -> None:
    """A chrome line between paragraphs is dropped, kept as CHROME, and named by a diagnostic."""
    text = f"Hai nước điện đàm\n{BODY}\n{line}\nHai bên nhất trí."
    layout = read_layout(text)
    codes = [d.code for d in layout.diagnostics]
    assert ([BODY, "Hai bên nhất trí."], [line], ["dropped-chrome"]) == (
        _paragraphs(text, layout),
        _zone_texts(text, layout, Zone.CHROME),
        codes,
    )


def test_chrome_diagnostic_names_the_line() -> None:
    """The dropped-chrome message says which line was dropped."""
    layout = read_layout(f"Tiêu đề\n{BODY}\nChia sẻ:")
    assert "line 3" in layout.diagnostics[0].message


def test_end_mark_after_the_last_sentence_is_cut() -> None:
    """``./.`` at the end of the last paragraph is cut, the sentence keeps its stop."""
    text = "Hai nước điện đàm\nHai bên nhất trí tăng cường hợp tác./."
    layout = read_layout(text)
    assert (["Hai bên nhất trí tăng cường hợp tác."], ["/."]) == (
        _paragraphs(text, layout),
        _zone_texts(text, layout, Zone.CHROME),
    )


def test_empty_text_has_an_empty_layout_and_a_diagnostic() -> None:
    """Text with no visible line gives no title and an ``empty-text`` diagnostic."""
    layout = read_layout(" \n \n")
    assert ("", None, ["empty-text"]) == (layout.title, layout.title_span, [d.code for d in layout.diagnostics])


# --------------------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    [
        "Hai nước điện đàm",
        BODY,
        "27/08/2024 15:42",
        "Thu Hà 18:17 | 28/01/2024",
        "TPO - Hai bên hội đàm.",
        "Thủ tướng tiếp Đại sứ. Ảnh: VGP",
        "(Ảnh: Lâm Anh)",
        "Chia sẻ:",
        "./.",
        "Hai bên gặp.Buổi gặp tốt. Ảnh: TTXVN.Kết thúc.",
        "https://tin.example.vn/a.html",
        "- TRẦN AN",
        "",
        " ",
    ]
)
article_like = st.lists(_PIECES | st.text(max_size=40), max_size=12).map("\n".join)


@given(text=article_like | st.text(max_size=300))
def test_every_visible_line_gets_a_role(text: str) -> None:
    """Nothing is lost: every line with a visible character overlaps the title, a paragraph, a caption or an other."""
    text = normalize_text(text)
    layout = read_layout(text)
    spans = [*layout.paragraphs, *((c.start, c.end) for c in layout.captions), *((s, e) for s, e, _ in layout.others)]
    if layout.title_span is not None:
        spans.append(layout.title_span)
    pos = 0
    lost = []
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip() and not any(s < end and start < e for s, e in spans):
            lost.append(line)
    assert [] == lost


@given(text=article_like | st.text(max_size=300))
def test_roles_do_not_overlap(text: str) -> None:
    """Title, paragraphs, captions and other pieces never overlap, and lie inside the text."""
    text = normalize_text(text)
    layout = read_layout(text)
    spans = sorted(
        [*layout.paragraphs, *((c.start, c.end) for c in layout.captions), *((s, e) for s, e, _ in layout.others)]
        + ([layout.title_span] if layout.title_span else [])
    )
    disjoint = all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    inside = all(0 <= s < e <= len(text) for s, e in spans)
    assert (True, True) == (disjoint, inside)


def test_url_after_meta_lines_above_the_title() -> None:
    """A URL line below a timestamp or a lone source line is still the URL, and the title follows."""
    text = f"(VTC News) -\n17:36 07/12/2022\nhttps://tin.example.vn/b.html\nHai nước điện đàm\n{BODY}"
    layout = read_layout(text)
    assert ("https://tin.example.vn/b.html", "Hai nước điện đàm", "VTC News", [BODY]) == (
        layout.url,
        layout.title,
        layout.source_name,
        _paragraphs(text, layout),
    )


def test_title_with_cut_end_is_not_joined_to_the_next_line() -> None:
    """A title whose glued timestamp was cut off is not joined to a following lower-case line."""
    text = "Hai nước điện đàm 27/08/2024 15:42\nhợp tác tiếp tục phát triển"
    layout = read_layout(text)
    assert ("Hai nước điện đàm", ["hợp tác tiếp tục phát triển"]) == (layout.title, _paragraphs(text, layout))


# --------------------------------------------------------------------------- a first line too long for a headline

# Scraped text that lost its line breaks (FORMAT.md: text may come as one line); sentences written for these tests.
_LONG_BODY = " ".join(
    [
        "Sáng 12/3, hai Bộ trưởng đã có cuộc hội đàm tại Viêng Chăn.",
        "Hai bên nhất trí đẩy mạnh hợp tác về giao thông, năng lượng và giáo dục.",
        "Kim ngạch thương mại song phương năm ngoái đạt khoảng 1,6 tỷ USD.",
        "Phía Lào cảm ơn sự giúp đỡ quý báu của Việt Nam trong nhiều năm qua.",
    ]
)


def test_long_first_line_gives_its_short_first_sentence_as_title() -> None:
    """A first line too long for a headline: its short first sentence is the title, the rest one paragraph."""
    text = "Hai nước ký ba văn kiện hợp tác. " + _LONG_BODY
    layout = read_layout(text)
    assert ("Hai nước ký ba văn kiện hợp tác.", [_LONG_BODY]) == (layout.title, _paragraphs(text, layout))


def test_long_first_line_without_a_short_sentence_has_no_title() -> None:
    """A first line too long for a headline whose first sentence is long too is all body, with a diagnostic."""
    first = "Hai nước ký ba văn kiện hợp tác " + "và " * 80 + "nhiều thỏa thuận khác."
    text = f"{first} {_LONG_BODY}"
    layout = read_layout(text)
    codes = [d.code for d in layout.diagnostics]
    assert ("", None, [text], ["long-first-line"]) == (
        layout.title,
        layout.title_span,
        _paragraphs(text, layout),
        codes,
    )


def test_headline_of_ordinary_length_stays_whole() -> None:
    """A first line of headline length is the title even when it holds two sentences."""
    text = f"Hai nước ký ba văn kiện. Kim ngạch tăng mạnh\n{BODY}"
    layout = read_layout(text)
    assert ("Hai nước ký ba văn kiện. Kim ngạch tăng mạnh", [BODY]) == (layout.title, _paragraphs(text, layout))


_SENTENCES = st.sampled_from(
    [
        BODY,
        "Hai nước điện đàm",
        "Thủ tướng tiếp Đại sứ. Ảnh: VGP",
        "TPO - Hai bên hội đàm.",
        "Kim ngạch đạt 1,2 tỷ USD, tăng 15%.",
        "Ông nói: “Quan hệ rất tốt.”",
        "27/08/2024 15:42",
        "Chia sẻ:",
    ]
)


@given(parts=st.lists(_SENTENCES, min_size=1, max_size=12))
def test_text_without_line_breaks_loses_no_letter(parts: list[str]) -> None:
    """With no line break, every letter and digit lies in the title, a paragraph, a caption or another piece."""
    text = " ".join(parts)
    layout = read_layout(text)
    spans = [*layout.paragraphs, *((c.start, c.end) for c in layout.captions), *((s, e) for s, e, _ in layout.others)]
    if layout.title_span is not None:
        spans.append(layout.title_span)
    lost = [i for i, c in enumerate(text) if c.isalnum() and not any(s <= i < e for s, e in spans)]
    short_title = layout.title_span is None or layout.title_span[1] - layout.title_span[0] <= 250
    assert ([], True) == (lost, short_title)
