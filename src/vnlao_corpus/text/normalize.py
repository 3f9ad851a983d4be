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

Line breaks are kept. :class:`Normalized` holds the result and ``offsets``, one
caller offset per normalised character plus one for the end, so that any span
of the normalised text maps back exactly.

>>> n = normalize("Ho\\u00e0  b\\u00ecnh\\u200b")
>>> n.text
'Hòa bình'
>>> n.to_source_span(4, 8)
(5, 9)
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

import attrs

__all__ = ["Normalized", "normalize", "normalize_text"]

# Characters dropped outright.
_DROP = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Characters that stand for a plain space.
_SPACE = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t\x0b\x0c"
_ETH = {"\u00d0": "\u0110", "\u00f0": "\u0111"}

# Old-style tone placement: tone mark on the second vowel of oa/oe/uy at the
# end of a syllable.  Maps (first vowel, toned second vowel) to the new style.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _retone_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f, s in ((first, second), (first.upper(), second), (first.upper(), second.upper())):
                old = f + unicodedata.normalize("NFC", s + tone)
                new = unicodedata.normalize("NFC", f + tone) + s
                table[old] = new
    return table


_RETONE = _retone_table()
_VN_LETTER = r"a-zA-Z\u00c0-\u024f\u1e00-\u1eff"
# Not after q (``quý`` is right in both styles) and not before another letter
# (``hoàn`` has the tone on the second vowel in both styles).
_TONED_SECOND = "".join(sorted({key[1] for key in _RETONE}))
# Character classes rather than one alternative per pair (fast to scan); a match
# is old-style only if it is a key of _RETONE (``uà`` matches but is not).
# Not after q (checked in code: a leading lookbehind slows the scan) and not before a letter.
_RETONE_RE = re.compile(r"[oOuU][" + _TONED_SECOND + r"](?![" + _VN_LETTER + r"\u0300-\u036f])")

# Anything that may need work; text without it is returned as it is. One
# character class (fast to scan) plus ``"  " in text``: an alternation of the
# two scans five times slower.
_SUSPECT = re.compile("[" + _DROP + _SPACE + "".join(_ETH) + r"\u0300-\u036f]")
_EDIT_CHARS = re.compile("[" + _DROP + _SPACE + "".join(_ETH) + "]")


@attrs.frozen
class Normalized:
    """Normalised text with a map back to the caller's offsets.

    ``starts[i]`` and ``ends[i]`` are the caller span that normalised character
    ``i`` stands for (a composed letter covers its base and its marks). Both are
    ``None`` when nothing changed (the identity map).

    >>> n = normalize("a\\u00a0\\u00a0b")
    >>> n.text, n.to_source(2)
    ('a b', 3)
    """

    text: str
    source: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    @property
    def changed(self) -> bool:
        """Whether normalisation changed anything."""
        return self.starts is not None

    def to_source(self, index: int) -> int:
        """The caller offset of normalised offset ``index`` (``0 <= index <= len(text)``)."""
        if self.starts is None:
            return index
        if index >= len(self.starts):
            return len(self.source)
        return self.starts[index]

    def to_source_span(self, start: int, end: int) -> tuple[int, int]:
        """The caller span of the normalised span ``[start, end)``.

        A span never swallows characters dropped just before or after it.
        """
        if self.starts is None or self.ends is None:
            return start, end
        s = self.to_source(start)
        if end <= start:
            return s, s
        return s, self.ends[end - 1]

    def source_slice(self, start: int, end: int) -> str:
        """The caller's text under the normalised span ``[start, end)``."""
        s, e = self.to_source_span(start, end)
        return self.source[s:e]


def normalize_text(text: str) -> str:
    """Normalise ``text`` without keeping the offset map.

    >>> normalize_text("\\u00d0\\u1ea1i h\\u1ed9i  \\u0110\\u1ea3ng")
    'Đại hội Đảng'
    """
    return normalize(text).text


def _needs_work(text: str) -> bool:
    if _SUSPECT.search(text) is not None or "  " in text or not unicodedata.is_normalized("NFC", text):
        return True
    return any(_old_style(m) for m in _RETONE_RE.finditer(text))


_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_HAS_MARK = re.compile("[" + _MARKS + "]")
_MARK_RUN = re.compile("[" + _MARKS + "]+")
# Every character of a text belongs to one cluster: a character and the marks after it.
_CLUSTER = re.compile("[^" + _MARKS + "][" + _MARKS + "]*|[" + _MARKS + "]+", re.DOTALL)
_NFC = functools.partial(unicodedata.normalize, "NFC")
# Scripts where NFC can join two clusters into one character (Indic vowel signs, Hangul jamo).
_CROSS_CLUSTER = re.compile("[\u0900-\u0dff\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff]")
# Spaces, dropped characters and eth, found in one scan; the text between is copied as it is.
_EDIT = re.compile(
    "(?P<space>[ " + _SPACE + "][ " + _SPACE + _DROP + "]*[ " + _SPACE + "]|[" + _SPACE + "])"  # space runs
    "|(?P<drop>[" + _DROP + "]+)"
    "|(?P<eth>[" + "".join(_ETH) + "])"
)


