"""Vietnamese amounts: money, percentages, counts and measures.

(Interface first cut; the full grammar replaces the bodies.)
"""

from __future__ import annotations

from ..model import Amount, AmountMention
from ..text.document import Document, Hit

__all__ = ["find_amounts", "parse_amount", "scan_amounts"]


def scan_amounts(doc: Document) -> list[Hit[AmountMention]]:
    """Every amount mention in ``doc``, in text order (stage of ``parse``)."""
    return []


def find_amounts(text: str) -> list[AmountMention]:
    """Scan running text for amount mentions."""
    from ..text.decode import decode
    from ..text.document import read_document

    doc = read_document(decode(text, what="find_amounts()"))
    return [h.item for h in scan_amounts(doc)]


def parse_amount(text: str) -> Amount:
    """Parse one amount expression."""
    raise NotImplementedError
