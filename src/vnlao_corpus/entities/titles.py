"""Titles of office, rank and honour, read from text with the country or party that follows them.

The lexicon is data (``data/lexicons/titles.tsv``, ``ministries.tsv``,
``places.tsv``, each entry with where it came from). All titles are matched
by one compiled pattern, built on first use, whose alternatives share their
prefixes; case is ignored (``Phó thủ tướng``, ``đại tướng``). A title may
start with ``nguyên``/``cựu`` (former) or ``Quyền`` (acting), which stay in
its text; a local office may be followed by its province (``Chủ tịch UBND
tỉnh Lào Cai``), which also stays. A country or party tail (``Lào``,
``nước Cộng hòa Dân chủ Nhân dân Lào``, ``Ban Chấp hành Trung ương Đảng Nhân
dân Cách mạng Lào``) is read into :attr:`TitleMatch.country` and left out of
:attr:`TitleMatch.title`. The head of a unit keeps the unit's name
(``Cục trưởng Cục Lãnh sự``, ``Tư lệnh Quân khu 4``, ``Giám đốc Sở
Công Thương``) up to the person's name; heads that are as often a
company's (``Giám đốc``, ``Tổng Giám đốc``) count only with a unit of state.

>>> [(t.title, t.country) for t in find_titles("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Lào Saleumxay")]
[('Phó Thủ tướng', None), ('Bộ trưởng Bộ Ngoại giao', 'LA')]
>>> t = find_titles("nguyên Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào")[0]
>>> t.title, t.country
('nguyên Chủ tịch nước', 'LA')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final, NamedTuple

import attrs

from ..text.normalize import lowercase
from ._lexicon import read_tsv, trie_pattern
from .countries import country_names, country_pattern
from .names import VIETNAMESE_SURNAMES, NameShape, is_vietnamese_syllable, name_shape

__all__ = [
    "HONORIFICS",
    "TitleEntry",
    "TitleMatch",
    "find_titles",
    "place_country",
    "place_pattern",
    "scan_titles",
    "title_entry",
    "title_key",
    "title_pattern",
    "title_start_source",
]


@attrs.frozen
class TitleEntry:
    """One lexicon title: its text, seniority (smaller is more senior) and the state it exists in.

    ``international``: an office of an international body (it serves no one state).
    ``unit_only``: a head (``Giám đốc``, ``Viện trưởng``) that counts as a title only
    with the unit it heads (``Giám đốc Sở Công Thương``).

    >>> title_entry("Tỉnh trưởng").country
    'LA'
    >>> title_entry("Giám đốc").unit_only, title_entry("Tổng Thư ký Liên hợp quốc").international
    (True, True)
    """

    title: str
    rank: int
    country: str | None = None
    source: str = ""
    local: bool = False
    international: bool = False
    unit_only: bool = False


class TitleMatch(NamedTuple):
    """A title found in text (a named tuple: cheap to build, one per title in the text).

    ``start``/``end`` are offsets into the scanned string and cover the
    title and its tail; ``title_end`` is where the title proper ends (before
    the country or party tail). ``title`` is the text of the title proper as
    it stands; ``country`` comes from the tail or, failing that, from an
    office that exists in one state only.

    >>> t = find_titles("Đại sứ Việt Nam tại Campuchia Nguyễn Huy Tăng")[0]
    >>> (t.title, t.country, t.end)
    ('Đại sứ', 'VN', 29)
    """

    start: int
    end: int
    title_end: int
    title: str
    rank: int
    country: str | None = None
    tail_country: bool = False


_LOCAL_WORDS: Final = (
    "ubnd",
    "ủy ban nhân dân",
    "hđnd",
    "hội đồng nhân dân",
    "tỉnh ủy",
    "thành ủy",
    "tỉnh",
    "đô trưởng",
)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@functools.cache
def _lexicon() -> dict[str, TitleEntry]:
    ministries = read_tsv("ministries.tsv")
    entries: dict[str, TitleEntry] = {}

    def add(title: str, rank: int, country: str | None, source: str) -> None:
        key = title_key(title)
        local = any(w in key for w in _LOCAL_WORDS)
        # Country "-": an office of an international body, which serves no one state.
        international = country == "-"
        country = None if international else country
        entry = TitleEntry(_nfc(title), rank, country, source, local, international, key in _UNIT_ONLY)
        entries.setdefault(key, entry)

    for row in read_tsv("titles.tsv"):
        title, rank, country, source = [*row, "", "", "", ""][:4]
        if "{ministry}" in title:
            for ministry, m_country, *_ in ministries:
                for form in (ministry, "Bộ " + ministry):
                    add(title.replace("{ministry}", form), int(rank), m_country or country or None, source)
        else:
            add(title, int(rank), country or None, source)
    return entries


@functools.lru_cache(maxsize=4096)
def title_key(title: str) -> str:
    """The key two spellings of one title share: NFC, lower case, single spaces.

    >>> title_key("Phó thủ tướng") == title_key("Phó  Thủ tướng")
    True
    """
    return " ".join(lowercase(_nfc(title)).split())


@functools.lru_cache(maxsize=4096)
def title_entry(title: str) -> TitleEntry | None:
    """The lexicon entry of ``title`` (without modifier or tail), or ``None``.

    ``nguyên``, ``cựu`` and ``Quyền`` in front are ignored.

    >>> title_entry("Bộ trưởng Ngoại giao").rank
    5
    >>> title_entry("Quyền Bộ trưởng Ngoại giao").title
    'Bộ trưởng Ngoại giao'
    >>> title_entry("Chủ tịch UBND tỉnh Lào Cai").title
    'Chủ tịch UBND'
    """
    key = _MODIFIER.sub("", title_key(title))
    entries = _lexicon()
    while key:
        if key in entries:
            return entries[key]
        if " " not in key:
            return None
        key = key.rsplit(" ", 1)[0]
    return None


_MODIFIER: Final = re.compile(r"^(?:nguyên|cựu|quyền|tân) ")


@functools.cache
def _places() -> dict[str, str]:
    return {_nfc(row[0]): row[1] for row in read_tsv("places.tsv")}


def _academic() -> str:
    return r"(?:P?GS|TS|ThS)(?:\.\s?(?:TS|ThS|KH))*(?:\.|(?![\w]))"


def _rest_source() -> str:
    """What may follow a title: a province (kept in the title) and a country or party tail."""
    country = country_pattern().pattern
    place = trie_pattern(_places())
    return rf"""
        (?P<kw>\ (?i:tỉnh|thành\ phố|thủ\ đô)(?![\w])   # province word, kept in the title
           (?:\ {place}(?![\w]))?)?
        (?P<place>\ {place}(?![\w]))?                   # a bare province: local offices only
        (?P<tail>
            (?:\ (?:của\ )?
               (?:(?:Ban\ Chấp\ hành\ Trung\ ương\ )?(?:Đảng\ )?(?:Nhân\ dân\ Cách\ mạng|NDCM|Cộng\ sản|Nhân\ dân)
                  \ (?=\S){country}
                 |Đảng\ CPP|CPP
                 |(?:(?i:nước)\ |Vương\ quốc\ )?(?=\S){country}
                  (?:\ tại\ (?:(?i:nước)\ )?(?=\S)(?:{country}|{place}(?![\w])))?   # Tổng Lãnh sự VN tại Luang Prabang
               )
            ){{0,2}}
        )
    """


def title_start_source() -> str:
    """The source of a pattern matching where :func:`title_pattern` matches, without groups or tail.

    Every part of :func:`title_pattern` after the title itself is optional, so
    this head alone says whether a title starts at a position (the officials
    extractor joins it with other checks into one pattern).

    >>> import re
    >>> re.match(title_start_source(), "Thủ tướng Lào").group()
    'Thủ tướng'
    """
    core = trie_pattern((e.title for e in _lexicon().values()), fold=True)
    return rf"(?:(?i:nguyên|cựu|quyền|tân) )?(?:(?i:{core})(?![\w])|{_academic()})"


@functools.cache
def title_pattern() -> re.Pattern[str]:
    """One compiled pattern for a title and its tail, in any case, for matching at a known position.

    Groups: ``core`` (the lexicon title), ``kw`` (``tỉnh``/``thành phố`` and
    province), ``place`` (a bare province), ``tail``. :func:`find_titles`
    scans faster and decides what the groups mean; use it to search.

    >>> title_pattern().match("Thủ tướng Chính phủ Lào").group("core")
    'Thủ tướng Chính phủ'
    """
    core = trie_pattern((e.title for e in _lexicon().values()), fold=True)
    head = rf"""
        (?:(?i:nguyên|cựu|quyền|tân)\ )?
        (?:(?P<core>(?i:{core}))(?![\w])|(?P<academic>{_academic()}))
    """
    return re.compile(head + _rest_source(), re.VERBOSE)


# Titles left out of the scan pattern: their first letter (``h``) starts no other title and is
# among the commonest in text, so a branch for it would slow the whole scan; a plain search for
# the lower-cased word finds them instead, at a negligible cost.
_FOUND_APART: Final = ("hiệu trưởng",)


@functools.cache
def _scan_pattern() -> re.Pattern[str]:
    # Searched over lower-cased text, with no look-behind in front, so that the
    # regex engine can skip ahead to the possible first letters.
    words = [e.title for e in _lexicon().values()] + list(_MODIFIERS) + list(_ACADEMIC_WORDS) + list(HONORIFICS)
    # Words of a letter no other starts with and that is common in text are found by str.find instead.
    words = [w for w in words if not lowercase(w).startswith(_FOUND_APART)]
    core = trie_pattern([w for w in words if w != "ông"], fold=True)
    # ``ông`` is mostly the end of a word (không, công, thông): checked to start one inside the
    # engine, as a branch of its own first letter (no other word starts with ``ô``).
    assert core.startswith("(?:")
    assert not any(lowercase(w).startswith("ô") for w in words if w != "ông")
    return re.compile(rf"{core[:-1]}|ô(?<![\w\-]ô)ng)(?![\w])")


@functools.cache
def _word_start_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The scan pattern with the character before the word in front: a space, or any other mark.

    A title starts a word, so only the positions after a non-word character
    need trying. With a space in front (nearly every case), the pattern has a
    literal prefix that the engine finds like ``str.find``, instead of
    stopping at every possible first letter inside words (``ng``, ``t``).
    The other marks (new line, brackets, quotes ...) are one class, written out
    as ranges so that it is a table look-up: every character of the Basic
    Multilingual Plane that is neither alphanumeric nor ``_``, ``-`` or a
    space, and all of the planes above (:func:`scan_titles` checks those).
    """
    body = _scan_pattern().pattern
    ranges: list[list[int]] = []
    for code in range(0x10000):
        ch = chr(code)
        if not (ch.isalnum() or ch in "_- "):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    marks = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(" " + body), re.compile(f"[{marks}\\U00010000-\\U0010ffff]" + body)


