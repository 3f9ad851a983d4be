"""Officials: titles + names + country, merged across spellings within an article.

A person counts as an official when named with a title or role, in any of
the forms the news uses:

- titles before the name, stacked with commas or ``kiêm``, with a country or
  party tail: ``Phó Thủ tướng, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith``;
- titles after the name, set off by a comma or a dash:
  ``Sisay Ludetmounsone, Ủy viên Bộ Chính trị``, ``Tô Lâm - Ủy viên Bộ Chính trị``;
- a rank before and offices after: ``Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng``;
- ``ông``/``bà``/``đồng chí``/``ngài`` and a name of two words or more.

Mentions of one person are merged: the same name in another romanisation
(``Thonglun Sisulith``), or one word of it later (``ông Saleumxay``,
``Thủ tướng Chính``). The longest form is the name, the others aliases.
The country comes, strongest first, from a title's tail, an office that
exists in one state only, a list of foreign leaders, and the shape of the
name with the countries named around it (a Vietnamese-shaped name with no
other evidence is Vietnam's). A foreign name with no country in its own
sentence is Lao if it is spelled the Lao way, else its country is left
``None``: the article's most named country is no evidence (a Korean minister
in an article about Laos is not Lao). Offices of international bodies
(``Tổng Thư ký Liên hợp quốc``) give no country.

A one-word name counts when it matches a fuller name in the article, a
known foreign leader's surname (``ông Trump``), or is a foreign word after an
office of state (``Tổng thống Putin``); other one-word names are reported as
``unresolved-name`` diagnostics. A historical figure named with a title
(``Chủ tịch Hồ Chí Minh``) is an official like any other: the annotation
counts people named with a title, whatever their date.

>>> from vnlao_corpus.text.document import read_document
>>> doc = read_document("T\\nBộ trưởng Ngoại giao Lào Saleumxay Kommasith gặp Thủ tướng Phạm Minh Chính.")
>>> [(o.name, o.titles, o.country) for o in extract_officials(doc).officials]
[('Saleumxay Kommasith', ('Bộ trưởng Ngoại giao',), 'LA'), ('Phạm Minh Chính', ('Thủ tướng',), 'VN')]
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable
from typing import Final

import attrs

from ..model import Diagnostic, Official, Severity
from ..text.document import Document, Hit, Zone
from ._lexicon import read_tsv, trie_pattern
from .countries import AMBIGUOUS_COUNTRIES, country_names, find_countries, names_country
from .names import (
    VIETNAMESE_SURNAMES,
    NameMatch,
    NameShape,
    is_vietnamese_syllable,
    looks_lao,
    name_key,
    name_run_ending_at,
    name_runs,
    read_name,
    token_key,
)
from .titles import (
    TitleMatch,
    place_pattern,
    scan_titles,
    title_entry,
    title_key,
    title_pattern,
    title_start_source,
)

__all__ = ["OfficialIndex", "OfficialMention", "extract_officials"]


@attrs.frozen
class OfficialMention:
    """One place an official is named, in normalised offsets of ``doc.text``.

    ``start``/``end`` cover the whole mention (titles, tails and name);
    ``name_start``/``name_end`` the name alone. ``titles`` are the titles
    given at this mention (without tails), ``country`` the country this
    mention alone shows (a title tail or a one-state office), if any.

    >>> from vnlao_corpus.text.document import read_document
    >>> doc = read_document("T\\nThủ tướng Lào Sonexay Siphandone đến Hà Nội.")
    >>> m = extract_officials(doc).mentions[0]
    >>> doc.text[m.start:m.end], doc.text[m.name_start:m.name_end], m.titles, m.country
    ('Thủ tướng Lào Sonexay Siphandone', 'Sonexay Siphandone', ('Thủ tướng',), 'LA')
    """

    start: int
    end: int
    name_start: int
    name_end: int
    name: str
    titles: tuple[str, ...] = ()
    country: str | None = None


@attrs.frozen
class OfficialIndex:
    """The officials of a document and every place each is mentioned.

    ``hits[i]`` is a :class:`Hit` over the whole mention ``mentions[i]``
    (normalised offsets) whose item is the merged :class:`Official`.
    ``references`` are titles named without a name (``Phó Thủ tướng, Bộ
    trưởng Ngoại giao Lào bày tỏ ...``) that point to exactly one official
    of the article with that title and country, and ``người đồng cấp`` (the
    counterpart) when exactly one official shares a title with one named in
    its sentence; in text order.

    >>> OfficialIndex().officials
    ()
    """

    officials: tuple[Official, ...] = ()
    hits: tuple[Hit[Official], ...] = ()
    mentions: tuple[OfficialMention, ...] = ()
    references: tuple[Hit[Official], ...] = ()


# --------------------------------------------------------------------------- reading mentions


@attrs.define
class _Mention:
    start: int
    end: int
    name: NameMatch
    titles: list[TitleMatch]
    sentence: int


# Between two stacked titles: a comma, ``kiêm`` (and), or both. Every gap the pattern
# ``,? (?:kiêm )?`` matches, written out: a set look-up on the gap answers it.
_STACK_GAPS: Final = frozenset({" ", ", ", " kiêm ", ", kiêm "})
_LONGEST_GAP: Final = max(map(len, _STACK_GAPS))
# Between a name and the titles after it.
_AFTER_NAME: Final = re.compile(r"(?:,| -| –) ")
# Between titles and the name: an honorific (Ngoại trưởng Mỹ ông Antony Blinken).
_BEFORE_NAME: Final = re.compile(r" (?:(?:ông|bà|ngài|đồng chí) )?")
_IN_CHARGE: Final = re.compile(r" phụ trách ")
# Verbs that give a named person the title after them (ông A giữ chức Chủ tịch ...).
_ROLE_VERB: Final = re.compile(r"(?:giữ chức|làm|đắc cử|nhậm chức|giữ cương vị|trên cương vị) $")
_SCAN_ZONES: Final = (Zone.TITLE, Zone.BODY, Zone.CAPTION)
_START: Final = operator.attrgetter("start")


# Characters at and past this one are not in the table of _title_firsts: the pattern is tried.
_TABLE_END: Final = "\u2200"


@functools.cache
def _title_firsts() -> frozenset[str]:
    """The characters below ``_TABLE_END`` a title can start with, in any case (ſ and K included).

    A word starting with none of them starts no title: the pattern need not be tried.
    """
    from .titles import _lexicon

    words = [e.title for e in _lexicon().values()] + ["nguyên", "cựu", "quyền", "tân"]
    folded = re.compile("(?i:[" + "".join(re.escape(w[0]) for w in words) + "])")
    table = "".join(chr(i) for i in range(ord(_TABLE_END)))
    return frozenset(folded.findall(table)) | frozenset("PGT")  # PGS, GS, TS, ThS


def _title_at(text: str, pos: int) -> bool:
    """Whether a title starts at ``pos`` (the pattern tried only after a possible first letter)."""
    first = text[pos : pos + 1]
    return (first in _title_firsts() or first >= _TABLE_END) and title_pattern().match(text, pos) is not None


@functools.cache
def _stop_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stops a name, each as one pattern: a title, a province or a country; a title or a country.

    One match instead of three (title_pattern, place_pattern, country_pattern) for every word of
    every name. Only whether something matches counts: the title is its pattern's head (what
    follows it is optional), and a country is any but ``Việt`` alone (Việt Nam is one).
    """
    title = title_start_source()
    place = place_pattern().pattern
    countries = trie_pattern(name for name in country_names() if name != "Việt")
    country = rf"(?<![\w]){countries}(?![\w])(?! Cai(?!\w))"
    return re.compile(f"{title}|{place}|{country}"), re.compile(f"{title}|{country}")


