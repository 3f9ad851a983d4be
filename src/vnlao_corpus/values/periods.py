"""Vietnamese periods: months, quarters, first-n-months, years, terms, open periods.

Forms read (FORMAT.md, seen in trade and politics news):

- a month: ``tháng 7/2024``, ``tháng 7 năm 2024``, ``tháng 7-2024``, ``tháng Bảy``, ``tháng 7``;
  months: ``tháng 7-8/2024``;
- a quarter: ``quý I/2024``, ``quý 1 năm 2024``, ``quý IV``;
- the first months of a year: ``6 tháng đầu năm`` (a half), ``7 tháng đầu năm 2024``,
  ``9 tháng năm 2022``, ``6 tháng cuối năm``; halves: ``nửa đầu năm 2024``, ``nửa cuối năm``;
- running totals: ``Lũy kế hết tháng 11/2023``, ``hết tháng 11`` (1 January to the
  end of that month); ``lũy kế 8 tháng``, ``tính chung 7 tháng``, ``8 tháng qua``
  (1 January to the end of month 8; ``12 tháng qua`` counted from a reference
  day in September is the twelve months before it); ``Tính đến tháng 4/2025`` (open start);
- a year: ``năm 2024``, ``cả năm 2023``, ``năm nay``, ``năm ngoái``, ``năm tài khóa 2024``;
  years: ``giai đoạn 2016 - 2020``, ``nhiệm kỳ 2021-2026``, ``năm 2022-2023``,
  ``năm tài khóa 2024-2025``, ``niên khóa``/``năm học 2023-2024`` (terms);
- open: ``Từ tháng 1/2023``, ``từ năm 2012 đến nay``, ``từ đầu năm (đến nay)``
  (1 January of the reference year to the reference day), ``đến nay``;
- day ranges read by the date scanner: ``từ ngày 8 đến 10/1``, ``15-17.5.2022``;
- ``cùng kỳ năm 2023``, ``cùng kỳ năm ngoái``: the period it is compared with
  (the nearest earlier period in the same sentence, else the last period of
  the sentence just before it in the same paragraph) moved to that year.

A year left out is inferred as for dates (see
:func:`vnlao_corpus.values.dates.scan_dates`), else it is the reference
year; relative years count from the reference day (``Options.reference``,
else the publication day).

>>> [(m.text, m.value.start, m.value.end, m.value.kind.value) for m in find_periods("7 tháng đầu năm 2024")]
[('7 tháng đầu năm 2024', datetime.date(2024, 1, 1), datetime.date(2024, 7, 31), 'year_to_month')]
>>> parse_period("quý I/2024")
Period(start=datetime.date(2024, 1, 1), end=datetime.date(2024, 3, 31), kind=<PeriodKind.QUARTER: 'quarter'>)
"""

from __future__ import annotations

import calendar as _calendar
import datetime
import functools
import re
from collections.abc import Iterator
from typing import Final, NamedTuple

from ..errors import ParseError
from ..model import Diagnostic, Period, PeriodKind, PeriodMention, Severity
from ..text.decode import RawText
from ..text.document import Document, Hit, Options
from ..text.normalize import lowercase
from .calendar import alternation, lazy_pattern, month_name_words, quarter_numerals
from .dates import (
    PERIOD_ANCHOR_VOWELS,
    PERIOD_ANCHOR_WORDS,
    YearContext,
    day_ranges,
    document_marks,
    source_spans,
)

__all__ = ["find_periods", "parse_period", "scan_periods"]

_Y: Final = r"(?:19|20)\d\d"
# A year after a month or quarter: ``/2024``, ``-2024``, ``.2024``, `` năm 2024``,
# or a relative year (``năm nay``, ``năm ngoái``).
_YEAR_TAIL: Final = (
    rf"(?:\s*[/.\-]\s*(?P<{{g}}>{_Y})(?!\d)"
    rf"|\s+năm\s+(?:(?P<{{g}}_w>{_Y})(?!\d)|(?P<{{g}}_r>nay|ngoái|trước|qua|tới|sau)(?!\w)))"
)


def _tail(group: str) -> str:
    return _YEAR_TAIL.format(g=group)


@functools.cache
def _pattern() -> re.Pattern[str]:
    """The period pattern, compiled once on first use; the group ``period`` is the whole period."""
    return re.compile(rf"(?P<period>{_source()})", re.VERBOSE | re.IGNORECASE)


