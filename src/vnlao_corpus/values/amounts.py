"""Vietnamese amounts: money, percentages, percentage points, multiples, counts and measures.

One compiled pattern reads every candidate (a number in digits or words, with
its scale words, an optional range before it, and what follows it: ``%``,
``phần trăm``, a currency, a physical unit); small anchored patterns then read
the qualifier before it (``hơn``, ``khoảng``: kept outside the mention text),
the rate after it (``/năm``) and a counted noun (``274 dự án``). The text is
scanned once: a pattern that starts with a plain character set (digits,
currency symbols and the rarest letter of a few rare words, so that the regex
engine skips the rest in C) gives the candidate starts, and the full pattern is
matched only there, bounded by the sentence holding the start; the same pass
finds ``gấp`` (a multiple) and the scale words and ``phần trăm`` after a number
word, around which amounts in words are looked for.

Currency words that are also common words (``kíp``, a work shift; ``tệ``,
``yên``, ``won``, ``bạt``) are money after a small number without a scale word
only in money context (an earlier amount of money in the sentence, a money
word before, a price per unit); in compounds (``tệ nạn``, ``yên tâm``,
``đồng tác giả``) never. ``đồng`` after any number is money (``0 đồng``).

What is *not* an amount stays out: dates (``27/8``, ``16.5``), clock times,
years after ``năm``, ordinals (``lần thứ 44``), document and phone numbers,
numbers glued to letters (``COVID-19``, ``U23``). A number with nothing
after it (no unit, currency, scale word or counted noun) gives nothing.

A bare scale word of ``tỷ`` size with no currency (``tăng vốn 86.000 tỉ``)
is money when the sentence says so: it takes the currency of an earlier
amount of the same sentence, or VND after a money word (``vốn``, ``giá``, ...).

>>> [(m.text, m.value, m.currency, m.unit) for m in find_amounts("Kim ngạch đạt 1,1 tỷ USD, tăng 16,7%.")]
[('1,1 tỷ USD', Decimal('1100000000'), 'USD', None), ('16,7%', Decimal('16.7'), None, '%')]
>>> a = parse_amount("hơn 3 tỷ 370 triệu đồng")
>>> a.value, a.currency, a.qualifier
(Decimal('3370000000'), 'VND', <Qualifier.MORE_THAN: 'more_than'>)
>>> format_amount(parse_amount("1,1 tỷ USD"))
'1,1 tỷ USD'
"""

from __future__ import annotations

import bisect
import decimal
import functools
import re
from decimal import Decimal
from typing import Final

import attrs

from ..errors import ParseError
from ..model import Amount, AmountKind, AmountMention, Diagnostic, Qualifier
from ..text.decode import RawText
from ..text.document import Document, Hit, Sentence, Zone
from ..text.normalize import normalize_text
from .currencies import PREFIX_SYMBOLS, currency_of, currency_pattern, currency_word, trie_alternation
from .numbers import NUMBER_WORDS, NumberFormatError, exact, parse_number

__all__ = [
    "COUNT_NOUNS",
    "MEASURE_UNITS",
    "QUALIFIERS",
    "find_amounts",
    "format_amount",
    "parse_amount",
    "scan_amounts",
]

#: Qualifier words (normalised spelling, lower case) and what each says.
QUALIFIERS: dict[str, Qualifier] = {
    "gần": Qualifier.NEARLY,
    "hơn": Qualifier.MORE_THAN,
    "trên": Qualifier.MORE_THAN,
    "vượt": Qualifier.MORE_THAN,
    "vượt mốc": Qualifier.MORE_THAN,
    "vượt ngưỡng": Qualifier.MORE_THAN,
    "khoảng": Qualifier.APPROXIMATELY,
    "xấp xỉ": Qualifier.APPROXIMATELY,
    "chừng": Qualifier.APPROXIMATELY,
    "ước đạt": Qualifier.ESTIMATED,
    "ước tính": Qualifier.ESTIMATED,
    "ước": Qualifier.ESTIMATED,
    "tối đa": Qualifier.AT_MOST,
    "không quá": Qualifier.AT_MOST,
    "ít nhất": Qualifier.AT_LEAST,
    "tối thiểu": Qualifier.AT_LEAST,
    "dưới": Qualifier.LESS_THAN,
}
_QUALIFIER_WORDS: Final = {
    Qualifier.NEARLY: "gần",
    Qualifier.MORE_THAN: "hơn",
    Qualifier.APPROXIMATELY: "khoảng",
    Qualifier.ESTIMATED: "ước đạt",
    Qualifier.AT_MOST: "tối đa",
    Qualifier.AT_LEAST: "ít nhất",
    Qualifier.LESS_THAN: "dưới",
}

#: Physical units kept apart from money (FORMAT.md: 300 MW, 500kV, 2.337km, 5.000ha;
#: the news pool: tấn, kg, m2, lít, thùng). Matched as written (case matters: MW, not mw).
MEASURE_UNITS: tuple[str, ...] = (
    "MWh", "GWh", "TWh", "kWh", "MW", "GW", "kW", "kV", "km²", "km2", "m²", "m2", "m³", "m3", "km", "cm",
    "mm", "ha", "héc-ta", "hecta", "tấn", "kg", "tạ", "lít", "thùng", "mét", "m", "°C", "độ C", "TEU", "ounce",
)  # fmt: skip

