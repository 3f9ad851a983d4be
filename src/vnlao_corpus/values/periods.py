"""Vietnamese periods: months, quarters, first-n-months, years, terms, open periods.

(Interface first cut; the full grammar replaces the bodies.)
"""

from __future__ import annotations

import datetime

from ..model import PeriodMention
from ..text.document import Document, Hit, Options

__all__ = ["find_periods", "scan_periods"]


def scan_periods(doc: Document, options: Options) -> list[Hit[PeriodMention]]:
    """Every period mention in ``doc``, in text order (stage of ``parse``)."""
    return []


def find_periods(
    text: str, *, year: int | None = None, reference: datetime.date | None = None
) -> list[PeriodMention]:
    """Scan running text for period mentions."""
    from ..text.decode import decode
    from ..text.document import read_document

    doc = read_document(decode(text, what="find_periods()"))
    return [h.item for h in scan_periods(doc, Options(year=year, reference=reference))]
