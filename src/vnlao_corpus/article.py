"""``parse()``: raw text -> values -> entities -> events -> :class:`Article`.

>>> a = parse("Tiêu đề\\nHai bên hội đàm.")
>>> a.title, a.paragraphs
('Tiêu đề', ('Hai bên hội đàm.',))
"""

from __future__ import annotations

import datetime

from .entities.officials import extract_officials
from .events.meetings import extract_meetings
from .events.trade import extract_trade
from .model import Article, Caption, Diagnostic, Severity
from .text.decode import RawText, decode
from .text.document import Document, Options, Zone, read_document
from .values.amounts import scan_amounts
from .values.dates import scan_dates
from .values.periods import scan_periods

__all__ = ["parse"]


def parse(
    raw: RawText,
    *,
    year: int | None = None,
    url: str | None = None,
    reference: datetime.date | None = None,
) -> Article:
    """Read one raw article into an :class:`~vnlao_corpus.Article`.

    ``raw`` is the article as ``str`` or as bytes (UTF-8 with or without BOM,
    UTF-16 with BOM, or cp1258). ``year`` is the reference year for dates
    written without one; ``reference`` the day that relative dates
    (``hôm qua``) count from; ``url`` is used when the text does not start with
    one. Every span in the result points into ``Article.text``.

    Never raises on text content: what cannot be read becomes a diagnostic.
    Raises :class:`~vnlao_corpus.DecodeError` for undecodable bytes,
    :class:`~vnlao_corpus.InputTypeError` (a ``TypeError``) for anything that is
    not ``str`` or ``bytes``, and :class:`~vnlao_corpus.InputTooLargeError` past
    :data:`~vnlao_corpus.MAX_INPUT_CHARS`.

    >>> parse(b"Ti\\xc3\\xaau \\xc4\\x91\\xe1\\xbb\\x81").title
    'Tiêu đề'
    >>> parse(None)  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    vnlao_corpus.errors.InputTypeError: parse() needs str or bytes, got NoneType
    """
    text = decode(raw, what="parse()")
    doc = read_document(text)
    options = Options(year=year, reference=reference)
    return _build(doc, options, url)


def _build(doc: Document, options: Options, url: str | None) -> Article:
    dates = scan_dates(doc, options)
    periods = scan_periods(doc, options)
    amounts = scan_amounts(doc)
    officials = extract_officials(doc)
    meetings = extract_meetings(doc, officials, dates, periods)
    trade = extract_trade(doc, amounts, periods, dates)
    layout = doc.layout
    paragraph_spans = doc.spans(layout.paragraphs)
    text = doc.text
    captions = tuple([Caption(text[c.start : c.end], c.credit, doc.span(c.start, c.end)) for c in layout.captions])
    cited = (Zone.BODY, Zone.TITLE)
    sentences = doc.spans([(s.start, s.end) for s in doc.sentences if s.zone in cited])
    diagnostics = list(doc.diagnostics)
    if doc.norm.changed:
        diagnostics.append(
            Diagnostic(
                "normalized", "the text was normalised for matching; spans point into the original", None, Severity.INFO
            )
        )
    return Article(
        url=layout.url if layout.url is not None else url,
        title=layout.title,
        paragraphs=tuple([text[s:e] for s, e in layout.paragraphs]),
        officials=tuple(officials.officials),
        meetings=tuple(h.item for h in meetings),
        trade_figures=tuple(h.item for h in trade),
        diagnostics=tuple(diagnostics),
        dates=tuple(h.item for h in dates),
        periods=tuple(h.item for h in periods),
        amounts=tuple(h.item for h in amounts),
        published=layout.published,
        byline=layout.byline,
        source_name=layout.source_name,
        captions=captions,
        title_span=doc.span(*layout.title_span) if layout.title_span else None,
        paragraph_spans=paragraph_spans,
        sentences=sentences,
        text=doc.source,
    )