def _one_pass(text: str) -> tuple[str, list[int], list[int]]:
    """One normalisation pass: the result and, per output character, its input span.

    Two steps, each at C speed on ordinary text: compose every cluster (a
    letter and its marks) with NFC, mapping each composed letter to its
    cluster; then collapse spaces and drop invisible characters, copying the
    stretches between edits in bulk. Text whose clusters do not compose to one
    character each goes through :func:`_slow_pass`.
    """
    starts_a: list[int] | None = None
    ends_a: list[int] | None = None
    base = text
    if _HAS_MARK.search(text) is not None:
        if _CROSS_CLUSTER.search(text) is not None:
            # Scripts where NFC joins clusters: compose cluster by cluster.
            clusters = _CLUSTER.findall(text)
            base = "".join(map(_NFC, clusters))
            ends_a = list(itertools.accumulate(map(len, clusters)))
        else:
            base = _NFC(text)
            ends_a = _cluster_ends(text)
        if ends_a is None or len(base) != len(ends_a):
            return _slow_pass(text)
        starts_a = [0, *ends_a[:-1]]
    if _EDIT_CHARS.search(base) is None and "  " not in base:
        result = base
        if starts_a is None or ends_a is None:
            starts, ends = list(range(len(text))), list(range(1, len(text) + 1))
        else:
            starts, ends = starts_a, ends_a
    else:
        result, starts_b, lasts_b = _edit(base)
        if starts_a is None or ends_a is None:
            starts, ends = starts_b, [last + 1 for last in lasts_b]
        else:
            starts = list(map(starts_a.__getitem__, starts_b))
            ends = list(map(ends_a.__getitem__, lasts_b))
    if not unicodedata.is_normalized("NFC", result):
        # Rare: characters NFC changes without combining marks (compatibility singletons).
        return _slow_pass(text)
    return _retone(result), starts, ends


def _cluster_ends(text: str) -> list[int] | None:
    """The end offset of each cluster (a character and its marks), or None if a mark has no base.

    Only the runs of marks are visited; the single characters between them are
    added in bulk.
    """
    ends: list[int] = []
    pos = 0
    for m in _MARK_RUN.finditer(text):
        s, e = m.span()
        if s == 0:
            return None
        ends.extend(range(pos + 1, s))  # single characters up to the base before the marks
        ends.append(e)  # the base and its marks
        pos = e
    ends.extend(range(pos + 1, len(text) + 1))
    return ends


def _edit(text: str) -> tuple[str, list[int], list[int]]:
    """Collapse spaces, drop invisible characters, replace eth: the result, starts and last indexes."""
    out: list[str] = []
    starts: list[int] = []
    lasts: list[int] = []
    pos = 0
    for m in _EDIT.finditer(text):
        s, e = m.start(), m.end()
        if s > pos:
            out.append(text[pos:s])
            starts.extend(range(pos, s))
            lasts.extend(range(pos, s))
        kind = m.lastgroup
        if kind == "space":
            out.append(" ")
            starts.append(s)
            lasts.append(s)
        elif kind == "eth":
            out.append(_ETH[m.group()])
            starts.append(s)
            lasts.append(s)
        pos = e
    if pos < len(text):
        out.append(text[pos:])
        starts.extend(range(pos, len(text)))
        lasts.extend(range(pos, len(text)))
    return "".join(out), starts, lasts


def _retone(text: str) -> str:
    """Move old-style tone marks (``hoà``) to the new place (``hòa``); same length."""
    return _RETONE_RE.sub(lambda m: _RETONE[m.group()] if _old_style(m) else m.group(), text)


def _old_style(m: re.Match[str]) -> bool:
    """Whether a match of ``_RETONE_RE`` is an old-style tone (not ``quý``, ``uà``)."""
    start = m.start()
    return m.group() in _RETONE and (start == 0 or m.string[start - 1] not in "qQ")


def _slow_pass(text: str) -> tuple[str, list[int], list[int]]:
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
    result = "".join(out)
    result = _retone(result)
    return result, starts, ends


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
    result, starts, ends = _one_pass(text)
    # Dropping a character can bring a mark next to a letter it composes with
    # (``a``, zero-width space, combining grave): pass again until stable.
    for _ in range(3):
        if result == text or not _needs_work(result):
            break
        again, s2, e2 = _one_pass(result)
        if again == result:
            break
        starts = [starts[i] for i in s2]
        ends = [ends[i - 1] for i in e2]
        result = again
    if result == text:
        return Normalized(text, text)
    return Normalized(result, text, tuple(starts), tuple(ends))
