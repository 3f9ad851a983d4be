"""Trade and investment figures: metric, amount, period, change and baseline, status.

:func:`extract_trade` reads the money amounts (and counts of ``dự án``) that
the amounts scanner found, and keeps those that state bilateral trade or
investment volume. For each it finds, in the sentence that holds it:

- the metric: the nearest metric form before the amount in the same clause
  (clauses are cut at ``;``), from :data:`~vnlao_corpus.events.trade_terms.METRIC_TERMS`
  (and ``xuất``/``nhập`` right before ``sang``/``từ`` and a country);
  in a commodity breakdown (``Các mặt hàng xuất khẩu chính gồm cao su đạt ...``,
  or ``Các mặt hàng chính gồm: ...`` right after an export or import figure)
  each line item gets the framing metric, its flow and its own ``commodity``;
  a sentence with no metric that points back (``con số này``, ``Mục tiêu ...
  là``) takes the metric of the figure right before it;
- the change after it (``tăng 29%``, ``giảm 1,6%``, ``(tăng 33,9%)``,
  ``gấp 6 lần``) and what that change is measured against (``so với cùng kỳ
  năm ngoái`` -> the figure's period one year earlier; ``gấp 2 lần cùng kỳ``);
- the period: the nearest period before the amount in the clause that is not
  a baseline (nor the period the figure before took from after its amount),
  or one right after it (``đạt 5 tỷ USD vào năm 2030``), or an open period up
  to a date (``Tính đến ngày 20/12/2024``), else the period of the figure
  before when the sentence continues it (``Trong đó, ...``, a commodity
  breakdown, an actual figure of the same kind, trade or investment, in the
  next sentence of the paragraph);
- the status (actual, estimate, target; ``chỉ đạt`` after a target is
  actual), the countries named and, for exports and imports, which country
  sells to which (a flow naming only its destination or source is Việt Nam's
  side of it, or the article's one foreign country's).

Money that is not trade or investment volume (aid, loans, budgets, prices and
prices per unit, one company's, project's or facility's cost, national FDI
that names no foreign country, one country's or the whole country's totals,
thresholds ``vượt mốc``, negated levels ``chưa vượt``) is left out. A figure
in the title is kept only when the body states none (the title then repeats or
rounds a body figure) and the body did not show its amount to be no figure.

>>> from vnlao_corpus.text.document import read_document
>>> extract_trade(read_document("Tin\\nHai bên hội đàm."), [], [], [])
[]
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Final, NamedTuple

import attrs

from ..entities.countries import country_of, country_pattern
from ..model import (
    AmountKind,
    AmountMention,
    Change,
    DateMention,
    FigureStatus,
    Period,
    PeriodKind,
    PeriodMention,
    Qualifier,
    Span,
    TradeFigure,
    TradeMetric,
)
from ..text.document import Document, Hit, Sentence, Zone
from ..text.normalize import lowercase
from ..values.calendar import lazy_pattern
from .trade_terms import (
    COMMODITY_FRAMES,
    CONTINUATION_CUES,
    ESTIMATE_CUES,
    FALL_CUES,
    METRIC_TERMS,
    NON_FIGURE_CUES,
    RISE_CUES,
    SHORT_DIRECTED,
    TARGET_CUES,
    alternation,
)

__all__ = ["extract_trade"]

# --------------------------------------------------------------------------- patterns (compiled once)

_W: Final = r"(?<!\w)"  # no word character before
_E: Final = r"(?!\w)"  # no word character after


def _first_letters(forms: list[str]) -> str:
    """A lookahead on the first letters of ``forms``, in both cases.

    A pattern opening with it skips to candidates in C; one under IGNORECASE
    alone is tried at every character.
    """
    letters = sorted({lowercase(f[0]) for f in forms} | {f[0].upper() for f in forms})
    return "(?=[" + "".join(letters) + "])"


def _by_first_letter(forms: list[str]) -> str:
    """``alternation(forms)`` with each first letter written once, before the forms it opens.

    Forms opening with different letters never match at the same place, and
    each letter's forms keep their order (longest first), so the pattern
    matches as the plain alternation does while trying far fewer branches.
    """
    if any(not form[1:2].strip() for form in forms):
        return alternation(forms)  # a one-letter first word: its spaces would be lost
    groups: dict[str, list[str]] = {}
    for form in forms:
        groups.setdefault(form[0], []).append(form[1:])
    return "(?:" + "|".join(re.escape(first) + alternation(rest) for first, rest in sorted(groups.items())) + ")"


_METRIC: Final = lazy_pattern(
    lambda: (
        _first_letters([*METRIC_TERMS, *SHORT_DIRECTED])
        + _W
        + "("
        + _by_first_letter(list(METRIC_TERMS))
        + "|"
        + alternation(SHORT_DIRECTED)
        + r"(?=\s+(?:khẩu\s+)?(?:sang|qua|từ|về)(?!\w))"
        + ")"
        + _E
    ),
    re.IGNORECASE,
)
_METRIC_KINDS: Final = {**SHORT_DIRECTED, **METRIC_TERMS}
_SHORT_DIRECTION: Final = lazy_pattern(
    r"\s+(?:khẩu\s+)?(?:sang|qua|từ|về)\s+(?:(?:thị\s+trường|nước)\s+)?", re.IGNORECASE
)
_TOWARDS: Final = lazy_pattern(r"(?<!\w)(?:sang|từ|với|vào\s+thị\s+trường)(?!\w)", re.IGNORECASE)
# A period that opens a sentence frames the next one: "Năm 2023, ...", "Trong quý I/2025, ...".
_OPENING: Final = lazy_pattern(r"[\s\W]*(?:(?:trong|tính\s+chung|lũy\s+kế|riêng|cả|sau)\s+)?", re.IGNORECASE)
# The present: a stock now, not in the period framed before ("Hiện Việt Nam có ...").
_NOW: Final = lazy_pattern(r"(?<!\w)(?:hiện|hiện\s+nay|hiện\s+tại|đến\s+nay)(?!\w)", re.IGNORECASE)
# Foreign investment that one host attracts from all investors ("Savannakhet thu hút 45 dự án FDI"),
# not one investor's ("Anh là nhà đầu tư nước ngoài lớn thứ 11 của TP.HCM").
_FDI: Final = lazy_pattern(
    r"(?<!\w)thu\s+hút(?!\w).{0,60}?(?<!\w)(?:FDI|đầu\s+tư\s+(?:trực\s+tiếp\s+)?nước\s+ngoài)(?!\w)",
    re.IGNORECASE | re.DOTALL,
)
_INCOME: Final = lazy_pattern(r"(?<!\w)thu\s+\Z", re.IGNORECASE)
# A price right before the amount: "điều chỉnh giá lên 2,488 tỉ đồng", "giảm giá 4 - 7 triệu đồng"
# (not "giá trị xuất khẩu").
_PRICE_BEFORE: Final = lazy_pattern(r"(?<!\w)(?<!trị )giá(?!\s+trị)(?!\w)", re.IGNORECASE)
# "Riêng mặt hàng phân bón, ...": the commodity a sentence is about.
_ONLY_ITEM: Final = lazy_pattern(
    r"[\s\W]*riêng\s+(?:mặt\s+hàng|nhóm\s+hàng|hàng)\s+(?P<name>[^\W\d][^,;:.\d]{0,40}?)\s*,", re.IGNORECASE
)
_ESTIMATE: Final = lazy_pattern(_W + alternation(ESTIMATE_CUES) + _E, re.IGNORECASE)
_TARGET: Final = lazy_pattern(_W + alternation(TARGET_CUES) + _E, re.IGNORECASE)
_NON_FIGURE: Final = lazy_pattern(_W + alternation(NON_FIGURE_CUES) + _E, re.IGNORECASE)
# Used with .match() at the sentence start (\A would mean the start of the whole text).
_CONTINUATION: Final = lazy_pattern(r"[\s\W]*" + alternation(CONTINUATION_CUES) + _E, re.IGNORECASE)
# "Các mặt hàng xuất khẩu chính ... gồm": the frame noun right before the metric.
_FRAME_NOUN: Final = lazy_pattern(alternation(COMMODITY_FRAMES) + r"\s+\Z", re.IGNORECASE)
# What opens the list after a frame: "gồm", "bao gồm", "gồm có", "là", a colon.
_LIST_OPENER: Final = lazy_pattern(r"(?:(?<!\w)(?:bao\s+gồm|gồm\s+có|gồm|là)(?!\w)|:)\s*", re.IGNORECASE)
# What leads a line item: "trong đó", "riêng", "cụ thể", "và", punctuation.
_ITEM_LEAD: Final = lazy_pattern(r"\A[\s,;:]*(?:(?:trong\s+đó|riêng|cụ\s+thể|và)(?!\w)[\s,:]*)?", re.IGNORECASE)
# The verb between a line item and its amount: "cao su đạt", "rau, củ, quả, trị giá".
_ITEM_VERB: Final = lazy_pattern(r"\s*,?\s*(?<!\w)(?:ước\s+đạt|đạt|trị\s+giá|với|chiếm|khoảng|là)(?!\w)", re.IGNORECASE)
# A rise or fall word, possibly followed by adverbs and qualifiers, right before a change.
_CHANGE_CUE: Final = lazy_pattern(
    _W
    + r"(?:(?P<fall>"
    + alternation(FALL_CUES)
    + r")|(?P<rise>"
    + alternation(RISE_CUES)
    + r"))"
    + r"(?:\s+(?:mạnh|nhẹ|thêm|khoảng|xấp\s+xỉ|gần|hơn|trên|tới|đến|lên|gấp|tương\s+ứng|mức))*"
    + r"[\s(]*\Z",
    re.IGNORECASE,
)
# Between a change written first and its amount: "tăng 16,7% lên 1,1 tỷ USD", "(+5%), đạt".
_LEADS_TO: Final = lazy_pattern(
    r"[\s,)]*(?:(?:lên|đạt|lên\s+mức|ở\s+mức|tới|đến)(?:\s+(?:mức|khoảng|gần|hơn|trên))?)?\s*", re.I
)
# Before a date that ends a cumulative figure: "Tính đến ngày", "lũy kế đến hết ngày".
_UP_TO: Final = lazy_pattern(r"(?<!\w)(?:đến|tới)(?:\s+hết)?(?:\s+ngày)?\s*\Z", re.IGNORECASE)
# Between the two ends of a money range: "12 - 15 tỉ USD", "4 đến 5 tỷ USD".
_RANGE_SEP: Final = lazy_pattern(r"\s*[-–]\s*|\s+(?:đến|tới)\s+", re.IGNORECASE)
# Between an amount (or its change) and a period that belongs to it.
_PERIOD_LEAD: Final = lazy_pattern(r"[\s,(]*(?:(?:trong|vào|cho|của|cả)\s+)*", re.IGNORECASE)
# A money amount right after "tăng"/"giảm" is an absolute change, not a figure
# ("tăng 150 triệu USD"); after "tăng lên" it is the new level, a figure.
_ABSOLUTE_CHANGE: Final = lazy_pattern(
    _W + r"(?:tăng|giảm)(?:\s+(?:thêm|khoảng|gần|hơn|trên|xấp\s+xỉ|mạnh|nhẹ))?\s*\Z", re.IGNORECASE
)
# "so với <baseline>", up to the next punctuation.
_SO_VOI: Final = lazy_pattern(r"(?=[sS])(?<!\w)so\s+với\s+(?P<text>[^,;.()\n]{1,60})", re.IGNORECASE)
# Where a baseline phrase stops: a conjunction or a clause of its own ("so với 2021 và là mức cao kỷ lục").
_BASELINE_STOP: Final = lazy_pattern(
    r"\s+(?:(?:và|nhưng|khi|là|do|nhờ|để|với|trong\s+khi|song)(?!\w)|[-–—]\s)", re.IGNORECASE
)
_SAME_PERIOD: Final = lazy_pattern(r"(?<!\w)cùng\s+kỳ(?!\w)", re.IGNORECASE)
_YEAR: Final = lazy_pattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LAST_YEAR: Final = lazy_pattern(r"(?<!\w)năm\s+(?:ngoái|trước)(?!\w)", re.IGNORECASE)
# One project or one company: "dự án" not counted or pluralised, "Công ty Sao Mai".
_PROJECT: Final = lazy_pattern(r"(?<!\w)dự\s+án(?!\w)", re.IGNORECASE)
_PLURAL: Final = lazy_pattern(r"(?:(?<!\w)(?:các|những|nhiều|số|mọi|hàng\s+trăm|hàng\s+chục)|\d)\s*\Z", re.IGNORECASE)
_COMPANY: Final = lazy_pattern(r"(?<!\w)(?:[Cc]ông\s+ty|[Tt]ập\s+đoàn|[Dd]oanh\s+nghiệp|[Nn]hà\s+máy)\s+(?P<name>\w+)")
# One facility: its cost is not bilateral investment volume (news pool: a port, an airport, a road).
_FACILITY: Final = lazy_pattern(
    r"(?<!\w)(?:cảng|sân\s+bay|nhà\s+máy|tuyến|đường\s+cao\s+tốc|cao\s+tốc|đường\s+sắt|cây\s+cầu|bệnh\s+viện"
    r"|trường|khu\s+công\s+nghiệp|nhà\s+ga|khách\s+sạn|tòa\s+nhà|công\s+trình|khu\s+đô\s+thị)(?!\w)",
    re.IGNORECASE,
)
_TOTAL_COST: Final = lazy_pattern(r"(?<!\w)tổng\s+mức\s+đầu\s+tư(?!\w)", re.IGNORECASE)
# Bare "thương mại" followed by a country, and what makes it something else
# (a trade fair, an agreement, "kinh tế - thương mại" cooperation).
_TRADE_WORD: Final = lazy_pattern(r"(?=[tT])(?<!\w)thương\s+mại(?P<space>\s+(?:(?:với|giữa)\s+)?)", re.IGNORECASE)
_NOT_TRADE_VOLUME: Final = lazy_pattern(
    r"(?:xúc\s+tiến|hội\s+chợ|hiệp\s+định|trung\s+tâm|ngân\s+hàng|sàn|-|hợp\s+tác)\s*\Z", re.IGNORECASE
)
# Disbursement is investment only when capital is named ("EU giải ngân 3 tỷ USD cho Ukraine" is aid).
_CAPITAL: Final = lazy_pattern(r"(?<!\w)(?:vốn|đầu\s+tư|FDI|ODA)(?!\w)", re.IGNORECASE)
_INVESTMENT_WORD: Final = lazy_pattern(r"(?<!\w)đầu\s+tư(?!\w)", re.IGNORECASE)
_CLAUSE_END: Final = lazy_pattern(r";")
# A price per unit is not a volume: "1.650 USD/tấn", "2 USD một kg" (but "5 tỷ USD/năm" is a yearly volume).
_PER_UNIT: Final = lazy_pattern(r"\s*(?:/|(?:một|mỗi)\s+)\s*(?!(?:năm|tháng|quý)(?!\w))[^\W\d]", re.IGNORECASE)
# A threshold or a negated statement is not the figure: "vượt mốc 1 tỷ USD", "chưa vượt 1 tỷ USD",
# "không đạt 2 tỷ USD".
_THRESHOLD: Final = lazy_pattern(
    r"(?:(?<!\w)(?:chưa|không|chẳng)\s+(?:thể\s+|được\s+|hề\s+)?(?:vượt|đạt|tới|chạm|cán)(?:\s+(?:qua|được|tới))?"
    r"(?:\s+(?:mốc|ngưỡng|mức|con\s+số))?"
    r"|(?<!\w)(?:vượt|qua|cán|chạm|chinh\s+phục|xác\s+lập)(?:\s+qua)?\s+(?:mốc|ngưỡng|cột\s+mốc))"
    r"\s*\Z",
    re.IGNORECASE,
)
# What the figure really reached, after a target named before it: "chỉ đạt", "mới đạt", "nhưng đạt".
_ACTUAL_RESET: Final = lazy_pattern(
    r"(?<!\w)(?:chỉ|mới|nhưng|song|thực\s+tế)\s+(?:mới\s+|chỉ\s+)?đạt(?!\w)", re.IGNORECASE
)
# A sentence that names no metric but points back at the figure before: "Năm 2021, con số này là ...",
# "Mục tiêu đến năm 2030 là 10 tỷ USD".
_ANAPHOR: Final = lazy_pattern(
    r"(?<!\w)(?:con\s+số\s+(?:này|trên|tương\s+ứng|đó)|mức\s+này|kết\s+quả\s+này)(?!\w)", re.IGNORECASE
)
_TARGET_START: Final = lazy_pattern(r"[\s\W]*(?:mục\s+tiêu|chỉ\s+tiêu)(?!\w)", re.IGNORECASE)
# A commodity list whose frame names no metric: "Các mặt hàng chính gồm: xăng dầu đạt ...".
_BARE_FRAME: Final = lazy_pattern(
    r"(?<!\w)"
    + alternation(COMMODITY_FRAMES)
    + r"(?!\w)[^.;:\d]{0,40}?(?:(?<!\w)(?:bao\s+gồm|gồm\s+có|gồm|là)(?!\w)\s*:?|:)\s*",
    re.IGNORECASE,
)
# A multiple's baseline written without "so với": "gấp 2 lần cùng kỳ năm trước", "gấp 3 lần năm 2020".
_DIRECT_BASELINE: Final = lazy_pattern(
    r"\s+(?P<text>(?:cùng\s+kỳ|năm|quý|tháng|nửa\s+đầu\s+năm|\d+\s+tháng)[^,;.()\n]{0,50})", re.IGNORECASE
)

# Direction words after an export/import metric: "của Việt Nam sang Lào", "từ Lào".
_MARKET: Final = r"(?:(?:thị\s+trường|nước|phía)\s+)?"
_TO: Final = lazy_pattern(r"(?<!\w)(?:sang|vào|qua|tới|đến|cho)\s+" + _MARKET + r"\Z", re.IGNORECASE)
_FROM: Final = lazy_pattern(r"(?<!\w)từ\s+" + _MARKET + r"\Z", re.IGNORECASE)
_OF: Final = lazy_pattern(r"(?<!\w)của\s+\Z", re.IGNORECASE)

_DIRECTED: Final = (TradeMetric.EXPORT, TradeMetric.IMPORT)
_INVESTMENT: Final = (TradeMetric.INVESTMENT, TradeMetric.INVESTMENT_REGISTERED, TradeMetric.INVESTMENT_DISBURSED)
_MAX_METRIC_GAP: Final = 160  # characters between a metric form and its amount
_MAX_CHANGE_GAP: Final = 40  # characters between an amount and its change


# --------------------------------------------------------------------------- internal records


class _Metric(NamedTuple):
    """A metric form found in the normalised text."""

    start: int
    end: int
    text: str
    kind: TradeMetric


def _metric_start(metric: _Metric) -> int:
    """The sort key of a metric form (a module function: mypyc cannot compile a lambda in a method)."""
    return metric.start


# Tests over a sequence, as module functions: mypyc cannot compile a generator
# expression or a lambda in a method of an attrs class (_SentenceReader).


def _names_foreign(codes: Iterable[str]) -> bool:
    """Whether a country other than Việt Nam is among ``codes``."""
    return any(code != "VN" for code in codes)


def _investment_among(metrics: Iterable[_Metric]) -> bool:
    """Whether one of ``metrics`` is an investment metric."""
    return any(m.kind in _INVESTMENT for m in metrics)


def _metric_within(metrics: Iterable[_Metric], start: int, end: int) -> bool:
    """Whether one of ``metrics`` stands in ``[start, end)``."""
    return any(start <= m.start and m.end <= end for m in metrics)


def _has_digit(text: str) -> bool:
    """Whether ``text`` holds a digit (``str.isdigit``, so superscripts too)."""
    return any(ch.isdigit() for ch in text)


class _Context(NamedTuple):
    """What a later sentence may inherit from the figure before it."""

    metric: _Metric
    period: Period | None
    exporter: str | None
    importer: str | None
    partners: tuple[str, ...] = ()
    sentence: int = -1  # index (among body and title sentences) of the sentence that stated it
    paragraph: int | None = None


class _ChangeRead(NamedTuple):
    """A change read after an amount, with where it ends (normalised offset)."""

    change: Change
    end: int
    baseline_span: tuple[int, int] | None = None


class _ArticleCountries:
    """The countries other than Việt Nam that the article's body and title name, read once when first needed."""

    def __init__(self, doc: Document, sentences: Sequence[Sentence]) -> None:
        self.doc = doc
        self.sentences = sentences
        self._foreign: tuple[str, ...] | None = None

    def sole_foreign(self) -> str | None:
        """The one foreign country the article names, or ``None`` (none, or several)."""
        if self._foreign is None:
            seen: list[str] = []
            for sentence in self.sentences:
                for code in _countries(self.doc.text, sentence.start, sentence.end):
                    if code != "VN" and code not in seen:
                        seen.append(code)
            self._foreign = tuple(seen)
        return self._foreign[0] if len(self._foreign) == 1 else None