#: Counted nouns read after a number (FORMAT.md: 274 dự án, 9 cửa khẩu; the rest
#: are the most frequent nouns after a number in the news pool).
COUNT_NOUNS: tuple[str, ...] = (
    "dự án", "cửa khẩu", "doanh nghiệp", "quốc gia", "nước", "người", "tỉnh", "thành phố", "công ty",
    "hiệp định", "văn kiện", "thỏa thuận", "bản ghi nhớ", "học sinh", "sinh viên", "lượt khách", "lượt",
    "du khách", "cán bộ", "chuyên gia", "hộ dân", "hộ", "xã", "huyện", "trường", "bệnh viện", "ca", "vụ",
    "tuyến", "chuyến bay", "chuyến", "lần", "máy bay", "ô tô", "xe", "căn hộ", "sản phẩm", "mặt hàng",
    "lĩnh vực", "tổ chức", "đơn vị", "thành viên", "đại biểu", "lao động", "công nhân", "cuộc", "tác phẩm",
    "suất học bổng", "học bổng", "đoàn", "nhiệm vụ", "công trình", "nhà máy", "hợp đồng", "chương trình",
    "tuổi", "binh sĩ", "chiến sĩ", "liệt sĩ", "hài cốt", "bộ", "ngành", "địa phương", "nhà đầu tư",
    "trận", "bàn thắng", "điểm", "cây số",
)  # fmt: skip
# Durations (79 năm, 7 tháng đầu năm) are left to the period scanner: they are not amounts.

# Words that money is spoken of with: a bare "86.000 tỉ" after one of them is VND.
_MONEY_WORDS: Final = (
    r"vốn|đầu\s+tư|kim\s+ngạch|trị\s+giá|giá\s+trị|(?<!đánh\s)giá|chi\s+phí|ngân\s+sách|doanh\s+thu"
    r"|lợi\s+nhuận|tiền|nợ|vay|viện\s+trợ|tài\s+trợ|tổng\s+mức|thu(?!\s+hút)|chi(?!\s+(?:tiết|nhánh|bộ|viện))"
    r"|lỗ|lãi|thuế|phí|xuất\s+khẩu|nhập\s+khẩu|quỹ|lương|trúng|bồi\s+thường|phạt|thưởng|mua|bán|kiếm"
    r"|tiêu|lừa|chiếm\s+đoạt|hợp\s+đồng|tặng|quyên\s+góp|thiệt\s+hại|thừa\s+kế|chuyển|đòi|đền|bù|xài"
    r"|hết|trả|nộp|gửi|doanh\s+số|tài\s+sản|đút\s+túi|hối\s+lộ|tham\s+ô|buôn\s+lậu|giao\s+dịch"
)
# For a bare tỷ-size number only: the cost of a project is money too ("dự án 149 tỉ").
_PROJECT_WORDS: Final = r"dự\s+án|công\s+trình|gói\s+thầu|đô\s+thị|nhà\s+máy|cầu|đường|sân\s+bay|phim|doanh\s+thu"

# --------------------------------------------------------------------------- patterns

# Digit runs joined by one separator each, never given back: \d+(?:[.,]\d+)*, with the first two
# separators unrolled into branches, so that the engine sets up a repeat of a group (slow) only for
# numbers with three separators or more (1.234.567.890).
_NUM: Final = r"(?>\d+(?:[.,]\d+(?:[.,]\d+(?:[.,]\d+)*|)|))"
# Any case; not "tỉnh", "ngành". Every scale word starts with n or t: one class test (in the same case
# rules) turns most words away before the alternation tries each word in turn.
_SCALE: Final = r"(?=(?i:[nt]))(?i:(?:nghìn|ngàn)\s(?:tỷ|tỉ)|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)"
# Atomic groups: once read, a number is not given back digit by digit (1 MB of digits stays linear).
# An optional group is written (?:X|), not (?:X)?: the same match, but the regex engine runs a
# two-way branch much faster than a repeat of a group (this pattern is tried at every candidate).
_SCALED: Final = r"(?>" + _NUM + r"(?:\s?" + _SCALE + r"(?:\s+rưỡi|)(?:\s" + _NUM + r"\s?" + _SCALE + r")*|))"
_WORD: Final = (
    r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|nhăm|sáu|bảy|bẩy|tám|chín|mười|mươi|trăm|linh|lẻ|rưỡi"
    r"|nghìn|ngàn|triệu|tỷ|tỉ)"
)
_WORDS: Final = r"(?>(?i:" + _WORD + r"(?:\s" + _WORD + r")*))(?!\w)"
# A number in words starts with a digit word or "mười" ("tư" would match "đầu tư").
_FIRST_WORD: Final = r"(?:không|một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)"
_WORD_NUMBER: Final = r"(?<!\w)(?>(?i:" + _FIRST_WORD + r"(?:\s" + _WORD + r")*))(?!\w)"
_PREFIX: Final = "|".join(re.escape(s) for s in sorted(PREFIX_SYMBOLS, key=len, reverse=True))
_UNITS: Final = trie_alternation(MEASURE_UNITS)
_NOUNS: Final = trie_alternation(COUNT_NOUNS)
# What must follow the digits of the first end of a range (a separator or a scale word, after at most
# one space): most numbers are no range, and this test turns them away before the number is read twice.
_RANGE_AHEAD: Final = r"(?=\d[\d.,]*+\s?(?:[-–—]|đến|tới|" + _SCALE + "))"
# Sentences holding one of these may hold an amount in words ("một tỷ rưỡi USD").
_WORD_HINTS: Final = ("tỷ", "tỉ", "triệu", "nghìn", "ngàn", "phần trăm")


