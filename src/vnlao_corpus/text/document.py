"""The internal document every extractor reads: normalised text, layout and sentences.

Extractors work on ``doc.text`` (normalised) with normalised offsets, and turn
them into the caller's offsets with :meth:`Document.span` / :meth:`Document.quote`
when they build a record. Nothing downstream of this module sees raw text.

>>> doc = read_document("Tiêu đề\\nSáng 27/8, hai bên hội đàm. Kết quả tốt.")
>>> doc.title
'Tiêu đề'
>>> [doc.text[s.start:s.end] for s in doc.sentences if s.zone is Zone.BODY]
['Sáng 27/8, hai bên hội đàm.', 'Kết quả tốt.']
"""

from __future__ import annotations

import datetime
import enum
import functools
from collections.abc import Callable, Iterable
from typing import Generic, NamedTuple, TypeVar

import attrs

from ..model import Diagnostic, Severity, Span
from .normalize import Normalized, normalize

__all__ = ["MAX_SENTENCE_CHARS", "Caption", "Document", "Hit", "Layout", "Options", "Sentence", "Zone", "read_document"]

M = TypeVar("M")


class Zone(enum.Enum):
    """Which part of the article a line or sentence belongs to.

    >>> Zone("caption") is Zone.CAPTION
    True
    """

    URL = "url"
    TITLE = "title"
    META = "meta"  # timestamp, byline, source prefix line
    BODY = "body"
    CAPTION = "caption"
    CHROME = "chrome"  # page furniture, dropped from paragraphs


@attrs.frozen
class Options:
    """What the caller told ``parse``/``find_*``: the reference year and date.

    >>> Options(year=2024).year
    2024
    """

    year: int | None = None
    reference: datetime.date | None = None


@attrs.frozen
class Hit(Generic[M]):
    """A public mention or record with the normalised span it was read from.

    Stages pass hits to later stages so that they can relate items by position
    (same sentence, before, after) without mapping offsets back and forth.

    >>> Hit(10, 14, "27/8").item
    '27/8'
    """

    start: int
    end: int
    item: M


#: The longest sentence the later stages see, in characters. Real news
#: sentences stay far below it (the longest in the news pool is about 300
#: characters, in the dev-set articles about 1,250). A longer run with no end
#: (a scrape that lost its full stops, a list that never ends) is cut into
#: pieces no longer than this by :func:`cut_long_sentences`, so that work done
#: per pair of things in a sentence (officials and cues, say) stays bounded and
#: parsing stays linear in the length of the text.
MAX_SENTENCE_CHARS = 2000


class Sentence(NamedTuple):
    """A sentence of the normalised text: ``[start, end)``, its zone and paragraph index.

    An immutable named tuple: an article has dozens, and a tuple is the
    cheapest record to build.

    >>> Sentence(0, 12, Zone.BODY, 0).paragraph
    0
    """

    start: int
    end: int
    zone: Zone
    paragraph: int | None = None


@attrs.frozen
class Caption:
    """A photo caption in normalised offsets, and its credit.

    >>> Caption(0, 30, "TTXVN").credit
    'TTXVN'
    """

    start: int
    end: int
    credit: str | None = None


@attrs.frozen
class Layout:
    """What the layout reader found, in normalised offsets.

    ``others`` holds every line (or part of a line) kept apart from the body,
    with its zone: the URL line, meta pieces (timestamps, bylines, source
    prefixes) and dropped chrome.

    >>> Layout(title="Tiêu đề", title_span=(0, 7)).paragraphs
    ()
    """

    url: str | None = None
    title: str = ""
    title_span: tuple[int, int] | None = None
    published: datetime.datetime | None = None
    published_span: tuple[int, int] | None = None
    byline: str | None = None
    source_name: str | None = None
    paragraphs: tuple[tuple[int, int], ...] = ()
    captions: tuple[Caption, ...] = ()
    # Every other line kept apart from the body: (start, end, zone).
    others: tuple[tuple[int, int, Zone], ...] = ()
    # Spans in normalised offsets; read_document maps them to the caller's.
    diagnostics: tuple[Diagnostic, ...] = ()


