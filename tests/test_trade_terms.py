"""Tests for vnlao_corpus.events.trade_terms: the metric vocabulary and cue lists are clean, normalised data.

The forms checked by name are those the brief and the news pool give for each
metric ("kim ngạch xuất nhập khẩu", "tổng vốn đăng ký", "vốn thực hiện", ...).
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.events import trade_terms
from vnlao_corpus.events.trade_terms import METRIC_TERMS, alternation, lookup_metric
from vnlao_corpus.model import TradeMetric
from vnlao_corpus.text.normalize import normalize

CUE_LISTS = {
    "ESTIMATE_CUES": trade_terms.ESTIMATE_CUES,
    "TARGET_CUES": trade_terms.TARGET_CUES,
    "RISE_CUES": trade_terms.RISE_CUES,
    "FALL_CUES": trade_terms.FALL_CUES,
    "NON_FIGURE_CUES": trade_terms.NON_FIGURE_CUES,
    "CONTINUATION_CUES": trade_terms.CONTINUATION_CUES,
    "COMMODITY_FRAMES": trade_terms.COMMODITY_FRAMES,
}
ALL_FORMS = [*METRIC_TERMS, *trade_terms.SHORT_DIRECTED, *(form for forms in CUE_LISTS.values() for form in forms)]


@pytest.mark.parametrize("form", ALL_FORMS)
def test_forms_are_in_the_normalised_spelling(form: str) -> None:
    """Every form is NFC, lower case, single-spaced and unchanged by the normaliser."""
    assert (form, form, form, form) == (
        unicodedata.normalize("NFC", form),
        form.lower(),
        " ".join(form.split()),
        normalize(form).text,
    )


@pytest.mark.parametrize(("name", "forms"), CUE_LISTS.items(), ids=list(CUE_LISTS))
def test_cue_lists_have_no_duplicates(name: str, forms: tuple[str, ...]) -> None:
    """A cue list names each form once."""
    assert len(set(forms)) == len(forms), name


def test_every_money_metric_kind_has_forms() -> None:
    """Each typed metric read from words (all but PROJECTS, read from counts, and OTHER) has a form."""
    expected = set(TradeMetric) - {TradeMetric.PROJECTS, TradeMetric.OTHER}
    assert expected == set(METRIC_TERMS.values())


# Forms the brief names for each metric.
BRIEF_FORMS = [
    ("kim ngạch xuất nhập khẩu", TradeMetric.TURNOVER),
    ("kim ngạch thương mại", TradeMetric.TURNOVER),
    ("thương mại song phương", TradeMetric.TURNOVER),
    ("tổng kim ngạch", TradeMetric.TURNOVER),
    ("xuất khẩu", TradeMetric.EXPORT),
    ("nhập khẩu", TradeMetric.IMPORT),
    ("xuất siêu", TradeMetric.BALANCE),
    ("nhập siêu", TradeMetric.BALANCE),
    ("thặng dư", TradeMetric.BALANCE),
    ("vốn đầu tư đăng ký", TradeMetric.INVESTMENT_REGISTERED),
    ("tổng vốn đăng ký", TradeMetric.INVESTMENT_REGISTERED),
    ("vốn thực hiện", TradeMetric.INVESTMENT_DISBURSED),
    ("giải ngân", TradeMetric.INVESTMENT_DISBURSED),
    ("tổng vốn", TradeMetric.INVESTMENT),
    ("vốn đầu tư", TradeMetric.INVESTMENT),
    # Not in the brief; seen in the news pool ("tổng giá trị xuất, nhập khẩu hàng hóa đạt").
    ("giá trị xuất, nhập khẩu", TradeMetric.TURNOVER),
    # One country's totals, seen in the news pool ("tổng kim ngạch xuất khẩu của Lào đạt ...").
    ("tổng kim ngạch xuất khẩu", TradeMetric.EXPORT),
    ("tổng kim ngạch nhập khẩu", TradeMetric.IMPORT),
]


@pytest.mark.parametrize(("form", "kind"), BRIEF_FORMS, ids=[f for f, _ in BRIEF_FORMS])
def test_lookup_metric(form: str, kind: TradeMetric) -> None:
    """lookup_metric gives the typed meaning of a form, whatever its case and spacing."""
    assert (kind, kind) == (lookup_metric(form), lookup_metric("  " + form.upper().replace(" ", "  ")))


def test_lookup_metric_unknown() -> None:
    """Words that are not a metric give None."""
    assert (None, None) == (lookup_metric("hợp tác kinh tế"), lookup_metric(""))


def test_alternation_prefers_the_longest_form() -> None:
    """Where a short and a long form start at the same place, the long one matches."""
    pattern = re.compile(alternation(METRIC_TERMS))
    found = pattern.match("kim ngạch xuất khẩu của Việt Nam")
    assert found is not None
    assert "kim ngạch xuất khẩu" == found.group()


@given(st.lists(st.text(alphabet="abcđơư .*+?()[]|\\", min_size=1, max_size=12), min_size=1, max_size=6))
def test_alternation_matches_each_form_literally(forms: list[str]) -> None:
    """Each form (regex characters included) matches itself exactly, as a whole."""
    forms = [f for f in forms if f.split()]
    pattern = re.compile(alternation(forms) + r"\Z")
    for form in forms:
        assert pattern.match(" ".join(form.split())) is not None


def test_short_directed_forms_are_one_way_and_not_metric_forms() -> None:
    """`xuất`/`nhập` are one-way metrics kept apart from METRIC_TERMS (they need a direction word after them)."""
    expected = {"xuất": TradeMetric.EXPORT, "nhập": TradeMetric.IMPORT}
    assert (expected, set()) == (trade_terms.SHORT_DIRECTED, set(trade_terms.SHORT_DIRECTED) & set(METRIC_TERMS))