@functools.cache
def _windowed() -> re.Pattern[str]:
    """The period pattern after up to ``_BEFORE + 1`` characters of anything, for :func:`_matches`."""
    return re.compile(rf"[\s\S]{{0,{_BEFORE + 1}}}?(?P<period>{_source()})", re.VERBOSE | re.IGNORECASE)


@functools.cache
def _source() -> str:
    """The source of the period pattern (it needs the month words)."""
    words: list[str] = []
    for word in month_name_words():
        words.extend({word.capitalize(), word.title(), word.upper()})
    month = rf"(?:(?P<{{g}}>1[0-2]|0?[1-9])(?![\d]|[/.\-]\d\d?(?![\d]))|(?-i:(?P<{{g}}_w>{alternation(words)}))(?!\w))"

    def mon(group: str) -> str:
        return month.format(g=group)

    return rf"""
        # A cheap guard on the first three characters (cùn, cả_, cho, cộn, lũy, tín,
        # từ_, thá, thờ, tài, toà, tới, đến, hết, quý, nửa, nhi, niê, năm, gia, suố,
        # a digit, a digit or space, then a space or t): most word starts fail it,
        # not the branches below (the third set alone turns away thu-, nhấ-, giá-, quố-).
        (?=[cClLđĐhHtTqQnNgGsS1-9][ùảhộũíừàoớếuửiă0-9\s][naytiýáờêmốào\s])(?<!\w)
        (?:
            # cùng kỳ (năm 2023 | năm ngoái)
            (?P<same>cùng\s+kỳ)(?:\s+năm\s+(?:(?P<same_y>{_Y})(?!\d)|(?P<same_r>ngoái|trước|qua)(?!\w)))?
        |
            # 7 tháng đầu năm 2024, 6 tháng cuối năm, 9 tháng năm 2022; nửa đầu năm 2024
            (?:(?P<n>1[0-2]|[1-9])\s+tháng|(?P<half>nửa))\s+(?:(?P<which>đầu|cuối)\s+)?năm
            (?:\s+(?:(?P<n_y>{_Y})(?!\d)|(?P<n_r>nay|ngoái|trước|qua)(?!\w)))?
        |
            # lũy kế 8 tháng, tính chung 7 tháng, (trong) 8 tháng qua: months since 1 January
            (?:(?P<sum>lũy\s+kế|tính\s+chung|cộng\s+dồn)\s+)?(?P<sum_n>1[0-2]|[1-9])\s+tháng
            (?:(?P<past>\s+qua)|(?(sum)|(?!)))(?!\w)(?!\s+(?:đầu\s+|cuối\s+)?năm(?!\w))
        |
            # lũy kế hết tháng 11/2023, tính đến (hết) tháng 4/2025
            (?P<cum>(?:lũy\s+kế\s+)?(?:đến\s+)?hết|(?:lũy\s+kế\s+|tính\s+)?(?:đến|tới)(?:\s+hết)?)
            \s+tháng\s+{mon("cum_m")}{_tail("cum_y")}?
        |
            # từ tháng 1/2023 (đến tháng 7/2024 | đến nay), từ năm 2012 đến nay
            từ\s+(?:tháng\s+{mon("from_m")}{_tail("from_y")}?|năm\s+(?P<from_year>{_Y})(?!\d)
                |(?P<from_start>đầu\s+năm)(?:\s+(?:(?P<from_sy>{_Y})(?!\d)|nay(?!\w)))?)
            (?:\s+(?:đến|tới)\s+(?:(?P<to_now>nay|hiện\s+nay|bây\s+giờ)(?!\w)
                |(?:hết\s+)?tháng\s+{mon("to_m")}{_tail("to_y")}?|năm\s+(?P<to_year>{_Y})(?!\d)))?
        |
            # quý I/2024, quý 1 năm 2024
            quý\s+(?P<q>iv|iii|ii|i|[1-4])(?!\w){_tail("q_y")}?
        |
            # tháng 7-8/2024
            tháng\s+(?P<mm1>1[0-2]|0?[1-9])\s*[\-–]\s*(?P<mm2>1[0-2]|0?[1-9])
            (?:\s*[/.\-]\s*(?P<mm_y>{_Y})(?!\d))?(?![\d]|[/.\-]\d)
        |
            # tháng 7/2024, tháng 7 năm 2024, tháng Bảy
            (?<!\d[ ])tháng\s+{mon("m")}{_tail("m_y")}?
        |
            # nhiệm kỳ 2021-2026, giai đoạn 2016 - 2020, năm 2022-2023
            (?P<span>nhiệm\s+kỳ|giai\s+đoạn|thời\s+kỳ|niên\s+khóa|(?:năm\s+)?tài\s+khóa|năm\s+học|năm)
            \s+(?:từ\s+)?(?:năm\s+)?
            (?P<y1>{_Y})\s*(?:[\-–—]|đến|tới)\s*(?:năm\s+)?(?P<y2>{_Y})(?!\d)
        |
            # (cả) năm 2024, năm nay, năm ngoái
            (?<!\d[ ])(?:(?P<whole>cả|suốt|toàn)\s+)?năm\s+(?:tài\s+khóa\s+)?
            (?:(?P<year>{_Y})(?![\d]|[/\-]\w)|(?P<rel>nay|ngoái)(?!\w))
        |
            # (cho) đến nay
            (?:cho\s+)?(?:đến|tới)\s+(?P<now>nay|hiện\s+nay)(?!\w)
        )
        """


