"""Country names in Vietnamese news, and their ISO 3166-1 alpha-2 codes.

The names are babel's CLDR territory names in Vietnamese
(``Locale("vi").territories``), loaded once on first use, plus the forms the
news uses that CLDR lacks: official state names (``CHDCND Lào``,
``Cộng hòa xã hội chủ nghĩa Việt Nam``), short forms (``Mỹ``, ``TQ``) and
Vietnamised spellings (``Cam-pu-chia``). ``Lào Cai`` (a Vietnamese province)
is not Laos.

>>> country_code("CHDCND Lào")
'LA'
>>> country_code("Hoa Kỳ"), country_code("Mỹ")
('US', 'US')
>>> country_code("Úc"), country_code("Australia")
('AU', 'AU')
>>> country_code("Lào Cai") is None
True
>>> [(m.group(), country_of(m)) for m in country_pattern().finditer("Tỉnh Lào Cai giáp Lào và Trung Quốc")]
[('Lào', 'LA'), ('Trung Quốc', 'CN')]
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from typing import Final

from ..text.normalize import lowercase
from ._lexicon import trie_pattern

__all__ = [
    "AMBIGUOUS_COUNTRIES",
    "country_code",
    "country_names",
    "country_of",
    "country_pattern",
    "find_countries",
    "names_country",
]

# News forms CLDR does not give, each with where it came from.
_NEWS_FORMS: dict[str, str] = {
    # FORMAT.md and the dev set: official and abbreviated state names.
    "CHDCND Lào": "LA",
    "Cộng hòa Dân chủ Nhân dân Lào": "LA",
    "nước Cộng hòa Dân chủ Nhân dân Lào": "LA",
    "CHXHCN Việt Nam": "VN",
    "Cộng hòa xã hội chủ nghĩa Việt Nam": "VN",
    "Cộng hòa Xã hội Chủ nghĩa Việt Nam": "VN",
    "Vương quốc Campuchia": "KH",
    "Vương quốc Thái Lan": "TH",
    "Cộng hòa Nhân dân Trung Hoa": "CN",
    "Liên bang Nga": "RU",
    # Short forms seen in headlines.
    "Mỹ": "US",
    "TQ": "CN",
    "VN": "VN",
    "Việt": "VN",
    "Trung Hoa": "CN",
    "Nhật": "JP",
    "Triều Tiên": "KP",
    # Vietnamised spellings (older style, still seen in news).
    "Cam-pu-chia": "KH",
    "Căm-pu-chia": "KH",
    "Xinh-ga-po": "SG",
    "In-đô-nê-xi-a": "ID",
    "Ma-lai-xi-a": "MY",
    "Phi-líp-pin": "PH",
    "Mi-an-ma": "MM",
    "Miến Điện": "MM",
    "Bru-nây": "BN",
    "Ô-xtrây-li-a": "AU",
    "Úc": "AU",
    # CLDR gives "Úc" for AU from babel 2.19 on ("Australia" before); news
    # still writes the English form too.
    "Australia": "AU",
    "Italia": "IT",
    "Timor-Leste": "TL",
    "Ukraine": "UA",
    "Đông Timor": "TL",
}

# CLDR and news names left out of the pattern: they are also ordinary words or
# syllables of Vietnamese names (``Ý`` = idea; ``Anh``, ``Đức``, ``Nga`` are
# common given names). The officials extractor reads them only between a title
# and a name (``Bộ trưởng Y tế Nga Mikhail Murashko``).
AMBIGUOUS_COUNTRIES: Mapping[str, str] = {"Ý": "IT", "Anh": "GB", "Đức": "DE", "Nga": "RU", "Thái": "TH"}
_AMBIGUOUS: Final = frozenset({*AMBIGUOUS_COUNTRIES, "Chad"})
# Region codes in CLDR that are not countries.
_NOT_COUNTRIES: Final = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@functools.cache
def country_names() -> Mapping[str, str]:
    """Every country name known (CLDR Vietnamese plus news forms) -> ISO 3166-1 alpha-2.

    Loaded from babel on first call, then cached.

    >>> country_names()["Campuchia"]
    'KH'
    """
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("vi").territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_COUNTRIES:
            continue
        for part in re.split(r"\s*[()]\s*", name):
            part = unicodedata.normalize("NFC", part.strip())
            if part and part not in _AMBIGUOUS:
                names.setdefault(part, code)
    for name, code in _NEWS_FORMS.items():
        names[unicodedata.normalize("NFC", name)] = code
    # Both official capitalisations: "Dân chủ Nhân dân" appears in either case.
    return names


@functools.cache
def country_pattern() -> re.Pattern[str]:
    """A compiled pattern matching any country name in normalised text, longest first.

    Case-sensitive (country names are capitalised); matches only whole words;
    ``Lào`` followed by ``Cai`` does not match. Use :func:`country_of` on a match.

    >>> country_pattern().search("Bộ trưởng Ngoại giao Lào Saleumxay").group()
    'Lào'
    """
    body = trie_pattern(country_names())
    return re.compile(r"(?<![\w])" + body + r"(?![\w])(?! Cai(?!\w))")


def country_of(match: re.Match[str]) -> str:
    """The ISO code of a :func:`country_pattern` match.

    >>> country_of(country_pattern().search("Thủ tướng Campuchia Hun Manet"))
    'KH'
    """
    return country_names()[match.group()]


def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country name as written, or ``None``.

    Leading ``nước`` is allowed; the name is NFC-normalised first.

    >>> country_code("nước Cộng hòa xã hội chủ nghĩa Việt Nam")
    'VN'
    >>> country_code("Cam-pu-chia")
    'KH'
    >>> country_code("Hà Nội") is None
    True
    """
    text = unicodedata.normalize("NFC", " ".join(name.split()))
    if lowercase(text).startswith("nước "):
        text = text[5:]
    return country_names().get(text)