def _stop_word(text: str, pos: int) -> bool:
    """Whether a title, a country or a province starts at ``pos`` (a name stops there)."""
    return _stop_patterns()[0].match(text, pos) is not None


def _stop_word_in_name(text: str, pos: int) -> bool:
    """As :func:`_stop_word`, but a province may be part of a Vietnamese name (Nguyễn Hòa Bình)."""
    return _stop_patterns()[1].match(text, pos) is not None


def _read_name(text: str, pos: int, end: int, *, allow_place: bool = False) -> NameMatch | None:
    name = read_name(text, pos, end, stop=_stop_word)
    if name is None:
        return None
    if len(name.tokens) == 1 and name.tokens[0] in VIETNAMESE_SURNAMES:
        # A surname then a province: a Vietnamese name when the whole reads as one (Nguyễn Hòa Bình).
        longer = read_name(text, pos, end, stop=_stop_word_in_name)
        if longer is not None and len(longer.tokens) >= 2 and longer.shape is NameShape.VIETNAMESE:
            name = longer
    whole = name.text
    if whole in country_names() or (not allow_place and place_pattern().fullmatch(whole) is not None):
        return None
    if _title_at(text, name.start):
        return None
    return name


def _stacks(titles: list[TitleMatch], text: str) -> list[list[TitleMatch]]:
    stacks: list[list[TitleMatch]] = []
    end = -_LONGEST_GAP - 1  # no title before the first
    for t in titles:
        if t.start - end <= _LONGEST_GAP and text[end : t.start] in _STACK_GAPS:
            stacks[-1].append(t)
        else:
            stacks.append([t])
        end = t.end
    return stacks