_RELATIVE_YEARS: Final = {"nay": 0, "ngoái": -1, "trước": -1, "qua": -1, "tới": 1, "sau": 1}


_DAYS_IN_MONTH: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_end(year: int, month: int) -> datetime.date:
    # (A table and isleap: calendar.monthrange also works out the weekday of the 1st.)
    if month == 2 and _calendar.isleap(year):
        return datetime.date(year, 2, 29)
    if not 1 <= month <= 12:
        return datetime.date(year, month, _calendar.monthrange(year, month)[1])  # raises, as before
    return datetime.date(year, month, _DAYS_IN_MONTH[month])


def _shift_year(day: datetime.date | None, years: int) -> datetime.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class _Reader(NamedTuple):
    """Turns one match into a :class:`Period`, inferring years from ``ctx``.

    ``at`` is where the period starts (``None``: it has no sentence); the
    year written in its sentence is looked up only when a year is inferred
    by that rule (most periods write their year).
    """

    ctx: YearContext
    at: int | None

    def year(self, m: re.Match[str], group: str, month: int = 1) -> int | None:
        # (``m.groupdict().get(name)`` without building a dict of every group.)
        names = m.re.groupindex
        written = m.group(group) or (m.group(f"{group}_w") if f"{group}_w" in names else None)
        if written:
            return int(written)
        rel = m.group(f"{group}_r") if f"{group}_r" in names else None
        if rel:
            return self.relative(rel)
        return self.infer(month)

    def infer(self, month: int) -> int | None:
        """The year of a period starting in ``month`` written without one: as for dates, else the reference year."""
        ctx = self.ctx
        near = None
        if self.at is not None and ctx.caller is None and ctx.published is None:  # else year_for does not ask
            near = ctx.sentence_year(self.at)
        year = ctx.year_for(None, month, near)[0]
        if year is None and self.ctx.reference is not None:
            return self.ctx.reference.year
        return year

    def relative(self, word: str) -> int | None:
        offset = _RELATIVE_YEARS[lowercase(word)]
        if self.ctx.reference is not None:
            return self.ctx.reference.year + offset
        if self.ctx.caller is not None:
            return self.ctx.caller + offset
        return None

    def month(self, m: re.Match[str], group: str) -> int:
        digits = m.group(group)
        if digits:
            return int(digits)
        return month_name_words()[lowercase(m.group(f"{group}_w"))]

    def read(self, m: re.Match[str]) -> Period | None:
        # The groups that say which branch matched, fetched in one call (a call per group cost more).
        (n, half, sum_n, cum, from_m, from_m_w, from_year, from_start,
         q, mm1, month_digits, month_word, span, year_digits, rel, now) = m.group(
            "n", "half", "sum_n", "cum", "from_m", "from_m_w", "from_year", "from_start",
            "q", "mm1", "m", "m_w", "span", "year", "rel", "now",
        )  # fmt: skip
        if n or half:
            return self._first_months(m)
        if sum_n:
            return self._months_so_far(int(sum_n), past=m.group("past") is not None)
        if cum:
            month = self.month(m, "cum_m")
            year = self.year(m, "cum_y", month)
            if year is None:
                return None
            if lowercase(cum).startswith(("lũy", "hết", "đến hết")):
                return Period(datetime.date(year, 1, 1), _month_end(year, month), PeriodKind.YEAR_TO_MONTH)
            return Period(None, _month_end(year, month), PeriodKind.OPEN)
        if from_m or from_m_w or from_year or from_start:
            return self._from(m)
        if q:
            quarter = quarter_numerals()[lowercase(q)]
            year = self.year(m, "q_y", quarter * 3 - 2)
            if year is None:
                return None
            return Period(datetime.date(year, quarter * 3 - 2, 1), _month_end(year, quarter * 3), PeriodKind.QUARTER)
        if mm1:
            first, last = int(mm1), int(m.group("mm2"))
            year = int(m.group("mm_y")) if m.group("mm_y") else self.infer(first)
            if year is None or first >= last:
                return None
            return Period(datetime.date(year, first, 1), _month_end(year, last), PeriodKind.MONTH)
        if month_digits or month_word:
            month = self.month(m, "m")
            year = self.year(m, "m_y", month)
            if year is None:
                return None
            return Period(datetime.date(year, month, 1), _month_end(year, month), PeriodKind.MONTH)
        if span:
            first, last = int(m.group("y1")), int(m.group("y2"))
            if first >= last:
                return None
            term = lowercase(span).startswith(("nhiệm", "niên", "năm học"))
            kind = PeriodKind.TERM if term else PeriodKind.YEARS
            return Period(datetime.date(first, 1, 1), datetime.date(last, 12, 31), kind)
        if year_digits or rel:
            year = int(year_digits) if year_digits else self.relative(rel)
            if year is None:
                return None
            return Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31), PeriodKind.YEAR)
        if now:
            return Period(None, self.ctx.reference, PeriodKind.OPEN)
        return None

    def _first_months(self, m: re.Match[str]) -> Period | None:
        n = int(m.group("n")) if m.group("n") else 6
        if m.group("n_y"):
            year: int | None = int(m.group("n_y"))
        elif m.group("n_r"):
            year = self.relative(m.group("n_r"))
        else:
            year = self.infer(1)
        if year is None:
            return None
        if lowercase(m.group("which") or "") == "cuối":
            kind = PeriodKind.HALF if n == 6 else PeriodKind.MONTH
            return Period(datetime.date(year, 13 - n, 1), datetime.date(year, 12, 31), kind)
        kind = PeriodKind.HALF if n == 6 else PeriodKind.YEAR if n == 12 else PeriodKind.YEAR_TO_MONTH
        return Period(datetime.date(year, 1, 1), _month_end(year, n), kind)

    def _months_so_far(self, n: int, *, past: bool) -> Period | None:
        """``lũy kế 8 tháng``, ``8 tháng qua``: 1 January to the end of month ``n`` of the year meant.

        ``n tháng qua`` counted from a reference day whose last ended month is
        not ``n`` (``12 tháng qua`` in September) is the last ``n`` whole months instead.
        """
        ref = self.ctx.reference
        if past and ref is not None:
            last = ref.replace(day=1) - datetime.timedelta(days=1)  # the last month ended
            if n not in (last.month, ref.month) or (n == ref.month and last.year != ref.year):
                first = (last.year * 12 + last.month - n) // 12, (last.month - n) % 12 + 1
                return Period(datetime.date(first[0], first[1], 1), last, PeriodKind.MONTH)
            year: int | None = last.year if n == last.month else ref.year
        else:
            year = self.infer(n)
        if year is None:
            return None
        kind = PeriodKind.HALF if n == 6 else PeriodKind.YEAR if n == 12 else PeriodKind.YEAR_TO_MONTH
        return Period(datetime.date(year, 1, 1), _month_end(year, n), kind)

    def _from(self, m: re.Match[str]) -> Period | None:
        if m.group("from_year"):
            start: datetime.date | None = datetime.date(int(m.group("from_year")), 1, 1)
        elif m.group("from_start"):
            if m.group("from_sy"):
                year: int | None = int(m.group("from_sy"))
            elif self.ctx.reference is not None:
                year = self.ctx.reference.year
            else:
                year = self.infer(1)
            start = datetime.date(year, 1, 1) if year is not None else None
        else:
            month = self.month(m, "from_m")
            to_written = m.group("to_y") or m.group("to_y_w")
            written = m.group("from_y") or m.group("from_y_w") or m.group("from_y_r")
            # ``từ tháng 1 đến tháng 5/2023``: the year written at the end is the start's too.
            year = int(to_written) if to_written and not written else self.year(m, "from_y", month)
            start = datetime.date(year, month, 1) if year is not None else None
        end: datetime.date | None = None
        kind = PeriodKind.OPEN
        if m.group("to_now"):
            end = self.ctx.reference
        elif m.group("to_year"):
            end = datetime.date(int(m.group("to_year")), 12, 31)
            kind = PeriodKind.YEARS
        elif m.group("to_m") or m.group("to_m_w"):
            month = self.month(m, "to_m")
            year = self.year(m, "to_y", month)
            if year is None and start is not None:
                year = start.year
            if year is not None:
                end = _month_end(year, month)
                kind = (
                    PeriodKind.YEAR_TO_MONTH
                    if start is not None and (start.month, start.day) == (1, 1)
                    else PeriodKind.MONTH
                )
        if start is None and end is None:
            return None
        return Period(start, end, kind)


