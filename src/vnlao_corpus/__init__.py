"""vnlao_corpus: Vietnamese news about Vietnam-Laos relations into typed, exact, verifiable records.

>>> from vnlao_corpus import parse
>>> article = parse("Tiêu đề\\nĐoạn văn.")
>>> article.title
'Tiêu đề'
"""

from __future__ import annotations

from .article import parse
from .corpus import Result, parse_many
from .errors import DecodeError, InputTooLargeError, InputTypeError, ParseError, VnlaoError
from .io import (
    MissingExtraError,
    SerializationError,
    article_id,
    from_dict,
    from_json,
    read_csv,
    read_jsonl,
    to_arrow,
    to_dataframe,
    to_dict,
    to_json,
    write_csv,
    write_jsonl,
    write_parquet,
    write_sqlite,
)
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
from .samples import Sample, iter_samples, load_samples
from .text.decode import MAX_INPUT_CHARS
from .values.amounts import find_amounts, format_amount, parse_amount
from .values.dates import find_dates, find_relative_dates, format_date, parse_date
from .values.numbers import NumberFormatError, parse_number
from .values.periods import find_periods, parse_period


def __getattr__(name: str) -> str:
    """Give ``__version__`` from the installed metadata, read on first use (importlib.metadata is slow to import).

    >>> import vnlao_corpus
    >>> isinstance(vnlao_corpus.__version__, str)
    True
    """
    if name == "__version__":
        from importlib import metadata

        try:
            return metadata.version("vnlao_corpus")
        except metadata.PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
            return "0.0.0"
    msg = f"module 'vnlao_corpus' has no attribute {name!r}"
    raise AttributeError(msg)


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
    "MissingExtraError",
    "NumberFormatError",
    "Official",
    "ParseError",
    "PartOfDay",
    "Period",
    "PeriodKind",
    "PeriodMention",
    "Qualifier",
    "Result",
    "Sample",
    "SerializationError",
    "Severity",
    "Span",
    "TradeFigure",
    "TradeMetric",
    "VnlaoError",
    "YearSource",
    "__version__",
    "article_id",
    "find_amounts",
    "find_dates",
    "find_periods",
    "find_relative_dates",
    "format_amount",
    "format_date",
    "from_dict",
    "from_json",
    "iter_samples",
    "load_samples",
    "parse",
    "parse_amount",
    "parse_date",
    "parse_many",
    "parse_number",
    "parse_period",
    "read_csv",
    "read_jsonl",
    "to_arrow",
    "to_dataframe",
    "to_dict",
    "to_json",
    "write_csv",
    "write_jsonl",
    "write_parquet",
    "write_sqlite",
]
