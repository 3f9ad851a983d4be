"""Tests for vnlao_corpus.events.meetings: kinds, participants, dates, places and merging.

The extractor is fed hand-made official, date and period hits, so that these
tests pin its own logic whatever the other stages do. Every sentence is written
for these tests, with invented officials, in the forms that API.md and
FORMAT.md list and that the news pool shows ("A đã điện đàm với B", "A đã
được B tiếp", "Trong khuôn khổ chuyến thăm chính thức ...", "Tại cuộc hội đàm,
hai Bộ trưởng ...", "bên lề Hội nghị ...").
"""

from __future__ import annotations

import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnlao_corpus.entities.officials import OfficialIndex
from vnlao_corpus.events import meeting_cues
from vnlao_corpus.events.meetings import extract_meetings, find_location, place_country
from vnlao_corpus.model import (
    DateMention,
    DateValue,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Official,
    Period,
    PeriodKind,
    PeriodMention,
)
from vnlao_corpus.text.document import Hit, read_document

D = datetime.date

# Invented officials of five countries.
AN = Official("Trần Văn An", ("Bộ trưởng Ngoại giao",), "VN")
HOA = Official("Lê Thị Hoa", ("Thủ tướng",), "VN")
KHAMPHET = Official("Khamphet Sihalath", ("Bộ trưởng Ngoại giao",), "LA", aliases=("Khamphet",))
BOUNMY = Official("Bounmy Phanthavong", ("Thủ tướng",), "LA")
VILAY = Official("Vilayvanh Keola", ("Chủ tịch Quốc hội",), "LA")
VUONG = Official("Vương Minh Đức", ("Ngoại trưởng",), "CN")
SOK = Official("Sok Chanda", ("Thủ tướng",), "KH")
KIM = Official("Kim Tae-woo", ("Ngoại trưởng",), "KR")
PEOPLE = (AN, HOA, KHAMPHET, BOUNMY, VILAY, VUONG, SOK, KIM)


# A title before a name belongs to the mention, as the officials stage reads it.
_TITLE = r"(?:(?:Phó )?(?:Thủ tướng|Bộ trưởng|Chủ tịch Quốc hội|Chủ tịch nước|Ngoại trưởng)(?: Ngoại giao)?(?: Lào)? )?"


def _index(text: str, officials: tuple[Official, ...]) -> OfficialIndex:
    """Hits at every place an official (title and name, or alias) is written, longest spelling first."""
    hits: list[Hit[Official]] = []
    taken: list[tuple[int, int]] = []
    spellings = sorted(((n, o) for o in officials for n in (o.name, *o.aliases)), key=lambda x: -len(x[0]))
    for name, official in spellings:
        for m in re.finditer(_TITLE + re.escape(name) + r"(?!\w)", text):
            if not any(a <= m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                hits.append(Hit(m.start(), m.end(), official))
    hits.sort(key=lambda h: h.start)
    return OfficialIndex(officials, tuple(hits))


def _dates(text: str, days: dict[str, D]) -> list[Hit[DateMention]]:
    """A date hit at the first place each written form stands (forms are unique in these texts)."""
    out = []
    for form, day in days.items():
        i = text.index(form)
        out.append(Hit(i, i + len(form), DateMention(form, i, i + len(form), DateValue(day.day, day.month, day.year))))
    return sorted(out, key=lambda h: h.start)


def meetings(
    text: str,
    days: dict[str, D] | None = None,
    months: dict[str, Period] | None = None,
    officials: tuple[Official, ...] = PEOPLE,
) -> list[Meeting]:
    """The meetings of ``text`` (a title line, then paragraphs; already normalised)."""
    doc = read_document(text)
    assert doc.text == text
    periods = []
    for form, period in (months or {}).items():
        i = text.index(form)
        periods.append(Hit(i, i + len(form), PeriodMention(form, i, i + len(form), period)))
    hits = extract_meetings(doc, _index(text, officials), _dates(text, days or {}), periods)
    return [h.item for h in hits]


def names(officials: tuple[Official, ...]) -> list[str]:
    return [o.name for o in officials]


# --------------------------------------------------------------------------- kinds

# One sentence per cue of API.md / FORMAT.md (sentences written for these tests).
KINDS = [
    ("điện đàm", "Tin\nBộ trưởng Trần Văn An đã điện đàm với Bộ trưởng Khamphet Sihalath.", MeetingKind.PHONE_CALL),
    (
        "trao đổi qua điện thoại",
        "Tin\nThủ tướng Lê Thị Hoa trao đổi qua điện thoại với Thủ tướng Bounmy Phanthavong.",
        MeetingKind.PHONE_CALL,
    ),
    ("hội đàm", "Tin\nThủ tướng Lê Thị Hoa hội đàm với Thủ tướng Bounmy Phanthavong.", MeetingKind.TALKS),
    ("hội kiến", "Tin\nBộ trưởng Trần Văn An hội kiến Thủ tướng Bounmy Phanthavong.", MeetingKind.MEETING),
    ("gặp", "Tin\nBộ trưởng Trần Văn An đã gặp Bộ trưởng Khamphet Sihalath.", MeetingKind.MEETING),
    ("gặp gỡ", "Tin\nBộ trưởng Trần Văn An gặp gỡ Bộ trưởng Khamphet Sihalath.", MeetingKind.MEETING),
    ("làm việc với", "Tin\nBộ trưởng Trần Văn An làm việc với Bộ trưởng Khamphet Sihalath.", MeetingKind.MEETING),
    (
        "chào xã giao",
        "Tin\nBộ trưởng Khamphet Sihalath chào xã giao Thủ tướng Lê Thị Hoa.",
        MeetingKind.MEETING,
    ),
    ("tiếp", "Tin\nThủ tướng Lê Thị Hoa đã tiếp Bộ trưởng Khamphet Sihalath.", MeetingKind.RECEPTION),
    ("tiếp xã giao", "Tin\nThủ tướng Lê Thị Hoa tiếp xã giao Bộ trưởng Khamphet Sihalath.", MeetingKind.RECEPTION),
    ("đón", "Tin\nThủ tướng Lê Thị Hoa chủ trì lễ đón Thủ tướng Bounmy Phanthavong.", MeetingKind.RECEPTION),
    ("thăm chính thức", "Tin\nThủ tướng Bounmy Phanthavong thăm chính thức Việt Nam.", MeetingKind.VISIT),
    ("thăm cấp Nhà nước", "Tin\nChủ tịch Quốc hội Vilayvanh Keola thăm cấp Nhà nước tới Việt Nam.", MeetingKind.VISIT),
    ("chuyến thăm", "Tin\nChuyến thăm Lào của Thủ tướng Lê Thị Hoa thành công tốt đẹp.", MeetingKind.VISIT),
    ("chuyến công tác", "Tin\nChuyến công tác tại Lào của Bộ trưởng Trần Văn An kết thúc.", MeetingKind.VISIT),
    (
        "kỳ họp",
        "Tin\nThủ tướng Lê Thị Hoa và Thủ tướng Bounmy Phanthavong đồng chủ trì Kỳ họp lần thứ 50 Ủy ban liên"
        " Chính phủ.",
        MeetingKind.CONFERENCE,
    ),
    ("hội nghị", "Tin\nBộ trưởng Trần Văn An tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN.", MeetingKind.CONFERENCE),
]


@pytest.mark.parametrize(("text", "kind"), [(t, k) for _, t, k in KINDS], ids=[i for i, _, _ in KINDS])
def test_kind_from_cue(text: str, kind: MeetingKind) -> None:
    """Each cue word gives one meeting of its kind."""
    assert [kind] == [m.kind for m in meetings(text)]


# Words that look like cues and are not (task notes: tiếp tục, tiếp xúc, họp báo, đón nhận).
NOT_MEETINGS = [
    ("tiếp tục", "Tin\nBộ trưởng Trần Văn An tiếp tục khẳng định ủng hộ Lào."),
    ("tiếp xúc cấp cao", "Tin\nBộ trưởng Trần Văn An đề nghị tăng cường tiếp xúc cấp cao với Lào."),
    ("họp báo", "Tin\nBộ trưởng Trần Văn An chủ trì họp báo thường kỳ."),
    ("cuộc họp báo", "Tin\nBộ trưởng Trần Văn An phát biểu tại cuộc họp báo thường kỳ."),
    ("body meets, not an official", "Tin\nLiên đoàn dự kiến sẽ họp chiều nay để chờ ý kiến của Bộ trưởng Trần Văn An."),
    ("home-country arrival", "Tin\nThủ tướng Lê Thị Hoa đã tới Hà Nội để dự lễ ra mắt sách."),
    ("conference centre", "Tin\nThủ tướng Lê Thị Hoa đến Trung tâm Hội nghị Quốc gia, nơi diễn ra triển lãm."),
    ("đón nhận", "Tin\nBộ trưởng Trần Văn An đón nhận Huân chương Lao động."),
    ("gặp khó khăn", "Tin\nThủ tướng Lê Thị Hoa cho biết doanh nghiệp gặp khó khăn."),
    ("các diễn đàn", "Tin\nBộ trưởng Trần Văn An nhất trí phối hợp tại các diễn đàn đa phương."),
    ("trực tiếp", "Tin\nThủ tướng Lê Thị Hoa trực tiếp chỉ đạo công tác này."),
    ("no official", "Tin\nHai bên đã hội đàm tại Hà Nội."),
    ("tiếp as again", "Tin\nThủ tướng Lê Thị Hoa cho biết sẽ không tranh cử tiếp."),
    ("tới thăm a workplace", "Tin\nThủ tướng Lê Thị Hoa đã tới thăm, động viên công nhân nhà máy."),
    ("invitation", "Tin\nThủ tướng Lê Thị Hoa trân trọng mời Thủ tướng Sok Chanda thăm Việt Nam."),
    ("wish", "Tin\nThủ tướng Sok Chanda bày tỏ mong muốn sớm trở lại thăm Việt Nam."),
    ("meeting a group", "Tin\nThủ tướng Lê Thị Hoa đã gặp gỡ cán bộ, nhân viên Đại sứ quán."),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_MEETINGS], ids=[i for i, _ in NOT_MEETINGS])
