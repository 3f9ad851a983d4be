"""Tests for the typed records in vnlao_corpus.model."""

from __future__ import annotations

import datetime
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.model import (
    Amount,
    AmountKind,
    AmountMention,
    Article,
    DateMention,
    DateValue,
    Meeting,
    MeetingKind,
    Period,
    PeriodKind,
    Span,
    YearSource,
)


def test_span_rejects_inverted_offsets() -> None:
    """A span whose end is before its start is an error naming both offsets."""
    with pytest.raises(ValueError, match="start=5, end=2"):
        Span(5, 2)


@given(st.text(max_size=50), st.data())
def test_span_slice_has_span_length(text: str, data: st.DataObject) -> None:
    """Slicing text with a span gives exactly len(span) characters."""
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert len(Span(start, end)) == len(Span(start, end).slice(text))


def test_records_are_frozen() -> None:
    """Records cannot be changed after they are built."""
    amount = Amount(Decimal("1"), "USD")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        amount.value = Decimal("2")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("day", "month", "year", "expected"),
    [
        (27, 8, 2024, datetime.date(2024, 8, 27)),
        (29, 2, 2024, datetime.date(2024, 2, 29)),
        (29, 2, 2023, None),  # no such day
        (27, 8, None, None),  # year unknown
    ],
)
def test_date_value_to_date(day: int, month: int, year: int | None, expected: datetime.date | None) -> None:
    """to_date gives the calendar day, or None when it cannot be known or does not exist."""
    assert expected == DateValue(day, month, year).to_date()


def test_date_mention_delegates_to_value() -> None:
    """A date mention exposes the day, month, year and date of its value."""
    mention = DateMention("27/8", 10, 14, DateValue(27, 8, 2024, YearSource.CALLER))
    assert (27, 8, 2024, datetime.date(2024, 8, 27)) == (
        mention.day,
        mention.month,
        mention.year,
        mention.to_date(),
    )
    assert Span(10, 14) == mention.span


def test_amount_mention_delegates_to_amount() -> None:
    """An amount mention exposes value, currency, unit and kind of its amount."""
    mention = AmountMention("16,7%", 0, 5, Amount(Decimal("16.7"), unit="%", kind=AmountKind.PERCENT))
    assert (Decimal("16.7"), None, "%", AmountKind.PERCENT) == (
        mention.value,
        mention.currency,
        mention.unit,
        mention.kind,
    )


def test_period_days_counts_both_ends() -> None:
    """A period of the first seven months of 2024 covers 213 days; an open one has none."""
    assert 213 == Period(datetime.date(2024, 1, 1), datetime.date(2024, 7, 31), PeriodKind.YEAR_TO_MONTH).days
    assert Period(datetime.date(2024, 1, 1), None, PeriodKind.OPEN).days is None


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        (MeetingKind.PHONE_CALL, "041"),
        (MeetingKind.VISIT, "042"),
        (MeetingKind.RECEPTION, "043"),
        (MeetingKind.TALKS, "040"),
        (MeetingKind.MEETING, "040"),
        (MeetingKind.CONFERENCE, "040"),
    ],
)
def test_meeting_kind_cameo_codes(kind: MeetingKind, code: str) -> None:
    """Every meeting kind maps to its CAMEO event code."""
    assert code == kind.cameo


def test_meeting_kind_values_are_the_contract() -> None:
    """The kind values are exactly the strings API.md fixes."""
    assert {"phone_call", "talks", "meeting", "reception", "visit", "conference"} == {k.value for k in MeetingKind}
    assert MeetingKind.TALKS == Meeting(MeetingKind.TALKS, None, None, ()).kind


def test_article_quote_and_sentence_of() -> None:
    """An article quotes the caller's text under a span and finds the sentence around it."""
    text = "Hai bên hội đàm. Kim ngạch đạt 1 tỷ USD."
    article = Article(url=None, title="", paragraphs=(), text=text, sentences=(Span(0, 16), Span(17, 40)))
    assert "1 tỷ USD" == article.quote(Span(31, 39))
    assert Span(17, 40) == article.sentence_of(Span(31, 39))
    assert article.sentence_of(Span(10, 20)) is None
