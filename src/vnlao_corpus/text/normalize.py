"""Normalise Vietnamese text for matching, keeping a map back to the caller's offsets.

What changes (and nothing else):

- Unicode NFC (decomposed diacritics are composed);
- ``Ð`` (U+00D0, Icelandic eth) and ``ð`` become ``Đ``/``đ``;
- no-break and narrow no-break spaces, tabs and other horizontal spaces become
  a plain space; runs of spaces become one space;
- zero-width spaces and joiners, the byte-order mark and soft hyphens are removed;
- old-style tone placement on ``oa``, ``oe``, ``uy`` at the end of a syllable is
  moved to the first vowel (``hoà`` -> ``hòa``, ``thuỷ`` -> ``thủy``,
  ``Uỷ`` -> ``Ủy``), so that lexicons need one spelling.

Line breaks are kept. :class:`Normalized` holds the result and a sparse map
back to the caller's text (an entry only where a character does not simply
follow the previous one: a composed letter, the character after a collapsed
run of spaces or a dropped character), so that any span of the normalised text
maps back exactly; text that needs no work comes back as it is, with no map.

>>> n = normalize("Ho\\u00e0  b\\u00ecnh\\u200b")
>>> n.text
'Hòa bình'
>>> n.to_source_span(4, 8)
(5, 9)
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from typing import Final

import attrs

_bisect_right = bisect.bisect_right

__all__ = ["Normalized", "lowercase", "normalize", "normalize_text"]

# Characters dropped outright.
_DROP: Final = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Characters that stand for a plain space.
_SPACE: Final = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\x0b\x0c"
_ETH: Final = {"\u00d0": "\u0110", "\u00f0": "\u0111"}

# Old-style tone placement: tone mark on the second vowel of oa/oe/uy at the
# end of a syllable.  Maps (first vowel, toned second vowel) to the new style.
_TONES: Final = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _retone_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                old = f + unicodedata.normalize("NFC", s + tone)
                new = unicodedata.normalize("NFC", f + tone) + s
                table[old] = new
    return table


_RETONE: Final = _retone_table()
_VN_LETTER: Final = r"a-zA-Z\u00c0-\u024f\u1e00-\u1eff"
# Not after q (``quý`` is right in both styles) and not before another letter
# (``hoàn`` has the tone on the second vowel in both styles).
_TONED_SECOND: Final = "".join(sorted({key[1] for key in _RETONE}))
# The toned second vowel, found by a scan for a character class, with the first
# vowel checked by a lookbehind: ``o`` and ``u`` are so common that a pattern
# starting with them is tried (and fails) at every other syllable, a slower scan
# (by a fifth on articles). A match is old-style only if the pair (from the character before
# it) is a key of _RETONE (``uà`` matches but is not) and is not after q (both
# checked in code: a leading lookbehind slows the scan); not before a letter.
_RETONE_RE: Final = re.compile(r"[" + _TONED_SECOND + r"](?<=[oOuU].)(?![" + _VN_LETTER + r"\u0300-\u036f])")

# Anything that may need work; text without it (and without ``"  "``, and in NFC)
# is returned as it is.
_SUSPECT_CHARS: Final = _DROP + _SPACE + "".join(_ETH) + "\u0300-\u036f"
# A suspect character, or a toned second vowel after o/u at the end of a syllable
# (its pair checked in code, as for _RETONE_RE): the two scans in one, so that text
# that needs no work (most articles) is scanned once. One character class first, so
# the scan for it runs at C speed; the toned vowels it stops at are the ones
# _RETONE_RE stops at. (An alternation of a class and ``"  "`` scans five times slower.)
_SUSPECT_OR_TONED: Final = re.compile(
    "[" + _SUSPECT_CHARS + _TONED_SECOND + "]"
    "(?:(?<=[" + _SUSPECT_CHARS + "])|(?<=[oOuU].)(?![" + _VN_LETTER + "\u0300-\u036f]))"
)
_EDIT_CHARS: Final = re.compile("[" + _DROP + _SPACE + "".join(_ETH) + "]")


# A sparse offset map: the normalised characters whose caller span is not simply
# the one after the previous character's (``idx``, sorted), with their caller
# ``starts`` and ``ends``. Character ``i`` between two entries, after entry ``j``,
# covers the caller character ``ends[j] + (i - idx[j] - 1)``; before the first
# entry, the map is the identity. Most articles need a few entries (a composed
# letter, a collapsed space), so the map costs nothing per character.
_Entries = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]
_NO_ENTRIES: _Entries = ((), (), ())


def _lookup(entries: _Entries, i: int) -> tuple[int, int]:
    """The caller span of normalised character ``i`` under ``entries``."""
    idx, starts, ends = entries
    j = bisect.bisect_right(idx, i) - 1
    if j < 0:
        return i, i + 1
    k = idx[j]
    if k == i:
        return starts[j], ends[j]
    s = ends[j] + (i - k - 1)
    return s, s + 1


@attrs.frozen
class Normalized:
    """Normalised text with a map back to the caller's offsets.

    Normalised character ``i`` stands for the caller span ``to_source_span(i, i + 1)``
    (a composed letter covers its base and its marks). ``entries`` is the sparse
    map (``None`` when nothing changed: the identity map).

    >>> n = normalize("a\\u00a0\\u00a0b")
    >>> n.text, n.to_source(2)
    ('a b', 3)
    """

    text: str
    source: str
    entries: _Entries | None = None

    @property
    def changed(self) -> bool:
        """Whether normalisation changed anything."""
        return self.entries is not None

    @property
    def starts(self) -> tuple[int, ...] | None:
        """The caller start of every normalised character (``None`` for the identity map)."""
        if self.entries is None:
            return None
        return tuple([_lookup(self.entries, i)[0] for i in range(len(self.text))])

    @property
    def ends(self) -> tuple[int, ...] | None:
        """The caller end of every normalised character (``None`` for the identity map)."""
        if self.entries is None:
            return None
        return tuple([_lookup(self.entries, i)[1] for i in range(len(self.text))])

    def to_source(self, index: int) -> int:
        """The caller offset of normalised offset ``index`` (``0 <= index <= len(text)``)."""
        if self.entries is None:
            return index
        if index >= len(self.text):
            return len(self.source)
        return _lookup(self.entries, index)[0]

    def to_source_span(self, start: int, end: int) -> tuple[int, int]:
        """The caller span of the normalised span ``[start, end)``.

        A span never swallows characters dropped just before or after it.
        """
        entries = self.entries
        if entries is None:
            return start, end
        # Every stage maps dozens of spans per article: both lookups are inlined
        # here (one bisect each) rather than going through to_source and _lookup.
        idx, starts, ends = entries
        if start >= len(self.text):
            s = len(self.source)
        else:
            j = _bisect_right(idx, start) - 1
            if j < 0:
                s = start
            else:
                k = idx[j]
                s = starts[j] if k == start else ends[j] + (start - k - 1)
        if end <= start:
            return s, s
        last = end - 1
        j = _bisect_right(idx, last) - 1
        if j < 0:
            return s, end
        k = idx[j]
        return s, (ends[j] if k == last else ends[j] + (last - k))

    def source_slice(self, start: int, end: int) -> str:
        """The caller's text under the normalised span ``[start, end)``."""
        s, e = self.to_source_span(start, end)
        return self.source[s:e]


