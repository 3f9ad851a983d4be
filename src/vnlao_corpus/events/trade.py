"""Trade and investment figures with period, change and baseline.

(Interface first cut; the full extractor replaces the bodies.)
"""

from __future__ import annotations

from ..model import AmountMention, DateMention, PeriodMention, TradeFigure
from ..text.document import Document, Hit

__all__ = ["extract_trade"]


def extract_trade(
    doc: Document,
    amounts: list[Hit[AmountMention]],
    periods: list[Hit[PeriodMention]],
    dates: list[Hit[DateMention]],
) -> list[Hit[TradeFigure]]:
    """Every trade or investment figure in ``doc``, in text order."""
    return []
