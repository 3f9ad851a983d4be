"""The vocabulary of trade and investment figures: metric forms, status and other cues.

Data only, apart from two small helpers. Every form is written in the
normalised spelling (NFC, ``òa``/``ủy`` tone placement, lower case) that
:func:`vnlao_corpus.text.normalize.normalize` produces; the extractor in
:mod:`vnlao_corpus.events.trade` matches them case-insensitively on word
boundaries, longest form first.

Where the forms came from is said beside each group: "FORMAT.md" (forms listed
in the project's format notes), "news pool" (seen in the Vietnamese news pool
the project reads), "brief" (named in the issue that asked for the extractor).

>>> lookup_metric("Kim ngạch xuất nhập khẩu")
<TradeMetric.TURNOVER: 'turnover'>
>>> lookup_metric("tổng vốn đăng ký")
<TradeMetric.INVESTMENT_REGISTERED: 'investment_registered'>
>>> lookup_metric("hợp tác") is None
True
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import TradeMetric
from ..text.normalize import lowercase
from ..values.calendar import alternation as words_alternation

__all__ = [
    "COMMODITY_FRAMES",
    "CONTINUATION_CUES",
    "ESTIMATE_CUES",
    "FALL_CUES",
    "METRIC_TERMS",
    "NON_FIGURE_CUES",
    "RISE_CUES",
    "SHORT_DIRECTED",
    "TARGET_CUES",
    "alternation",
    "lookup_metric",
]

# --------------------------------------------------------------------------- metrics

#: Metric forms as written -> what they mean.  Longest forms win when several
#: start at the same place, so ``kim ngạch xuất khẩu`` is EXPORT although
#: ``kim ngạch`` alone is TURNOVER.
METRIC_TERMS: dict[str, TradeMetric] = {
    # Two-way trade (brief; news pool: "tổng kim ngạch xuất nhập khẩu Việt Nam - Lào",
    # "kim ngạch thương mại song phương", "trao đổi thương mại hai chiều").
    "kim ngạch xuất nhập khẩu": TradeMetric.TURNOVER,
    "kim ngạch xuất, nhập khẩu": TradeMetric.TURNOVER,
    "kim ngạch thương mại": TradeMetric.TURNOVER,
    "kim ngạch thương mại song phương": TradeMetric.TURNOVER,
    "kim ngạch thương mại hai chiều": TradeMetric.TURNOVER,
    "kim ngạch trao đổi thương mại": TradeMetric.TURNOVER,
    "kim ngạch song phương": TradeMetric.TURNOVER,
    "kim ngạch hai chiều": TradeMetric.TURNOVER,
    "kim ngạch": TradeMetric.TURNOVER,
    "tổng kim ngạch": TradeMetric.TURNOVER,
    "tổng kim ngạch xuất nhập khẩu": TradeMetric.TURNOVER,
    "tổng kim ngạch thương mại": TradeMetric.TURNOVER,
    "thương mại song phương": TradeMetric.TURNOVER,
    "thương mại giữa hai nước": TradeMetric.TURNOVER,
    "thương mại hai nước": TradeMetric.TURNOVER,
    "thương mại hai chiều": TradeMetric.TURNOVER,
    "trao đổi thương mại": TradeMetric.TURNOVER,
    "giá trị thương mại": TradeMetric.TURNOVER,
    "xuất nhập khẩu": TradeMetric.TURNOVER,
    "xuất, nhập khẩu": TradeMetric.TURNOVER,
    "giá trị xuất nhập khẩu": TradeMetric.TURNOVER,
    "giá trị xuất, nhập khẩu": TradeMetric.TURNOVER,
    # One direction (brief: "xuất khẩu của Việt Nam sang Lào", "nhập khẩu ... từ Lào").
    "xuất khẩu": TradeMetric.EXPORT,
    "kim ngạch xuất khẩu": TradeMetric.EXPORT,
    "giá trị xuất khẩu": TradeMetric.EXPORT,
    "nhập khẩu": TradeMetric.IMPORT,
    # One country's totals, kept whole so that they are not read as two-way trade (news pool:
    # "tổng kim ngạch xuất khẩu của Lào đạt ..., trong đó xuất khẩu sang Việt Nam ...").
    "tổng kim ngạch xuất khẩu": TradeMetric.EXPORT,
    "tổng kim ngạch nhập khẩu": TradeMetric.IMPORT,
    "kim ngạch nhập khẩu": TradeMetric.IMPORT,
    "giá trị nhập khẩu": TradeMetric.IMPORT,
    # Balance (brief: "xuất siêu", "nhập siêu", "thặng dư"; news pool: "cán cân thương mại").
    "xuất siêu": TradeMetric.BALANCE,
    "nhập siêu": TradeMetric.BALANCE,
    "thặng dư": TradeMetric.BALANCE,
    "thặng dư thương mại": TradeMetric.BALANCE,
    "thâm hụt thương mại": TradeMetric.BALANCE,
    "cán cân thương mại": TradeMetric.BALANCE,
    # Investment (brief: "vốn đầu tư đăng ký", "tổng vốn đăng ký", "vốn thực hiện",
    # "giải ngân", "tổng vốn", "vốn đầu tư").
    "vốn đầu tư đăng ký": TradeMetric.INVESTMENT_REGISTERED,
    "tổng vốn đầu tư đăng ký": TradeMetric.INVESTMENT_REGISTERED,
    "tổng vốn đăng ký": TradeMetric.INVESTMENT_REGISTERED,
    "vốn đăng ký": TradeMetric.INVESTMENT_REGISTERED,
    "vốn đăng ký đầu tư": TradeMetric.INVESTMENT_REGISTERED,
    "vốn thực hiện": TradeMetric.INVESTMENT_DISBURSED,
    "vốn đầu tư thực hiện": TradeMetric.INVESTMENT_DISBURSED,
    "giải ngân": TradeMetric.INVESTMENT_DISBURSED,
    "vốn giải ngân": TradeMetric.INVESTMENT_DISBURSED,
    "tổng vốn": TradeMetric.INVESTMENT,
    "vốn đầu tư": TradeMetric.INVESTMENT,
    "tổng vốn đầu tư": TradeMetric.INVESTMENT,
}

#: Short verbs that are a one-way metric only right before a direction word
#: (news pool: "Lào xuất sang Việt Nam 160 triệu USD", "nhập về từ Lào"); the
#: extractor matches them only when ``sang``/``qua``/``từ``/``về`` follows.
SHORT_DIRECTED: dict[str, TradeMetric] = {"xuất": TradeMetric.EXPORT, "nhập": TradeMetric.IMPORT}

# --------------------------------------------------------------------------- status

#: Words before a figure that make it an estimate (brief; news pool: "ước đạt 2,2 tỷ USD").
ESTIMATE_CUES: tuple[str, ...] = ("ước đạt", "ước tính", "ước", "dự kiến", "dự báo", "sẽ đạt")

#: Words before a figure that make it a target (brief; news pool:
#: "phấn đấu nâng kim ngạch lên", "đạt mục tiêu thương mại song phương").
TARGET_CUES: tuple[str, ...] = (
    "mục tiêu",
    "đặt mục tiêu",
    "phấn đấu",
    "hướng tới",
    "hướng đến",
    "kỳ vọng",
    "nâng kim ngạch lên",
    "nỗ lực",
    "mong muốn",
)

# --------------------------------------------------------------------------- change

#: Words that introduce a rise before a percentage or multiple (FORMAT.md: "tăng 29%",
#: "tăng gấp 7 lần"; news pool: "tăng trưởng 12%").
RISE_CUES: tuple[str, ...] = ("tăng", "tăng trưởng", "gấp", "cao hơn", "vượt")

#: Words that introduce a fall (FORMAT.md: "giảm 1,6%"; news pool: "sụt giảm").
FALL_CUES: tuple[str, ...] = ("giảm", "sụt giảm", "thấp hơn", "suy giảm")

# --------------------------------------------------------------------------- the line between figures and not

#: Money near these words is not bilateral trade or investment volume: aid,
#: grants, loans, budgets, a single company's or project's cost (dev-set gold
#: leaves out "viện trợ 45 triệu USD", "tổng mức đầu tư 450 triệu USD";
#: news pool: "khoản vay", "hỗ trợ không hoàn lại").
NON_FIGURE_CUES: tuple[str, ...] = (
    "viện trợ",
    "tài trợ",
    "không hoàn lại",
    "cho vay",
    "khoản vay",
    "vốn vay",
    "tín dụng",
    "ngân sách",
    "hỗ trợ",
    "quyên góp",
    "tặng",
    "tổng mức đầu tư",
    "doanh thu",
    "lợi nhuận",
    # A price is not a volume (news pool: "nhập khẩu từ Đức, ... có giá từ 2,799 tỉ đồng").
    "có giá",
    "giá bán",
    "giá từ",
    "với giá",
    "mức giá",
    "giá niêm yết",
    # Crime reports name trade documents beside the sums moved (news pool: "hóa đơn xuất
    # nhập khẩu nông sản để chuyển hơn 554 triệu USD sang Campuchia").
    "chiếm đoạt",
    "lừa đảo",
    "trái phép",
    "buôn lậu",
    "rửa tiền",
    "trốn thuế",
    "hóa đơn",
    # The whole country's trade is not bilateral (news pool: "tổng kim ngạch xuất nhập khẩu
    # của cả nước đạt 786 tỷ USD").
    "cả nước",
)

#: A sentence starting with these continues the figure before it and takes its
#: period (brief: "Trong đó, ..."; news pool: "Riêng", "Cụ thể").
CONTINUATION_CUES: tuple[str, ...] = ("trong đó", "riêng", "cụ thể", "bao gồm")

#: Nouns that open a commodity breakdown: "Các mặt hàng xuất khẩu chính ... gồm
#: cao su đạt ..." (brief; news pool).
COMMODITY_FRAMES: tuple[str, ...] = ("mặt hàng", "nhóm hàng", "sản phẩm", "hàng hóa")


def alternation(forms: Iterable[str]) -> str:
    """A regex alternation of ``forms``, longest first, spaces matching any run of spaces.

    The result has no capturing group and no nested quantifier, so that it
    cannot backtrack catastrophically.

    >>> import re
    >>> pattern = re.compile(alternation(["kim ngạch", "kim ngạch thương mại"]))
    >>> pattern.match("kim ngạch  thương mại").group()
    'kim ngạch  thương mại'
    """
    return "(?:" + words_alternation(forms) + ")"


def lookup_metric(form: str) -> TradeMetric | None:
    """The :class:`~vnlao_corpus.model.TradeMetric` of a metric form as written, or ``None``.

    Case and runs of spaces do not matter.

    >>> lookup_metric("XUẤT KHẨU")
    <TradeMetric.EXPORT: 'export'>
    >>> lookup_metric("vốn  thực hiện")
    <TradeMetric.INVESTMENT_DISBURSED: 'investment_disbursed'>
    """
    return METRIC_TERMS.get(" ".join(lowercase(form).split()))
