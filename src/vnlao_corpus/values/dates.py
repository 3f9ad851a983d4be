"""Vietnamese dates: strict ``parse_date``, the ``find_dates`` scanner, formatting back.

(Interface first cut; the full grammar replaces the bodies.)
"""

from __future__ import annotations

import datetime

from ..model import DateMention, DateValue
from ..text.document import Document, Hit, Options

__all__ = ["find_dates", "parse_date", "scan_dates"]


def scan_dates(doc: Document, options: Options) -> list[Hit[DateMention]]:
    """Every date mention in ``doc``, in text order (stage of ``parse``)."""
    return []


def find_dates(text: str, *, year: int | None = None, reference: datetime.date | None = None) -> list[DateMention]:
    """Scan running text for date mentions."""
    from ..text.decode import decode
    from ..text.document import read_document

    doc = read_document(decode(text, what="find_dates()"))
    return [h.item for h in scan_dates(doc, Options(year=year, reference=reference))]


def parse_date(text: str, *, year: int | None = None) -> DateValue:
    """Parse one date expression."""
    raise NotImplementedError