def _same_period(m: re.Match[str], before: Period | None, reader: _Reader) -> Period | None:
    """``cùng kỳ``: the period compared with, moved to the year named (or one year back)."""
    target: int | None = None
    if m.group("same_y"):
        target = int(m.group("same_y"))
    elif m.group("same_r") and before is None:
        # ``năm ngoái`` counts from the period compared with when there is one.
        target = reader.relative(m.group("same_r"))
    if before is not None and before.start is not None:
        years = (target - before.start.year) if target is not None else -1
        return Period(
            _shift_year(before.start, years), _shift_year(before.end, years), PeriodKind.SAME_PERIOD_LAST_YEAR
        )
    if before is not None and before.end is not None:
        years = (target - before.end.year) if target is not None else -1
        return Period(None, _shift_year(before.end, years), PeriodKind.SAME_PERIOD_LAST_YEAR)
    if target is None:
        return None
    return Period(datetime.date(target, 1, 1), datetime.date(target, 12, 31), PeriodKind.SAME_PERIOD_LAST_YEAR)


# Every period names one of these words (tháng, quý, năm, kỳ, nay, đoạn,
# khóa); finding them first is several times faster than trying the whole
# pattern at every word. The pattern opens with a plain set of the words'
# rarer vowels, so that the regex engine skips to candidates in C, and the
# letters before the vowel are checked behind it (measured on the pool).
_ANCHOR: Final = lazy_pattern(
    f"[{PERIOD_ANCHOR_VOWELS}](?:{PERIOD_ANCHOR_WORDS})",
    re.VERBOSE,
)
# How far before its anchor word a period may start (``lũy kế đến hết tháng``)
# and after it may end (``tháng 1/2023 đến tháng 12/2023``).
_BEFORE, _AFTER = 32, 64


