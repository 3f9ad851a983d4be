"""Vietnamese calendar words: month, weekday and day-period names, read from CLDR.

The names come from babel's CLDR data for the ``vi`` locale, loaded once and
lazily (importing :mod:`vnlao_corpus` does not import babel). They are extended
only where Vietnamese news writes differently from CLDR: month words
(``tháng Một``, ``tháng Chạp``), weekdays with digits (``thứ 2``), ``chủ nhật``
in lower case, and the day periods ``chiều tối``, ``khuya`` and ``rạng sáng``.

Every key is lower case and NFC, in the normalised spelling of
:mod:`vnlao_corpus.text.normalize`.

>>> month_words()["tháng 8"], month_words()["tháng tám"]
(8, 8)
>>> weekday_words()["chủ nhật"], weekday_words()["thứ 3"]
(6, 1)
>>> day_period_words()["chiều tối"]
<PartOfDay.EARLY_EVENING: 'early_evening'>
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import cast

from ..model import PartOfDay

__all__ = [
    "alternation",
    "day_period_words",
    "lazy_pattern",
    "month_name_words",
    "month_words",
    "quarter_numerals",
    "weekday_words",
]


def _key(word: str) -> str:
    """Lower case, NFC, single spaces: the form every lexicon key takes."""
    return " ".join(unicodedata.normalize("NFC", word).lower().split())


# News usage that CLDR does not list: the month as a word after ``tháng``
# (``tháng Một``, ``tháng Giêng``, ``tháng Chạp``; seen in the news pool and
# listed in FORMAT.md).
_MONTH_WORDS = {
    "một": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}

# News usage beside CLDR's ``Thứ Hai`` ... ``Chủ Nhật``: digits (``thứ 2``,
# ``thứ 7``) and ``chủ nhật`` written in any case (FORMAT.md, the news pool).
_WEEKDAY_EXTRA = {f"thứ {n}": n - 2 for n in range(2, 8)} | {"chủ nhật": 6, "cn": 6}

# Day periods that news writes and CLDR does not list (FORMAT.md).
_DAY_PERIOD_EXTRA = {
    "chiều tối": PartOfDay.EARLY_EVENING,
    "khuya": PartOfDay.NIGHT,
    "rạng sáng": PartOfDay.MORNING,
    "sáng sớm": PartOfDay.MORNING,
    "trưa": PartOfDay.NOON,
}

# CLDR day-period keys -> the model's parts of the day.
_CLDR_PERIODS = {
    "morning1": PartOfDay.MORNING,
    "noon": PartOfDay.NOON,
    "afternoon1": PartOfDay.AFTERNOON,
    "evening1": PartOfDay.EVENING,
    "night1": PartOfDay.NIGHT,
    "midnight": PartOfDay.NIGHT,
}


@functools.cache
def month_words() -> dict[str, int]:
    """Every way of naming a month, lower case, with ``tháng``: ``"tháng 8"``, ``"thg 8"``, ``"tháng tám"``.

    CLDR's wide and abbreviated names (``tháng 8``, ``thg 8``) plus the month
    words of news usage (``tháng Tám``, ``tháng Giêng``).

    >>> month_words()["thg 12"], month_words()["tháng giêng"], month_words()["tháng mười hai"]
    (12, 1, 12)
    """
    from babel.dates import get_month_names

    out: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale="vi").items():
                out[_key(name)] = int(number)
    for word, number in _MONTH_WORDS.items():
        out[f"tháng {word}"] = number
    return out


@functools.cache
def month_name_words() -> dict[str, int]:
    """The month words that may follow ``tháng`` (news usage, not in CLDR): ``"một"`` -> 1.

    >>> month_name_words()["chạp"]
    12
    """
    return dict(_MONTH_WORDS)


@functools.cache
def weekday_words() -> dict[str, int]:
    """Weekday names, lower case -> 0 for Monday ... 6 for Sunday.

    CLDR's wide, abbreviated and narrow names (``thứ ba``, ``th 3``, ``t3``,
    ``chủ nhật``) plus ``thứ 2`` ... ``thứ 7``.

    >>> weekday_words()["thứ ba"], weekday_words()["t7"], weekday_words()["thứ 6"]
    (1, 5, 4)
    """
    from babel.dates import get_day_names

    out: dict[str, int] = {}
    for width in ("wide", "abbreviated", "narrow"):
        for context in ("format", "stand-alone"):
            for number, name in get_day_names(width, context, locale="vi").items():
                out[_key(name)] = int(number)
    out.update(_WEEKDAY_EXTRA)
    return out


@functools.cache
def day_period_words() -> dict[str, PartOfDay]:
    """Words for a part of the day, lower case -> :class:`~vnlao_corpus.PartOfDay`.

    CLDR's wide day periods for ``vi`` (``sáng``, ``trưa``, ``chiều``, ``tối``,
    ``đêm``, ``nửa đêm``) plus ``chiều tối``, ``khuya``, ``rạng sáng``.

    >>> day_period_words()["sáng"], day_period_words()["đêm"]
    (<PartOfDay.MORNING: 'morning'>, <PartOfDay.NIGHT: 'night'>)
    """
    from babel import Locale

    out: dict[str, PartOfDay] = {}
    periods = Locale("vi").day_periods["format"]["wide"]
    for key, name in periods.items():
        part = _CLDR_PERIODS.get(key)
        if part is not None:
            out[_key(name)] = part
    out.update(_DAY_PERIOD_EXTRA)
    return out


@functools.cache
def quarter_numerals() -> dict[str, int]:
    """Quarter numbers as written after ``quý``: Roman or Arabic, lower case.

    >>> quarter_numerals()["iii"], quarter_numerals()["4"]
    (3, 4)
    """
    roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
    return roman | {str(n): n for n in range(1, 5)}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any run of spaces.

    >>> alternation(["thứ ba", "thứ", "chủ nhật"])
    'chủ\\\\s+nhật|thứ\\\\s+ba|thứ'
    """
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in items)


# What a pattern offers; copied from the compiled pattern onto the stand-in on first use.
_PATTERN_ATTRS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    """Stands for a regex compiled on first use; then its methods sit in the instance dict (no further cost)."""

    def __init__(self, source: str | Callable[[], str], flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> object:
        source = self._source if isinstance(self._source, str) else self._source()
        compiled = re.compile(source, self._flags)
        for attr in _PATTERN_ATTRS:
            self.__dict__[attr] = getattr(compiled, attr)
        return getattr(compiled, name)


def lazy_pattern(source: str | Callable[[], str], flags: int = 0) -> re.Pattern[str]:
    """A regex compiled only when first used, so that importing a module that defines it costs nothing.

    ``source`` is the pattern, or a function building it (called once, on first
    use). The result offers the methods of a compiled pattern (``search``,
    ``match``, ``finditer`` ...) at the same cost once compiled.

    >>> digits = lazy_pattern(lambda: r"\\d+")
    >>> digits.search("ngày 12").group(), digits.pattern
    ('12', '\\\\d+')
    """
    return cast("re.Pattern[str]", _LazyPattern(source, flags))