def test_not_a_meeting(text: str) -> None:
    """Words that only look like meeting cues give no meeting."""
    assert [] == meetings(text)


# --------------------------------------------------------------------------- participants, hosts, guests


def test_participants_subject_and_object() -> None:
    """The subject before the verb and the object after ``với`` are both participants."""
    (m,) = meetings("Tin\nSáng 3/5, Bộ trưởng Trần Văn An đã điện đàm với Bộ trưởng Khamphet Sihalath.")
    assert ["Trần Văn An", "Khamphet Sihalath"] == names(m.participants)


def test_reception_host_is_subject() -> None:
    """In ``A tiếp B`` A is the host and B the guest."""
    (m,) = meetings("Tin\nThủ tướng Lê Thị Hoa đã tiếp Bộ trưởng Khamphet Sihalath.")
    assert (["Lê Thị Hoa"], ["Khamphet Sihalath"]) == (names(m.hosts), names(m.guests))


def test_passive_reception_swaps_sides() -> None:
    """In ``B được A tiếp`` the subject is the guest and the agent the host."""
    (m,) = meetings("Tin\nBộ trưởng Trần Văn An đã được Thủ tướng Bounmy Phanthavong tiếp thân mật.")
    assert (["Bounmy Phanthavong"], ["Trần Văn An"]) == (names(m.hosts), names(m.guests))


def test_in_turn_gives_one_reception_per_host() -> None:
    """``lần lượt được A, B tiếp`` is one reception by each host."""
    text = (
        "Tin\nBộ trưởng Trần Văn An đã lần lượt được Thủ tướng Bounmy Phanthavong, "
        "Chủ tịch Quốc hội Vilayvanh Keola tiếp."
    )
    found = meetings(text)
    assert [["Bounmy Phanthavong"], ["Vilayvanh Keola"]] == [names(m.hosts) for m in found]
    assert [["Trần Văn An"], ["Trần Văn An"]] == [names(m.guests) for m in found]


def test_visit_inviter_is_host() -> None:
    """``theo lời mời của X`` makes X the host of the visit and the subject its guest."""
    text = "Tin\nThủ tướng Bounmy Phanthavong thăm chính thức Việt Nam theo lời mời của Thủ tướng Lê Thị Hoa."
    (m,) = meetings(text)
    assert (["Lê Thị Hoa"], ["Bounmy Phanthavong"]) == (names(m.hosts), names(m.guests))


def test_envoy_of_a_leader_is_not_a_party() -> None:
    """``Đặc phái viên của Thủ tướng X`` names X, who is not at the meeting."""
    (m,) = meetings(
        "Tin\nBộ trưởng Trần Văn An, Đặc phái viên của Thủ tướng Lê Thị Hoa, hội kiến Thủ tướng Sok Chanda."
    )
    assert ["Trần Văn An", "Sok Chanda"] == names(m.participants)


def test_counterpart_named_by_title_only() -> None:
    """One named official meeting a counterpart named by title only is still a meeting."""
    (m,) = meetings("Tin\nThủ tướng Lê Thị Hoa hội đàm với Chủ tịch Hạ viện Malaysia.")
    assert (MeetingKind.TALKS, ["Lê Thị Hoa"]) == (m.kind, names(m.participants))


def test_envoy_visit_leaves_principal_out() -> None:
    """``X, đặc phái viên của Thủ tướng Y, đã đến Viêng Chăn``: the visitor is X alone."""
    (m,) = meetings("Tin\nBộ trưởng Trần Văn An - đặc phái viên của Thủ tướng Lê Thị Hoa - đã đến Viêng Chăn.")
    assert (MeetingKind.VISIT, ["Trần Văn An"]) == (m.kind, names(m.participants))


def test_reception_with_guest_only_named() -> None:
    """A reception whose host is not an official of the index still has its guest, named right after ``đón``."""
    (m,) = meetings("Tin\nQuân đội bắn 21 loạt đại bác đón Thủ tướng Lê Thị Hoa.")
    assert (MeetingKind.RECEPTION, ["Lê Thị Hoa"]) == (m.kind, names(m.participants))


def test_welcomers_listed_after_are_not_a_reception() -> None:
    """``Ra đón đoàn tại sân bay có Đại sứ X``: X alone, named far after the cue, makes no reception."""
    assert [] == meetings("Tin\nRa đón đoàn tại sân bay, có Bộ trưởng Khamphet Sihalath.")


def test_host_named_in_a_later_sentence_joins() -> None:
    """``... chủ trì lễ đón.`` with no one after it is the reception already reported."""
    text = (
        "Tin\nSáng 26/1, lễ đón chính thức Thủ tướng Bounmy Phanthavong được tổ chức tại Phủ Chủ tịch. "
        "Thủ tướng Lê Thị Hoa chủ trì lễ đón."
    )
    (m,) = meetings(text, {"26/1": D(2025, 1, 26)})
    assert ["Bounmy Phanthavong", "Lê Thị Hoa"] == names(m.participants)


def test_third_countries_meet() -> None:
    """A meeting between Laos and China (no Vietnamese party) is a meeting like any other."""
    (m,) = meetings("Tin\nBộ trưởng Khamphet Sihalath hội đàm với Ngoại trưởng Vương Minh Đức tại Bắc Kinh.")
    assert (MeetingKind.TALKS, ["Khamphet Sihalath", "Vương Minh Đức"]) == (m.kind, names(m.participants))


def test_counterpart_resolved() -> None:
    """``người đồng cấp`` is the official of the other country met before."""
    text = (
        "Tin\nBộ trưởng Trần Văn An đã gặp Bộ trưởng Khamphet Sihalath tại Viêng Chăn. "
        "Buổi gặp giữa Bộ trưởng Trần Văn An và người đồng cấp diễn ra trong không khí thân mật."
    )
    (m,) = meetings(text)
    assert ["Trần Văn An", "Khamphet Sihalath"] == names(m.participants)


def test_supposition_is_not_a_meeting() -> None:
    """A meeting only supposed (``nếu ... gặp``) is none."""
    assert [] == meetings("Tin\nThủ tướng Lê Thị Hoa sẽ hoãn chuyến đi nếu không thể gặp Thủ tướng Sok Chanda.")


def test_both_sides_at_sentence_start() -> None:
    """``Hai Thủ tướng ...`` at the start of a sentence stands for the two leaders met before."""
    text = (
        "Tin\nThủ tướng Lê Thị Hoa chủ trì lễ đón Thủ tướng Bounmy Phanthavong.\n"
        "Hai Thủ tướng sau đó tiến hành hội đàm."
    )
    found = meetings(text)
    assert ["Lê Thị Hoa", "Bounmy Phanthavong"] == names(found[-1].participants)


def test_both_sides_do_not_make_a_visit() -> None:
    """``Hai bên nhất trí triển khai kết quả chuyến thăm cấp cao``: no visit by "both sides"."""
    text = (
        "Tin\nBộ trưởng Trần Văn An đã điện đàm với Bộ trưởng Khamphet Sihalath.\n"
        "Hai bên nhất trí triển khai kết quả các chuyến thăm cấp cao."
    )
    assert [MeetingKind.PHONE_CALL] == [m.kind for m in meetings(text)]