def _name_after(text: str, stack: list[TitleMatch], end: int) -> NameMatch | None:
    pos = stack[-1].end
    gap = _BEFORE_NAME.match(text, pos, end)
    if gap is None:
        return None
    # A title then a place-like name is a person (Chủ tịch Hồ Chí Minh): local offices took their province.
    # A name starts with a capital (or a character above U+FFFF, which read_name checks): any
    # other character after the title starts none, and the read is not tried.
    after = text[gap.end() : gap.end() + 1]
    name = _read_name(text, gap.end(), end, allow_place=True) if after.isupper() or after > "\uffff" else None
    if name is not None and len(name.tokens) >= 3 and name.tokens[0] in AMBIGUOUS_COUNTRIES:
        # Bộ trưởng Y tế Nga Mikhail Murashko: a country that is also a name syllable, then a name.
        rest = _read_name(text, name.start + len(name.tokens[0]) + 1, end)
        if rest is not None and len(rest.tokens) >= 2:
            code = AMBIGUOUS_COUNTRIES[name.tokens[0]]
            stack[-1] = stack[-1]._replace(end=name.start + len(name.tokens[0]), country=code, tail_country=True)
            return rest
    if name is not None:
        return name
    if _IN_CHARGE.match(text, pos, end):
        # Bộ trưởng cao cấp phụ trách công tác Hoàng cung Kuy Sophal: skip the remit.
        limit = min(end, pos + 80)
        clause = re.search(r"[,;.]", text[pos:limit])
        limit = pos + clause.start() if clause else limit
        for run_start, _ in name_runs(text, pos, limit):
            candidate = _read_name(text, run_start, limit)
            if candidate is not None and len(candidate.tokens) >= 2:
                last, cut = stack[-1], candidate.start - 1
                stack[-1] = last._replace(end=cut, title_end=cut, title=text[last.start : cut])
                return candidate
    return None


def _name_before(text: str, start: int, stack_start: int) -> NameMatch | None:
    sep = None
    for m in _AFTER_NAME.finditer(text, max(start, stack_start - 3), stack_start):
        if m.end() == stack_start:
            sep = m
    if sep is None:
        return None
    run_end = sep.start()
    run_start = name_run_ending_at(text, max(start, run_end - 80), run_end)
    if run_start is None:
        return None
    # The run's words are one space apart: each is tried as the start of a name filling the run.
    word_start = run_start
    for word in text[run_start:run_end].split(" "):
        name = _read_name(text, word_start, run_end)
        if name is not None and name.end == run_end and len(name.tokens) >= 2:
            return name
        word_start += len(word) + 1
    return None


def _name_start(m: _Mention) -> int:
    return m.name.start


