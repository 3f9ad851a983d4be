"""Split the zones of an article into sentences, glued sentences included.

A sentence ends at ``.``, ``!``, ``?``, an ellipsis (``...`` or ``…``), with any
closing quotes or brackets after it, when what follows starts a sentence:

- after a space: an upper-case letter, a digit or an opening quote/bracket;
- with no space (scraped text lost it: ``Trung Quốc.Buổi gặp``,
  ``năm 2013.“``, ``năm ngoái.”Bản tin``): an upper-case letter or an opening
  quote, after anything but an upper-case letter (``TP.HCM``), unless an
  acronym is followed by a capitalised word (``TP.HCM.Kết quả``).

What does *not* end a sentence: decimals and dotted dates (``1,1``, ``16.5``,
``15-17.5.2022``: a digit follows), dots inside upper-case abbreviations
(``TP.HCM``, ``Đ.D``, ``PGS.TS.``), known title and unit abbreviations followed
by a name (``TS. Nguyễn``, ``Th.S``, ``tr. 5``), single-letter initials
(``Nguyễn V. Anh``), dots inside words and URLs (``baoquocte.vn``), and an
ellipsis or dot followed by a lower-case word.

Each candidate is judged by looking a bounded number of characters around it,
so splitting is linear in the length of the text.

>>> text = "Hai bên hội đàm tại TP.HCM.Kết quả tốt, đạt 1,1 tỷ USD. TS. Lan phát biểu."
>>> [text[s:e] for s, e in sentence_spans(text)]
['Hai bên hội đàm tại TP.HCM.', 'Kết quả tốt, đạt 1,1 tỷ USD.', 'TS. Lan phát biểu.']
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Sequence
from typing import Final

from .document import MAX_SENTENCE_CHARS, Layout, Sentence, Zone

__all__ = ["ABBREVIATIONS", "MAX_SENTENCE_CHARS", "cut_long_sentences", "sentence_spans", "split_sentences"]


#: Abbreviations after which a dot does not end a sentence (case-sensitive):
#: academic and professional titles that precede a name, and ``tr.`` (page).
ABBREVIATIONS = frozenset(
    {
        "BS",  # bác sĩ
        "CN",  # cử nhân
        "Dr",
        "GS",  # giáo sư
        "GS.TS",
        "KS",  # kỹ sư
        "Mr",
        "Mrs",
        "Ms",
        "NXB",  # nhà xuất bản
        "Nxb",
        "PGS",  # phó giáo sư
        "St",
        "TP",  # thành phố
        "TS",  # tiến sĩ
        "TSKH",  # tiến sĩ khoa học
        "Th",  # Th.S (thạc sĩ)
        "ThS",
        "Ths",
        "Tp",
        "tr",  # trang (page)
    }
)

_CANDIDATE: Final = re.compile(
    r"""
    (?P<punct>[.!?…]                # an ellipsis, or a run of terminal marks ("?!", "!!"):
      (?:(?<=\.)\.+               #   dots after a dot ("...", only dots)
      | (?<=[.!?])[.!?]*            #   or more marks after a mark ("?!", ".?")
      )?                            #   (a character class first: the scan for it runs at C speed)
    )
    (?P<close>[”’»)\]"']*)          # closing quotes or brackets that belong to the sentence
    (?P<gap>\ *)                    # the space after it (normalised text: spaces only)
    """,
    re.VERBOSE,
)
# The same candidates in a stretch of text without "!", "?" or "…" (most paragraphs):
# there the punct group of _CANDIDATE matches a run of dots. A pattern that starts
# with a literal character is scanned for several times faster than one that starts
# with a character class, and the scan is most of the cost of splitting. Dots
# followed at once by a digit or an ASCII lower-case letter (``1.000``, ``16.5``,
# ``baoquocte.vn``), which _split_lines would pass over, are not candidates: the
# run of dots is possessive, so that no shorter run is tried instead.
_DOT_CANDIDATE: Final = re.compile(r"(?P<punct>\.\.*+)(?![0-9a-z])(?P<close>[”’»)\]\"']*)(?P<gap> *)")
# The terminal marks other than the dot.
_OTHER_MARKS: Final = "!?…"
_SCHEME: Final = re.compile("://")  # a web address
_OPENERS: Final = "“‘«([\"'"
_SPACES: Final = " \r\t"


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences: ``(start, end)`` pairs without outer spaces.

    Line breaks inside the range are treated as sentence ends.

    >>> t = "Ông nói: “Tốt.”Bản tin kết thúc... rồi thôi. Tăng 16.5%!"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Ông nói: “Tốt.”', 'Bản tin kết thúc... rồi thôi.', 'Tăng 16.5%!']
    """
    if end is None:
        end = len(text)
    out: list[Sentence] = []
    _split_lines(text, _line_ranges(text, start, end), out, Zone.BODY)
    return [(s.start, s.end) for s in out]