def _apart_starts(low: str) -> list[int]:
    """Where the words of ``_FOUND_APART`` start in ``low``, in order."""
    starts: list[int] = []
    for word in _FOUND_APART:
        i = low.find(word)
        while i >= 0:
            starts.append(i)
            i = low.find(word, i + 1)
    return sorted(starts)


@functools.cache
def _core_pattern() -> re.Pattern[str]:
    core = trie_pattern((e.title for e in _lexicon().values()), fold=True)
    return re.compile(rf"{core}(?![\w])")


@functools.cache
def _rest_pattern() -> re.Pattern[str]:
    return re.compile(_rest_source(), re.VERBOSE)


_MODIFIERS: Final = ("nguyên", "cựu", "quyền", "tân")
# Words before a title that make it part of a place or office name.
_PLACE_BEFORE: Final = ("Phủ ", "Dinh ", "Văn phòng ")
# Words that introduce a person by name: ông Saleumxay, bà ..., ngài ..., đồng chí ...
HONORIFICS = ("ông", "bà", "ngài", "đồng chí")
_ACADEMIC_WORDS: Final = {"pgs": "PGS", "gs": "GS", "ths": "ThS", "ts": "TS"}
_ACADEMIC_MORE: Final = re.compile(r"(?:\.\s?(?:TS|ThS|KH))*\.?")


