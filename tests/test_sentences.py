"""Tests of vnlao_corpus.text.sentences: glued sentences split, numbers and abbreviations kept.

The glued forms (``Trung Quốc.Buổi``, ``năm 2013.“``, ``năm ngoái.”Bản tin``) and
the forms that must stay whole (``1,1``, ``16.5``, ``15-17.5.2022``, ``TP.HCM``,
``v.v.``, ``TS.``, ``Đ.D``, ``PGS.TS.``, ``Th.S``) are the ones FORMAT.md and the
task list; the sentences around them are written for these tests.
"""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.text.document import MAX_SENTENCE_CHARS, Caption, Layout, Sentence, Zone, read_document
from vnlao_corpus.text.sentences import cut_long_sentences, sentence_spans, split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


SPLITS = [
    # Glued after a lower-case letter (FORMAT.md "Layout", scraped bodies).
    pytest.param("Hai bên gặp tại Hà Nội.Buổi gặp thân mật.", ["Hai bên gặp tại Hà Nội.", "Buổi gặp thân mật."],
                 id="glued-after-letter"),
    # Glued before an opening quote, after a year.
    pytest.param("Hiệp định ký năm 2013.“Đây là dấu mốc”, ông nói.",
                 ["Hiệp định ký năm 2013.", "“Đây là dấu mốc”, ông nói."], id="glued-before-quote"),
    # Glued after a closing quote.
    pytest.param("Ông nói “tăng mạnh so với năm ngoái.”Bản tin kết thúc.",
                 ["Ông nói “tăng mạnh so với năm ngoái.”", "Bản tin kết thúc."], id="glued-after-quote"),
    pytest.param('Ông nói: "Hợp tác tốt."Hai bên ký kết.', ['Ông nói: "Hợp tác tốt."', "Hai bên ký kết."],
                 id="straight-quote-closing"),
    pytest.param('Kết quả tốt."Hợp tác sâu rộng", ông nói.', ["Kết quả tốt.", '"Hợp tác sâu rộng", ông nói.'],
                 id="straight-quote-opening"),
    pytest.param("Tăng 20%.Giảm 3%.", ["Tăng 20%.", "Giảm 3%."], id="glued-after-percent"),
    pytest.param("Họp tại TP.HCM.Kết quả tốt.", ["Họp tại TP.HCM.", "Kết quả tốt."], id="glued-after-acronym"),
    pytest.param("Vì sao? Vì hai bên cùng có lợi!", ["Vì sao?", "Vì hai bên cùng có lợi!"], id="question-exclamation"),
    pytest.param("Hai bên đã ký... Kết quả tốt.", ["Hai bên đã ký...", "Kết quả tốt."], id="ellipsis-then-capital"),
    pytest.param("Năm 2024 tốt. 7 tháng đầu năm tăng.", ["Năm 2024 tốt.", "7 tháng đầu năm tăng."], id="digit-starts"),
    pytest.param("Xong (Lào). Tiếp theo.", ["Xong (Lào).", "Tiếp theo."], id="after-bracket"),
    pytest.param("Dòng một.\nDòng hai.", ["Dòng một.", "Dòng hai."], id="line-break"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_sentences_are_split(text: str, expected: list[str]) -> None:
    """Sentences split at stops, also when the space after the stop was lost."""
    assert expected == _split(text)


KEPT_WHOLE = [
    pytest.param("Kim ngạch đạt 1,1 tỷ USD, tăng 16,7%.", id="decimal-comma"),
    pytest.param("Ngày 16.5 hai bên gặp nhau.", id="dotted-date"),
    pytest.param("Chuyến thăm từ ngày 15-17.5.2022 thành công.", id="dotted-date-range"),
    pytest.param("Giá 1.234,5 đồng.", id="grouped-number"),
    pytest.param("Hội nghị tại TP.HCM thành công.", id="tp-hcm"),
    pytest.param("Gồm giáo dục, y tế v.v. và nhiều lĩnh vực.", id="v-v"),
    pytest.param("TS. Nguyễn Lan phát biểu.", id="ts-dot-name"),
    pytest.param("Ông Nguyễn Đ.D phát biểu.", id="initials-glued"),
    pytest.param("PGS.TS. Trần Minh phát biểu.", id="pgs-ts"),
    pytest.param("Th.S Lê Hoa trình bày.", id="th-s"),
    pytest.param("Ông Nguyễn V. An phát biểu.", id="single-initial"),
    pytest.param("Xem tại baoquocte.vn và www.Example.vn nhé.", id="domains"),
    pytest.param("Xem https://tin.example.vn/Bai.html ngay.", id="url"),
    pytest.param("Hai bên đã ký... rồi về.", id="ellipsis-lower-case"),
    pytest.param("Theo tài liệu (tr. 5) đã nêu.", id="page-abbreviation"),
]


@pytest.mark.parametrize("text", KEPT_WHOLE)
def test_numbers_and_abbreviations_stay_whole(text: str) -> None:
    """Decimals, dotted dates, abbreviations, initials, URLs and lower-case continuations do not split."""
    assert [text] == _split(text)


def test_split_sentences_covers_zones_in_text_order() -> None:
    """Title, meta, body sentences (with paragraph index) and captions come out in text order, chrome left out."""
    text = "Tiêu đề\nPV\nHai bên gặp.Kết quả tốt.\nẢnh chụp. Ảnh: VGP\nChia sẻ:"
    layout = Layout(
        title="Tiêu đề",
        title_span=(0, 7),
        paragraphs=((11, 35),),
        captions=(Caption(36, 54, "VGP"),),
        others=((8, 10, Zone.META), (55, 63, Zone.CHROME)),
    )
    got = [(text[s.start : s.end], s.zone, s.paragraph) for s in split_sentences(text, layout)]
    assert [
        ("Tiêu đề", Zone.TITLE, None),
        ("PV", Zone.META, None),
        ("Hai bên gặp.", Zone.BODY, 0),
        ("Kết quả tốt.", Zone.BODY, 0),
        ("Ảnh chụp.", Zone.CAPTION, None),
        ("Ảnh: VGP", Zone.CAPTION, None),
    ] == got


@given(text=st.text(alphabet="aBđĐ .!?…”“\"'()0123456789,\n", max_size=200) | st.text(max_size=200))
def test_sentences_are_ordered_stripped_and_cover_the_text(text: str) -> None:
    """Sentences are in order, do not overlap, have no outer spaces, and together hold every visible character."""
    spans = sentence_spans(text)
    ordered = all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    stripped = all(text[s:e] == text[s:e].strip(" \r\t") and e > s for s, e in spans)
    covered = "".join(text[s:e] for s, e in spans)
    visible = "".join(text.split("\n"))
    for blank in " \r\t":
        covered, visible = covered.replace(blank, ""), visible.replace(blank, "")
    assert (True, True, visible) == (ordered, stripped, covered)


# Long adversarial inputs (the house rules: 1 MB of digits or capitalised words).
LONG_INPUTS = [
    pytest.param("1." * 500_000, id="digits-and-dots"),
    pytest.param("Ab.Cd " * 170_000, id="capitalised-words"),
    pytest.param("." * 1_000_000, id="dots"),
    pytest.param('"A.' * 330_000, id="quotes"),
]


@pytest.mark.parametrize("text", LONG_INPUTS)
def test_long_inputs_split_in_linear_time(text: str) -> None:
    """A megabyte of adversarial text splits in well under the time a quadratic splitter would need."""
    start = time.perf_counter()
    spans = sentence_spans(text)
    elapsed = time.perf_counter() - start
    assert (True, True) == (elapsed < 10.0, all(e <= len(text) for _, e in spans))


def test_a_sentence_with_no_end_is_read_in_pieces_with_a_diagnostic() -> None:
    """A paragraph of 60 clauses and no full stop (a scrape that lost them) is cut at commas, within the cap."""
    clause = "Ông Nguyễn Văn An gặp Bộ trưởng Somsak Vongsa tại Viêng Chăn ngày 27/8"
    body = ", ".join([clause] * 60)
    doc = read_document("Tiêu đề\n" + body)
    pieces = [s for s in doc.sentences if s.zone is Zone.BODY]
    assert len(pieces) > 1
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in pieces)
    assert all(doc.text[s.end - 1] == "," for s in pieces[:-1])
    # Nothing is lost: the pieces and the spaces between them are the paragraph.
    start, end = doc.layout.paragraphs[0]
    assert doc.text[start:end] == " ".join(doc.text[s.start : s.end] for s in pieces)
    [diag] = [d for d in doc.diagnostics if d.code == "long-sentence"]
    assert diag.span is not None
    assert (diag.span.start, diag.span.end) == (start, end)


@given(
    text=st.text(alphabet="ab ,;", min_size=1, max_size=7000),
    zone=st.sampled_from([Zone.TITLE, Zone.BODY, Zone.CAPTION]),
)
def test_cut_long_sentences_bounds_every_piece_and_keeps_every_character(text: str, zone: Zone) -> None:
    """Every piece is at most the cap, in order, with only spaces between pieces; short sentences pass as they are."""
    sentence = Sentence(0, len(text), zone, 3)
    cut: list[tuple[int, int]] = []
    pieces = cut_long_sentences(text, [sentence], cut)
    if len(text) <= MAX_SENTENCE_CHARS:
        assert pieces == [sentence]
        assert cut == []
        return
    assert cut == [(0, len(text))]
    assert all(0 < p.end - p.start <= MAX_SENTENCE_CHARS for p in pieces)
    assert all((p.zone, p.paragraph) == (zone, 3) for p in pieces)
    assert pieces[0].start == 0
    assert pieces[-1].end == len(text) or text[pieces[-1].end :].strip(" ") == ""
    for a, b in itertools.pairwise(pieces):
        assert a.end <= b.start
        assert text[a.end : b.start].strip(" ") == ""
