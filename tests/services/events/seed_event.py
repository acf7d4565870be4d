"""The seed's notice as an event (seeds/004: かわさき経済人ネットワークサロン), with
participants of every kind: the event documents' tests make their documents from it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from app.models import Council, EventParticipant
from app.services.events import editing, participants
from app.services.events.codes import FeeTiming, ParticipantRole, PaymentState
from app.services.events.rows import EventForm, FeeInput, ParticipantForm, TimetableInput
from app.storage.database import Database

LONG_COMPANY = "株式会社ながいながい名前の精密機械製作所"
START = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
COUNCIL = "神奈川県異業種グループ連絡会議"

SEED_FORM = EventForm(
    title="かわさき経済人ネットワークサロン 第1回会合",
    held_on="2026-02-25",
    theme="KSPの新事業立上げと支援ネットワーク紹介を基に新規事業支援について意見交換",
    organiser="神奈川県異業種グループ連絡会議事務局",
    open_time="17:30",
    start_time="18:00",
    end_time="20:30",
    venue_name="かながわサイエンスパーク(KSP)",
    venue_room="西棟3階310会議室",
    venue_address="川崎市高津区坂戸3-2-1",
    venue_access="見学会参加者は17:30に310会議室へご集合ください。",
    capacity="40",
    application_deadline="2026-02-18",
    contact_person="田中",
    contact_phone="045-633-5192",
    contact_fax="045-633-5194",
    contact_email="shigeo.tanaka@m2.people.or.jp",
    fees=(
        FeeInput("会員", "0", FeeTiming.ON_THE_DAY),
        FeeInput("一般", "1000", FeeTiming.ON_THE_DAY),
        FeeInput("懇親会", "3000", FeeTiming.IN_ADVANCE),
    ),
    timetable=(
        TimetableInput("17:30", "KSPインキュベーション関連施設等の見学会"),
        TimetableInput(
            "18:00", "開会 新産学交流サロン発足の背景と趣旨", "南出健一", "神奈川県異グ連議長"
        ),
        TimetableInput(
            "18:10",
            "報告1「(株)ケイエスピーのビジネスインキュベーションの現状と課題」",
            "志茂武",
            "(株)ケイエスピー 取締役",
        ),
        TimetableInput(
            "18:30",
            "報告2「創業の経緯、ねらいのビジネスモデルと現状」",
            "猿渡一秀",
            "プラネットワークス(株) 代表取締役",
        ),
    ),
)

P, SP, G, ST = (
    ParticipantRole.PARTICIPANT,
    ParticipantRole.SPEAKER,
    ParticipantRole.GUEST,
    ParticipantRole.STAFF,
)
R, U, W = PaymentState.RECEIVED, PaymentState.UNPAID, PaymentState.WAIVED
# (name, reading, organisation, role, category, payment, paid amount)
PEOPLE = (
    ("南出 健一", "みなみで けんいち", "神奈川県異業種グループ連絡会議", SP, "会員", W, None),
    ("志茂 武", "しも たけし", "株式会社ケイエスピー", SP, "一般", W, None),
    ("川崎 太郎", "かわさき たろう", "川崎市経済労働局", G, "一般", W, None),
    ("相沢 一郎", "あいざわ いちろう", "株式会社相沢精機", P, "一般", R, 1000),
    ("伊藤 花子", "いとう はなこ", "伊藤工業有限会社", P, "一般", R, 1000),
    ("上野 次郎", "うえの じろう", "", P, "一般", U, None),
    ("江口 三郎", "えぐち さぶろう", "江口電機株式会社", P, "会員", U, None),
    ("勅使河原 左衛門三郎", "てしがわら さえもんさぶろう", LONG_COMPANY, P, "懇親会", R, 60000),
    ("小川 四郎", "おがわ しろう", "小川商事株式会社", P, "一般", R, None),
    ("加藤 五郎", "かとう ごろう", "加藤製作所", P, "一般", U, None),
    ("木村 六子", "きむら むつこ", "木村デザイン事務所", ST, "会員", W, None),
    ("久保 七海", "くぼ ななみ", "久保技研株式会社", P, "一般", U, None),
)


def person_name(number: int) -> tuple[str, str]:
    """The name and reading of the participant ``number``: :data:`PEOPLE` over again with
    a number after the name (and its digits in kana after the reading)."""
    name, reading = PEOPLE[number % len(PEOPLE)][:2]
    if number < len(PEOPLE):
        return name, reading
    return f"{name}{number}", reading + "".join("あいうえおかきくけこ"[int(d)] for d in str(number))


def add_council(db: Database) -> None:
    with db.transaction() as session:
        council = session.scalars(select(Council)).first()
        if council is None:
            council = Council(name=COUNCIL, short_name="異グ連")
            session.add(council)
        council.secretariat_name = "事務局"
        council.secretariat_address = "横浜市中区尾上町5-80 神奈川中小企業センター5F"
        council.secretariat_phone = "045-633-5192"


def seed_event(db: Database, people: int = len(PEOPLE), capacity: str = "40") -> int:
    """The seed's event with the first ``people`` of :data:`PEOPLE` (more are repeated
    with a number); its id."""
    add_council(db)
    saved = editing.save(db, SEED_FORM.__class__(**{**_fields(SEED_FORM), "capacity": capacity}))
    assert saved.id is not None
    for number in range(people):
        name, reading, organization, role, category, payment, paid = PEOPLE[number % len(PEOPLE)]
        name, reading = person_name(number)
        received = payment is PaymentState.RECEIVED
        participants.add_participant(
            db,
            saved.id,
            ParticipantForm(
                name=name,
                reading=reading,
                organization_name=organization,
                title="代表取締役" if number % 3 == 0 else "",
                email=f"p{number}@example.jp",
                phone=f"045-000-{number:04d}",
                role=role,
                fee_category=category,
                payment=payment,
                paid_on="2026-02-20" if received else "",
                paid_amount=str(paid) if paid is not None else "",
                payment_method="振込" if received else "",
                joins_reception=number % 2 == 0,
                applied_at=START + timedelta(minutes=number),
            ),
        )
    return saved.id


def _fields(form: EventForm) -> dict[str, object]:
    return {name: getattr(form, name) for name in form.__dataclass_fields__}


def receipt_numbers(db: Database, event_id: int) -> dict[str, tuple[int | None, int | None]]:
    """Each participant's receipt (fiscal year, number), by name."""
    with db.session() as session:
        rows = session.scalars(
            select(EventParticipant).where(EventParticipant.event_id == event_id)
        ).all()
        return {p.name: (p.receipt_fiscal_year, p.receipt_number) for p in rows}


TODAY = date(2026, 2, 25)
