"""Currency data: the ways Vietnamese text names a currency, mapped to ISO 4217.

Two sources, kept apart so that each form says where it came from:

- :func:`cldr_forms`: the Vietnamese (``vi``) currency display names, plural
  names and symbols of the Unicode CLDR, as babel ships them (``Đô la Mỹ``,
  ``Kip Lào``, ``₫``, ``US$``), read once, lazily;
- :data:`NEWS_FORMS`: the forms Vietnamese news writes that CLDR lacks
  (``USD``, ``đôla Mỹ``, ``đồng``, ``VNĐ``, ``kíp``, ``NDT``, ``baht``, ...), each
  with a comment saying where it was seen.

Names match case-insensitively (``Đô la Mỹ``, ``đô la Mỹ``); ISO codes and
abbreviations only as written (``USD``, not ``usd``), so that a word such as
``won`` or ``yên`` is read as money only after a number. The bare ``đồng`` is a
currency except in the compounds listed in :data:`DONG_COMPOUNDS`
(``đồng chí``, ``đồng thời``, ...), and the bare ``đô`` except in
``đô thị``.

>>> currency_of("đô la Mỹ"), currency_of("Kip Lào"), currency_of("₫"), currency_of("VNĐ")
('USD', 'LAK', 'VND', 'VND')
>>> currency_of("đồng chí") is None
True
"""

from __future__ import annotations

import functools
import re
from typing import Final

__all__ = [
    "CODES",
    "DONG_COMPOUNDS",
    "NEWS_FORMS",
    "PREFIX_SYMBOLS",
    "cldr_forms",
    "currency_forms",
    "currency_of",
    "currency_pattern",
    "currency_word",
    "trie_alternation",
]

#: The ISO 4217 codes read when written as such (upper case) after a number.
CODES: frozenset[str] = frozenset(
    {
        "USD", "VND", "LAK", "CNY", "THB", "EUR", "JPY", "KRW", "KHR", "GBP", "SGD", "AUD", "CAD",
        "CHF", "HKD", "TWD", "MYR", "IDR", "PHP", "MMK", "INR", "RUB", "BND", "NZD",
    }
)  # fmt: skip

#: Forms seen in Vietnamese news that CLDR ``vi`` does not give, mapped to ISO 4217.
#: Keys are in the normalised spelling (NFC, tone on the first vowel of oa/uy).
NEWS_FORMS: dict[str, str] = {
    # FORMAT.md (Numbers and money) and the news pool: đô la Mỹ, đôla Mỹ, USD.
    "đô la": "USD",
    "đôla": "USD",
    "đô-la": "USD",
    "đôla Mỹ": "USD",
    "đô-la Mỹ": "USD",
    "Mỹ kim": "USD",
    "đô": "USD",  # "5 triệu đô" (news pool, colloquial)
    "$": "USD",  # "$5 tỷ", "5$" (news pool)
    # FORMAT.md: đồng, VNĐ, VND; the news pool also writes "100.000đ".
    "đồng": "VND",
    "VNĐ": "VND",
    "VNđ": "VND",
    "vnđ": "VND",
    "đ": "VND",
    # FORMAT.md: kíp; Lao news in Vietnamese also writes kip.
    "kíp": "LAK",
    "kip": "LAK",
    "kíp Lào": "LAK",
    "₭": "LAK",  # the kip sign (task brief); CLDR vi gives LAK no symbol
    # FORMAT.md: nhân dân tệ; the news pool: NDT, tệ.
    "NDT": "CNY",
    "tệ": "CNY",
    # FORMAT.md: baht; CLDR spells it bạt.
    "baht": "THB",
    "bạt": "THB",
    "baht Thái": "THB",
    # FORMAT.md: euro.
    "euro": "EUR",
    # The news pool: yên, won, riel, ringgit, rupiah, rúp, bảng Anh.
    "yên": "JPY",
    "won": "KRW",
    "riel": "KHR",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "rúp": "RUB",
    "bảng Anh": "GBP",
    "đô la Úc": "AUD",
    "đô la Singapore": "SGD",
    "đô la Hong Kong": "HKD",
}

#: Words after ``đồng`` that make a compound, not the currency: ``2 đồng chí``.
#: Seen in the news pool after numbers (đồng chí, đồng hồ, ...) and listed in the task.
DONG_COMPOUNDS: tuple[str, ...] = (
    "chí", "thời", "ý", "bào", "hồ", "bằng", "đội", "nghiệp", "hương", "minh", "chủ", "loạt",
    "tình", "hành", "ruộng", "lúa", "cỏ", "phục", "tác", "sáng", "sở", "tâm", "cảm", "nhất",
    "điệu", "dạng", "lòng", "thuận", "trinh", "xu", "vàng", "bạc", "niên", "môn", "ca", "tiền",
    "đều", "khởi", "cấp", "lõa", "hóa", "bộ", "thanh", "âm", "vị", "đẳng", "ấu", "phạm",
)  # fmt: skip

#: Symbols that stand before the number (``US$5 tỷ``, ``€20``).
PREFIX_SYMBOLS: dict[str, str] = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₫": "VND", "₭": "LAK"}

# Single-word CLDR names that are also common words or too short to trust alone.
_CLDR_SKIP: Final = frozenset({"đồng", "bảng", "đô la"})

_ASCII_UPPER: Final = re.compile(r"[A-Z$€£¥₫₭₩฿]+")


