"""vnlao_corpus: Vietnamese news about Vietnam-Laos relations into typed, exact, verifiable records.

>>> from vnlao_corpus import parse
>>> article = parse("Tiêu đề\\nĐoạn văn.")
>>> article.title
'Tiêu đề'
"""

from __future__ import annotations

from importlib import metadata as _metadata

from .article import parse
from .errors import DecodeError, InputTooLargeError, InputTypeError, ParseError, VnlaoError
from .model import (
    Amount,
    AmountKind,
    AmountMention,
    Article,
    Caption,
    Change,
    DateMention,
    DateRole,
    DateValue,
    Diagnostic,
    FigureStatus,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
    PartOfDay,
    Period,
    PeriodKind,
    PeriodMention,
    Qualifier,
    Severity,
    Span,
    TradeFigure,
    TradeMetric,
    YearSource,
)
from .text.decode import MAX_INPUT_CHARS
from .values.amounts import find_amounts, parse_amount
from .values.dates import find_dates, parse_date
from .values.periods import find_periods

try:
    __version__ = _metadata.version("vnlao_corpus")
except _metadata.PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = [
    "MAX_INPUT_CHARS",
    "Amount",
    "AmountKind",
    "AmountMention",
    "Article",
    "Caption",
    "Change",
    "DateMention",
    "DateRole",
    "DateValue",
    "DecodeError",
    "Diagnostic",
    "FigureStatus",
    "InputTooLargeError",
    "InputTypeError",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Official",
    "ParseError",
    "PartOfDay",
    "Period",
    "PeriodKind",
    "PeriodMention",
    "Qualifier",
    "Severity",
    "Span",
    "TradeFigure",
    "TradeMetric",
    "VnlaoError",
    "YearSource",
    "__version__",
    "find_amounts",
    "find_dates",
    "find_periods",
    "parse",
    "parse_amount",
    "parse_date",
]