@functools.cache
def place_pattern() -> re.Pattern[str]:
    """A compiled pattern matching a province or city name of ``places.tsv`` (whole words).

    >>> place_pattern().match("Lào Cai").group()
    'Lào Cai'
    """
    return re.compile(r"(?<![\w])" + trie_pattern(_places()) + r"(?![\w])")


def place_country(name: str) -> str | None:
    """The country a province or city of ``places.tsv`` lies in, or ``None``.

    >>> place_country("Vientiane")
    'LA'
    """
    return _places().get(_nfc(name))


def _party_country(tail: str) -> str | None:
    if "CPP" in tail:
        return "KH"
    return None


def _lower(text: str) -> str:
    """``text.lower()`` with the same length (a character whose lower case is longer stays)."""
    low = lowercase(text)
    if len(low) == len(text):
        return low
    return "".join(c if len(lowercase(c)) != 1 else lowercase(c) for c in text)


# Heads of a unit, and the words the unit's name starts with (Cục trưởng Cục Lãnh sự,
# Hiệu trưởng Trường Đại học ..., Tư lệnh Quân khu 4): the unit stays in the title.
_UNIT_HEADS: dict[str, tuple[str, ...]] = {
    "cục trưởng": ("Cục",),
    "phó cục trưởng": ("Cục",),
    "tổng cục trưởng": ("Tổng cục",),
    "vụ trưởng": ("Vụ",),
    "phó vụ trưởng": ("Vụ",),
    "viện trưởng": ("Viện",),
    "hiệu trưởng": ("Trường", "Học viện", "Đại học"),
    "giám đốc": ("Sở", "Học viện", "Bệnh viện", "Trung tâm", "Đại học", "Công an", "Cảng vụ", "Kho bạc"),
    "phó giám đốc": ("Sở", "Học viện", "Bệnh viện", "Trung tâm", "Đại học", "Công an"),
    "tổng giám đốc": ("Thông tấn xã", "Đài", "Kho bạc"),
    # Not companies: their names often look like people's (Công ty Nguyễn Kim).
    "chủ tịch": ("Hội", "Liên hiệp", "Hiệp hội", "Liên đoàn", "Phòng Thương mại"),
    "trưởng ban": ("Ban",),
    "phó trưởng ban": ("Ban",),
    "tư lệnh": ("Quân khu", "Quân chủng", "Quân đoàn", "Bộ đội", "Bộ Tư lệnh", "Cảnh sát biển", "Vùng"),
    "chính ủy": ("Quân khu", "Quân chủng", "Quân đoàn", "Bộ đội", "Bộ Tư lệnh", "Cảnh sát biển", "Vùng"),
    "phó tư lệnh": ("Quân khu", "Quân chủng", "Quân đoàn", "Bộ đội", "Bộ Tư lệnh", "Cảnh sát biển", "Vùng"),
    "phó chính ủy": ("Quân khu", "Quân chủng", "Quân đoàn", "Bộ đội", "Bộ Tư lệnh", "Cảnh sát biển", "Vùng"),
    "chỉ huy trưởng": ("Bộ Chỉ huy",),
    "tổng lãnh sự": ("Tổng Lãnh sự quán",),
}
# Heads that count as titles only with their unit: a bare "Giám đốc" is as often a company's.
_UNIT_ONLY: Final = frozenset({"giám đốc", "phó giám đốc", "tổng giám đốc", "hiệu trưởng", "viện trưởng", "trưởng ban"})
# The words of a unit's name: up to a clause mark, at most this many characters.
_UNIT_WORD: Final = re.compile(r" (?:[^\W_]+(?:[-.][^\W_]+)*|-|–)")  # T.Ư, TP.HCM, Xi-xu-lít
_UNIT_LIMIT: Final = 90
# Marks that close a unit's name when no person's name follows it.
_CLAUSE: Final = frozenset(",;.(")


