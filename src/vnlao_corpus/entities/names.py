"""Personal names: reading them from text, telling their shape, and keys for matching spellings.

A name is a run of capitalised words (``Bùi Thanh Sơn``, ``Saleumxay
Kommasith``, ``Thoong-lun Xi-xu-lít``, ``Tập Cận Bình``, ``Antony Blinken``).
:func:`read_name` reads one starting at a position and stops before what
cannot be part of it: a title, a country, a province, a function word
(``Bùi Thanh Sơn Đã`` gives ``Bùi Thanh Sơn``). :func:`name_shape` says
whether a name is written the Vietnamese way (a common surname, then one
Vietnamese syllable per word) or not. :func:`name_key` gives a key under
which the romanisations of one Lao name meet (``Thongloun``/``Thonglun``,
``Siphandone``/``Siphandon``, ``Lakhamphong``/``Lakhamfong``).

>>> m = read_name("Bùi Thanh Sơn Đã điện đàm", 0)
>>> m.text, m.shape
('Bùi Thanh Sơn', <NameShape.VIETNAMESE: 'vietnamese'>)
>>> name_key("Thonglun Sisulith") == name_key("Thongloun Sisoulith")
True
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Final, NamedTuple

from ..text.normalize import lowercase

__all__ = [
    "VIETNAMESE_SURNAMES",
    "NameMatch",
    "NameShape",
    "is_vietnamese_syllable",
    "looks_lao",
    "name_key",
    "name_run_ending_at",
    "name_runs",
    "name_shape",
    "read_name",
    "token_key",
]


@functools.cache
def _word_re() -> re.Pattern[str]:
    # One word of letters, perhaps hyphenated (Thoong-lun, Xi-xu-lít). Whether
    # it is capitalised is checked in code, which keeps the pattern small.
    return re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _capitalised(word: str) -> bool:
    """A capital, then lower case in every hyphen part (``Xi-xu-lít``); not ``ASEAN``."""
    if not word[:1].isupper():
        return False
    if "-" not in word:
        return len(word) == 1 or word[1:].islower()
    return all(part[1:] == "" or part[1:].islower() for part in word.split("-"))


@functools.cache
def _capital() -> str:
    """A character class of every capital a name can start with, written as ranges.

    Every upper-case letter of the Basic Multilingual Plane, and the whole of
    the planes above it (a word starting there is read whole, then rejected by
    :func:`_capitalised` like any other). Listed once, as ranges, the class is
    a table look-up for the regex engine.
    """
    letter = re.compile(r"[^\W\d_]")
    ranges: list[list[int]] = []
    for code in range(0x10000):
        ch = chr(code)
        if ch.isupper() and letter.match(ch):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges) + "\U00010000-\U0010ffff]"


@functools.lru_cache(maxsize=16)
def _run_re(limit: int) -> re.Pattern[str]:
    """Up to ``limit`` words one space apart, each starting with a capital, matched in one call.

    Requiring the capital in the pattern stops the run at the first word that
    cannot be part of a name, instead of reading words through ``[^\\W\\d_]``
    (a Unicode lookup per character) to throw most of them away; bounding the
    run at the words the caller reads stops it from reading a long capitalised
    headline to its end. The words are greedy and the run optional after the
    first, so the words matched are those an unbounded run starts with.
    """
    word = rf"{_capital()}[^\W\d_]*(?:-[^\W\d_]+)*"
    return re.compile(rf"{word}(?: {word}){{0,{limit - 1}}}")


# The most common Vietnamese surnames (they cover well over 95% of the population).
# ``Ông`` is left out: at the start of a sentence it is the honorific (Mr).
VIETNAMESE_SURNAMES = frozenset(
    """Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh
    Trương Lâm Đinh Lương Lưu Mai Tô Hà Tạ Cao Quách Thái Triệu Chu Châu Đàm Đồng Khúc Kiều La Lại Lò Lục
    Mạc Nông Phùng Quan Tăng Thân Tôn Từ Văn Vi Âu Bạch Bế Cù Diệp Doãn Giang Giáp Hầu Hứa Kim Kha
    Khổng Lạc Lã Lạng Lữ Mã Nghiêm Ninh Phí Phó Phương Quang Tiêu Tống Trình Trương Ứng Viên Yên""".split()  # noqa: SIM905 (a word list reads better than a literal)
)

# Capitalised function words and sentence openers that never continue a name.
_STOP: Final = frozenset(
    """Đã Và Cùng Cũng Sẽ Tại Trong Với Cho Về Theo Khi Là Có Đang Được Nhân Ngày Sáng Chiều Tối Trưa
    Hôm Phu Bộ Ban Đảng Ủy Chủ Thủ Tổng Phó Bí Ảnh Nguồn Đoàn Các Những Sau Trước Dự Thăm Tiếp Gặp
    Hội Đến Từ Lễ Chuyến Nhà Thường Tham TTXVN VOV VNA Ông Bà Ngài Nước Cục Vụ Sở Viện Tòa""".split()  # noqa: SIM905 (a word list reads better)
)

_VN_ONSET: Final = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?"
_VN_SYLLABLE: Final = _VN_ONSET + r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"


class NameShape(enum.Enum):
    """How a name is written: the Vietnamese way, or another (Lao, Khmer, Western ...).

    >>> NameShape.VIETNAMESE.value
    'vietnamese'
    """

    VIETNAMESE = "vietnamese"
    FOREIGN = "foreign"


class NameMatch(NamedTuple):
    """A name read from text: ``[start, end)`` offsets into the scanned string, its words and shape.

    A named tuple: many are built per article, and a tuple is the cheapest record to build.

    >>> read_name("ông Saleumxay cảm ơn", 4).tokens
    ('Saleumxay',)
    """

    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    shape: NameShape


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=8192)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` can be one Vietnamese syllable (tone marks ignored).

    >>> is_vietnamese_syllable("Nguyễn"), is_vietnamese_syllable("Sisay"), is_vietnamese_syllable("Manet")
    (True, False, False)
    """
    return re.fullmatch(_VN_SYLLABLE, lowercase(_strip_marks(word))) is not None


