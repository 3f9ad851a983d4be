"""Articles as flat tables: the shared schema of the CSV, SQLite and Arrow writers.

Each article becomes rows in up to nine tables, joined by ``article_id``:

========================  ==========================================  ==============================
table                     one row per                                 key
========================  ==========================================  ==============================
``articles``              article                                     ``article_id``
``officials``             official                                    ``article_id, official_index``
``meetings``              meeting                                     ``article_id, meeting_index``
``meeting_participants``  participant of a meeting                    ``article_id, meeting_index,
                                                                      participant_index``
``trade_figures``         trade or investment figure                  ``article_id, figure_index``
``dates``                 date mention                                ``article_id, date_index``
``periods``               period mention                              ``article_id, period_index``
``amounts``               amount mention                              ``article_id, amount_index``
``diagnostics``           diagnostic                                  ``article_id, diagnostic_index``
========================  ==========================================  ==============================

**Article id.** :func:`article_id` is the first 16 hex digits of the SHA-256
of the article's text (``Article.text``, UTF-8): stable across runs, machines
and file names, and equal for two copies of the same text, so a corpus
scraped twice joins on the same ids. Writers keep the first copy of an article
and skip the rest.

Every column has one of seven types (:data:`ColumnType`): ``str``, ``int``,
``bool``, ``decimal`` (exact), ``date``, ``datetime``, ``list`` (a list of
str, held as a JSON array in CSV and SQLite). ``start``/``end`` columns are
offsets into ``articles.text``, so ``text[start:end]`` is the quoted words.

>>> from vnlao_corpus.model import Article, Official
>>> a = Article(url=None, title="T", paragraphs=(), officials=(Official("Tô Lâm", ("Chủ tịch nước",), "VN"),), text="T")
>>> article_id(a)
'e632b7095b0bf32c'
>>> article_rows(a)["officials"]
[{'article_id': 'e632b7095b0bf32c', 'official_index': 0, 'name': 'Tô Lâm', 'titles': ['Chủ tịch nước'], \
'country': 'VN', 'aliases': [], 'mention_count': 0}]
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Literal, TypeAlias

import attrs

from ..model import Article, DateValue, Official, Period, Span

__all__ = [
    "SCHEMA",
    "TABLES",
    "Cell",
    "Column",
    "ColumnType",
    "Row",
    "Table",
    "article_id",
    "article_rows",
    "unique_articles",
]

ColumnType: TypeAlias = Literal["str", "int", "bool", "decimal", "date", "datetime", "list"]
Cell: TypeAlias = str | int | bool | Decimal | datetime.date | datetime.datetime | list[str] | None
Row: TypeAlias = dict[str, Cell]


@attrs.frozen
class Column:
    """One column: its name, type, and whether it may be empty.

    >>> Column("title", "str", nullable=False).nullable
    False
    """

    name: str
    type: ColumnType
    nullable: bool = True


@attrs.frozen
class Table:
    """A table: its columns, primary key, and foreign keys ``(columns, table, their columns)``.

    >>> SCHEMA["meetings"].primary_key
    ('article_id', 'meeting_index')
    """

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        """The names of the columns, in order."""
        return tuple(c.name for c in self.columns)


def _c(name: str, kind: ColumnType = "str", nullable: bool = True) -> Column:
    return Column(name, kind, nullable)


_ARTICLE_FK = ((("article_id",), "articles", ("article_id",)),)
_SPAN = (_c("start", "int", False), _c("end", "int", False))

#: Every table by name, in :data:`TABLES` order.
SCHEMA: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "articles",
            (
                _c("article_id", nullable=False),
                _c("url"),
                _c("title", nullable=False),
                _c("published", "datetime"),
                _c("byline"),
                _c("source_name"),
                _c("paragraph_count", "int", False),
                _c("body", nullable=False),
                _c("text", nullable=False),
            ),
            ("article_id",),
        ),
        Table(
            "officials",
            (
                _c("article_id", nullable=False),
                _c("official_index", "int", False),
                _c("name", nullable=False),
                _c("titles", "list", False),
                _c("country"),
                _c("aliases", "list", False),
                _c("mention_count", "int", False),
            ),
            ("article_id", "official_index"),
            _ARTICLE_FK,
        ),
        Table(
            "meetings",
            (
                _c("article_id", nullable=False),
                _c("meeting_index", "int", False),
                _c("kind", nullable=False),
                _c("cameo", nullable=False),
                _c("status", nullable=False),
                _c("date", "date"),
                _c("date_text"),
                _c("date_start", "int"),
                _c("date_end", "int"),
                _c("location"),
                _c("online", "bool", False),
                _c("occasion"),
                _c("participant_count", "int", False),
                _c("evidence_start", "int"),
                _c("evidence_end", "int"),
            ),
            ("article_id", "meeting_index"),
            _ARTICLE_FK,
        ),
        Table(
            "meeting_participants",
            (
                _c("article_id", nullable=False),
                _c("meeting_index", "int", False),
                _c("participant_index", "int", False),
                _c("official_index", "int"),
                _c("name", nullable=False),
                _c("titles", "list", False),
                _c("country"),
                _c("role", nullable=False),
            ),
            ("article_id", "meeting_index", "participant_index"),
            (
                *_ARTICLE_FK,
                (("article_id", "meeting_index"), "meetings", ("article_id", "meeting_index")),
                (("article_id", "official_index"), "officials", ("article_id", "official_index")),
            ),
        ),
        Table(
            "trade_figures",
            (
                _c("article_id", nullable=False),
                _c("figure_index", "int", False),
                _c("metric", nullable=False),
                _c("metric_kind", nullable=False),
                _c("status", nullable=False),
                _c("value", "decimal", False),
                _c("currency"),
                _c("unit"),
                _c("amount_kind", nullable=False),
                _c("qualifier"),
                _c("per"),
                _c("period_start", "date"),
                _c("period_end", "date"),
                _c("period_kind"),
                _c("change_percent", "decimal"),
                _c("change_multiple", "decimal"),
                _c("baseline_start", "date"),
                _c("baseline_end", "date"),
                _c("baseline_text"),
                _c("commodity"),
                _c("exporter"),
                _c("importer"),
                _c("partners", "list", False),
                _c("amount_start", "int"),
                _c("amount_end", "int"),
                _c("evidence_start", "int"),
                _c("evidence_end", "int"),
            ),
            ("article_id", "figure_index"),
            _ARTICLE_FK,
        ),
        Table(
            "dates",
            (
                _c("article_id", nullable=False),
                _c("date_index", "int", False),
                _c("text", nullable=False),
                *_SPAN,
                _c("date", "date"),
                _c("day", "int"),
                _c("month", "int"),
                _c("year", "int"),
                _c("year_source", nullable=False),
                _c("part_of_day"),
                _c("time"),
                _c("weekday", "int"),
                _c("role", nullable=False),
            ),
            ("article_id", "date_index"),
            _ARTICLE_FK,
        ),
        Table(
            "periods",
            (
                _c("article_id", nullable=False),
                _c("period_index", "int", False),
                _c("text", nullable=False),
                *_SPAN,
                _c("period_start", "date"),
                _c("period_end", "date"),
                _c("kind", nullable=False),
            ),
            ("article_id", "period_index"),
            _ARTICLE_FK,
        ),
        Table(
            "amounts",
            (
                _c("article_id", nullable=False),
                _c("amount_index", "int", False),
                _c("text", nullable=False),
                *_SPAN,
                _c("value", "decimal", False),
                _c("currency"),
                _c("unit"),
                _c("kind", nullable=False),
                _c("qualifier"),
                _c("per"),
            ),
            ("article_id", "amount_index"),
            _ARTICLE_FK,
        ),
        Table(
            "diagnostics",
            (
                _c("article_id", nullable=False),
                _c("diagnostic_index", "int", False),
                _c("code", nullable=False),
                _c("severity", nullable=False),
                _c("message", nullable=False),
                _c("start", "int"),
                _c("end", "int"),
            ),
            ("article_id", "diagnostic_index"),
            _ARTICLE_FK,
        ),
    )
}

#: The table names, parents before children (the order to create and fill them).
TABLES: tuple[str, ...] = tuple(SCHEMA)


def article_id(article: Article) -> str:
    """The stable id of an article: 16 hex digits of the SHA-256 of its text.

    >>> from vnlao_corpus.model import Article
    >>> article_id(Article(url=None, title="", paragraphs=(), text="Tiêu đề"))
    'df5a00098bccde73'
    """
    import hashlib  # here: loading OpenSSL is most of this module's import time

    return hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def unique_articles(articles: Iterable[Article]) -> Iterator[tuple[str, Article]]:
    """``(article_id, article)`` for each article whose id was not seen before, lazily.

    >>> from vnlao_corpus.model import Article
    >>> a = Article(url=None, title="", paragraphs=(), text="x")
    >>> [i for i, _ in unique_articles([a, a])]
    ['2d711642b726b044']
    """
    seen: set[str] = set()
    for article in articles:
        key = article_id(article)
        if key not in seen:
            seen.add(key)
            yield key, article


def _span(span: Span | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else (span.start, span.end)


def _enum(member: object) -> str | None:
    return None if member is None else str(member.value)  # type: ignore[attr-defined]


def _period(period: Period | None) -> tuple[datetime.date | None, datetime.date | None]:
    return (None, None) if period is None else (period.start, period.end)


def _date(value: DateValue | None) -> datetime.date | None:
    return None if value is None else value.to_date()


def _official_index(officials: tuple[Official, ...], person: Official) -> int | None:
    for index, official in enumerate(officials):
        if official == person:
            return index
    return None


def article_rows(article: Article, key: str | None = None) -> dict[str, list[Row]]:
    """The rows of ``article`` in every table, keyed by table name; ``key`` defaults to :func:`article_id`.

    >>> from vnlao_corpus.model import Article
    >>> rows = article_rows(Article(url=None, title="Tiêu đề", paragraphs=("Một.", "Hai.")), key="a1")
    >>> rows["articles"][0]["body"], rows["meetings"]
    ('Một.\\n\\nHai.', [])
    """
    aid = key if key is not None else article_id(article)
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    tables["articles"].append(
        {
            "article_id": aid,
            "url": article.url,
            "title": article.title,
            "published": article.published,
            "byline": article.byline,
            "source_name": article.source_name,
            "paragraph_count": len(article.paragraphs),
            "body": "\n\n".join(article.paragraphs),
            "text": article.text,
        }
    )
    for index, official in enumerate(article.officials):
        tables["officials"].append(
            {
                "article_id": aid,
                "official_index": index,
                "name": official.name,
                "titles": list(official.titles),
                "country": official.country,
                "aliases": list(official.aliases),
                "mention_count": len(official.mentions),
            }
        )
    for index, meeting in enumerate(article.meetings):
        mention = meeting.date
        evidence = _span(meeting.evidence)
        tables["meetings"].append(
            {
                "article_id": aid,
                "meeting_index": index,
                "kind": meeting.kind.value,
                "cameo": meeting.cameo,
                "status": meeting.status.value,
                "date": None if mention is None else mention.to_date(),
                "date_text": None if mention is None else mention.text,
                "date_start": None if mention is None else mention.start,
                "date_end": None if mention is None else mention.end,
                "location": meeting.location,
                "online": meeting.online,
                "occasion": meeting.occasion,
                "participant_count": len(meeting.participants),
                "evidence_start": evidence[0],
                "evidence_end": evidence[1],
            }
        )
        for position, person in enumerate(meeting.participants):
            role = "host" if person in meeting.hosts else "guest" if person in meeting.guests else "participant"
            tables["meeting_participants"].append(
                {
                    "article_id": aid,
                    "meeting_index": index,
                    "participant_index": position,
                    "official_index": _official_index(article.officials, person),
                    "name": person.name,
                    "titles": list(person.titles),
                    "country": person.country,
                    "role": role,
                }
            )
    for index, figure in enumerate(article.trade_figures):
        change = figure.change
        baseline = _period(change.baseline if change else None)
        period = _period(figure.period)
        amount_span, evidence = _span(figure.amount_span), _span(figure.evidence)
        tables["trade_figures"].append(
            {
                "article_id": aid,
                "figure_index": index,
                "metric": figure.metric,
                "metric_kind": figure.metric_kind.value,
                "status": figure.status.value,
                "value": figure.amount.value,
                "currency": figure.amount.currency,
                "unit": figure.amount.unit,
                "amount_kind": figure.amount.kind.value,
                "qualifier": _enum(figure.amount.qualifier),
                "per": figure.amount.per,
                "period_start": period[0],
                "period_end": period[1],
                "period_kind": _enum(figure.period.kind if figure.period else None),
                "change_percent": change.percent if change else None,
                "change_multiple": change.multiple if change else None,
                "baseline_start": baseline[0],
                "baseline_end": baseline[1],
                "baseline_text": change.baseline_text if change else None,
                "commodity": figure.commodity,
                "exporter": figure.exporter,
                "importer": figure.importer,
                "partners": list(figure.partners),
                "amount_start": amount_span[0],
                "amount_end": amount_span[1],
                "evidence_start": evidence[0],
                "evidence_end": evidence[1],
            }
        )
    for index, date in enumerate(article.dates):
        value = date.value
        tables["dates"].append(
            {
                "article_id": aid,
                "date_index": index,
                "text": date.text,
                "start": date.start,
                "end": date.end,
                "date": _date(value),
                "day": value.day,
                "month": value.month,
                "year": value.year,
                "year_source": value.year_source.value,
                "part_of_day": _enum(value.part_of_day),
                "time": None if value.time is None else value.time.isoformat(),
                "weekday": value.weekday,
                "role": date.role.value,
            }
        )
    for index, found in enumerate(article.periods):
        period_start, period_end = _period(found.value)
        tables["periods"].append(
            {
                "article_id": aid,
                "period_index": index,
                "text": found.text,
                "start": found.start,
                "end": found.end,
                "period_start": period_start,
                "period_end": period_end,
                "kind": found.value.kind.value,
            }
        )
    for index, amount in enumerate(article.amounts):
        tables["amounts"].append(
            {
                "article_id": aid,
                "amount_index": index,
                "text": amount.text,
                "start": amount.start,
                "end": amount.end,
                "value": amount.value,
                "currency": amount.currency,
                "unit": amount.unit,
                "kind": amount.kind.value,
                "qualifier": _enum(amount.amount.qualifier),
                "per": amount.amount.per,
            }
        )
    for index, diagnostic in enumerate(article.diagnostics):
        diagnostic_start, diagnostic_end = _span(diagnostic.span)
        tables["diagnostics"].append(
            {
                "article_id": aid,
                "diagnostic_index": index,
                "code": diagnostic.code,
                "severity": diagnostic.severity.value,
                "message": diagnostic.message,
                "start": diagnostic_start,
                "end": diagnostic_end,
            }
        )
    return tables
