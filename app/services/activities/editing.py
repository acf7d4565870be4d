"""実施事業 (activities per organization, fiscal year and pillar) and the annual report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.documents.inputs import ActivityReportInput, OrganizationSection, PillarSection
from app.japanese.wareki import fiscal_year_of, format_fiscal_year
from app.models import (
    ActionItem,
    Activity,
    Attendance,
    Body,
    Correspondence,
    Council,
    Meeting,
    Organization,
    Pillar,
    Visit,
)
from app.models.enums import (
    ActionStatus,
    ActivityState,
    AttendanceStatus,
    CorrespondenceDirection,
    CorrespondenceStatus,
    MeetingStatus,
    VisitDirection,
)
from app.services.meetings.attendance import IN_THE_ROOM
from app.services.problems import Invalid, Problem
from app.storage.database import Database


@dataclass(frozen=True, slots=True)
class ActivityInput:
    organization: str | None  # None: the council as a whole (協議会全体)
    fiscal_year: int
    pillar_code: str | None  # 【1】
    state: ActivityState
    title: str
    description: str = ""


def ensure_pillars(db: Database, pillars: list[tuple[str, str]]) -> None:
    """The council's pillars (方針), e.g. ("【1】", "新たな価値の創造"), in order."""
    with db.transaction() as session:
        known = {p.code: p for p in session.scalars(select(Pillar))}
        listed = {code for code, _name in pillars}
        for position, (code, name) in enumerate(pillars):
            pillar = known.get(code) or Pillar(code=code)
            pillar.name, pillar.position, pillar.active = name, position, True
            session.add(pillar)
        for code, pillar in known.items():  # kept for old records, no longer offered
            if code not in listed:
                pillar.active = False


def add(db: Database, activity: ActivityInput) -> int:
    """Record an activity; the organization is found by name (created when new).

    Raises :class:`Invalid` (``title``) when there is no title.
    """
    if not activity.title.strip():
        raise Invalid({"title": Problem.MISSING})
    with db.transaction() as session:
        organization = None
        if activity.organization:
            organization = session.scalars(
                select(Organization).where(Organization.name == activity.organization)
            ).first() or Organization(name=activity.organization)
        pillar = None
        if activity.pillar_code:
            pillar = session.scalars(
                select(Pillar).where(Pillar.code == activity.pillar_code)
            ).one()
        count = session.scalar(select(func.count(Activity.id))) or 0
        row = Activity(
            organization=organization,
            fiscal_year=activity.fiscal_year,
            pillar=pillar,
            state=activity.state,
            title=activity.title.strip(),
            description=activity.description.strip(),
            position=count,
        )
        session.add(row)
        session.flush()
        return row.id


def _summary(db: Database, fiscal_year: int) -> tuple[str, ...]:
    lines = []
    with db.session() as session:
        bodies = session.scalars(select(Body).order_by(Body.position, Body.id)).all()
        for body in bodies:
            held = session.scalars(
                select(Meeting).where(
                    Meeting.body_id == body.id,
                    Meeting.fiscal_year == fiscal_year,
                    Meeting.status != MeetingStatus.PLANNED,
                )
            ).all()
            if not held:
                continue
            records = session.scalars(
                select(Attendance).where(Attendance.meeting_id.in_([m.id for m in held]))
            ).all()
            present = sum(1 for r in records if r.status in IN_THE_ROOM)
            counted = sum(
                1 for r in records if r.status in IN_THE_ROOM or r.status == AttendanceStatus.ABSENT
            )
            rate = f"、出席率 {present * 100 // counted}%" if counted else ""
            lines.append(f"{body.name}: {len(held)}回開催{rate}")
        for direction, caption in (
            (VisitDirection.OUTGOING, "視察・訪問"),
            (VisitDirection.INCOMING, "視察受入れ"),
        ):
            visits = session.scalar(
                select(func.count(Visit.id)).where(
                    Visit.fiscal_year == fiscal_year, Visit.direction == direction
                )
            )
            lines.append(f"{caption}: {visits or 0}件")
        for letter_direction, caption in (
            (CorrespondenceDirection.OUTGOING, "発送文書"),
            (CorrespondenceDirection.INCOMING, "収受文書"),
        ):
            letters = session.scalar(
                select(func.count(Correspondence.id)).where(
                    Correspondence.fiscal_year == fiscal_year,
                    Correspondence.direction == letter_direction,
                    Correspondence.status != CorrespondenceStatus.VOID,
                )
            )
            lines.append(f"{caption}: {letters or 0}件")
        open_actions = session.scalar(
            select(func.count(ActionItem.id)).where(ActionItem.status != ActionStatus.DONE)
        )
        lines.append(f"未完了の宿題(決定事項): {open_actions or 0}件")
    return tuple(lines)