def _pattern(number: str, guard: str) -> re.Pattern[str]:
    """The candidate pattern for numbers written as ``number`` (digits or words)."""
    currency = currency_pattern()
    pattern = rf"""
    (?={guard})                                     # a cheap first-character test: skip most positions fast
    (?:
        # gấp 6 lần, gấp đôi: a multiple
        (?P<gap>(?i:gấp))\s+
        (?:(?P<gword>đôi|rưỡi)(?!\w)
          | (?:(?P<gfirst>{_NUM})\s?[-–]\s?)?      # gấp 2-3 lần: a range of multiples
            (?P<gnum>[-−+]?{_NUM}|{_WORDS})(?:\s+(?P<glan>lần))?(?!\w))
    |
        (?:(?P<pre>{_PREFIX})\s?|)                  # US$5 tỷ, €20 (optional: see _SCALED)
        (?:                                         # the first end of a range: 10-15%, 1-1,5 tỷ USD
            {_RANGE_AHEAD}
            (?<![\w.,/:])(?<!\w[-–])
            (?P<first>{_NUM}(?:\s?{_SCALE}|))
            (?:\s?[-–—]\s?|\s(?:đến|tới)\s)
        |)
        (?:(?=[-−+])(?<![\w.,/:])(?<!\w[-–])(?P<sign>[-−+])(?=\d)|)  # (a sign first: most numbers have none)
        (?<![\w.,/:])
        (?P<num>{number})
        (?:                                         # (?!\s): no unit starts with a space, so the space
            \s?(?!\s)                               # is read once, for every unit after it
            (?: (?P<pp>điểm\s+phần\s+trăm|điểm\s?%)(?!\w)
              | (?P<pct>%|(?i:phần\s+trăm)(?!\w))
              | (?P<cur>{currency})
              | (?P<unit>{_UNITS})(?!\w)
            )
          | (?<=[^\W\d_])(?![\w/:]|[.,]\d)          # a bare scaled number (86.000 tỉ): money by context
          | (?=\s(?P<noun>{_NOUNS})(?!\w))          # a number before a counted noun: 274 dự án
          | (?(pre)(?![\w/:]|[.,]\d)|(?!))            # after a currency symbol, nothing more is needed: €20
        )
    )
    """
    return re.compile(pattern, re.VERBOSE)


@functools.cache
def _money_before(big: bool) -> re.Pattern[str]:
    """Money words (and, for ``big``, project words), compiled on first use: only bare numbers need them."""
    words = _MONEY_WORDS + "|" + _PROJECT_WORDS if big else _MONEY_WORDS
    return re.compile(r"(?<!\w)(?i:" + words + r")(?!\w)")


@functools.cache
def _master() -> re.Pattern[str]:
    """The pattern for amounts in digits, compiled once on first use (it needs babel's currency names)."""
    return _pattern(_SCALED, r"[\d\-−+gG" + re.escape("".join({s[0] for s in PREFIX_SYMBOLS})) + "]")


@functools.cache
def _words() -> re.Pattern[str]:
    """The pattern for amounts in words, run only on sentences with a scale word or ``phần trăm``."""
    ahead = r"(?=\s?(?:%|(?i:phần\s+trăm)|" + currency_pattern() + "))"
    return _pattern(_WORD_NUMBER + ahead, "[kmhbnstcKMHBNSTC]")


# A number right after one of these words is an identifier, a year, a date or an ordinal, not an amount.
_BLOCKED_WORDS: Final = frozenset({
    "năm", "tháng", "ngày", "mồng", "quý", "thứ", "số", "khóa", "khoá", "điều", "khoản", "kỳ", "phiên", "hiệu",
    "mã", "lúc", "đường", "ql", "tổ", "phường", "phòng", "tầng", "lô",
})  # fmt: skip
_BLOCKED_PAIRS: Final = frozenset(
    {"quyết định", "nghị định", "thông tư", "chỉ thị", "nghị quyết", "quốc lộ", "điểm số", "lần thứ"}
)
_CHANGE_VERBS: Final = frozenset({"tăng", "giảm"})
_OPENERS: Final = "([\"'“‘"
# The last word of every qualifier, and the change verbs read past: no other word before an amount gives one.
_QUALIFIER_ENDS: Final = frozenset({key.split()[-1] for key in QUALIFIERS} | _CHANGE_VERBS)
_MONEY: Final = AmountKind.MONEY
_NUMBER: Final = AmountKind.NUMBER


def _words_before(text: str, lo: int, pos: int) -> list[str]:
    """The last words before ``pos`` (at most 32 characters back, not before ``lo``), lower case.

    A word glued to punctuation (``năm,``) keeps it, so that it does not count as adjacent.
    The words stop at a line break: a line's last word is not before the next line's first.
    """
    start = max(lo, pos - 32, text.rfind("\n", lo, pos) + 1)
    return text[start:pos].casefold().split()


def _blocked(words: list[str]) -> bool:
    if not words:
        return False
    return words[-1] in _BLOCKED_WORDS or (len(words) > 1 and f"{words[-2]} {words[-1]}" in _BLOCKED_PAIRS)


def _qualifier_of(words: list[str]) -> Qualifier | None:
    """The qualifier that the words before an amount end with (past a change verb: tăng xấp xỉ 34%)."""
    if words and words[-1] in _CHANGE_VERBS:
        words = words[:-1]
    if len(words) > 1:
        pair = QUALIFIERS.get(f"{words[-2].lstrip(_OPENERS)} {words[-1]}")
        if pair is not None:
            return pair
    return QUALIFIERS.get(words[-1].lstrip(_OPENERS)) if words else None


_MULTIPLE_BEFORE: Final = re.compile(r"(?i:tăng|giảm|lớn|cao|nhiều)\s+(?:hơn\s+)?$")
_PER: Final = re.compile(
    r"\s?/\s?(?P<per>[^\W\d_][^\W_]*)|\s+(?:mỗi|một|hằng|hàng)\s+(?P<each>năm|tháng|quý|ngày|tuần)(?!\w)"
)
_NOUN: Final = re.compile(r"\s(?P<noun>" + _NOUNS + r")(?!\w)")
# After a bare scaled number, what may follow when the number is money: end, punctuation, a link word.
_BARE_END: Final = re.compile(
    r"\s*(?:$|[,.;:)\]!?\"”’]|\s?[-–]\s|(?:và|so|với|trong|tăng|giảm|hoặc|nhưng|thì|là)(?!\w))"
)
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_DOTTED: Final = re.compile(r"\d+\.\d{1,2}")  # 2.9, 10.10: a day and month, not a grouped number


# No amount in news is written with more characters than this (a 30-digit number has 39 with grouping).
_LONGEST_NUMBER: Final = 80