def _unit_end(text: str, entry: TitleEntry | None, pos: int, stop: int) -> int | None:
    """Where the unit named after a unit head ends (before the person's name), or ``None``.

    The unit runs up to the first run of capitalised words that ends in a
    name, or up to a title (``Tư lệnh Quân khu 4 Trung tướng ...``). With no
    name after it, it runs to a clause mark right after a capitalised word
    (``A, Giám đốc Sở Ngoại vụ Hà Nam,``); otherwise the unit
    is not read.
    """
    if entry is None or text[pos : pos + 1] != " ":
        return None
    heads = _UNIT_HEADS.get(title_key(entry.title))
    if heads is None or not text.startswith(heads, pos + 1):
        return None
    head = next((h for h in heads if text.startswith(h + " ", pos + 1)), None)
    if head is None:
        return None
    words: list[tuple[int, int]] = []
    limit = min(stop, pos + _UNIT_LIMIT)
    closed = False
    while True:
        m = _UNIT_WORD.match(text, pos, limit)
        if m is None:
            break
        if m.group() in (" -", " –") and not text[m.end() + 1 : m.end() + 2].isupper():
            # A dash then a lower-case word closes an apposition (A - Phó Tư lệnh Bộ đội Biên phòng - tiếp ...).
            closed = True
            break
        words.append((m.start() + 1, m.end()))
        pos = m.end()
    first = i = len(head.split())
    core = _core_pattern()
    while i < len(words):
        s = words[i][0]
        if i > first and text[s].isupper() and core.match(_lower(text[s : s + 60])) is not None:
            return words[i - 1][1]
        if not text[s].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(words) and text[words[j + 1][0]].isupper():
            j += 1
        tokens = [text[a:b] for a, b in words[i : j + 1]]
        cut = _name_cut(tokens)
        if cut is None:
            found = country_pattern().match(text, s)
            skip = 0 if found is None else len(found.group().split())
            # A country then a foreign name: the country is the title's tail, read after the unit.
            cut = 0 if 0 < len(tokens) - skip and _is_name(tokens[skip:]) else None
        if cut is not None and i + cut > first:
            return words[i + cut - 1][1]
        i = j + 1
    if words and closed:
        return words[-1][1]
    if not words or not text[words[-1][0]].isupper():
        return None
    if text[words[-1][1] : words[-1][1] + 2].lstrip()[:1] in _CLAUSE:
        return words[-1][1]
    return None


