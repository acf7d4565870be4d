"""What the builders need, as plain frozen values (the services fill them from the data)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class DateStyle:
    """One style for a whole document: 和暦 or 西暦, 12- or 24-hour, digit width."""

    western: bool = False
    twelve_hour: bool = True
    full_width: bool = False


class LabelStyle(StrEnum):
    AS_ENTERED = "as_entered"  # the agenda's own labels
    CIRCLED = "circled"  # ① (garbles in some online systems: a setting)
    PARENTHESIZED = "parenthesized"  # (1)
    PLAIN = "plain"  # 1


class MinutesStyle(StrEnum):
    SUMMARY = "summary"  # 要点筆記: explanation, 質疑応答, 委員からの意見, decisions
    VERBATIM = "verbatim"  # 発言順: every remark in order with its speaker
    BRIEF = "brief"  # 簡易: results, decisions and 宿題 only


@dataclass(frozen=True, slots=True)
class MinutesOptions:
    show_speakers: bool = False  # the seed minutes list opinions without names
    signature_block: bool = True  # 議事録署名人 lines (blank ones when no signers are set)
    labels: LabelStyle = LabelStyle.AS_ENTERED
    dates: DateStyle = field(default_factory=DateStyle)
    style: MinutesStyle | None = None  # None: the body's own style


@dataclass(frozen=True, slots=True)
class Attendee:
    name: str  # as printed (敬称略): the family name unless two share it
    proxy: str = ""  # 代理出席: the person who came instead
    note: str = ""  # オンライン, 19:20 遅刻 …


class RemarkPart(StrEnum):
    """Where a remark goes in 要点筆記 minutes."""

    EXPLANATION = "explanation"  # 説明・報告 by the presenter or the secretariat
    QUESTION = "question"  # 質問
    ANSWER = "answer"  # 回答, after the question it answers
    OPINION = "opinion"  # 意見, 提案 (and a member's 報告): 「委員からの意見」
    POINT = "point"  # no speaker: a point of the item, a plain bullet
    PROCEDURE = "procedure"  # 議事進行: only in 発言順 minutes


@dataclass(frozen=True, slots=True)
class RemarkLine:
    speaker: (
        str  # as credited: 「浜田委員長」, 「三浦 健(三浦委員代理)」, 「来賓 山田 一郎」; "" none
    )
    side: str  # who asks or answers in 質疑応答: 「委員」, 「事務局」, 「来賓」 …; "" unknown
    part: RemarkPart
    text: str
    answers: int | None = None  # an answer: the index (in its item) of the question it answers


@dataclass(frozen=True, slots=True)
class ActionLine:
    text: str
    owner: str
    due_on: date | None


@dataclass(frozen=True, slots=True)
class AgendaSection:
    label: str
    title: str
    proposal: str = ""
    presenter: str = ""
    result: str = ""
    decisions: tuple[str, ...] = ()
    remarks: tuple[RemarkLine, ...] = ()
    actions: tuple[ActionLine, ...] = ()


@dataclass(frozen=True, slots=True)
class MinutesInput:
    council_name: str
    title: str  # the meeting's own title: 令和7年度 第3回定例会 …
    held_on: date
    start: time | None
    end: time | None
    place: str  # "": unknown, the line is left out
    members: tuple[Attendee, ...]
    secretariat: tuple[Attendee, ...]
    others: tuple[Attendee, ...]
    absent: tuple[Attendee, ...]
    materials: tuple[str, ...]
    items: tuple[AgendaSection, ...]
    next_meeting: str = ""
    recorder: str = ""
    signers: tuple[str, ...] = ()
    attendance_taken: bool = True  # False: nobody's attendance recorded, 欠席者 left out
    title_format: str = "{date} {council} {meeting} 議事録"  # the council's wording
    style: MinutesStyle = MinutesStyle.SUMMARY  # the body's style


@dataclass(frozen=True, slots=True)
class MeetingHeader:
    """What every meeting document starts with."""

    council_name: str
    title: str
    held_on: date
    start: time | None
    end: time | None
    place: str


@dataclass(frozen=True, slots=True)
class CarriedAction:
    text: str
    owner: str
    due_on: date | None
    meeting_title: str


@dataclass(frozen=True, slots=True)
class PendingRemark:
    speaker: str
    text: str
    status_label: str  # 未対応 / 対応中
    response: str
    meeting_title: str


@dataclass(frozen=True, slots=True)
class AgendaInput:
    """会議次第."""

    header: MeetingHeader
    items: tuple[tuple[str, str, str], ...]  # (label, title, presenter)
    materials: tuple[str, ...]
    carried: tuple[CarriedAction, ...]
    pending: tuple[PendingRemark, ...]


@dataclass(frozen=True, slots=True)
class SheetRow:
    name: str
    reading: str
    organization: str
    position: str
    attendance: str = ""  # the recorded variant: 出席 / 欠席 / 代理(…)


@dataclass(frozen=True, slots=True)
class AttendanceInput:
    """出席者名簿 (reception sheet with a sign column) or 出欠表 (as recorded)."""

    header: MeetingHeader
    rows: tuple[SheetRow, ...]  # already in 五十音順
    recorded: bool = False


@dataclass(frozen=True, slots=True)
class RosterRow:
    name: str
    reading: str
    organization: str
    position: str
    role: str
    term: str
    email: str = ""
    phone: str = ""
    staff: bool = False  # 事務局: listed in a block of their own, not counted as members


@dataclass(frozen=True, slots=True)
class RosterInput:
    council_name: str
    as_of: date
    rows: tuple[RosterRow, ...]
    with_contact: bool = False


@dataclass(frozen=True, slots=True)
class NoticeInput:
    """開催通知: a 公用文 letter with 記書き."""

    header: MeetingHeader
    document_number: str  # 綾イノ第12号
    dated_on: date
    addressee: str  # 委員各位
    sender_lines: tuple[str, ...]  # council name, chair title and name
    items: tuple[str, ...]  # the agenda, labelled
    contact_lines: tuple[str, ...]  # 担当 …
    reply_by: date | None = None  # 出欠の回答期限
    reply_method: str = ""  # how to reply: 「メール又はFAX」
    seal_omitted: bool = False  # 公印省略


@dataclass(frozen=True, slots=True)
class PillarSection:
    caption: str  # 【2】技術・技能の継承及び人材の確保・育成
    done: tuple[str, ...]  # this fiscal year (実施)
    planned: tuple[str, ...]  # next fiscal year (予定)


@dataclass(frozen=True, slots=True)
class OrganizationSection:
    name: str
    pillars: tuple[PillarSection, ...]


@dataclass(frozen=True, slots=True)
class ActivityReportInput:
    council_name: str
    year_label: str  # 平成28年度
    next_year_label: str  # 平成29年度
    pillars: tuple[str, ...]  # every pillar, for the introduction
    council_wide: tuple[tuple[str, str], ...]  # (title, description) of the council itself
    organizations: tuple[OrganizationSection, ...]
    summary: tuple[str, ...]  # the year in figures, from the records
    # the council's own events held this year, by pillar (「その他の事業」 last)
    council_events: tuple[PillarSection, ...] = ()


@dataclass(frozen=True, slots=True)
class RegisterInput:
    """文書収受簿 or 文書発送簿 of one fiscal year."""

    council_name: str
    year_label: str  # 令和8年度
    incoming: bool
    rows: tuple[tuple[str, ...], ...]  # number, date, their number / medium, party, subject, status


@dataclass(frozen=True, slots=True)
class Enclosure:
    """別紙: a table sent with the letter (the visitors' list of a 依頼状 …)."""

    title: str  # 「訪問者名簿」
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class LetterDocument:
    """A 公用文 letter: 依頼状, 礼状 (書簡, with 拝啓 … 敬具) or a 通知 (no greeting)."""

    document_number: str
    dated_on: date
    addressee: str  # with its honorific: 〇〇 御中 / 〇〇 様
    sender_lines: tuple[str, ...]
    subject: str  # 「視察訪問について(お礼)」
    body: tuple[str, ...]  # paragraphs, each indented one character
    greeting: bool  # 書簡: 拝啓 + 時候の挨拶 … 敬具
    notation: tuple[tuple[str, str], ...] = ()  # 記書き items, if any
    contact_lines: tuple[str, ...] = ()
    author: str = ""
    seal_omitted: bool = False  # 「(公印省略)」 under the sender
    enclosure: Enclosure | None = None  # the 別紙 the letter refers to, on a page of its own


@dataclass(frozen=True, slots=True)
class ItineraryDay:
    """One day of a visit's 行程; ``day`` is empty for stops whose day was not given."""

    day: str  # 令和7年7月24日(木)
    stops: tuple[tuple[str, str, str], ...]  # (time, place, content)


@dataclass(frozen=True, slots=True)
class VisitReportInput:
    council_name: str
    title: str
    incoming: bool  # 受入: the delegation came to us
    dates: str
    region: str
    organizations: tuple[str, ...]  # where we went, or who received the visitors here
    purpose: str
    participants: tuple[str, ...]  # our side: 参加者 on a visit, 対応者 when receiving
    host_attendees: tuple[str, ...]  # their side: 先方出席者, or the 来訪者 when receiving
    itinerary: tuple[ItineraryDay, ...]
    findings: str
    impressions: tuple[tuple[str, str], ...]  # (participant, text)
    outcomes: str
    figures: tuple[str, ...]
    next_steps: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoleCount:
    """One line of the 実施報告's 参加状況: a role with its applications and attendance."""

    role: str  # 参加者, 講師 …
    applied: int  # 申込 (not walk-ins, not cancelled, not left waiting)
    walk_ins: int  # 当日参加
    attended: int  # 出席: checked in (or, when nobody was checked in, everyone with a place)


@dataclass(frozen=True, slots=True)
class FeeCount:
    """One fee category of the 実施報告: its people and the money received."""

    category: str  # 会員, 一般 …
    amount: int | None  # 円; None for a category no fee of the event names
    people: int  # with a place, in this category
    received: int  # of them, paid
    waived: int
    unpaid: int
    collected: int  # 円 received


@dataclass(frozen=True, slots=True)
class EventReportInput:
    """実施報告 of one event (行事), as held."""

    council_name: str
    title: str
    kind: str  # セミナー, 交流会 …
    when: str  # 令和7年10月24日(金) 午後1時30分～午後4時00分
    venue: str
    organiser: str
    theme: str
    checked_in: bool  # the reception recorded check-ins (else 出席 is everyone with a place)
    roles: tuple[RoleCount, ...]
    applied: int
    walk_ins: int
    attended: int
    cancelled: int
    left_waiting: int  # still on the waitlist: never got a place
    organizations: int  # 企業数: distinct organisations among those who attended
    buyer_companies: int  # at a 商談会: companies on the 発注側 among those who attended
    supplier_companies: int  # and on the 受注側
    fees: tuple[FeeCount, ...]
    timetable: tuple[tuple[str, str, str, str], ...]  # time, title, speaker, affiliation
    notes: str
    # the 計 line: each person once (a fee paid on top, the 懇親会, lists some twice above)
    fees_total: FeeCount | None = None