# A candidate match and the index of the sentence (in the scanned ranges) that holds it.
_Match = tuple[re.Match[str], int]


# One amount read from a match: (start, end, amount), its normalised span and value. A plain tuple:
# there is one per amount found, and a named tuple's constructor costs as much as the rest of the read.
_Found = tuple[int, int, Amount]


def _scale_power(number_text: str) -> int:
    """The power of ten of the largest scale word in a number's text (0 if none)."""
    words = number_text.casefold().split()
    power = 0
    if "tỷ" in words or "tỉ" in words:
        power = 9
        if "nghìn" in words or "ngàn" in words:
            power = 12
    elif "triệu" in words:
        power = 6
    elif "nghìn" in words or "ngàn" in words:
        power = 3
    return power


_SCALE_WORDS: Final = re.compile(r"\s?" + _SCALE + r"$")


def _trailing_scale(first: str) -> str:
    m = _SCALE_WORDS.search(first)
    return m.group(0) if m else ""


# Numbers read in strict mode without a note, by their text: news repeats the same few numbers.
# (Decimal is immutable; the cache is cleared when full, so it stays small.)
_READ: dict[str, Decimal] = {}
_READ_SIZE: Final = 4096


class _Reader:
    """Reads the amounts of one match, noting ambiguities as diagnostics."""

    def __init__(self, text: str, diagnostics: list[tuple[str, str, int, int]]) -> None:
        self.text = text
        self.diagnostics = diagnostics

    def number(self, raw: str, start: int, end: int, *, note: bool) -> Decimal | None:
        if len(raw) > _LONGEST_NUMBER:
            if note:
                msg = f"a number of {len(raw)} characters is too long to be an amount; it was not read"
                self.diagnostics.append(("number-too-long", msg, start, end))
            return None
        value = _READ.get(raw)
        if value is not None:
            return value
        try:
            value = parse_number(raw, strict=True)
        except NumberFormatError as exc:
            if not exc.suggestions:
                if note:
                    self.diagnostics.append(("unreadable-number", f"{exc}; the amount was not read", start, end))
                return None
        else:
            if len(_READ) >= _READ_SIZE:
                _READ.clear()
            _READ[raw] = value
            return value
        try:
            value = parse_number(raw)
        except NumberFormatError:  # pragma: no cover - lenient reads whatever strict suggested
            return None
        if note:
            msg = f"{raw!r} is not in Vietnamese number format (decimal comma, dot grouping); read as {value}"
            self.diagnostics.append(("ambiguous-number", msg, start, end))
        return value


def _bare(
    m: re.Match[str], text: str, lo: int, context: list[str | None]
) -> tuple[AmountKind, str | None, str | None, int] | None:
    """What a number with nothing after it is: (kind, currency, unit, end), or ``None`` for nothing.

    A counted noun makes a count (``lần`` after ``tăng`` a multiple); a scaled
    number of money size before punctuation or a link word is money when the
    sentence says so.
    """
    end = m.end()
    raw = m.group("num")
    # The pattern's noun (its lookahead read it), else one after a bare scaled number (5 triệu người).
    noun = m if m.group("noun") is not None else _NOUN.match(text, end)
    if noun is not None:
        if (len(raw) == 4 and _YEAR.fullmatch(raw)) or ("." in raw and _DOTTED.fullmatch(raw)):
            return None  # a year ("năm 2023 doanh nghiệp") or a date ("lễ 2.9 năm nay") before a noun
        unit = " ".join(noun.group("noun").split())
        kind = AmountKind.COUNT
        if unit == "lần" and _MULTIPLE_BEFORE.search(text, max(lo, m.start() - 20), m.start()):
            kind = AmountKind.MULTIPLE
        return kind, None, unit, noun.end("noun")
    power = _scale_power(raw)
    if power < 6 or not _BARE_END.match(text, end):
        return None
    inherited = next((c for c in reversed(context) if c is not None), None)
    if inherited is not None:
        return AmountKind.MONEY, inherited, None, end
    if power >= 9 and _money_before(True).search(text, max(lo, m.start() - 80), m.start()):
        return AmountKind.MONEY, "VND", None, end
    if _money_before(False).search(text, max(lo, m.start() - 25), m.start()):
        return AmountKind.MONEY, "VND", None, end
    return AmountKind.NUMBER, None, None, end


# Currency words that are also common words (kíp: a work shift, đồng: fellow-, tệ: bad, yên: calm,
# bạt: tarpaulin): after a small number with no scale word they are money only in money context.
_WEAK_CURRENCIES: Final = frozenset({"kíp", "kip", "đồng", "tệ", "yên", "won", "bạt", "đô"})
# (a work shift: "3 ca, 4 kíp"; "đồng" and "đô" only in compounds: 0 đồng is money, "đồng tác giả" not)
# Words that make a compound of a weak currency word: tệ nạn, yên tâm, bình yên ổn, đồng tác giả, bạt ngàn.
_WEAK_TAIL: Final = re.compile(r"\s(?:nạn|tâm|ổn|lành|tĩnh|bình|tác|hương|ngàn|mạng|xã)(?!\w)", re.IGNORECASE)
_SMALL: Final = re.compile(r"\d{1,3}(?:,\d+)?")  # below a thousand, no grouping, no scale word


def _money_sized(m: re.Match[str], weak: str, text: str, lo: int, context: list[str | None]) -> bool:
    """Whether a number before a weak currency word is money: large, scaled, or said in money context.

    ``đồng`` and ``đô`` are money after any number (0 đồng, giảm 40 đồng) but in compounds.
    """
    if weak in ("đồng", "đô") or text.startswith("/", m.end()):
        return True  # 307 kíp/lít: a price per unit
    raw = m.group("num")
    if not _SMALL.fullmatch(raw):
        return not raw[0].isalpha() or _scale_power(raw) > 0  # 500.000 kíp, 2 tỷ kíp; not "không yên"
    if any(c is not None for c in context):
        return True  # an earlier amount of money in the sentence: "1 USD đổi 20 kíp"
    start = m.start("first") if m.group("first") is not None else m.start("num")
    return _money_before(False).search(text, max(lo, start - 25), start) is not None