# --------------------------------------------------------------------------- the stage


def extract_trade(
    doc: Document,
    amounts: list[Hit[AmountMention]],
    periods: list[Hit[PeriodMention]],
    dates: list[Hit[DateMention]],
) -> list[Hit[TradeFigure]]:
    """Every trade or investment figure in ``doc``, in text order.

    ``amounts``, ``periods`` and ``dates`` are the hits of the value scanners
    (normalised offsets); a date serves only as the end of a cumulative figure
    (``Tính đến ngày 20/12/2024``). Every record holds caller offsets
    (``amount_span``, ``evidence``). Never raises on any text.

    >>> from decimal import Decimal
    >>> from vnlao_corpus.model import Amount, AmountMention
    >>> from vnlao_corpus.text.document import Hit, read_document
    >>> doc = read_document("Tin\\nTrong năm, kim ngạch thương mại hai nước đạt 2 tỷ USD.")
    >>> i = doc.text.index("2 tỷ USD")
    >>> money = Hit(i, i + 8, AmountMention("2 tỷ USD", i, i + 8, Amount(Decimal("2000000000"), "USD")))
    >>> [(h.item.metric, h.item.metric_kind.value, h.item.partners) for h in extract_trade(doc, [money], [], [])]
    [('kim ngạch thương mại', 'turnover', ())]
    """
    candidates = [h for h in amounts if _is_candidate(h.item)]
    if not candidates:
        return []  # no money and no project count: nothing can be a figure
    sentences = [s for s in doc.sentences if s.zone is _BODY or s.zone is _TITLE]
    sentence_starts = [s.start for s in sentences]
    # The sentences holding a candidate amount, in text order (sentences do not overlap).
    holding: list[int] = []
    for h in candidates:
        i = bisect.bisect_right(sentence_starts, h.start) - 1
        if i >= 0 and h.start < sentences[i].end and h.end <= sentences[i].end and (not holding or holding[-1] != i):
            holding.append(i)
    date_starts = [h.start for h in dates]
    starts = [h.start for h in amounts]
    period_starts = [h.start for h in periods]
    body: list[Hit[TradeFigure]] = []
    title: list[Hit[TradeFigure]] = []
    context: _Context | None = None
    directions: dict[TradeMetric, tuple[str | None, str | None]] = {}
    article = _ArticleCountries(doc, sentences)
    rejected: set[tuple[Decimal, str | None]] = set()  # body amounts shown to be no trade figure
    for index in holding:
        sentence = sentences[index]
        # The first period of the sentence before, and whether it opened that sentence in this paragraph.
        before, opened = _framing(doc, sentences[index - 1], periods, period_starts) if index else (None, False)
        opened = opened and sentences[index - 1].paragraph == sentence.paragraph
        plo = bisect.bisect_left(period_starts, sentence.start)
        phi = bisect.bisect_left(period_starts, sentence.end)
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        in_sentence = [h for h in amounts[lo:hi] if h.end <= sentence.end]
        in_periods = [p for p in periods[plo:phi] if p.end <= sentence.end]
        dlo = bisect.bisect_left(date_starts, sentence.start)
        dhi = bisect.bisect_left(date_starts, sentence.end)
        in_dates = [d for d in dates[dlo:dhi] if d.end <= sentence.end]
        reader = _SentenceReader(
            doc, sentence, in_sentence, in_periods, context, directions, in_dates, index=index, article=article
        )
        reader.framing = before
        reader.previous = sentences[index - 1] if index > 0 else None
        reader.framing_opens = opened
        found = reader.read()
        if sentence.zone is not Zone.TITLE:
            rejected |= reader.rejected
        if not found:
            continue
        if sentence.zone is Zone.TITLE:
            title.extend(found)
        else:
            body.extend(found)
            context = reader.context
    if body:
        return body
    # The title repeats a body amount that the body showed is no trade figure (a whole country's
    # exports, a threshold): the title's figure is not one either.
    return [h for h in title if (h.item.amount.value, h.item.amount.currency) not in rejected]