def test_unnamed_counterparts_from_any_country() -> None:
    """Counterparts named by title and a country from the country list are one meeting each."""
    text = "Tin\nThủ tướng Lê Thị Hoa đã gặp Thủ tướng Áo, Tổng thống Paraguay và Tổng thống Tajikistan."
    assert 3 == len(meetings(text))


def test_unnamed_counterparts_are_separate_meetings() -> None:
    """Meeting two foreign ministers named only by title and country is two meetings."""
    found = meetings("Tin\nBộ trưởng Trần Văn An đã gặp Ngoại trưởng Trung Quốc và Ngoại trưởng Lào.")
    assert [MeetingKind.MEETING, MeetingKind.MEETING] == [m.kind for m in found]


# --------------------------------------------------------------------------- merging


def test_follow_up_sentences_merge() -> None:
    """The lead, ``Tại cuộc hội đàm, hai Bộ trưởng ...`` and a repeat are one meeting."""
    text = (
        "Bộ trưởng Trần Văn An hội đàm với Bộ trưởng Khamphet Sihalath\n"
        "Sáng 3/5, tại Hà Nội, Bộ trưởng Trần Văn An đã hội đàm với Bộ trưởng Khamphet Sihalath.\n"
        "Tại cuộc hội đàm, hai Bộ trưởng nhất trí tăng cường hợp tác.\n"
        "Bộ trưởng Trần Văn An hội đàm với Bộ trưởng Khamphet Sihalath tại Hà Nội."
    )
    (m,) = meetings(text, {"3/5": D(2025, 5, 3)})
    assert (D(2025, 5, 3), "Hà Nội") == (m.date.to_date() if m.date else None, m.location)


def test_subject_after_an_earlier_cue() -> None:
    """``Ngay sau lễ đón ..., A đã hội đàm với B``: A, after the last comma, is the subject of the talks."""
    text = (
        "Tin\nSáng 21/10, ngay sau lễ đón được tổ chức tại Phủ Tổng thống, Thủ tướng Lê Thị Hoa đã hội đàm"
        " với Ngoại trưởng Kim Tae-woo."
    )
    found = meetings(text, {"21/10": D(2025, 10, 21)})
    assert ["Lê Thị Hoa", "Kim Tae-woo"] == names(found[-1].participants)


def test_foreign_arrival_is_a_visit() -> None:
    """A foreign leader arriving in the capital starts a visit there."""
    (m,) = meetings("Tin\nChiều 1/5, Thủ tướng Sok Chanda đã tới Hà Nội.", {"1/5": D(2025, 5, 1)})
    assert (MeetingKind.VISIT, "Hà Nội", ["Sok Chanda"]) == (m.kind, m.location, names(m.participants))


def test_evidence_is_the_body_lead() -> None:
    """The evidence of a meeting reported in the title and the body is the body sentence."""
    lead = "Chiều 4/5, Bộ trưởng Trần Văn An đã hội đàm với Bộ trưởng Khamphet Sihalath tại Hà Nội."
    text = "Bộ trưởng Trần Văn An hội đàm với Bộ trưởng Khamphet Sihalath\n" + lead
    (m,) = meetings(text, {"4/5": D(2025, 5, 4)})
    assert lead == (text[m.evidence.start : m.evidence.end] if m.evidence else None)


def test_parse_end_to_end() -> None:
    """Through ``parse``, a phone call keeps its date, place, online flag and both parties (caller offsets)."""
    from vnlao_corpus import parse

    raw = (
        "Bộ trưởng Ngoại giao Việt Nam - Lào điện đàm\n"
        "Sáng ngày 27/8, tại Văn phòng Chính phủ, Bộ trưởng Ngoại giao Trần Văn An đã điện đàm trực tuyến"
        " với Bộ trưởng Ngoại giao Lào Khamphet Sihalath."
    )
    (m,) = parse(raw, year=2024).meetings
    got = (m.kind, m.date.to_date() if m.date else None, m.location, m.online, names(m.participants))
    assert (
        MeetingKind.PHONE_CALL,
        D(2024, 8, 27),
        "Văn phòng Chính phủ",
        True,
        ["Trần Văn An", "Khamphet Sihalath"],
    ) == got
    assert m.date is not None
    assert m.date.text == raw[m.date.start : m.date.end]


def test_title_echo_of_other_kind_dropped() -> None:
    """A title calling the body's meeting a reception does not add a second meeting."""
    text = (
        "Bộ trưởng Trần Văn An tiếp Bộ trưởng Khamphet Sihalath\n"
        "Chiều 4/5, Bộ trưởng Trần Văn An đã có cuộc gặp với Bộ trưởng Khamphet Sihalath."
    )
    assert [MeetingKind.MEETING] == [m.kind for m in meetings(text, {"4/5": D(2025, 5, 4)})]


def test_different_counterparts_are_different_talks() -> None:
    """Talks with two different leaders in one sentence are two talks."""
    text = "Tin\nThủ tướng Lê Thị Hoa hội đàm với Thủ tướng Bounmy Phanthavong; hội đàm với Thủ tướng Sok Chanda."
    found = meetings(text)
    assert [["Lê Thị Hoa", "Bounmy Phanthavong"], ["Lê Thị Hoa", "Sok Chanda"]] == [
        names(m.participants) for m in found
    ]


def test_semicolon_ends_the_objects() -> None:
    """An official named after ``;`` (another news item) is not a party of the meeting before it."""
    text = "Tin\nNgoại trưởng Vương Minh Đức gặp Thủ tướng Sok Chanda; Ông Kim Tae-woo nói sẽ từ chức."
    (m,) = meetings(text)
    assert ["Vương Minh Đức", "Sok Chanda"] == names(m.participants)


def test_semicolon_inside_a_list_of_guests() -> None:
    """A semicolon followed by a title continues a list of guests (``tiếp A, ...; Thủ tướng B``)."""
    text = "Tin\nThủ tướng Lê Thị Hoa đã tiếp Ngoại trưởng Vương Minh Đức, Trung Quốc; Ngoại trưởng Kim Tae-woo."
    (m,) = meetings(text)
    assert ["Lê Thị Hoa", "Vương Minh Đức", "Kim Tae-woo"] == names(m.participants)


def test_visits_to_two_countries_are_two_visits() -> None:
    """Ending one visit and starting another elsewhere is two visits."""
    text = (
        "Tin\nThủ tướng Lê Thị Hoa rời thủ đô Viêng Chăn, kết thúc chuyến thăm chính thức Lào"
        " và đi thăm chính thức Campuchia."
    )
    assert ["Lào", "Campuchia"] == [m.location for m in meetings(text)]


def test_frame_visit_and_meeting_inside_it() -> None:
    """A visit named as the frame is a meeting of its own, without the sentence's date."""
    text = (
        "Tin\nTrong khuôn khổ chuyến thăm chính thức Lào, ngày 5/6, tại Viêng Chăn, "
        "Bộ trưởng Trần Văn An đã hội kiến Thủ tướng Bounmy Phanthavong."
    )
    found = meetings(text, {"5/6": D(2025, 6, 5)})
    got = sorted((m.kind.value, m.date.to_date() if m.date else None) for m in found)
    assert [("meeting", D(2025, 6, 5)), ("visit", None)] == got


# --------------------------------------------------------------------------- dates and status


def test_date_of_sentence() -> None:
    """The date written in the sentence is the meeting's date."""
    (m,) = meetings("Tin\nChiều 12/3, Thủ tướng Lê Thị Hoa đã tiếp Bộ trưởng Khamphet.", {"12/3": D(2025, 3, 12)})
    assert D(2025, 3, 12) == (m.date.to_date() if m.date else None)


def test_date_from_lead() -> None:
    """A meeting reported later without a date takes the lead's date."""
    text = (
        "Tin\nSáng 6/1, Thủ tướng Lê Thị Hoa chủ trì lễ đón Thủ tướng Bounmy Phanthavong.\n"
        "Sau đó, hai Thủ tướng tiến hành hội đàm."
    )
    found = meetings(text, {"6/1": D(2025, 1, 6)})
    assert [("reception", D(2025, 1, 6)), ("talks", D(2025, 1, 6))] == [
        (m.kind.value, m.date.to_date() if m.date else None) for m in found
    ]