def _name_cut(tokens: list[str]) -> int | None:
    """Where a Vietnamese name ends a run of unit and name words (three words first, then four, then two)."""
    for size in (3, 4, 2):
        i = len(tokens) - size
        if i < 0 or (size == 2 and i > 0):
            # Two words are a name only as a run of their own (not Trường THCS Tam Giang Tây).
            continue
        name = tokens[i:]
        whole = " ".join(name)
        if (
            name[0] in VIETNAMESE_SURNAMES
            and name_shape(name) is NameShape.VIETNAMESE
            and whole not in _places()
            and whole not in country_names()
        ):
            return i
    return None


def _is_name(tokens: list[str]) -> bool:
    """A foreign name: two words or more, not a place or country, with a word Vietnamese lacks."""
    whole = " ".join(tokens)
    return (
        len(tokens) >= 2
        and all(len(t) > 1 and "." not in t and not t.isupper() for t in tokens)  # no abbreviation (Đội T.Ư)
        and whole not in country_names()
        and whole not in _places()
        and not all(is_vietnamese_syllable(t) for t in tokens)
    )


def find_titles(text: str, start: int = 0, end: int | None = None) -> list[TitleMatch]:
    """Every title in ``text[start:end]``, in text order, with offsets into ``text``.

    ``text`` should be normalised (NFC, single spaces).

    >>> [t.title for t in find_titles("Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Bộ trưởng Quốc phòng")]
    ['Đại tướng', 'Ủy viên Bộ Chính trị', 'Bộ trưởng Quốc phòng']
    >>> find_titles("Chủ tịch HĐND tỉnh Lào Cai")[0].title
    'Chủ tịch HĐND tỉnh Lào Cai'
    >>> [t.title for t in find_titles("PGS.TS. Nguyễn Văn An và quyền Bộ trưởng Lê Văn Bình")]
    ['PGS.TS.', 'quyền Bộ trưởng']
    """
    return scan_titles(text, start, end)[0]