@attrs.define
class Document:
    """Normalised text, its layout and its sentences, with maps back to the caller's text.

    >>> doc = read_document("Tiêu\\u00a0đề\\nHai bên gặp nhau.")
    >>> doc.text[:7], doc.span(0, 7), doc.quote(0, 7)
    ('Tiêu đề', Span(start=0, end=7), 'Tiêu\\xa0đề')
    """

    norm: Normalized
    layout: Layout
    sentences: tuple[Sentence, ...]
    diagnostics: list[Diagnostic] = attrs.Factory(list)

    @property
    def text(self) -> str:
        """The normalised text extractors match against."""
        return self.norm.text

    @property
    def source(self) -> str:
        """The caller's text."""
        return self.norm.source

    @property
    def title(self) -> str:
        """The article title (normalised)."""
        return self.layout.title

    @property
    def published(self) -> datetime.datetime | None:
        """The publication timestamp, if the text carries one."""
        return self.layout.published

    def span(self, start: int, end: int) -> Span:
        """The caller span of the normalised span ``[start, end)``."""
        norm = self.norm
        if norm.entries is None:
            return _valid_span(start, end)
        s, e = norm.to_source_span(start, end)
        return _valid_span(s, e)

    def spans(self, pairs: Iterable[tuple[int, int]]) -> tuple[Span, ...]:
        """The caller spans of many normalised ``(start, end)`` pairs, in order.

        The same as :meth:`span` for each pair, in one call: an article maps its
        paragraphs and sentences (some fifty spans) this way.

        >>> doc = read_document("Ho\\u0300a bi\\u0300nh. Hai bên.")
        >>> doc.spans([(0, 3), (4, 9)])
        (Span(start=0, end=4), Span(start=5, end=11))
        """
        norm = self.norm
        if norm.entries is None:
            return tuple([_valid_span(s, e) for s, e in pairs])
        to_source_span = norm.to_source_span
        return tuple([_valid_span(*to_source_span(s, e)) for s, e in pairs])

    def quote(self, start: int, end: int) -> str:
        """The caller's text under the normalised span ``[start, end)``."""
        norm = self.norm
        if norm.entries is None:
            return norm.source[start:end]
        return norm.source_slice(start, end)

    def sentence_at(self, index: int) -> Sentence | None:
        """The sentence containing normalised offset ``index``."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if s.end <= index:
                lo = mid + 1
            elif s.start > index:
                hi = mid
            else:
                return s
        return None

    def sentences_in(self, *zones: Zone) -> list[Sentence]:
        """The sentences of the given zones, in text order."""
        return [s for s in self.sentences if s.zone in zones]


_new_object = object.__new__
_set_span_start = Span.__dict__["start"].__set__
_set_span_end = Span.__dict__["end"].__set__


def _valid_span(start: int, end: int) -> Span:
    """``Span(start, end)``, built at half the cost when it is valid (``0 <= start <= end``).

    ``Span()`` goes through the frozen class's checked setter and its validation
    hook; a document builds some sixty spans an article (paragraphs, sentences,
    records), so a valid one has its two slots set straight away: the same
    object, equal and hashed alike. An invalid one goes through ``Span()``,
    which raises the usual error.

    >>> _valid_span(3, 7) == Span(3, 7)
    True
    >>> _valid_span(7, 3)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: a span needs 0 <= start <= end, got start=7, end=3
    """
    if not 0 <= start <= end:
        return Span(start, end)
    span: Span = _new_object(Span)
    _set_span_start(span, start)
    _set_span_end(span, end)
    return span


@functools.cache
def _readers() -> tuple[Callable[[str], Layout], Callable[[str, Layout, list[tuple[int, int]] | None], list[Sentence]]]:
    """``read_layout`` and ``split_sentences``, imported on first use.

    Both modules import this one, so they cannot be imported at the top; an
    import statement in :func:`read_document` would cost two lookups a call.
    """
    from .layout import read_layout
    from .sentences import split_sentences

    return read_layout, split_sentences


def read_document(source: str) -> Document:
    """Normalise ``source``, read its layout and split it into sentences.

    Diagnostics of the layout reader are copied to ``doc.diagnostics`` with
    their spans mapped to the caller's offsets.

    >>> doc = read_document("Tiêu\\u00a0đề\\nTheo dõi Báo trên Google News")
    >>> d = doc.diagnostics[0]
    >>> d.code, doc.source[d.span.start : d.span.end]
    ('dropped-chrome', 'Theo dõi Báo trên Google News')
    """
    read_layout, split_sentences = _readers()
    norm = normalize(source)
    layout = read_layout(norm.text)
    cut: list[tuple[int, int]] = []
    sentences = split_sentences(norm.text, layout, cut)
    doc = Document(norm, layout, tuple(sentences))
    # The layout reader's diagnostics point into the normalised text: map them back.
    if not norm.changed:
        doc.diagnostics.extend(layout.diagnostics)
    else:
        doc.diagnostics.extend(
            attrs.evolve(d, span=doc.span(d.span.start, d.span.end)) if d.span is not None else d
            for d in layout.diagnostics
        )
    for start, end in cut:
        doc.diagnostics.append(
            Diagnostic(
                "long-sentence",
                f"a sentence of {end - start:,} characters with no end was read in pieces "
                f"of at most {MAX_SENTENCE_CHARS:,} characters (cut at commas or spaces)",
                doc.span(start, end),
                Severity.WARNING,
            )
        )
    return doc