# ``str.lower`` called through a name. mypyc compiles ``s.lower()`` to a primitive of its
# own, which lowers a capital sigma at the end of a word to σ where Python gives ς; the
# compiled modules call lowercase() so that compiled and pure builds read text alike.
_STR_LOWER: Final = str.lower


def lowercase(text: str) -> str:
    """``text.lower()``, exactly as CPython does it, in pure and compiled builds alike.

    The compiled modules call this instead of ``str.lower`` (a test checks
    that none calls ``.lower()``).

    >>> lowercase("ĐẠI SỨ")
    'đại sứ'
    >>> lowercase("ΟΔΟΣ")[-1] == "\u03c2"  # the final sigma, as Python lowers it
    True
    """
    return _STR_LOWER(text)


def normalize_text(text: str) -> str:
    """Normalise ``text`` without keeping the offset map.

    >>> normalize_text("\\u00d0\\u1ea1i h\\u1ed9i  \\u0110\\u1ea3ng")
    'Đại hội Đảng'
    """
    return normalize(text).text


def _needs_work(text: str) -> bool:
    for m in _SUSPECT_OR_TONED.finditer(text):
        at = m.start()
        if text[at] not in _TONED_SECOND or _old_style(text, at - 1):
            return True
    return "  " in text or not unicodedata.is_normalized("NFC", text)