def find_countries(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every country name in ``text`` that starts in ``[start, end)`` as ``(start, end, code)``, in text order.

    ``text`` should be normalised (see :func:`vnlao_corpus.text.normalize.normalize`).
    ``start`` should not fall inside a word (a sentence start, say): the words around are seen as in a whole-text scan.

    >>> find_countries("Việt Nam và Lào")
    [(0, 8, 'VN'), (12, 15, 'LA')]
    >>> find_countries("Việt Nam và Lào", 3)
    [(12, 15, 'LA')]
    """
    names = country_names()
    stop = len(text) if end is None else end
    out = []
    # The search need not read far past ``end``: a name starting before it ends within the longest
    # name, and the checks after a name read a few characters more. Searching to the end of the
    # text instead would read on to the next country named, as far as the end of the text.
    for m in _scan_pattern().finditer(text, start, stop + _reach()):
        s = m.start()
        if s >= stop:
            break
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            continue
        out.append((s, m.end(), names[m.group()]))
    return out


def names_country(text: str, code: str) -> bool:
    """Whether :func:`find_countries` finds a name of the country ``code`` in ``text``.

    The search stops at the first such name (a whole-text list is not needed to answer).

    >>> names_country("Tập Cận Bình thăm Việt Nam", "CN"), names_country("Chủ tịch Trung Quốc", "CN")
    (False, True)
    """
    names = country_names()
    for m in _scan_pattern().finditer(text):
        s = m.start()
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] == "_"):
            continue
        if names[m.group()] == code:
            return True
    return False


@functools.cache
def _scan_pattern() -> re.Pattern[str]:
    # Without the look-behind in front, the regex engine skips ahead to the
    # possible first letters; find_countries checks the word start itself.
    return re.compile(trie_pattern(country_names()) + r"(?![\w])(?! Cai(?!\w))")


@functools.cache
def _reach() -> int:
    # How far past its start a match of _scan_pattern can read: the longest name, then
    # ``(?![\w])(?! Cai(?!\w))``, which reads at most five characters more.
    return max(map(len, country_names())) + len(" Cai") + 1