# Every metric form, and the bare ``thương mại`` before a country, holds one of these words in
# any case: a sentence whose lower-cased text holds none names no metric, and the metric scan
# (the costliest step of a sentence; most sentences with money name no metric) is skipped.
# The letters of these words match no other character than their upper case under IGNORECASE,
# so lower-casing the text finds every place the scan would.
_METRIC_WORDS: Final = ("ngạch", "thương", "tổng", "xuất", "nhập", "thặng", "vốn", "ngân")


# The words _ABSOLUTE_CHANGE (``tăng``, ``giảm``) and _THRESHOLD (a negation, or ``mốc``/``ngưỡng``) need in
# the words before an amount, in lower case: most amounts have none of them, and the searches are spared.
# (``ảm`` for ``giảm``: ``i`` also matches the dotless ``ı`` under IGNORECASE.)
_ABSOLUTE_CHANGE_WORDS: Final = ("tăng", "ảm")
_THRESHOLD_WORDS: Final = ("chưa", "không", "chẳng", "mốc", "ngưỡng")


def _holds(lowered: str, words: tuple[str, ...]) -> bool:
    """Whether ``lowered`` holds one of ``words``.

    >>> _holds("chưa vượt mốc ", _THRESHOLD_WORDS), _holds("đạt ", _THRESHOLD_WORDS)
    (True, False)
    """
    return any(word in lowered for word in words)