def _sentence_mentions(
    text: str, start: int, end: int, index: int, titles: list[TitleMatch], honorifics: list[int]
) -> tuple[list[_Mention], list[list[TitleMatch]]]:
    mentions: list[_Mention] = []
    bare: list[list[TitleMatch]] = []
    if not titles:
        # Names after ông/bà/ngài/đồng chí only: no stacks to place (most sentences with a name).
        for after in honorifics:
            if _owner(mentions, after) is None:
                name = _read_name(text, after, end)
                if name is not None:
                    mentions.append(_Mention(name.start, name.end, name, [], index))
        return mentions, bare
    stacks = _stacks(titles, text)
    named = [_name_after(text, stack, end) for stack in stacks]
    # Stacks taken by a mention. A stack is a fresh list of _stacks: a mention takes it as its
    # titles without a copy.
    used = [name is not None for name in named]
    for i, name in enumerate(named):
        if name is None:
            continue
        stack = stacks[i]
        mention = _Mention(stack[0].start, name.end, name, stack, index)
        # Titles after the name, not followed by a name of their own.
        if i + 1 < len(stacks) and named[i + 1] is None:
            sep = _AFTER_NAME.match(text, name.end, end)
            following = stacks[i + 1]
            if sep is not None and sep.end() == following[0].start:
                stack.extend(following)
                mention.end = following[-1].end
                used[i + 1] = True
        mentions.append(mention)
    for after in honorifics:
        # A name read here starts at ``after``: one inside a mention's name is not read.
        if _owner(mentions, after) is not None:
            continue
        name = _read_name(text, after, end)
        if name is not None:
            mentions.append(_Mention(name.start, name.end, name, [], index))
    leftover: list[list[TitleMatch]] = []
    for i, stack in enumerate(stacks):
        if used[i]:
            continue
        name = _name_before(text, start, stack[0].start)
        if name is not None:
            owner = _owner(mentions, name.start)
            if owner is None:
                mentions.append(_Mention(name.start, stack[-1].end, name, stack, index))
            else:
                owner.titles.extend(stack)
                owner.end = max(owner.end, stack[-1].end)
            continue
        leftover.append(stack)
    for stack in leftover:
        if text.startswith(":", stack[-1].end):
            # các đồng chí Ủy viên Trung ương Đảng: A, Bộ trưởng ...; B, ...: the title is everyone's,
            # up to the next list (cùng các đồng chí ...).
            next_list = text.find("các đồng chí", stack[-1].end, end)
            limit = end if next_list < 0 else next_list
            listed = [m for m in mentions if stack[-1].end < m.name.start < limit]
            for m in listed:
                m.titles[:0] = stack
            if listed:
                continue
        verb = _ROLE_VERB.search(text, max(start, stack[0].start - 24), stack[0].start)
        if verb is not None:
            # ông A tiếp tục giữ chức Chủ tịch UBND tỉnh; bầu B làm Chủ tịch HĐND tỉnh.
            before = [m for m in mentions if m.name.end <= verb.start()]
            if before:
                owner = max(before, key=lambda m: m.name.end)
                owner.titles.extend(stack)
                continue
        bare.append(stack)
    if len(mentions) > 1:
        mentions.sort(key=_name_start)
    return mentions, bare


def _owner(mentions: list[_Mention], pos: int) -> _Mention | None:
    """The first of ``mentions`` whose name covers ``pos``, if any."""
    for m in mentions:
        if m.name.start <= pos < m.name.end:
            return m
    return None


# --------------------------------------------------------------------------- merging


@attrs.define
class _Person:
    key: tuple[str, ...]
    shape: NameShape
    mentions: list[_Mention] = attrs.Factory(list)
    # Titles and country from titles named without a name (see _corefer).
    extra_titles: list[TitleMatch] = attrs.Factory(list)
    ref_country: str | None = None