def name_shape(tokens: tuple[str, ...] | list[str]) -> NameShape:
    """VIETNAMESE when the first word is a common Vietnamese surname and every word one syllable.

    >>> name_shape(("Phạm", "Minh", "Chính")), name_shape(("Hun", "Manet"))
    (<NameShape.VIETNAMESE: 'vietnamese'>, <NameShape.FOREIGN: 'foreign'>)
    """
    return _shape(tuple(tokens))


@functools.lru_cache(maxsize=8192)
def _shape(tokens: tuple[str, ...]) -> NameShape:
    if (
        1 <= len(tokens) <= 4
        and (tokens[0] in VIETNAMESE_SURNAMES or len(tokens) == 1)
        and all("-" not in t and is_vietnamese_syllable(t) for t in tokens)
    ):
        return NameShape.VIETNAMESE
    return NameShape.FOREIGN


# Spelling habits of Lao names in Latin letters (Sonexay, Phomvihane, Sisoulith,
# Kommasith, Thongsavanh, Bounnhang): clusters rare in Vietnamese names.
_LAO_HINT: Final = r"ph|th|kh|x|ou|one$|ane$|ith$|anh$|vong|sone|xay|say|ay$|oun|boun|kham|seng|phon"


def looks_lao(tokens: tuple[str, ...] | list[str]) -> bool:
    """Whether a foreign-shaped name is spelled the way Lao names are romanised.

    A weak hint, for when nothing else in an article tells the country.

    >>> looks_lao(("Sonexay", "Siphandone")), looks_lao(("Antony", "Blinken"))
    (True, False)
    """
    if name_shape(tokens) is NameShape.VIETNAMESE:
        return False
    hits = sum(1 for t in tokens if re.search(_LAO_HINT, lowercase(_strip_marks(t))))
    return hits * 2 > len(tokens)


# Romanisation variants of Lao (and other) names, applied in order to a
# lower-cased, mark-free word. Each pair says how two spellings of one sound meet.
# (Plain strings: the re module compiles and caches them on first use.)
_KEY_RULES: tuple[tuple[str, str], ...] = (
    (r"-", ""),  # Thoong-lun -> thoonglun
    (r"ph|f", "p"),  # Lakhamphong / Lakhamfong
    (r"th", "t"),  # Sisoulith / Sisulit
    (r"kh", "k"),
    (r"x", "s"),  # Xaysomphone / Saysomphone, Xi-xu-lít / Sisoulith
    (r"w", "v"),  # Wattay / Vattay
    (r"r", "l"),  # Vorachith / Volachith
    (r"oo", "o"),  # Thoong-lun / Thong
    (r"ou|uu", "u"),  # Thongloun / Thonglun
    (r"y", "i"),
    (r"([aeiou])\1+", r"\1"),  # doubled vowels
    (r"([bcdgklmnpstv])\1+", r"\1"),  # doubled consonants: Kommasith / Komasith
    (r"e$", ""),  # Siphandone / Siphandon
    (r"ng$", "n"),  # Lakhamphong / Lakhamphon
    (r"h$", ""),  # Thongsavanh / Thongsavan
)


@functools.lru_cache(maxsize=4096)
def token_key(word: str) -> str:
    """A matching key for one word of a foreign (romanised) name.

    >>> token_key("Siphandone") == token_key("Siphandon")
    True
    >>> token_key("Xi-xu-lít") == token_key("Sisoulith")
    True
    """
    key = lowercase(_strip_marks(word))
    for pattern, repl in _KEY_RULES:
        key = re.sub(pattern, repl, key)
    return key


