"""The words that report a meeting, and the places meetings are held in.

Data only; :mod:`vnlao_corpus.events.meetings` compiles it into patterns once.
Every entry is written in the normalised spelling (NFC, ``òa``/``ủy`` tone
placement). Where each entry came from is said beside it:

- "API.md" / "FORMAT.md": the cue tables of the project's contract and format notes;
- "news pool": seen in the Vietnamese news headlines and summaries the project
  was built against (Báo Quốc tế, Nhân Dân, VOV, VnExpress, Tuổi Trẻ, Thanh Niên).

>>> CUES["phone_call"][0]
'điện đàm'
>>> PLACES["Viêng Chăn"]
'LA'
"""

from __future__ import annotations

__all__ = [
    "ANNOUNCED",
    "ARRIVAL",
    "CONFERENCE_TRIGGERS",
    "COUNTERPART_TITLES",
    "CUES",
    "FRAMES",
    "NOT_DON",
    "NOT_GAP",
    "NOT_TIEP",
    "ONLINE",
    "PLACES",
    "REFERENCES",
    "VISITED_SITES",
    "VISIT_QUALIFIERS",
]

#: Cue phrases per ``MeetingKind`` value, longest first within a kind.
CUES: dict[str, tuple[str, ...]] = {
    "phone_call": (
        "điện đàm",  # API.md
        "trao đổi qua điện thoại",  # API.md
        "nói chuyện qua điện thoại",  # news pool
        "cuộc gọi điện thoại",  # news pool
    ),
    "talks": ("hội đàm",),  # API.md
    "meeting": (
        "hội kiến",  # API.md, FORMAT.md
        "gặp gỡ",  # API.md
        "gặp song phương",  # news pool (headline "gặp song phương bộ trưởng")
        "tiếp xúc song phương",  # news pool: a bilateral meeting on the sidelines
        "làm việc với",  # API.md
        "chào xã giao",  # API.md (the caller's side)
        "gặp",  # API.md
    ),
    "reception": (
        "tiếp xã giao",  # API.md
        "tiếp thân mật",  # news pool
        "tiếp đón",  # news pool
        "đón tiếp",  # news pool
        "buổi tiếp",  # news pool ("Phát biểu tại buổi tiếp")
        "lễ đón",  # news pool ("chủ trì lễ đón chính thức")
        "tiếp",  # API.md (the host's side)
        "đón",  # API.md (the host's side)
    ),
    "visit": (
        "chuyến thăm",  # API.md
        "chuyến công tác",  # API.md
        "thăm",  # API.md: only with a qualifier or a country after it (VISIT_QUALIFIERS, PLACES)
    ),
    "conference": (
        "hội nghị",  # API.md
        "kỳ họp",  # API.md, FORMAT.md ("Kỳ họp lần thứ 48 Ủy ban liên Chính phủ")
        "phiên họp",  # news pool
        "cuộc họp",  # news pool
        "diễn đàn",  # news pool ("tham dự Diễn đàn Tương lai ASEAN")
        "họp",  # API.md (a committee session); never "họp báo"
    ),
}

#: Words after ``thăm`` that make it a state visit (``thăm chính thức``, ``sang thăm``).
VISIT_QUALIFIERS: tuple[str, ...] = (
    "hữu nghị chính thức",  # news pool
    "chính thức",  # API.md
    "cấp Nhà nước",  # API.md
    "cấp nhà nước",  # news pool, lower case
    "làm việc",  # news pool
    "và làm việc",  # news pool
)

#: Sites a visitor goes to see on a programme (``đến thăm Bảo tàng Hồ Chí Minh``): no visit to a country.
VISITED_SITES: tuple[str, ...] = (
    "Bảo tàng", "Lăng", "Khu di tích", "Di tích", "Đại sứ quán", "Tổng Lãnh sự quán", "Trường", "Nhà máy",
    "Công ty", "Bệnh viện", "Học viện", "Đền", "Chùa", "Tượng đài", "Nghĩa trang", "Đài tưởng niệm", "Khu công nghiệp",
)  # fmt: skip  # news pool: programme items of state visits

#: Words after ``tiếp`` that make another word of it (continue, contact, receive news ...).
NOT_TIEP: tuple[str, ...] = (
    "tục", "xúc", "nhận", "cận", "theo", "đó", "tế", "thu", "quản", "giáp", "nối", "sức",
    "viện", "tuyến", "thị", "diễn", "cứu", "ngay", "đến", "tới", "sau", "xuống", "cho", "vốn",
    "bước", "đà", "nữa", "đây",
)  # fmt: skip
#: Words after ``đón`` that are not a reception (``đón nhận`` = welcome an idea, ``đón Tết``).
NOT_DON: tuple[str, ...] = ("nhận", "xem", "đợi", "chờ", "Tết", "năm", "giao thừa", "bão", "đầu", "làn", "đọc")
#: Words after ``gặp`` that are not an encounter (``gặp khó khăn``).
NOT_GAP: tuple[str, ...] = ("phải", "khó", "nhiều", "rủi", "sự cố", "trở ngại", "nạn", "mặt", "lại")

#: Words before a conference noun that make an official take part in it.
CONFERENCE_TRIGGERS: tuple[str, ...] = (
    "tham dự", "dự", "chủ trì", "đồng chủ trì", "tại", "diễn ra", "khai mạc", "bế mạc", "phát biểu tại",
)  # fmt: skip