def _merge(mentions: list[_Mention], doc: Document) -> list[_Person]:
    people: list[_Person] = []
    by_key: dict[tuple[str, ...], _Person] = {}
    singles: list[_Mention] = []
    for m in mentions:
        name = m.name
        if len(name.tokens) < 2:
            singles.append(m)
            continue
        key = name_key(name.text)
        person = by_key.get(key) or _suffix_match(key, people)
        if person is None:
            person = _Person(key, name.shape)
            people.append(person)
        by_key[key] = person
        person.mentions.append(m)
    for m in singles:
        word = m.name.tokens[0]
        folded = word.casefold()
        word_key = None  # the romanisation key, computed for the first foreign-shaped person only
        candidates = []
        for p in people:
            if p.shape is NameShape.VIETNAMESE:
                ok = p.key[-1] == folded
            else:
                if word_key is None:
                    word_key = token_key(word)
                ok = word_key in p.key or folded in p.key
            if ok:
                candidates.append(p)
        if not candidates and _lone_name(m):
            # Tổng thống Putin, Chủ tịch Souphanouvong, ông Trump: a one-word name that stands alone.
            key = name_key(word)
            person = by_key.get(key)
            if person is None:
                person = by_key[key] = _Person(key, m.name.shape)
                people.append(person)
            person.mentions.append(m)
            continue
        if not candidates:
            doc.diagnostics.append(
                Diagnostic(
                    "unresolved-name",
                    f"{word!r} after a title matches no full name in the article; not counted as an official",
                    doc.span(m.name.start, m.name.end),
                    Severity.INFO,
                )
            )
            continue
        if len(candidates) == 1:
            candidates[0].mentions.append(m)
        else:
            pos = m.name.start
            min(candidates, key=lambda p: _distance(p, pos)).mentions.append(m)
    if singles:
        # Only a one-word name can join a person out of text order.
        for p in people:
            if len(p.mentions) > 1:
                p.mentions.sort(key=_name_start)
    if len(people) > 1:
        people.sort(key=_first_named)
    return people


def _first_named(person: _Person) -> int:
    return person.mentions[0].name.start


def _lone_name(m: _Mention) -> bool:
    """A one-word name that counts without a full form: a known leader's surname, or a foreign word after a title."""
    word = m.name.tokens[0]
    if name_key(word) in _leader_surnames():
        return True
    if m.name.shape is not NameShape.FOREIGN or is_vietnamese_syllable(word):
        return False
    # Only after an office of state (Tổng thống Putin): a bare Chủ tịch, a rank or a director
    # is as often followed by a company or a body (Chủ tịch Fed).
    return any(1 <= t.rank <= 5 and _title_slot(t.title) != "chủ tịch" for t in m.titles)


def _suffix_match(key: tuple[str, ...], people: list[_Person]) -> _Person | None:
    for p in people:
        short, long_ = (key, p.key) if len(key) < len(p.key) else (p.key, key)
        if len(short) >= 2 and long_[-len(short) :] == short:
            return p
    return None


def _distance(person: _Person, pos: int) -> tuple[int, int]:
    before = [pos - m.name.start for m in person.mentions if m.name.start < pos]
    if before:
        return (0, min(before))
    return (1, min(m.name.start - pos for m in person.mentions))


def _corefer(people: list[_Person], bare: list[tuple[int, list[TitleMatch]]]) -> None:
    """Give foreign-named people the titles and country of titles named without a name.

    ``ông Pete Hoekstra, cáo buộc Đại sứ ...`` takes ``Đại sứ`` from its own
    sentence; ``Đại sứ Mỹ`` elsewhere then gives the country, when no other
    person holds that title.
    """
    if not bare or all(p.shape is not NameShape.FOREIGN for p in people):
        return  # nothing to give, or no one to give it to
    bare_in: dict[int, list[list[TitleMatch]]] = {}
    for idx, stack in bare:
        bare_in.setdefault(idx, []).append(stack)
    # Indexes of the titles held, built once and only when a person needs them (most foreign names
    # have a country of their own): the work stays linear in the number of people and titles.
    held: list[set[str]] = []
    holders: dict[str, int] = {}
    tail_codes: dict[frozenset[str], set[str]] = {}
    for i, person in enumerate(people):
        if person.shape is not NameShape.FOREIGN:
            continue
        if not any(m.titles for m in person.mentions):
            for m in person.mentions:
                later = [stack for stack in bare_in.get(m.sentence, ()) if stack[0].start > m.name.end]
                if later:
                    person.extra_titles.extend(later[0])
                    break
        own = [t for m in person.mentions for t in m.titles] + person.extra_titles
        if not own or any(_title_country(t) for t in own):
            continue
        if not held:
            # From the titles named with each person (not extra_titles): as before any was given.
            held = [{_title_slot(t.title) for m in p.mentions for t in m.titles} for p in people]
            for slots_held in held:
                for slot in slots_held:
                    holders[slot] = holders.get(slot, 0) + 1
            for _, stack in bare:
                codes_here = {t.country for t in stack if t.tail_country and t.country}
                tail_codes.setdefault(frozenset(_title_slot(x.title) for x in stack), set()).update(codes_here)
        own_held = held[i]
        slots = {_title_slot(t.title) for t in own}
        if any(holders.get(slot, 0) > (slot in own_held) for slot in slots):
            continue  # another person holds one of these titles
        codes = {code for key, found in tail_codes.items() if key <= slots for code in found}
        if len(codes) == 1:
            person.ref_country = codes.pop()