@functools.lru_cache(maxsize=8192)
def name_key(name: str) -> tuple[str, ...]:
    """A key under which spellings of one person's name meet.

    Vietnamese names keep their marks (``Năm`` is not ``Nam``); other names
    go through :func:`token_key`, word by word.

    >>> name_key("Bùi Thanh Sơn")
    ('bùi', 'thanh', 'sơn')
    >>> name_key("Vilay Lakhamphon") == name_key("Vilay Lakhamphong")
    True
    """
    tokens = tuple(name.split())
    if name_shape(tokens) is NameShape.VIETNAMESE:
        return tuple(t.casefold() for t in tokens)
    return tuple(token_key(t) for t in tokens)


def read_name(
    text: str,
    pos: int,
    endpos: int | None = None,
    *,
    stop: Callable[[str, int], bool] | None = None,
    max_tokens: int = 5,
) -> NameMatch | None:
    """The name that starts exactly at ``pos`` in ``text``, or ``None``.

    Stops before a function word (``Đã``, ``Và``, ...), before any word at
    which ``stop(text, offset)`` is true (the officials extractor passes a
    check for titles, countries and places), and after ``max_tokens`` words
    (four for a Vietnamese name). All-capital words (``ASEAN``) are not names.

    >>> read_name("Thủ tướng Lào Sonexay Siphandone và Phu nhân", 14).text
    'Sonexay Siphandone'
    >>> read_name("ASEAN", 0) is None
    True
    >>> read_name("Cho Tae-yul đến", 0).text
    'Cho Tae-yul'
    """
    end = len(text) if endpos is None else endpos
    # A name takes at most max_tokens words; the one after may stop it or start a Korean name.
    limit = max_tokens + 1 if max_tokens > 0 else 2
    run = _run_re(limit).match(text, pos, end)
    if run is None:
        return None
    words = run.group().split(" ")  # at most limit words: the pattern reads no more
    # The name is the longest run of capitalised words from the first that no check stops (at
    # most max_tokens): counted here, then sliced, since its words are one space apart.
    count = 0
    w_start = pos
    for w in words:
        if "-" in w:
            if not _capitalised(w):
                break
        elif not (w[0].isupper() and (w[1:].islower() or len(w) == 1)):  # _capitalised, inline: the common case
            break
        if (
            w in _STOP
            and (count or w not in VIETNAMESE_SURNAMES)
            # A function word that is also a Korean surname, before a hyphenated given name (Cho Tae-yul).
            and not (count == 0 and len(words) > 1 and w.isascii() and "-" in words[1] and _capitalised(words[1]))
        ) or (count and stop is not None and stop(text, w_start)):
            break
        count += 1
        w_start += len(w) + 1
        if count >= max_tokens:
            break
    if not count:
        return None
    tokens = tuple(words[:count])
    name_end = w_start - 1  # after the last word counted
    shape = _shape(tokens)
    if count > 4 and tokens[0] in VIETNAMESE_SURNAMES and _shape(tokens[:4]) is NameShape.VIETNAMESE:
        # A Vietnamese name has four words at most (a Vietnamese shape has four at most): a longer
        # run whose first four read as one is that name.
        tokens, shape = tokens[:4], NameShape.VIETNAMESE
        name_end = pos + sum(map(len, tokens)) + 3
    return NameMatch(pos, name_end, text[pos:name_end], tokens, shape)


def name_runs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every run of capitalised words in ``text[start:end]``.

    >>> name_runs("các đồng chí Sisay Ludetmounsone, Ủy viên")
    [(13, 32), (34, 36)]
    """
    stop = len(text) if end is None else end
    runs: list[tuple[int, int]] = []
    for m in _word_re().finditer(text, start, stop):
        if not _capitalised(m.group()):
            continue
        if runs and runs[-1][1] + 1 == m.start() and text[runs[-1][1]] == " ":
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
    return runs


def name_run_ending_at(text: str, start: int, end: int) -> int | None:
    """Where the run of :func:`name_runs` ``(text, start, end)`` that ends at ``end`` starts, if one does.

    The same words as ``name_runs`` read, without a list of every run (only the last can end at ``end``).

    >>> text = "các đồng chí Sisay Ludetmounsone, Ủy viên"
    >>> name_run_ending_at(text, 0, 32), name_run_ending_at(text, 0, 33) is None
    (13, True)
    """
    run_start = run_end = -2  # no run yet
    for m in _word_re().finditer(text, start, end):
        if not _capitalised(m.group()):
            continue
        if run_end + 1 != m.start() or text[run_end] != " ":
            run_start = m.start()
        run_end = m.end()
    return run_start if run_end == end else None
