"""Officials: titles + names + country, merged across spellings within an article.

(Interface first cut; the full extractor replaces the bodies.)
"""

from __future__ import annotations

import attrs

from ..model import Official
from ..text.document import Document, Hit

__all__ = ["OfficialIndex", "extract_officials"]


@attrs.frozen
class OfficialIndex:
    """The officials of a document and every place each is mentioned (normalised spans)."""

    officials: tuple[Official, ...] = ()
    hits: tuple[Hit[Official], ...] = ()


def extract_officials(doc: Document) -> OfficialIndex:
    """Find every official named in ``doc``."""
    return OfficialIndex()