def _matches(text: str, anchors: list[tuple[int, int]] | None = None) -> Iterator[re.Match[str]]:
    """The period matches of ``text`` (group ``period``), left to right, not overlapping.

    Every period starts at most ``_BEFORE`` characters before an anchor word
    it contains, so the pattern is tried only there: one match call per
    anchor, which skips up to ``_BEFORE`` characters to the period's start
    (and sees up to ``_AFTER`` characters after the anchor). Linear in the
    text whatever it holds.
    """
    pattern = _windowed()
    cursor = 0  # matches may not start before this (end of the last match, or past the last anchor tried)
    if anchors is None:
        anchors = [a.span() for a in _ANCHOR.finditer(text)]
    for vowel, after in anchors:
        at = vowel - 1  # the anchor word starts one or two characters before its vowel
        if after <= cursor:
            continue
        m = pattern.match(text, max(cursor, at - 1 - _BEFORE), min(len(text), after + _AFTER))
        if m is not None and m.start("period") <= at:
            yield m
            cursor = m.end()
        else:
            cursor = at + 1


def _previous(ctx: YearContext, text: str, here: int, last: tuple[int, Period] | None) -> Period | None:
    """The period of the sentence just before sentence ``here``, when it is in the same paragraph."""
    if last is None or last[0] != here - 1 or here < 1:
        return None
    gap = text[ctx.segments[here - 1][1] : ctx.segments[here][0]]
    return last[1] if "\n" not in gap else None


