"""Tests for ``vnlao_corpus.values.currencies``: the currency data and the pattern built from it.

Forms come from babel's CLDR ``vi`` data (display names and symbols), from
FORMAT.md ("Currencies: USD, đô la Mỹ, đôla Mỹ, đồng, VNĐ, VND, kíp, nhân dân
tệ, baht, euro") and from the task brief (``$``, ``₫``, ``₭``, ``€``, ``¥``,
``NDT``, ``bạt``, ``yên``, ``won``, ``riel``, and the ``đồng`` compounds that
are not money).
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from babel.numbers import list_currencies
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.text.normalize import normalize_text
from vnlao_corpus.values.currencies import (
    CODES,
    DONG_COMPOUNDS,
    NEWS_FORMS,
    PREFIX_SYMBOLS,
    cldr_forms,
    currency_forms,
    currency_of,
    currency_pattern,
    currency_word,
    trie_alternation,
)

# (form, ISO 4217 code, where the form comes from)
FORMS = [
    ("Đô la Mỹ", "USD", "CLDR vi display name"),
    ("đô la Mỹ", "USD", "CLDR vi plural name; FORMAT.md"),
    ("Kip Lào", "LAK", "CLDR vi display name"),
    ("Bạt Thái Lan", "THB", "CLDR vi display name"),
    ("Nhân dân tệ", "CNY", "CLDR vi display name"),
    ("Đồng Việt Nam", "VND", "CLDR vi display name"),
    ("Riel Campuchia", "KHR", "CLDR vi display name"),
    ("₫", "VND", "CLDR vi symbol"),
    ("US$", "USD", "CLDR vi symbol"),
    ("€", "EUR", "CLDR vi symbol"),
    ("USD", "USD", "ISO code; FORMAT.md"),
    ("VND", "VND", "ISO code; FORMAT.md"),
    ("đôla Mỹ", "USD", "FORMAT.md"),
    ("đô la", "USD", "news pool"),
    ("đô-la", "USD", "news pool"),
    ("đồng", "VND", "FORMAT.md"),
    ("VNĐ", "VND", "FORMAT.md"),
    ("kíp", "LAK", "FORMAT.md"),
    ("nhân dân tệ", "CNY", "FORMAT.md"),
    ("NDT", "CNY", "task brief"),
    ("baht", "THB", "FORMAT.md"),
    ("bạt", "THB", "task brief"),
    ("euro", "EUR", "FORMAT.md"),
    ("yên", "JPY", "task brief"),
    ("won", "KRW", "task brief"),
    ("riel", "KHR", "task brief"),
    ("$", "USD", "task brief"),
    ("₭", "LAK", "task brief"),
    ("¥", "JPY", "CLDR vi symbol; task brief"),
]


@pytest.mark.parametrize(("form", "code", "source"), FORMS, ids=[f for f, _, _ in FORMS])
def test_form_maps_to_iso_code(form: str, code: str, source: str) -> None:
    """Each currency form, from CLDR or the news, maps to its ISO 4217 code."""
    assert code == currency_of(form)


@pytest.mark.parametrize(("form", "code", "source"), FORMS, ids=[f for f, _, _ in FORMS])
def test_pattern_matches_whole_form(form: str, code: str, source: str) -> None:
    """The currency pattern matches each form from its first character to its last."""
    m = re.compile(currency_pattern()).match(form)
    assert form == (m.group(0) if m else None)


# Not currencies: the đồng compounds of the task brief, đô thị, codes in lower case,
# and CLDR's "currencies" that are metals (Vàng = gold, XAU).
NOT_CURRENCIES = ["đồng chí", "đồng thời", "đồng ý", "đồng bào", "đồng hồ", "đô thị", "usd", "Vàng", "Bạc", "đội"]


@pytest.mark.parametrize("text", NOT_CURRENCIES)
def test_not_a_currency(text: str) -> None:
    """Compounds of đồng, lower-case codes and metals are not currencies, by lookup or by pattern."""
    m = re.compile(currency_pattern()).match(text)
    assert (None, None) == (currency_of(text), m.group(0) if m and m.end() == len(text) else None)


def test_case_of_names_does_not_matter() -> None:
    """Names match in any case (a title in capitals), codes only as written."""
    rx = re.compile(currency_pattern())
    assert [True, True, False] == [rx.fullmatch(s) is not None for s in ("ĐÔ LA MỸ", "Đồng", "Usd")]


def test_every_code_is_an_iso_4217_code_babel_knows() -> None:
    """Every code the data gives is a currency in babel's list (no typos, no made-up codes)."""
    known = set(list_currencies())
    assert set() == {code for code in currency_forms().values() if code not in known}


def test_news_forms_are_in_normalised_spelling() -> None:
    """The hand-written forms are NFC and already normalised (òa, ủy), as the scanner sees text."""
    assert [] == [f for f in NEWS_FORMS if f != normalize_text(f) or f != unicodedata.normalize("NFC", f)]


def test_news_forms_win_over_cldr() -> None:
    """Where the news and CLDR both give a form, the news form's code is used."""
    merged = currency_forms()
    assert {} == {f: c for f, c in NEWS_FORMS.items() if merged[f] != c}


def test_cldr_forms_leave_out_historical_names() -> None:
    """Historical CLDR names (with a parenthesis) are not read: nobody writes them in the news."""
    assert [] == [f for f in cldr_forms() if "(" in f]


def test_prefix_symbols_are_currency_forms() -> None:
    """Every symbol written before a number is also a known currency form with the same code."""
    assert dict(PREFIX_SYMBOLS) == {s: currency_of(s) for s in PREFIX_SYMBOLS}


def test_codes_are_three_capital_letters() -> None:
    """CODES holds ISO 4217 codes only."""
    assert [] == [c for c in CODES if not re.fullmatch("[A-Z]{3}", c)]


def test_dong_compounds_are_single_syllables() -> None:
    """The words after đồng that make a compound are single lower-case syllables (the pattern needs that)."""
    assert [] == [w for w in DONG_COMPOUNDS if " " in w or w != w.lower()]


WORDS = [("USD", "USD"), ("VND", "đồng"), ("LAK", "kíp"), ("CNY", "nhân dân tệ"), ("EUR", "EUR")]


@pytest.mark.parametrize(("code", "word"), WORDS, ids=[c for c, _ in WORDS])
def test_currency_word_reads_back(code: str, word: str) -> None:
    """The word written for a code is a form that reads back as that code."""
    assert (word, code) == (currency_word(code), currency_of(currency_word(code)))


# --------------------------------------------------------------------------- trie

syllables = st.text(alphabet="abcđêôưàảã", min_size=1, max_size=4)


@given(st.lists(syllables, min_size=1, max_size=12, unique=True))
def test_trie_matches_exactly_its_forms(forms: list[str]) -> None:
    """A trie alternation fully matches every form given and matches no other string of the same letters."""
    rx = re.compile(trie_alternation(forms))
    others = {f + "x" for f in forms} | {f[:-1] for f in forms if f[:-1] not in forms}
    assert (True, False) == (
        all(rx.fullmatch(f) is not None for f in forms),
        any(rx.fullmatch(o) is not None for o in others),
    )


@given(st.lists(syllables, min_size=1, max_size=12, unique=True), syllables)
def test_trie_prefers_the_longest_form(forms: list[str], tail: str) -> None:
    """At a position, the trie matches the longest form there, as a sorted alternation would."""
    text = forms[0] + tail
    longest = max((f for f in forms if text.startswith(f)), key=len)
    m = re.compile(trie_alternation(forms)).match(text)
    assert longest == (m.group(0) if m else None)
