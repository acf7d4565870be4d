"""The 実施事業報告 of a fiscal year: what each organization did and plans under the
council's pillars, and a summary of the year's meetings and visits."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import func, select

from app.documents.builders import activity_report as builder
from app.documents.inputs import ActivityReportInput, OrganizationSection, PillarSection
from app.documents.model import Document
from app.japanese.wareki import format_fiscal_year
from app.models import (
    ActionItem,
    Activity,
    Attendance,
    Body,
    Correspondence,
    Council,
    Meeting,
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
from app.services.activities.event_lines import OTHER, event_lines, events_summary
from app.services.documents.request import DocumentRequest
from app.services.meetings.attendance import IN_THE_ROOM
from app.storage.database import Database


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
        lines.append(events_summary(session, fiscal_year))
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
        # Held events join their organization's (or the council's) pillar, after its
        # activities: 「ものづくり交流サロン（令和7年10月15日、18企業参加）」.
        rank = {f"{p.code}{p.name}": (p.position, p.id) for p in pillars}
        council_events: dict[str, list[str]] = {}
        for line in event_lines(session, fiscal_year):
            named = f"{line.pillar.code}{line.pillar.name}" if line.pillar else None
            if line.organization is None:
                council_events.setdefault(named or OTHER, []).append(line.text)
                continue
            first_seen.append(line.organization)
            section = grouped[line.organization].setdefault(named or "その他", ([], []))
            section[0].append(line.text)
        first_seen = list(dict.fromkeys(first_seen))

        def in_pillar_order(caption: str) -> tuple[int, int]:
            return rank.get(caption, (99, 0))

        sections = tuple(
            OrganizationSection(
                name,
                tuple(
                    PillarSection(caption, tuple(done), tuple(planned))
                    for caption, (done, planned) in sorted(
                        grouped[name].items(), key=lambda item: in_pillar_order(item[0])
                    )
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
            council_events=tuple(
                PillarSection(caption, tuple(texts), ())
                for caption, texts in sorted(
                    council_events.items(), key=lambda item: in_pillar_order(item[0])
                )
            ),
        )


def activity_report(db: Database, request: DocumentRequest) -> Document:
    return builder.build(report_input(db, request.require_fiscal_year()))