def _read(
    m: re.Match[str],
    text: str,
    lo: int,
    reader: _Reader,
    context: list[str | None],
    *,
    alone: bool = False,
) -> list[_Found]:
    """The amounts of one candidate match (two for a range), or none.

    ``alone``: the match is the whole expression (``parse_amount``), so a weak
    currency word (``5 kíp``) needs no money context.
    """
    gap, pre, pct, pp, cur, unit, first, sign, raw = m.group(
        "gap", "pre", "pct", "pp", "cur", "unit", "first", "sign", "num"
    )
    if gap is not None:
        return _read_multiple(m, text, lo, reader)
    currency: str | None = PREFIX_SYMBOLS[pre] if pre is not None else None
    kind = _MONEY
    unit_text: str | None = None
    end = m.end()
    if pp is not None:
        kind, unit_text = AmountKind.PERCENTAGE_POINT, "điểm phần trăm"
    elif pct is not None:
        kind, unit_text = AmountKind.PERCENT, "%"
    elif cur is not None:
        currency = currency_of(cur) or currency
        if currency is None:  # pragma: no cover - the pattern only matches known forms
            return []
        weak = cur.casefold()
        if (
            pre is None
            and weak in _WEAK_CURRENCIES
            and (_WEAK_TAIL.match(text, end) or (not alone and not _money_sized(m, weak, text, lo, context)))
        ):
            return []  # 3 ca, 4 kíp (work shifts); 2 đồng tác giả; không yên: not money
    elif unit is not None:
        kind, unit_text = AmountKind.MEASURE, unit
    elif pre is None:
        bare = _bare(m, text, lo, context)
        if bare is None:
            return []
        kind, currency, unit_text, end = bare
    num_start, num_end = m.span("num")
    first_start = m.start("first") if first is not None else num_start
    # The words before the amount (inlined _words_before, _blocked: this runs for every candidate read).
    # They stop at a line break (``... cho năm\n5 tỷ USD``: the 5 is no year).
    before = text[max(lo, first_start - 32, text.rfind("\n", lo, first_start) + 1) : first_start].casefold().split()
    if before and pre is None:
        last = before[-1]
        if last in _BLOCKED_WORDS or (len(before) > 1 and f"{before[-2]} {last}" in _BLOCKED_PAIRS):
            return []  # a year, a date, an ordinal or an identifier
    value = _READ.get(raw)  # a number read before, else read it now (noting what is odd about it)
    if value is None:
        value = reader.number(raw, num_start, num_end, note=not raw[0].isalpha())
        if value is None:
            return []
    if sign is not None and sign in "-−":
        value = value.copy_negate()
    per = None
    # A rate (see _PER) is "/" after at most one space, or "mỗi", "một", "hằng" or "hàng" after spaces:
    # most amounts end before punctuation or another word, with no regex to run.
    after = text[end : end + 2]
    if kind is not _NUMBER and (
        after[:1] == "/" or (after[:1].isspace() and (after[1:] in "/mh" or after[1:].isspace()))
    ):
        per_m = _PER.match(text, end)
        if per_m is not None:
            per = per_m.group("per") or per_m.group("each")
            if per is not None and per_m.group("per") is not None and not per.islower():
                per = None  # "USD/VND" is an exchange rate pair, "kV/Hà Tĩnh" a name
    # Only a word that may end a qualifier (or a change verb, or an opening bracket) can give one.
    qualifier = None
    if before and (before[-1] in _QUALIFIER_ENDS or before[-1][0] in _OPENERS):
        qualifier = _qualifier_of(before)
    # A currency symbol before a range ($1-2 tỷ) belongs to the first end.
    start = m.start("sign") if sign is not None else num_start
    if pre is not None and first is None:
        start = m.start("pre")
    found = [(start, end, Amount(value, currency, unit_text, kind, qualifier, per))]
    if first is not None and kind is not _NUMBER:
        # 1-1,5 tỷ USD: the first end takes the scale word of the second when it has none.
        first_raw = first if _SCALE_WORDS.search(first) else first + _trailing_scale(raw)
        first_value = reader.number(first_raw, first_start, m.end("first"), note=True)
        if first_value is not None:
            first_amount = Amount(first_value, currency, unit_text, kind, qualifier, per)
            first_at = m.start("pre") if pre is not None else first_start
            found.insert(0, (first_at, m.end("first"), first_amount))
    return found


def _read_multiple(m: re.Match[str], text: str, lo: int, reader: _Reader) -> list[_Found]:
    word = m.group("gword")
    if word is not None:
        value: Decimal | None = Decimal(2) if word.casefold() == "đôi" else Decimal("1.5")
    else:
        value = reader.number(m.group("gnum"), m.start("gnum"), m.end("gnum"), note=True)
    if value is None:
        return []
    per_m = _PER.match(text, m.end())
    per = (per_m.group("per") or per_m.group("each")) if per_m is not None else None
    qualifier = _qualifier_of(_words_before(text, lo, m.start()))
    amount = Amount(value, None, "lần", AmountKind.MULTIPLE, qualifier, per)
    if m.group("gfirst") is None:
        return [(m.start(), m.end(), amount)]
    # gấp 2-3 lần: two multiples, "gấp 2" and "3 lần", as 10-15% gives "10" and "15%".
    first = reader.number(m.group("gfirst"), m.start("gfirst"), m.end("gfirst"), note=True)
    second = (m.start("gnum"), m.end(), amount)
    if first is None:
        return [second]
    return [(m.start(), m.end("gfirst"), attrs.evolve(amount, value=first)), second]


