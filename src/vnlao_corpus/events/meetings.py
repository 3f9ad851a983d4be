"""Meetings: who met whom, when, where and how.

The extractor reads each sentence of the title, body and captions once for cue
words (``điện đàm``, ``hội đàm``, ``hội kiến``, ``tiếp``, ``thăm chính thức``,
``Kỳ họp`` ...), gives each cue a role in its sentence, collects the officials
around it, and merges the mentions of one encounter (the lead, ``Tại cuộc điện
đàm, ...``, a caption repeating the lead) into one :class:`~vnlao_corpus.Meeting`.

Roles decide what a cue borrows from its sentence:

- *main*: the news of the sentence (``A đã hội đàm với B``): the participants
  are the subject and the objects up to the next main cue; the date is the
  sentence's date;
- *frame*: a cue inside ``trong khuôn khổ``, ``nhân dịp``, ``bên lề`` ...
  (``trong khuôn khổ chuyến thăm chính thức Lào``): the setting of the news,
  dated only by a date inside the frame itself;
- *secondary*: a visit or conference named after the main cue of another kind
  (``tiếp Đại tướng Tô Lâm sang thăm Lào``): dated only by its own words;
- *adjunct*: ``sau lễ đón``, ``trước lễ đón``: takes the sentence's date.

A meeting without a date of its own takes the lead's date (the first date of
the body), then the publication date, unless it was scheduled or a month
(``tháng 7/2024``) stands beside it.

Participants are the officials the officials stage found (named mentions and
title-only references such as ``Quốc vương Campuchia``), plus those that
``người đồng cấp``, ``hai Bộ trưởng``, ``Hai bên`` stand for. ``hosts`` and
``guests`` follow the verb: ``A tiếp B`` (A hosts), ``B được A tiếp`` (A hosts),
``A thăm ... theo lời mời của B`` (A visits, B hosts), ``A chào xã giao B``
(A calls on B); ``lần lượt được A, B tiếp`` is one reception per host.
A visit whose verb says no sides takes them from its destination (its
people host, the others visit), and visitors of different countries in one
sentence make one visit per delegation. Counterparts named by title and
country only (``Ngoại trưởng Trung Quốc và Ngoại trưởng Lào``) keep two
meetings apart. Mentions merge into one meeting when kind, participants (one
set within the other, or two shared), date and status agree; a visit merges by
visitor and destination. A photo caption confirms an encounter the text
reports: a verbless one (``A và B tại lễ đón``) or one repeating who met whom
that day adds nothing. ``cùng ngày`` takes the day of the sentence before, and
a dispatch date (``Hà Nội, ngày 12/11 (TTXVN) -``) dates no meeting.

``location`` is the place after ``tại`` (or a visit's destination) and
``location_country`` its country, which makes :attr:`Meeting.cameo` 044 at a
third location. Work is bounded per sentence (at most 24 cues; a diagnostic
says when more were skipped), so any input is read in linear time. Only the
sentences from the first one that names an official on are read (before it,
no cue has anyone to meet), and of those only the ones where one fast scan of
the text found a cue word.

>>> from vnlao_corpus.text.document import read_document
>>> from vnlao_corpus.entities.officials import OfficialIndex
>>> doc = read_document("Tin\\nHai bên đã hội đàm.")
>>> extract_meetings(doc, OfficialIndex(), [], [])
[]
"""

from __future__ import annotations

import bisect
import datetime
import functools
import operator
import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

import attrs

from ..entities.countries import country_of, country_pattern
from ..entities.officials import OfficialIndex
from ..model import DateMention, Diagnostic, Meeting, MeetingKind, MeetingStatus, Official, PeriodKind, PeriodMention
from ..text.document import Document, Hit, Sentence, Zone
from ..text.normalize import lowercase
from ..values.calendar import lazy_pattern
from . import meeting_cues as cues

__all__ = ["extract_meetings", "find_location", "place_country"]

# Enum members read once: reading one off its class costs about 60 ns (Python 3.11, the metaclass's
# ``__getattr__``), and the per-cue code tests kinds and zones a few dozen times per mention.
_VISIT, _CONFERENCE = MeetingKind.VISIT, MeetingKind.CONFERENCE
_RECEPTION, _MEETING = MeetingKind.RECEPTION, MeetingKind.MEETING
_BODY, _CAPTION, _TITLE = Zone.BODY, Zone.CAPTION, Zone.TITLE
_ANNOUNCED_STATUS, _HELD = MeetingStatus.ANNOUNCED, MeetingStatus.HELD


# --------------------------------------------------------------------------- patterns


def _longest_first(word: str) -> tuple[int, str]:
    """Sort key: longer phrases first (so that the longest wins), then in text order (the same pattern every run)."""
    return -len(word), word


