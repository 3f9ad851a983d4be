"""Split paragraphs into sentences.

(First cut: split after ``.``, ``!``, ``?`` followed by a space. The full
splitter replaces this.)
"""

from __future__ import annotations

import re

from .document import Layout, Sentence, Zone

__all__ = ["split_sentences"]

_END = re.compile(r"(?<=[.!?])\s+")


def split_sentences(text: str, layout: Layout) -> list[Sentence]:
    """Split the zones of ``layout`` into sentences, in text order."""
    out: list[Sentence] = []
    if layout.title_span is not None:
        out.append(Sentence(*layout.title_span, Zone.TITLE))
    for i, (start, end) in enumerate(layout.paragraphs):
        pos = start
        for m in _END.finditer(text, start, end):
            out.append(Sentence(pos, m.start(), Zone.BODY, i))
            pos = m.end()
        if pos < end:
            out.append(Sentence(pos, end, Zone.BODY, i))
    out.sort(key=lambda s: s.start)
    return out
