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
_RETONE_RE = re.compile(
    r"(?<![qQ])(?:" + "|".join(map(re.escape, sorted(_RETONE, key=len, reverse=True))) + r")(?![" + _VN_LETTER + r"])"
)

# Anything that may need work; text without a match is returned as it is.
_SUSPECT = re.compile(
    "[" + _DROP + _SPACE + "".join(_ETH) + r"\u0300-\u036f]| {2,}|" + _RETONE_RE.pattern
)
_COMBINING = re.compile(r"[^\u0300-\u036f][\u0300-\u036f]+")


@attrs.frozen
class Normalized:
    """Normalised text with a map back to the caller's offsets.

    ``offsets[i]`` is the caller offset of normalised character ``i``;
    ``offsets[len(text)]`` is the caller's length. ``offsets`` is ``None``
    when nothing changed (the identity map).

    >>> n = normalize("a\\u00a0\\u00a0b")
    >>> n.text, n.to_source(2)
    ('a b', 3)
    """

    text: str
    source: str
    offsets: tuple[int, ...] | None = None

    @property
    def changed(self) -> bool:
        """Whether normalisation changed anything."""
        return self.offsets is not None

    def to_source(self, index: int) -> int:
        """The caller offset of normalised offset ``index`` (``0 <= index <= len(text)``)."""
        if self.offsets is None:
            return index
        return self.offsets[index]

    def to_source_span(self, start: int, end: int) -> tuple[int, int]:
        """The caller span of the normalised span ``[start, end)``.

        The end maps to just after the last character covered, so a span never
        swallows characters that were dropped after it.
        """
        if self.offsets is None:
            return start, end
        if end <= start:
            s = self.offsets[start]
            return s, s
        return self.offsets[start], self.offsets[end - 1] + _source_width(self, end - 1)

    def source_slice(self, start: int, end: int) -> str:
        """The caller's text under the normalised span ``[start, end)``."""
        s, e = self.to_source_span(start, end)
        return self.source[s:e]


def _source_width(n: Normalized, index: int) -> int:
    """How many caller characters normalised character ``index`` stands for."""
    assert n.offsets is not None
    here = n.offsets[index]
    nxt = n.offsets[index + 1]
    if nxt <= here:
        return 1
    # Characters dropped after this one (zero-width, extra spaces) belong to the
    # gap, not to this character: count only the composed cluster.
    width = 1
    while here + width < nxt and unicodedata.combining(n.source[here + width]):
        width += 1
    return width


def normalize_text(text: str) -> str:
    """Normalise ``text`` without keeping the offset map.

    >>> normalize_text("\\u00d0\\u1ea1i h\\u1ed9i  \\u0110\\u1ea3ng")
    'Đại hội Đảng'
    """
    return normalize(text).text


def normalize(text: str) -> Normalized:
    """Normalise ``text`` for matching; see the module docstring for what changes.

    Normalisation is idempotent: normalising the result changes nothing.

    >>> normalize("Thu\\u1ef7 \\u0111i\\u1ec7n").text
    'Thủy điện'
    >>> normalize("plain text").changed
    False
    """
    if _SUSPECT.search(text) is None:
        return Normalized(text, text)
    out: list[str] = []
    offsets: list[int] = []
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
                offsets.append(pos)
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
        cluster = _ETH.get(cluster, cluster)
        for c in cluster:
            out.append(c)
            offsets.append(pos)
        pos = end
    offsets.append(n)
    result = "".join(out)
    if _RETONE_RE.search(result):
        result = _RETONE_RE.sub(lambda m: _RETONE[m.group()], result)
    if result == text:
        return Normalized(text, text)
    return Normalized(result, text, tuple(offsets))