def _line_ranges(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[start:end]``: ``(start, end)`` pairs, line breaks left out."""
    nl = text.find("\n", start, end)
    if nl < 0:
        return [(start, end)]
    ranges = []
    line_start = start
    while line_start < end:
        line_end = end if nl < 0 else nl
        ranges.append((line_start, line_end))
        line_start = line_end + 1
        nl = text.find("\n", line_start, end)
    return ranges


def _split_lines(
    text: str,
    lines: Sequence[tuple[int, int]],
    out: list[Sentence],
    zone: Zone,
    numbered: bool = False,
    web: bool = True,
    marks: str = _OTHER_MARKS,
) -> None:
    """Append the sentences of each line ``text[start:end]`` of ``lines`` (in text order) to ``out``.

    ``zone`` is the zone of every sentence, and its paragraph is the index of
    its line when ``numbered``. ``web`` is False when the text holds no web
    address (no ``://``, no ``www``); ``marks`` are the terminal marks other
    than the dot that the text holds (a line without them is scanned for dots).

    One call for all the lines of a text (not one per line): an article has a
    dozen paragraphs, and the calls, the setup and the intermediate lists cost
    as much as the judging. Each candidate is judged here, inline, from the
    spans of its groups (no substrings are built): most candidates are a dot,
    a space and a capital.
    """
    new = tuple.__new__  # straight away: a named tuple's own __new__ is a Python function
    spaces = _SPACES
    # Where the other marks are, in text order: found once for all the lines (there are
    # few, if any) rather than searched for in each line, mark by mark.
    mark_at: list[int] = []
    if marks and lines:
        first_start, last_end = lines[0][0], lines[-1][1]
        for mark in marks:
            at = text.find(mark, first_start, last_end)
            while at >= 0:
                mark_at.append(at)
                at = text.find(mark, at + 1, last_end)
        mark_at.sort()
    next_mark = 0
    for index, (start, end) in enumerate(lines):
        paragraph = index if numbered else None
        while next_mark < len(mark_at) and mark_at[next_mark] < start:
            next_mark += 1
        # A line without another mark is scanned for dots only (a faster pattern).
        candidates = _CANDIDATE if next_mark < len(mark_at) and mark_at[next_mark] < end else _DOT_CANDIDATE
        sent_start = start
        while sent_start < end and text[sent_start] in spaces:
            sent_start += 1
        # Parity of straight double quotes from the sentence start, counted only when a
        # candidate needs it, and only forward (so the counting stays linear).
        quotes = 0
        counted = start
        for m in candidates.finditer(text, start, end):
            # All the group spans in one attribute read rather than four method calls.
            (dot, after), (_, punct_end), (_, close_end), _ = m.regs
            if after >= end:
                break
            nxt = text[after]
            cut = close_end
            spaced = after > close_end
            if close_end > punct_end and text[punct_end] == '"':
                quotes += text.count('"', counted, dot)
                counted = dot
                if quotes % 2 == 0:
                    # A straight quote after the dot with no quote open in this sentence opens the next one.
                    cut = punct_end
                    nxt = '"'
                    spaced = False
            single_dot = punct_end - dot == 1 and close_end == punct_end and text[dot] == "."
            if spaced:
                if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
                    continue
            else:
                if not (nxt.isupper() or nxt in '“"'):
                    continue
                before = text[dot - 1] if dot > start else ""
                if single_dot and (before.isupper() or not before or before.isspace()):
                    # Upper case on both sides of a dot (TP.HCM, Đ.D, PGS.TS) unless a capitalised
                    # word follows an acronym (TP.HCM.Kết quả).
                    following = text[after + 1] if after + 1 < len(text) else ""
                    if not (before.isupper() and following.islower()):
                        continue
            if single_dot:
                c = text[dot - 1]
                # Most words end in a character no abbreviation ends in, and are no initial.
                if (web or c in _ABBREVIATION_ENDS or c.isupper()) and _abbreviation_before(text, dot, start):
                    continue
            if cut > sent_start:
                out.append(new(Sentence, (sent_start, cut, zone, paragraph)))
            # The next sentence starts after the spaces the candidate consumed.
            sent_start = after if cut == close_end else cut
            quotes = 0
            counted = sent_start
        # The rest of the line, without its outer spaces.
        stop = end
        while sent_start < stop and text[sent_start] in spaces:
            sent_start += 1
        while stop > sent_start and text[stop - 1] in spaces:
            stop -= 1
        if stop > sent_start:
            out.append(new(Sentence, (sent_start, stop, zone, paragraph)))


def _abbreviation_before(text: str, dot: int, line_start: int) -> bool:
    """Whether the word before the dot at ``dot`` is an abbreviation or an initial."""
    lo = max(line_start, dot - 16)
    space = text.rfind(" ", lo, dot)
    start = space + 1 if space >= 0 else lo
    while start < dot and text[start] in _TOKEN_OPENERS:
        start += 1
    if start == dot:
        return False
    c = text[dot - 1]
    if c not in _ABBREVIATION_ENDS and not c.isupper():
        # No abbreviation ends in this character and no initial is lower case: only a web
        # address is left to rule out (the common case: a word, a number).
        return _web_address(text, lo, start, dot)
    token = text[start:dot]
    last = token.rsplit(".", 1)[-1]
    if last in ABBREVIATIONS or token in ABBREVIATIONS:
        return True
    if len(last) == 1 and last.isupper():
        # A single capital: an initial (Nguyễn V. Anh, Đ.D.), unless the word is longer.
        return True
    return _web_address(text, lo, start, dot)


def _web_address(text: str, lo: int, start: int, dot: int) -> bool:
    """Whether the dot at ``dot`` is inside a web address: ``://`` before it, or the word is ``www`` or ``www.*``."""
    if text.find("://", lo, dot) >= 0:
        return True
    return text.startswith("www", start, dot) and (dot - start == 3 or text[start + 3] == ".")


_TOKEN_OPENERS: Final = "([“\"'‘"
_ABBREVIATION_ENDS: Final = frozenset(a[-1] for a in ABBREVIATIONS)


def split_sentences(text: str, layout: Layout, cut: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Split the title, meta lines, paragraphs and captions of ``layout`` into sentences, in text order.

    The title and meta lines stay whole; paragraphs (``Zone.BODY``, with their
    paragraph index) and captions are split. Page chrome is left out. A
    sentence longer than :data:`MAX_SENTENCE_CHARS` is cut into pieces (see
    :func:`cut_long_sentences`); the spans of the sentences cut are appended to
    ``cut`` when it is given.

    >>> from vnlao_corpus.text.document import Caption
    >>> text = "Tiêu đề\\nHai bên hội đàm.Kết quả tốt."
    >>> layout = Layout(title="Tiêu đề", title_span=(0, 7), paragraphs=((8, 36),))
    >>> [(text[s.start:s.end], s.zone.value, s.paragraph) for s in split_sentences(text, layout)]
    [('Tiêu đề', 'title', None), ('Hai bên hội đàm.', 'body', 0), ('Kết quả tốt.', 'body', 0)]
    """
    out: list[Sentence] = []
    if layout.title_span is not None:
        out.append(Sentence(*layout.title_span, Zone.TITLE))
    meta = Zone.META
    out.extend(Sentence(start, end, meta) for start, end, zone in layout.others if zone is meta)
    # ``"://" in text`` is several times slower than a pattern with that literal prefix,
    # and ``"w" in text`` (rare in Vietnamese) spares most texts ``"www" in text``.
    web = _SCHEME.search(text) is not None or ("w" in text and "www" in text)
    marks = "".join(mark for mark in _OTHER_MARKS if mark in text)
    # A paragraph is part of one line: split each as a line.
    _split_lines(text, layout.paragraphs, out, Zone.BODY, True, web, marks)
    for caption in layout.captions:
        _split_lines(text, _line_ranges(text, caption.start, caption.end), out, Zone.CAPTION)
    out.sort(key=_START)
    if any(s.end - s.start > MAX_SENTENCE_CHARS for s in out):
        out = cut_long_sentences(text, out, cut)
    return out


def cut_long_sentences(
    text: str, sentences: Iterable[Sentence], cut: list[tuple[int, int]] | None = None
) -> list[Sentence]:
    """``sentences`` with each one longer than :data:`MAX_SENTENCE_CHARS` cut into pieces no longer than that.

    A piece ends after the last comma or semicolon in the second half of
    its reach, else at the last space there, else at the limit itself; the
    spaces between pieces belong to none. Each piece keeps the zone and
    paragraph of its sentence. The spans of the sentences cut are appended to
    ``cut`` when it is given.

    >>> text = "a, " * 1000
    >>> pieces = cut_long_sentences(text, [Sentence(0, 2999, Zone.BODY, 0)])
    >>> [(p.start, p.end) for p in pieces]
    [(0, 2000), (2001, 2999)]
    >>> text[1995:2000]
    'a, a,'
    """
    out: list[Sentence] = []
    for sentence in sentences:
        start, end = sentence.start, sentence.end
        if end - start <= MAX_SENTENCE_CHARS:
            out.append(sentence)
            continue
        if cut is not None:
            cut.append((start, end))
        while end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            half = start + MAX_SENTENCE_CHARS // 2
            stop = max(text.rfind(",", half, limit), text.rfind(";", half, limit)) + 1
            if stop <= 0:
                stop = text.rfind(" ", half, limit)
                if stop < 0:
                    stop = limit
            out.append(sentence._replace(start=start, end=stop))
            start = stop
            while start < end and text[start] in _SPACES:
                start += 1
        if start < end:
            out.append(sentence._replace(start=start, end=end))
    return out


_START: Final = operator.itemgetter(0)
