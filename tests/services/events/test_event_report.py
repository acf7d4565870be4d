"""The 実施報告 of an event as a reader sees it: counts by role and by fee category,
applications against those checked in, walk-ins, the number of companies, the fees
received and the timetable as held, in the PDF and the Word file alike."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from app.models import EventParticipant
from app.services.documents import export as exports
from app.services.documents.request import DateStyle, DocumentRequest
from app.services.events import editing, participants
from app.services.events import report as event_report
from app.services.events.codes import ApplicationSource, EventKind, ParticipantRole, PaymentState
from app.services.events.rows import EventForm, FeeInput, ParticipantForm, TimetableInput
from app.storage.database import Database
from tests.documents.readback import docx_text, normalise, pdf_text

START = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)
SALON = EventForm(
    title="第3回 ものづくり交流サロン",
    kind=EventKind.NETWORKING,
    held_on="2025-10-24",
    theme="若手経営者の事業承継",
    organiser="みなと市中小企業振興協議会",
    start_time="18:00",
    end_time="20:00",
    venue_name="みなと市産業振興センター",
    venue_room="第1会議室",
    venue_address="みなと市港町1-2-3",
    capacity="6",
    notes="次回は2月に開催予定。",
    fees=(FeeInput("会員", "0"), FeeInput("一般", "1000")),
    timetable=(
        TimetableInput("18:00〜18:40", "話題提供 事業承継の実際", "香川 誠", "香川精工株式会社"),
        TimetableInput("18:40〜20:00", "交流会"),
    ),
)


def _salon(db: Database) -> int:
    """Six places: a speaker and seven applications, one cancelled, one left waiting, a
    walk-in; 4 checked in (the walk-in and the speaker among them)."""
    event_id = editing.save(db, SALON).id or 0

    def add(name: str, organization: str, minute: int, **more: object) -> int:
        form = ParticipantForm(
            name=name,
            organization_name=organization,
            applied_at=START + timedelta(minutes=minute),
            **more,  # type: ignore[arg-type]
        )
        return participants.add_participant(db, event_id, form).id

    paid = {"payment": PaymentState.RECEIVED, "paid_amount": "1000", "paid_on": "2025-10-24"}
    came = [
        add("青木 一郎", "株式会社青木製作所", 1, fee_category="一般", **paid),
        add("井上 二郎", "(株)青木製作所", 2, fee_category="一般"),
        add("香川 誠", "香川精工株式会社", 3, role=ParticipantRole.SPEAKER),
    ]
    add("上田 三郎", "上田工業", 4, fee_category="会員", payment=PaymentState.WAIVED)
    cancelled = add("江藤 四郎", "江藤商店", 5, fee_category="一般")
    add("大野 五郎", "大野電機", 6, fee_category="一般")
    walk_in = {"source": ApplicationSource.WALK_IN, **paid}
    came.append(add("木村 七子", "木村デザイン", 8, fee_category="一般", **walk_in))
    add("加藤 六郎", "加藤鉄工", 7, fee_category="一般")  # waits, then moves up
    row = participants.load_participant(db, cancelled)
    participants.cancel_participant(db, cancelled, row.version or 0)
    add("佐藤 八郎", "佐藤化成", 9, fee_category="一般")  # full again: left waiting
    with db.session() as session, session.begin():
        session.execute(
            update(EventParticipant)
            .where(EventParticipant.id.in_(came))
            .values(checked_in_at=datetime(2025, 10, 24, 9, 0, tzinfo=UTC))
        )
    return event_id


def test_the_counts_are_of_the_records(db: Database) -> None:
    data = event_report.report_input(db, _salon(db))
    assert data.when == "令和7年10月24日(金) 午後6時00分～午後8時00分"
    assert data.venue == "みなと市産業振興センター 第1会議室(みなと市港町1-2-3)"
    assert data.checked_in
    # 6 places: 青木, 井上, 上田, 大野, 木村 (walked in) and 加藤 (after 江藤 cancelled).
    assert [(r.role, r.applied, r.walk_ins, r.attended) for r in data.roles] == [
        ("参加者", 5, 1, 3),
        ("講師", 1, 0, 1),
    ]
    assert (data.applied, data.walk_ins, data.attended) == (6, 1, 4)
    assert (data.cancelled, data.left_waiting) == (1, 1)
    assert data.organizations == 2  # 株式会社青木製作所 and (株)青木製作所 are one; 木村デザイン
    assert [
        (f.category, f.people, f.received, f.waived, f.unpaid, f.collected) for f in data.fees
    ] == [
        ("会員", 1, 0, 1, 0, 0),
        ("一般", 5, 2, 0, 3, 2000),
    ]


def test_the_report_reads_back_from_pdf_and_word(db: Database, tmp_path: Path) -> None:
    event_id = _salon(db)
    document = exports.build(db, "event-report", DocumentRequest(event_id=event_id))
    for suffix in (".pdf", ".docx"):
        path = exports.write(document, tmp_path / f"report{suffix}").path
        text = normalise(pdf_text(path) if suffix == ".pdf" else docx_text(path))
        for wanted in (
            "第3回ものづくり交流サロン交流会実施報告",
            "令和7年10月24日(金)午後6時00分~午後8時00分",
            "みなと市産業振興センター第1会議室",
            "主催:みなと市中小企業振興協議会",
            "若手経営者の事業承継",
            "申込6名、当日参加1名、出席4名、2企業・団体参加(このほか取消1名、キャンセル待ちのまま1名)",
            "区分申込当日参加出席参加者5名1名3名講師1名0名1名計6名1名4名",
            "一般1,000円5名2名0名3名2,000円",
            "計6名2名1名3名2,000円",
            "話題提供事業承継の実際香川精工株式会社香川誠",
            "次回は2月に開催予定。",
        ):
            assert normalise(wanted) in text, (suffix, wanted)


def test_without_check_ins_the_report_counts_those_with_a_place(db: Database) -> None:
    event_id = editing.save(db, SALON).id or 0
    participants.add_participant(
        db,
        event_id,
        ParticipantForm(name="青木 一郎", organization_name="青木製作所", applied_at=START),
    )
    data = event_report.report_input(db, event_id)
    assert not data.checked_in and data.attended == 1 and data.organizations == 1
    text = "".join(
        getattr(block, "text", "")
        for block in exports.build(db, "event-report", DocumentRequest(event_id=event_id)).blocks
    )
    assert "申込 1名、参加 1名、1企業・団体参加。" in text
    assert "※受付の記録がないため" in text


def test_the_date_is_written_as_the_dialog_chose(db: Database) -> None:
    event_id = editing.save(db, SALON).id or 0
    western = DateStyle(western=True, twelve_hour=False)
    data = event_report.report_input(db, event_id, western)
    assert data.when == "2025年10月24日(金) 18時00分～20時00分"
