"""Tests of parse() end to end: the structure of the Article (URL, title, paragraphs, captions, spans).

What the extractors find inside the text is tested in their own modules; here
the two raw layouts of FORMAT.md (plain and scraped) are checked, with texts
written for these tests in the style of the seeds.
"""

from __future__ import annotations

import datetime
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus import parse
from vnlao_corpus.model import Article, Span
from vnlao_corpus.text.decode import encode_cp1258
from vnlao_corpus.text.normalize import normalize_text

PLAIN = (
    "Bộ trưởng Quốc phòng hai nước hội đàm tại Hà Nội 12/03/2025 09:10\n"
    "Sáng 11/3, tại Hà Nội, Bộ trưởng Quốc phòng Trần An đã hội đàm với người đồng cấp Lào.\n"
    "Hai Bộ trưởng tại buổi hội đàm. Ảnh: Quang Minh\n"
    "Hai bên nhất trí tăng cường hợp tác đào tạo và quản lý biên giới.\n"
    "Chia sẻ:\n"
)
SCRAPED = (
    "https://tin.example.vn/the-gioi/hai-nuoc-hoi-dam-1234.html\n"
    "Hai Bộ trưởng Ngoại giao gặp nhau bên lề hội nghị\n"
    "Bộ trưởng Ngoại giao Lê An ngày 6/6 gặp người đồng cấp Lào tại Bắc Kinh.Buổi gặp diễn ra thân mật."
    "Bộ trưởng Lê An và người đồng cấp tại buổi gặp. Ảnh: Bộ Ngoại giao."
    "Ở chiều ngược lại, phía Lào cảm ơn Việt Nam.“Quan hệ hai nước là tài sản vô giá”, ông nói."
)


def test_plain_layout() -> None:
    """A plain article: title without its glued timestamp, body paragraphs, the caption and chrome kept apart."""
    article = parse(PLAIN)
    assert (
        None,
        "Bộ trưởng Quốc phòng hai nước hội đàm tại Hà Nội",
        datetime.datetime(2025, 3, 12, 9, 10),
        (
            "Sáng 11/3, tại Hà Nội, Bộ trưởng Quốc phòng Trần An đã hội đàm với người đồng cấp Lào.",
            "Hai bên nhất trí tăng cường hợp tác đào tạo và quản lý biên giới.",
        ),
        [("Hai Bộ trưởng tại buổi hội đàm. Ảnh: Quang Minh", "Quang Minh")],
    ) == (
        article.url,
        article.title,
        article.published,
        article.paragraphs,
        [(c.text, c.credit) for c in article.captions],
    )


def test_scraped_layout() -> None:
    """A scraped article: URL, title, the glued body cut around its inline caption."""
    article = parse(SCRAPED)
    assert (
        "https://tin.example.vn/the-gioi/hai-nuoc-hoi-dam-1234.html",
        "Hai Bộ trưởng Ngoại giao gặp nhau bên lề hội nghị",
        (
            "Bộ trưởng Ngoại giao Lê An ngày 6/6 gặp người đồng cấp Lào tại Bắc Kinh.Buổi gặp diễn ra thân mật.",
            "Ở chiều ngược lại, phía Lào cảm ơn Việt Nam.“Quan hệ hai nước là tài sản vô giá”, ông nói.",
        ),
        ["Bộ trưởng Lê An và người đồng cấp tại buổi gặp. Ảnh: Bộ Ngoại giao."],
    ) == (article.url, article.title, article.paragraphs, [c.text for c in article.captions])


def test_article_without_line_breaks_gets_a_short_title_and_a_body() -> None:
    """Text that lost every line break: the short first sentence is the title, the rest the body, spans exact."""
    body = (
        "Sáng 11/3, tại Hà Nội, Bộ trưởng Quốc phòng Trần An đã hội đàm với người đồng cấp Lào."
        " Hai bên nhất trí tăng cường hợp tác đào tạo và quản lý biên giới."
        " Hai Bộ trưởng cũng trao đổi về tình hình khu vực và các vấn đề cùng quan tâm."
        " Phía Lào cảm ơn sự giúp đỡ của Bộ Quốc phòng Việt Nam trong nhiều năm qua."
    )
    text = "Hai nước tăng cường hợp tác quốc phòng. " + body
    article = parse(text)
    assert (
        "Hai nước tăng cường hợp tác quốc phòng.",
        (body,),
        5,
        "Hai nước tăng cường hợp tác quốc phòng.",
    ) == (
        article.title,
        article.paragraphs,
        len(article.sentences),
        text[article.sentences[0].start : article.sentences[0].end],
    )