_MARKS: Final = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# The runs of marks and the characters _EDIT_CHARS finds, in one scan (as fast as
# either alone): a match is a run of marks, or one such character and the marks after it.
# ``[c][m]*`` rather than an alternation: a pattern that starts with a plain class is
# scanned for at C speed (three times faster here).
_EDIT_SET: Final = frozenset(_DROP + _SPACE + "".join(_ETH))
_MARK_RUN_OR_EDIT: Final = re.compile("[" + _MARKS + "".join(sorted(_EDIT_SET)) + "][" + _MARKS + "]*")
# Every character of a text belongs to one cluster: a character and the marks after it.
_CLUSTER: Final = re.compile("[^" + _MARKS + "][" + _MARKS + "]*|[" + _MARKS + "]+", re.DOTALL)
_NFC: Final = functools.partial(unicodedata.normalize, "NFC")
# Scripts where NFC can join two clusters into one character (Indic vowel signs, Hangul jamo).
_CROSS_CLUSTER: Final = re.compile("[\u0900-\u0dff\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff]")
# Spaces, dropped characters and eth, found in one scan; the text between is copied as it is.
_EDIT: Final = re.compile(
    "(?P<space>[ " + _SPACE + "][ " + _SPACE + _DROP + "]*[ " + _SPACE + "]|[" + _SPACE + "])"  # space runs
    "|(?P<drop>[" + _DROP + "]+)"
    "|(?P<eth>[" + "".join(_ETH) + "])"
)
_SPACE_RUN: Final = re.compile("(?P<space>   *)")  # two spaces first: a literal prefix, found like str.find


def _one_pass(text: str) -> tuple[str, _Entries, bool]:
    """One normalisation pass: the result and its sparse map back to ``text``.

    Two steps, each at C speed on ordinary text: compose every cluster (a
    letter and its marks) with NFC, one map entry per composed letter; then
    collapse spaces and drop invisible characters, copying the stretches
    between edits in bulk, one entry per stretch. Text whose clusters do not
    compose to one character each goes through :func:`_slow_pass`. The flag
    says whether the result is stable (nothing was dropped or collapsed, so
    another pass would change nothing).
    """
    composed: _Entries | None = None
    base = text
    runs: list[tuple[int, int]] = []
    edits = False  # whether the text holds a character that _EDIT_CHARS finds
    for m in _MARK_RUN_OR_EDIT.finditer(text):
        s, e = m.span()
        if text[s] in _EDIT_SET:
            edits = True
            s += 1
        if e > s:
            runs.append((s, e))
    # Whether the composed text may still hold marks (so that another pass may compose more).
    marks_left = False
    if runs:
        if len(runs) <= _FEW_RUNS:
            # A few clusters, each composed on its own: the NFC test below sends text
            # where NFC would do more (join clusters, replace singletons) to the slow pass.
            # A composed cluster is a letter (a character with a canonical decomposition,
            # which no space, invisible character or eth has): edits stays right.
            base, composed = _compose_marks(text, runs)
        else:
            base, composed, by_nfc = _compose_many(text, runs)
            if by_nfc:
                # NFC may replace singletons (U+2000 becomes U+2002) or leave marks: look again.
                edits = _EDIT_CHARS.search(base) is not None
                marks_left = True
        if composed is None:
            return _slow_pass(text)
    stable = True
    if not edits:
        if "  " not in base:
            result = base
            entries = _NO_ENTRIES if composed is None else composed
        else:
            # Only runs of plain spaces: a pattern with a literal prefix, found at C speed.
            result, edited = _edit(base, _SPACE_RUN)
            entries = edited if composed is None else _compose(composed, edited, len(result))
            # With every mark composed, collapsing spaces leaves nothing for another
            # pass to do (no mark, no space run, no character to edit).
            stable = not marks_left
    else:
        result, edited = _edit(base, _EDIT)
        entries = edited if composed is None else _compose(composed, edited, len(result))
        stable = False
    if not unicodedata.is_normalized("NFC", result):
        # Rare: characters NFC changes without combining marks (compatibility singletons).
        return _slow_pass(text)
    return _retone(result), entries, stable


def _compose_marks(text: str, runs: list[tuple[int, int]]) -> tuple[str, _Entries | None]:
    """Compose each letter with the marks after it (``runs``: the spans of the runs of marks).

    Returns the result and one map entry per composed letter.

    Only the runs of marks are visited and composed (NFC over the whole text
    costs far more than the few clusters an article has); the text between is
    copied as it is. The entries are None when a mark has no base or a cluster
    does not compose to one character.
    """
    out: list[str] = []
    idx: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    marks = 0
    pos = 0
    for s, e in runs:
        if s == 0:
            return text, None
        letter = _NFC(text[s - 1 : e])
        if len(letter) != 1:
            return text, None
        out.append(text[pos : s - 1])
        out.append(letter)
        idx.append(s - 1 - marks)  # the base before the marks, in composed offsets
        starts.append(s - 1)
        ends.append(e)
        marks += e - s
        pos = e
    out.append(text[pos:])
    return "".join(out), (tuple(idx), tuple(starts), tuple(ends))


