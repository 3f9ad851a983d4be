"""The typed records that :func:`vnlao_corpus.parse` returns.

Every record is a frozen ``attrs`` class. Values (:class:`DateValue`,
:class:`Period`, :class:`Amount`) say *what* was read; mentions
(:class:`DateMention`, :class:`PeriodMention`, :class:`AmountMention`) add
*where*: ``text``, ``start`` and ``end`` are character offsets into the string
that was given to ``parse`` or ``find_*``, so that
``source[m.start:m.end] == m.text`` always holds.

>>> from decimal import Decimal
>>> a = Amount(value=Decimal("1100000000"), currency="USD")
>>> a.kind is AmountKind.MONEY
True
>>> Span(3, 7).slice("abcdefghij")
'defg'
"""

from __future__ import annotations

import datetime
import enum
from decimal import Decimal

import attrs

__all__ = [
    "Amount",
    "AmountKind",
    "AmountMention",
    "Article",
    "Caption",
    "Change",
    "DateMention",
    "DateRole",
    "DateValue",
    "Diagnostic",
    "FigureStatus",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Official",
    "PartOfDay",
    "Period",
    "PeriodKind",
    "PeriodMention",
    "Qualifier",
    "Severity",
    "Span",
    "TradeFigure",
    "TradeMetric",
    "YearSource",
]


# --------------------------------------------------------------------------- spans


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the caller's text.

    >>> s = Span(0, 4)
    >>> s.slice("Sáng ngày 27/8")
    'Sáng'
    >>> len(s)
    4
    """

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            msg = f"a span needs 0 <= start <= end, got start={self.start}, end={self.end}"
            raise ValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The characters of ``text`` this span covers.

        >>> Span(5, 9).slice("Sáng ngày 27/8")
        'ngày'
        """
        return text[self.start : self.end]


class Severity(enum.Enum):
    """How much a :class:`Diagnostic` matters.

    >>> Severity("warning") is Severity.WARNING
    True
    """

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@attrs.frozen
class Diagnostic:
    """Something the parser noticed and could not (or chose not to) turn into data.

    ``code`` is a stable, machine-readable slug (``"impossible-date"``,
    ``"dropped-chrome"``, ...); ``message`` says what and where in words;
    ``span`` points at the text concerned.

    >>> d = Diagnostic("impossible-date", "'31/2' is not a date", Span(10, 14))
    >>> d.severity
    <Severity.WARNING: 'warning'>
    """

    code: str
    message: str
    span: Span | None = None
    severity: Severity = Severity.WARNING


# --------------------------------------------------------------------------- dates


class PartOfDay(enum.Enum):
    """The part of the day written before a date (``Sáng``, ``Chiều tối``, ...).

    >>> PartOfDay.MORNING.value
    'morning'
    """

    MORNING = "morning"  # sáng
    NOON = "noon"  # trưa
    AFTERNOON = "afternoon"  # chiều
    EARLY_EVENING = "early_evening"  # chiều tối
    EVENING = "evening"  # tối
    NIGHT = "night"  # đêm, khuya


class YearSource(enum.Enum):
    """Where the year of a date value came from.

    The rules are tried in the order listed after ``WRITTEN``.

    >>> YearSource.WRITTEN.value
    'written'
    """

    WRITTEN = "written"  # the text gives it: 27/8/2024
    CALLER = "caller"  # parse(..., year=2024)
    PUBLISHED = "published"  # the article's publication timestamp
    SENTENCE = "sentence"  # another year in the same sentence or range
    ARTICLE = "article"  # the article's own years
    RELATIVE = "relative"  # resolved from hôm qua, năm ngoái ... against a reference date
    UNKNOWN = "unknown"  # no rule applied; year is None


@attrs.frozen
class DateValue:
    """A calendar day as read, with what else was said about it.

    ``weekday`` is 0 for Monday ... 6 for Sunday (as :meth:`datetime.date.weekday`).

    >>> v = DateValue(day=27, month=8, year=2024, year_source=YearSource.CALLER)
    >>> v.to_date()
    datetime.date(2024, 8, 27)
    >>> DateValue(day=27, month=8, year=None).to_date() is None
    True
    """

    day: int | None
    month: int | None
    year: int | None
    year_source: YearSource = YearSource.WRITTEN
    part_of_day: PartOfDay | None = None
    time: datetime.time | None = None
    weekday: int | None = None

    def to_date(self) -> datetime.date | None:
        """The :class:`datetime.date`, or ``None`` when day, month or year is unknown.

        >>> DateValue(day=6, month=1, year=2024).to_date()
        datetime.date(2024, 1, 6)
        """
        if self.day is None or self.month is None or self.year is None:
            return None
        try:
            return datetime.date(self.year, self.month, self.day)
        except ValueError:
            return None