def test_month_beside_visit_keeps_date_empty() -> None:
    """A past visit dated by a month only (``(tháng 7/2024)``) gets no day from the lead."""
    text = (
        "Tin\nSáng 27/8, Bộ trưởng Trần Văn An đã điện đàm với Bộ trưởng Khamphet Sihalath.\n"
        "Hai bên đánh giá cao chuyến thăm cấp Nhà nước tới Lào của Thủ tướng Lê Thị Hoa (tháng 7/2024)."
    )
    july = Period(D(2024, 7, 1), D(2024, 7, 31), PeriodKind.MONTH)
    found = meetings(text, {"27/8": D(2024, 8, 27)}, {"tháng 7/2024": july})
    assert [("phone_call", D(2024, 8, 27)), ("visit", None)] == [
        (m.kind.value, m.date.to_date() if m.date else None) for m in found
    ]


def test_announced_visit() -> None:
    """``sẽ thăm ... từ ngày 10 đến 12/6`` is announced, dated by its first day."""
    text = "Tin\nThủ tướng Bounmy Phanthavong sẽ thăm chính thức Việt Nam từ ngày 10 đến 12/6."
    (m,) = meetings(text, {"10": D(2025, 6, 10)})
    assert (MeetingStatus.ANNOUNCED, D(2025, 6, 10)) == (m.status, m.date.to_date() if m.date else None)


def test_held_meeting_status() -> None:
    """A meeting told in the past is held."""
    (m,) = meetings("Tin\nThủ tướng Lê Thị Hoa đã hội đàm với Thủ tướng Sok Chanda.")
    assert MeetingStatus.HELD == m.status


# Online only where the text says so (API.md: trực tuyến, qua video).
ONLINE = [
    ("trực tuyến", "Tin\nBộ trưởng Trần Văn An đã điện đàm trực tuyến với Bộ trưởng Khamphet Sihalath.", True),
    ("qua video", "Tin\nThủ tướng Lê Thị Hoa hội đàm qua video với Thủ tướng Sok Chanda.", True),
    ("phone call alone", "Tin\nBộ trưởng Trần Văn An đã điện đàm với Bộ trưởng Khamphet Sihalath.", False),
]


@pytest.mark.parametrize(("text", "online"), [(t, o) for _, t, o in ONLINE], ids=[i for i, _, _ in ONLINE])
def test_online(text: str, online: bool) -> None:
    """A meeting is online when the text says trực tuyến or qua video, not for a phone call alone."""
    (m,) = meetings(text)
    assert online == m.online


# --------------------------------------------------------------------------- places and occasions

# Places after ``tại`` and where they stop (FORMAT.md; forms seen in the news pool).
PLACES = [
    ("office then comma", "Sáng 3/5, tại Văn phòng Chính phủ, Bộ trưởng An đã điện đàm.", "Văn phòng Chính phủ"),
    ("city, country", "Hai bên gặp nhau tại Jakarta, Indonesia nhân dịp dự hội nghị.", "Jakarta, Indonesia"),
    ("country in brackets", "Chiều 2/6, tại Luang Prabang (Lào), hai bên gặp nhau.", "Luang Prabang (Lào)"),
    ("stops at vào", "Hai bên hội đàm tại thủ đô Viêng Chăn vào chiều 4/5.", "thủ đô Viêng Chăn"),
    ("stops at bên lề", "Hai bên gặp nhau tại Bắc Kinh bên lề hội nghị.", "Bắc Kinh"),
    ("stops at comma and verb", "Thủ tướng hội đàm tại Hà Nội, trao đổi về hợp tác.", "Hà Nội"),
    ("end of sentence", "Lễ đón diễn ra tại Sân bay quốc tế Nội Bài.", "Sân bay quốc tế Nội Bài"),
]


@pytest.mark.parametrize(("text", "place"), [(t, p) for _, t, p in PLACES], ids=[i for i, _, _ in PLACES])
def test_find_location(text: str, place: str) -> None:
    """The place after ``tại`` stops at the right boundary."""
    found = find_location(text)
    assert place == (text[found[0] : found[1]] if found else None)


# ``tại`` that is not the meeting's place.
NOT_PLACES = [
    ("envoy title", "Đại sứ Lào tại Việt Nam Khamphet đến chào."),
    ("follow-up noun", "Tại cuộc hội đàm, hai bên nhất trí."),
    ("plural forums", "Hai bên phối hợp tại các diễn đàn khu vực."),
]


@pytest.mark.parametrize("text", [t for _, t in NOT_PLACES], ids=[i for i, _ in NOT_PLACES])
def test_not_a_location(text: str) -> None:
    """``tại`` in an envoy's title or before a meeting noun is no place."""
    assert find_location(text) is None


def test_location_and_occasion_of_meeting() -> None:
    """A meeting on the sidelines of a conference keeps the place and the conference as occasion."""
    text = (
        "Tin\nNgày 9/7, Bộ trưởng Trần Văn An có buổi gặp Bộ trưởng Khamphet Sihalath tại Jakarta, Indonesia. "
        "Buổi gặp diễn ra bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58, theo thông cáo của Bộ Ngoại giao."
    )
    (m,) = meetings(text, {"9/7": D(2025, 7, 9)})
    assert ("Jakarta, Indonesia", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58") == (m.location, m.occasion)


def test_sidelines_conference_is_not_a_conference_meeting() -> None:
    """``bên lề Hội nghị ...`` is the occasion of the meeting, not a conference of its own."""
    text = "Tin\nBộ trưởng Trần Văn An gặp Bộ trưởng Khamphet Sihalath bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN."
    assert [MeetingKind.MEETING] == [m.kind for m in meetings(text)]


# CAMEO codes (MeetingKind.cameo, 044 for a third country's soil).
CAMEO = [
    ("third country", "Tin\nBộ trưởng Trần Văn An gặp Bộ trưởng Khamphet Sihalath tại Jakarta, Indonesia.", "044"),
    ("host country", "Tin\nBộ trưởng Trần Văn An gặp Bộ trưởng Khamphet Sihalath tại thủ đô Viêng Chăn.", "040"),
    ("phone call", "Tin\nBộ trưởng Trần Văn An điện đàm với Bộ trưởng Khamphet Sihalath.", "041"),
    ("reception", "Tin\nThủ tướng Lê Thị Hoa tiếp Bộ trưởng Khamphet Sihalath tại Hà Nội.", "043"),
]


@pytest.mark.parametrize(("text", "code"), [(t, c) for _, t, c in CAMEO], ids=[i for i, _, _ in CAMEO])
def test_cameo(text: str, code: str) -> None:
    """The CAMEO code follows the kind, and is 044 at a place in neither party's country."""
    (m,) = meetings(text)
    assert code == m.cameo


def test_place_country() -> None:
    """The last known place name of a location gives its country."""
    assert ["CN", "LA", None] == [place_country(p) for p in ("Trùng Khánh, Trung Quốc", "Viêng Chăn", "Phủ Chủ tịch")]


# --------------------------------------------------------------------------- lexicon


def test_cue_lexicon_is_normalised() -> None:
    """Cue words are written in the normalised spelling (NFC, new tone placement), so that they match."""
    from vnlao_corpus.text.normalize import normalize_text

    words = [w for ws in meeting_cues.CUES.values() for w in ws] + list(meeting_cues.PLACES)
    assert [] == [w for w in words if normalize_text(w) != w]


# --------------------------------------------------------------------------- properties

_SYLLABLES = ["An", "Bình", "Chăn", "Đức", "Hòa", "Khăm", "Lâm", "Minh", "Phết", "Sôm", "Thăng", "Vi"]
_name = st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4, unique=True).map(" ".join)


@given(_name, _name, st.sampled_from(["VN", "LA", "KH", "CN", "TH"]), st.sampled_from(["LA", "KR", "US"]))
def test_any_phone_call_has_both(caller: str, callee: str, country_a: str, country_b: str) -> None:
    """Any ``A điện đàm với B`` gives one phone call between A and B."""
    a = Official(caller, ("Thủ tướng",), country_a)
    b = Official(callee, ("Thủ tướng",), country_b)
    if caller in callee or callee in caller:
        return
    text = f"Tin\nThủ tướng {caller} đã điện đàm với Thủ tướng {callee}."
    found = meetings(text, officials=(a, b))
    assert [(MeetingKind.PHONE_CALL, [caller, callee])] == [(m.kind, names(m.participants)) for m in found]


_FRAGMENTS = [
    "Thủ tướng Lê Thị Hoa", "Bộ trưởng Khamphet Sihalath", " hội đàm ", " với ", " tiếp ", " được ", "lần lượt",
    "tại ", "Hà Nội", ", ", ". ", "\n", "sẽ ", "thăm chính thức ", "Lào", "Tại cuộc ", "người đồng cấp",
    "hai Bộ trưởng", "bên lề Hội nghị ", "nhân dịp ", "trực tuyến", "Ngoại trưởng Trung Quốc", "(", ")", "Ảnh: ",
    "Trong khuôn khổ chuyến thăm ", "x", "3/5", " đón ", "kỳ họp", "tới ",
]  # fmt: skip


