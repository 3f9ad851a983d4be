"""Vietnamese dates: the strict :func:`parse_date`, the :func:`find_dates` scanner, :func:`format_date`.

Forms read (all seen in Vietnamese news, listed in FORMAT.md):

- day and month separated by ``/``, ``-`` or ``.`` (``27/8``, ``27-8``,
  ``16.5``, zero-padded ``06/12``), with a two- or four-digit year
  (``6/1/2024``, ``18-05-2022``, ``27/8/24``) or ISO ``2023-02-11``;
- words: ``ngày 6 tháng 1``, ``mồng 3 tháng 3``, ``20 tháng 12``,
  ``ngày 14 tháng 10 năm 2022``, ``6 tháng Một``, babel's ``27 thg 8, 2024``;
- what stands before a date is read into the value: a part of the day
  (``Sáng``, ``Chiều tối``), a clock time (``9h30``, ``13 giờ 35``, ``10:15``),
  a weekday (``Thứ ba``, ``Chủ nhật``, ``thứ 6``); a clock time after a dated
  timestamp (``27/08/2024 15:42``) too;
- ranges (``từ ngày 8 đến 10/1``, ``6-7/1``, ``2 – 3/12``, ``31/8 - 1/9``,
  ``30/10-2/11/2022``, ``15-17.5.2022``; ``ngày 1-2/12`` is 1–2 December) give
  two mentions, one per end, linked by ``role`` and ``other``; lists
  (``ngày 11 và 12.6``, ``đêm 30 rạng sáng 31/8``) give two single dates.

A day-month written with ``-`` or ``.`` and no year needs a cue before it (a
part of the day, a weekday, ``ngày``, ``hôm``, ``từ``, ``Quốc khánh`` ...),
because ``1.5`` and ``6-7`` are more often numbers. Numbers, percentages,
document numbers (``12/2013/CT-UBND``), ratios (``1/3 dân số``, ``3/5 chỉ
tiêu``), lottery and round names (``Mega 6/45``, ``vòng 1/8``), class and
alley numbers (``lớp 10/2``, ``ngõ 5/2``), set scores after a match score
(``3-1 (11/7, 11/5, 9/11)``) and ``24/7`` (at all times) are not dates. A day that its month
does not have (``31/2``, ``32/1``) is not a date either: it becomes an
``impossible-date`` diagnostic.

Years left out are inferred; see :func:`scan_dates` for the rule order.

>>> [(m.text, m.day, m.month, m.year) for m in find_dates("Sáng ngày 27/8/2024, hai bên hội đàm.")]
[('27/8/2024', 27, 8, 2024)]
>>> parse_date("ngày 6 tháng 1 năm 2024").to_date()
datetime.date(2024, 1, 6)
"""

from __future__ import annotations

import bisect
import calendar as _calendar
import datetime
import functools
import math
import re
import sys
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import Final, NamedTuple, TypeVar

import attrs

from ..errors import ParseError
from ..model import DateMention, DateRole, DateValue, Diagnostic, PartOfDay, Severity, YearSource
from ..text.decode import RawText
from ..text.document import Document, Hit, Options
from ..text.normalize import lowercase
from .calendar import alternation, day_period_words, lazy_pattern, month_name_words, weekday_words

__all__ = [
    "YearContext",
    "day_ranges",
    "document_marks",
    "find_dates",
    "find_relative_dates",
    "format_date",
    "marks",
    "parse_date",
    "published_date",
    "scan_dates",
    "scan_relative_dates",
    "source_spans",
    "written_years",
]