# --------------------------------------------------------------------------- country


@functools.cache
def _leaders() -> dict[tuple[str, ...], str]:
    return {name_key(row[0]): row[1] for row in read_tsv("leaders.tsv")}


@functools.cache
def _leader_surnames() -> dict[tuple[str, ...], str]:
    # The last word of a foreign leader's name (Trump, Blinken): Sino-Vietnamese names are left out.
    return {key[-1:]: code for key, code in _leaders().items() if code != "CN" and len(key) >= 2}


def _international(title: str) -> bool:
    entry = title_entry(title)
    return entry is not None and entry.international


def _title_country(t: TitleMatch) -> tuple[int, str] | None:
    if t.tail_country and t.country:
        return (5, t.country)
    if t.country:
        return (4, t.country)
    return None


def _country(
    person: _Person,
    doc: Document,
    china_named: Callable[[], bool],
    free: Callable[[int, int], list[tuple[int, int, str]]],
) -> str | None:
    """The person's country; ``free(start, end)`` gives the foreign countries named outside any name there.

    ``china_named()`` says whether the article names China (a Chinese leader's name counts only then).
    """
    votes: dict[str, int] = {}
    best = 0
    titled = False
    for m in person.mentions:
        for t in m.titles:
            titled = True
            code = t.country
            if not code:
                continue
            strength = 5 if t.tail_country else 4  # as _title_country
            if strength > best:
                best, votes = strength, {}
            if strength == best:
                votes[code] = votes.get(code, 0) + 1
    if votes:
        # The most votes; the first named wins a tie (as Counter.most_common did).
        return max(votes, key=votes.__getitem__) if len(votes) > 1 else next(iter(votes))
    if titled and any(_international(t.title) for m in person.mentions for t in m.titles):
        # Tổng Thư ký Liên hợp quốc serves no one state.
        return None
    if person.ref_country is not None:
        return person.ref_country
    leader = _leaders().get(person.key) or _leader_surnames().get(person.key)
    if leader is not None and (leader != "CN" or china_named()):
        return leader
    if person.shape is NameShape.VIETNAMESE:
        return "VN"
    # A foreign name: the nearest other country named in its sentence.
    first = person.mentions[0]
    sentence = doc.sentences[first.sentence]  # the one its name lies in (no search by offset)
    inside = free(sentence.start, sentence.end)
    before = [c for c in inside if c[1] <= first.start]
    if before:
        return before[-1][2]
    if inside:
        return inside[0][2]
    # No cue in its sentence: a Lao-looking name is Lao; any other stays unknown rather than
    # taking the article's most named country (a Korean name in an article about Laos is not Lao).
    if looks_lao(first.name.tokens):
        return "LA"
    return None


# --------------------------------------------------------------------------- building


@functools.lru_cache(maxsize=4096)
def _title_slot(title: str) -> str:
    key = title_key(title)
    return key.replace("bộ trưởng bộ ", "bộ trưởng ").replace("thứ trưởng bộ ", "thứ trưởng ")


def _fewest_titles_last(m: _Mention) -> int:
    return -len(m.titles)


