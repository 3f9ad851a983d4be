"""Years pinned by who held which office: the tenures of the top Vietnamese and Lao officials.

``data/lexicons/tenures.tsv`` lists who held the top offices of Vietnam and
Laos since 2011, with the month each tenure began and ended. An article that
names ``Chủ tịch nước Lương Cường`` (in office from October 2024) is written
in 2024 or later; with ``Thủ tướng Nguyễn Xuân Phúc`` as well (2016–2021) no
year fits, and nothing is said. The table is known complete through
:data:`REVIEWED_THROUGH`; later years stay open to every ended tenure. Only incumbent titles count: ``nguyên`` and
``cựu`` (former) say nothing about the article's year. An acting title
(``Quyền Bộ trưởng Ngoại giao``) matches only an acting tenure.

>>> from vnlao_corpus.model import Official
>>> vn, la = Official("Nguyễn Xuân Phúc", ("Thủ tướng",), "VN"), Official("Thongsing Thammavong", ("Thủ tướng",), "LA")
>>> sorted(tenure_years([vn, la], this_year=2025))
[2016]
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterable

import attrs

from ..model import Official
from ._lexicon import read_tsv

__all__ = ["REVIEWED_THROUGH", "Tenure", "tenure_years", "tenures", "year_from_tenures"]

#: The last year ``tenures.tsv`` is known complete for. After it, a person whose
#: tenure ended may hold the office again (``Tô Lâm`` was Chủ tịch nước in 2024
#: and is named so again later), so an ended tenure allows every later year too.
REVIEWED_THROUGH = 2025


@attrs.frozen
class Tenure:
    """One person's time in one office: ``end`` is ``None`` while in office.

    ``start`` and ``end`` are ``(year, month)``; month is 0 when only the year is known.

    >>> sorted(Tenure("Tô Lâm", "Tổng Bí thư", "VN", (2024, 8), None, "public record").years(2026))
    [2024, 2025, 2026]
    """

    name: str
    office: str
    country: str
    start: tuple[int, int]
    end: tuple[int, int] | None
    source: str

    def years(self, this_year: int) -> frozenset[int]:
        """The calendar years the person may have held the office, up to ``this_year``.

        The years of the tenure, and for an ended one every year after
        :data:`REVIEWED_THROUGH` (the table does not know them).

        >>> sorted(Tenure("A B", "Thủ tướng", "VN", (2016, 4), (2021, 4), "x").years(2027))
        [2016, 2017, 2018, 2019, 2020, 2021, 2026, 2027]
        """
        if self.end is None:
            return frozenset(range(self.start[0], max(this_year, self.start[0]) + 1))
        unknown = range(max(REVIEWED_THROUGH, self.end[0]) + 1, this_year + 1)
        return frozenset(range(self.start[0], self.end[0] + 1)).union(unknown)


_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?")
# Words in front of a title: former ones disqualify, tân (newly) is dropped, Quyền (acting) is kept.
_FORMER = re.compile(r"(?:nguyên|cựu)\s", re.IGNORECASE)
_NEW = re.compile(r"tân\s+", re.IGNORECASE)
# ``Bộ trưởng Bộ Ngoại giao`` is the ``Bộ trưởng Ngoại giao`` of the lexicon.
_MINISTRY = re.compile(r"(bộ trưởng)\s+bộ\s+")


def _this_year() -> int:
    return datetime.date.today().year


def _month(cell: str) -> tuple[int, int]:
    m = _DATE.fullmatch(cell)
    if m is None:
        raise ValueError(f"tenures.tsv: bad date {cell!r}")
    return int(m[1]), int(m[2] or 0)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


@functools.cache
def tenures() -> dict[str, tuple[Tenure, ...]]:
    """The tenures of ``tenures.tsv``, by case-folded name (read once).

    >>> [t.office for t in tenures()["tô lâm"]]
    ['Tổng Bí thư', 'Chủ tịch nước', 'Bộ trưởng Công an']
    """
    table: dict[str, list[Tenure]] = {}
    for name, office, country, start, end, source in read_tsv("tenures.tsv"):
        tenure = Tenure(name, office, country, _month(start), _month(end) if end else None, source)
        table.setdefault(_key(name), []).append(tenure)
    return {name: tuple(rows) for name, rows in table.items()}


def _office(title: str) -> str | None:
    """The title in the lexicon's terms, case-folded; ``None`` for a former office."""
    title = title.strip()
    if _FORMER.match(title):
        return None
    title = _NEW.sub("", title, count=1) if _NEW.match(title) else title
    return _MINISTRY.sub(r"\1 ", _key(title), count=1)


def _matches(office: str, title: str) -> bool:
    # The lexicon office, or it followed by a tail (``Thủ tướng Chính phủ``, ``Tổng Bí thư Ban Chấp hành ...``).
    # ``Quyền Bộ trưởng`` never matches ``Bộ trưởng`` (the key keeps ``quyền`` in front).
    return title == office or title.startswith(office + " ")


def tenure_years(officials: Iterable[Official], this_year: int | None = None) -> frozenset[int]:
    """The years consistent with every official whose name and incumbent title match a tenure.

    Empty when no official matches, or when the matching ones never held
    office in the same year. ``this_year`` (default: today's) closes the
    tenures still running.

    >>> sorted(tenure_years([Official("Lương Cường", ("Chủ tịch nước",), "VN")], this_year=2026))
    [2024, 2025, 2026]
    >>> sorted(tenure_years([Official("Nguyễn Xuân Phúc", ("nguyên Thủ tướng",), "VN")]))
    []
    """
    if this_year is None:
        this_year = _this_year()
    table = tenures()
    years: set[int] | None = None
    for official in officials:
        rows = table.get(_key(official.name))
        if not rows:
            continue
        for title in official.titles:
            office = _office(title)
            if office is None:
                continue
            held = [
                t
                for t in rows
                if _matches(_key(t.office), office) and (official.country is None or official.country == t.country)
            ]
            if not held:
                continue
            fits = {y for t in held for y in t.years(this_year)}
            years = fits if years is None else years & fits
    return frozenset(years or ())


def year_from_tenures(years: frozenset[int], day: int | None, month: int, weekday: int | None) -> int | None:
    """The one year ``years`` allows for a day-month, or ``None``; never a guess.

    A single year is that year; several years need a weekday (0 = Monday)
    that falls on ``day``/``month`` in exactly one of them.

    >>> year_from_tenures(frozenset({2025}), 27, 8, None)
    2025
    >>> year_from_tenures(frozenset({2022, 2023, 2024}), 15, 5, 0)  # Thứ Hai 15/5: a Monday only in 2023
    2023
    >>> year_from_tenures(frozenset({2022, 2023}), 15, 5, None) is None
    True
    """
    if len(years) == 1:
        return next(iter(years))
    if weekday is None or day is None or not years:
        return None
    fits = []
    for year in years:
        try:
            if datetime.date(year, month, day).weekday() == weekday:
                fits.append(year)
        except ValueError:
            continue
    return fits[0] if len(fits) == 1 else None