def _scan(doc: Document, options: Options) -> list[Hit[PeriodMention]]:
    ctx = YearContext.of(doc, options)
    text = doc.text
    hits: list[Hit[PeriodMention]] = []
    before: Period | None = None
    segment = -2
    # (segment, period): the last period of the last sentence that named one.
    previous: tuple[int, Period] | None = None
    # A mention's offsets and text from one mapping (see dates.source_spans).
    source = doc.source
    to_source = source_spans(doc)
    # ``cùng kỳ`` looks back within its sentence, else to the sentence just
    # before it in the same paragraph (``Con số này tăng 10% so với cùng kỳ.``).
    for m in _matches(text, document_marks(doc).anchors):
        start, end = m.start("period"), m.end()
        here = ctx.segment_of(start)
        if here != segment:
            if before is not None:
                previous = (segment, before)
            segment, before = here, None
        reader = _Reader(ctx, start)
        if m.group("same"):
            compared = before if before is not None else _previous(ctx, text, here, previous)
            period = _same_period(m, compared, reader)
        else:
            period = reader.read(m)
        if period is None:
            continue
        if period.kind is not PeriodKind.SAME_PERIOD_LAST_YEAR:
            before = period
        s, e = to_source(start, end) if to_source is not None else (start, end)
        hits.append(Hit(start, end, PeriodMention(source[s:e], s, e, period)))
    # Day ranges read by the date scanner (từ ngày 8 đến 10/1) are periods too.
    for start, end, first, last in day_ranges(doc, options):
        first_day, last_day = first.to_date(), last.to_date()
        if first_day is None or last_day is None:
            continue
        s, e = to_source(start, end) if to_source is not None else (start, end)
        period = Period(first_day, last_day, PeriodKind.DAY_RANGE)
        hits.append(Hit(start, end, PeriodMention(source[s:e], s, e, period)))
    hits.sort(key=lambda h: h.start)
    return hits


def scan_periods(doc: Document, options: Options) -> list[Hit[PeriodMention]]:
    """Every period mention in ``doc``, in text order (stage of ``parse``).

    >>> from vnlao_corpus.text.document import read_document
    >>> doc = read_document("Tiêu đề\\nTháng 7/2024 đạt 1 tỷ USD, tăng 5% so với cùng kỳ năm 2023.")
    >>> [(h.item.text, str(h.item.value.start), h.item.value.kind.value) for h in scan_periods(doc, Options())]
    [('Tháng 7/2024', '2024-07-01', 'month'), ('cùng kỳ năm 2023', '2023-07-01', 'same_period_last_year')]
    """
    try:
        return _scan(doc, options)
    except Exception as exc:  # pragma: no cover - a scanner never raises on text
        doc.diagnostics.append(
            Diagnostic("period-scan-failed", f"the period scanner failed: {exc!r}", None, Severity.ERROR)
        )
        return []


def find_periods(
    text: RawText, *, year: int | None = None, reference: datetime.date | None = None
) -> list[PeriodMention]:
    """Scan running text for period mentions, in text order; offsets are into ``text``.

    >>> [(m.text, m.value.start, m.value.end) for m in find_periods("6 tháng đầu năm", year=2024)]
    [('6 tháng đầu năm', datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))]
    >>> [m.value.kind.value for m in find_periods("nhiệm kỳ 2021-2026; từ tháng 1/2023 đến nay")]
    ['term', 'open']
    """
    from ..text.decode import decode
    from ..text.document import read_document

    doc = read_document(decode(text, what="find_periods()"))
    return [h.item for h in scan_periods(doc, Options(year=year, reference=reference))]


def parse_period(text: RawText, *, year: int | None = None) -> Period:
    """Parse one whole period expression into a :class:`~vnlao_corpus.Period`, or raise ``ParseError``.

    ``year`` stands for a year left out (``6 tháng đầu năm``) and for ``năm nay``.
    Bytes are decoded as :func:`~vnlao_corpus.parse` decodes them; any other kind
    of object raises :class:`~vnlao_corpus.InputTypeError`.

    >>> parse_period("6 tháng đầu năm", year=2024).end
    datetime.date(2024, 6, 30)
    >>> parse_period("tháng 13/2024")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    vnlao_corpus.errors.ParseError: 'tháng 13/2024' is not a period (forms: tháng 7/2024, quý I/2024, ...)
    """
    from ..text.decode import decode

    return _parse_period(decode(text, what="parse_period()"), year)


def _parse_period(text: str, year: int | None) -> Period:
    from ..text.normalize import normalize

    norm = normalize(text).text.strip()
    m = _pattern().fullmatch(norm)
    period = None
    if m is not None:
        ctx = YearContext(caller=year)
        reader = _Reader(ctx, None)
        period = _same_period(m, None, reader) if m.group("same") else reader.read(m)
    if period is None:
        if m is not None:
            msg = f"{text!r} is a period whose year is not written; pass year="
        else:
            msg = (
                f"{text!r} is not a period (forms: tháng 7/2024, quý I/2024, 6 tháng đầu năm,"
                " năm 2024, giai đoạn 2016 - 2020)"
            )
        raise ParseError(msg)
    return period