class DateRole(enum.Enum):
    """Whether a date mention stands alone or is one end of a range.

    >>> DateRole.RANGE_START.value
    'range_start'
    """

    SINGLE = "single"
    RANGE_START = "range_start"
    RANGE_END = "range_end"


@attrs.frozen
class DateMention:
    """A date found in text: its value and the characters it came from.

    For a range (``6-7/1``) each end is its own mention; ``role`` says which end
    and ``other`` holds the value of the other end.

    >>> m = DateMention("27/8", 10, 14, DateValue(27, 8, 2024, YearSource.CALLER))
    >>> (m.day, m.month, m.year, m.to_date())
    (27, 8, 2024, datetime.date(2024, 8, 27))
    """

    text: str
    start: int
    end: int
    value: DateValue
    role: DateRole = DateRole.SINGLE
    other: DateValue | None = None

    @property
    def day(self) -> int | None:
        """The day of the month, or ``None``."""
        return self.value.day

    @property
    def month(self) -> int | None:
        """The month (1-12), or ``None``."""
        return self.value.month

    @property
    def year(self) -> int | None:
        """The year, written or inferred, or ``None``."""
        return self.value.year

    @property
    def span(self) -> Span:
        """The mention's offsets as a :class:`Span`."""
        return Span(self.start, self.end)

    def to_date(self) -> datetime.date | None:
        """The :class:`datetime.date` of the value, or ``None``."""
        return self.value.to_date()


class PeriodKind(enum.Enum):
    """What sort of stretch of time a :class:`Period` is.

    >>> PeriodKind("quarter") is PeriodKind.QUARTER
    True
    """

    DAY_RANGE = "day_range"  # từ ngày 8 đến 10/1
    MONTH = "month"  # tháng 7/2024
    QUARTER = "quarter"  # quý I/2024
    HALF = "half"  # 6 tháng đầu năm
    YEAR_TO_MONTH = "year_to_month"  # 7 tháng đầu năm 2024, lũy kế hết tháng 11/2023
    YEAR = "year"  # năm 2024
    YEARS = "years"  # giai đoạn 2016 - 2020
    TERM = "term"  # nhiệm kỳ 2021-2026
    OPEN = "open"  # từ tháng 1/2023, đến nay
    SAME_PERIOD_LAST_YEAR = "same_period_last_year"  # cùng kỳ năm 2023


@attrs.frozen
class Period:
    """A stretch of calendar time with inclusive ``start`` and ``end`` days.

    Either end may be ``None`` for an open period (``đến nay``).

    >>> p = Period(datetime.date(2024, 1, 1), datetime.date(2024, 7, 31), PeriodKind.YEAR_TO_MONTH)
    >>> p.days
    213
    """

    start: datetime.date | None
    end: datetime.date | None
    kind: PeriodKind = PeriodKind.YEARS

    @property
    def days(self) -> int | None:
        """Number of days covered, both ends included, or ``None`` if open."""
        if self.start is None or self.end is None:
            return None
        return (self.end - self.start).days + 1


@attrs.frozen
class PeriodMention:
    """A period found in text.

    ``start``/``end`` are character offsets, as for every mention; the dates are
    on ``value``.

    >>> p = Period(datetime.date(2024, 7, 1), datetime.date(2024, 7, 31), PeriodKind.MONTH)
    >>> m = PeriodMention("tháng 7/2024", 0, 12, p)
    >>> m.value.end
    datetime.date(2024, 7, 31)
    """

    text: str
    start: int
    end: int
    value: Period

    @property
    def span(self) -> Span:
        """The mention's offsets as a :class:`Span`."""
        return Span(self.start, self.end)


# --------------------------------------------------------------------------- amounts


class AmountKind(enum.Enum):
    """What an :class:`Amount` measures.

    >>> AmountKind.PERCENT.value
    'percent'
    """

    MONEY = "money"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    MULTIPLE = "multiple"  # gấp 6 lần
    COUNT = "count"  # 274 dự án
    MEASURE = "measure"  # 300 MW, 2.337 km
    NUMBER = "number"  # a bare number


class Qualifier(enum.Enum):
    """A word before an amount that bounds or softens it.

    >>> Qualifier.MORE_THAN.value
    'more_than'
    """

    APPROXIMATELY = "approximately"  # khoảng, xấp xỉ, chừng
    NEARLY = "nearly"  # gần (just under)
    MORE_THAN = "more_than"  # hơn, trên, vượt
    AT_LEAST = "at_least"  # ít nhất, tối thiểu
    AT_MOST = "at_most"  # tối đa, không quá
    LESS_THAN = "less_than"  # dưới
    ESTIMATED = "estimated"  # ước đạt, ước tính


