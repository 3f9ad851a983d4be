"""Find the layout of a raw article: URL, title, timestamp, byline, captions, chrome, paragraphs.

:func:`read_layout` reads normalised text line by line and gives every
non-empty line (or part of a line) exactly one role:

- ``Zone.URL``: a web address on the first line (or below meta lines above the title);
- ``Zone.TITLE``: the first line of text (two lines when the headline was
  broken), without a timestamp glued before or after it and without a trailing
  site name (``... - Báo Quốc tế``); a first line too long for a headline
  (text that lost its line breaks) gives its first sentence as the title when
  that is short, else no title and a ``long-first-line`` diagnostic, and the
  rest of the line is body;
- ``Zone.META``: timestamp and byline lines (``27/08/2024 15:42``,
  ``Quang Hòa 18:17 | 28/01/2024``, ``PV - 16:45, 17/04/2025``,
  ``Thứ ba, 12/04/2022 - 08:23``, ``11:17 AM 28/02/2024``,
  ``2023-02-11 15:51:44(GMT+08:00)``, ``Chính trị 18-05-2022``, ``Ngọc Vân |``,
  ``- PHẠM KIÊN - BÁ THÀNH``), source prefixes of the first paragraph
  (``TPO - ``, ``(VOV5) - ``, ``(Baonghean.vn) - ``, a lone ``(VTC News) -``;
  a bare acronym only if it is a known outlet, and only before a capital, so
  that ``VNG - công ty ...`` and ``PSG - Bayern`` stay) and ``Theo TTXVN`` lines;
- ``Zone.CAPTION``: photo captions: lines or inline sentences followed by a
  credit (``Ảnh: VGP``, ``(Ảnh: Hải Tiến)``, ``(Nguồn: TTXVN)``,
  ``- Ảnh Báo Chính phủ.``), a credit line on its own (with the short line
  before it), a line repeated twice in a row (image alt text, then caption),
  lines ending in a pipe (``|``) or in ``-2``, ``-3`` (alt text), ``![]()`` markup;
- ``Zone.CHROME``: page furniture dropped from the body, each with a
  ``dropped-chrome`` diagnostic naming the line: ``Theo dõi ... trên ...``,
  ``Chia sẻ:``, ``./.`` end marks, ``Biên tập viên:Name``, related links,
  breadcrumbs, the title repeated, author initials (``T.H``), a short headline
  without a final stop dropped between paragraphs;
- ``Zone.BODY``: everything else, one paragraph per line (a line split by an
  inline caption gives two paragraphs).

Spans in the returned :class:`~vnlao_corpus.text.document.Layout` (and in its
diagnostics) are offsets into the normalised text that was read;
:func:`~vnlao_corpus.text.document.read_document` maps the diagnostics back.

>>> text = "Bộ trưởng gặp người đồng cấp Lào 27/08/2024 15:42\\nTPO - Sáng 27/8, hai bên gặp nhau.\\nChia sẻ:"
>>> layout = read_layout(text)
>>> layout.title, layout.published, layout.source_name
('Bộ trưởng gặp người đồng cấp Lào', datetime.datetime(2024, 8, 27, 15, 42), 'TPO')
>>> [text[s:e] for s, e in layout.paragraphs]
['Sáng 27/8, hai bên gặp nhau.']
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from typing import Final, NamedTuple

from ..model import Diagnostic, Severity, Span
from .document import Caption, Layout, Zone
from .sentences import sentence_spans

__all__ = ["read_layout", "read_timestamp"]

# --------------------------------------------------------------------------- timestamps

_DATE_Y: Final = r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})"
_TIME: Final = r"(?:\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2})(?:\ ?[AaPp]\.?[Mm]\.?)?)"
_TZ: Final = r"(?:\ ?\(?(?:GMT|UTC)\ ?[+\-−]\ ?\d{1,2}(?::?\d{2})?\)?)"
_WEEKDAY: Final = (
    r"(?:[Tt]hứ\ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|THỨ\ (?:HAI|BA|TƯ|NĂM|SÁU|BẢY|[2-7])"
    r"|[Cc]hủ\ [Nn]hật|CHỦ\ NHẬT)"
)
_SEP: Final = r"(?:\ ?[,|\-–—]\ ?|\ )"
_STAMP_BODY: Final = (
    rf"(?:{_WEEKDAY}{_SEP})?"
    rf"(?:{_DATE_Y}(?:{_SEP}?{_TIME})?{_TZ}?|{_TIME}{_TZ}?{_SEP}?(?:{_WEEKDAY}{_SEP})?{_DATE_Y}{_TZ}?)"
)
# A publication timestamp: optional weekday, a date with a year, a clock time
# before or after it, an optional zone. Every quantifier is bounded.
_STAMP: Final = re.compile(rf"(?<![\d/.\-])(?:{_STAMP_BODY})")
_STAMP_AT_END: Final = re.compile(rf"(?<![\d/.\-])(?:{_STAMP_BODY})\ *$")
# A cheap test run before the timestamp patterns: a year after a date separator or before one.
_YEAR: Final = re.compile(r"[/.\-](?:19|20)\d\d|(?:19|20)\d\d-")
_DATE_PARTS: Final = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})")
_TIME_PARTS: Final = re.compile(r"(?<![\d/.\-])(\d{1,2})(?::(\d{2})(?::(\d{2}))?|h(\d{2}))(?:\ ?([AaPp])\.?[Mm]\.?)?")
_TZ_PARTS: Final = re.compile(r"(?:GMT|UTC)\ ?([+\-−])\ ?(\d{1,2})(?::?(\d{2}))?")


def read_timestamp(text: str) -> datetime.datetime | None:
    """Read the first publication timestamp in ``text``: date with year, clock time, zone.

    Midnight when no time is written; timezone-aware only when the text names
    the zone (``GMT+08:00``). ``None`` when there is no timestamp or it is not
    a real date.

    >>> read_timestamp("Quang Hòa 18:17 | 28/01/2024")
    datetime.datetime(2024, 1, 28, 18, 17)
    >>> read_timestamp("11:17 PM 28/02/2024")
    datetime.datetime(2024, 2, 28, 23, 17)
    >>> read_timestamp("2023-02-11 15:51:44(GMT+08:00)").utcoffset()
    datetime.timedelta(seconds=28800)
    >>> read_timestamp("31/02/2024") is None
    True
    """
    m = _STAMP.search(text)
    if m is None:
        return None
    return _read_stamp(m.group())


def _read_stamp(stamp: str) -> datetime.datetime | None:
    d = _DATE_PARTS.search(stamp)
    if d is None:
        return None
    if d.group(1):
        day, month, year = int(d.group(1)), int(d.group(2)), int(d.group(3))
    else:
        year, month, day = int(d.group(4)), int(d.group(5)), int(d.group(6))
    hour = minute = second = 0
    t = _TIME_PARTS.search(stamp[: d.start()] + " " * (d.end() - d.start()) + stamp[d.end() :])
    if t is not None:
        hour = int(t.group(1))
        minute = int(t.group(2) or t.group(4))
        second = int(t.group(3) or 0)
        half = t.group(5)
        if half is not None:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if half in "Pp" else 0)
    tz: datetime.tzinfo | None = None
    z = _TZ_PARTS.search(stamp)
    if z is not None:
        offset = datetime.timedelta(hours=int(z.group(2)), minutes=int(z.group(3) or 0))
        if offset >= datetime.timedelta(hours=15):
            return None
        tz = datetime.timezone(-offset if z.group(1) in "-−" else offset)
    try:
        return datetime.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError:
        return None


# --------------------------------------------------------------------------- line patterns

_URL_LINE: Final = re.compile(r"(?:https?://|www\.)\S+")
# Section names that stand before a date on a meta line (``Chính trị 18-05-2022``).
_SECTIONS: Final = frozenset(
    s.casefold()
    for s in (
        "Chính trị", "Thời sự", "Thế giới", "Kinh tế", "Xã hội", "Quốc tế", "Đối ngoại", "Tin tức",
        "Kinh doanh", "Quốc phòng", "An ninh", "Quốc phòng - An ninh", "Văn hóa", "Giáo dục", "Pháp luật",
        "Du lịch", "Tiêu điểm", "Thời sự quốc tế", "Tin nổi bật", "Trong nước", "Hoạt động lãnh đạo",
    )
)  # fmt: skip
# Words beside a timestamp that are not a byline.
_NOT_BYLINE: Final = frozenset(
    s.casefold()
    for s in ("Ngày", "Sáng", "Trưa", "Chiều", "Tối", "Đêm", "Cập nhật", "Cập nhật lúc", "Đăng lúc", "Đăng ngày",
              "Ngày đăng", "Thời gian", "Lúc", "GMT+7", "Tác giả")
)  # fmt: skip
_EDGE_SEPARATORS: Final = " -–—|,:"
# ``Ngọc Vân |``: a name and a bar.
_NAME_BAR: Final = re.compile(r"(?P<name>[^|\n]{1,40}?)\ ?\|")
# ``- PHẠM KIÊN - BÁ THÀNH``: upper-case names after a dash.
_DASHED_NAMES: Final = re.compile(r"[-–—]\ ?(?P<names>[^\n]{2,60})")
# ``Theo TTXVN``, ``Nguồn: VOV``: a source note on its own line.
_SOURCE_NOTE: Final = re.compile(r"\(?(?:Theo|Nguồn|Nguồn tin)\ ?:?\ [^.!?\n]{2,60}\)?")

# A source prefix at the head of the first paragraph: (VOV5) - , TPO - , VOV.VN - , (Baonghean.vn) -
_SOURCE_PREFIX: Final = re.compile(
    r"""
    (?:
        \((?P<paren>[^()\n]{2,40})\)\ ?                # (VOV5), (Baonghean.vn), (VTC News)
      | (?P<bare>[A-ZĐ][A-ZĐ0-9+]{1,9}(?:\.(?:VN|vn|COM|com))?   # TPO, VOV.VN, VNA
      | [A-Za-z][A-Za-z0-9\-]{1,30}\.(?:vn|com|net))[ ]  # Baoquocte.vn; a space before the dash
      | (?P<named>Dân\ trí|Dân\ Việt|Vietnam\+|VietnamPlus|VietNamNet|Znews|Người\ Lao\ Động|Tin\ tức)[ ]
    )
    [-–—]\ ?
    """,
    re.VERBOSE,
)
_DATE_IN: Final = re.compile(r"\d[./-]\d")
# Outlets that sign the first paragraph with a bare acronym ("TPO - "); written in
# parentheses or as a domain, any name is accepted.
_OUTLET_ACRONYMS: Final = frozenset(
    {
        "TPO", "VOV", "VTV", "VTC", "VNA", "TTXVN", "TTO", "NDO", "PLO", "CAND", "QĐND", "SGGP", "SGGPO", "ANTĐ",
        "HNM", "NLĐO", "NLĐ", "VNE", "VNN", "ĐBND", "KTĐT", "GDTĐ", "GD&TĐ", "TG&VN", "BNA", "VOV5", "VOH", "HTV",
    }
)  # fmt: skip

# A photo credit at the end of a line: "... Ảnh: VGP", "(Ảnh: Hải Tiến)", "(Nguồn: THX/TTXVN)",
# "... - Ảnh Báo Chính phủ.", with an optional trailing bar.
_CREDIT_AT_END: Final = re.compile(
    r"""
    (?:(?<=[\s.,;(])|^)
    (?:
        \(\ ?(?P<pkind>Ảnh|Nguồn|Nguồn\ ảnh|Ảnh\ minh\ họa|Đồ\ họa|Video|Clip|Photo)\ ?:?\ ?(?P<pcredit>[^()\n]{0,80})\)
      | (?P<kind>Ảnh|Nguồn\ ảnh|Ảnh\ minh\ họa|Đồ\ họa|Video|Clip|Photo|Nguồn)\ ?:\ ?(?P<credit>[^()\n:]{1,80}?)
      | [-–]\ (?P<dkind>Ảnh)\ (?P<dcredit>[A-ZĐ][^()\n:]{0,60}?)
    )
    [\ .]*\|?\ *$
    """,
    re.VERBOSE,
)
# An inline credit inside a long scraped line, after the end of the caption sentence;
# where the credit ends is decided in code (the next stop before a capital).
_CREDIT_INLINE: Final = re.compile(
    r"""
    (?<=[.!?…”")])\ ?
    (?:
        \(\ ?(?:Ảnh|Nguồn|Ảnh\ minh\ họa)\ ?:\ ?(?P<pcredit>[^()\n]{1,60})\)\.?
      | (?:Ảnh|Ảnh\ minh\ họa)\ ?:\ ?
    )
    """,
    re.VERBOSE,
)
# The words a credit starts with; a line without one of them has no credit (a cheap test).
_CREDIT_WORD: Final = re.compile(r"Ảnh|Nguồn|Đồ họa|Video|Clip|Photo")
_ALT_SUFFIX: Final = re.compile(r"[^\W\d_]-[2-9]\ ?\|?$")
_MARKUP: Final = re.compile(r"!\[[^\]\n]{0,200}\]\(|\]\([^)\n]{0,300}\)")

# Author initials: "T.H", "HN", "N.A.".
_INITIALS: Final = r"[A-ZĐ]{1,3}(?:\.\ ?[A-ZĐ]{1,3}){0,3}\.?"
# Page chrome, matched against a whole line.
_CHROME: Final = re.compile(
    r"""
    (?P<follow>Theo\ dõi\ .{1,80}\ trên\b.{0,60})
  | (?P<share>(?:Chia\ sẻ|Share)\b\ ?:?.{0,40})
  | (?P<end>\./\.|\.\.\./\.)
  | (?P<editor>(?:Biên\ tập\ viên|BTV|Biên\ tập)\ ?:.{0,60})
  | (?P<related>(?:Xem\ thêm|Đọc\ thêm|Tin\ liên\ quan|Bài\ liên\ quan|Tin\ cùng\ chuyên\ mục|Từ\ khóa|Tags?)
        (?:\ ?(?::|>>|»).{0,200})?)
  | (?P<comment>(?:Bình\ luận|Gửi\ bình\ luận)(?:\ ?\(\d{1,5}\))?\ ?:?|In\ bài
        |(?:Bản\ quyền\ (?:thuộc|©)|Copyright|©).{0,120})
  | (?P<compiled>\(?Tổng\ hợp\)?\.?)
  | (?P<initials>\(?"""
    + _INITIALS
    + r"(?:\ ?[-–/,]\ ?"
    + _INITIALS
    + r"""){0,3}\)?)
    """,
    re.VERBOSE,
)
# What a chrome line longer than author initials (87 characters at most) starts with.
_CHROME_HEADS: Final = (
    "Theo dõi ", "Chia sẻ", "Share", "./.", ".../.", "Biên tập", "BTV", "Xem thêm", "Đọc thêm", "Tin liên quan",
    "Bài liên quan", "Tin cùng chuyên mục", "Từ khóa", "Tag", "Bình luận", "Gửi bình luận", "In bài", "Bản quyền",
    "Copyright", "©", "Tổng hợp", "(Tổng hợp",
)  # fmt: skip
# Breadcrumbs: "Trang chủ > Thế giới > Châu Á".
_CRUMBS: Final = re.compile(r"[^.!?\n>»]{1,40}(?:\ ?[>»]\ ?[^.!?\n>»]{1,60}){1,6}")
_CHROME_WHAT: Final = {
    "follow": "a follow-us line",
    "share": "a share line",
    "end": "an end mark",
    "editor": "an editor line",
    "related": "a related-links line",
    "comment": "a comment or copyright line",
    "compiled": "a compiled-by note",
    "crumbs": "a breadcrumb line",
    "initials": "author initials",
}
_END_MARK_AT_END: Final = re.compile(r"(?<=\.)/\.$")
_END_MARK_ANYWHERE: Final = re.compile(r"/\.")
# A site name after the title: "... - Báo Quốc tế", "... | VOV.VN".
_SITE_SUFFIX: Final = re.compile(
    r"""
    \ [-|–—]\ (?:
        Báo\ [^\W\d_][\w ]{1,30}
      | Tạp\ chí\ [^\W\d_][\w ]{1,30}
      | VnExpress|VOV|VOV\.VN|Tuổi\ Trẻ(?:\ Online)?|Thanh\ Niên|Tiền\ Phong|Nhân\ Dân|Dân\ trí|VietnamPlus
      | Vietnamnet|VietNamNet|ZingNews|Znews|VTV|VTC\ News|PLO|TTXVN|QĐND|CAND|Quân\ đội\ nhân\ dân
      | [A-Za-z][A-Za-z0-9\-]{1,30}\.(?:vn|VN|com|net)
    )\ *$
    """,
    re.VERBOSE,
)
_TERMINAL: Final = '.!?…:;"”’)]»'


class _Line(NamedTuple):
    """One non-empty line: stripped bounds, number and text.

    A named tuple: the cheapest record to build (with ``tuple.__new__``), a
    dozen or more per article.
    """

    start: int
    end: int
    number: int
    text: str


def _lines(text: str) -> list[_Line]:
    """The non-empty lines of ``text``, without their outer spaces, with their numbers (from 1)."""
    out: list[_Line] = []
    append = out.append
    new = tuple.__new__  # straight away: a named tuple's own __new__ is a Python function
    pos = 0
    for number, raw in enumerate(text.split("\n"), 1):
        stripped = raw.strip(" \r\t")
        if stripped:
            # Most lines start with their first visible character: no second strip to measure it.
            s = pos if raw[0] not in " \r\t" else pos + len(raw) - len(raw.lstrip(" \r\t"))
            append(new(_Line, (s, s + len(stripped), number, stripped)))
        pos += len(raw) + 1
    return out


# --------------------------------------------------------------------------- the reader


def _caption_start(caption: Caption) -> int:
    """The sort key of a caption (a module function, not a lambda: mypyc cannot compile a lambda in a method)."""
    return caption.start


def _diagnostic_start(diagnostic: Diagnostic) -> int:
    """The sort key of a layout diagnostic: where its span starts (0 without one)."""
    return diagnostic.span.start if diagnostic.span else 0


class _Reader:
    """Accumulates the roles of the lines of one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.url: str | None = None
        self.title = ""
        self.title_span: tuple[int, int] | None = None
        self.published: datetime.datetime | None = None
        self.published_span: tuple[int, int] | None = None
        self.byline: str | None = None
        self.source_name: str | None = None
        self.paragraphs: list[tuple[int, int]] = []
        self.captions: list[Caption] = []
        self.others: list[tuple[int, int, Zone]] = []
        self.diagnostics: list[Diagnostic] = []

    # ---- recording

    def meta(self, start: int, end: int) -> None:
        self.others.append((start, end, Zone.META))

    def chrome(self, start: int, end: int, line: int, what: str) -> None:
        self.others.append((start, end, Zone.CHROME))
        quoted = self.text[start:end]
        if len(quoted) > 60:
            quoted = quoted[:57] + "..."
        self.diagnostics.append(
            Diagnostic("dropped-chrome", f"line {line}: dropped {what} {quoted!r}", Span(start, end), Severity.INFO)
        )

    def caption(self, start: int, end: int, credit: str | None) -> None:
        if credit is not None:
            credit = credit.strip(" .|/") or None
        self.captions.append(Caption(start, end, credit))

    def stamp(self, start: int, end: int, line: int) -> None:
        """Record a timestamp at ``[start, end)`` as META, and as the publication time if first."""
        self.meta(start, end)
        if self.published_span is not None:
            return
        value = _read_stamp(self.text[start:end])
        if value is None:
            self.diagnostics.append(
                Diagnostic(
                    "impossible-timestamp",
                    f"line {line}: {self.text[start:end]!r} is not a real date and time",
                    Span(start, end),
                )
            )
            return
        self.published = value
        self.published_span = (start, end)

    def set_byline(self, value: str) -> None:
        value = value.strip(_EDGE_SEPARATORS)
        if value and self.byline is None:
            self.byline = value

    def build(self) -> Layout:
        return Layout(
            url=self.url,
            title=self.title,
            title_span=self.title_span,
            published=self.published,
            published_span=self.published_span,
            byline=self.byline,
            source_name=self.source_name,
            paragraphs=tuple(sorted(self.paragraphs)),
            captions=tuple(sorted(self.captions, key=_caption_start)),
            others=tuple(sorted(self.others)),
            diagnostics=tuple(sorted(self.diagnostics, key=_diagnostic_start)),
        )


def read_layout(text: str) -> Layout:
    """Read the layout of normalised ``text`` (see the module docstring for the roles).

    Never raises; every non-empty line is given a role.

    >>> layout = read_layout("KIM NGẠCH TĂNG\\n- PHẠM AN - LÊ BÌNH\\nKim ngạch đạt 1 tỷ USD.\\nHai bên gặp. Ảnh: VGP")
    >>> layout.title, layout.byline, len(layout.paragraphs), layout.captions[0].credit
    ('KIM NGẠCH TĂNG', 'PHẠM AN - LÊ BÌNH', 1, 'VGP')
    """
    lines = _lines(text)
    reader = _Reader(text)
    if not lines:
        reader.diagnostics.append(Diagnostic("empty-text", "the text has no visible characters", None))
        return reader.build()
    i = 0
    # The URL line, and meta lines above the headline (a timestamp, a section, a lone source).
    while i < len(lines) - 1 or (i == 0 and len(lines) == 1):
        line = lines[i]
        if reader.url is None and _URL_LINE.fullmatch(line.text):
            reader.url = line.text
            reader.others.append((line.start, line.end, Zone.URL))
        elif not (i < len(lines) - 1 and (_meta_line(reader, line) or _lone_source(reader, line))):
            break
        i += 1
    if i < len(lines):
        i = _read_title(reader, lines, i)
    _read_body(reader, lines[i:])
    if reader.title_span is None and not any(d.code == "long-first-line" for d in reader.diagnostics):
        reader.diagnostics.append(Diagnostic("no-title", "no line of the text can be read as a title", None))
    return reader.build()


def _read_title(reader: _Reader, lines: list[_Line], i: int) -> int:
    """Read the title at ``lines[i]`` (and maybe ``lines[i + 1]``); return the next index."""
    line = lines[i]
    start, end = line.start, line.end
    text = reader.text
    # A timestamp glued at the end ("... điện đàm 27/08/2024 15:42") or the start.
    window = max(start, end - 60)
    m = _STAMP_AT_END.search(text, window, end) if _YEAR.search(text, window, end) else None
    if m is not None and m.start() > start and _has_time(m.group()):
        stamp_start = m.start()
        reader.stamp(stamp_start, end, line.number)
        end = stamp_start
    else:
        m = _STAMP.match(text, start, end) if _YEAR.search(text, start, min(end, start + 60)) else None
        # Not when the stamp's last digit carries a stray mark: never cut a letter from its marks.
        if m is not None and m.end() < end and _has_time(m.group()) and not unicodedata.combining(text[m.end()]):
            reader.stamp(start, m.end(), line.number)
            start = m.end()
    while start < end and text[start] in _EDGE_SEPARATORS:
        start += 1
    while end > start and text[end - 1] in " -–—|":
        end -= 1
    # A site name after the headline.
    site = _SITE_SUFFIX.search(text, max(start, end - 45), end)
    if site is not None and site.start() > start:
        reader.meta(site.start() + 1, end)
        end = site.start()
    if end - start > _LONG_TITLE_LINE:
        return _read_long_first_line(reader, lines, i, start, end)
    title = text[start:end]
    nxt = i + 1
    # A headline broken over two lines.
    soft_break = line.end < len(text) and text[line.end] in " \t"
    # Only a line read to its end continues on the next (nothing glued was cut off).
    if end == line.end and nxt < len(lines) and _continues_title(title, lines[nxt], soft_break):
        title = f"{title} {lines[nxt].text}"
        end = lines[nxt].end
        nxt += 1
    if end <= start:
        # Only separators on the title line: nothing to call a title.
        reader.chrome(line.start, line.end, line.number, "a line of separators")
        return nxt
    reader.title = title
    reader.title_span = (start, end)
    return nxt


# Headlines are short (the longest in the news pool has 167 characters): a first
# line longer than this is body text that lost its line breaks, or a headline glued to it.
_LONG_TITLE_LINE: Final = 250
_MAX_TITLE: Final = 200


def _read_long_first_line(reader: _Reader, lines: list[_Line], i: int, start: int, end: int) -> int:
    """Read a first line too long for a headline: its first sentence is the title if short, the rest body.

    ``lines[i]`` is replaced by what is left of it for the body (the whole
    line when there is no short first sentence, with a ``long-first-line``
    diagnostic and no title); returns ``i`` so that the body reads it.
    """
    text = reader.text
    line = lines[i]
    spans = sentence_spans(text, start, end)
    if len(spans) > 1 and spans[0][1] - spans[0][0] <= _MAX_TITLE:
        title_start, title_end = spans[0]
        reader.title = text[title_start:title_end]
        reader.title_span = (title_start, title_end)
        body_start = spans[1][0]
    else:
        reader.diagnostics.append(
            Diagnostic(
                "long-first-line",
                f"line {line.number}: the first line has {end - start} characters and no short first sentence;"
                " read as body, with no title",
                Span(start, end),
            )
        )
        body_start = start
    lines[i] = _Line(body_start, end, line.number, text[body_start:end])
    return i


def _has_stamp(text: str) -> bool:
    return _YEAR.search(text) is not None and _STAMP.search(text) is not None


def _has_time(stamp: str) -> bool:
    return ":" in stamp or _TIME_PARTS.search(stamp) is not None


def _continues_title(title: str, line: _Line, soft_break: bool) -> bool:
    """Whether ``line`` is the second half of a headline broken after ``title``.

    It is when it is short, reads as a headline (no final stop) and: starts in
    lower case, or follows a kicker ending in ``:`` or ``,``, or follows a line
    that ended in a space (a soft break), or both halves are in capitals.
    """
    t = line.text
    if not title or title[-1] in ".!?" or len(t) > 100 or t[-1] in ".;:":
        return False
    if _has_stamp(t) or _credit_at_end(t) or _URL_LINE.match(t):
        return False
    first = t[0]
    if first in "-–—|(" or (_upper_name_line(t) and len(t.split()) <= 3):
        return False
    if first.islower():
        return len(t) <= 80 and t[-1] not in "!?"
    if title[-1] in ":," or soft_break:
        return True
    return title.isupper() and t.isupper() and len(title) < 120


def _meta_line(reader: _Reader, line: _Line) -> bool:
    """Record ``line`` as a meta line (timestamp, byline, section) if it is one."""
    text = line.text
    if len(text) > 90:
        return False
    m = _STAMP.search(text) if _YEAR.search(text) else None
    if m is not None:
        before = text[: m.start()].strip(_EDGE_SEPARATORS)
        after = text[m.end() :].strip(_EDGE_SEPARATORS)
        if _beside_stamp(before) and _beside_stamp(after):
            reader.stamp(line.start + m.start(), line.start + m.end(), line.number)
            for part, offset in ((before, text.find(before)), (after, text.rfind(after))):
                if part:
                    reader.meta(line.start + offset, line.start + offset + len(part))
                    if part.casefold() not in _SECTIONS and part.casefold() not in _NOT_BYLINE:
                        reader.set_byline(part)
            return True
        return False
    bar = _NAME_BAR.fullmatch(text) if text[-1] == "|" else None
    if bar is not None and _is_name(bar.group("name")):
        reader.meta(line.start, line.end)
        reader.set_byline(bar.group("name"))
        return True
    dashed = _DASHED_NAMES.fullmatch(text) if text[0] in "-–—" else None
    if dashed is not None and _upper_name_line(dashed.group("names")):
        reader.meta(line.start, line.end)
        reader.set_byline(dashed.group("names"))
        return True
    if text.casefold() in _SECTIONS:
        reader.meta(line.start, line.end)
        return True
    return False


def _beside_stamp(part: str) -> bool:
    """Whether ``part`` may stand beside a timestamp on a meta line: nothing, a section, a name."""
    key = part.casefold()
    return not part or key in _SECTIONS or key in _NOT_BYLINE or _is_name(part)


def _is_name(part: str) -> bool:
    """A byline: up to five capitalised words (``Quang Hòa``, ``PV``, ``Ngọc Vân``), no digits."""
    words = part.replace("-", " ").replace("–", " ").replace(",", " ").split()
    return (
        0 < len(words) <= 5 and len(part) <= 40 and all(w[0].isupper() and w.replace(".", "").isalpha() for w in words)
    )


def _upper_name_line(text: str) -> bool:
    """An all-caps name line such as ``TRẦN ANH`` or ``MINH AN - HỒNG HÀ``."""
    if len(text) > 60 or not text.isupper():
        return False
    words = text.replace("-", " ").replace("–", " ").replace(",", " ").split()
    return 0 < len(words) <= 8 and all(w.isalpha() and len(w) > 1 for w in words)


def _read_body(reader: _Reader, lines: list[_Line]) -> None:
    text = reader.text
    title_key = reader.title.casefold()
    body: list[_Line] = []
    n = len(lines)
    skip_next = False
    # Whole-text tests (one C-speed scan each) that spare most lines a per-line test.
    # A one-character ``in`` is the fastest scan there is; a longer needle (``"/." in
    # text``) is several times slower than a pattern with a literal prefix.
    crumbs = "»" in text or ">" in text
    end_marks = _END_MARK_ANYWHERE.search(text) is not None
    brackets = "[" in text or "]" in text  # image markup needs one
    photo = "Ả" in text  # an inline credit starts with "Ảnh"
    # A credit at the end of a line needs ")" (``(Ảnh: VGP)``), ":" (``Ảnh: VGP``) or
    # "Ả" (``- Ảnh VGP``): a line without any of them is spared the credit search.
    credit_marks = photo or ":" in text or ")" in text
    for k, line in enumerate(lines):
        if skip_next:
            skip_next = False
            continue
        t = line.text
        last = k >= n - 2
        if title_key and body and len(t) <= len(title_key) and t.casefold() == title_key:
            reader.chrome(line.start, line.end, line.number, "the title repeated")
            continue
        size = len(t)
        chrome = _CHROME.fullmatch(t) if size <= 87 or (size <= 260 and t.startswith(_CHROME_HEADS)) else None
        if chrome is not None and chrome.lastgroup is not None:
            reader.chrome(line.start, line.end, line.number, _CHROME_WHAT[chrome.lastgroup])
            continue
        if crumbs and ("»" in t or ">" in t) and _CRUMBS.fullmatch(t):
            reader.chrome(line.start, line.end, line.number, "a breadcrumb line")
            continue
        if size <= 90 and _meta_line(reader, line):
            continue
        if (not body or last) and _upper_name_line(t):
            reader.meta(line.start, line.end)
            reader.set_byline(t)
            continue
        if last and _SOURCE_NOTE.fullmatch(t):
            reader.meta(line.start, line.end)
            continue
        if not body and _lone_source(reader, line):
            continue
        # Most lines are no caption: a cheap test of what each kind of caption line
        # needs (a credit's marks, a copy on the next line, a short line's ending or
        # markup) spares them the call and its searches.
        if (
            (credit_marks and (":" in t or ")" in t or "Ả" in t))
            or (k + 1 < n and lines[k + 1].text == t)
            or (size <= 300 and (brackets or t.endswith(" |") or t.find("-", size - 7) >= 0))
        ) and _caption_line(reader, lines, k, body, brackets):
            # A repeated line is captioned together with its copy.
            skip_next = k + 1 < n and lines[k + 1].text == t
            if skip_next:
                reader.caption(lines[k + 1].start, lines[k + 1].end, _credit_of(lines[k + 1].text))
            continue
        if size <= 120 and body and k < n - 1 and _stray_headline(t):
            reader.chrome(line.start, line.end, line.number, "a stray headline")
            continue
        body.append(line)
    first = True
    for line in body:
        start, end = line.start, line.end
        if first:
            start = _strip_source_prefix(reader, start, end)
            first = False
        mark = _END_MARK_AT_END.search(text, max(start, end - 3), end) if end_marks else None
        if mark is not None:
            reader.chrome(mark.start(), end, line.number, "an end mark")
            end = mark.start()
        if photo:
            _split_inline_captions(reader, start, end)
        elif start < end and text[start] not in " \r\t" and text[end - 1] not in " \r\t":
            # Already without outer spaces (the common case): what _add_paragraph would add.
            reader.paragraphs.append((start, end))
        else:
            _add_paragraph(reader, start, end)


def _lone_source(reader: _Reader, line: _Line) -> bool:
    """A line that is only a source prefix: ``(VTC News) -``."""
    m = _SOURCE_PREFIX.match(reader.text, line.start, line.end)
    if m is None or m.end() < line.end or not _is_outlet(m):
        return False
    reader.meta(line.start, line.end)
    reader.source_name = reader.source_name or _outlet(m)
    return True


def _is_outlet(m: re.Match[str]) -> bool:
    bare = m.group("bare")
    if bare is not None and bare.upper() not in _OUTLET_ACRONYMS and "." not in bare:
        # A bare capitalised word before a dash is an outlet only if known ("PSG - Bayern" is not).
        return False
    text = m.string
    after = m.end()
    while after < len(text) and text[after] == " ":
        after += 1
    if after < len(text) and text[after] != "\n" and text[after].islower():
        # "VNG - công ty ...": an acronym explained by an apposition, not a source prefix.
        return False
    paren = m.group("paren")
    # A parenthesis is an outlet when it is a short name: no list, no dateline ("(Hà Nội, 6.1)").
    return paren is None or (
        len(paren.split()) <= 4 and not any(c in paren for c in ",;:") and _DATE_IN.search(paren) is None
    )


def _outlet(m: re.Match[str]) -> str:
    return (m.group("paren") or m.group("bare") or m.group("named") or "").strip()


def _strip_source_prefix(reader: _Reader, start: int, end: int) -> int:
    m = _SOURCE_PREFIX.match(reader.text, start, end)
    if m is None or not _is_outlet(m) or m.end() >= end:
        return start
    reader.meta(start, m.end())
    reader.source_name = reader.source_name or _outlet(m)
    new = m.end()
    while new < end and reader.text[new] == " ":
        new += 1
    return new


def _credit_of(line: str) -> str | None:
    m = _credit_at_end(line)
    if m is None:
        return None
    return m.group("pcredit") or m.group("credit") or m.group("dcredit")


def _caption_line(reader: _Reader, lines: list[_Line], k: int, body: list[_Line], brackets: bool = True) -> bool:
    """Record ``lines[k]`` as a caption if it is one; return whether it was.

    ``brackets`` is False when the text has no square bracket (so no image markup).
    """
    line = lines[k]
    t = line.text
    credit = _credit_at_end(t)
    if credit is not None:
        value = credit.group("pcredit") or credit.group("credit") or credit.group("dcredit")
        kind = credit.group("pkind") or credit.group("kind") or credit.group("dkind") or ""
        if value is not None and not _plausible_credit(value):
            # "Ảnh: X.Next sentence ..." in a glued body: an inline caption, read later.
            return False
        if credit.start() == 0:
            # A credit on its own line: the short line before it is the caption text.
            if body and body[-1].number == line.number - 1 and len(body[-1].text) <= 200:
                prev = body.pop()
                reader.caption(prev.start, line.end, value)
            else:
                reader.caption(line.start, line.end, value)
            return True
        if kind.startswith("Nguồn") and t[: credit.start()].rstrip()[-1:] not in (".", "!", "?"):
            # "(Nguồn: ...)" also cites data inside body sentences; a caption's stands after a stop.
            return False
        if len(t) <= 350:
            reader.caption(line.start, line.end, value)
            return True
        return False
    if k + 1 < len(lines) and lines[k + 1].text == t and len(t) <= 400:
        reader.caption(line.start, line.end, None)
        return True
    if len(t) <= 300 and (
        t.endswith(" |")
        or (t.find("-", len(t) - 7) >= 0 and _ALT_SUFFIX.search(t, len(t) - 8))
        or (brackets and ("](" in t or "![" in t) and _MARKUP.search(t))
    ):
        reader.caption(line.start, line.end, None)
        return True
    return False


def _credit_at_end(line: str) -> re.Match[str] | None:
    window = len(line) - 120
    if window < 0:
        window = 0
    if _CREDIT_WORD.search(line, window) is None:
        return None
    return _CREDIT_AT_END.search(line, window)


_NEXT_SENTENCE: Final = re.compile(r"[.!?]\ ?(?=[^\W\d_])")


def _plausible_credit(value: str) -> bool:
    """A credit is a few words: no stop followed by a capitalised word inside it."""
    if len(value.split()) > 10:
        return False
    return not any(value[m.end()].isupper() for m in _NEXT_SENTENCE.finditer(value))


def _stray_headline(t: str) -> bool:
    """A short line with no final stop between paragraphs: a related article's headline."""
    return len(t) <= 120 and t[-1] not in _TERMINAL and len(t.split()) >= 4 and not t.endswith("...")


def _split_inline_captions(reader: _Reader, start: int, end: int) -> None:
    """Add ``[start, end)`` as paragraphs, cutting out captions inlined in it."""
    text = reader.text
    pos = start
    first = text.find("Ảnh", start, end)
    if first < 0:
        _add_paragraph(reader, start, end)
        return
    for m in _CREDIT_INLINE.finditer(text, max(start, first - 2), end):
        if m.start() < pos:
            continue
        credit = m.group("pcredit")
        cap_end: int | None = m.end()
        if credit is None:
            cap_end = _credit_end(text, m.end(), end)
            if cap_end is None:
                continue
            credit = text[m.end() : cap_end]
        assert cap_end is not None
        cap_end = min(end, _past_marks(text, cap_end))
        spans = sentence_spans(text, pos, m.start())
        if not spans:
            continue
        cap_start = spans[-1][0]
        _add_paragraph(reader, pos, cap_start)
        reader.caption(cap_start, cap_end, credit)
        pos = cap_end
    _add_paragraph(reader, pos, end)


def _credit_end(text: str, start: int, end: int) -> int | None:
    """Where an inline credit starting at ``start`` ends: after the stop before the next sentence."""
    limit = min(end, start + 60)
    dot = text.find(".", start, limit)
    while dot >= 0:
        nxt = dot + 1
        if nxt < end and text[nxt] == " ":
            nxt += 1
        if nxt >= end or text[nxt].isupper() or text[nxt] in '“"(':
            return dot + 1
        dot = text.find(".", dot + 1, limit)
    if end - start <= 60:
        # The credit runs to the end of the line.
        return end
    return None


def _past_marks(text: str, end: int) -> int:
    """Move ``end`` past combining marks that normalisation could not compose (``)`` + grave)."""
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return end


def _add_paragraph(reader: _Reader, start: int, end: int) -> None:
    text = reader.text
    while start < end and text[start] in " \r\t":
        start += 1
    while end > start and text[end - 1] in " \r\t":
        end -= 1
    if end > start:
        reader.paragraphs.append((start, end))