def _key(form: str) -> str:
    """The lookup key of a form: codes and symbols as written; names case-folded, without spaces or hyphens."""
    if _ASCII_UPPER.fullmatch(form):
        return form
    return "".join(form.casefold().replace("-", " ").split())


@functools.cache
def cldr_forms() -> dict[str, str]:
    """The CLDR ``vi`` currency names, plural names and symbols, as babel gives them.

    Historical currencies (names with a parenthesis) and bare generic words are left out.

    >>> forms = cldr_forms()
    >>> forms["Đô la Mỹ"], forms["Kip Lào"], forms["₫"]
    ('USD', 'LAK', 'VND')
    """
    from babel import Locale

    locale = Locale.parse("vi")
    out: dict[str, str] = {}
    plural = locale._data.get("currency_names_plural", {})
    for code, name in locale.currencies.items():
        if code.startswith("X"):  # metals, test and fund codes (Vàng = XAU): not money in news
            continue
        names = [name]
        names.extend(str(v) for v in dict(plural.get(code, {})).values())
        for form in names:
            if "(" in form or form.casefold() in _CLDR_SKIP or len(form) < 3:
                continue
            out.setdefault(form, code)
    for code, symbol in locale.currency_symbols.items():
        if symbol != code and not symbol.isalpha() and not code.startswith("X"):
            out.setdefault(symbol, code)
    return out


@functools.cache
def currency_forms() -> dict[str, str]:
    """Every form read as a currency: CLDR ``vi`` forms, the news forms, and the ISO codes.

    News forms win over CLDR where both give one.

    >>> currency_forms()["đôla Mỹ"], currency_forms()["USD"], currency_forms()["Nhân dân tệ"]
    ('USD', 'USD', 'CNY')
    """
    out = dict(cldr_forms())
    out.update(NEWS_FORMS)
    out.update({code: code for code in CODES})
    return out


@functools.cache
def _lookup() -> dict[str, str]:
    return {_key(form): code for form, code in currency_forms().items()}


def currency_of(form: str) -> str | None:
    """The ISO 4217 code of a currency form (normalised spelling), or ``None``.

    >>> currency_of("USD"), currency_of("đôla Mỹ"), currency_of("nhân dân tệ"), currency_of("usd")
    ('USD', 'USD', 'CNY', None)
    """
    return _currency_of(form)


@functools.lru_cache(maxsize=1024)
def _currency_of(form: str) -> str | None:
    code = currency_forms().get(form)
    if code is not None and form != "đồng":
        return code
    form = " ".join(form.split())
    word = form.casefold()
    if word.startswith("đồng ") and word.split()[1] in DONG_COMPOUNDS:
        return None
    return _lookup().get(_key(form))


_Trie = dict[str, "_Trie"]


def _token(char: str) -> str:
    if char == " ":
        return r"\s+"
    if char == "-":
        return r"[-\s]?"
    return re.escape(char)


def trie_alternation(forms: list[str] | tuple[str, ...]) -> str:
    """A regex (no groups) matching any of ``forms``, longest first, as a trie.

    A trie makes the regex engine test one branch per character instead of
    one per form. A space in a form matches any run of spaces; a hyphen
    matches a hyphen, a space or nothing (``đô-la``, ``đô la``, ``đôla``).

    >>> trie_alternation(["km", "kg", "k"])
    'k(?:m|g)?'
    >>> re.fullmatch(trie_alternation(["đô la Mỹ", "đô-la"]), "đô  la Mỹ") is not None
    True
    """
    trie: _Trie = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(_token(char), {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [key + emit(child) for key, child in node.items() if key]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            if len(branches) == 1 and len(branches[0]) > 1:
                body = "(?:" + body + ")"
            return body + "?"
        return body

    return emit(trie)


@functools.cache
def currency_pattern() -> str:
    """A regex (no groups) matching any currency form, longest first, ending at a word end.

    Codes and symbols match as written; names match in any case. The bare
    ``đồng`` does not match before a compound word (``đồng chí``), nor ``đô``
    before ``thị``.

    >>> rx = re.compile(currency_pattern())
    >>> [rx.match(s) is not None for s in ["USD", "đô la Mỹ", "Đồng", "đồng chí", "usd"]]
    [True, True, True, False, False]
    """
    forms = currency_forms()
    exact = [f for f in forms if _ASCII_UPPER.fullmatch(f) or not any(c.isalpha() for c in f) or f in ("VNđ",)]
    named = [f for f in forms if f not in exact and f.casefold() not in ("đồng", "đô", "đ")]
    dong = r"đồng(?!\s+(?:" + "|".join(DONG_COMPOUNDS) + r")(?!\w))"
    do = r"đô(?![-\s]*(?:thị|la|vật)(?!\w))"
    symbols = [f for f in exact if not f[-1].isalnum()]
    words = [f for f in exact if f[-1].isalnum()]
    folded = sorted({" ".join(f.casefold().split()) for f in named})
    return (
        r"(?:(?:" + trie_alternation(symbols) + r")"
        r"|(?:" + trie_alternation(words) + r")(?!\w)"
        r"|(?i:" + trie_alternation(folded) + "|" + dong + "|" + do + r"|đ)(?!\w))"
    )


def currency_word(code: str) -> str:
    """The word :func:`~vnlao_corpus.format_amount` writes for a currency.

    >>> currency_word("USD"), currency_word("VND"), currency_word("LAK"), currency_word("THB")
    ('USD', 'đồng', 'kíp', 'THB')
    """
    return _WORDS.get(code, code)


_WORDS: Final = {"VND": "đồng", "LAK": "kíp", "CNY": "nhân dân tệ"}