# One pass over the text finds where an amount in digits may start (a digit run or a currency symbol)
# and the rare words that start the rest: "gấp" (a multiple) and the scale words and "phần trăm" that
# may end an amount in words. Every branch of the pattern starts with a plain character (each digit,
# each currency symbol, the rarest letter of each rare word): the regex engine then skips every
# character that starts no branch in C, with one set test, and where it stops it passes over each
# branch of another character at one test. A sign or "US" before a candidate is looked at from it.
_DIGIT_RUN: Final = r"""
    (?<![\w.,/:]\d)         # a digit glued to a word or number (U23, 1.5) starts nothing,
    (?<!\w[-–]\d)           # nor one after a word and a hyphen (COVID-19, 2025-2026: the range starts before)
    (?<!(?i:năm|thứ)[^\S\n]\d)(?<!(?i:ngày)[^\S\n]\d)(?<!(?i:tháng)[^\S\n]\d)(?<!(?i:số|kỳ)[^\S\n]\d)
                            # years, days, numbers and ordinals (the commonest blocked words, see
                            # _blocked; on the same line), one lookbehind per word length
    (?>[\d.,]*\d|)          # the rest of the digit run, never given back
    (?![/:]|h\d)            # 27/8, 10:30, 8h30: dates and times
    (?!\s(?:năm|tháng|ngày|giờ)(?!\w))  # durations are left to periods
    (?=[\s\w%\-–—$€£¥₫₭°])  # an amount goes on after its digits (a unit, %, a range); not "tăng 5."
"""
_SCAN: Final = re.compile(
    "|".join(
        [
            # A rare word, found at its rarest letter: the letter after it, then a look back at the word.
            r"ấp(?<=[gG]ấp)(?P<gap>)",
            r"ẤP(?<=[gG]ẤP)(?P<GAP>)",  # gấp, Gấp, gẤP, GẤP
            r"ìn(?<=nghìn)(?P<nghin>)",
            r"àn(?<=ngàn)(?P<ngan>)",
            r"ần(?=\ trăm)(?<=phần)(?P<phan>)",
            r"ệu(?<=triệu)(?P<trieu>)",
            r"ỷ(?<=tỷ)(?P<ty>)",
            r"ỉ(?<=tỉ)(?P<ti>)",
        ]
        # A digit run; a currency symbol and its number ($5, €20). One branch per digit: the engine
        # builds its first-character set from a branch only when every branch starts with one character.
        + [digit + _DIGIT_RUN for digit in "0123456789"]
        + [re.escape(symbol) + r"(?>[\d.,]*\d|)" for symbol in "$€£¥₫₭"]
    ),
    re.VERBOSE,
)

_SIGNS: Final = "-−+"
# The rare words that _SCAN finds, by group name: where the word starts, before the letter found.
_GAPS: Final = {"gap": 1, "GAP": 1}  # gấp
_HINTS: Final = {
    "ty": 1,
    "ti": 1,
    "trieu": 3,
    "nghin": 3,
    "ngan": 2,
    "phan": 2,
}  # tỷ, tỉ, triệu, nghìn, ngàn, phần trăm


def _is_hint(text: str, start: int) -> bool:
    """Whether the scale word or ``phần trăm`` at ``start`` follows a number word (``hai tỷ``).

    Most scale words follow digits (``1,1 tỷ``): the digit pattern reads those.

    >>> _is_hint("hai tỷ đồng", 4), _is_hint("3 tỷ USD", 2), _is_hint("Cấp tỉnh", 4)
    (True, False, False)
    """
    if start < 2 or not text[start - 2].isalpha():  # a word and a space before it
        return False
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1].casefold() in NUMBER_WORDS


def _digit_matches(text: str, ranges: list[Sentence]) -> tuple[list[_Match], list[int]]:
    """The matches of amounts in digits and of multiples, in text order, not overlapping; and the hints.

    A hint is where a scale word or ``phần trăm`` follows a number word:
    an amount in words may end there. The full pattern is matched only at
    the candidate starts that _SCAN finds, bounded by the sentence that
    holds the start; a multiple (``gấp 6 lần``) holds candidates of its own
    (``6 lần``), and goes first.
    """
    digits = _master()
    matches: list[_Match] = []
    hints: list[int] = []
    last_end = 0
    i, n = 0, len(ranges)
    lo, hi = ranges[0][0], ranges[0][1]
    for c in _SCAN.finditer(text):
        p = c.start()
        kind = c.lastgroup
        if kind is not None:  # a rare word
            if kind in _HINTS:
                p -= _HINTS[kind]
                if _is_hint(text, p):
                    hints.append(p)
                continue
            p -= _GAPS[kind]
        if p < last_end:
            continue
        if p >= hi:
            while i < n and ranges[i][1] <= p:
                i += 1
            if i == n:
                break
            lo, hi = ranges[i][0], ranges[i][1]
        if p < lo:
            continue
        m = None
        if kind is not None:  # gấp
            m = digits.match(text, p, hi)
            if m is not None and m.group("gap") is not None:
                matches.append((m, i))
                last_end = m.end()
            continue
        if p > lo:
            before = text[p - 1]
            if before in _SIGNS and p - 1 >= last_end and not text[p - 2 : p - 1].isalnum():
                m = digits.match(text, p - 1, hi)
            elif before == "S" and p - 2 >= max(lo, last_end) and text.startswith("US$", p - 2):
                m = digits.match(text, p - 2, hi)
        if m is None:
            m = digits.match(text, p, hi)
        if m is not None:
            matches.append((m, i))
            last_end = m.end()
    return matches, hints