def _titles(person: _Person) -> tuple[str, ...]:
    """The person's titles, most senior first.

    Vietnamese news writes titles in protocol order, most senior first, so the
    fullest mention's order is kept; titles from other mentions follow it by rank.
    """
    mentions = person.mentions
    if len(mentions) == 1 and not person.extra_titles and len(mentions[0].titles) <= 1:
        # One mention with one title or none (most people): nothing to order or merge.
        return tuple(t.title for t in mentions[0].titles)
    seen: dict[str, tuple[int, int, str]] = {}
    fullest = sorted(mentions, key=_fewest_titles_last) if len(mentions) > 1 else mentions
    for group, titles in enumerate([fullest[0].titles, *[m.titles for m in fullest[1:]], person.extra_titles]):
        for order, t in enumerate(titles):
            slot = _title_slot(t.title)
            if slot not in seen:
                seen[slot] = (0, order, t.title) if group == 0 else (1, t.rank, t.title)
    if len(seen) == 1:
        return (next(iter(seen.values()))[2],)
    # A bare title gives way to a fuller one (Bộ trưởng to Bộ trưởng Ngoại giao), which takes its place.
    for slot in list(seen):
        fuller = [other for other in seen if other.startswith(slot + " ")]
        if fuller:
            place = min(seen[slot], seen[fuller[0]])
            seen[fuller[0]] = (place[0], place[1], seen[fuller[0]][2])
            del seen[slot]
    return tuple(title for _, _, title in sorted(seen.values()))


def extract_officials(doc: Document) -> OfficialIndex:
    """Find every official named in ``doc``, merged per person, with every mention.

    >>> from vnlao_corpus.text.document import read_document
    >>> doc = read_document("T\\nBộ trưởng Ngoại giao Lào Saleumxay Kommasith cảm ơn. Ông Saleumxay nói.")
    >>> o = extract_officials(doc).officials[0]
    >>> o.name, o.aliases, o.country, len(o.mentions)
    ('Saleumxay Kommasith', ('Saleumxay',), 'LA', 2)
    """
    text = doc.text
    mentions: list[_Mention] = []
    bare: list[tuple[int, list[TitleMatch]]] = []
    # One scan over the whole text for titles and honorifics, shared out to the sentences.
    titles, honorifics = scan_titles(text)
    if not titles and not honorifics:
        return OfficialIndex()
    sentences = doc.sentences
    # The sentence of each: a search by start over the sentences themselves (a few searches per
    # article, cheaper than a list of every sentence's start).
    work: dict[int, tuple[list[TitleMatch], list[int]]] = {}
    for t in titles:
        index = bisect.bisect_right(sentences, t.start, key=_START) - 1
        if index >= 0 and t.end <= sentences[index].end:
            work.setdefault(index, ([], []))[0].append(t)
    for after in honorifics:
        index = bisect.bisect_right(sentences, after, key=_START) - 1
        if index >= 0:
            work.setdefault(index, ([], []))[1].append(after)
    for index in sorted(work):
        sentence = sentences[index]
        if sentence.zone not in _SCAN_ZONES:
            continue
        own, starts_after = work[index]
        found, stacks = _sentence_mentions(text, sentence.start, sentence.end, index, own, starts_after)
        mentions += found
        for stack in stacks:
            bare.append((index, stack))
    people = _merge(mentions, doc)
    if not people:
        return OfficialIndex()
    _corefer(people, bare)
    china_cache: list[bool] = []

    def china_named() -> bool:
        # Looked for only when a Chinese leader's name needs it, once per document.
        if not china_cache:
            china_cache.append(names_country(text, "CN"))
        return china_cache[0]

    names_cache: list[tuple[list[tuple[int, int]], list[int]]] = []
    free_cache: dict[int, list[tuple[int, int, str]]] = {}

    def free(start: int, end: int) -> list[tuple[int, int, str]]:
        # Countries other than Vietnam named outside any name in [start, end), in text order;
        # looked for in that sentence only, once per sentence.
        found = free_cache.get(start)
        if found is None:
            if not names_cache:
                names = sorted((m.name.start, m.name.end) for p in people for m in p.mentions)
                names_cache.append((names, [s for s, _ in names]))
            names, starts = names_cache[0]
            found = free_cache[start] = []
            for c in find_countries(text, start, end):
                i = bisect.bisect_right(starts, c[0]) - 1
                if c[2] != "VN" and not (i >= 0 and names[i][0] <= c[0] < names[i][1]):
                    found.append(c)
        return found

    officials: list[Official] = []
    hits: list[tuple[_Mention, Official]] = []
    span = doc.span
    for person in people:
        forms = _forms(person.mentions)
        # The fullest form: most words, then the standard romanisation over the hyphenated
        # Vietnamised one (Thongloun Sisoulith, not Thoong-lun Xi-xu-lít), then the longest.
        name = forms[0]
        if len(forms) > 1:
            name = max(forms, key=lambda f: (len(f.split()), "-" not in f or "-" in forms[0], len(f)))
        official = Official(
            name,
            _titles(person),
            _country(person, doc, china_named, free),
            tuple([f for f in forms if f != name]) if len(forms) > 1 else (),
            tuple([span(m.name.start, m.name.end) for m in person.mentions]),
        )
        officials.append(official)
        for m in person.mentions:
            hits.append((m, official))
    if len(hits) > 1:
        hits.sort(key=_mention_start)
    references = _references([stack for _, stack in bare], officials) if bare else []
    references += _counterparts(doc, hits)
    if len(references) > 1:
        references.sort(key=_hit_start)
    return OfficialIndex(
        tuple(officials),
        tuple([Hit(m.start, m.end, o) for m, o in hits]),
        tuple([_public_mention(m) for m, _ in hits]),
        tuple(references),
    )