@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join))
def test_never_raises_and_spans_point_into_text(body: str) -> None:
    """Any mix of cue words and names reads without error, and every span points into the text."""
    text = "Tin\n" + body
    doc = read_document(text)
    hits = extract_meetings(doc, _index(doc.text, PEOPLE), [], [])
    for h in hits:
        ev = h.item.evidence
        assert ev is not None
        assert 0 <= ev.start <= ev.end <= len(text)
        assert h.item.participants


@given(st.text(max_size=300))
def test_never_raises_on_any_text(text: str) -> None:
    """The extractor never raises, whatever the text."""
    doc = read_document(text)
    assert isinstance(extract_meetings(doc, OfficialIndex(), [], []), list)


def test_overfull_sentence_becomes_diagnostic() -> None:
    """A sentence with more cue words than any news sentence is cut short with a diagnostic."""
    doc = read_document("Tin\n" + "Thủ tướng Lê Thị Hoa gặp " * 40)
    extract_meetings(doc, _index(doc.text, PEOPLE), [], [])
    assert ["too-many-meeting-cues"] == [d.code for d in doc.diagnostics if d.code.startswith("too-many-meeting")]


# --------------------------------------------------------------------------- held-out passages

# Invented officials of the held-out passages (with those above); the index is made by hand, as above,
# so that these cases pin this module whatever the officials stage reads. Dates come from the dates stage.
HELD_OUT_PEOPLE = (
    *PEOPLE,
    Official("Sengphet Houngboun", ("Đại sứ",), "LA"),
    Official("Đỗ Thị Lan", ("Chủ tịch Quốc hội",), "VN"),
    Official("Hoàng Văn Trung", ("Tổng Bí thư",), "VN"),
    Official("Ngô Minh Tuấn", ("Bộ trưởng Kế hoạch và Đầu tư",), "VN"),
    Official("Phetsamone Khounsy", ("Bộ trưởng Kế hoạch và Đầu tư",), "LA"),
    Official("Nguyễn Văn Thành", ("Bí thư Tỉnh ủy Nghệ An",), "VN"),
    Official("Phonexay Vongsa", ("Tỉnh trưởng Xiêng Khoảng",), "LA"),
    Official("Lê Quang Huy", ("Bí thư Tỉnh ủy Hà Tĩnh",), "VN"),
    Official("Vilay Sengdara", ("Tỉnh trưởng Khăm Muồn",), "LA"),
    Official("Phan Đức Nam", ("Đại tướng", "Bộ trưởng Quốc phòng"), "VN"),
    Official("Somsak Inthavong", ("Phó Thủ tướng", "Bộ trưởng Quốc phòng"), "LA"),
    Official("Somchai Wongsuwan", ("Ngoại trưởng",), "TH"),
    Official("Sounthone Keomany", ("Phó Chủ tịch Quốc hội",), "LA"),
    Official("Đặng Văn Hùng", ("Bộ trưởng Công Thương",), "VN"),
    Official("Malay Somphone", ("Bộ trưởng Công Thương",), "LA"),
    Official("Sisavath Bounkham", ("Chủ tịch nước",), "LA"),
    Official("Trần Văn Phúc", ("Chủ tịch UBND tỉnh Nghệ An",), "VN"),
    Official("Khamla Phommavong", ("Phó Tỉnh trưởng",), "LA"),
    Official("Lê Văn Cường", ("Thượng tướng", "Thứ trưởng Bộ Quốc phòng"), "VN"),
    Official("Nguyễn Minh Quang", ("Chủ tịch nước",), "VN"),
    Official("Lương Tam Hải", ("Đại tướng", "Bộ trưởng Bộ Công an"), "VN"),
    Official("Vilay Lakhamfong", ("Bộ trưởng Bộ Công an",), "LA"),
    Official("Phạm Thu Hằng", ("Người phát ngôn",), "VN"),
)


def held_out(text: str) -> list[Meeting]:
    """The meetings of ``text``, with the dates and periods the date stages read and a hand-made index."""
    from vnlao_corpus.text.document import Options
    from vnlao_corpus.values.dates import scan_dates
    from vnlao_corpus.values.periods import scan_periods

    doc = read_document(text)
    options = Options()
    index = _index(doc.text, HELD_OUT_PEOPLE)
    return [h.item for h in extract_meetings(doc, index, scan_dates(doc, options), scan_periods(doc, options))]


def _row(m: Meeting) -> tuple[str, str | None, list[str], str | None, str, bool]:
    return (
        m.kind.value,
        day.isoformat() if m.date is not None and (day := m.date.to_date()) is not None else None,
        names(m.participants),
        m.location,
        m.status.value,
        m.online,
    )


H, A = "held", "announced"