#: Words that open a frame around the main event: the cue inside is the setting, not the news.
FRAMES: tuple[str, ...] = (
    "trong khuôn khổ",  # news pool ("Trong khuôn khổ chuyến thăm chính thức ...")
    "nhân dịp",  # FORMAT.md
    "nhân chuyến",  # news pool
    "trong thời gian",  # news pool ("Dự kiến trong thời gian thăm Campuchia")
    "trong chuyến",  # news pool
    "bên lề",  # FORMAT.md ("bên lề Hội nghị ...")
)

#: Words that mark a meeting as scheduled rather than held.
ANNOUNCED: tuple[str, ...] = ("sẽ", "sắp", "dự kiến", "chuẩn bị")  # API task notes, FORMAT.md

#: Words that mark a meeting as held online.
ONLINE: tuple[str, ...] = ("trực tuyến", "qua video", "qua cầu truyền hình", "qua truyền hình")  # API.md

#: Phrases that stand for officials named elsewhere (the counterpart, "both ministers").
REFERENCES: tuple[str, ...] = (
    "người đồng cấp",  # news pool
    "hai bên",
    "hai nhà lãnh đạo",
    "hai lãnh đạo",
    "hai đoàn",
    "đoàn đại biểu",
    "hai Bộ trưởng",
    "hai bộ trưởng",
    "hai Thủ tướng",
    "hai Phó Thủ tướng",
    "hai Chủ tịch",
    "hai Tổng Bí thư",
    "Thủ tướng hai nước",
    "Thủ tướng 2 nước",
    "Thủ tướng Bạn",
)

#: Verbs of arrival: ``tới``/``đến`` + a place from PLACES is the start of a visit.
ARRIVAL: tuple[str, ...] = ("tới", "đến")

#: Titles that, with a country after them and no name, stand for an unnamed counterpart (news pool:
#: ``tiếp xúc song phương với Ngoại trưởng Trung Quốc và Ngoại trưởng Lào``).
COUNTERPART_TITLES: tuple[str, ...] = (
    "Ngoại trưởng", "Bộ trưởng Ngoại giao", "Bộ trưởng Quốc phòng", "Bộ trưởng Công an", "Thủ tướng",
    "Phó Thủ tướng", "Tổng Bí thư", "Chủ tịch nước", "Chủ tịch Quốc hội", "Tổng thống", "Quốc vương",
    "Nhà vua", "Đại sứ", "Phó Tổng thống", "Thủ tướng Chính phủ", "Chủ tịch", "Thượng nghị sĩ", "Hạ nghị sĩ",
    "nghị sĩ",
)  # fmt: skip

#: Place names (countries, capitals, cities) and the ISO 3166-1 alpha-2 code of their country.
PLACES: dict[str, str] = {
    # Countries, as written in Vietnamese news (news pool, FORMAT.md).
    "Việt Nam": "VN",
    "VN": "VN",
    "Cộng hòa xã hội chủ nghĩa Việt Nam": "VN",
    "nước Cộng hòa xã hội chủ nghĩa Việt Nam": "VN",
    "Lào": "LA",
    "CHDCND Lào": "LA",
    "nước Cộng hòa Dân chủ Nhân dân Lào": "LA",
    "Cộng hòa Dân chủ Nhân dân Lào": "LA",
    "Campuchia": "KH",
    "Vương quốc Campuchia": "KH",
    "Thái Lan": "TH",
    "Vương quốc Thái Lan": "TH",
    "Trung Quốc": "CN",
    "Mỹ": "US",
    "Hoa Kỳ": "US",
    "Nga": "RU",
    "Liên bang Nga": "RU",
    "Nhật Bản": "JP",
    "Hàn Quốc": "KR",
    "Triều Tiên": "KP",
    "Ấn Độ": "IN",
    "Indonesia": "ID",
    "Malaysia": "MY",
    "Singapore": "SG",
    "Philippines": "PH",
    "Myanmar": "MM",
    "Brunei": "BN",
    "Australia": "AU",
    "Pháp": "FR",
    "Đức": "DE",
    "Anh": "GB",
    "Cuba": "CU",
    "Mông Cổ": "MN",
    # Capitals and cities (news pool).
    "Hà Nội": "VN",
    "Thủ đô Hà Nội": "VN",
    "TP Hồ Chí Minh": "VN",
    "Thành phố Hồ Chí Minh": "VN",
    "Vientiane": "LA",
    "Vientanie": "LA",  # a misspelling seen in the news pool
    "Viêng Chăn": "LA",
    "Luang Prabang": "LA",
    "Luông Pha Băng": "LA",
    "Phnom Penh": "KH",
    "Phnôm Pênh": "KH",
    "Siem Reap": "KH",
    "Bangkok": "TH",
    "Băng Cốc": "TH",
    "Bắc Kinh": "CN",
    "Trùng Khánh": "CN",
    "Thượng Hải": "CN",
    "Quảng Châu": "CN",
    "Nam Ninh": "CN",
    "Washington": "US",
    "New York": "US",
    "Moscow": "RU",
    "Mát-xcơ-va": "RU",
    "Tokyo": "JP",
    "Seoul": "KR",
    "Jakarta": "ID",
    "Kuala Lumpur": "MY",
    "Manila": "PH",
    "Naypyidaw": "MM",
    "Nay Pyi Taw": "MM",
}