def report_input(db: Database, fiscal_year: int) -> ActivityReportInput:
    """Grouped organization → pillar → 実施 (this year) / 予定 (next year), as in seed 001."""
    with db.session() as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
        start_month = council.fiscal_year_start_month if council else 4
        pillars = session.scalars(
            select(Pillar).where(Pillar.active.is_(True)).order_by(Pillar.position, Pillar.id)
        ).all()
        activities = session.scalars(
            select(Activity)
            .where(
                ((Activity.fiscal_year == fiscal_year) & (Activity.state == ActivityState.DONE))
                | (
                    (Activity.fiscal_year == fiscal_year + 1)
                    & (Activity.state == ActivityState.PLANNED)
                )
            )
            .order_by(Activity.position, Activity.id)
        ).all()
        council_wide = tuple(
            (a.title, a.description)
            for a in activities
            if a.organization_id is None and a.state is ActivityState.DONE
        )
        grouped: dict[str, dict[str, tuple[list[str], list[str]]]] = defaultdict(dict)
        order = {p.id: p.position for p in pillars}
        for activity in sorted(
            (a for a in activities if a.organization is not None),
            key=lambda a: (order.get(a.pillar_id or 0, 99), a.position, a.id),
        ):
            assert activity.organization is not None
            caption = (
                f"{activity.pillar.code}{activity.pillar.name}" if activity.pillar else "その他"
            )
            done, planned = grouped[activity.organization.name].setdefault(caption, ([], []))
            text = activity.title + (f" {activity.description}" if activity.description else "")
            (done if activity.state is ActivityState.DONE else planned).append(text)
        first_seen = list(
            dict.fromkeys(a.organization.name for a in activities if a.organization is not None)
        )
        sections = tuple(
            OrganizationSection(
                name,
                tuple(
                    PillarSection(caption, tuple(done), tuple(planned))
                    for caption, (done, planned) in grouped[name].items()
                ),
            )
            for name in first_seen
        )
        return ActivityReportInput(
            council_name=council.name if council else "",
            year_label=format_fiscal_year(fiscal_year, start_month),
            next_year_label=format_fiscal_year(fiscal_year + 1, start_month),
            pillars=tuple(f"{p.code}{p.name}" for p in pillars),
            council_wide=council_wide,
            organizations=sections,
            summary=_summary(db, fiscal_year),
        )


@dataclass(frozen=True, slots=True)
class ActivityRow:
    id: int
    organization: str  # "" for the council as a whole
    fiscal_year: int
    pillar_code: str
    state: ActivityState
    title: str
    description: str


def list_for_year(db: Database, fiscal_year: int) -> list[ActivityRow]:
    """This year's activities and next year's plans, in the order they were entered."""
    with db.session() as session:
        rows = session.scalars(
            select(Activity)
            .where(Activity.fiscal_year.in_([fiscal_year, fiscal_year + 1]))
            .order_by(Activity.fiscal_year, Activity.position, Activity.id)
        ).all()
        return [
            ActivityRow(
                a.id,
                a.organization.name if a.organization else "",
                a.fiscal_year,
                a.pillar.code if a.pillar else "",
                a.state,
                a.title,
                a.description,
            )
            for a in rows
        ]


def pillar_choices(db: Database) -> list[tuple[str, str]]:
    with db.session() as session:
        return [
            (p.code, p.name)
            for p in session.scalars(
                select(Pillar).where(Pillar.active.is_(True)).order_by(Pillar.position, Pillar.id)
            )
        ]


def remove(db: Database, activity_id: int) -> None:
    with db.transaction() as session:
        session.delete(session.get_one(Activity, activity_id))


def current_fiscal_year(db: Database, today: date | None = None) -> int:
    """The fiscal year today falls in, by the council's start month."""
    with db.session() as session:
        council = session.scalars(select(Council).order_by(Council.id).limit(1)).first()
    return fiscal_year_of(today or date.today(), council.fiscal_year_start_month if council else 4)