def _word_matches(text: str, ranges: list[Sentence], los: list[int], hints: list[int]) -> list[_Match]:
    """The candidate matches of amounts in words around ``hints`` (they may repeat and overlap)."""
    words = _words()
    matches: list[_Match] = []
    for h in hints:
        i = bisect.bisect_right(los, h) - 1
        if i < 0 or h >= ranges[i][1]:
            continue
        lo, hi = ranges[i][0], ranges[i][1]
        # An amount in words starts at most 60 characters before its scale word and ends 60 after.
        matches.extend((m, i) for m in words.finditer(text, max(lo, h - 60), min(hi, h + 60)))
    return matches


def _scan(text: str, ranges: list[Sentence]) -> tuple[list[_Found], list[tuple[str, str, int, int]]]:
    """Every amount in the given sentences of ``text`` (sorted, disjoint), and the diagnostics.

    One pass over the whole text finds the candidates in digits and the
    rare words where multiples (``gấp``) and amounts in words are.
    The candidates are read in text order, each sentence keeping the
    currencies of its money so far (the context of a bare ``86.000 tỉ``).
    """
    diagnostics: list[tuple[str, str, int, int]] = []
    reader = _Reader(text, diagnostics)
    out: list[_Found] = []
    if not ranges:
        return out, diagnostics
    matches, hints = _digit_matches(text, ranges)
    if hints:
        los = [r[0] for r in ranges]  # sentence starts, for bisection
        matches.extend(_word_matches(text, ranges, los, hints))
        matches.sort(key=lambda mi: mi[0].start())
    last_end = 0
    sentence = -1
    context: list[str | None] = []
    for m, i in matches:
        if m.start() < last_end:
            continue
        if i != sentence:
            sentence, context = i, []
        for found in _read(m, text, ranges[i][0], reader, context):
            out.append(found)
            last_end = found[1]
            amount = found[2]
            if amount.kind is _MONEY:
                context.append(amount.currency)
    return out, diagnostics


def scan_amounts(doc: Document) -> list[Hit[AmountMention]]:
    """Every amount mention in ``doc``, in text order (stage of ``parse``).

    Scans the sentences of every zone but the URL line; hits carry normalised
    offsets, mentions the caller's. Numbers that are not in Vietnamese format
    (``1.5 tỷ USD``) are read and noted on ``doc.diagnostics``.

    >>> from vnlao_corpus.text.document import read_document
    >>> doc = read_document("Tiêu đề\\nVốn đầu tư hơn 2.333 tỉ đồng.")
    >>> [(h.item.text, h.item.value, h.item.amount.qualifier) for h in scan_amounts(doc)]
    [('2.333 tỉ đồng', Decimal('2333000000000'), <Qualifier.MORE_THAN: 'more_than'>)]
    """
    url = Zone.URL
    ranges = [s for s in doc.sentences if s[2] is not url]
    try:
        found, notes = _scan(doc.text, ranges)
    except (ValueError, ArithmeticError, MemoryError) as exc:  # pragma: no cover - a scanner never raises
        doc.diagnostics.append(Diagnostic("amount-scan-failed", f"amounts could not be scanned: {exc}", None))
        return []
    for code, message, start, end in notes:
        doc.diagnostics.append(Diagnostic(code, message, doc.span(start, end)))
    source = doc.source
    if not doc.norm.changed:  # the identity map (most texts): caller offsets are the normalised ones
        return [Hit(s, e, AmountMention(source[s:e], s, e, amount)) for s, e, amount in found]
    hits = []
    for s, e, amount in found:
        span = doc.span(s, e)  # the caller's text is the source under it (doc.quote, mapped once)
        hits.append(Hit(s, e, AmountMention(source[span.start : span.end], span.start, span.end, amount)))
    return hits


def find_amounts(text: RawText) -> list[AmountMention]:
    """Scan running text for amounts of money, percentages, multiples, counts and measures.

    Offsets point into ``text``; a qualifier (``hơn``) is read but kept outside
    the mention text. Never raises on a ``str``.

    >>> [(m.text, m.value, m.unit) for m in find_amounts("tăng trưởng 10-15%/năm")]
    [('10', Decimal('10'), '%'), ('15%', Decimal('15'), '%')]
    >>> [(m.text, m.value, m.currency) for m in find_amounts("Đầu tư 1-1,5 tỷ USD.")]
    [('1', Decimal('1000000000'), 'USD'), ('1,5 tỷ USD', Decimal('1500000000'), 'USD')]
    >>> [(m.text, m.kind.value, m.unit) for m in find_amounts("có 274 dự án, tổng công suất 300 MW, tăng gấp 6 lần")]
    [('274 dự án', 'count', 'dự án'), ('300 MW', 'measure', 'MW'), ('gấp 6 lần', 'multiple', 'lần')]
    >>> find_amounts("Sáng ngày 27/8, lần thứ 44, năm 2024")
    []
    """
    from ..text.decode import decode
    from ..text.document import read_document

    doc = read_document(decode(text, what="find_amounts()"))
    return [h.item for h in scan_amounts(doc)]


# --------------------------------------------------------------------------- strict parsing

_LEAD: Final = re.compile(
    r"\s*(?:(?P<q>" + "|".join(w.replace(" ", r"\s+") for w in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+)?",
    re.IGNORECASE,
)
_PLAIN_AMOUNT: Final = re.compile(
    rf"(?P<sign>[-−+])?(?P<num>{_SCALED}|{_WORD_NUMBER})(?:\s+(?P<noun>[^\W\d_]+(?:\s[^\W\d_]+)*))?"
)