_FEW_RUNS: Final = 32
# Up to one run of marks in this many characters, composing cluster by cluster is
# faster than one NFC call over the whole text (which costs per character).
_CHARS_PER_RUN: Final = 16


def _compose_many(text: str, runs: list[tuple[int, int]]) -> tuple[str, _Entries | None, bool]:
    """Compose ``text`` with more than a few runs of marks (``runs``); see :func:`_one_pass`.

    Returns the result, its entries and whether NFC composed it (rather than
    :func:`_compose_marks`, which composes letters only).
    """
    if len(runs) <= len(text) // _CHARS_PER_RUN:
        # Still few runs for the length of the text: compose them one by one. When the
        # result is NFC it is what either way below gives (each cluster became its
        # canonical equivalent, and a text has one NFC form), with the same entries.
        base, composed = _compose_marks(text, runs)
        if composed is not None and unicodedata.is_normalized("NFC", base):
            return base, composed, False
    if _CROSS_CLUSTER.search(text) is not None:
        # Scripts where NFC joins clusters: compose cluster by cluster.
        clusters = _CLUSTER.findall(text)
        base = "".join(map(_NFC, clusters))
        return base, _cluster_entries(clusters) if len(base) == len(clusters) else None, True
    # Decomposed text: one NFC call over it all, the entries read from the runs.
    base, composed = _compose_all(text, runs)
    return base, composed, True


def _compose_all(text: str, runs: list[tuple[int, int]]) -> tuple[str, _Entries | None]:
    """Compose ``text`` with one NFC call; the entries of :func:`_compose_marks` from its runs of marks."""
    if runs and runs[0][0] == 0:
        return text, None
    idx: list[int] = []
    marks = 0
    for s, e in runs:
        idx.append(s - 1 - marks)
        marks += e - s
    base = _NFC(text)
    if len(text) - marks != len(base):
        return text, None
    return base, (tuple(idx), tuple(s - 1 for s, _ in runs), tuple(e for _, e in runs))


def _cluster_entries(clusters: list[str]) -> _Entries:
    """Map entries when each of ``clusters`` became one character: one per cluster longer than one."""
    idx: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for k, cluster in enumerate(clusters):
        if len(cluster) > 1:
            idx.append(k)
            starts.append(pos)
            ends.append(pos + len(cluster))
        pos += len(cluster)
    return tuple(idx), tuple(starts), tuple(ends)


def _edit(text: str, pattern: re.Pattern[str]) -> tuple[str, _Entries]:
    """Collapse spaces, drop invisible characters, replace eth (as ``pattern`` finds them): the result and its map."""
    out: list[str] = []
    idx: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    n_out = 0
    for m in pattern.finditer(text):
        s, e = m.span()
        if s > pos:
            out.append(text[pos:s])
            idx.append(n_out)
            starts.append(pos)
            ends.append(pos + 1)
            n_out += s - pos
        kind = m.lastgroup
        if kind != "drop":
            out.append(" " if kind == "space" else _ETH[m.group()])
            idx.append(n_out)
            starts.append(s)
            ends.append(s + 1)
            n_out += 1
        pos = e
    if pos < len(text):
        out.append(text[pos:])
        idx.append(n_out)
        starts.append(pos)
        ends.append(pos + 1)
    return "".join(out), (tuple(idx), tuple(starts), tuple(ends))


class _Walk:
    """Look-ups in a sparse map for offsets that never decrease, in constant time each on average.

    Each search starts from the entry the last one found, so that a whole pass
    over a map costs its length, not its length times a binary search (a long
    decomposed text has an entry every few characters).
    """

    __slots__ = ("ends", "idx", "j", "starts")

    def __init__(self, entries: _Entries) -> None:
        self.idx, self.starts, self.ends = entries
        self.j = -1

    def lookup(self, i: int) -> tuple[int, int]:
        """``_lookup(entries, i)``, for ``i`` not below the one asked before."""
        idx, j = self.idx, self.j
        last = len(idx) - 1
        while j < last and idx[j + 1] <= i:
            j += 1
        self.j = j
        if j < 0:
            return i, i + 1
        k = idx[j]
        if k == i:
            return self.starts[j], self.ends[j]
        s = self.ends[j] + (i - k - 1)
        return s, s + 1

    def inverse(self, x: int, length: int) -> int | None:
        """The character (of a text of ``length``) whose caller span holds ``x``; None if dropped.

        For ``x`` not below the one asked before (a walk of its own: it
        follows ``starts``, not ``idx``).
        """
        idx, starts, ends, j = self.idx, self.starts, self.ends, self.j
        last = len(idx) - 1
        while j < last and starts[j + 1] <= x:
            j += 1
        self.j = j
        if j < 0:
            return x if x < (idx[0] if idx else length) else None
        if x < ends[j]:
            return idx[j]
        i = idx[j] + 1 + (x - ends[j])
        limit = idx[j + 1] if j < last else length
        return i if i < limit else None


