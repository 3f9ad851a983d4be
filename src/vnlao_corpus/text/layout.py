"""Find the layout of a raw article: URL, title, timestamp, byline, captions, chrome, paragraphs.

(First cut: title is the first non-empty line, every other line a paragraph.
The full reader replaces this.)
"""

from __future__ import annotations

import re

from .document import Layout

__all__ = ["read_layout"]

_LINE = re.compile(r"[^\n]*")


def read_layout(text: str) -> Layout:
    """Read the layout of normalised ``text``."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    lines = [(s, e) for s, e in lines if text[s:e].strip()]
    if not lines:
        return Layout()
    ts, te = lines[0]
    return Layout(title=text[ts:te].strip(), title_span=(ts, te), paragraphs=tuple(lines[1:]))