def parse_amount(text: RawText) -> Amount:
    """Read one amount expression, the whole string, or raise :class:`~vnlao_corpus.ParseError`.

    Bytes are decoded as :func:`~vnlao_corpus.parse` decodes them; any other kind
    of object raises :class:`~vnlao_corpus.InputTypeError`.
    Takes a qualifier before the number, a rate after it (``/năm``) and any
    counted noun (``274 dự án``). A scale word with no currency gives a plain
    number (the sentence that would make it money is not there).

    >>> parse_amount("1,1 tỷ USD")  # doctest: +NORMALIZE_WHITESPACE
    Amount(value=Decimal('1100000000'), currency='USD', unit=None, kind=<AmountKind.MONEY: 'money'>,
           qualifier=None, per=None)
    >>> parse_amount("16,7 phần trăm").unit, parse_amount("khoảng 10%/năm").per
    ('%', 'năm')
    >>> parse_amount("gấp 6 lần").kind, parse_amount("274 dự án").unit, parse_amount("500kV").kind
    (<AmountKind.MULTIPLE: 'multiple'>, 'dự án', <AmountKind.MEASURE: 'measure'>)
    >>> parse_amount("10-15%")
    Traceback (most recent call last):
    vnlao_corpus.errors.ParseError: '10-15%' is a range of two amounts (10 and 15%); parse each end
    >>> parse_amount("1.1 tỷ USD")
    Traceback (most recent call last):
    vnlao_corpus.errors.ParseError: '1.1 tỷ USD' is not an amount: '1.1' is ambiguous: ... or '1.100'?
    """
    from ..text.decode import decode

    return _parse_amount(decode(text, what="parse_amount()"))


def _parse_amount(text: str) -> Amount:
    norm = normalize_text(text).strip()
    lead = _LEAD.match(norm)
    pos = lead.end() if lead else 0
    qualifier = QUALIFIERS.get(" ".join(lead.group("q").casefold().split())) if lead and lead.group("q") else None
    if pos >= len(norm):
        msg = f"{text!r} is not an amount: there is no number in it"
        raise ParseError(msg)
    m = _master().match(norm, pos) or _words().match(norm, pos)
    amount: Amount | None = None
    end = pos
    if m is not None:
        if m.group("gfirst") is not None:
            msg = f"{text!r} is a range of two multiples ({m.group('gfirst')} and {m.group('gnum')}); parse each end"
            raise ParseError(msg)
        if m.group("first") is not None:
            second = norm[m.start("num") : m.end()]
            msg = f"{text!r} is a range of two amounts ({m.group('first')} and {second}); parse each end"
            raise ParseError(msg)
        if m.group("gword") is None:
            _strict_number(text, m.group("gnum") if m.group("gap") is not None else m.group("num"))
        found = _read(m, norm, pos, _Reader(norm, []), [], alone=True)
        if found:
            _, end, amount = found[-1]
            per_m = _PER.match(norm, end) if amount.per is not None else None
            end = per_m.end() if per_m is not None else end
    if amount is None:
        # A plain number, or a count of a noun outside the lexicon.
        p = _PLAIN_AMOUNT.match(norm, pos)
        if p is None:
            msg = f"{text!r} is not an amount: expected a number such as '1,1 tỷ USD', '16,7%' or '274 dự án'"
            raise ParseError(msg)
        value = _strict_number(text, p.group("num"))
        value = value.copy_negate() if p.group("sign") in ("-", "−") else value
        noun = p.group("noun")
        if noun is not None:
            amount = Amount(value, None, " ".join(noun.split()), AmountKind.COUNT)
        else:
            amount = Amount(value, None, None, AmountKind.NUMBER)
        end = p.end()
    if norm[end:].strip():
        msg = f"{text!r} is not one amount: {norm[end:].strip()!r} is left over after {norm[pos:end]!r}"
        raise ParseError(msg)
    if qualifier is not None:
        amount = attrs.evolve(amount, qualifier=qualifier)
    return amount


def _strict_number(text: str, raw: str | None) -> Decimal:
    try:
        return parse_number(raw or "", strict=True)
    except NumberFormatError as exc:
        msg = f"{text!r} is not an amount: {exc}"
        raise ParseError(msg) from exc


# --------------------------------------------------------------------------- formatting

_SCALE_NAMES: Final = ((9, "tỷ"), (6, "triệu"))  # news writes "86.000 tỷ" rather than "86 nghìn tỷ"


def _digits(value: Decimal) -> str:
    from babel.numbers import format_decimal

    with decimal.localcontext(exact):  # babel quantizes in the current context: keep every digit
        return format_decimal(value, format="#,##0.###", locale="vi", decimal_quantization=False)


def format_amount(amount: Amount) -> str:
    """Write an amount back as Vietnamese news text, with babel's ``vi`` number format.

    Money takes the largest scale word that keeps at least 1 before the comma.

    >>> from decimal import Decimal
    >>> format_amount(Amount(Decimal("1100000000"), "USD"))
    '1,1 tỷ USD'
    >>> format_amount(Amount(Decimal("16.7"), unit="%", kind=AmountKind.PERCENT))
    '16,7%'
    >>> format_amount(Amount(Decimal("274"), unit="dự án", kind=AmountKind.COUNT))
    '274 dự án'
    >>> format_amount(Amount(Decimal("2333000000000"), "VND", qualifier=Qualifier.MORE_THAN))
    'hơn 2.333 tỷ đồng'
    """
    value = amount.value
    kind = amount.kind
    if kind is AmountKind.MONEY or (kind is AmountKind.NUMBER and amount.currency is not None):
        number = _digits(value)
        for power, name in _SCALE_NAMES:
            if value.copy_abs() >= Decimal(10) ** power:
                number = f"{_digits(value.scaleb(-power, exact))} {name}"
                break
        body = f"{number} {currency_word(amount.currency)}" if amount.currency else number
    elif kind is AmountKind.PERCENT:
        body = f"{_digits(value)}%"
    elif kind is AmountKind.PERCENTAGE_POINT:
        body = f"{_digits(value)} điểm phần trăm"
    elif kind is AmountKind.MULTIPLE:
        body = f"gấp {_digits(value)} lần"
    elif amount.unit:
        body = f"{_digits(value)} {amount.unit}"
    else:
        body = _digits(value)
    if amount.per:
        body = f"{body}/{amount.per}"
    if amount.qualifier is not None:
        body = f"{_QUALIFIER_WORDS[amount.qualifier]} {body}"
    return body