def scan_titles(text: str, start: int = 0, end: int | None = None) -> tuple[list[TitleMatch], list[int]]:
    """Titles as :func:`find_titles`, and where names after ``ông``/``bà``/``ngài``/``đồng chí`` start.

    One scan finds both (the officials extractor needs both).

    >>> titles, people = scan_titles("Thủ tướng Lào và ông Saleumxay")
    >>> [t.title for t in titles], people
    (['Thủ tướng'], [21])
    """
    stop = len(text) if end is None else min(end, len(text))
    if start >= stop:
        return [], []
    low = _lower(text[start:stop])
    scan, core_re, rest_re = _scan_pattern(), _core_pattern(), _rest_pattern()
    after_space, after_mark = _word_start_patterns()
    names = country_names()
    country_re = country_pattern()
    out: list[TitleMatch] = []
    people: list[int] = []
    pos = 0
    apart, next_apart = _apart_starts(low), 0
    # The first word has no character before it: tried on its own. After it, the leftmost word
    # the scan pattern matches is the nearer of the next one after a space and the next one after
    # another mark. Each search is kept until ``pos`` passes what it found (or for good when it
    # found nothing), so that the text is searched once over, however the two kinds alternate.
    at_start = scan.match(low, 0)
    spaced = after_space.search(low)
    marked = after_mark.search(low)
    while True:
        if pos == 0 and at_start is not None:
            s, end_ = 0, at_start.end()
        else:
            if spaced is not None and spaced.start() < pos - 1:
                spaced = after_space.search(low, pos - 1)
            if marked is not None and marked.start() < pos - 1:
                marked = after_mark.search(low, pos - 1)
            nearer = marked if spaced is None or (marked is not None and marked.start() < spaced.start()) else spaced
            # The match includes the character before the word.
            s, end_ = (-1, -1) if nearer is None else (nearer.start() + 1, nearer.end())
        while next_apart < len(apart) and apart[next_apart] < pos:
            next_apart += 1
        # Every word found apart before the scan's hit is tried in turn (one that is not a
        # whole word, ``hiệu trưởngx``, must not hide the next one).
        while next_apart < len(apart) and (s < 0 or apart[next_apart] < s):
            next_apart += 1
            core = core_re.match(low, apart[next_apart - 1])
            if core is not None:
                s, end_ = core.start(), core.end()
                break
        if s < 0:
            break
        if s > 0 and (low[s - 1].isalnum() or low[s - 1] in "_-"):
            pos = s + 1
            continue
        word = low[s:end_]
        if text.endswith(_PLACE_BEFORE, start, start + s):
            # Phủ Chủ tịch (the Presidential Palace), Văn phòng Chủ tịch nước: part of a name, not a title.
            pos = end_
            continue
        if word in HONORIFICS:
            after = start + end_ + 1
            if after < stop and text[after - 1] == " " and text[after].isupper():  # a name starts in range
                people.append(after)
            pos = end_
            continue
        core_end = end_
        entry: TitleEntry | None = None
        if word in _MODIFIERS:
            core = core_re.match(low, core_end + 1) if low[core_end : core_end + 1] == " " else None
            if core is None:
                pos = core_end
                continue
            core_end = core.end()
            entry = title_entry(core.group())
        elif word in _ACADEMIC_WORDS:
            if text[start + s : start + core_end] != _ACADEMIC_WORDS[word]:
                pos = core_end
                continue
            more = _ACADEMIC_MORE.match(text, start + core_end, stop)
            core_end = more.end() - start if more else core_end
        else:
            entry = title_entry(word)
        if entry is not None:
            unit = _unit_end(text, entry, start + core_end, stop)
            if unit is not None:
                core_end = unit - start
            elif entry.unit_only:
                pos = core_end
                continue
        rest = rest_re.match(text, start + core_end, stop)
        assert rest is not None  # every part of it is optional
        local = entry is not None and entry.local
        title_end = rest.end("kw") if rest.group("kw") else start + core_end
        tail_start = title_end
        tail_end = rest.end()
        if rest.group("place"):
            if local:
                title_end = tail_start = rest.end("place")
            else:
                # A province right after a non-local title is a name (Chủ tịch Hồ Chí Minh): no tail.
                tail_end = title_end
        tail = text[tail_start:tail_end]
        country: str | None = None
        tail_country = False
        if tail:
            found = country_re.search(tail)
            country = names[found.group()] if found is not None else _party_country(tail)
            tail_country = country is not None
        if country is None and entry is not None:
            country = entry.country
        rank = entry.rank if entry is not None else 0
        out.append(TitleMatch(start + s, tail_end, title_end, text[start + s : title_end], rank, country, tail_country))
        pos = max(tail_end - start, s + 1)
    return out, people