def test_scraped_body_sentences_are_split() -> None:
    """The glued sentences of a scraped body come out as separate sentence spans."""
    article = parse(SCRAPED)
    sentences = [article.quote(s) for s in article.sentences]
    assert [
        "Hai Bộ trưởng Ngoại giao gặp nhau bên lề hội nghị",
        "Bộ trưởng Ngoại giao Lê An ngày 6/6 gặp người đồng cấp Lào tại Bắc Kinh.",
        "Buổi gặp diễn ra thân mật.",
        "Ở chiều ngược lại, phía Lào cảm ơn Việt Nam.",
        "“Quan hệ hai nước là tài sản vô giá”, ông nói.",
    ] == sentences


@pytest.mark.parametrize("text", [PLAIN, SCRAPED], ids=["plain", "scraped"])
def test_no_caption_inside_a_paragraph(text: str) -> None:
    """No caption text or credit is left inside a paragraph."""
    article = parse(text)
    assert [] == [p for p in article.paragraphs if "Ảnh:" in p or any(c.text in p for c in article.captions)]


def test_url_argument_is_used_when_the_text_has_none() -> None:
    """``url=`` gives the URL of a text without a URL line, and a URL line wins over it."""
    given_url = "https://khac.example.vn/x.html"
    assert (given_url, "https://tin.example.vn/the-gioi/hai-nuoc-hoi-dam-1234.html") == (
        parse(PLAIN, url=given_url).url,
        parse(SCRAPED, url=given_url).url,
    )


ENCODED = [
    pytest.param(PLAIN.encode("utf-8"), id="utf-8"),
    pytest.param(PLAIN.encode("utf-8-sig"), id="utf-8-bom"),
    pytest.param(PLAIN.encode("utf-16"), id="utf-16"),
    pytest.param(encode_cp1258(PLAIN), id="cp1258"),
    pytest.param(unicodedata.normalize("NFD", PLAIN), id="nfd-str"),
]


@pytest.mark.parametrize("raw", ENCODED)
def test_every_input_form_gives_the_same_structure(raw: str | bytes) -> None:
    """Bytes in any supported encoding, or decomposed text, read to the same title, paragraphs and captions."""
    expected = parse(PLAIN)
    article = parse(raw)
    assert (expected.title, expected.paragraphs, [c.text for c in expected.captions]) == (
        article.title,
        article.paragraphs,
        [c.text for c in article.captions],
    )


def test_spans_point_into_the_decoded_text_of_bytes() -> None:
    """For bytes, ``Article.text`` is the decoded text and the spans point into it."""
    article = parse(encode_cp1258(PLAIN))
    assert [normalize_text(article.quote(s)) for s in article.paragraph_spans] == list(article.paragraphs)


def test_chrome_diagnostic_points_at_the_callers_line() -> None:
    """A dropped-chrome diagnostic's span quotes the caller's text, no-break spaces and all."""
    text = "Tiêu đề\nHai bên gặp nhau.\nTheo\u00a0dõi Báo Mẫu trên\u00a0Google News"
    article = parse(text)
    spans = [d.span for d in article.diagnostics if d.code == "dropped-chrome"]
    assert ["Theo\u00a0dõi Báo Mẫu trên\u00a0Google News"] == [article.quote(s) for s in spans if s is not None]


def _span_texts_match(article: Article) -> bool:
    """Every span of the article quotes caller text that normalises to the record's text."""

    def same(span: Span, expected: str) -> bool:
        return " ".join(normalize_text(article.quote(span)).split()) == " ".join(expected.split())

    title_ok = article.title_span is None or same(article.title_span, article.title)
    paragraphs_ok = all(same(s, p) for s, p in zip(article.paragraph_spans, article.paragraphs, strict=True))
    captions_ok = all(same(c.span, c.text) for c in article.captions)
    sentences_ok = all(0 <= s.start < s.end <= len(article.text) for s in article.sentences)
    return title_ok and paragraphs_ok and captions_ok and sentences_ok


@pytest.mark.parametrize(
    "text", [PLAIN, SCRAPED, unicodedata.normalize("NFD", SCRAPED)], ids=["plain", "scraped", "nfd"]
)
def test_spans_quote_the_callers_text(text: str) -> None:
    """Title, paragraph, caption and sentence spans point at the caller's text for what they hold."""
    assert True is _span_texts_match(parse(text))


_PIECES = st.sampled_from(
    [
        PLAIN,
        SCRAPED,
        "27/08/2024 15:42",
        "Ảnh: VGP",
        "(Ảnh: Lâm Anh)",
        "./.",
        "TPO - ",
        "\u00a0",
        "\u200b",
        "\u0300",
        "Ð",
        "hoà",
        "\n",
        ".“",
        "”",
    ]
)
messy = st.lists(_PIECES | st.text(max_size=30), max_size=10).map("".join)


@given(text=messy | st.text(max_size=400))
def test_parse_never_raises_and_spans_hold(text: str) -> None:
    """parse() never raises on any str, and every structural span quotes what it holds."""
    assert True is _span_texts_match(parse(text))