def _compose(inner: _Entries, outer: _Entries, length: int) -> _Entries:
    """The map of two passes: ``outer`` maps the result (``length`` long) to the middle, ``inner`` that to the source.

    Only characters with an entry in ``outer``, or standing for a middle
    character with an entry in ``inner``, can break the run of consecutive
    caller characters: they get an entry, every other character follows on.
    Both maps only grow with the offset, so each is walked once.

    >>> middle = ((0,), (0,), (2,))  # source "ab" is one middle character
    >>> result = ((1,), (1,), (3,))  # middle "  " is one result space
    >>> _compose(middle, result, 3)  # result "X c": the c follows on (source 4)
    ((0, 1), (0, 2), (2, 4))
    """
    candidates = set(outer[0])
    walk = _Walk(outer)
    for x in inner[0]:
        i = walk.inverse(x, length)
        if i is not None:
            candidates.add(i)
    idx: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    by_outer, by_start, by_end = _Walk(outer), _Walk(inner), _Walk(inner)
    for i in sorted(candidates):
        if i >= length:
            continue
        s, e = by_outer.lookup(i)
        idx.append(i)
        starts.append(by_start.lookup(s)[0])
        ends.append(by_end.lookup(e - 1)[1])
    return tuple(idx), tuple(starts), tuple(ends)


def _dense_entries(starts: list[int], ends: list[int]) -> _Entries:
    """The sparse map of a per-character map: entries where a character does not follow on."""
    idx: list[int] = []
    st: list[int] = []
    en: list[int] = []
    prev = 0
    for i, (s, e) in enumerate(zip(starts, ends, strict=True)):
        if s != prev or e != s + 1:
            idx.append(i)
            st.append(s)
            en.append(e)
        prev = e
    return tuple(idx), tuple(st), tuple(en)


def _retone(text: str) -> str:
    """Move old-style tone marks (``hoà``) to the new place (``hòa``); same length."""
    out: list[str] = []
    pos = 0
    for m in _RETONE_RE.finditer(text):
        first = m.start() - 1
        if _old_style(text, first):
            out.append(text[pos:first])
            out.append(_RETONE[text[first : first + 2]])
            pos = first + 2
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _old_style(text: str, first: int) -> bool:
    """Whether the pair at ``first`` (a match of ``_RETONE_RE`` starts after it) is an old-style tone.

    Not ``quý`` (after q), not ``uà`` (no such pair).
    """
    return text[first : first + 2] in _RETONE and (first == 0 or text[first - 1] not in "qQ")


def _slow_pass(text: str) -> tuple[str, _Entries, bool]:
    """One normalisation pass, character by character, composing each cluster with NFC."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    n = len(text)
    prev_space = False
    while pos < n:
        ch = text[pos]
        if ch in _DROP:
            pos += 1
            continue
        if ch == " " or ch in _SPACE:
            if not prev_space:
                out.append(" ")
                starts.append(pos)
                ends.append(pos + 1)
                prev_space = True
            pos += 1
            continue
        prev_space = False
        # A base character followed by combining marks: compose as a cluster.
        end = pos + 1
        while end < n and unicodedata.combining(text[end]):
            end += 1
        cluster = text[pos:end]
        if end - pos > 1:
            cluster = unicodedata.normalize("NFC", cluster)
        cluster = _ETH.get(cluster, unicodedata.normalize("NFC", cluster))
        for c in cluster:
            out.append(c)
            starts.append(pos)
            ends.append(end)
        pos = end
    return _retone("".join(out)), _dense_entries(starts, ends), False


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching; see the module docstring for what changes.

    Normalisation is idempotent: normalising the result changes nothing.

    >>> normalize("Thu\\u1ef7 \\u0111i\\u1ec7n").text
    'Thủy điện'
    >>> normalize("plain text").changed
    False
    """
    if not _needs_work(text):
        return Normalized(text, text)
    result, entries, stable = _one_pass(text)
    # Dropping a character can bring a mark next to a letter it composes with
    # (``a``, zero-width space, combining grave): pass again until stable.
    for _ in range(3):
        if stable or result == text or not _needs_work(result):
            break
        again, more, stable = _one_pass(result)
        if again == result:
            break
        entries = _compose(entries, more, len(again))
        result = again
    if result == text:
        return Normalized(text, text)
    return Normalized(result, text, entries)