# Held-out passages written for this test, in the styles of Báo Quốc tế, Nhân Dân, VOV, VnExpress,
# Tuổi Trẻ and provincial papers: every kind, both sides of a reception, online forms, scheduled
# visits, a multi-day programme, third countries, captions, and words that only look like cues.
HELD_OUT = [
    (
        "phone call with a Lao minister",
        "Ngoại trưởng Việt Nam, Lào điện đàm\nChiều 14/2/2025, Bộ trưởng Ngoại giao Trần Văn An điện đàm với Bộ"
        " trưởng Ngoại giao Lào Khamphet Sihalath, trao đổi về công tác chuẩn bị kỷ niệm quan hệ ngoại giao.",
        [("phone_call", "2025-02-14", ["Trần Văn An", "Khamphet Sihalath"], None, H, False)],
    ),
    (
        "passive được ... tiếp",
        "Tin\nNgày 3/4/2025, tại Viêng Chăn, Bộ trưởng Ngoại giao Trần Văn An đã được Thủ tướng Lào Bounmy"
        " Phanthavong tiếp.",
        [("reception", "2025-04-03", ["Trần Văn An", "Bounmy Phanthavong"], "Viêng Chăn", H, False)],
    ),
    (
        "tiếp xã giao, conference framed by nhân dịp",
        "Tin\nSáng 10/5/2025, tại Trụ sở Chính phủ, Thủ tướng Lê Thị Hoa tiếp xã giao Ngoại trưởng Hàn Quốc Kim"
        " Tae-woo nhân dịp ông sang dự Hội nghị hợp tác Mê Công - Hàn Quốc.",
        [
            ("reception", "2025-05-10", ["Lê Thị Hoa", "Kim Tae-woo"], "Trụ sở Chính phủ", H, False),
            ("conference", None, ["Lê Thị Hoa", "Kim Tae-woo"], None, H, False),
        ],
    ),
    (
        "chào xã giao, posting is no place",
        "Tin\nChiều 6/5/2025, Đại sứ Lào tại Việt Nam Sengphet Houngboun đã đến chào xã giao Chủ tịch Quốc hội Đỗ"
        " Thị Lan nhân dịp bắt đầu nhiệm kỳ công tác tại Việt Nam.",
        [("meeting", "2025-05-06", ["Sengphet Houngboun", "Đỗ Thị Lan"], None, H, False)],
    ),
    (
        "hội đàm trực tuyến",
        "Tin\nChiều 20/6/2025, Thủ tướng Lê Thị Hoa đã hội đàm trực tuyến với Thủ tướng Lào Bounmy Phanthavong.",
        [("talks", "2025-06-20", ["Lê Thị Hoa", "Bounmy Phanthavong"], None, H, True)],
    ),
    (
        "qua hình thức trực tuyến, visits in general",
        "Tin\nNgày 8/9/2025, Bộ trưởng Ngoại giao Trần Văn An và Bộ trưởng Ngoại giao Lào Khamphet Sihalath đã gặp"
        " qua hình thức trực tuyến để chuẩn bị cho các chuyến thăm cấp cao.",
        [("meeting", "2025-09-08", ["Trần Văn An", "Khamphet Sihalath"], None, H, True)],
    ),
    (
        "hội đàm qua hình thức trực tuyến",
        "Tin\nNgày 16/2/2026, Bộ trưởng Công Thương Đặng Văn Hùng và Bộ trưởng Công Thương Lào Malay Somphone đã"
        " hội đàm qua hình thức trực tuyến.",
        [("talks", "2026-02-16", ["Đặng Văn Hùng", "Malay Somphone"], None, H, True)],
    ),
    (
        "phone call and its follow-up",
        "Tin\nNgày 27 tháng 8 năm 2025, Phó Thủ tướng, Bộ trưởng Ngoại giao Trần Văn An đã có cuộc điện đàm với Bộ"
        " trưởng Ngoại giao Lào Khamphet Sihalath.\nTại cuộc điện đàm, hai Bộ trưởng nhất trí phối hợp chặt chẽ"
        " tại các diễn đàn đa phương.",
        [("phone_call", "2025-08-27", ["Trần Văn An", "Khamphet Sihalath"], None, H, False)],
    ),
    (
        "announced visit",
        "Tin\nTheo lời mời của Thủ tướng Lê Thị Hoa, Thủ tướng Lào Bounmy Phanthavong sẽ thăm chính thức Việt Nam"
        " từ ngày 8 đến 10/1/2026.",
        [("visit", "2026-01-08", ["Lê Thị Hoa", "Bounmy Phanthavong"], "Việt Nam", A, False)],
    ),
    (
        "multi-day visit, dispatch date, cùng ngày",
        "Thủ tướng Lào thăm chính thức Việt Nam\nHà Nội, ngày 12/11/2025 (TTXVN) - Chiều 11/11, Thủ tướng Lào"
        " Bounmy Phanthavong đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam từ ngày 11 đến 13/11.\n"
        "Sáng 12/11, Thủ tướng Lê Thị Hoa đã hội đàm với Thủ tướng Bounmy Phanthavong tại Trụ sở Chính phủ.\n"
        "Chiều cùng ngày, Chủ tịch Quốc hội Đỗ Thị Lan đã tiếp Thủ tướng Bounmy Phanthavong tại Nhà Quốc hội.\n"
        "Sáng 13/11, Tổng Bí thư Hoàng Văn Trung đã gặp Thủ tướng Bounmy Phanthavong tại Trụ sở Trung ương Đảng.",
        [
            ("visit", "2025-11-11", ["Bounmy Phanthavong"], "Hà Nội", H, False),
            ("talks", "2025-11-12", ["Lê Thị Hoa", "Bounmy Phanthavong"], "Trụ sở Chính phủ", H, False),
            ("reception", "2025-11-12", ["Đỗ Thị Lan", "Bounmy Phanthavong"], "Nhà Quốc hội", H, False),
            ("meeting", "2025-11-13", ["Hoàng Văn Trung", "Bounmy Phanthavong"], "Trụ sở Trung ương Đảng", H, False),
        ],
    ),
    (
        "intergovernmental committee session",
        "Tin\nNgày 7/1/2026, tại Hà Nội, Bộ trưởng Kế hoạch và Đầu tư Ngô Minh Tuấn và Bộ trưởng Kế hoạch và Đầu tư"
        " Lào Phetsamone Khounsy đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào.",
        [("conference", "2026-01-07", ["Ngô Minh Tuấn", "Phetsamone Khounsy"], "Hà Nội", H, False)],
    ),
    (
        "committee session as phiên họp",
        "Tin\nNgày 10/10/2025, Phó Thủ tướng Trần Văn An và Phó Thủ tướng Lào Khamphet Sihalath đã chủ trì phiên"
        " họp của Ủy ban hợp tác Việt Nam - Lào tại Viêng Chăn.",
        [("conference", "2025-10-10", ["Trần Văn An", "Khamphet Sihalath"], "Viêng Chăn", H, False)],
    ),
    (
        "provincial party secretary receives a governor",
        "Tin\nChiều 15/4/2025, Bí thư Tỉnh ủy Nghệ An Nguyễn Văn Thành đã tiếp Tỉnh trưởng Xiêng Khoảng Phonexay"
        " Vongsa cùng đoàn công tác.",
        [("reception", "2025-04-15", ["Nguyễn Văn Thành", "Phonexay Vongsa"], None, H, False)],
    ),
    (
        "provincial delegation works with a governor",
        "Tin\nNgày 19/6/2025, đoàn công tác tỉnh Hà Tĩnh do Bí thư Tỉnh ủy Hà Tĩnh Lê Quang Huy dẫn đầu đã làm việc"
        " với Tỉnh trưởng Khăm Muồn Vilay Sengdara.",
        [("meeting", "2025-06-19", ["Lê Quang Huy", "Vilay Sengdara"], None, H, False)],
    ),
    (
        "provincial paper, tiếp và làm việc với",
        "Tin\n(Baonghean.vn) - Sáng 21/8/2025, tại thành phố Vinh, Chủ tịch UBND tỉnh Nghệ An Trần Văn Phúc đã có"
        " buổi tiếp và làm việc với Phó Tỉnh trưởng tỉnh Bolikhămxay Khamla Phommavong.",
        [("meeting", "2025-08-21", ["Trần Văn Phúc", "Khamla Phommavong"], "thành phố Vinh", H, False)],
    ),
    (
        "defence ministers",
        "Tin\nSáng 5/10/2025, tại Bộ Quốc phòng, Đại tướng Phan Đức Nam, Bộ trưởng Quốc phòng đã hội đàm với Phó"
        " Thủ tướng, Bộ trưởng Quốc phòng Lào Somsak Inthavong.",
        [("talks", "2025-10-05", ["Phan Đức Nam", "Somsak Inthavong"], "Bộ Quốc phòng", H, False)],
    ),
    (
        "Laos and China",
        "Tin\nNgày 18/3/2025, tại Bắc Kinh, Ngoại trưởng Trung Quốc Vương Minh Đức đã hội đàm với Bộ trưởng Ngoại"
        " giao Lào Khamphet Sihalath.",
        [("talks", "2025-03-18", ["Vương Minh Đức", "Khamphet Sihalath"], "Bắc Kinh", H, False)],
    ),
    (
        "Cambodia and Korea",
        "Tin\nThủ tướng Campuchia Sok Chanda ngày 22/5/2025 đã tiếp Ngoại trưởng Hàn Quốc Kim Tae-woo tại Phnom Penh.",
        [("reception", "2025-05-22", ["Sok Chanda", "Kim Tae-woo"], "Phnom Penh", H, False)],
    ),
    (
        "Laos and Thailand",
        "Tin\nNgoại trưởng Thái Lan Somchai Wongsuwan đã có chuyến thăm chính thức Lào từ ngày 2 đến 3/6/2025 và"
        " hội kiến Thủ tướng Bounmy Phanthavong.",
        [
            ("visit", "2025-06-02", ["Somchai Wongsuwan"], "Lào", H, False),
            ("meeting", "2025-06-02", ["Somchai Wongsuwan", "Bounmy Phanthavong"], None, H, False),
        ],
    ),
    (
        "announced talks",
        "Tin\nDự kiến ngày 20/8/2025, Bộ trưởng Ngoại giao Trần Văn An sẽ hội đàm với Ngoại trưởng Trung Quốc"
        " Vương Minh Đức tại Bắc Kinh.",
        [("talks", "2025-08-20", ["Trần Văn An", "Vương Minh Đức"], "Bắc Kinh", A, False)],
    ),
    (
        "VOV lead with cuộc hội kiến",
        "Tin\n(VOV) - Chiều 9/12/2025, tại Phủ Chủ tịch, Thủ tướng Lê Thị Hoa đã có cuộc hội kiến với Chủ tịch Quốc"
        " hội Lào Vilayvanh Keola.",
        [("meeting", "2025-12-09", ["Lê Thị Hoa", "Vilayvanh Keola"], "Phủ Chủ tịch", H, False)],
    ),
    (
        "delegation led by an official",
        "Tin\nChiều 9/10/2025, Chủ tịch Quốc hội Đỗ Thị Lan đã tiếp Đoàn đại biểu Quốc hội Lào do Phó Chủ tịch Quốc"
        " hội Lào Sounthone Keomany dẫn đầu.",
        [("reception", "2025-10-09", ["Đỗ Thị Lan", "Sounthone Keomany"], None, H, False)],
    ),
    (
        "visit in a month",
        "Tin\nChủ tịch nước Lào Sisavath Bounkham sẽ sang thăm cấp Nhà nước Việt Nam vào cuối tháng 3/2026.",
        [("visit", None, ["Sisavath Bounkham"], "Việt Nam", A, False)],
    ),
    (
        "dispatch date is not the meeting's",
        "Tin\nViêng Chăn, ngày 5/12/2025 (TTXVN) - Tối 4/12, Bộ trưởng Quốc phòng Lào Somsak Inthavong đã tiếp"
        " Thượng tướng Lê Văn Cường, Thứ trưởng Bộ Quốc phòng Việt Nam.",
        [("reception", "2025-12-04", ["Somsak Inthavong", "Lê Văn Cường"], None, H, False)],
    ),
    (
        "verbless caption confirms the reception",
        "Tin\nSáng 2/3/2025, Thủ tướng Lê Thị Hoa đón Thủ tướng Campuchia Sok Chanda tại sân bay Nội Bài.\n"
        "Thủ tướng Lê Thị Hoa và Thủ tướng Sok Chanda tại lễ đón. Ảnh: TTXVN",
        [("reception", "2025-03-02", ["Lê Thị Hoa", "Sok Chanda"], "sân bay Nội Bài", H, False)],
    ),
    (
        "caption of another kind adds nothing",
        "Tin\nChiều 2/3/2025, Thủ tướng Lê Thị Hoa hội đàm với Thủ tướng Campuchia Sok Chanda.\n"
        "Thủ tướng Lê Thị Hoa đón Thủ tướng Sok Chanda. Ảnh: TTXVN",
        [("talks", "2025-03-02", ["Lê Thị Hoa", "Sok Chanda"], None, H, False)],
    ),
    (
        "two delegations visit",
        "Tin\nTừ ngày 4 đến 6/9/2025, Thủ tướng Lào Bounmy Phanthavong và Thủ tướng Campuchia Sok Chanda thăm chính"
        " thức Việt Nam theo lời mời của Thủ tướng Lê Thị Hoa.",
        [
            ("visit", "2025-09-04", ["Bounmy Phanthavong", "Lê Thị Hoa"], "Việt Nam", H, False),
            ("visit", "2025-09-04", ["Sok Chanda", "Lê Thị Hoa"], "Việt Nam", H, False),
        ],
    ),
    (
        "host meets a visitor on a visit, date after a comma",
        "Tin\nThủ tướng Lê Thị Hoa hội đàm với Thủ tướng Campuchia Sok Chanda đang thăm chính thức Việt Nam, sáng"
        " 3/8/2025.",
        [
            ("talks", "2025-08-03", ["Lê Thị Hoa", "Sok Chanda"], None, H, False),
            ("visit", None, ["Lê Thị Hoa", "Sok Chanda"], "Việt Nam", H, False),
        ],
    ),
    (
        "counterpart named by title later",
        "Tin\nSáng 3/3/2025, Thủ tướng Lê Thị Hoa đã hội đàm với Thủ tướng Lào Bounmy Phanthavong.\nChiều cùng"
        " ngày, Thủ tướng Bounmy Phanthavong đã hội kiến Chủ tịch Quốc hội Việt Nam.",
        [
            ("talks", "2025-03-03", ["Lê Thị Hoa", "Bounmy Phanthavong"], None, H, False),
            ("meeting", "2025-03-03", ["Bounmy Phanthavong"], None, H, False),
        ],
    ),
    (
        "frame visit and a meeting inside it",
        "Tin\nTrong khuôn khổ chuyến thăm chính thức Lào, chiều 14/5/2025, Chủ tịch Quốc hội Đỗ Thị Lan đã hội kiến"
        " Tổng Bí thư, Chủ tịch nước Lào Sisavath Bounkham tại Phủ Chủ tịch ở Viêng Chăn.",
        [
            ("visit", None, ["Đỗ Thị Lan", "Sisavath Bounkham"], "Lào", H, False),
            ("meeting", "2025-05-14", ["Đỗ Thị Lan", "Sisavath Bounkham"], "Phủ Chủ tịch ở Viêng Chăn", H, False),
        ],
    ),
    (
        "envoy's farewell call",
        "Tin\nChiều 12/6/2025, Chủ tịch nước Nguyễn Minh Quang đã tiếp Đại sứ Lào Sengphet Houngboun đến chào từ"
        " biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.",
        [("reception", "2025-06-12", ["Nguyễn Minh Quang", "Sengphet Houngboun"], None, H, False)],
    ),
    (
        "two receptions of one guest on one day",
        "Tin\nSáng 20/3/2025, Thủ tướng Lê Thị Hoa tiếp Bộ trưởng Công an Lào Vilay Lakhamfong. Chiều cùng ngày,"
        " Chủ tịch nước Nguyễn Minh Quang tiếp Bộ trưởng Vilay Lakhamfong.",
        [
            ("reception", "2025-03-20", ["Lê Thị Hoa", "Vilay Lakhamfong"], None, H, False),
            ("reception", "2025-03-20", ["Nguyễn Minh Quang", "Vilay Lakhamfong"], None, H, False),
        ],
    ),
    (
        "sidelines meeting at a third place",
        "Tin\nNgày 9/10/2025, Thủ tướng Lê Thị Hoa và Thủ tướng Lào Bounmy Phanthavong đã có cuộc gặp song phương"
        " bên lề Hội nghị Cấp cao ASEAN lần thứ 47 tại Kuala Lumpur, Malaysia.",
        [("meeting", "2025-10-09", ["Lê Thị Hoa", "Bounmy Phanthavong"], "Kuala Lumpur, Malaysia", H, False)],
    ),
    (
        "visit and work, host by invitation",
        "Tin\nBộ trưởng Bộ Công an Lào Vilay Lakhamfong thăm và làm việc tại Việt Nam từ ngày 20 đến 23/3/2025 theo"
        " lời mời của Đại tướng Lương Tam Hải, Bộ trưởng Bộ Công an.",
        [("visit", "2025-03-20", ["Vilay Lakhamfong", "Lương Tam Hải"], "Việt Nam", H, False)],
    ),
    (
        "promise to meet again",
        "Tin\nThủ tướng Lê Thị Hoa tiếp Thủ tướng Lào Bounmy Phanthavong.\nHai nhà lãnh đạo hẹn gặp lại tại Hội"
        " nghị Cấp cao ASEAN ở Kuala Lumpur.",
        [("reception", None, ["Lê Thị Hoa", "Bounmy Phanthavong"], None, H, False)],
    ),
    (
        "session under the co-chairs",
        "Tin\nNgày 5/7/2025, tại thủ đô Viêng Chăn, đã diễn ra Kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam -"
        " Lào dưới sự đồng chủ trì của Thủ tướng Lê Thị Hoa và Thủ tướng Lào Bounmy Phanthavong.",
        [("conference", "2025-07-05", ["Lê Thị Hoa", "Bounmy Phanthavong"], "thủ đô Viêng Chăn", H, False)],
    ),
    (
        "Báo Quốc tế article: talks, visit, caption, thanks, plans",
        "Phó Thủ tướng, Bộ trưởng Ngoại giao Trần Văn An hội đàm với Bộ trưởng Ngoại giao Lào\nThứ Hai,"
        " 10/03/2025 18:05\n(BQT) - Chiều 10/3, tại Hà Nội, Phó Thủ tướng, Bộ trưởng Ngoại giao Trần Văn An"
        " đã hội đàm với Bộ trưởng Ngoại giao Lào Khamphet Sihalath nhân dịp ông sang thăm chính thức Việt"
        " Nam và đồng chủ trì Tham vấn chính trị cấp Bộ trưởng Ngoại giao lần thứ 10.\nPhó Thủ tướng, Bộ"
        " trưởng Ngoại giao Trần Văn An và Bộ trưởng Ngoại giao Lào Khamphet Sihalath tại cuộc hội đàm."
        " (Ảnh: Tuấn Anh)\nPhó Thủ tướng Trần Văn An nhiệt liệt chào mừng Bộ trưởng Khamphet Sihalath và"
        " Đoàn đại biểu Bộ Ngoại giao Lào sang thăm Việt Nam, khẳng định Việt Nam luôn dành ưu tiên cao"
        " nhất cho quan hệ đặc biệt với Lào.\nBộ trưởng Khamphet Sihalath chúc mừng những thành tựu Việt"
        " Nam đạt được và cảm ơn Phó Thủ tướng Trần Văn An đã dành thời gian tiếp đón Đoàn.\nHai bên nhất"
        " trí tiếp tục phối hợp chặt chẽ, chuẩn bị tốt cho các chuyến thăm cấp cao và Kỳ họp lần thứ 48 Ủy"
        " ban liên Chính phủ Việt Nam - Lào dự kiến diễn ra cuối năm nay.\nTrước đó, sáng cùng ngày, Bộ"
        " trưởng Khamphet Sihalath đã đến đặt vòng hoa và vào Lăng viếng Chủ tịch Hồ Chí Minh.\nDự kiến,"
        " trong thời gian ở Việt Nam, Bộ trưởng Khamphet Sihalath sẽ chào xã giao Thủ tướng Lê Thị Hoa và"
        " thăm tỉnh Quảng Trị.",
        [
            ("talks", "2025-03-10", ["Trần Văn An", "Khamphet Sihalath"], "Hà Nội", H, False),
            ("visit", "2025-03-10", ["Trần Văn An", "Khamphet Sihalath"], "Việt Nam", H, False),
            ("meeting", None, ["Khamphet Sihalath", "Lê Thị Hoa"], None, A, False),
        ],
    ),
    # Words that only look like cues.
    (
        "tiếp tục, tiếp nhận",
        "Tin\nBộ trưởng Ngoại giao Trần Văn An khẳng định Việt Nam tiếp tục ủng hộ Lào và sẵn sàng tiếp nhận thêm"
        " sinh viên Lào sang học tập.",
        [],
    ),
    (
        "họp báo",
        "Tin\nChiều 6/7/2025, Bộ Ngoại giao tổ chức họp báo thường kỳ do Người phát ngôn Phạm Thu Hằng chủ trì.",
        [],
    ),
    (
        "gặp khó khăn",
        "Tin\nThủ tướng Lào Bounmy Phanthavong thừa nhận nền kinh tế Lào đang gặp khó khăn do lạm phát.",
        [],
    ),
    ("đón Tết", "Tin\nChủ tịch Quốc hội Đỗ Thị Lan thăm hỏi cán bộ, chiến sĩ đón Tết xa nhà.", []),
    (
        "mong muốn sớm gặp lại",
        "Tin\nThủ tướng Campuchia Sok Chanda bày tỏ mong muốn sớm gặp lại Thủ tướng Lê Thị Hoa tại Phnom Penh.",
        [],
    ),
    (
        "gặp gỡ bà con",
        "Tin\nThủ tướng Lào Bounmy Phanthavong đã gặp gỡ bà con người Lào đang sinh sống tại Hà Nội.",
        [],
    ),
    (
        "đến thăm a site",
        "Tin\nTrong chiều 4/4/2025, Thủ tướng Lào Bounmy Phanthavong đã đến thăm Bảo tàng Hồ Chí Minh.",
        [],
    ),
    (
        "tiếp lời",
        "Tin\nThủ tướng Lê Thị Hoa tiếp lời, nhấn mạnh Việt Nam luôn coi trọng quan hệ với Lào.",
        [],
    ),
    (
        "thanks for hospitality",
        "Tin\nBộ trưởng Khamphet Sihalath cảm ơn Bộ trưởng Trần Văn An đã dành thời gian tiếp đón Đoàn.",
        [],
    ),
    (
        "tiếp tục triển khai",
        "Tin\nHai bên nhất trí tiếp tục triển khai hiệu quả các thỏa thuận đã ký giữa Bộ trưởng Trần Văn An và Bộ"
        " trưởng Khamphet Sihalath.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in HELD_OUT], ids=[i for i, _, _ in HELD_OUT])
def test_held_out_passages(text: str, expected: list[tuple[str, str | None, list[str], str | None, str, bool]]) -> None:
    """Each held-out passage gives exactly its meetings: kind, date, participants, place, status, online."""
    assert expected == [_row(m) for m in held_out(text)]


# Who hosts and who visits, in held-out passages (written for this test).
HELD_OUT_SIDES = [
    (
        "passive reception",
        "Tin\nNgày 3/4/2025, Bộ trưởng Trần Văn An đã được Thủ tướng Lào Bounmy Phanthavong tiếp.",
        [(["Bounmy Phanthavong"], ["Trần Văn An"])],
    ),
    (
        "chào xã giao: the caller is the guest",
        "Tin\nĐại sứ Lào Sengphet Houngboun chào xã giao Chủ tịch Quốc hội Đỗ Thị Lan.",
        [(["Đỗ Thị Lan"], ["Sengphet Houngboun"])],
    ),
    (
        "visitor met by the host: sides from the destination",
        "Tin\nChiều 14/3/2025, Thủ tướng Lê Thị Hoa đã hội kiến Chủ tịch Quốc hội Lào Vilayvanh Keola đang có chuyến"
        " thăm chính thức Việt Nam.",
        [([], []), (["Lê Thị Hoa"], ["Vilayvanh Keola"])],
    ),
    (
        "one visit per delegation",
        "Tin\nThủ tướng Lào Bounmy Phanthavong và Thủ tướng Campuchia Sok Chanda thăm chính thức Việt Nam theo lời"
        " mời của Thủ tướng Lê Thị Hoa.",
        [(["Lê Thị Hoa"], ["Bounmy Phanthavong"]), (["Lê Thị Hoa"], ["Sok Chanda"])],
    ),
    (
        "two delegations received while visiting",
        "Tin\nChủ tịch nước Nguyễn Minh Quang tiếp Thủ tướng Lào Bounmy Phanthavong và Thủ tướng Campuchia Sok Chanda"
        " đang thăm chính thức Việt Nam.",
        [
            (["Nguyễn Minh Quang"], ["Bounmy Phanthavong", "Sok Chanda"]),
            (["Nguyễn Minh Quang"], ["Bounmy Phanthavong"]),
            (["Nguyễn Minh Quang"], ["Sok Chanda"]),
        ],
    ),
    (
        "reported reception: the host is the subject of tiếp",
        "Tin\nChủ tịch nước Nguyễn Minh Quang cho biết Chủ tịch nước Sisavath Bounkham đã tiếp Bộ trưởng Trần Văn An.",
        [(["Sisavath Bounkham"], ["Trần Văn An"])],
    ),
    (
        "two hosts joined by và",
        "Tin\nThủ tướng Lê Thị Hoa và Chủ tịch Quốc hội Đỗ Thị Lan đã tiếp Thủ tướng Sok Chanda.",
        [(["Lê Thị Hoa", "Đỗ Thị Lan"], ["Sok Chanda"])],
    ),
    (
        "caption does not swap sides",
        "Tin\nSáng 2/3/2025, Thủ tướng Lê Thị Hoa đón Thủ tướng Sok Chanda.\n"
        "Thủ tướng Lê Thị Hoa và Thủ tướng Sok Chanda tại lễ đón. Ảnh: TTXVN",
        [(["Lê Thị Hoa"], ["Sok Chanda"])],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in HELD_OUT_SIDES], ids=[i for i, _, _ in HELD_OUT_SIDES]
)
def test_held_out_sides(text: str, expected: list[tuple[list[str], list[str]]]) -> None:
    """Hosts and guests follow the verb, the invitation or the destination of the visit."""
    assert expected == [(names(m.hosts), names(m.guests)) for m in held_out(text)]


def test_verbless_caption_adds_no_meeting() -> None:
    """A caption naming two leaders ``tại lễ đón`` confirms the talks of the body, it adds no reception."""
    text = (
        "Tin\nNgày 12/9/2025, Thủ tướng Lào Bounmy Phanthavong đã hội đàm với Ngoại trưởng Vương Minh Đức tại Bắc"
        " Kinh.\nThủ tướng Bounmy Phanthavong và Ngoại trưởng Vương Minh Đức tại lễ đón. Ảnh: Tân Hoa Xã"
    )
    assert [MeetingKind.TALKS] == [m.kind for m in held_out(text)]


def test_caption_with_its_own_event_is_a_meeting() -> None:
    """A caption that tells an encounter the body does not (a verb, other parties) is a meeting."""
    text = (
        "Tin\nThủ tướng Lê Thị Hoa đồng chủ trì Kỳ họp lần thứ 50 Ủy ban liên Chính phủ với Thủ tướng Bounmy"
        " Phanthavong. Ảnh: TTXVN\nThủ tướng Bounmy Phanthavong thăm chính thức Việt Nam."
    )
    assert ["conference", "visit"] == [m.kind.value for m in held_out(text)]


def test_quick_word_tests_cover_every_form_of_their_patterns() -> None:
    """Each form of the occasion, online, counterpart, in-turn, place and reference words holds one of the
    quick-test words, in lower case: a region without them is not searched."""
    from vnlao_corpus.events import meetings

    covered = {
        meetings._OCCASION_WORDS: ("bên lề", "nhân dịp"),
        meetings._ONLINE_WORDS: meeting_cues.ONLINE,
        meetings._COUNTERPART_WORDS: ("người đồng cấp",),
        meetings._IN_TURN_WORDS: ("lần lượt",),
        meetings._AT_WORDS: ("tại",),
        meetings._REFERENCE_WORDS: meeting_cues.REFERENCES,
    }
    for words, forms in covered.items():
        for form in forms:
            assert any(word in form.lower() for word in words), form
    # Written in capitals, the forms are still found.
    assert meetings._holds("Hội đàm TRỰC TUYẾN".lower(), meetings._ONLINE_WORDS)