@attrs.frozen
class Amount:
    """An exact quantity: money, a percentage, a count or a measure.

    ``currency`` is an ISO 4217 code for money; ``unit`` is ``"%"`` for
    percentages, the counted noun for counts (``"dự án"``), the physical unit for
    measures (``"MW"``), ``"lần"`` for multiples. ``per`` is the time unit of a
    rate (``1 tỷ USD/năm`` has ``per="năm"``).

    >>> from decimal import Decimal
    >>> Amount(Decimal("16.7"), unit="%", kind=AmountKind.PERCENT).value
    Decimal('16.7')
    """

    value: Decimal
    currency: str | None = None
    unit: str | None = None
    kind: AmountKind = AmountKind.MONEY
    qualifier: Qualifier | None = None
    per: str | None = None


@attrs.frozen
class AmountMention:
    """An amount found in text, with the characters it came from.

    A qualifier word (``hơn``, ``khoảng``) is read into ``amount.qualifier`` but
    stays outside ``text``.

    >>> from decimal import Decimal
    >>> m = AmountMention("1,1 tỷ USD", 0, 10, Amount(Decimal("1100000000"), "USD"))
    >>> (m.value, m.currency, m.unit)
    (Decimal('1100000000'), 'USD', None)
    """

    text: str
    start: int
    end: int
    amount: Amount

    @property
    def value(self) -> Decimal:
        """The exact value."""
        return self.amount.value

    @property
    def currency(self) -> str | None:
        """The ISO 4217 currency code, or ``None``."""
        return self.amount.currency

    @property
    def unit(self) -> str | None:
        """``"%"``, a counted noun, a physical unit, or ``None`` for money."""
        return self.amount.unit

    @property
    def kind(self) -> AmountKind:
        """What the amount measures."""
        return self.amount.kind

    @property
    def span(self) -> Span:
        """The mention's offsets as a :class:`Span`."""
        return Span(self.start, self.end)


# --------------------------------------------------------------------------- people and meetings


@attrs.frozen
class Official:
    """A person named with a title or role.

    ``name`` is the fullest spelling in the article (NFC); ``aliases`` are the
    other spellings of the same person there; ``country`` is ISO 3166-1 alpha-2;
    ``mentions`` are the spans of every place the person is named.

    >>> o = Official("Bùi Thanh Sơn", ("Phó Thủ tướng", "Bộ trưởng Ngoại giao"), "VN")
    >>> o.titles[0]
    'Phó Thủ tướng'
    """

    name: str
    titles: tuple[str, ...] = ()
    country: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()


class MeetingKind(enum.Enum):
    """The form an encounter took.

    ``cameo`` gives the CAMEO event code used by political-event datasets.

    >>> MeetingKind.PHONE_CALL.value, MeetingKind.PHONE_CALL.cameo
    ('phone_call', '041')
    """

    PHONE_CALL = "phone_call"
    TALKS = "talks"
    MEETING = "meeting"
    RECEPTION = "reception"
    VISIT = "visit"
    CONFERENCE = "conference"

    @property
    def cameo(self) -> str:
        """The CAMEO code: 040 consult, 041 by telephone, 042 visit, 043 host a visit, 044 third location."""
        return _CAMEO[self.value]


_CAMEO = {
    "phone_call": "041",
    "talks": "040",
    "meeting": "040",
    "reception": "043",
    "visit": "042",
    "conference": "040",
}


class MeetingStatus(enum.Enum):
    """Whether a meeting took place or was announced.

    >>> MeetingStatus.ANNOUNCED.value
    'announced'
    """

    HELD = "held"
    ANNOUNCED = "announced"


@attrs.frozen
class Meeting:
    """One encounter between officials.

    ``hosts`` and ``guests`` are subsets of ``participants`` where the text says
    who received whom. ``evidence`` is the span of the sentence that reports it.

    >>> m = Meeting(MeetingKind.PHONE_CALL, None, "Văn phòng Chính phủ", (), online=True)
    >>> m.kind.cameo
    '041'
    """

    kind: MeetingKind
    date: DateMention | None
    location: str | None
    participants: tuple[Official, ...]
    online: bool = False
    hosts: tuple[Official, ...] = ()
    guests: tuple[Official, ...] = ()
    occasion: str | None = None
    status: MeetingStatus = MeetingStatus.HELD
    evidence: Span | None = None
    location_country: str | None = None  # ISO 3166-1 alpha-2 of the place, when known

    @property
    def cameo(self) -> str:
        """The CAMEO event code of this meeting (044 when held at a third location).

        A third location is a place in a country that is none of the participants'
        (at least two participant countries known); a phone call has no location.

        >>> vn, la = Official("A", country="VN"), Official("B", country="LA")
        >>> Meeting(MeetingKind.MEETING, None, "Trùng Khánh", (vn, la), location_country="CN").cameo
        '044'
        >>> Meeting(MeetingKind.MEETING, None, "Viêng Chăn", (vn, la), location_country="LA").cameo
        '040'
        """
        countries = {p.country for p in self.participants if p.country is not None}
        if (
            self.kind is not MeetingKind.PHONE_CALL
            and self.location_country is not None
            and len(countries) >= 2
            and self.location_country not in countries
        ):
            return "044"
        return self.kind.cameo