def _forms(mentions: list[_Mention]) -> list[str]:
    """The spellings of a person's name, in text order, one per case-folded form."""
    if len(mentions) == 1:
        return [mentions[0].name.text]
    forms: list[str] = []
    folded: set[str] = set()
    for m in mentions:
        form = m.name.text
        key = form.casefold()
        if key not in folded:
            forms.append(form)
            folded.add(key)
    return forms


def _mention_start(pair: tuple[_Mention, Official]) -> int:
    return pair[0].start


def _hit_start(hit: Hit[Official]) -> int:
    return hit.start


def _public_mention(m: _Mention) -> OfficialMention:
    country = None
    for t in m.titles:
        if t.country:  # the first title with a country, as _title_country
            country = t.country
            break
    name = m.name
    return OfficialMention(m.start, m.end, name.start, name.end, name.text, tuple([t.title for t in m.titles]), country)


_COUNTERPART: Final = "người đồng cấp"


def _counterparts(doc: Document, hits: list[tuple[_Mention, Official]]) -> list[Hit[Official]]:
    """``người đồng cấp`` (the counterpart): the one official elsewhere who shares a title with one named beside it."""
    out: list[Hit[Official]] = []
    text = doc.text
    i = text.find(_COUNTERPART)
    while i >= 0:
        sentence = doc.sentence_at(i)
        if sentence is not None:
            here = {id(o): o for m, o in hits if sentence.start <= m.start < sentence.end}
            slots = {_title_slot(t) for o in here.values() for t in o.titles}
            others = {id(o): o for _, o in hits if id(o) not in here}
            matches = [o for o in others.values() if slots & {_title_slot(t) for t in o.titles}]
            if here and len(matches) == 1:
                out.append(Hit(i, i + len(_COUNTERPART), matches[0]))
        i = text.find(_COUNTERPART, i + len(_COUNTERPART))
    return out


def _references(bare: list[list[TitleMatch]], officials: list[Official]) -> list[Hit[Official]]:
    out: list[Hit[Official]] = []
    if not bare:
        return out
    # The officials holding each title, so that a stack is compared with its holders only.
    held = [{_title_slot(t) for t in o.titles} for o in officials]
    holders: dict[str, list[int]] = {}
    for i, slots_held in enumerate(held):
        for slot in slots_held:
            holders.setdefault(slot, []).append(i)
    for stack in bare:
        slots = {_title_slot(t.title) for t in stack}
        country = next((t.country for t in stack if t.tail_country), None)
        some = next(iter(slots))
        matches = [
            officials[i]
            for i in holders.get(some, ())
            if slots <= held[i] and (country is None or officials[i].country == country)
        ]
        if len(matches) == 1:
            out.append(Hit(stack[0].start, stack[-1].end, matches[0]))
    return out