def _may_name_metric(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold a metric form (``False``: it certainly holds none).

    >>> _may_name_metric("Kim NGẠCH đạt 2 tỷ USD", 0, 22), _may_name_metric("Dự án có 2 tỷ USD", 0, 17)
    (True, False)
    """
    return _holds(lowercase(text[start:end]), _METRIC_WORDS)


def _framing(
    doc: Document, sentence: Sentence, periods: list[Hit[PeriodMention]], period_starts: list[int]
) -> tuple[Period | None, bool]:
    """The first period of ``sentence`` (not "cùng kỳ"), and whether it opens the sentence ("Năm 2023, ...")."""
    plo = bisect.bisect_left(period_starts, sentence.start)
    if plo == len(periods) or periods[plo].start >= sentence.end:
        return None, False
    first = periods[plo]
    if first.item.value.kind is PeriodKind.SAME_PERIOD_LAST_YEAR:
        return None, False
    return first.item.value, _OPENING.fullmatch(doc.text, sentence.start, first.start) is not None


# Looked up once: reading an Enum member off its class costs about 65 ns (Python 3.11), and these
# tests run for every amount and every sentence of an article.
_MONEY, _COUNT = AmountKind.MONEY, AmountKind.COUNT
_BODY, _TITLE = Zone.BODY, Zone.TITLE


def _is_candidate(m: AmountMention) -> bool:
    """Money with a currency, or a count of projects."""
    amount = m.amount  # read once: the mention's kind, currency and unit are properties over it
    kind = amount.kind
    if kind is _MONEY and amount.currency is not None:
        return True
    return kind is _COUNT and (amount.unit or "").startswith("dự án")


# --------------------------------------------------------------------------- one sentence


class _SentenceReader:
    """Reads the figures of one sentence; keeps what the next sentence may inherit."""

    def __init__(
        self,
        doc: Document,
        sentence: Sentence,
        amounts: list[Hit[AmountMention]],
        periods: list[Hit[PeriodMention]],
        context: _Context | None,
        directions: dict[TradeMetric, tuple[str | None, str | None]],
        dates: Sequence[Hit[DateMention]] = (),
        *,
        index: int = 0,
        article: _ArticleCountries | None = None,
    ) -> None:
        self.doc = doc
        self.index = index
        self.article = article
        # The figure before was stated in the sentence right before this one, in the same paragraph.
        self.adjacent = (
            context is not None and context.sentence == index - 1 and context.paragraph == sentence.paragraph
        )
        self.dates = dates
        self.text = doc.text
        self.sentence = sentence
        self.amounts = amounts
        self.context = context
        self.context_before = context  # the figure of the sentences before (``context`` moves on as figures are read)
        self.directions = directions
        s, e = sentence.start, sentence.end
        self.metrics: list[_Metric] = []
        if _may_name_metric(self.text, s, e):
            self.metrics = [
                _Metric(m.start(), m.end(), _metric_text(m.group(1)), _METRIC_KINDS[_key(m.group(1))])
                for m in _METRIC.finditer(self.text, s, e)
            ]
            self.metrics = [m for m in self.metrics if m.text not in SHORT_DIRECTED or self._short_form_holds(m)]
            self._add_trade_between(s, e)
        self.clause_ends = [m.start() for m in _CLAUSE_END.finditer(self.text, s, e)] + [e]
        self.metric_ends = [m.end for m in self.metrics]
        self.all_periods = periods
        self.volume_cache: dict[tuple[int, TradeMetric], bool] = {}
        self.single_project: bool | None = None
        self.after_period = -1  # start of the period the last figure took from after its amount
        self.framing: Period | None = None  # the first period of the sentence before (set by the caller)
        self.framing_opens = False  # that period opened the sentence before, in the same paragraph
        self.previous: Sentence | None = None  # the sentence before (set by the caller)
        self.points_back: bool | None = None
        self.rejected: set[tuple[Decimal, str | None]] = set()  # amounts shown to be no trade figure

    # Most sentences that hold money state no trade figure (no metric names it): what only a
    # figure needs (its countries, periods, baselines, evidence) is read on first use.

    @functools.cached_property
    def continues(self) -> bool:
        """The sentence continues the one before (``Trong đó, ...``, ``Riêng ...``)."""
        return _CONTINUATION.match(self.text, self.sentence.start, self.sentence.end) is not None

    @functools.cached_property
    def frame(self) -> tuple[_Metric, int] | None:
        """A commodity frame (``mặt hàng xuất khẩu ... gồm``): its metric and where the list opens."""
        return self._find_frame()

    @functools.cached_property
    def amount_starts(self) -> list[int]:
        return [h.start for h in self.amounts]

    @functools.cached_property
    def amount_at(self) -> dict[int, Hit[AmountMention]]:
        return {h.start: h for h in self.amounts}

    @functools.cached_property
    def next_candidate(self) -> list[int]:
        """Start of the next candidate amount after each index (the end of a figure's change window)."""
        amounts = self.amounts
        after = [self.sentence.end] * (len(amounts) + 1)
        for i in range(len(amounts) - 1, -1, -1):
            later = amounts[i + 1].start if i + 1 < len(amounts) and _is_candidate(amounts[i + 1].item) else None
            after[i] = later if later is not None else after[i + 1]
        return after

    @functools.cached_property
    def date_ends(self) -> list[int]:
        return [d.end for d in self.dates]

    @functools.cached_property
    def partners(self) -> tuple[str, ...]:
        """The countries the sentence names, in order of first mention."""
        return _countries(self.text, self.sentence.start, self.sentence.end)

    @functools.cached_property
    def evidence(self) -> Span:
        """The sentence in caller offsets."""
        return self.doc.span(self.sentence.start, self.sentence.end)

    @functools.cached_property
    def baselines(self) -> list[tuple[int, int]]:
        """Where each ``so với`` phrase starts and its baseline text ends."""
        return [(m.start(), m.end("text")) for m in _SO_VOI.finditer(self.text, self.sentence.start, self.sentence.end)]

    @functools.cached_property
    def baseline_starts(self) -> list[int]:
        return [b[0] for b in self.baselines]

    @functools.cached_property
    def periods(self) -> list[Hit[PeriodMention]]:
        """The sentence's periods that can be a figure's own: not in a baseline, with bounds."""
        return [
            p
            for p in self.all_periods
            if not self._in_baseline(p.start, p.end)
            and p.item.value.kind is not PeriodKind.SAME_PERIOD_LAST_YEAR
            and (p.item.value.start is not None or p.item.value.end is not None)  # "Đến nay": no bounds
        ]

    @functools.cached_property
    def all_period_starts(self) -> list[int]:
        return [p.start for p in self.all_periods]

    @functools.cached_property
    def period_starts(self) -> list[int]:
        return [p.start for p in self.periods]

    @functools.cached_property
    def period_ends(self) -> list[int]:
        return [p.end for p in self.periods]

    # ------------------------------------------------------------------ structure

    def _short_form_holds(self, metric: _Metric) -> bool:
        """``xuất sang Mỹ``, ``nhập từ Lào``: a country follows the direction word; ``thu nhập từ`` is income."""
        if _INCOME.search(self.text, max(self.sentence.start, metric.start - 6), metric.start):
            return False
        direction = _SHORT_DIRECTION.match(self.text, metric.end, self.sentence.end)
        return direction is not None and country_pattern().match(self.text, direction.end()) is not None

    def _add_trade_between(self, start: int, end: int) -> None:
        """``Thương mại Việt Nam - Brunei tăng ...``: bare ``thương mại`` before a country is turnover."""
        extra = []
        starts = [m.start for m in self.metrics]
        for m in _TRADE_WORD.finditer(self.text, start, end):
            if country_pattern().match(self.text, m.end()) is None:
                continue
            if _NOT_TRADE_VOLUME.search(self.text[max(start, m.start() - 12) : m.start()]):
                continue
            k = bisect.bisect_right(starts, m.start()) - 1
            if k >= 0 and self.metrics[k].end > m.start():
                continue  # inside a longer form ("kim ngạch thương mại Việt Nam")
            extra.append(_Metric(m.start(), m.end() - len(m.group("space")), "thương mại", TradeMetric.TURNOVER))
        if extra:
            self.metrics = sorted([*self.metrics, *extra], key=_metric_start)

    def _clause(self, pos: int) -> tuple[int, int]:
        """The clause ``[start, end)`` holding normalised offset ``pos``."""
        i = bisect.bisect_right(self.clause_ends, pos)
        start = self.clause_ends[i - 1] + 1 if i > 0 else self.sentence.start
        end = self.clause_ends[i] if i < len(self.clause_ends) else self.sentence.end
        return start, end

    def _in_baseline(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.baseline_starts, start) - 1
        return i >= 0 and end <= self.baselines[i][1]

    def _find_frame(self) -> tuple[_Metric, int] | None:
        """A commodity frame ("mặt hàng xuất khẩu ... gồm"): its metric and where the list opens."""
        for metric in self.metrics:
            if metric.kind not in _DIRECTED:
                continue
            before = self.text[max(self.sentence.start, metric.start - 40) : metric.start]
            noun = _FRAME_NOUN.search(before)
            if noun is None and "mặt hàng" not in lowercase(before):
                continue
            clause_end = min(self._clause(metric.end)[1], metric.end + 80)
            opener = _LIST_OPENER.search(self.text, metric.end, clause_end)
            if opener is not None and opener.start() - metric.end <= 60:
                return metric, opener.end()
        context = self.context_before  # not the figure of this sentence read before the frame was asked for
        if context is not None and context.metric.kind in _DIRECTED and (self.adjacent or self.continues):
            # "... xuất khẩu sang Lào 890 triệu USD. Các mặt hàng chính gồm: xăng dầu đạt ...".
            bare = _BARE_FRAME.search(self.text, self.sentence.start, self.sentence.end)
            if bare is not None and not self._metric_between(self.sentence.start, bare.end()):
                return context.metric, bare.end()
        return None

    def _previous_names_foreign(self) -> bool:
        """The sentence before names a country other than Việt Nam ("Savannakhet (Lào) ... Trong đó, ...")."""
        previous = self.previous
        if previous is None or previous.paragraph != self.sentence.paragraph:
            return False
        return _names_foreign(_countries(self.text, previous.start, previous.end))

    def _continues_investment(self) -> bool:
        """The sentence names no country and follows a bilateral investment figure ("Vốn thực hiện đạt ...")."""
        context = self.context
        return (
            context is not None
            and self.adjacent
            and not self.partners
            and (context.metric.kind in _INVESTMENT or context.metric.kind is TradeMetric.PROJECTS)
            and _names_foreign(context.partners)
        )

    def _metric_between(self, start: int, end: int) -> bool:
        """Whether a metric form stands in ``[start, end)``."""
        return _metric_within(self.metrics, start, end)

    def _refers_back(self) -> bool:
        """The sentence names no metric of its own but points at the figure right before it."""
        if self.context is None or not self.adjacent or self.metrics:
            return False
        if self.points_back is None:  # read once per sentence
            s, e = self.sentence.start, self.sentence.end
            self.points_back = (
                _ANAPHOR.search(self.text, s, e) is not None or _TARGET_START.match(self.text, s, e) is not None
            )
        return self.points_back

    # ------------------------------------------------------------------ figures

    def read(self) -> list[Hit[TradeFigure]]:
        out: list[Hit[TradeFigure]] = []
        consumed = self.sentence.start  # where the last figure's change/baseline ended
        for index, hit in enumerate(self.amounts):
            if not _is_candidate(hit.item) or hit.start < consumed:
                continue
            figure = self._figure(hit, consumed, index)
            if figure is None:
                continue
            out.append(figure[0])
            consumed = figure[1]
        return out

    def _figure(self, hit: Hit[AmountMention], consumed: int, index: int) -> tuple[Hit[TradeFigure], int] | None:
        """The figure of ``hit``, the ``index``-th amount of the sentence, and where it ends; ``None`` if none."""
        text = self.text
        clause_start, clause_end = self._clause(hit.start)
        before = text[max(clause_start, hit.start - 40) : hit.start]
        lowered = lowercase(before)  # for the quick word tests below
        if _holds(lowered, _ABSOLUTE_CHANGE_WORDS) and _ABSOLUTE_CHANGE.search(before):
            return None
        if (_holds(lowered, _THRESHOLD_WORDS) and _THRESHOLD.search(before)) or _PER_UNIT.match(
            text, hit.end, clause_end
        ):
            return self._reject(hit)
        if _PRICE_BEFORE.search(text, max(clause_start, hit.start - 25), hit.start):
            return self._reject(hit)
        commodity: str | None = None
        if hit.item.kind is AmountKind.COUNT:
            # "250 dự án đầu tư tại Lào": the count is its own metric, in an investment sentence.
            if not _INVESTMENT_WORD.search(text, self.sentence.start, self.sentence.end) and not _investment_among(
                self.metrics
            ):
                return None
            metric: _Metric | None = _Metric(hit.start, hit.end, "dự án", TradeMetric.PROJECTS)
        else:
            metric, commodity = self._metric_for(hit, clause_start, consumed)
        if metric is None:
            return None
        if metric.kind in _INVESTMENT or metric.kind is TradeMetric.PROJECTS:
            # Bilateral investment names a country (or continues a figure that did); a
            # province's road or a bank's capital names none.
            # National FDI into Việt Nam names only Việt Nam: a foreign country is needed.
            foreign = _names_foreign(self.partners)
            continued = self.continues and (self.context is not None or self._previous_names_foreign())
            if not foreign and not continued and not self._continues_investment():
                return self._reject(hit)
            if (
                len(self.partners) == 1
                and not self.continues
                and _FDI.search(text, self.sentence.start, self.sentence.end)
            ):
                return self._reject(hit)  # one host's FDI from all countries
            if metric.text == "giải ngân" and not _CAPITAL.search(text, clause_start, clause_end):
                return None
        window_start = min(metric.start, hit.start) if metric.start >= self.sentence.start else clause_start
        window_start = max(window_start, clause_start)
        if self._not_volume(metric, window_start, hit.start, clause_start, clause_end):
            return self._reject(hit)
        next_start = self.next_candidate[index]
        window_end = min(clause_end, next_start)
        read = self._change(hit.end, window_end)
        if read is None and metric.start >= clause_start and metric.end <= hit.start:
            read = self._change(metric.end, hit.start, leads_to=hit.start)
            end = hit.end
        else:
            end = read.end if read is not None else hit.end
        after = max(end, hit.end)
        partner = self.amount_at.get(next_start)
        if partner is not None and _RANGE_SEP.fullmatch(text, hit.end, partner.start):
            after = max(after, partner.end)  # "12 - 15 tỉ USD vào năm 2030": both ends share the period
        status = self._status(hit, clause_start, metric)
        period = self._period(
            hit, clause_start, clause_end, after, commodity, target=status is not FigureStatus.ACTUAL, kind=metric.kind
        )
        change = read.change if read is not None else None
        if change is not None:
            change = _resolve_baseline(change, period, self._written_period(read.baseline_span if read else None))
        if metric.start < self.sentence.start and self.context is not None:
            # A line item or a sentence pointing back: the flow of the figure it continues.
            exporter, importer = self.context.exporter, self.context.importer
        else:
            exporter, importer = self._direction(metric)
            if self._national_total(metric, hit.start):
                return self._reject(hit)
        own_turnover = metric.kind is TradeMetric.TURNOVER and metric.start >= self.sentence.start
        if own_turnover and self._national_total(metric, hit.start):
            return self._reject(hit)
        figure = TradeFigure(
            metric=metric.text,
            amount=hit.item.amount,
            period=period,
            change=change,
            metric_kind=metric.kind,
            status=status,
            commodity=commodity,
            exporter=exporter,
            importer=importer,
            partners=self.partners,
            amount_span=Span(hit.item.start, hit.item.end),
            evidence=self.evidence,
        )
        if exporter is not None or importer is not None:
            self.directions[metric.kind] = (exporter, importer)
        partners = self.partners or (self.context.partners if self.context is not None else ())
        self.context = _Context(metric, period, exporter, importer, partners, self.index, self.sentence.paragraph)
        start = min(hit.start, metric.start) if metric.start >= self.sentence.start else hit.start
        return Hit(start, max(end, hit.end), figure), max(end, hit.end)

    def _reject(self, hit: Hit[AmountMention]) -> tuple[Hit[TradeFigure], int] | None:
        """Note an amount shown to be no trade figure (a title repeating it is none either); no figure."""
        self.rejected.add((hit.item.value, hit.item.currency))
        return None

    def _metric_for(
        self, hit: Hit[AmountMention], clause_start: int, consumed: int
    ) -> tuple[_Metric | None, str | None]:
        """The metric governing ``hit`` and, for a line item, its commodity."""
        if self.frame is not None and hit.start > self.frame[1]:
            frame_metric, list_start = self.frame
            own = self._nearest_metric(hit, max(clause_start, list_start, consumed))
            if own is not None:
                return own, None
            item_start = max(clause_start, list_start, consumed)
            return frame_metric, self._commodity(item_start, hit.start)
        own = self._nearest_metric(hit, clause_start)
        if own is not None:
            only = _ONLY_ITEM.match(self.text, self.sentence.start, own.start)
            return own, (" ".join(lowercase(only.group("name")).split()) if only is not None else None)
        if self.context is not None and self.continues:
            commodity = self._commodity(max(clause_start, consumed), hit.start)
            if commodity is not None:
                return self.context.metric, commodity
        if self._refers_back() and self.context is not None:
            return self.context.metric, None
        return None, None

    def _nearest_metric(self, hit: Hit[AmountMention], start: int) -> _Metric | None:
        """The last metric form ending before ``hit``, starting at or after ``start``, close enough."""
        i = bisect.bisect_right(self.metric_ends, hit.start) - 1
        if i < 0:
            return None
        metric = self.metrics[i]
        if metric.start >= start and hit.start - metric.end <= _MAX_METRIC_GAP:
            return metric
        return None

    def _commodity(self, start: int, end: int) -> str | None:
        """The line item's name: the words before the verb that leads to the amount."""
        if end - start > 160:
            return None
        segment = self.text[start:end]
        segment = _ITEM_LEAD.sub("", segment)
        verb = _ITEM_VERB.search(segment)
        name = segment[: verb.start()] if verb is not None else segment
        name = name.strip(" ,;:()").strip()
        if not name or len(name) > 80 or _has_digit(name):
            return None
        return " ".join(lowercase(name).split())

    def _not_volume(self, metric: _Metric, start: int, end: int, clause_start: int, clause_end: int) -> bool:
        """Aid, a loan, a budget, one company's or one project's cost."""
        # From a little before the metric ("hóa đơn xuất nhập khẩu") to the amount.
        if _NON_FIGURE.search(self.text, max(clause_start, start - 12, end - _MAX_METRIC_GAP), end):
            return True
        key = (clause_start, metric.kind)
        if key not in self.volume_cache:
            self.volume_cache[key] = self._one_party(clause_start, clause_end, metric.kind)
        return self.volume_cache[key]

    def _one_party(self, clause_start: int, clause_end: int, kind: TradeMetric) -> bool:
        """Whether the clause speaks of one company, or (for investment) of one project or facility."""
        text = self.text
        if _TOTAL_COST.search(text, clause_start, clause_end):
            return True
        for company in _COMPANY.finditer(text, clause_start, clause_end):
            name = company.group("name")
            if name[:1].isupper() and country_pattern().match(text, company.start("name")) is None:
                return True
        if kind is TradeMetric.INVESTMENT and _FACILITY.search(text, clause_start, clause_end):
            # "Cảng ... có vốn đầu tư 300 triệu USD"; registered or disbursed capital is an aggregate.
            return True
        return kind in _INVESTMENT and self._one_project()

    def _one_project(self) -> bool:
        """Whether the sentence speaks of one project (``dự án`` neither counted nor plural)."""
        if self.single_project is None:
            text, start = self.text, self.sentence.start
            self.single_project = False
            for p in _PROJECT.finditer(text, start, self.sentence.end):
                if not _PLURAL.search(text[max(start, p.start() - 15) : p.start()]):
                    self.single_project = True
                    break
        return self.single_project

    def _change(self, start: int, end: int, *, leads_to: int | None = None) -> _ChangeRead | None:
        """The first percentage or multiple in ``[start, end)`` led by a rise or fall word.

        With ``leads_to`` (a change written before its amount) the change must lead
        straight to the amount: ``tăng 16,7% lên 1,1 tỷ USD``.
        """
        for index in range(bisect.bisect_left(self.amount_starts, start), len(self.amounts)):
            hit = self.amounts[index]
            if hit.end > end or hit.start - start > _MAX_CHANGE_GAP + 40:
                break
            m = hit.item
            multiple = m.kind is AmountKind.MULTIPLE or m.unit == "lần"
            if m.kind is not AmountKind.PERCENT and not multiple:
                continue
            gap = self.text[max(start, hit.start - _MAX_CHANGE_GAP) : hit.start]
            cue = _CHANGE_CUE.search(gap)
            led_by_gap = lowercase(m.text).startswith(("gấp", "tăng", "giảm"))
            if cue is None and not (multiple and led_by_gap):
                continue
            fall = cue is not None and cue.group("fall") is not None
            value = abs(m.value) if m.kind is AmountKind.PERCENT else m.value
            if fall and m.kind is AmountKind.PERCENT:
                value = -value
            elif m.kind is AmountKind.PERCENT and m.value < 0 and cue is None:
                value = m.value
            end_at = hit.end
            change = Change(percent=value) if not multiple else Change(multiple=value)
            baseline = self._baseline_after(hit.end, end, direct=multiple)
            baseline_span = None
            if baseline is not None:
                change = attrs.evolve(change, baseline_text=baseline[0])
                baseline_span = (baseline[1], baseline[2])
                end_at = baseline[2]
            if leads_to is not None and not _LEADS_TO.fullmatch(self.text, end_at, leads_to):
                return None
            return _ChangeRead(change, end_at, baseline_span)
        return None

    def _baseline_after(self, start: int, end: int, *, direct: bool = False) -> tuple[str, int, int] | None:
        """The baseline after ``so với`` right after a change: its text, start and end.

        With ``direct`` (a multiple) the baseline may follow without ``so với``: ``gấp 2 lần cùng kỳ``.
        """
        m = _SO_VOI.search(self.text, start, end)
        if m is None or len(self.text[start : m.start()].strip(" ,)(")) > 0:
            m = _DIRECT_BASELINE.match(self.text, start, end) if direct else None
            if m is None:
                return None
        end_at = m.end("text")
        stop = _BASELINE_STOP.search(self.text, m.start("text"), end_at)
        if stop is not None:
            end_at = stop.start()
        year = _YEAR.search(self.text, m.start("text"), end_at)
        if year is not None:
            end_at = year.end()
        if end_at <= m.start("text"):
            return None
        return self.doc.quote(m.start("text"), end_at).strip(), m.start("text"), end_at

    def _period(
        self,
        hit: Hit[AmountMention],
        clause_start: int,
        clause_end: int,
        after: int,
        commodity: str | None,
        *,
        target: bool = False,  # a target or an estimate
        kind: TradeMetric = TradeMetric.OTHER,
    ) -> Period | None:
        """The figure's own period (never its baseline)."""
        i = bisect.bisect_right(self.period_ends, hit.start) - 1
        # Not the period the figure before took from after its amount: "đạt 3 tỷ USD năm 2025 và
        # 5 tỷ USD vào năm 2030".
        if i >= 0 and self.periods[i].start >= clause_start and self.periods[i].start != self.after_period:
            return self.periods[i].item.value
        # A period written after the amount only right after it: "đạt 20 tỷ USD vào năm 2030"
        # (not "vượt kim ngạch của cả năm 2024", a comparison).
        j = bisect.bisect_left(self.period_starts, after)
        if (
            j < len(self.periods)
            and self.periods[j].end <= clause_end
            and self.periods[j].start - after <= 30
            and _PERIOD_LEAD.fullmatch(self.text, after, self.periods[j].start)
        ):
            self.after_period = self.periods[j].start
            return self.periods[j].item.value
        if i >= 0:
            return self.periods[i].item.value
        cumulative = self._up_to_date(clause_start, hit.start)
        if cumulative is not None:
            return cumulative
        # A sentence right after a figure, in the same paragraph, that names no period of its own
        # continues it ("Quý III/2024, kim ngạch ... Việt Nam nhập siêu từ Lào 110 triệu USD."); a target
        # or an estimate does not (it looks ahead: "Dự báo năm nay ... sẽ đạt 10 tỷ USD").
        same_family = self.context is not None and _family(self.context.metric.kind) == _family(kind)
        inherited = (
            commodity is not None
            or self.continues
            or self.frame is not None
            or (self.adjacent and not target and same_family)
        )
        if self.continues and self.framing is not None and (self.context is None or not self.adjacent):
            # "Năm 2024, tổng kim ngạch ... của cả nước đạt ... Trong đó, thương mại với Lào đạt ...".
            return self.framing
        if inherited and self.context is not None:
            return self.context.period
        # "Năm 2023, Lào là đối tác thương mại lớn thứ ba ... Kim ngạch song phương đạt 1,64 tỷ USD."
        opened = self.framing_opens and not target and self.context_is_stale()
        if opened and self.framing is not None and not _NOW.search(self.text, self.sentence.start, self.sentence.end):
            return self.framing
        return None

    def context_is_stale(self) -> bool:
        """No figure was read in the sentence right before this one."""
        return self.context is None or not self.adjacent

    def _up_to_date(self, start: int, end: int) -> Period | None:
        """``Tính đến ngày 20/12/2024, ...``: an open period ending on that day."""
        i = bisect.bisect_right(self.date_ends, end) - 1
        if i < 0 or self.dates[i].start < start:
            return None
        hit = self.dates[i]  # the nearest date before the amount
        day = hit.item.to_date()
        if day is not None and _UP_TO.search(self.text, max(start, hit.start - 25), hit.start):
            return Period(None, day, PeriodKind.OPEN)
        return None

    def _written_period(self, span: tuple[int, int] | None) -> Period | None:
        """The period the scanner read inside a baseline phrase (``so với tháng 7/2023``)."""
        if span is None:
            return None
        i = bisect.bisect_left(self.all_period_starts, span[0])
        if i < len(self.all_periods) and self.all_periods[i].end <= span[1]:
            value = self.all_periods[i].item.value
            if value.kind is not PeriodKind.SAME_PERIOD_LAST_YEAR:
                return value
        return None

    def _status(self, hit: Hit[AmountMention], clause_start: int, metric: _Metric) -> FigureStatus:
        """Target or estimate from the words before the amount (up to a little before its metric)."""
        start = max(clause_start, min(metric.start, hit.start) - 80)
        for reset in _ACTUAL_RESET.finditer(self.text, start, hit.start):
            start = reset.start()  # "không đạt mục tiêu 3 tỷ USD, chỉ đạt 2,2 tỷ USD"
        if _TARGET.search(self.text, start, hit.start):
            return FigureStatus.TARGET
        if hit.item.amount.qualifier is Qualifier.ESTIMATED or _ESTIMATE.search(self.text, start, hit.start):
            return FigureStatus.ESTIMATE
        return FigureStatus.ACTUAL

    def _national_total(self, metric: _Metric, amount_start: int) -> bool:
        """One country's total exports or imports, to no named partner.

        ``tổng kim ngạch xuất khẩu của Lào đạt ..., trong đó ...``; ``Xuất khẩu gạo của Việt Nam đạt ...``
        in a sentence that names no other country and does not continue a bilateral figure.
        """
        if metric.kind not in _DIRECTED and metric.kind is not TradeMetric.TURNOVER:
            return False
        subject, to, source = self._flow(metric, amount_start)
        if subject is None or to is not None or source is not None:
            return False
        if _TOWARDS.search(self.text, metric.end, amount_start):
            return False  # "xuất khẩu của Việt Nam sang nước này": a partner, unnamed
        total = metric.kind in _DIRECTED and _key(self.text[metric.start : metric.end]).startswith("tổng")
        if total and _countries(self.text, metric.start, amount_start) == (subject,):
            return True  # not "tổng kim ngạch xuất khẩu Việt Nam - Lào"
        framed = self.context is not None and (self.continues or self.adjacent)
        return not framed and self.partners == (subject,)

    def _flow(self, metric: _Metric, until: int | None = None) -> tuple[str | None, str | None, str | None]:
        """The countries around a directed metric: the one that trades, the one sold to, the one bought from.

        ``until`` stops the search (the figure's amount).
        """
        text = self.text
        clause_start, clause_end = self._clause(metric.start)
        if until is not None and until > metric.end:
            clause_end = min(clause_end, until)
        subject: str | None = None
        to: str | None = None
        source: str | None = None
        # "Lào xuất khẩu sang Việt Nam": the country right before the metric.
        countries = country_pattern()
        for c in countries.finditer(text, max(clause_start, metric.start - 20), metric.start):
            if not text[c.end() : metric.start].strip():
                subject = country_of(c)
        for c in countries.finditer(text, metric.end, min(clause_end, metric.end + 60)):
            lead = text[max(metric.end, c.start() - 20) : c.start()]
            code = country_of(c)
            if _TO.search(lead):
                to = to or code
            elif _FROM.search(lead):
                source = source or code
            elif subject is None and (_OF.search(lead) or not text[metric.end : c.start()].strip()):
                subject = code
        return subject, to, source

    def _direction(self, metric: _Metric) -> tuple[str | None, str | None]:
        """Exporter and importer of an export or import figure, from the words around its metric."""
        if metric.kind not in _DIRECTED:
            return None, None
        subject, to, source = self._flow(metric)
        # "xuất khẩu từ Lào sang Việt Nam": the source sells; "nhập khẩu vào Việt Nam từ Lào": the destination buys.
        if metric.kind is TradeMetric.EXPORT:
            exporter, importer = subject or source, to
        else:
            importer, exporter = subject or to, source
        pair = [c for c in self.partners if c in ("VN", "LA")]
        if (exporter is None) != (importer is None) and len(pair) == 2:
            known = exporter or importer
            other = pair[1] if pair[0] == known else pair[0]
            exporter, importer = (exporter, other) if exporter else (other, importer)
        elif subject is None and (exporter is None) != (importer is None):
            # "xuất khẩu sang Lào", "nhập khẩu từ Lào" with no subject: the Vietnamese press speaks of
            # Việt Nam's trade; "xuất khẩu sang Việt Nam" is the one foreign country the article is about.
            known = exporter or importer
            partner = "VN" if known != "VN" else (self.article.sole_foreign() if self.article else None)
            exporter, importer = (exporter, partner) if exporter else (partner, importer)
        if exporter is None and importer is None:
            exporter, importer = self._known_direction(metric.kind)
        if exporter is None and importer is None:
            exporter, importer = self._framed_direction(metric.kind)
        return exporter, importer

    def _framed_direction(self, kind: TradeMetric) -> tuple[str | None, str | None]:
        """A flow with no country of its own, framed by trade with one foreign country: Việt Nam's side of it.

        ("Kim ngạch ... của tỉnh với Lào đạt ... Trong đó, xuất khẩu đạt ...": Việt Nam sells to Lào.)
        """
        if self.partners or self.context is None or not (self.continues or self.adjacent):
            return None, None
        partners = self.context.partners
        foreign = [code for code in partners if code != "VN"]
        if len(foreign) != 1:
            return None, None
        return ("VN", foreign[0]) if kind is TradeMetric.EXPORT else (foreign[0], "VN")

    def _known_direction(self, kind: TradeMetric) -> tuple[str | None, str | None]:
        """The direction read earlier in the article for the same or the opposite flow."""
        if kind in self.directions:
            return self.directions[kind]
        opposite = TradeMetric.IMPORT if kind is TradeMetric.EXPORT else TradeMetric.EXPORT
        if opposite in self.directions:
            exporter, importer = self.directions[opposite]
            return importer, exporter
        return None, None


# --------------------------------------------------------------------------- helpers


def _family(kind: TradeMetric) -> bool:
    """Whether ``kind`` is investment (else trade)."""
    return kind in _INVESTMENT or kind is TradeMetric.PROJECTS


def _key(form: str) -> str:
    return " ".join(lowercase(form).split())


def _metric_text(form: str) -> str:
    """The metric as written, lower case; ``tổng kim ngạch ...`` is its ``kim ngạch ...``."""
    text = _key(form)
    if text.startswith("tổng kim ngạch"):
        return text[len("tổng ") :]
    return text


def _countries(text: str, start: int, end: int) -> tuple[str, ...]:
    """ISO codes of the countries named in ``text[start:end]``, in order of first mention."""
    seen: list[str] = []
    for m in country_pattern().finditer(text, start, end):
        code = country_of(m)
        if code not in seen:
            seen.append(code)
    return tuple(seen)


def _resolve_baseline(change: Change, period: Period | None, written: Period | None) -> Change:
    """Turn ``baseline_text`` into a :class:`Period` against the figure's own period.

    ``written`` is the period the scanner read in the baseline phrase, if any.
    """
    text = change.baseline_text
    if text is None:
        return change
    baseline: Period | None = None
    year_match = _YEAR.search(text)
    year = int(year_match.group()) if year_match else None
    if year is None and _LAST_YEAR.search(text) and period is not None:
        anchor = period.end or period.start
        year = anchor.year - 1 if anchor is not None else None
    if _SAME_PERIOD.search(text):
        if period is not None and period.start is not None and period.end is not None:
            shift = (period.end.year - year) if year is not None else 1
            baseline = Period(
                _years_back(period.start, shift), _years_back(period.end, shift), PeriodKind.SAME_PERIOD_LAST_YEAR
            )
    elif written is not None:
        baseline = written
    elif year is not None:
        baseline = Period(datetime.date(year, 1, 1), datetime.date(year, 12, 31), PeriodKind.YEAR)
    return attrs.evolve(change, baseline=baseline)


def _years_back(day: datetime.date, years: int) -> datetime.date:
    """``day`` moved ``years`` back, 29 February becoming 28 February."""
    year = day.year - years
    if year < 1 or year > 9999:
        return day
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)