def _alt(words: Iterable[str]) -> str:
    """One alternation of literal phrases, longest first so that the longest wins."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=_longest_first))


def _word_pattern(words: Iterable[str], tail: str = "") -> str:
    """``(?<!\\w)(?:words)(?!\\w)`` in any case, longest first, then ``tail``.

    Each alternative opens with a literal letter (lower or upper case) and checks the
    word boundary after it: a pattern whose alternatives all start with a literal lets
    the engine skip to where one can start (a look-behind or a case-insensitive first
    letter in front makes it try every position). The rest of the word ignores case.

    >>> re.findall(_word_pattern(["hai bên"]), "Hai bên và hai Bên, không phải chai bên")
    ['Hai bên', 'hai Bên']
    """
    alternatives = []
    for word in sorted(set(words), key=_longest_first):
        for first in sorted({lowercase(word[0]), word[0].upper()}):
            alternatives.append(rf"{re.escape(first)}(?<!\w.)(?i:{re.escape(word[1:])})")
    return "(?:" + "|".join(alternatives) + r")(?!\w)" + tail


_PLACE_ALT: Final = _alt(cues.PLACES)
_PLACE: Final = rf"(?-i:(?:(?:thủ\ đô|Thủ\ đô|thành\ phố)\ )?(?:{_PLACE_ALT}))(?!\w)"

# One snippet per cue; the kind of a match is looked up by the name of its group. Beside each, the
# letters (lower case) its matches can start with.
_SNIPPETS: list[tuple[str, str]] = []
_LEADS: list[frozenset[str]] = []
for _kind, _words in cues.CUES.items():
    for _word in _words:
        _LEADS.append(frozenset("sđt" if _word == "thăm" else _word[0]))
        if _word == "tiếp":
            _snip = rf"(?<!trực\ )(?<!gián\ )(?<!liên\ )(?<!kế\ )tiếp(?!\ (?:{_alt(cues.NOT_TIEP)})(?!\w))"
        elif _word == "đón":
            _snip = rf"đón(?!\ (?:{_alt(cues.NOT_DON)})(?!\w))"
        elif _word == "gặp":
            _snip = rf"gặp(?!\ (?:{_alt(cues.NOT_GAP)})(?!\w))"
        elif _word == "họp":
            _snip = r"họp(?!\ (?:báo|mặt)(?!\w))"
        elif _word == "thăm":
            # ``sang thăm``/``đến thăm`` always; bare ``thăm`` only before a qualifier or a place.
            _snip = (
                r"(?:(?:sang|đến|tới)\ thăm(?!\ (?:hỏi|dò|quan|viếng)(?!\w)))"
                rf"|thăm(?=\ (?:{_alt(cues.VISIT_QUALIFIERS)}|{_PLACE}))"
            )
        else:
            _snip = re.escape(_word)
        _SNIPPETS.append((_kind, _snip))
# Arrival: ``đã tới thủ đô Vientiane`` opens a visit.
_SNIPPETS.append(("visit", rf"(?:{_alt(cues.ARRIVAL)})(?=\ {_PLACE})"))
_LEADS.append(frozenset(verb[0] for verb in cues.ARRIVAL))

_KIND_OF_GROUP: Final = {f"c{i}": MeetingKind(kind) for i, (kind, _) in enumerate(_SNIPPETS)}


def _cue_source(numbers: Iterable[int]) -> str:
    """The cue pattern made of the snippets ``numbers``, in their order, each in its group ``c<number>``."""
    return r"(?<!\w)(?:" + "|".join(f"(?P<c{i}>{_SNIPPETS[i][1]})" for i in numbers) + r")(?!\w)"


_CUE: Final = lazy_pattern(_cue_source(range(len(_SNIPPETS))), re.IGNORECASE)
# Per first letter (lower case), the cue pattern of only the snippets that can start with it: at a
# trigger, whose first letter is known, a match tries a few alternatives instead of all forty. The
# snippets keep their order and group names, so the match is the one ``_CUE`` finds there.
_CUE_BY_LEAD: Final = {
    lead: lazy_pattern(_cue_source(i for i in range(len(_SNIPPETS)) if lead in _LEADS[i]), re.IGNORECASE)
    for lead in sorted(frozenset().union(*_LEADS))
}


# The capital letters a Vietnamese place name can start with.
_UPPER: Final = "[A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ]"


# Letters rare enough in running text to anchor a cue on (rarest first); ``à`` only when nothing else will do.
# Each letter here is a place the trigger scan must try, so the common ones are left out: ``chào xã giao``
# is anchored on ``ã`` (six times rarer than ``à`` in news text) and ``phiên họp`` on ``ọ`` (not ``ê``).
_ANCHORS: Final = "ỳễổặọớăệóộếãà"


def _trigger_pattern() -> tuple[str, dict[str, int]]:
    """Where a cue may start: its first word, lower case or capitalised, found from a rare letter in it.

    A pattern whose alternatives each start with a literal letter lets the engine skip to
    where one can match; cue words start with the commonest letters (``t``, ``h``, ``đ``),
    so each phrase is anchored on its rarest vowel instead (``tiếp`` on ``ế``), the letters
    before it checked by a look-behind, and ``_CUE`` is tried only where a trigger starts.
    The anchor lies in the phrase's first word when that word has a rare letter, so that
    triggers come out in the order of the phrases' starts. Also returns, per group name,
    how far the phrase starts before its anchor.

    Most anchor letters found in running text start no cue, so a failed try must be cheap:
    each alternative opens with the literal letter after the anchor (the engine rejects an
    alternative on that letter alone, without entering it), runs the look-behind only then,
    and ends with an empty named group that says which phrase matched (a group around the
    whole alternative would hide its first letter from that quick test).
    """
    phrases = {w for words in cues.CUES.values() for w in words} | {"sang thăm"}
    phrases |= {f"{verb} thăm" for verb in cues.ARRIVAL}
    # A verb of arrival before a place: ``tới thủ đô Vientiane``, ``đến Hà Nội``.
    rests = [(p, "") for p in phrases]
    rests += [(verb, r"\ (?=" + _UPPER + r"|thủ\ đô|thành\ phố|nước)") for verb in cues.ARRIVAL]
    by_anchor: dict[str, list[tuple[int, str, str, str]]] = {}
    for phrase, more in rests:
        word = phrase.split(" ")[0]
        rare = [k for k, c in enumerate(word) if c in _ANCHORS[:-1]]
        where = rare or [k for k, c in enumerate(phrase) if c in _ANCHORS]
        i = min(where, key=lambda k: _ANCHORS.index(phrase[k]))
        if i + 1 >= len(phrase):
            raise ValueError(f"cue phrase {phrase!r} ends with its anchor letter")
        # ``[tT]iế`` before the anchor, ``p`` right after it, then the rest of the phrase.
        first = f"[{phrase[0]}{phrase[0].upper()}]" + re.escape(phrase[1 : i + 1])
        after = re.escape(phrase[i + 1])
        by_anchor.setdefault(phrase[i], []).append((i, first, after, re.escape(phrase[i + 2 :]) + more))
    offsets: dict[str, int] = {}
    parts = []
    for anchor, items in sorted(by_anchor.items()):
        alts = []
        # Phrases that tie on both keys cannot both match at one place; the items themselves
        # break the tie, so that the pattern is the same in every process.
        for i, first, after, rest in sorted(items, key=lambda x: (-x[0], -len(x[2] + x[3]), x)):
            group = f"t{len(offsets)}"
            offsets[group] = i
            alts.append(f"{after}(?<={first}{after}){rest}(?P<{group}>)")
        parts.append(re.escape(anchor) + "(?:" + "|".join(alts) + ")")
    return "|".join(parts), offsets


_TRIGGER_SOURCE, _TRIGGER_OFFSETS = _trigger_pattern()
_TRIGGER: Final = lazy_pattern(_TRIGGER_SOURCE)


def _trigger_starts(text: str, pos: int = 0) -> list[int]:
    """Where a cue may start in ``text[pos:]``: one fast scan.

    >>> t = "Hai bên đã hội đàm và tiếp tục gặp gỡ."
    >>> [t[i : i + 3] for i in _trigger_starts(t)]
    ['hội', 'tiế', 'gặp']
    """
    offsets = _TRIGGER_OFFSETS
    return [m.start() - offsets[m.lastgroup or ""] for m in _TRIGGER.finditer(text, pos)]


def _all_caps(text: str, start: int, end: int) -> bool:
    """``text[start:end].isupper()``, most often told by one character without copying the span.

    Almost every sentence has a lower-case second letter (``Ngày``, ``Tổng``); only the
    others are copied and tested in full.

    >>> _all_caps("Ngày 5 HAI BÊN HỘI ĐÀM", 7, 22), _all_caps("Ngày 5 HAI BÊN HỘI ĐÀM", 0, 22)
    (True, False)
    """
    if end - start > 1 and text[start + 1].islower():
        return False
    return text[start:end].isupper()


def _cues_in(text: str, start: int, end: int, triggers: Sequence[int] | None = None) -> Iterable[re.Match[str]]:
    """Every cue in ``text[start:end]``, left to right, not overlapping.

    ``triggers`` are the :func:`_trigger_starts` of ``text``, when already known.

    >>> t = "Hai bên hội đàm, tiếp tục gặp nhau."
    >>> [m.group() for m in _cues_in(t, 0, len(t))]
    ['hội đàm', 'gặp']
    """
    if triggers is None:
        triggers = _trigger_starts(text[:end])
    lo, hi = bisect.bisect_left(triggers, start), bisect.bisect_left(triggers, end)
    if lo == hi:
        if _all_caps(text, start, end):  # an all-caps title: the slow case-insensitive scan
            yield from _CUE.finditer(text, start, end)
        return
    last = start
    by_lead = _CUE_BY_LEAD
    for i in range(lo, hi):
        at = triggers[i]
        if at < last:
            continue
        m = by_lead.get(lowercase(text[at]), _CUE).match(text, at, end)
        if m is not None:
            last = m.end()
            yield m


# A frame opens at its marker and runs to the next comma, semicolon or the end of the sentence.
_FRAME_MARKER: Final = lazy_pattern(_word_pattern(cues.FRAMES))
_FRAME_REACH: Final = max(len(w) for w in cues.FRAMES) + 1  # past the end of a marker that starts at a cue
# ``Sau lễ đón, ...``, ``Sáng 6/1, sau lễ đón ...``: at the start of a clause only (``tiếp ngay sau chuyến thăm``
# is not one); matched on the 14 characters before the cue: "^" can only match where they begin the sentence.
_ADJUNCT: Final = lazy_pattern(r"(?:^|[,;]\ )(?:ngay\ )?(?:sau|trước)\ (?:khi\ )?$", re.IGNORECASE)
_CONF_TRIGGER: Final = lazy_pattern(
    rf"(?:^|\W)(?:{_alt(cues.CONFERENCE_TRIGGERS)})(?:\ (?:cuộc|phiên|lễ|buổi|một))?\ $", re.IGNORECASE
)
_CONF_AFTER: Final = lazy_pattern(
    r"[^.;]{0,160}?\ (?:do\ [^.;]{0,160}?(?:đồng\ )?chủ\ trì|diễn\ ra)(?!\w)", re.IGNORECASE
)
_SIDELINES: Final = lazy_pattern(r"(?:^|\W)bên\ lề\ $", re.IGNORECASE)
_ANNOUNCED: Final = lazy_pattern(_word_pattern(cues.ANNOUNCED))
_ONLINE: Final = lazy_pattern(_word_pattern(cues.ONLINE))
_REFERENCE: Final = lazy_pattern(_word_pattern(cues.REFERENCES))
_COUNTERPART: Final = lazy_pattern(_word_pattern(["người đồng cấp"]))
_IN_TURN: Final = lazy_pattern(_word_pattern(["lần lượt"]))
_PASSIVE: Final = lazy_pattern(r"(?<!\w)được(?!\w)")
_INVITE: Final = lazy_pattern(r"(?<!\w)lời\ mời\ của(?!\w)", re.IGNORECASE)
_OF: Final = lazy_pattern(r"[^,;]{0,80}?(?<!\w)của(?!\w)", re.IGNORECASE)
# A counterpart named by title and country only (``Ngoại trưởng Trung Quốc và Ngoại trưởng Lào``,
# ``ngoại trưởng Trung Quốc, Lào``, ``Tổng thống Paraguay``): no Official, but a party of its own.
# The country names are those of :mod:`vnlao_corpus.entities.countries` (CLDR and news forms).
_ANON_TITLE: Final = lazy_pattern(_word_pattern(cues.COUNTERPART_TITLES, r"\ (?:nước\ )?"))
_LIST_GLUE: Final = lazy_pattern(r",\ |\ và\ ")
# Between two subjects of one verb: ``, ``/`` và ``/`` cùng `` and at most the next one's title.
_LIST_GAP: Final = lazy_pattern(r"\s*(?:,|và|cùng(?:\ với)?)(?:\s+[^\s,;.]+){0,6}\s*")
# Suppositions, wishes, promises and invitations (``nếu``, ``mong muốn sớm trở lại thăm``, ``hẹn gặp lại``,
# ``mời Nhà vua thăm``);
# ``theo lời mời của`` is not one.
_IF: Final = lazy_pattern(r"(?<!\w)(?:nếu|mong\ muốn|hy\ vọng|hẹn|(?<!lời\ )mời)(?!\w)[^,;.]*$", re.IGNORECASE)
# What must follow a bare ``tiếp``/``đón`` (the guest) or ``sang thăm`` (the place or a qualifier), case-sensitive.
_RECEIVED: Final = lazy_pattern(
    rf"\ (?:{_UPPER}|(?:đoàn|ông|bà(?!\ con)|đồng\ chí|ngài|phái\ đoàn|các|lãnh\ đạo|đại\ sứ|bộ\ trưởng|thủ\ tướng"
    r"|chủ\ tịch)(?!\w))"
)
_CLAUSE_END: Final = lazy_pattern(r"\s*(?:[.,;:!?)]|$)")
# ``đến thăm Bảo tàng ...``, ``tới thăm Đại sứ quán``: a site on the programme, not a visit to a country.
_GO_VISIT: Final = lazy_pattern(
    rf"\ (?:{_alt(cues.VISIT_QUALIFIERS)}|và(?!\w)|(?!(?:{_alt(cues.VISITED_SITES)})(?!\w)){_UPPER})"
)
_GO_VISIT_WORDS: Final = frozenset(f"{verb} thăm" for verb in ("sang", *cues.ARRIVAL))
_COUNTERPART_TITLE: Final = lazy_pattern(
    rf"(?:\ (?:song\ phương|chính\ thức|trực\ tuyến))?(?:\ (?:với|cùng))?\ (?i:{_alt(cues.COUNTERPART_TITLES)}"
    r"|đoàn|phái\ đoàn|ông|bà(?!\ con)|ngài|Quốc\ vương|Hoàng|lãnh\ đạo|người\ đồng\ cấp)(?!\w)"
)
_NO_OBJECT: Final = lazy_pattern(r"(?:\ (?:chính\ thức|trọng\ thể|long\ trọng|thân\ mật))?\s*(?:[.,;:!?)]|$)")
_TITLE_NEXT: Final = lazy_pattern(
    rf"\ (?i:{_alt(cues.COUNTERPART_TITLES)}|Bộ\ trưởng|Thứ\ trưởng|Đại\ tướng|Thượng\ tướng)(?!\w)"
)
_NOT_CONFERENCE: Final = lazy_pattern(r"\ (?:báo|mặt)(?!\w)")
_VENUE_BEFORE: Final = lazy_pattern(r"(?<!\w)(?:trung\ tâm|nhà|phòng|hội\ trường)\ $", re.IGNORECASE)
# ``của X`` names X's principal, not after ``lời mời`` (the host) or ``sự (đồng) chủ trì`` (the chairs).
_OWNER: Final = lazy_pattern(r"(?<!\w)(?<!lời\ mời\ )(?<!chủ\ trì\ )của\ (?:ông\ |bà\ |ngài\ )?$", re.IGNORECASE)
_NOUN_START: Final = lazy_pattern(r"(?:cuộc|buổi|lễ)\ ", re.IGNORECASE)
_FOLLOW_UP: Final = lazy_pattern(r"(?<!\w)(?:tại|trong|sau|tham\ gia|dự|giữa)\ $", re.IGNORECASE)
_NOUN_BEFORE: Final = lazy_pattern(r"(?<!\w)(?:cuộc|buổi|lễ)\ $", re.IGNORECASE)
# The first and the last letters of ``cuộc``, ``buổi``, ``lễ`` in any case (``i`` also matches ``ı`` and ``İ``).
_NOUN_FIRST: Final = frozenset("cCbBlL")
_NOUN_LAST: Final = frozenset("cCiIıİễỄ")
_GENERIC_OBJECT: Final = lazy_pattern(r"\ (?:các|những|nhiều)(?!\w)")
_GENERIC_WORDS: Final = (" các", " những", " nhiều")  # what _GENERIC_OBJECT (case-sensitive) starts with
_THANKS: Final = lazy_pattern(_word_pattern(["cảm ơn", "cám ơn"], "[^.;]*$"))
_SAME_DAY: Final = lazy_pattern(_word_pattern(["cùng ngày"], r"(?!\ \d)"))
_DISPATCH: Final = lazy_pattern(r"\s*\([^()\n]{1,25}\)\s*[-–—]")
_GENERIC_BEFORE: Final = lazy_pattern(r"(?:^|\W)(?:các|những|nhiều)\ $", re.IGNORECASE)

# A place after ``tại``: words up to punctuation or a word that starts another part of the clause;
# ``, Trung Quốc`` or ``(Lào)`` after it are kept when they name a country.
_AT: Final = lazy_pattern(_word_pattern(["tại"], r"\ "))
_PLACE_BODY: Final = lazy_pattern(
    r"""
    (?P<place>
      (?!(?i:cuộc|buổi|lễ|kỳ|phiên|hội\ nghị|diễn\ đàn|các|những|đây|đó|nhiều)(?!\w))  # not a meeting noun
      [^\s,;.()\[\]"“”:]+                     # first word
      (?:\ (?!(?:nhân|bên|vào|ngày|sáng|chiều|tối|trưa|đêm|trong|theo|với|và|đã|để|từ|do|có|
                 hai|ông|bà|đồng|giữa|nhằm|cùng|là|thì|được|sẽ|đang|tham|dự|trên|lúc|hôm|
                 khi|sau|trước|về|cho|các|những)(?!\w))
          [^\s,;.()\[\]"“”:]+){0,7}            # more words, none a clause word
    )
    """,
    re.VERBOSE,
)
_PLACE_TAIL: Final = lazy_pattern(rf"(?:\ \((?P<paren>{_PLACE_ALT})\)|,\ (?P<comma>{_PLACE_ALT})(?=[\s.;,)]|$))")
_ENVOY: Final = lazy_pattern(
    r"(?:Đại\ sứ|Đại\ sứ\ quán|Tổng\ Lãnh\ sự|Thương\ vụ|cơ\ quan\ đại\ diện|Trưởng\ đại\ diện|Tùy\ viên)"
    r"[^,;.]{0,60}$",
    re.IGNORECASE,
)
# ``kết thúc nhiệm kỳ công tác tại Việt Nam``, ``bà con sinh sống tại Lào``: where someone lives or serves.
_POSTED: Final = lazy_pattern(r"(?<!\w)(?:công\ tác|nhiệm\ kỳ|sinh\ sống|học\ tập|định\ cư)\ $", re.IGNORECASE)
_DESTINATION: Final = lazy_pattern(
    rf"(?:\ (?:hữu\ nghị\ )?(?:chính\ thức|cấp\ [Nn]hà\ nước|làm\ việc|và\ làm\ việc|cấp\ cao))*"
    rf"(?:\ (?:tới|đến|sang|tại))?\ (?P<dest>(?:nước\ )?{_PLACE})",
)
_OCCASION: Final = lazy_pattern(
    _word_pattern(["bên lề", "nhân dịp"], r"(?i:\ (?P<occ>(?:[^,;.()]|\.(?=\w))+?)(?=\ tại\ |[,;(]|\.(?!\w)|$))")
)


# Words that a cue's region must hold, in lower case, for _OCCASION, _ONLINE, _COUNTERPART, _IN_TURN, _AT
# and _REFERENCE to match in it (each form of theirs holds one). Most regions hold few: testing the region,
# lower-cased once, for a few substrings is far cheaper than the searches. The letters of these words match
# nothing but themselves and their capitals under IGNORECASE, so lower-casing loses no match (``i`` and
# ``s`` are left out: they also match the dotless ``ı`` and the long ``ſ``).
_OCCASION_WORDS: Final = ("lề", "dịp")  # bên lề, nhân dịp
_ONLINE_WORDS: Final = ("trực tuyến", "qua v", "qua c", "qua truyền")
_COUNTERPART_WORDS: Final = ("đồng cấp",)  # người đồng cấp
_IN_TURN_WORDS: Final = ("lần lượt",)
_AT_WORDS: Final = ("tạ",)  # tại
# hai bên, hai nhà lãnh đạo, hai đoàn, hai Bộ trưởng, hai (Phó) Thủ tướng, hai Chủ tịch, hai Tổng Bí thư ...
_REFERENCE_WORDS: Final = ("bên", "lãnh đạo", "đoàn", "bộ trưởng", "thủ tướng", "chủ t", "tổng bí", "đồng cấp")
# The same for the words before a cue (_IF, _ANNOUNCED, _THANKS), the frame markers (_FRAME_MARKER) and the
# titles of _ANON_TITLE: each is searched only where the text, in lower case, holds one of its words.
_IF_WORDS: Final = ("nếu", "mong muốn", "vọng", "hẹn", "mờ")  # nếu, mong muốn, hy vọng, hẹn, mời
_ANNOUNCED_WORDS: Final = ("sẽ", "sắp", "dự", "chuẩn")  # sẽ, sắp, dự kiến, chuẩn bị
_THANKS_WORDS: Final = ("m ơn",)  # cảm ơn, cám ơn
# ``sau``, ``trước`` (_ADJUNCT): tested in the last 28 characters of the lower-cased window, which hold the
# 14 the pattern reads even where lower-casing doubled each of them (``İ``); ``s`` is left out (``ſ``).
_ADJUNCT_WORDS: Final = ("au ", "trước ")
_FRAME_WORDS: Final = ("khuôn khổ", "nhân dịp", "nhân chuyến", "trong thờ", "trong chuyến", "bên lề")
# Ngoại trưởng, Bộ trưởng ..., (Phó) Thủ tướng, Tổng Bí thư, Chủ tịch, Tổng thống, Quốc vương, Nhà vua, Đại sứ, nghị sĩ
_ANON_TITLE_WORDS: Final = ("trưởng", "tướng", "bí", "chủ t", "thống", "vương", "vua", "đạ", "nghị")


class _LowerCase:
    """A sentence in lower case, for the quick word tests: lowered once, then sliced per window.

    ``str.lower`` costs per character; the windows of a sentence's cues (the characters before each,
    its clause, its region) overlap and add up to several times the sentence. Where lowering changes
    the length (``İ`` becomes two characters), offsets would shift: each window is lowered on its own.

    >>> low = _LowerCase("Ông Sơn HỘI ĐÀM", 4, 15)
    >>> low.window(8, 15)
    'hội đàm'
    """

    __slots__ = ("_lowered", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text = text
        self._start = start
        lowered = lowercase(text[start:end])
        self._lowered = lowered if len(lowered) == end - start else None

    def window(self, start: int, end: int) -> str:
        """``text[start:end].lower()``, for ``start``, ``end`` inside the sentence."""
        if self._lowered is None:
            return lowercase(self._text[start:end])
        return self._lowered[start - self._start : end - self._start]


def _holds(region: str, words: tuple[str, ...]) -> bool:
    """Whether ``region`` (lower case) holds one of ``words``.

    >>> _holds("hội đàm trực tuyến với", _ONLINE_WORDS), _holds("hội đàm với", _ONLINE_WORDS)
    (True, False)
    """
    return any(map(region.__contains__, words))  # no generator frame: this runs a dozen times per cue


# --------------------------------------------------------------------------- places

_PLACE_NAME: Final = lazy_pattern(rf"(?<!\w)(?:{_PLACE_ALT})(?!\w)")


def place_country(place: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of the country a place is in, if the place is known.

    The last known place name in the text wins (``Trùng Khánh, Trung Quốc``,
    ``Luang Prabang (Lào)``).

    >>> place_country("Trùng Khánh, Trung Quốc")
    'CN'
    >>> place_country("thủ đô Vientiane (Lào)")
    'LA'
    >>> place_country("Văn phòng Chính phủ") is None
    True
    """
    found: tuple[int, str] | None = None
    for m in _PLACE_NAME.finditer(place):
        found = (m.end(), cues.PLACES[m.group(0)])
    for m in country_pattern().finditer(place):
        if found is None or m.end() > found[0]:
            found = (m.end(), country_of(m))
    return found[1] if found is not None else None


def find_location(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The span of the first place written after ``tại`` in ``text[start:end]``.

    The place stops before a comma, a clause word (``nhân dịp``, ``vào``,
    ``ngày``, ``đã`` ...) or the end; a country after a comma or in brackets
    is kept. ``tại`` in an envoy's title (``Đại sứ Lào tại Việt Nam``) or after a posting
    (``nhiệm kỳ công tác tại Việt Nam``) is not a place.

    >>> s = "Ngày 6/6, tại Trùng Khánh, Trung Quốc, hai bên gặp nhau."
    >>> a, b = find_location(s)
    >>> s[a:b]
    'Trùng Khánh, Trung Quốc'
    >>> s = "Sáng 27/8, tại Văn phòng Chính phủ, Phó Thủ tướng đã điện đàm."
    >>> a, b = find_location(s)
    >>> s[a:b]
    'Văn phòng Chính phủ'
    >>> find_location("Đại sứ Campuchia tại Việt Nam Chea Kimtha đến chào") is None
    True
    >>> find_location("nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam") is None
    True
    """
    stop = len(text) if end is None else end
    for m in _AT.finditer(text, start, stop):
        if _ENVOY.search(text, max(start, m.start() - 80), m.start()) or _POSTED.search(
            text, max(start, m.start() - 16), m.start()
        ):
            continue
        body = _PLACE_BODY.match(text, m.end(), stop)
        if body is None:
            continue
        b_end = body.end()
        tail = _PLACE_TAIL.match(text, b_end, stop)
        if tail is not None:
            b_end = tail.end()
        return m.end(), b_end
    return None


# --------------------------------------------------------------------------- mentions


class _Role:
    """What a cue borrows from its sentence (see the module docstring): ``_Role.MAIN`` ...

    Four fixed instances, compared by identity. Not an Enum: reading an Enum member off its
    class costs about 65 ns on Python 3.11 (its metaclass has a ``__getattr__``), and roles
    are tested many times per cue.

    >>> _Role.MAIN, _Role.MAIN is _Role.MAIN
    (_Role.MAIN, True)
    """

    MAIN: ClassVar[_Role]
    FRAME: ClassVar[_Role]
    SECONDARY: ClassVar[_Role]
    ADJUNCT: ClassVar[_Role]
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"_Role.{self.name}"


_Role.MAIN, _Role.FRAME, _Role.SECONDARY, _Role.ADJUNCT = (_Role(n) for n in ("MAIN", "FRAME", "SECONDARY", "ADJUNCT"))


@attrs.define
class _Mention:
    """One cue of one sentence, with what the sentence says about it."""

    kind: MeetingKind
    sentence: Sentence
    cue_start: int
    role: _Role
    participants: list[Official]
    hosts: list[Official] = attrs.Factory(list)
    guests: list[Official] = attrs.Factory(list)
    date: DateMention | None = None
    month_only: bool = False
    location: tuple[int, int] | None = None
    occasion: tuple[int, int] | None = None
    online: bool = False
    announced: bool = False
    anaphoric: bool = False
    subjects: set[str] = attrs.Factory(set)
    direct: bool = False  # an official is named right after the cue (its object)
    counterpart: bool = True  # someone is named by title after the cue, or no one at all
    place: str | None = None  # the country of its location (a visit's destination)
    anonymous: frozenset[str] = frozenset()
    thanked: bool = False  # ``cảm ơn X đã tiếp đón Đoàn``: hospitality thanked for, not news of its own


@attrs.define
class _Encounter:
    """Mentions merged into one meeting."""

    kind: MeetingKind
    mentions: list[_Mention]
    participants: list[Official]
    hosts: list[Official] = attrs.Factory(list)
    guests: list[Official] = attrs.Factory(list)
    anonymous: set[str] = attrs.Factory(set)
    dates: set[datetime.date | None] = attrs.Factory(set)  # the days its mentions give
    main_announced: set[bool] = attrs.Factory(set)  # whether its main mentions are scheduled ones
    places: set[str] = attrs.Factory(set)  # the countries of its locations

    def add(self, m: _Mention) -> None:
        """Record a mention's date, status and place (participants are merged by the caller)."""
        self.mentions.append(m)
        if m.place is not None:
            self.places.add(m.place)
        self.anonymous |= m.anonymous
        if m.date is not None:
            self.dates.add(m.date.to_date())
        if m.role is _Role.MAIN:
            self.main_announced.add(m.announced)


def _union(into: list[Official], more: Iterable[Official]) -> None:
    names = {o.name for o in into}
    for o in more:
        if o.name not in names:
            into.append(o)
            names.add(o.name)


def _names(officials: Iterable[Official]) -> set[str]:
    return {o.name for o in officials}


class _Context:
    """The document-wide lookups a sentence needs: officials, dates and periods by position."""

    def __init__(
        self,
        doc: Document,
        officials: OfficialIndex,
        dates: Sequence[Hit[DateMention]],
        periods: Sequence[Hit[PeriodMention]],
    ) -> None:
        self.doc = doc
        self.text = doc.text
        # Named mentions and title-only references (``Quốc vương Campuchia``) that point to one official.
        self.officials = sorted((*officials.hits, *officials.references), key=_start)
        self._official_starts = [h.start for h in self.officials]
        # A dispatch date (``Hà Nội, ngày 12/11 (TTXVN) - ...``) says when the news was sent, not when anyone met.
        self.dates = sorted([h for h in dates if not _is_dispatch(doc.text, h.end)], key=_start)
        self._date_starts = [h.start for h in self.dates]
        day_range = PeriodKind.DAY_RANGE  # read once, not per period (an Enum member lookup is slow)
        self.periods = sorted([p for p in periods if p.item.value.kind is not day_range], key=_start)
        self._period_starts = [h.start for h in self.periods]
        # Nothing before the first official can make a meeting (a mention needs a participant or an
        # encounter to join): cues are looked for from the sentence that names it on.
        first = doc.sentence_at(self.officials[0].start) if self.officials else None
        self.origin = first.start if first is not None else (self.officials[0].start if self.officials else 0)
        self.triggers = _trigger_starts(self.text, self.origin)

    @functools.cached_property
    def lead_date(self) -> DateMention | None:
        """The lead's date (see :func:`_lead_date`), looked for only when a meeting needs it (most articles
        have no meeting, or none without a date of its own)."""
        return _lead_date(self)

    def same_day(self, sent: Sentence) -> DateMention | None:
        """What ``cùng ngày`` in ``sent`` refers to: the first date of the last body sentence before it."""
        i = bisect.bisect_left(self._date_starts, sent.start) - 1
        while i >= 0:
            owner = self.doc.sentence_at(self.dates[i].start)
            if owner is not None and owner.zone is _BODY and owner.end <= sent.start:
                return self.dates_in(owner.start, owner.end)[0].item
            i = bisect.bisect_left(self._date_starts, owner.start) - 1 if owner is not None else i - 1
        return None

    def officials_in(self, start: int, end: int) -> list[Hit[Official]]:
        lo = bisect.bisect_left(self._official_starts, start)
        hi = bisect.bisect_left(self._official_starts, end)
        return self.officials[lo:hi]

    def dates_in(self, start: int, end: int) -> list[Hit[DateMention]]:
        lo = bisect.bisect_left(self._date_starts, start)
        hi = bisect.bisect_left(self._date_starts, end)
        return self.dates[lo:hi]

    def has_period(self, start: int, end: int) -> bool:
        lo = bisect.bisect_left(self._period_starts, start)
        return lo < len(self.periods) and self.periods[lo].start < end

    def officials_before(self, end: int) -> list[Official]:
        """Officials mentioned before ``end``, most recent first, each once."""
        hi = bisect.bisect_left(self._official_starts, end)
        out: list[Official] = []
        for h in reversed(self.officials[max(0, hi - _RECENT_OFFICIALS) : hi]):
            _union(out, [h.item])
        return out


def _is_dispatch(text: str, end: int) -> bool:
    """Whether a date ending at ``end`` is followed by a dispatch's agency (``ngày 12/11 (TTXVN) -``).

    _DISPATCH needs an opening bracket after nothing but spaces: where the first bracket is not
    (most dates), the match is spared.
    """
    bracket = text.find("(", end, end + 40)
    if bracket < 0 or (bracket > end and not text[end:bracket].isspace()):
        return False
    return bool(_DISPATCH.match(text, end, end + 40))


def _unique(hits: Iterable[Hit[Official]]) -> list[Official]:
    out: list[Official] = []
    _union(out, (h.item for h in hits))
    return out


def _cue_is_valid(ctx: _Context, start: int, end: int, kind: MeetingKind, sent: Sentence) -> bool:
    text = ctx.text
    before = text[max(sent.start, start - 40) : start]
    word = text[start:end].casefold()
    if kind is _RECEPTION and word in ("tiếp", "đón"):
        # ``tiếp Thủ tướng X``, ``đón đoàn``; or the passive ``được X tiếp.`` (not ``tranh cử tiếp``).
        if _RECEIVED.match(text, end, sent.end):
            return True
        return bool(
            _CLAUSE_END.match(text, end, sent.end) and _PASSIVE.search(text, max(sent.start, start - _WINDOW), start)
        )
    if kind is _VISIT and _GENERIC_BEFORE.search(before):
        return False  # ``chuẩn bị cho các chuyến thăm cấp cao``: visits in general, not one
    if kind is _VISIT and word in _GO_VISIT_WORDS:
        return bool(_GO_VISIT.match(text, end, sent.end))  # not ``tới thăm, chúc tết cán bộ``
    if kind is _CONFERENCE:
        if _NOT_CONFERENCE.match(text, end) or _VENUE_BEFORE.search(before):
            return False  # ``cuộc họp báo``, ``Trung tâm Hội nghị Quốc gia``
        if word == "họp":  # the verb: its subject must be an official (``Liên đoàn ... sẽ họp``: no)
            return bool(ctx.officials_in(max(sent.start, start - _WINDOW), start))
        if _SIDELINES.search(before) or _GENERIC_BEFORE.search(before):
            return False
        return bool(_CONF_TRIGGER.search(before) or _CONF_AFTER.match(text, end, sent.end))
    return True


def _item_end(text: str, start: int, end: int) -> int:
    """Where the cue's objects end: ``end``, or a semicolon that opens another item (``...; Bà X để ngỏ ...``).

    A semicolon inside a list of officials (``tiếp Thượng nghị sĩ A, ...; Hạ nghị sĩ B, ...``)
    does not end it: a title right after it opens one more guest.
    """
    semicolon = text.find(";", start, end)
    while semicolon >= 0 and _TITLE_NEXT.match(text, semicolon + 1, end):
        semicolon = text.find(";", semicolon + 1, end)
    return end if semicolon < 0 else semicolon


def _owned(text: str, hit: Hit[Official], kind: MeetingKind, cue: int) -> bool:
    """Whether ``hit`` is named as someone's principal (``của Tổng Bí thư X``), not as a party."""
    if kind is _VISIT and hit.start > cue:
        return False
    start = max(0, hit.start - 12)
    if text.find("ủ", start, hit.start) < 0 and text.find("Ủ", start, hit.start) < 0:
        return False  # no ``của`` (its ``ủ`` matches only itself and ``Ủ``): the search is spared
    return bool(_OWNER.search(text, start, hit.start))


def _has_counterpart(text: str, end: int, stop: int) -> bool:
    """Whether the words after a cue name a counterpart by title (``hội đàm với Chủ tịch Hạ viện``),
    or name no one at all (``dự lễ đón chính thức,``), rather than a group (``gặp gỡ cán bộ``)."""
    return bool(_COUNTERPART_TITLE.match(text, end, stop) or _NO_OBJECT.match(text, end, stop))


def _is_anaphoric(text: str, sent: Sentence, start: int, end: int) -> bool:
    """Whether the cue names an encounter already reported.

    ``Tại cuộc điện đàm, ...``, ``Tham gia buổi tiếp ...``, ``Buổi gặp ...`` at the start
    of a sentence, or ``... chủ trì lễ đón.`` with no one named after it.
    """
    noun = start  # where ``cuộc``/``buổi``/``lễ`` begins, if the cue has one
    # Both patterns are tried only where their first (or last) letter and the space are there: most cues
    # have neither noun, and a character test is far cheaper than a search.
    if not (text[start] in _NOUN_FIRST and _NOUN_START.match(text, start)):
        window = max(sent.start, start - 8)
        if start - window < 3 or text[start - 1] != " " or text[start - 2] not in _NOUN_LAST:
            return False
        before = _NOUN_BEFORE.search(text, window, start)
        if before is None:
            return False
        noun = before.start()
    if noun <= sent.start:
        return text[noun : noun + 2].casefold() != "lễ"  # ``Lễ đón X tại ...`` opens a caption, not a follow-up
    if _FOLLOW_UP.search(text, max(sent.start, noun - 12), noun):
        return True
    return bool(_CLAUSE_END.match(text, end))


def _frame_around(
    text: str, sent_start: int, limit: int, at: int, lower: _LowerCase | None = None
) -> tuple[int, int] | None:
    """The frame (``trong khuôn khổ ...`` up to the next comma or semicolon) that holds offset ``at``.

    Frames are read left to right in ``text[sent_start:limit]``. One never runs past a comma, so the
    frame holding ``at`` is the one opened by the first marker of ``at``'s clause, if that marker
    starts at or before ``at``: only the clause up to ``at`` is searched, not the whole sentence.

    >>> t = "Hai bên gặp nhau, nhân dịp hội nghị, rồi hội đàm."
    >>> a, b = _frame_around(t, 0, len(t), t.index("hội nghị"))
    >>> t[a:b], _frame_around(t, 0, len(t), t.index("hội đàm"))
    ('nhân dịp hội nghị', None)
    """
    clause = max(sent_start, text.rfind(",", sent_start, at) + 1, text.rfind(";", sent_start, at) + 1)
    # A marker starting at or before ``at`` ends before ``at + _FRAME_REACH``: the search can stop there.
    stop = min(limit, at + _FRAME_REACH)
    clause_lower = lower.window(clause, stop) if lower is not None else lowercase(text[clause:stop])
    if not _holds(clause_lower, _FRAME_WORDS):
        return None  # no marker word in the clause (most cues): the search is spared
    marker = _FRAME_MARKER.search(text, clause, stop)
    if marker is None or marker.start() > at:
        return None
    stops = [i for i in (text.find(",", marker.end(), limit), text.find(";", marker.end(), limit)) if i >= 0]
    return marker.start(), min(stops, default=limit)


def _says_same_day(text: str, sent_start: int, start: int, before: str) -> bool:
    """Whether ``cùng ngày`` is in ``text[sent_start:start]``; ``before``: the _WINDOW characters before
    ``start`` in lower case, which, when they reach back to ``sent_start``, tell it is not there at all."""
    if start - _WINDOW <= sent_start and "cùng ngày" not in before:
        return False
    return bool(_SAME_DAY.search(text, sent_start, start))


def _dated(ctx: _Context, start: int, end: int) -> tuple[DateMention | None, bool]:
    """The first date in ``[start, end)``, and whether only a month-like period is there."""
    hits = ctx.dates_in(start, end)
    if hits:
        return hits[0].item, False
    return None, ctx.has_period(start, end)


def _after_last(text: str, start: int, end: int, stops: str) -> int:
    """Just after the last of the characters ``stops`` in ``text[start:end]``, or ``start``.

    ``_IF`` and ``_THANKS`` end in ``[^,;.]*$`` / ``[^.;]*$``: their words can only match after
    the last such stop before the cue, so their search starts there (a short clause, not 200 characters).

    >>> _after_last("Nếu vậy, hai bên gặp", 0, 20, ",;.")
    8
    """
    found = start
    for c in stops:
        found = max(found, text.rfind(c, start, end) + 1)
    return found


# Bounds that keep the work linear on any input: cues read per sentence, characters looked back
# for ``sẽ``/``dự kiến``, earlier encounters a mention may merge into, earlier officials a
# ``người đồng cấp`` may stand for. News sentences stay far inside them.
_MAX_CUES: Final = 24
_WINDOW: Final = 200
_LOOKBACK: Final = 32
_RECENT_OFFICIALS: Final = 64


def _sentence_mentions(ctx: _Context, sent: Sentence, history: list[_Encounter]) -> list[_Mention]:
    text = ctx.text
    found: list[tuple[int, int, MeetingKind]] = []
    # Per cue of ``found``, the _WINDOW characters before it in lower case: the quick word tests of _IF,
    # _ANNOUNCED and _THANKS, which search there (or in the clause that ends it).
    befores: list[str] = []
    lower: _LowerCase | None = None
    for m in _cues_in(text, sent.start, sent.end, ctx.triggers):
        if len(found) == _MAX_CUES:
            where = ctx.doc.span(m.start(), sent.end)
            msg = (
                f"more than {_MAX_CUES} meeting words in one sentence at {where.start}-{where.end}:"
                " the rest of the sentence was not read for meetings"
            )
            ctx.doc.diagnostics.append(Diagnostic("too-many-meeting-cues", msg, where))
            break
        kind = _KIND_OF_GROUP[m.lastgroup or ""]
        if not _cue_is_valid(ctx, m.start(), m.end(), kind, sent):
            continue
        window = max(sent.start, m.start() - _WINDOW)
        if lower is None:
            lower = _LowerCase(text, sent.start, sent.end)  # at the first cue: most sentences read have none
        before = lower.window(window, m.start())
        if _holds(before, _IF_WORDS) and _IF.search(text, _after_last(text, window, m.start(), ",;."), m.start()):
            continue  # ``nếu ông bay qua ... để gặp``: a supposition, not a meeting
        if (
            kind is _VISIT
            and found
            and found[-1][2] is _VISIT
            and m.group(0).casefold() in cues.ARRIVAL
            and not any(c in ",;" for c in text[found[-1][1] : m.start()])
        ):
            continue  # ``chuyến thăm cấp Nhà nước tới Lào``: the destination of the visit just named
        found.append((m.start(), m.end(), kind))
        befores.append(before)
    if not found:
        return []
    assert lower is not None  # made at the first cue
    limit = min(sent.end, found[-1][1] + _WINDOW)
    frames = [_frame_around(text, sent.start, limit, start, lower) for start, _end, _kind in found]
    roles: list[_Role] = []
    first_main: MeetingKind | None = None
    for i, (start, _end, kind) in enumerate(found):
        if frames[i] is not None:
            roles.append(_Role.FRAME)
        elif _holds(befores[i][-28:], _ADJUNCT_WORDS) and _ADJUNCT.search(text[max(sent.start, start - 14) : start]):
            roles.append(_Role.ADJUNCT)
        elif first_main is None:
            roles.append(_Role.MAIN)
            first_main = kind
        elif kind in (_VISIT, _CONFERENCE) and kind is not first_main:
            roles.append(_Role.SECONDARY)
        else:
            roles.append(_Role.MAIN)
    mains = [found[i][0] for i, r in enumerate(roles) if r is _Role.MAIN]
    first_main_start = mains[0] if mains else sent.end
    everyone = ctx.officials_in(sent.start, sent.end)
    out: list[_Mention] = []
    for i, (start, end, kind) in enumerate(found):
        role = roles[i]
        after = bisect.bisect_right(mains, start)
        next_main = mains[after] if after < len(mains) else sent.end
        next_main = _item_end(text, end, next_main)
        if (
            kind is not _VISIT
            and text.startswith(_GENERIC_WORDS, end, sent.end)  # the words first: most objects are named
            and _GENERIC_OBJECT.match(text, end, sent.end)
            and not ctx.officials_in(end, next_main)
        ):
            continue  # ``chào xã giao các lãnh đạo``: no named counterpart.
        if role is _Role.MAIN:
            # ``A đã tiếp và làm việc với B``: two verbs of one subject share its clause (place, date).
            joined = i > 0 and roles[i - 1] is _Role.MAIN and text[found[i - 1][1] : start] == " và "
            region_start = sent.start if start == first_main_start or joined else start
            hits = ctx.officials_in(region_start, next_main)
            if region_start != sent.start:
                subjects = ctx.officials_in(sent.start, first_main_start)
                if not subjects:
                    # ``ngay sau lễ đón được tổ chức ..., Tổng Bí thư X đã hội đàm với Y``: the subject
                    # stands after the last comma before the cue.
                    comma = text.rfind(",", sent.start, start)
                    subjects = [h for h in ctx.officials_in(sent.start, start) if h.end > comma]
                hits = subjects + hits
            date, month_only = _dated(ctx, region_start, next_main)
            if date is None and not month_only and region_start != sent.start:
                date, month_only = _dated(ctx, sent.start, first_main_start)
            if date is None and not month_only and _says_same_day(text, sent.start, start, befores[i]):
                date = ctx.same_day(sent)  # ``Chiều cùng ngày, ...``: the day of the sentence before
            span = (region_start, next_main)
        elif role is _Role.FRAME:
            frame = frames[i]
            frame_end = frame[1] if frame is not None else sent.end  # a frame cue always has one
            hits = everyone  # read, never changed in place
            date, month_only = _dated(ctx, start, frame_end)
            span = (start, frame_end)
        elif role is _Role.SECONDARY:
            hits = everyone  # read, never changed in place
            # Its own words end at a comma: ``... đang thăm Việt Nam, sáng 3/8`` dates the main news.
            own_end = next((j for j in range(end, next_main) if text[j] in ",;"), next_main)
            date, month_only = _dated(ctx, start, own_end)
            span = (start, next_main)
        else:
            hits = everyone  # read, never changed in place
            date, month_only = _dated(ctx, sent.start, sent.end)
            span = (sent.start, next_main)
        # What the cue's words are searched in: its region, at most _WINDOW characters either side.
        span = (max(span[0], start - _WINDOW), min(span[1], end + _WINDOW))
        region = lower.window(*span)  # for the quick word tests (``_ONLINE_WORDS`` ...)
        # ``Đặc phái viên của Tổng Bí thư X`` names X, who is not at the meeting; ``chuyến thăm Lào
        # của X`` (after a visit cue) names the visitor.
        hits = not_owned = [h for h in hits if not _owned(text, h, kind, start)]
        if kind is _VISIT and text[start:end].casefold() in cues.ARRIVAL:
            # ``X đã tới Hà Nội``: the one who arrives, from another country than the place's.
            there = place_country(text[end : end + 40])
            hits = [h for h in hits if h.start < start and (there is None or h.item.country != there)]
        participants = _unique(hits)
        if role is not _Role.MAIN and hits is not not_owned:
            # Everyone in the sentence not named as someone's principal takes part (for a non-main cue,
            # ``not_owned`` is just them: the union adds someone only where the arrival filter left them out).
            _union(participants, (h.item for h in not_owned))
        if not participants and not history and not out:
            # No one takes part and there is no encounter to join: none before this sentence, and none an
            # earlier cue of it may start (``_merge`` reads them in order). ``_merge`` would drop the mention
            # (most of these: ``gặp gỡ`` before anyone is named), and no later step adds a participant.
            continue
        hosts, guests = _sides(ctx, span, kind, start, end, hits, role, sent.start)
        anaphoric = _is_anaphoric(text, sent, start, end)
        location = _location(ctx, kind, end, span, region)
        direct = any(h.start >= end and h.start - end <= 25 and not _STOPS & set(text[end : h.start]) for h in hits)
        subject_names = _names(h.item for h in hits if h.start < start)
        # ``counterpart`` is read only for a bilateral encounter with subjects and no direct object (see
        # _merge; a split keeps ``direct`` and narrows ``subjects``): elsewhere its two matches are spared.
        mention = _Mention(
            kind=kind,
            sentence=sent,
            cue_start=start,
            role=role,
            participants=participants,
            hosts=hosts,
            guests=guests,
            date=date,
            month_only=month_only,
            location=location,
            place=place_country(text[location[0] : location[1]]) if location is not None else None,
            occasion=_occasion(text, *span, sidelines_only=anaphoric) if _holds(region, _OCCASION_WORDS) else None,
            online=_holds(region, _ONLINE_WORDS) and bool(_ONLINE.search(text, span[0], span[1])),
            announced=_holds(befores[i], _ANNOUNCED_WORDS)
            and bool(_ANNOUNCED.search(text, max(sent.start, start - _WINDOW), start)),
            anaphoric=anaphoric,
            thanked=_holds(befores[i], _THANKS_WORDS)
            and bool(_THANKS.search(text, _after_last(text, max(sent.start, start - _WINDOW), start, ".;"), start)),
            counterpart=not subject_names or direct or kind not in _BILATERAL or _has_counterpart(text, end, sent.end),
            direct=direct,
            subjects=subject_names,
        )
        _resolve_references(ctx, mention, span, region, history)
        if role is _Role.MAIN:
            # Counterparts named by title and country only count when no official is named after the cue.
            named_after = any(h.start >= end for h in hits)
            anonymous = [] if named_after else _anonymous(ctx, end, next_main, lower)
            if len(anonymous) > 1:
                # ``gặp ngoại trưởng Trung Quốc, Lào``: one meeting per counterpart.
                out.extend(attrs.evolve(mention, anonymous=frozenset([code])) for code in anonymous)
                continue
            mention.anonymous = frozenset(anonymous)
        for one in _split_in_turn(ctx, mention, span, region):
            out.extend(_split_delegations(one))
    return out


def _anonymous(ctx: _Context, start: int, end: int, lower: _LowerCase) -> list[str]:
    """Countries of the counterparts named by title and country only in ``[start, end)``."""
    codes: list[str] = []
    text = ctx.text
    if not _holds(lower.window(start, end), _ANON_TITLE_WORDS):
        return codes  # no title: most objects are named officials (searched for titles only when none is)
    countries = country_pattern()
    for m in _ANON_TITLE.finditer(text, start, end):
        first = countries.match(text, m.end(), end)
        if first is None:
            continue
        found = [first]
        while (glue := _LIST_GLUE.match(text, found[-1].end(), end)) and (
            more := countries.match(text, glue.end(), end)
        ):
            found.append(more)
        if ctx.officials_in(m.start(), found[-1].end()) or any(
            h.start <= m.start() < h.end for h in ctx.officials_in(max(0, m.start() - 200), m.start())
        ):
            continue  # a title of a named official, or a reference the officials stage resolved
        for c in found:
            code = country_of(c)
            if code not in codes:
                codes.append(code)
    return codes


def _sides(
    ctx: _Context,
    span: tuple[int, int],
    kind: MeetingKind,
    start: int,
    end: int,
    hits: list[Hit[Official]],
    role: _Role,
    sent_start: int,
) -> tuple[list[Official], list[Official]]:
    """Hosts and guests, where the sentence says who received or visited whom."""
    if role is not _Role.MAIN:
        return [], []
    text = ctx.text
    before = [h for h in hits if h.start < start]
    after = [h for h in hits if h.start >= end]
    if kind is _RECEPTION:
        passive = list(_PASSIVE.finditer(text, max(before[0].end, span[0]) if before else span[0], start))
        if passive and before:
            p = passive[-1].start()
            return _unique(h for h in before if h.start > p), _unique(h for h in before if h.start < p)
        return _unique(_subject_group(text, before)), _unique(after)
    if kind is _VISIT:
        # ``Nhận lời mời của X, A ... sẽ thăm``: the invitation may open a long sentence.
        invite = _INVITE.search(text, max(sent_start, start - 2 * _WINDOW), span[1])
        # ``theo lời mời của X``: the first official after it is the host.
        inviters = (
            [next(h.item for h in hits if h.start > invite.start())]
            if invite and any(h.start > invite.start() for h in hits)
            else []
        )
        guests = _unique(h for h in before if h.item.name not in _names(inviters))
        of = _OF.match(text, end, span[1])
        if of is not None:
            # ``chuyến thăm Lào của Tổng Bí thư X``: the first official after ``của`` is the visitor.
            _union(guests, [h.item for h in after if h.start >= of.end() and h.item.name not in _names(inviters)][:1])
        return inviters, guests
    if kind is _MEETING and text[start:end].casefold() == "chào xã giao":
        return _unique(after), _unique(before)
    return [], []


def _subject_group(text: str, before: list[Hit[Official]]) -> list[Hit[Official]]:
    """The officials right before a verb, joined by ``và``/``,``/``cùng``: its subjects.

    ``A cảm ơn B đã tiếp đoàn``: B alone hosts; ``A và B tiếp C``: both do.
    """
    group = before[-1:]
    for h in reversed(before[:-1]):
        if not _LIST_GAP.fullmatch(text, h.end, group[0].start):
            break
        group.insert(0, h)
    return group


def _location(ctx: _Context, kind: MeetingKind, end: int, span: tuple[int, int], region: str) -> tuple[int, int] | None:
    """A visit's destination, else the place after ``tại`` in the cue's ``span`` (``region``: it in lower case)."""
    text = ctx.text
    if kind is _VISIT:
        dest = _DESTINATION.match(text, end, span[1])
        if dest is not None:
            return dest.start("dest"), dest.end("dest")
        return None
    if not _holds(region, _AT_WORDS):
        return None  # no ``tại``: no place to read
    return find_location(text, span[0], span[1])


def _occasion(text: str, start: int, end: int, *, sidelines_only: bool = False) -> tuple[int, int] | None:
    """The span of X in ``bên lề X`` or ``nhân dịp X``.

    After ``Tại cuộc điện đàm, ...`` only ``bên lề`` counts: ``chúc mừng ... nhân dịp
    Quốc khánh`` there is the occasion of the wishes, not of the meeting.
    """
    for m in _OCCASION.finditer(text, start, end):
        if not sidelines_only or text[m.start() : m.start() + 2].casefold() == "bê":
            return m.start("occ"), m.end("occ")
    return None


def _resolve_references(
    ctx: _Context, mention: _Mention, span: tuple[int, int], region: str, history: list[_Encounter]
) -> None:
    """Add the officials that ``người đồng cấp``, ``hai Bộ trưởng`` ... stand for.

    ``region`` is ``ctx.text[span[0]:span[1]]`` in lower case.
    """
    if len(mention.participants) >= 2:
        return
    text = ctx.text
    if _holds(region, _COUNTERPART_WORDS) and _COUNTERPART.search(text, span[0], span[1]) and mention.participants:
        named = mention.participants[0]
        pool = [o for o in ctx.officials_before(mention.sentence.start) if o.name != named.name]
        other = [o for o in pool if o.country != named.country or named.country is None]
        same_title = [o for o in other if set(o.titles) & set(named.titles)]
        pick = same_title or other
        if pick:
            _union(mention.participants, pick[:1])
            return
    # ``Hai bên nhất trí ... chuyến thăm cấp cao``, ``Hai bên ... chuẩn bị Kỳ họp ...``: a visit or a
    # session is not made by "both sides" of the meeting before.
    if (
        mention.kind not in (_VISIT, _CONFERENCE)
        and _holds(region, _REFERENCE_WORDS)
        and _REFERENCE.search(text, *span)
    ):
        for enc in _recent(history):
            if len(enc.participants) >= 2:
                _union(mention.participants, enc.participants)
                return


def _split_in_turn(ctx: _Context, mention: _Mention, span: tuple[int, int], region: str) -> list[_Mention]:
    """``lần lượt được A, B, C tiếp``: one reception per host (one meeting per counterpart)."""
    if mention.role is not _Role.MAIN or not _holds(region, _IN_TURN_WORDS) or not _IN_TURN.search(ctx.text, *span):
        return [mention]
    side = mention.hosts if len(mention.hosts) > 1 else mention.guests if len(mention.guests) > 1 else []
    if not side:
        return [mention]
    fixed = mention.guests if side is mention.hosts else mention.hosts
    out = []
    for one in side:
        parts = [*fixed, one] if side is mention.hosts else [one, *fixed]
        hosts = [one] if side is mention.hosts else fixed
        guests = fixed if side is mention.hosts else [one]
        out.append(attrs.evolve(mention, participants=parts, hosts=list(hosts), guests=list(guests)))
    return out


def _split_delegations(mention: _Mention) -> list[_Mention]:
    """Visitors of different countries in one sentence (``Thủ tướng Lào A và Thủ tướng Campuchia B
    thăm chính thức Việt Nam``): one visit per country's delegation, each with the hosts."""
    if mention.kind is not _VISIT:
        return [mention]
    guests, hosts = mention.guests, mention.hosts
    if not guests and mention.place is not None:  # ``tiếp A và B đang thăm Việt Nam``
        guests = [o for o in mention.participants if o.country is not None and o.country != mention.place]
    natives = [o for o in guests if mention.place is not None and o.country == mention.place]
    if natives and len(natives) < len(guests):
        # ``A chào mừng B sang thăm Việt Nam``: no one visits their own country; the Vietnamese A hosts.
        guests = [o for o in guests if o not in natives]
        hosts = hosts or natives
        mention = attrs.evolve(mention, guests=guests, hosts=hosts)
    countries: list[str] = []
    for o in guests:
        if o.country is not None and o.country not in countries:
            countries.append(o.country)
    if len(countries) < 2:
        return [mention]
    out = []
    for code in countries:
        group = [o for o in guests if o.country == code]
        others = _names(o for o in guests if o.country != code)
        parts = [o for o in mention.participants if o.name not in others]
        out.append(attrs.evolve(mention, participants=parts, guests=group, subjects=mention.subjects - others))
    return out


# --------------------------------------------------------------------------- merging

# Tuples, not sets: a member test compares identities, where a set would call the Enum's Python ``__hash__``.
_CLOSE: Final = (_MEETING, _RECEPTION, MeetingKind.TALKS)


def _compatible(enc: _Encounter, m: _Mention) -> bool:
    if enc.kind is not m.kind:
        return False
    if enc.anonymous and m.anonymous and not enc.anonymous & m.anonymous:
        return False  # the same official met two unnamed counterparts
    a, b = _names(enc.participants), _names(m.participants)
    if m.kind is _VISIT:
        # One visit per visitor and destination: any shared official, unless both name different
        # visitors or different countries (``kết thúc chuyến thăm Thái Lan và đi thăm Singapore``).
        g, h = _names(enc.guests), _names(m.guests)
        if m.place is not None and enc.places and m.place not in enc.places:
            return False
        return bool(a & b) and not (g and h and not g & h)
    if not (a <= b or b <= a or len(a & b) >= 2):
        return False
    if m.kind not in (_VISIT, _CONFERENCE):
        if m.date is not None and enc.dates and m.date.to_date() not in enc.dates:
            return False
        if m.role is _Role.MAIN and not _same_status(enc, m):
            return False
    return True


def _same_status(enc: _Encounter, m: _Mention) -> bool:
    """A meeting told as held is not the one announced in the same article (``sẽ hội đàm`` ... ``đã hội đàm``)."""
    return m.kind is _VISIT or not enc.main_announced or m.announced in enc.main_announced


def _recent(history: list[_Encounter]) -> Iterable[_Encounter]:
    """The last encounters, most recent first."""
    return reversed(history[-_LOOKBACK:])


_STOPS: Final = frozenset(",;.")
_BILATERAL: Final = (_MEETING, _RECEPTION, MeetingKind.TALKS, MeetingKind.PHONE_CALL)  # a tuple: see _CLOSE


def _merge(mentions: list[_Mention], history: list[_Encounter]) -> None:
    for m in mentions:
        target = None
        if m.anaphoric or not m.participants:
            # ``Tại cuộc điện đàm, ...``: the encounter already reported.
            target = next(
                (
                    enc
                    for enc in _recent(history)
                    if enc.kind is m.kind and (m.role is not _Role.MAIN or _same_status(enc, m))
                ),
                None,
            )
            if target is None and not m.participants:
                continue
        if target is None:
            target = next((enc for enc in _recent(history) if _compatible(enc, m)), None)
        if target is None:
            if m.thanked or (m.sentence.zone is _CAPTION and (m.anaphoric or _echoes(history, m))):
                # ``A và B tại lễ đón. Ảnh: ...``: a photo caption confirms an encounter the text
                # reports; only a caption that tells an event of its own (a verb) adds one. Thanks
                # for a reception (``cảm ơn X đã tiếp đón Đoàn``) add none either.
                continue
            if m.kind in _BILATERAL and len(m.participants) < 2 and not (m.direct or (m.subjects and m.counterpart)):
                # One official named after the cue (``Ra đón đoàn có Đại sứ X``), or a subject meeting
                # no counterpart (``gặp gỡ cán bộ, nhân viên``): no encounter between officials.
                continue
            encounter = _Encounter(m.kind, [], list(m.participants), list(m.hosts), list(m.guests))
            encounter.add(m)
            history.append(encounter)
        else:
            target.add(m)
            if (m.role is _Role.MAIN and not m.anaphoric) or len(target.participants) < 2:
                # A frame or ``Tại buổi tiếp, ...`` names others too (``chuyển lời thăm hỏi tới X``).
                _union(target.participants, m.participants)
            # ``A và B tại lễ đón``: no one becomes a host who was the guest (or the reverse).
            _union(target.hosts, (o for o in m.hosts if o.name not in _names(target.guests)))
            _union(target.guests, (o for o in m.guests if o.name not in _names(target.hosts)))


def _echoes(history: list[_Encounter], m: _Mention) -> bool:
    """Whether an encounter already reported brings together the same officials on the same day."""
    names = _names(m.participants)
    day = m.date.to_date() if m.date is not None else None
    return any(
        enc.kind in _BILATERAL
        and names <= _names(enc.participants)
        and (day is None or not enc.dates or day in enc.dates)
        for enc in _recent(history)
    )


def _visit_sides(enc: _Encounter, place: str | None) -> tuple[list[Official], list[Official]]:
    """A visit's sides, the missing ones from the destination: its people host, the others visit.

    ``A tiếp B đang có chuyến thăm Việt Nam`` says nothing of sides in the verb of the
    visit; with Việt Nam as destination, the Vietnamese A hosts and B visits.
    """
    if place is None or (enc.hosts and enc.guests):
        return enc.hosts, enc.guests
    known = [o for o in enc.participants if o.country is not None]
    hosts = enc.hosts or [o for o in known if o.country == place and o.name not in _names(enc.guests)]
    guests = enc.guests or [o for o in known if o.country != place and o.name not in _names(hosts)]
    return hosts, guests


def _lead_date(ctx: _Context) -> DateMention | None:
    doc = ctx.doc
    seen = 0  # the first two body or caption sentences (stop there: an article has dozens)
    # Zones read once: an Enum member read off its class costs about 65 ns (Python 3.11), per sentence here.
    title, body, caption = _TITLE, _BODY, _CAPTION
    for s in doc.sentences:
        if s.zone is body or s.zone is caption:
            hits = ctx.dates_in(s.start, s.end)
            if hits:
                return hits[0].item
            seen += 1
            if seen == 2:
                break
    for s in doc.sentences:
        if s.zone is title:
            hits = ctx.dates_in(s.start, s.end)
            if hits:
                return hits[0].item
    span = doc.layout.published_span
    if span is not None:
        hits = ctx.dates_in(span[0], span[1])
        if hits:
            return hits[0].item
    return None


def _build(ctx: _Context, enc: _Encounter) -> Hit[Meeting]:
    doc = ctx.doc
    ms = enc.mentions
    news = [m for m in ms if m.role in (_Role.MAIN, _Role.SECONDARY, _Role.ADJUNCT)] or ms
    announced = news[0].announced
    date = next((m.date for m in ms if m.date is not None and m.role is _Role.MAIN), None)
    if date is None:
        date = next((m.date for m in ms if m.date is not None), None)
    if date is None and not announced and any(m.role is _Role.MAIN for m in ms) and not any(m.month_only for m in ms):
        date = ctx.lead_date
    located = next((m for m in ms if m.location is not None), None)
    where = located.location if located is not None else None
    location = doc.quote(*where) if where is not None else None
    occasion_span = next((m.occasion for m in ms if m.occasion is not None), None)
    # The sentence that reports it: the first body sentence where it is the news, else the first at all.
    evidence = next((m.sentence for m in news if m.role is _Role.MAIN and m.sentence.zone is _BODY), news[0].sentence)
    place = located.place if located is not None else None  # the location's country, read with its mention
    hosts, guests = _visit_sides(enc, place) if enc.kind is _VISIT else (enc.hosts, enc.guests)
    meeting = Meeting(
        kind=enc.kind,
        date=date,
        location=location,
        participants=tuple(enc.participants),
        online=any(m.online for m in ms),
        hosts=tuple(hosts),
        guests=tuple(o for o in guests if o.name not in _names(hosts)),
        occasion=doc.quote(*occasion_span) if occasion_span is not None else None,
        status=_ANNOUNCED_STATUS if announced else _HELD,
        evidence=doc.span(evidence.start, evidence.end),
        location_country=place,
    )
    return Hit(evidence.start, evidence.end, meeting)


def extract_meetings(
    doc: Document,
    officials: OfficialIndex,
    dates: list[Hit[DateMention]],
    periods: list[Hit[PeriodMention]],
) -> list[Hit[Meeting]]:
    """Every meeting reported in ``doc``, in text order of the sentence that first reports it.

    ``officials`` gives the officials and where each is named; ``dates`` and
    ``periods`` the date and period mentions (normalised offsets, as
    :func:`~vnlao_corpus.values.dates.scan_dates` gives them). Never raises.

    >>> from vnlao_corpus.model import Official, Span
    >>> from vnlao_corpus.text.document import read_document
    >>> doc = read_document("Tin\\nÔng Sơn đã điện đàm với ông Saleumxay.")
    >>> a = Official("Bùi Thanh Sơn", ("Bộ trưởng Ngoại giao",), "VN")
    >>> b = Official("Saleumxay Kommasith", ("Bộ trưởng Ngoại giao",), "LA")
    >>> index = OfficialIndex((a, b), (Hit(8, 11, a), Hit(34, 43, b)))
    >>> [(h.item.kind.value, [o.name for o in h.item.participants]) for h in extract_meetings(doc, index, [], [])]
    [('phone_call', ['Bùi Thanh Sơn', 'Saleumxay Kommasith'])]
    """
    if not officials.hits and not officials.references:
        return []  # no one to meet
    ctx = _Context(doc, officials, dates, periods)
    history: list[_Encounter] = []
    sentences = doc.sentences
    for k in _sentences_to_read(ctx):
        sent = sentences[k]
        if sent.zone in _READ_ZONES:
            _merge(_sentence_mentions(ctx, sent, history), history)
    kept = _drop_title_echoes(history)
    hits = [_build(ctx, enc) for enc in kept]
    hits.sort(key=_start)
    return hits


_READ_ZONES: Final = (_TITLE, _BODY, _CAPTION)  # a tuple: see _CLOSE


def _sentences_to_read(ctx: _Context) -> list[int]:
    """The indices of the sentences, from the one that names the first official on, where a cue may start.

    Those are the sentences that hold a trigger (found by a bisect per trigger: an article has a few
    triggers and dozens of sentences), and those in capitals (the trigger scan reads lower-case letters
    only), told apart by their second letter in one pass (``_all_caps`` only where it is not lower case).
    """
    text, sentences = ctx.text, ctx.doc.sentences
    count = len(sentences)
    first = bisect.bisect_right(sentences, ctx.origin, key=_sentence_end)
    read = {
        k
        for t in ctx.triggers
        if (k := bisect.bisect_right(sentences, t, first, count, key=_sentence_end)) < count and sentences[k].start <= t
    }
    read.update(
        k
        for k, s in enumerate(sentences[first:], first)
        if (s.end - s.start < 2 or not text[s.start + 1].islower()) and _all_caps(text, s.start, s.end)
    )
    return sorted(read)


_sentence_end = operator.attrgetter("end")
_start = operator.attrgetter("start")


def _drop_title_echoes(history: list[_Encounter]) -> list[_Encounter]:
    """A title that calls the body's meeting a reception (or the reverse) is the same meeting."""
    kept = []
    for enc in history:
        if enc.kind in _CLOSE and all(m.sentence.zone is _TITLE for m in enc.mentions):
            names = _names(enc.participants)
            if any(
                other is not enc
                and other.kind in _CLOSE
                and other.kind is not enc.kind
                and names & _names(other.participants)
                for other in history
            ):
                continue
        kept.append(enc)
    return kept
