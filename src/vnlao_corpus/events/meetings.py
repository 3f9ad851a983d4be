"""Meetings: who met whom, when, where and how.

(Interface first cut; the full extractor replaces the bodies.)
"""

from __future__ import annotations

from ..entities.officials import OfficialIndex
from ..model import DateMention, Meeting, PeriodMention
from ..text.document import Document, Hit

__all__ = ["extract_meetings"]


def extract_meetings(
    doc: Document,
    officials: OfficialIndex,
    dates: list[Hit[DateMention]],
    periods: list[Hit[PeriodMention]],
) -> list[Hit[Meeting]]:
    """Every meeting reported in ``doc``, in text order."""
    return []