# --------------------------------------------------------------------------- trade


class TradeMetric(enum.Enum):
    """The typed meaning of a trade or investment figure.

    >>> TradeMetric.TURNOVER.value
    'turnover'
    """

    TURNOVER = "turnover"
    EXPORT = "export"
    IMPORT = "import"
    BALANCE = "balance"
    INVESTMENT_REGISTERED = "investment_registered"
    INVESTMENT_DISBURSED = "investment_disbursed"
    INVESTMENT = "investment"
    PROJECTS = "projects"
    OTHER = "other"


class FigureStatus(enum.Enum):
    """Whether a figure is an actual result, an estimate or a target.

    >>> FigureStatus.TARGET.value
    'target'
    """

    ACTUAL = "actual"
    ESTIMATE = "estimate"
    TARGET = "target"


@attrs.frozen
class Change:
    """The change reported beside a figure, and what it is measured against.

    ``percent`` is signed (negative for a fall); ``multiple`` is set for
    ``gấp 6 lần``.

    >>> from decimal import Decimal
    >>> Change(percent=Decimal("-1.6")).percent
    Decimal('-1.6')
    """

    percent: Decimal | None = None
    multiple: Decimal | None = None
    baseline: Period | None = None
    baseline_text: str | None = None


@attrs.frozen
class TradeFigure:
    """A statement of bilateral trade or investment volume.

    ``metric`` is the metric as written, lower case; ``metric_kind`` the typed
    meaning. ``exporter``/``importer``/``partners`` are ISO 3166-1 alpha-2 codes.

    >>> import datetime
    >>> from decimal import Decimal
    >>> t = TradeFigure(
    ...     "kim ngạch xuất nhập khẩu",
    ...     Amount(Decimal("1100000000"), "USD"),
    ...     Period(datetime.date(2024, 1, 1), datetime.date(2024, 7, 31)),
    ...     Change(percent=Decimal("16.7")),
    ... )
    >>> t.change.percent if t.change else None
    Decimal('16.7')
    """

    metric: str
    amount: Amount
    period: Period | None
    change: Change | None
    metric_kind: TradeMetric = TradeMetric.OTHER
    status: FigureStatus = FigureStatus.ACTUAL
    commodity: str | None = None
    exporter: str | None = None
    importer: str | None = None
    partners: tuple[str, ...] = ()
    amount_span: Span | None = None
    evidence: Span | None = None


# --------------------------------------------------------------------------- article


@attrs.frozen
class Caption:
    """A photo caption, kept apart from the body, with its credit.

    >>> Caption("Thủ tướng Phạm Minh Chính.", "VGP", Span(0, 35)).credit
    'VGP'
    """

    text: str
    credit: str | None
    span: Span


@attrs.frozen
class Article:
    """Everything read from one raw article.

    ``text`` is the caller's text (decoded, if bytes were given); every span in
    the article points into it. ``title`` and ``paragraphs`` are NFC-normalised
    text; ``paragraph_spans`` says where each paragraph stands in ``text``.

    >>> a = Article(url=None, title="Tiêu đề", paragraphs=("Đoạn một.",))
    >>> a.paragraphs
    ('Đoạn một.',)
    """

    url: str | None
    title: str
    paragraphs: tuple[str, ...]
    officials: tuple[Official, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    trade_figures: tuple[TradeFigure, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    dates: tuple[DateMention, ...] = ()
    periods: tuple[PeriodMention, ...] = ()
    amounts: tuple[AmountMention, ...] = ()
    published: datetime.datetime | None = None
    byline: str | None = None
    source_name: str | None = None
    captions: tuple[Caption, ...] = ()
    title_span: Span | None = None
    paragraph_spans: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    text: str = ""

    def quote(self, span: Span) -> str:
        """The caller's text under ``span``: the words a figure was read from.

        >>> a = Article(url=None, title="", paragraphs=(), text="Sáng ngày 27/8")
        >>> a.quote(Span(10, 14))
        '27/8'
        """
        return span.slice(self.text)

    def sentence_of(self, span: Span) -> Span | None:
        """The sentence span that contains ``span``, for citing a figure.

        >>> a = Article(url=None, title="", paragraphs=(), text="A. B.", sentences=(Span(0, 2), Span(3, 5)))
        >>> a.sentence_of(Span(3, 4))
        Span(start=3, end=5)
        """
        for sentence in self.sentences:
            if sentence.start <= span.start and span.end <= sentence.end:
                return sentence
        return None