_MONTH_NAMES: Final = (
    "", "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# A date whose year was inferred and that lands more than this many days after
# the publication day belongs to the year before (an article of 3 January
# reporting ``ngày 28/12``). Events announced for the coming weeks stay.
_FUTURE_SLACK_DAYS: Final = 92


# --------------------------------------------------------------------------- years


# A written year is found in two steps. A year in digits first (years are
# rare, so this pass is fast) ...
# (The lookbehind comes after the first two digits, so that the pattern opens
# with plain characters and the regex engine skips to candidates in C.)
_YEAR_DIGITS: Final = lazy_pattern(r"(?:19|20)(?<!\d..)\d\d(?![\d]|[/\-][^\W\d_])")
# ... then it counts only if ``năm``, a day-month, a month or a quarter stands
# before it (``năm 2024``, ``6/1/2024``, ``tháng 7/2024``, ``quý I/2024``), and
# not as a target a plan looks forward to (``đến năm 2030``, ``tầm nhìn năm 2045``).
_YEAR_LEAD: Final = lazy_pattern(
    r"""(?<!\w)(?P<target>(?:đến|tới|tầm\s+nhìn)\s+)?
    (?:năm\s+|\d{1,2}[/.\-]\d{1,2}[/.\-]|(?:tháng|quý)\s+\w{1,4}\s*[/.\-]\s*)\Z""",
    re.VERBOSE | re.IGNORECASE,
)


# A year written alone, ending a phrase: not a count (``2000 người``) nor part of a number.
_BARE_BEFORE: Final = lazy_pattern(r"[\w.,/\-]")
_BARE_AFTER: Final = lazy_pattern(r"[,.;:!?)\]\"”]|[^\S\n]*(?:\n|\Z)")


def _bare_years(text: str, digits: list[int]) -> list[int]:
    """Years standing alone at the end of a phrase (``Chủ tịch ASEAN 2024,``), among the year ``digits`` (starts)."""
    return [
        int(text[p : p + 4])
        for p in digits
        if not (p and _BARE_BEFORE.match(text, p - 1)) and _BARE_AFTER.match(text, p + 4)
    ]


def written_years(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The years written in ``text[start:end]`` as ``(offset, year)``, forward-looking targets left out.

    >>> written_years("Năm 2023 đạt 1 tỷ; ngày 6/1/2024 ký; Tầm nhìn đến năm 2045.")
    [(4, 2023), (28, 2024)]
    >>> written_years("Quý I/2024 và tháng 7/2025 đạt.")
    [(6, 2024), (22, 2025)]
    """
    stop = len(text) if end is None else end
    return _written(text, [m.start() for m in _YEAR_DIGITS.finditer(text, start, stop)])


def _written(text: str, digits: Iterable[int]) -> list[tuple[int, int]]:
    """The year ``digits`` (starts) of ``text`` that a lead word makes a written year, as ``(offset, year)``."""
    out: list[tuple[int, int]] = []
    for p in digits:
        lead = _YEAR_LEAD.search(text, max(0, p - 24), p)
        if lead is not None and lead.group("target") is None:
            out.append((p, int(text[p : p + 4])))
    return out


@attrs.frozen
class YearContext:
    """What an article says about the year of a date written without one.

    ``caller`` is the year the caller gave, ``published`` the publication day,
    ``article`` the article's own year (its most often written year, the
    latest on a tie), ``reference`` the day relative words count from.

    >>> ctx = YearContext(caller=None, published=datetime.date(2024, 1, 3), article=2023)
    >>> ctx.year_for(28, 12, None)
    (2023, <YearSource.PUBLISHED: 'published'>)
    >>> ctx.year_for(2, 1, None)
    (2024, <YearSource.PUBLISHED: 'published'>)
    """

    caller: int | None = None
    published: datetime.date | None = None
    article: int | None = None
    reference: datetime.date | None = None
    #: The written years of the text as ``(offset, year)``, and its sentences, for rule 4.
    years: tuple[tuple[int, int], ...] = ()
    segments: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, doc: Document, options: Options) -> YearContext:
        """The year context of ``doc`` under ``options`` (kept for the next stage that asks).

        The date and period stages both ask for it; it is kept with the
        document (while the document lives), so the text is read once.

        >>> from vnlao_corpus.text.document import read_document
        >>> YearContext.of(read_document("Tiêu đề\\nNăm 2024 và năm 2024, năm 2023."), Options()).article
        2024
        """
        cache = _cache_of(doc)
        ctx = cache.contexts.get(options)
        if ctx is not None:
            return ctx
        if cache.article is None:
            digits = document_marks(doc, cache).years  # one pass for both kinds of year
            cache.years = tuple(_written(doc.text, digits))
            counts = _counts([year for _, year in cache.years])
            if not counts:
                # Last resort: years standing alone at the end of a phrase (``Chủ tịch ASEAN 2024,``).
                counts = _counts(_bare_years(doc.text, digits))
            cache.article = (_most_written(counts),) if counts else ()
            cache.published = (_published(doc, cache, digits),)
            cache.segments = tuple(_segments(doc))
        published = cache.published[0]
        article = cache.article[0] if cache.article else None
        reference = options.reference if options.reference is not None else published
        ctx = cls(options.year, published, article, reference, cache.years, cache.segments)
        cache.contexts[options] = ctx
        return ctx

    def segment_of(self, pos: int) -> int:
        """The index of the sentence (or line) holding offset ``pos``, -1 before the first.

        >>> YearContext(segments=((0, 5), (6, 9))).segment_of(7)
        1
        """
        return bisect.bisect_right(self.segments, (pos, math.inf)) - 1

    def sentence_year(self, pos: int) -> int | None:
        """The written year nearest to ``pos`` in the same sentence, or ``None``.

        >>> YearContext(years=((2, 2019), (12, 2020)), segments=((0, 10), (10, 20))).sentence_year(5)
        2019
        """
        years = self.years
        if not years:
            return None  # an article that writes no year: no sentence to look up
        i = self.segment_of(pos)
        if i < 0:
            return None
        start, end = self.segments[i]
        lo = bisect.bisect_left(years, (start, -1))
        hi = bisect.bisect_left(years, (end, -1))
        if lo == hi:
            return None
        # The nearest, the first of equals (a loop: mypyc cannot compile a lambda in this class's methods).
        nearest, best = 0, -1
        for offset, year in years[lo:hi]:
            distance = abs(offset - pos)
            if best < 0 or distance < best:
                nearest, best = year, distance
        return nearest

    def year_for(self, day: int | None, month: int, sentence_year: int | None) -> tuple[int | None, YearSource]:
        """The year of a day-month written without one, and the rule that gave it.

        The rules, in order: the caller's year; the publication year; a year
        written in the same sentence; the article's own year. A day-month that
        would land more than three months after the publication day, under the
        caller's or the publication year, belongs to the year before.

        >>> YearContext(caller=2021).year_for(6, 6, 2019)
        (2021, <YearSource.CALLER: 'caller'>)
        >>> YearContext(article=2016).year_for(6, 6, 2019)
        (2019, <YearSource.SENTENCE: 'sentence'>)
        """
        if self.caller is not None:
            return self._not_after_publication(self.caller, day, month), YearSource.CALLER
        if self.published is not None:
            return self._not_after_publication(self.published.year, day, month), YearSource.PUBLISHED
        if sentence_year is not None:
            return sentence_year, YearSource.SENTENCE
        if self.article is not None:
            return self.article, YearSource.ARTICLE
        return None, YearSource.UNKNOWN

    def _not_after_publication(self, year: int, day: int | None, month: int) -> int:
        if self.published is None or not 1 <= month <= 12:
            return year
        last = _calendar.monthrange(year, month)[1]
        when = datetime.date(year, month, min(max(day or 1, 1), last))
        if (when - self.published).days > _FUTURE_SLACK_DAYS:
            return year - 1
        return year


def _most_written(counts: dict[int, int]) -> int:
    """The year written most often, the latest on a tie.

    >>> _most_written({2023: 2, 2024: 2, 2022: 1})
    2024
    """
    return max(counts, key=lambda y: (counts[y], y))


def _counts(years: Iterable[int]) -> dict[int, int]:
    """How often each year is written (a dict: a Counter costs more to build for the few years of an article)."""
    counts: dict[int, int] = {}
    for year in years:
        counts[year] = counts.get(year, 0) + 1
    return counts


class _Cache:
    """What the date and period stages read once per document, kept while the document lives."""

    __slots__ = ("article", "contexts", "found", "marks", "problems", "published", "ranges", "ref", "segments", "years")

    def __init__(self, ref: weakref.ref[Document]) -> None:
        self.ref = ref
        self.marks: Marks | None = None  # where years, dates and periods may start
        self.found: list[_Found] | None = None  # the date ends of the whole text (no year inferred)
        self.problems: list[tuple[int, int, str]] = []
        self.years: tuple[tuple[int, int], ...] = ()
        self.article: tuple[int, ...] | None = None  # None until read; () when the text has no year
        self.published: tuple[datetime.date | None] = (None,)
        self.segments: tuple[tuple[int, int], ...] = ()
        self.contexts: dict[Options, YearContext] = {}
        self.ranges: dict[Options, list[tuple[int, int, DateValue, DateValue]]] = {}


# Per-document caches by ``id(doc)``; a weak reference's callback drops the
# entry when its document dies, so that nothing keeps a document alive and
# an id is never reused while its entry is there.
_CACHES: dict[int, _Cache] = {}


def _cache_of(doc: Document) -> _Cache:
    key = id(doc)
    cache = _CACHES.get(key)
    if cache is not None and cache.ref() is doc:
        return cache

    def drop(ref: weakref.ref[Document]) -> None:
        if (entry := _CACHES.get(key)) is not None and entry.ref is ref:
            del _CACHES[key]

    cache = _Cache(weakref.ref(doc, drop))
    _CACHES[key] = cache
    return cache


def _found_in(doc: Document) -> _Cache:
    """The document's cache with the date ends of its whole text read (once)."""
    cache = _cache_of(doc)
    if cache.found is None:
        problems: list[tuple[int, int, str]] = []
        cache.found = _read_segment(doc.text, 0, len(doc.text), problems, starts=document_marks(doc, cache).starts)
        cache.problems = problems
    return cache


class Marks(NamedTuple):
    """Where the date and period stages start reading, found in one pass over a text.

    ``years`` are the starts of year digits (``_YEAR_DIGITS``), ``starts`` the
    number starts (``_NUMBER_START``) as ``(offset, numeric)`` (``numeric``
    false: a word date may start there), ``anchors`` the period anchor words
    as ``(start, end)`` of the vowel match (``periods._ANCHOR``).
    """

    years: list[int]
    starts: list[tuple[int, bool]]
    anchors: list[tuple[int, int]]


# The three searches of the date and period stages as one: each opens with a
# plain set (digits, the rarer vowels of the period anchor words), and a
# plain-set scan of the text costs as much as the rest, so one pass instead
# of three. A run of digits is a year (group ``y``, the digits after the
# first), a number start (``num``, ``word``, as _NUMBER_START) or both; it is
# rejected in the pattern when neither. A vowel is an anchor word (as
# periods._ANCHOR) or nothing.
_NUM_TAIL: Final = r"""(?<![\w.,/:\-+−]\d)\d{0,3}
    (?:(?P<num>(?=[/.\-–—]|\s*[\-–—]|\s+(?i:đến|tới|và|rạng)\s))
      |(?P<word>(?=\s+(?i:tháng|thg)\s)))"""
#: The words every period names (tháng, quý, năm, kỳ, nay, đoạn, khóa), as
#: verbose-regex alternatives keyed on a rarer vowel of each word, matched
#: just after it (the letters before the vowel are checked behind it). A word
#: with a letter after its vowel opens with that letter: an alternative that
#: opens with a plain set is rejected by the regex engine without being
#: entered, and most vowels are not in an anchor word. Shared with
#: ``periods._ANCHOR``.
PERIOD_ANCHOR_VOWELS = "áÁýÝăĂỳỲạẠóÓyY"
PERIOD_ANCHOR_WORDS = r"""
       [nN][gG](?<=[tT][hH][áÁ]..)       # tháng
      |[mM](?<=[nN][ăĂ].)                # năm
      |[nN](?<=[đĐ][oO][ạẠ].)            # đoạn
      |[aA](?<=[kK][hH][óÓ].)            # khóa
      |(?<=[qQ][uU][ýÝ]|[nN][aA][yY])    # quý, nay
      |(?<=[kK][ỳỲ])                     # kỳ
"""
# The anchor words again, as the marks pass tries them: each failed stop (a
# digit or vowel that starts no mark, nine in ten of them) pays for every
# alternative it enters, and a lookbehind is entered where a plain set is
# rejected without it. So the words with a letter after their vowel come first
# (a plain set on that letter), then the digits behind one single-character
# lookbehind, then the words that end at their vowel (quý, nay, kỳ) behind
# one: a stop at an á enters two one-character lookbehinds instead of three
# (measured with callgrind on 50 bench articles: 6% fewer instructions in
# marks() than with PERIOD_ANCHOR_WORDS). The letter after the vowel is spelt
# once per case: the engine compares a literal in line where it calls out to
# test a set (4% fewer again). Same matches as PERIOD_ANCHOR_WORDS: at most
# one word fits the vowel before it.
_MARKS_WORDS_AFTER_VOWEL: Final = r"""
       n(?:[gG](?<=[tT][hH][áÁ]..)|(?<=[đĐ][oO][ạẠ].))    # tháng, đoạn
      |N(?:[gG](?<=[tT][hH][áÁ]..)|(?<=[đĐ][oO][ạẠ].))
      |m(?<=[nN][ăĂ].)|M(?<=[nN][ăĂ].)                    # năm
      |a(?<=[kK][hH][óÓ].)|A(?<=[kK][hH][óÓ].)            # khóa
"""
_MARKS_WORDS_AT_VOWEL: Final = r"""
      (?<=[yYýÝỳỲ])(?:(?<=[qQ][uU][ýÝ]|[nN][aA][yY])|(?<=[kK][ỳỲ]))  # quý, nay, kỳ
"""
_MARKS: Final = lazy_pattern(
    rf"""[\d{PERIOD_ANCHOR_VOWELS}]
    (?:{_MARKS_WORDS_AFTER_VOWEL}
      |(?<=\d)(?<!\d\d)                                      # the first digit of a run
        (?:(?=(?P<y>(?:(?<=1)9|(?<=2)0)\d\d(?![\d]|[/\-][^\W\d_]))))?  # a year: 19xx, 20xx
        (?:{_NUM_TAIL})?
        (?(y)|(?(num)|(?(word)|(?!))))                           # a year or a number start, else nothing
      |{_MARKS_WORDS_AT_VOWEL}
    )""",
    re.VERBOSE,
)


def _bmp_marks_source() -> str:
    """The source of _MARKS with ``\\d`` in its opening set spelt out as the decimal digits below U+10000.

    A set of plain characters is a bitmap to the regex engine, one with a
    category (``\\d``) a call per character; the digit branch still checks
    ``\\d`` behind, so the matches are the same in any text without
    characters above U+FFFF.
    """
    bmp = "".join(map(chr, range(0x10000)))
    digits = "".join(f"{m.group()[0]}-{m.group()[-1]}" for m in re.finditer(r"\d+", bmp))
    return _MARKS.pattern.replace(r"[\d" + PERIOD_ANCHOR_VOWELS, f"[{digits}{PERIOD_ANCHOR_VOWELS}", 1)


_MARKS_BMP: Final = lazy_pattern(_bmp_marks_source, re.VERBOSE)


# Only CPython's str size tells the width of its characters (other Pythons encode instead).
_SIZE_TELLS_WIDTH: Final = sys.implementation.name == "cpython"


def marks(text: str) -> Marks:
    """The year digits, number starts and period anchors of ``text``, in one pass.

    >>> marks("Ngày 6/1/2024, tháng 7")
    Marks(years=[9], starts=[(5, True)], anchors=[(17, 20)])
    """
    years: list[int] = []
    starts: list[tuple[int, bool]] = []
    anchors: list[tuple[int, int]] = []
    # Characters above U+FFFF (rare) make UTF-16 longer than two bytes a character.
    # CPython stores a str holding one four bytes a character (PEP 393), so a size
    # below that rules them out without encoding the text (5% of the pass).
    astral = (
        not text.isascii()
        and (not _SIZE_TELLS_WIDTH or sys.getsizeof(text) >= 4 * (len(text) + 1))
        and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
    )
    for m in (_MARKS if astral else _MARKS_BMP).finditer(text):
        # The group that closed last says what matched: none, an anchor word;
        # 1 (``y``) a year alone; 2 (``num``) or 3 (``word``) a number start,
        # which may be a year too.
        last = m.lastindex
        if last is None:
            anchors.append(m.span())
            continue
        at = m.start()
        if last != 1:
            starts.append((at, last == 2))
        if last == 1 or m.start(1) >= 0:
            years.append(at)
    return Marks(years, starts, anchors)


def document_marks(doc: Document, cache: _Cache | None = None) -> Marks:
    """The :func:`marks` of ``doc``'s text, found once per document (the date and period stages share them).

    >>> from vnlao_corpus.text.document import read_document
    >>> document_marks(read_document("Quý I/2024")).anchors
    [(2, 3)]
    """
    if cache is None:
        cache = _cache_of(doc)
    if cache.marks is None:
        cache.marks = marks(doc.text)
    return cache.marks


# --------------------------------------------------------------------------- patterns

# A day-month (and year) in digits. The left edge is not inside a number, a
# word or a code (``12/2013/CT``); see _RIGHT for the right edge.
_LEFT: Final = r"(?<![\w.,/:\-+−])"
# Not followed by more digits, a decimal or code part (``16.5.3``, ``1/2/CT``).
_RIGHT: Final = r"(?![\d]|[/.,:\-]\d|[/\-][^\W\d_])"

# Written as a whole, the numeric forms are one regex tried at every number start;
# each branch is a run of digits and single separators, so that nothing nests
# and nothing can backtrack more than a few steps.
_NUMERIC: Final = lazy_pattern(
    rf"""
    (?=\d){_LEFT}  # the guard lets the engine skip non-digits quickly
    (?:
        # ISO 8601: 2023-02-11
        (?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>\d\d?)-(?P<iso_d>\d\d?){_RIGHT}
    |
        # a range: 6-7/1, 31/8 - 1/9, 30/10-2/11/2022, 15-17.5.2022, 8 đến 10/1
        (?P<a_d>\d\d?)
        (?:(?P<a_s>[/.\-])(?P<a_m>\d\d?)(?:(?P=a_s)(?P<a_y>\d{{4}}|\d\d))?)?
        (?P<dash>\s*[\-–—]\s*|\s+(?:đến|tới)\s+(?:ngày\s+)?|\s+(?P<and>và|(?P<dawn>rạng\s+sáng))\s+(?:ngày\s+)?)
        (?P<b_d>\d\d?)(?P<b_s>[/.\-])(?P<b_m>\d\d?)(?:(?P=b_s)(?P<b_y>\d{{4}}|\d\d))?{_RIGHT}
    |
        # one day-month: 27/8, 27-8, 16.5, 06/12, 6/1/2024, 18-05-2022
        (?P<d>\d\d?)(?P<s>[/.\-])(?P<m>\d\d?)(?:(?P=s)(?P<y>\d{{4}}|\d\d))?{_RIGHT}
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Where a date may start: a number's first digit (see _LEFT) whose first one
# to four digits are followed by a separator or range word (group ``num``:
# try _NUMERIC there) or by ``tháng`` (group ``word``: try the word-date
# pattern). It opens with the digit, so the regex engine skips to candidates
# in C; the lookbehind checks the left edge.
_NUMBER_START: Final = lazy_pattern(
    r"""\d(?<![\w.,/:\-+−]\d)\d{0,3}
    (?:(?P<num>(?=[/.\-–—]|\s*[\-–—]|\s+(?i:đến|tới|và|rạng)\s))
      |(?P<word>(?=\s+(?i:tháng|thg)\s)))""",
    re.VERBOSE,
)

# ``năm 2024`` after a day-month: ``ngày 27/8 năm 2024``.
_YEAR_AFTER: Final = lazy_pattern(r"\s+năm\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# A clock time after a dated timestamp: ``27/08/2024 15:42``, ``12/04/2022 - 08:23``.
_TIME_AFTER: Final = lazy_pattern(
    r"""\s*(?:
        (?:[\-–,|]\s*)?(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::[0-5]\d)?(?!\d)     # 15:42, - 08:23
      | ,?\s*lúc\s+(?P<lh>[01]?\d|2[0-3])\s*(?:h|giờ|:)\s*(?P<lmi>[0-5]\d)?(?!\d)   # lúc 9h30, lúc 9 giờ
    )""",
    re.VERBOSE | re.IGNORECASE,
)
# Words after a number that make it an amount, a count or a ratio, not a date.
_NOT_AFTER: Final = lazy_pattern(
    r"""[^\S\n]*  # on the same line
    (?:%|(?:phần\s+trăm|tỷ|tỉ|triệu|nghìn|ngàn|lần|usd|đồng|vnđ|km|kg|tấn|ha|mw|kv|người
    |điểm|dân\s+số|số|thành\s+viên|tiếng|giờ|phút|độ|năm\s+tù|chỉ\s+tiêu|mục\s+tiêu|nhiệm\s+vụ
    |tỉnh|huyện|xã|đơn\s+vị|đại\s+biểu|trường\s+hợp|ý\s+kiến|hộ|trận|ván|set|đội)(?!\w))""",
    re.VERBOSE | re.IGNORECASE,
)
# Words just before a number that make it a code, an ordinal, a ratio or a
# game (``số 12/2013``, ``lần thứ 44-45``, ``tỷ số 2-1``, ``Mega 6/45``,
# ``vòng 1/8``, ``hơn 1/3``), an address or a place named after a day
# (``lớp 10/2``, ``đường 3/2``, ``công viên 23 Tháng 9``), as one or two lower-case tokens.
_NOT_BEFORE_1: Final = frozenset(
    ["số", "thứ", "khóa", "version", "hotline", "đt", "tel", "fax", "điều", "khoản", "mục", "luật", "mega",
     "power", "max", "lotto", "vòng", "hơn", "bằng", "gần", "khoảng", "chiếm", "dưới", "trên", "đạt", "top",
     "xe", "tuyến", "phòng", "nhà", "km", "lớp", "ngõ", "ngách", "hẻm", "kiệt", "lô", "tầng", "tổ", "khu",
     "đường", "phố", "cầu", "chợ"]
)  # fmt: skip
_NOT_BEFORE_2: Final = frozenset(
    ["lần thứ", "tỷ số", "tỉ số", "tỷ lệ", "tỉ lệ", "phiên bản", "kỳ họp", "điện thoại", "chỉ thị",
     "nghị quyết", "quyết định", "thông tư", "nghị định", "công viên", "quảng trường"]
)  # fmt: skip
_NOT_BEFORE_2_ENDS: Final = frozenset(words.rsplit(" ", 1)[-1] for words in _NOT_BEFORE_2)
# Cue words that say a number after them is a day (``ngày 16.5``, ``Quốc khánh 2.9``).
_CUES: Final = frozenset(
    ["ngày", "mồng", "mùng", "hôm", "nay", "vào", "từ", "đến", "tới", "dịp", "lễ", "khánh", "trước", "sau", "hạn"]
)  # fmt: skip
# Cues after which a number can only be a day, whatever follows it.
_STRONG_CUES: Final = frozenset(["ngày", "mồng", "mùng", "hôm"])
# Words between a part of the day and its date: ``Chiều qua (28/7)``, ``chiều hôm qua``.
_POD_RELATIVE: Final = frozenset({"nay", "qua", "mai", "hôm"})
_MERIDIEM: Final = frozenset({"am", "pm", "sa", "ch"})
# A token of the text: a word or number, or one punctuation mark.
_TOKEN: Final = lazy_pattern(r"\w+|[^\w\s]")
# ``9h30``, ``9h`` as one token.
_CLOCK_WORD: Final = lazy_pattern(r"([01]?\d|2[0-3])h([0-5]\d)?", re.IGNORECASE)
# How far back the words before a date are read (``Chiều tối thứ Bảy, ngày `` is
# 24 characters, 6 tokens; ``13 giờ 35 phút chiều qua (`` is 8 tokens).
_PREFIX_CHARS, _PREFIX_TOKENS = 40, 10


@functools.cache
def _word_date_pattern() -> re.Pattern[str]:
    """The pattern that needs babel's month words, compiled once on first use.

    Returns the word-date pattern (``6 tháng 1``, ``27 thg 8, 2024``).
    """
    words: list[str] = []
    for word in month_name_words():
        words.extend({word.capitalize(), word.title(), word.upper()})
    # Month words are matched capitalised only: lower-case ``tháng năm`` is
    # the month count of ``9 tháng năm 2022``, not May.
    month_word = alternation(words)
    return re.compile(
        rf"""
        (?=\d){_LEFT}(?P<d>\d\d?)\s+(?:tháng|thg)\s+
        (?:(?P<m>\d\d?)(?![\d/.\-]\d)|(?-i:(?P<mw>{month_word}))(?!\w))
        (?:(?:\s*,\s*|\s+năm\s+)(?P<y>(?:19|20)\d\d)(?!\d))?
        """,
        re.VERBOSE | re.IGNORECASE,
    )


# --------------------------------------------------------------------------- reading one match


class _Found(NamedTuple):
    """One date end read from the text (normalised offsets), before year inference."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    role: DateRole = DateRole.SINGLE
    part_of_day: PartOfDay | None = None
    time: datetime.time | None = None
    weekday: int | None = None
    linked: bool = False  # the first day of a list (``11 và 12.6``): month and year from the next


def _year(text: str | None) -> int | None:
    if text is None:
        return None
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


class _Prefix(NamedTuple):
    """What stands before a date; ``tokens`` is how many tokens before it were read."""

    tokens: int
    cue: bool = False
    part_of_day: PartOfDay | None = None
    time: datetime.time | None = None
    weekday: int | None = None
    number_word: bool = False
    strong: bool = False  # ngày, mồng, a part of the day or a weekday: surely a day


_V = TypeVar("_V")


@functools.cache
def _lexicon(words: Callable[[], dict[str, _V]]) -> tuple[dict[str, _V], frozenset[str]]:
    """A lexicon of :mod:`.calendar` (``weekday_words``) and the last words of its keys, read once."""
    lexicon = words()
    return lexicon, frozenset(key.rsplit(" ", 1)[-1] for key in lexicon)


def _phrase_before(words: list[str], i: int, lexicon: dict[str, _V], ends: frozenset[str]) -> tuple[_V | None, int]:
    """The entry of ``lexicon`` keyed by the two, else the one, words before ``words[i]``, and where it starts.

    ``(None, i)`` when there is none. The keys are joined only when the last
    word can end one (``ends``): most dates have no weekday or part of day.

    >>> _phrase_before(["sáng", "thứ", "hai"], 3, {"thứ hai": 0}, frozenset({"hai"}))
    (0, 1)
    """
    if i and words[i - 1] in ends:
        for n in (2, 1):
            if i >= n and (key := " ".join(words[i - n : i])) in lexicon:
                return lexicon[key], i - n
    return None, i


def _prefix_tokens(text: str, start: int) -> list[str]:
    """The lower-case tokens just before ``start`` (a word cut by the window left out)."""
    lo = max(0, start - _PREFIX_CHARS)
    window = text[lo:start]
    low = lowercase(window)
    # Lower-cased as a whole when every character lowers to one (then no
    # token boundary moves); a final sigma depends on what follows it.
    whole = len(low) == len(window) and "Σ" not in window
    tokens: list[str] = []
    # The same tokens as _TOKEN.findall over the window, faster: ``\s`` is what
    # str.split splits on, and a piece of letters and digits only (most) is
    # one token; only a piece with punctuation needs the regex.
    for piece in (low if whole else window).split():
        if piece.isalnum():
            tokens.append(piece)
        else:
            tokens += _TOKEN.findall(piece)
    if tokens and lo > 0 and text[lo].isalnum() and text[lo - 1].isalnum():
        tokens.pop(0)
    if whole:
        return tokens[-_PREFIX_TOKENS:]
    return [lowercase(t) for t in tokens[-_PREFIX_TOKENS:]]


def _read_prefix(text: str, start: int) -> _Prefix:
    """What stands just before a date: a clock time, a part of the day, a weekday, a cue word.

    Read backwards over a few tokens, in the order news writes them:
    ``[13 giờ 35] [chiều [qua]] [thứ Ba,] [ngày] [(]`` date.
    """
    words = _prefix_tokens(text, start)
    i = len(words)
    # A number word before the date makes it a code or a ratio (``số 12/5``).
    j = i
    while j and words[j - 1] in ":.":
        j -= 1
    number_word = bool(j) and (
        words[j - 1] in _NOT_BEFORE_1
        or (j >= 2 and words[j - 1] in _NOT_BEFORE_2_ENDS and f"{words[j - 2]} {words[j - 1]}" in _NOT_BEFORE_2)
    )
    while i and words[i - 1] in "(":
        i -= 1
    cue = bool(i) and words[i - 1] in _CUES
    strong = cue and words[i - 1] in _STRONG_CUES
    if cue:
        i -= 1
        if words[i] == "khánh" and i and words[i - 1] == "quốc":
            i -= 1
    while i and words[i - 1] in ",(":
        i -= 1
    weekday, i = _phrase_before(words, i, *_lexicon(weekday_words))
    while i and words[i - 1] in ",":
        i -= 1
    j = i
    while j and words[j - 1] in _POD_RELATIVE and j > i - 2:
        j -= 1
    part, start = _phrase_before(words, j, *_lexicon(day_period_words))
    if part is not None:
        i = start
    while i and words[i - 1] in "|,-–":
        i -= 1
    time, i = _clock_before(words, i)
    found = cue or part is not None or weekday is not None or time is not None
    strong = strong or part is not None or weekday is not None
    return _Prefix(len(words) - i if found else 0, found, part, time, weekday, number_word, strong)


def _clock_before(words: list[str], i: int) -> tuple[datetime.time | None, int]:
    """A clock time ending at token ``i``: ``13 giờ 35``, ``9h30``, ``10:15``, ``11:17 AM``, ``9 giờ``."""
    k = i
    if k and words[k - 1] in _MERIDIEM:
        k -= 1
    if k and words[k - 1] == "phút":
        k -= 1
    hour = minute = None
    if k >= 5 and words[k - 2] == ":" and words[k - 4] == ":" and words[k - 5].isdecimal():
        hour, minute, k = words[k - 5], words[k - 3], k - 5  # 15:51:44
    elif k >= 3 and words[k - 2] in (":", "giờ") and words[k - 3].isdecimal():
        hour, minute, k = words[k - 3], words[k - 1], k - 3  # 10:15, 13 giờ 35
    elif k >= 2 and words[k - 1] == "giờ" and words[k - 2].isdecimal():
        hour, minute, k = words[k - 2], "0", k - 2  # 9 giờ
    # (Tokens are lower case, so a clock word has an ``h``: the regex is tried only then.)
    elif k and "h" in words[k - 1] and (m := _CLOCK_WORD.fullmatch(words[k - 1])) is not None:
        hour, minute, k = m.group(1), m.group(2) or "0", k - 1  # 9h30
    if hour is None or minute is None or not minute.isdecimal():
        return None, i
    h, mi = int(hour), int(minute)
    if h > 23 or mi > 59:
        return None, i
    return datetime.time(h, mi), k


def _time_after(text: str, end: int) -> tuple[datetime.time | None, int]:
    m = _TIME_AFTER.match(text, end)
    if m is None:
        return None, end
    if m.group("h"):
        return datetime.time(int(m.group("h")), int(m.group("mi"))), m.end()
    return datetime.time(int(m.group("lh")), int(m.group("lmi") or 0)), m.end()


def _valid_month(month: int) -> bool:
    return 1 <= month <= 12


def _read_segment(
    text: str,
    start: int,
    end: int,
    problems: list[tuple[int, int, str]],
    *,
    strict: bool = False,
    starts: list[tuple[int, bool]] | None = None,
) -> list[_Found]:
    """Every date end in ``text[start:end]``; impossible dates go to ``problems``.

    ``strict`` (for :func:`parse_date`) drops the need for a cue before ``16.5`` and ``27-8``.
    ``starts`` are the number starts of the whole text (``start`` 0, ``end`` its
    length), when :func:`marks` found them already.
    """
    word_date = _word_date_pattern()
    found: list[_Found] = []
    words: list[re.Match[str]] = []
    # Both patterns can only start where a number starts; finding those
    # starts with a pattern that opens with a plain digit set lets the regex
    # engine skip the rest of the text in C. Each pattern is then tried at a
    # start at most once, as finditer would (matches of one pattern do not
    # overlap; a word date may start inside a numeric match).
    numeric_end = word_end = start
    if starts is None:
        starts = [(c.start(), c.group("num") is not None) for c in _NUMBER_START.finditer(text, start, end)]
    for at, numeric in starts:
        if numeric:
            if at >= numeric_end and (m := _NUMERIC.match(text, at, end)) is not None:
                numeric_end = m.end()
                found.extend(_from_numeric(text, m, problems, strict))
        elif at >= word_end and (w := word_date.match(text, at, end)) is not None:
            word_end = w.end()
            words.append(w)
    found_starts = [f.start for f in found]  # in text order, not overlapping
    for m in words:
        before = bisect.bisect_left(found_starts, m.end()) - 1
        if before >= 0 and found[before].end > m.start():
            continue  # already read as a numeric date
        if _read_prefix(text, m.start()).number_word:
            continue  # a place named after a day: ``công viên 23 Tháng 9``
        month = int(m.group("m")) if m.group("m") else month_name_words()[lowercase(m.group("mw"))]
        one = _single(text, m.start(), m.end(), int(m.group("d")), month, _year(m.group("y")), problems)
        if one is not None:
            found.append(one)
    found.sort(key=lambda f: f.start)
    return found


_DAYS_IN_MONTH: Final = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_days(year: int, month: int) -> int:
    """How many days ``month`` of ``year`` has (``calendar.monthrange`` without the weekday)."""
    if not 1 <= month <= 12:
        return _calendar.monthrange(year, month)[1]  # raises, as before
    if month == 2 and _calendar.isleap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _impossible(day: int, month: int, year: int | None) -> str | None:
    """Why ``day``/``month`` is not a date, or ``None`` when it is one."""
    last = _month_days(year if year is not None else 2000, month)
    if 1 <= day <= last:
        return None
    if day == 29 and month == 2 and year is not None:
        return f"{year} is not a leap year, so February has no day 29"
    return f"{_MONTH_NAMES[month]} has no day {day}"


def _single(
    text: str,
    start: int,
    end: int,
    day: int,
    month: int,
    year: int | None,
    problems: list[tuple[int, int, str]],
) -> _Found | None:
    """One single date, checked, with what stands before it."""
    if not _valid_month(month):
        return None
    why = _impossible(day, month, year)
    if why is not None:
        problems.append((start, end, why))
        return None
    prefix = _read_prefix(text, start)
    return _Found(start, end, day, month, year, DateRole.SINGLE, prefix.part_of_day, prefix.time, prefix.weekday)


def _from_numeric(text: str, m: re.Match[str], problems: list[tuple[int, int, str]], strict: bool) -> list[_Found]:
    if m.group("iso_y"):
        one = _single(text, m.start(), m.end(), int(m.group("iso_d")), int(m.group("iso_m")),
                      int(m.group("iso_y")), problems)  # fmt: skip
        if one is None:
            return []
        time, _ = _time_after(text, m.end())
        return [one._replace(time=time or one.time)]
    if m.group("b_d"):
        return _from_range(text, m, problems, strict)
    return _from_day_month(text, m, problems, strict)


# A match score just before a bracket: ``thắng 3-1 (`` (set scores follow, not dates).
_SCORE_BEFORE: Final = lazy_pattern(r"\d\s*[\-–:]\s*\d{1,2}\s*\(\Z")


def _set_scores(text: str, start: int) -> bool:
    """Whether ``start`` is inside a bracket that follows a match score: ``3-1 (11/7, 11/5, 9/11)``."""
    lo = max(0, start - 40)
    bracket = text.rfind("(", lo, start)
    if bracket < 0 or text.find(")", bracket, start) >= 0 or text.find("\n", bracket, start) >= 0:
        return False
    return _SCORE_BEFORE.search(text, max(0, bracket - 12), bracket + 1) is not None


def _looks_like_number(text: str, prefix: _Prefix, start: int, end: int, sep: str, has_year: bool, cue: bool) -> bool:
    """Whether a day-month-looking run of digits is a number, a code, a ratio or a score instead."""
    if prefix.number_word:
        return True
    if has_year:
        return False
    if prefix.strong:
        return False  # ``ngày 27/8 người dân``, ``Sáng 24/7`` are days
    if _NOT_AFTER.match(text, end) is not None:
        return True  # 1/3 dân số, 3-5 người
    if text.startswith("24/7", start) and end == start + 4:
        return True  # ``hoạt động 24/7``: at all times
    if text[start - 1 : start] in "(, " and _set_scores(text, start):
        return True
    return sep != "/" and not cue


# The last word before a ``27-8`` or ``16.5`` with a cue: a cue word, the last
# word of a weekday or part of the day, a relative word, ``giờ``/``phút``/AM.
_CUE_ENDINGS = (
    _CUES
    | {"hai", "ba", "tư", "năm", "sáu", "bảy", "nhật", "cn"}
    | {"sáng", "trưa", "chiều", "tối", "đêm", "khuya", "nay", "qua", "mai", "sớm"}
    | {"giờ", "phút", "am", "pm", "sa", "ch"}
)


def _may_have_cue(text: str, start: int) -> bool:
    """A quick test, before the full read, that a cue may stand before ``start``.

    The last word is read backwards from ``start`` past brackets, commas and
    spaces (a regex searched for at the end of a window tries every position
    of it, which cost more than this whole test).
    """
    lo = max(0, start - 24)
    k = end = len(text[lo:start].rstrip(" (,")) + lo
    while k > lo and text[k - 1].isalnum():  # ``[^\W_]``: a word character other than ``_``
        k -= 1
    word = lowercase(text[k:end])
    if word.isdecimal():  # thứ 6
        return len(word) == 1 and word in "234567" and lowercase(text[max(0, k - 4) : k]) == "thứ "
    return word in _CUE_ENDINGS or word in weekday_words() or ("h" in word and _CLOCK_WORD.fullmatch(word) is not None)


def _from_day_month(text: str, m: re.Match[str], problems: list[tuple[int, int, str]], strict: bool) -> list[_Found]:
    # (The groups and offsets read once each: this runs for every day-month of every article.)
    d, sep, mo, y = m.group("d", "s", "m", "y")
    day, month = int(d), int(mo)
    year = _year(y)
    start, end = m.span()
    if year is None:
        after = _YEAR_AFTER.match(text, end)
        if after is not None:
            year = int(after.group("y"))
    if not 1 <= month <= 12:
        return []
    if year is None and not strict and sep != "/" and not _may_have_cue(text, start):
        return []  # 1-2, 1.5: numbers, unless a cue stands before them
    prefix = _read_prefix(text, start)
    if _looks_like_number(text, prefix, start, end, sep, year is not None, prefix.cue or strict):
        return []
    why = _impossible(day, month, year)
    if why is not None:
        problems.append((start, end, why))
        return []
    after_time, _ = _time_after(text, end)
    time = after_time or prefix.time
    return [_Found(start, end, day, month, year, DateRole.SINGLE, prefix.part_of_day, time, prefix.weekday)]


def _from_range(text: str, m: re.Match[str], problems: list[tuple[int, int, str]], strict: bool) -> list[_Found]:
    b_day, b_month, b_year = int(m.group("b_d")), int(m.group("b_m")), _year(m.group("b_y"))
    a_day = int(m.group("a_d"))
    a_month = int(m.group("a_m")) if m.group("a_m") else b_month
    a_year = _year(m.group("a_y"))
    # The start's year, when not written, is the end's (or the one before,
    # for 30/12 - 2/1/2023); _resolve gives it, so that year_source says so.
    check_year = a_year if a_year is not None else b_year
    if not (_valid_month(a_month) and _valid_month(b_month)):
        return []
    a_end = m.end("a_y") if m.group("a_y") else m.end("a_m") if m.group("a_m") else m.end("a_d")
    seps = {m.group("b_s")} | ({m.group("a_s")} if m.group("a_s") else set())
    sep = "/" if seps == {"/"} else "-"
    if b_year is None and not strict and sep != "/" and not _may_have_cue(text, m.start()):
        return []
    prefix = _read_prefix(text, m.start())
    if _looks_like_number(text, prefix, m.start(), m.end(), sep, b_year is not None, prefix.cue or strict):
        return []
    if not m.group("a_m") and a_day >= b_day:
        return []
    if m.group("and") and not (prefix.cue or strict):
        return []  # ``ngày 11 và 12.6`` lists two days; ``1 và 2/3`` without a cue is numbers
    if a_year is not None and a_year == b_year and (a_month, a_day) >= (b_month, b_day):
        return []
    whys = [(_impossible(a_day, a_month, check_year), m.start(), a_end),
            (_impossible(b_day, b_month, b_year), m.start("b_d"), m.end())]  # fmt: skip
    bad = [(s, e, why) for why, s, e in whys if why is not None]
    if bad:
        problems.extend(bad)
        return []
    start = _Found(m.start(), a_end, a_day, a_month, a_year, DateRole.RANGE_START,
                   prefix.part_of_day, prefix.time, prefix.weekday)  # fmt: skip
    end_part = PartOfDay.MORNING if m.group("dawn") else None  # đêm 30 rạng sáng 31/8
    end = _Found(m.start("b_d"), m.end(), b_day, b_month, b_year, DateRole.RANGE_END, end_part)
    if m.group("and"):
        # Two days of a list: single dates, the first taking the second's month and year.
        return [start._replace(role=DateRole.SINGLE, linked=True), end._replace(role=DateRole.SINGLE)]
    if a_year is not None and b_year is not None and b_year - a_year > 1:
        # Two days years apart, as in an anniversary (5/9/1962 - 5/9/2022), are not one stretch.
        return [start._replace(role=DateRole.SINGLE), end._replace(role=DateRole.SINGLE)]
    return [start, end]


# --------------------------------------------------------------------------- the document scan

# A dated timestamp line: the date with a clock time beside it, or a date
# ending its line (``Chính trị 18-05-2022``).
_CLOCK: Final = lazy_pattern(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)")
_TIMESTAMP_LINES, _TIMESTAMP_CHARS = 6, 400


def published_date(doc: Document) -> datetime.date | None:
    """The publication day: the layout's timestamp, else a dated timestamp in the first lines.

    >>> from vnlao_corpus.text.document import read_document
    >>> published_date(read_document("Tiêu đề 27/08/2024 15:42\\nSáng 27-8, hai bên điện đàm."))
    datetime.date(2024, 8, 27)
    """
    return _published(doc, _found_in(doc))


def _published(doc: Document, cache: _Cache, years: list[int] | None = None) -> datetime.date | None:
    """The publication day; ``years`` are the starts of the text's year digits, when already found."""
    if doc.published is not None:
        return doc.published.date()
    text = doc.text
    found = _found_in(doc).found if cache.found is None else cache.found
    assert found is not None
    starts = None
    for i, (line_start, line_end) in enumerate(_lines(text, 0, len(text))):
        if i >= _TIMESTAMP_LINES:
            break
        # A timestamp stands in the first characters of its line (or glued to a title).
        end = min(line_end, line_start + _TIMESTAMP_CHARS)
        if not _has_year(text, line_start, end, line_end, years):
            continue  # no four-digit year, no dated timestamp (the common case)
        if starts is None:
            starts = [f.start for f in found]
        for k in range(bisect.bisect_left(starts, line_start), bisect.bisect_left(starts, end)):
            f = found[k]
            if f.year is None or f.end > end:
                continue
            near = text[max(line_start, f.start - 14) : min(end, f.end + 14)]
            rest = text[f.end : line_end].strip(" .|-–") if line_end == end else "…"
            # (A clock time has a colon: the search runs only when one is near.)
            if not rest or (":" in near and _CLOCK.search(near) is not None):
                return datetime.date(f.year, f.month, f.day)
    return None


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of ``text[start:end]`` that are not empty, as ``(start, end)`` (what ``[^\\n]+`` matches).

    Found with ``str.find``: a regex over every character of a line costs more.
    """
    while start < end:
        stop = text.find("\n", start, end)
        if stop < 0:
            stop = end
        if stop > start:
            yield start, stop
        start = stop + 1


def _has_year(text: str, start: int, end: int, line_end: int, years: list[int] | None) -> bool:
    """Whether year digits stand in ``text[start:end]`` (seen as if the text stopped at ``end``).

    With ``years`` (the starts of the year digits of the whole text) this
    needs no scan; a line cut before its end is scanned, since the cut can
    make digits a year (``2024`` of ``20245``).
    """
    if years is None or end < line_end:
        return _YEAR_DIGITS.search(text, start, end) is not None
    k = bisect.bisect_left(years, start)
    return k < len(years) and years[k] + 4 <= end


def _segments(doc: Document) -> list[tuple[int, int]]:
    """The ranges to scan: every sentence of every zone, and any line no sentence covers."""
    spans = sorted([(s.start, s.end) for s in doc.sentences])
    out: list[tuple[int, int]] = []
    pos = 0
    text = doc.text
    for start, end in spans:
        if start > pos and not text[pos:start].isspace():
            out.extend((a, b) for a, b in _lines(text, pos, start) if not text[a:b].isspace())
        if end > pos:
            out.append((start if start > pos else pos, end))
            pos = end
    if pos < len(text):
        out.extend((a, b) for a, b in _lines(text, pos, len(text)) if not text[a:b].isspace())
    return out


# A placeholder for a value not resolved yet (it has no year).
_UNRESOLVED: Final = DateValue(0, 0, None)


def _resolve(found: list[_Found], ctx: YearContext) -> list[DateValue]:
    """Give every date end its year, by the rules of :meth:`YearContext.year_for`."""
    values: list[DateValue] = [_UNRESOLVED] * len(found)
    # The first end of a range or list takes its year from the next end, so those come last.
    leading = [i for i, f in enumerate(found) if f.role is DateRole.RANGE_START or f.linked]
    for i in [i for i, f in enumerate(found) if not (f.role is DateRole.RANGE_START or f.linked)] + leading:
        f = found[i]
        year, source = f.year, YearSource.WRITTEN
        if year is None and (f.role is DateRole.RANGE_START or f.linked) and i + 1 < len(found):
            partner = values[i + 1]
            if partner.year is not None:
                later = (f.month, f.day) > (partner.month or 0, partner.day or 0)
                year = partner.year - later
                written = partner.year_source is YearSource.WRITTEN
                source = YearSource.SENTENCE if written else partner.year_source
        if year is None:
            near = ctx.sentence_year(f.start) if ctx.caller is None and ctx.published is None else None
            year, source = ctx.year_for(f.day, f.month, near)
        values[i] = DateValue(f.day, f.month, year, source, f.part_of_day, f.time, f.weekday)
    return values


def scan_dates(doc: Document, options: Options) -> list[Hit[DateMention]]:
    """Every date mention in ``doc``, in text order (stage of ``parse``).

    Scans the sentences of every zone (title, timestamp lines, body,
    captions). A year left out is inferred by these rules, in order:

    1. the other end of the same range (``15-17.5.2022``);
    2. the caller's year (``Options.year``);
    3. the publication timestamp (``doc.published``, else a dated timestamp
       line at the top of the text);
    4. a year written in the same sentence (the nearest one);
    5. the article's own year (its most often written year, the latest on a tie).

    Under rules 2 and 3, a day-month more than three months after the
    publication day is taken to be in the year before. ``year_source`` on
    each value says which rule gave the year. Impossible dates (``31/2``)
    become ``impossible-date`` diagnostics on ``doc.diagnostics``.

    >>> from vnlao_corpus.text.document import read_document
    >>> doc = read_document("Tiêu đề\\nNgày 31/2 và chiều 28/12 đã họp.")
    >>> [(h.item.text, h.item.to_date()) for h in scan_dates(doc, Options(year=2024))]
    [('28/12', datetime.date(2024, 12, 28))]
    >>> doc.diagnostics[-1].code
    'impossible-date'
    """
    try:
        return _scan_dates(doc, options)
    except Exception as exc:  # pragma: no cover - a scanner never raises on text
        doc.diagnostics.append(Diagnostic("date-scan-failed", f"the date scanner failed: {exc!r}", None,
                                          Severity.ERROR))  # fmt: skip
        return []


def _scan_dates(doc: Document, options: Options) -> list[Hit[DateMention]]:
    ctx = YearContext.of(doc, options)
    hits: list[Hit[DateMention]] = []
    # One pass over the whole text (every zone is scanned); sentences matter
    # only for rule 4, which YearContext answers by offset.
    cache = _found_in(doc)
    found = cache.found
    assert found is not None
    for start, end, why in cache.problems:
        span = doc.span(start, end)
        quoted = doc.source[span.start : span.end]  # doc.quote(start, end), mapped once
        msg = f"{quoted!r} at offset {span.start} is not a date: {why}"
        doc.diagnostics.append(Diagnostic("impossible-date", msg, span))
    values = _resolve(found, ctx)
    cache.ranges[options] = _ranges(found, values)
    source = doc.source
    to_source = source_spans(doc)
    for i, (f, value) in enumerate(zip(found, values, strict=True)):
        other = None
        if f.role is DateRole.RANGE_START and i + 1 < len(found):
            other = values[i + 1]
        elif f.role is DateRole.RANGE_END and i > 0:
            other = values[i - 1]
        s, e = to_source(f.start, f.end) if to_source is not None else (f.start, f.end)
        hits.append(Hit(f.start, f.end, DateMention(source[s:e], s, e, value, f.role, other)))
    return hits


def source_spans(doc: Document) -> Callable[[int, int], tuple[int, int]] | None:
    """The map of normalised spans to caller spans of ``doc``, ``None`` when it is the identity.

    A mention's offsets and text come from one mapping: ``doc.span`` and
    ``doc.quote`` each map the same offsets, and ``doc.quote(s, e)`` is the
    caller's text under ``doc.span(s, e)`` (the date and period stages build
    a mention from ints, so no ``Span`` is needed either).

    >>> from vnlao_corpus.text.document import read_document
    >>> source_spans(read_document("Ngày 6/1")) is None
    True
    >>> doc = read_document("Ngày\u00a0\u00a06/1")
    >>> source_spans(doc)(5, 8), doc.span(5, 8)
    ((6, 9), Span(start=6, end=9))
    """
    norm = doc.norm
    return norm.to_source_span if norm.entries is not None else None


def _ranges(found: list[_Found], values: list[DateValue]) -> list[tuple[int, int, DateValue, DateValue]]:
    return [
        (f.start, found[i + 1].end, values[i], values[i + 1])
        for i, f in enumerate(found)
        if f.role is DateRole.RANGE_START and i + 1 < len(found)
    ]


def day_ranges(doc: Document, options: Options) -> list[tuple[int, int, DateValue, DateValue]]:
    """The day ranges of ``doc`` (``từ ngày 8 đến 10/1``): normalised start and end offsets and both values.

    Reuses what :func:`scan_dates` found in the same document (each
    document's dates are read once, whichever stage asks first).

    >>> from vnlao_corpus.text.document import read_document
    >>> [(s, e, a.to_date(), b.to_date()) for s, e, a, b in day_ranges(read_document("Từ ngày 6-7/1/2024."), Options())]
    [(8, 18, datetime.date(2024, 1, 6), datetime.date(2024, 1, 7))]
    """
    cache = _found_in(doc)
    ranges = cache.ranges.get(options)
    if ranges is None:
        assert cache.found is not None
        ranges = _ranges(cache.found, _resolve(cache.found, YearContext.of(doc, options)))
        cache.ranges[options] = ranges
    return ranges


def find_dates(
    text: RawText, *, year: int | None = None, reference: datetime.date | None = None, relative: bool = False
) -> list[DateMention]:
    """Scan running text for date mentions, in text order.

    ``year`` is the year of dates written without one (see :func:`scan_dates`
    for how it is inferred otherwise); ``reference`` the day that relative
    words count from. With ``relative=True`` day-precise relative words
    (``hôm qua``, ``chiều nay``, ``thứ Ba tuần tới``) are mentions too (see
    :func:`find_relative_dates`). Offsets are into ``text``.

    >>> [(m.text, m.to_date()) for m in find_dates("Sáng ngày 27/8, hai bên điện đàm.", year=2024)]
    [('27/8', datetime.date(2024, 8, 27))]
    >>> [(m.text, m.role.value, m.day, m.month) for m in find_dates("Chuyến thăm từ ngày 1-2/12.")]
    [('1', 'range_start', 1, 12), ('2/12', 'range_end', 2, 12)]
    >>> find_dates("Kim ngạch đạt 1,1 tỷ USD, tăng 16,7% và 2.300 dự án.")
    []
    """
    from ..text.decode import decode
    from ..text.document import read_document

    doc = read_document(decode(text, what="find_dates()"))
    options = Options(year=year, reference=reference)
    mentions = [h.item for h in scan_dates(doc, options)]
    if relative:
        mentions.extend(h.item for h in scan_relative_dates(doc, options, exclude=mentions))
        mentions.sort(key=lambda m: m.start)
    return mentions


# --------------------------------------------------------------------------- relative dates

_RELATIVE: Final = lazy_pattern(
    r"""
    (?<!\w)
    (?:
        (?P<pod>sáng|trưa|chiều\s+tối|chiều|tối|đêm|khuya)\s+(?P<pod_rel>nay|qua|mai)
      | hôm\s+(?P<hom>nay|qua|kia)
      | ngày\s+(?P<ngay>mai|hôm\s+qua|hôm\s+nay)
      | (?P<wd>thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s+tuần\s+(?P<week>này|trước|qua|tới|sau)
    )
    (?!\w)
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DAY_OFFSETS: Final = {"nay": 0, "qua": -1, "kia": -2, "mai": 1, "hôm qua": -1, "hôm nay": 0}
_WEEK_OFFSETS: Final = {"này": 0, "trước": -1, "qua": -1, "tới": 1, "sau": 1}
_EXPLICIT_AFTER: Final = lazy_pattern(r"\s*\(\s*\d")


def _words(text: str) -> str:
    return " ".join(lowercase(text).split())


def scan_relative_dates(
    doc: Document, options: Options, *, exclude: Iterable[DateMention] = ()
) -> list[Hit[DateMention]]:
    """Day-precise relative dates (``hôm qua``, ``chiều nay``, ``thứ Ba tuần tới``), resolved.

    They count from ``Options.reference``, else the publication day; without
    either the value has no day, month or year. A relative word followed by
    an explicit date in brackets (``Chiều qua (28/7)``) is left to that date.

    >>> from vnlao_corpus.text.document import read_document
    >>> doc = read_document("Tiêu đề\\nHôm qua, hai bên hội đàm.")
    >>> hits = scan_relative_dates(doc, Options(reference=datetime.date(2024, 8, 28)))
    >>> [(h.item.text, h.item.to_date()) for h in hits]
    [('Hôm qua', datetime.date(2024, 8, 27))]
    """
    ctx = YearContext.of(doc, options)
    ref = ctx.reference
    taken = [(m.start, m.end) for m in exclude]
    hits: list[Hit[DateMention]] = []
    for m in _RELATIVE.finditer(doc.text):
        if _EXPLICIT_AFTER.match(doc.text, m.end()) is not None:
            continue
        span = doc.span(m.start(), m.end())
        if any(s < span.end and span.start < e for s, e in taken):
            continue
        pod = day_period_words().get(_words(m.group("pod"))) if m.group("pod") else None
        weekday = weekday_words().get(_words(m.group("wd"))) if m.group("wd") else None
        when: datetime.date | None = None
        if ref is not None:
            if m.group("wd"):
                monday = ref - datetime.timedelta(days=ref.weekday())
                when = monday + datetime.timedelta(weeks=_WEEK_OFFSETS[_words(m.group("week"))], days=weekday or 0)
            else:
                word = _words(m.group("pod_rel") or m.group("hom") or m.group("ngay"))
                when = ref + datetime.timedelta(days=_DAY_OFFSETS[word])
        if when is None:
            value = DateValue(None, None, None, YearSource.UNKNOWN, pod, None, weekday)
        else:
            value = DateValue(when.day, when.month, when.year, YearSource.RELATIVE, pod, None, when.weekday())
        mention = DateMention(doc.quote(m.start(), m.end()), span.start, span.end, value)
        hits.append(Hit(m.start(), m.end(), mention))
    return hits


def find_relative_dates(
    text: RawText, *, year: int | None = None, reference: datetime.date | None = None
) -> list[DateMention]:
    """Day-precise relative dates in running text, resolved against ``reference``.

    >>> found = find_relative_dates("Chiều nay, đoàn đến.", reference=datetime.date(2024, 1, 6))
    >>> [(m.text, m.to_date()) for m in found]
    [('Chiều nay', datetime.date(2024, 1, 6))]
    """
    from ..text.decode import decode
    from ..text.document import read_document

    doc = read_document(decode(text, what="find_relative_dates()"))
    return [h.item for h in scan_relative_dates(doc, Options(year=year, reference=reference))]


# --------------------------------------------------------------------------- strict parsing and formatting

# A month-first date (``8/27``), to suggest the day-first form in an error.
_MONTH_FIRST: Final = lazy_pattern(r"(?P<m>\d\d?)(?P<s>[/.\-])(?P<d>1[3-9]|2\d|3[01])(?P<rest>(?P=s)\d{4})?")
_STRICT_TAIL: Final = lazy_pattern(
    r"\s*(?:[\-–,|]\s*|lúc\s+)?(?:[01]?\d|2[0-3])(?::|h|\s*giờ\s*)[0-5]\d(?::[0-5]\d)?\s*\Z", re.IGNORECASE
)


def parse_date(text: RawText, *, year: int | None = None) -> DateValue:
    """Parse one whole date expression into a :class:`~vnlao_corpus.DateValue`.

    Accepts what :func:`find_dates` reads as a single date, optionally with a
    part of the day, weekday, ``ngày``/``mồng`` before it and a clock time
    after it. ``year`` is used when none is written (``year_source`` is then
    ``CALLER``). Raises :class:`~vnlao_corpus.ParseError`, quoting the input and
    saying why, for anything else. Bytes are decoded as :func:`~vnlao_corpus.parse`
    decodes them; any other kind of object raises
    :class:`~vnlao_corpus.InputTypeError`.

    >>> v = parse_date("27/8/2024")
    >>> (v.day, v.month, v.year, v.year_source)
    (27, 8, 2024, <YearSource.WRITTEN: 'written'>)
    >>> parse_date("Thứ Ba, 27 tháng 8, 2024").weekday
    1
    >>> parse_date("Sáng 6/6", year=2021).part_of_day
    <PartOfDay.MORNING: 'morning'>
    >>> parse_date("31/2")
    Traceback (most recent call last):
    vnlao_corpus.errors.ParseError: '31/2' is not a date: February has no day 31
    """
    from ..text.decode import decode

    return _parse_date(decode(text, what="parse_date()"), year)


def _parse_date(text: str, year: int | None) -> DateValue:
    from ..text.normalize import normalize

    norm = normalize(text).text.strip()
    problems: list[tuple[int, int, str]] = []
    found = _read_segment(norm, 0, len(norm), problems, strict=True)
    if problems:
        msg = f"{text!r} is not a date: {problems[0][2]}"
        raise ParseError(msg)
    if len(found) > 1:
        msg = f"{text!r} is a range of dates, not one date; use find_dates() to read both ends"
        raise ParseError(msg)
    if not found:
        swapped = _MONTH_FIRST.fullmatch(norm)
        if swapped is not None and 1 <= int(swapped.group("m")) <= 12:
            d, sep, m, rest = swapped.group("d"), swapped.group("s"), swapped.group("m"), swapped.group("rest") or ""
            msg = f"{text!r} is not a date: there is no month {int(d)}; did you mean '{d}{sep}{m}{rest}' (day first)?"
            raise ParseError(msg)
        msg = f"{text!r} is not a date: no day and month found (forms: 27/8, 27/8/2024, 6 tháng 1, 2024-08-27)"
        raise ParseError(msg)
    f = found[0]
    prefix = _read_prefix(norm, f.start)
    lead = norm[: f.start]
    tail = norm[f.end :]
    year_tail = _YEAR_AFTER.match(norm, f.end)
    if year_tail is not None and f.year is not None:
        tail = norm[year_tail.end() :]
    if tail and _STRICT_TAIL.match(tail) is None and tail.strip(" .,") != "":
        msg = f"{text!r} is not one date: {tail.strip()!r} follows it"
        raise ParseError(msg)
    extra = _TOKEN.findall(lead)[: -prefix.tokens or None]  # tokens before the words read
    if extra:
        msg = f"{text!r} is not one date: {' '.join(extra)!r} stands before it"
        raise ParseError(msg)
    if f.year is not None:
        return DateValue(f.day, f.month, f.year, YearSource.WRITTEN, f.part_of_day, f.time, f.weekday)
    source = YearSource.CALLER if year is not None else YearSource.UNKNOWN
    if year is not None:
        why = _impossible(f.day, f.month, year)
        if why is not None:
            msg = f"{text!r} is not a date in {year}: {why}"
            raise ParseError(msg)
    return DateValue(f.day, f.month, year, source, f.part_of_day, f.time, f.weekday)


def format_date(value: DateValue, format: str = "long") -> str:
    """Render a date value as Vietnamese text with babel (``short``, ``medium``, ``long``, ``full``).

    A value without a year is written as day and month (``27 tháng 8``, or
    ``27/8`` for ``short``).

    >>> format_date(DateValue(27, 8, 2024))
    '27 tháng 8, 2024'
    >>> format_date(DateValue(27, 8, 2024), "full")
    'Thứ Ba, 27 tháng 8, 2024'
    >>> format_date(DateValue(27, 8, None))
    '27 tháng 8'
    """
    from babel.dates import format_date as babel_format_date

    if value.day is None or value.month is None:
        msg = f"cannot format {value!r}: it has no day or no month"
        raise ValueError(msg)
    when = value.to_date()
    if when is not None:
        return str(babel_format_date(when, format, locale="vi"))
    if format == "short":
        return f"{value.day}/{value.month}"
    leap = datetime.date(2000, value.month, value.day)  # a leap year, so that 29/2 renders
    pattern = "d MMM" if format == "medium" else "d MMMM"
    return str(babel_format_date(leap, pattern, locale="vi"))
