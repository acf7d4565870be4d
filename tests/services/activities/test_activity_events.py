"""Events held in the fiscal year feed its 実施事業報告, in the style of seed 001: under
their activity's organization and pillar, or the council's own under the pillar the
event names (「その他の事業」 when it names none), each with its counts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select, update

from app.documents.model import plain_text
from app.models import Council, EventParticipant, Pillar
from app.models.enums import ActivityState
from app.services.activities import editing as activities
from app.services.activities import report as activity_report
from app.services.activities.rows import ActivityInput
from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest
from app.services.events import editing, participants
from app.services.events.codes import EventKind, EventStatus, ParticipantRole
from app.services.events.rows import EventForm, ParticipantForm
from app.storage.database import Database
from tests.documents.readback import docx_text, normalise, pdf_text
from tests.services.activities.seed001_activities import PILLARS

APPLIED = datetime(2016, 9, 1, 9, 0, tzinfo=UTC)


def _pillar(db: Database, code: str) -> int:
    with db.session() as session:
        return session.scalars(select(Pillar.id).where(Pillar.code == code)).one()


def _event(db: Database, title: str, held_on: str, **more: object) -> int:
    form = EventForm(title=title, held_on=held_on, **{"status": EventStatus.HELD, **more})  # type: ignore[arg-type]
    return editing.save(db, form).id or 0


def _people(db: Database, event_id: int, *people: tuple[str, str, ParticipantRole]) -> list[int]:
    return [
        participants.add_participant(
            db,
            event_id,
            ParticipantForm(name=name, organization_name=company, role=role, applied_at=APPLIED),
        ).id
        for name, company, role in people
    ]


def _check_in(db: Database, ids: list[int]) -> None:
    with db.session() as session, session.begin():
        session.execute(
            update(EventParticipant)
            .where(EventParticipant.id.in_(ids))
            .values(checked_in_at=datetime(2016, 10, 15, 9, 0, tzinfo=UTC))
        )


def _enter(db: Database) -> None:
    with db.transaction() as session:
        session.add(Council(name="中小企業都市連絡協議会"))
    activities.ensure_pillars(db, PILLARS)
    P = ParticipantRole.PARTICIPANT
    school = activities.add(
        db, ActivityInput("川口商工会議所", 2016, "【2】", ActivityState.DONE, "「経営塾」開催")
    )
    matching = activities.add(
        db, ActivityInput("川口商工会議所", 2015, "【3】", ActivityState.DONE, "商談会(前年度)")
    )
    # 経営塾: 36 companies, one of them sending two people; a speaker is no company.
    school_event = _event(
        db, "後継経営者・若手経営者対象「経営塾」", "2016-10-15", activity_id=school
    )
    people = [(f"受講者{n}", f"株式会社川口{n % 36}工業", P) for n in range(37)]
    _people(db, school_event, *people, ("香川 誠", "香川事務所", ParticipantRole.SPEAKER))
    fair = _event(
        db,
        "マッチング商談会",
        "2017-02-09",
        kind=EventKind.BUSINESS_MATCHING,
        activity_id=matching,
    )
    buyers = [(f"発注{n}", f"大手{n}株式会社", ParticipantRole.BUYER) for n in range(3)]
    suppliers = [(f"受注{n}", f"川口{n}製作所", ParticipantRole.SUPPLIER) for n in range(10)]
    _people(db, fair, *buyers, *suppliers)
    # The council's own: a salon under 【1】 with 4 companies checked in of 6 applied.
    salon = _event(db, "ものづくり交流サロン", "2016-11-24", pillar_id=_pillar(db, "【1】"))
    salon_people = [(f"参加{n}", f"サロン{n % 4}社", P) for n in range(6)]
    came = _people(db, salon, *salon_people)
    _check_in(db, came[:5])
    _people(db, salon, ("研究会員", "", P))  # applied, never came
    _event(db, "展示会スケジュール説明会", "2016-12-01")  # no activity, no pillar: nobody
    _event(db, "事業承継セミナー", "2017-03-01", status=EventStatus.RECRUITING)  # not held
    _event(db, "翌年度の交流会", "2017-04-20", pillar_id=_pillar(db, "【1】"))  # next year


def test_held_events_appear_under_their_pillar_with_their_counts(db: Database) -> None:
    _enter(db)
    data = activity_report.report_input(db, 2016)
    (kawaguchi,) = data.organizations
    assert [(p.caption[:3], p.done) for p in kawaguchi.pillars] == [
        (
            "【2】",
            (
                "「経営塾」開催",
                "後継経営者・若手経営者対象「経営塾」（平成28年10月15日、36企業参加）",
            ),
        ),
        ("【3】", ("マッチング商談会（平成29年2月9日、発注側3社・受注側10社参加）",)),
    ]
    assert [(p.caption, p.done) for p in data.council_events] == [
        ("【1】新たな価値の創造", ("ものづくり交流サロン（平成28年11月24日、4企業参加）",)),
        ("その他の事業", ("展示会スケジュール説明会（平成28年12月1日）",)),
    ]
    # 37 at the 経営塾, 13 at the fair, 5 checked in at the salon; speakers are not counted
    assert "行事(セミナー・交流会等): 4件開催、延べ55名参加" in data.summary


def test_the_document_reads_like_the_seed(db: Database, tmp_path: Path) -> None:
    _enter(db)
    document = exports.build(db, "activity-report", DocumentRequest(fiscal_year=2016))
    text = plain_text(document)
    council = text.index("1 中小企業都市連絡協議会全体の平成28年度実施事業")
    salon = text.index("●「【1】新たな価値の創造」関連", council)
    other = text.index("●その他の事業", salon)
    assert council < salon < other < text.index("2 各団体の")
    assert "平成28年度：ものづくり交流サロン（平成28年11月24日、4企業参加）" in text
    assert "(記録なし)" not in text
    pdf = exports.write(document, tmp_path / "report.pdf").path
    docx = exports.write(document, tmp_path / "report.docx").path
    assert normalise(pdf_text(pdf, document.header)) == normalise(docx_text(docx))
    assert normalise("マッチング商談会（平成29年2月9日、発注側3社・受注側10社参加）") in normalise(
        docx_text(docx)
    )
