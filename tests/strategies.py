"""Hypothesis strategies for every vnlao_corpus record.

Each strategy is an ``@st.composite`` function whose keyword options can be
pinned (``articles(officials=st.just(()))``) or left to vary. Text fields draw
from a Vietnamese-heavy alphabet plus any Unicode character (no surrogates,
which no UTF-8 file can hold), so serializers meet diacritics, quotes,
separators, line breaks and spreadsheet formula characters.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st

from vnlao_corpus.model import (
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

T = TypeVar("T")
Draw = Any  # hypothesis' DrawFn

# Letters of real Vietnamese text, the characters that CSV and spreadsheets
# treat specially, and line breaks of every kind.
_VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬĐÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
    "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
_SPECIAL = " ,;\"'=+-@\t\r\n\x85\u2028\u2029\x00/%.:()[]{}|\\"
texts = st.text(alphabet=st.sampled_from(_VIETNAMESE + _SPECIAL), max_size=30) | st.text(max_size=12)
short_texts = st.text(alphabet=st.sampled_from(_VIETNAMESE + _SPECIAL), max_size=12)
offsets = st.integers(min_value=0, max_value=1_000_000)
country_codes = st.sampled_from(["VN", "LA", "KH", "TH", "CN", "US"]) | st.text(max_size=3)
currencies = st.sampled_from(["USD", "VND", "LAK", "CNY", "THB", "EUR"])


def optional(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
    """``None`` or a value of ``strategy``."""
    return st.none() | strategy


def small_tuples(strategy: st.SearchStrategy[T], max_size: int = 3) -> st.SearchStrategy[tuple[T, ...]]:
    """Short tuples of ``strategy`` values."""
    return st.lists(strategy, max_size=max_size).map(tuple)


# Finite decimals of every shape: big integers (1.1E+9), small fractions,
# negatives, trailing zeros, negative zero.
decimals = st.decimals(allow_nan=False, allow_infinity=False) | st.builds(
    Decimal,
    st.sampled_from(["1.1E+9", "1100000000", "16.70", "-1.6", "-0", "0.000001", "1E+30", "123456789012345678901"]),
)
dates = st.dates()
times = st.times()
# Naive, UTC and fixed-offset datetimes (publication times carry +07:00).
datetimes = st.datetimes() | st.builds(
    lambda d, minutes: d.replace(tzinfo=datetime.timezone(datetime.timedelta(minutes=minutes))),
    st.datetimes(),
    st.integers(min_value=-23 * 60, max_value=23 * 60),
)

# Default option values of the strategies below (module level: one object each).
DIAGNOSTIC_CODES = st.sampled_from(["impossible-date", "dropped-chrome", "normalized"]) | short_texts
SEVERITIES = st.sampled_from(Severity)
DAYS = optional(st.integers(1, 31))
MONTHS = optional(st.integers(1, 12))
YEARS = optional(st.integers(1900, 2100))
PERIOD_KINDS = st.sampled_from(PeriodKind)
AMOUNT_KINDS = st.sampled_from(AmountKind)
NAMES = st.sampled_from(["Bùi Thanh Sơn", "Saleumxay Kommasith", "Tô Lâm"]) | texts
COUNTRIES = optional(country_codes)
MEETING_KINDS = st.sampled_from(MeetingKind)
OPTIONAL_DECIMALS = optional(decimals)
TRADE_METRICS = st.sampled_from(TradeMetric)


@st.composite
def spans(draw: Draw, *, start: st.SearchStrategy[int] = offsets, length: st.SearchStrategy[int] | None = None) -> Span:
    """A valid :class:`Span`."""
    first = draw(start)
    size = draw(length if length is not None else st.integers(min_value=0, max_value=500))
    return Span(first, first + size)


@st.composite
def diagnostics(
    draw: Draw,
    *,
    code: st.SearchStrategy[str] = DIAGNOSTIC_CODES,
    message: st.SearchStrategy[str] = texts,
    span: st.SearchStrategy[Span | None] | None = None,
    severity: st.SearchStrategy[Severity] = SEVERITIES,
) -> Diagnostic:
    """A :class:`Diagnostic`."""
    return Diagnostic(draw(code), draw(message), draw(span if span is not None else optional(spans())), draw(severity))


@st.composite
def date_values(
    draw: Draw,
    *,
    day: st.SearchStrategy[int | None] = DAYS,
    month: st.SearchStrategy[int | None] = MONTHS,
    year: st.SearchStrategy[int | None] = YEARS,
) -> DateValue:
    """A :class:`DateValue` (not always a real day: ``31/2`` can be read)."""
    return DateValue(
        day=draw(day),
        month=draw(month),
        year=draw(year),
        year_source=draw(st.sampled_from(YearSource)),
        part_of_day=draw(optional(st.sampled_from(PartOfDay))),
        time=draw(optional(times)),
        weekday=draw(optional(st.integers(0, 6))),
    )


@st.composite
def date_mentions(draw: Draw, *, value: st.SearchStrategy[DateValue] | None = None) -> DateMention:
    """A :class:`DateMention` with consistent offsets (``end - start == len(text)``)."""
    text = draw(short_texts)
    start = draw(offsets)
    return DateMention(
        text,
        start,
        start + len(text),
        draw(value if value is not None else date_values()),
        draw(st.sampled_from(DateRole)),
        draw(optional(date_values())),
    )


@st.composite
def periods(draw: Draw, *, kind: st.SearchStrategy[PeriodKind] = PERIOD_KINDS) -> Period:
    """A :class:`Period`, possibly open at either end."""
    return Period(draw(optional(dates)), draw(optional(dates)), draw(kind))


@st.composite
def period_mentions(draw: Draw, *, value: st.SearchStrategy[Period] | None = None) -> PeriodMention:
    """A :class:`PeriodMention`."""
    text = draw(short_texts)
    start = draw(offsets)
    return PeriodMention(text, start, start + len(text), draw(value if value is not None else periods()))


@st.composite
def amounts(
    draw: Draw,
    *,
    value: st.SearchStrategy[Decimal] = decimals,
    kind: st.SearchStrategy[AmountKind] = AMOUNT_KINDS,
) -> Amount:
    """An :class:`Amount`."""
    return Amount(
        draw(value),
        draw(optional(currencies)),
        draw(optional(st.sampled_from(["%", "dự án", "MW", "lần"]) | short_texts)),
        draw(kind),
        draw(optional(st.sampled_from(Qualifier))),
        draw(optional(st.sampled_from(["năm", "tháng"]))),
    )


@st.composite
def amount_mentions(draw: Draw, *, amount: st.SearchStrategy[Amount] | None = None) -> AmountMention:
    """An :class:`AmountMention`."""
    text = draw(short_texts)
    start = draw(offsets)
    return AmountMention(text, start, start + len(text), draw(amount if amount is not None else amounts()))


@st.composite
def officials(
    draw: Draw,
    *,
    name: st.SearchStrategy[str] = NAMES,
    country: st.SearchStrategy[str | None] = COUNTRIES,
) -> Official:
    """An :class:`Official`."""
    return Official(
        draw(name),
        draw(small_tuples(st.sampled_from(["Phó Thủ tướng", "Bộ trưởng Ngoại giao"]) | short_texts)),
        draw(country),
        draw(small_tuples(short_texts)),
        draw(small_tuples(spans())),
    )


@st.composite
def meetings(
    draw: Draw,
    *,
    kind: st.SearchStrategy[MeetingKind] = MEETING_KINDS,
    participants: st.SearchStrategy[tuple[Official, ...]] | None = None,
) -> Meeting:
    """A :class:`Meeting`; hosts and guests are drawn from its participants."""
    people = draw(participants if participants is not None else small_tuples(officials()))
    hosts = tuple(p for p in people if draw(st.booleans()))
    guests = tuple(p for p in people if p not in hosts and draw(st.booleans()))
    return Meeting(
        draw(kind),
        draw(optional(date_mentions())),
        draw(optional(texts)),
        people,
        online=draw(st.booleans()),
        hosts=hosts,
        guests=guests,
        occasion=draw(optional(texts)),
        status=draw(st.sampled_from(MeetingStatus)),
        evidence=draw(optional(spans())),
    )


@st.composite
def changes(draw: Draw, *, percent: st.SearchStrategy[Decimal | None] = OPTIONAL_DECIMALS) -> Change:
    """A :class:`Change`."""
    return Change(draw(percent), draw(optional(decimals)), draw(optional(periods())), draw(optional(short_texts)))


@st.composite
def trade_figures(
    draw: Draw,
    *,
    metric_kind: st.SearchStrategy[TradeMetric] = TRADE_METRICS,
    amount: st.SearchStrategy[Amount] | None = None,
) -> TradeFigure:
    """A :class:`TradeFigure`."""
    return TradeFigure(
        draw(st.sampled_from(["kim ngạch xuất nhập khẩu", "vốn đầu tư"]) | short_texts),
        draw(amount if amount is not None else amounts()),
        draw(optional(periods())),
        draw(optional(changes())),
        metric_kind=draw(metric_kind),
        status=draw(st.sampled_from(FigureStatus)),
        commodity=draw(optional(short_texts)),
        exporter=draw(optional(country_codes)),
        importer=draw(optional(country_codes)),
        partners=draw(small_tuples(country_codes)),
        amount_span=draw(optional(spans())),
        evidence=draw(optional(spans())),
    )


@st.composite
def captions(draw: Draw) -> Caption:
    """A :class:`Caption`."""
    return Caption(draw(texts), draw(optional(short_texts)), draw(spans()))


@st.composite
def articles(
    draw: Draw,
    *,
    text: st.SearchStrategy[str] = texts,
    officials: st.SearchStrategy[tuple[Official, ...]] | None = None,
    meetings: st.SearchStrategy[tuple[Meeting, ...]] | None = None,
    trade_figures: st.SearchStrategy[tuple[TradeFigure, ...]] | None = None,
) -> Article:
    """An :class:`Article`; meeting participants are drawn from its officials."""
    people = draw(officials if officials is not None else small_tuples(_officials()))
    people_pick = st.lists(st.sampled_from(people), max_size=3, unique_by=id).map(tuple) if people else st.just(())
    return Article(
        url=draw(optional(st.sampled_from(["https://baoquocte.vn/a-1.html"]) | short_texts)),
        title=draw(texts),
        paragraphs=draw(small_tuples(texts)),
        officials=people,
        meetings=draw(meetings if meetings is not None else small_tuples(_meetings(participants=people_pick), 2)),
        trade_figures=draw(trade_figures if trade_figures is not None else small_tuples(_trade_figures(), 2)),
        diagnostics=draw(small_tuples(diagnostics(), 2)),
        dates=draw(small_tuples(date_mentions(), 2)),
        periods=draw(small_tuples(period_mentions(), 2)),
        amounts=draw(small_tuples(amount_mentions(), 2)),
        published=draw(optional(datetimes)),
        byline=draw(optional(short_texts)),
        source_name=draw(optional(short_texts)),
        captions=draw(small_tuples(captions(), 2)),
        title_span=draw(optional(spans())),
        paragraph_spans=draw(small_tuples(spans())),
        sentences=draw(small_tuples(spans())),
        text=draw(text),
    )


# Aliases so that ``articles`` can take keyword options named like the fields.
_officials = officials
_meetings = meetings
_trade_figures = trade_figures

#: One strategy per record type, for tests that run over all of them.
RECORDS: dict[type[Any], st.SearchStrategy[Any]] = {
    Span: spans(),
    Diagnostic: diagnostics(),
    DateValue: date_values(),
    DateMention: date_mentions(),
    Period: periods(),
    PeriodMention: period_mentions(),
    Amount: amounts(),
    AmountMention: amount_mentions(),
    Official: officials(),
    Meeting: meetings(),
    Change: changes(),
    TradeFigure: trade_figures(),
    Caption: captions(),
    Article: articles(),
}
