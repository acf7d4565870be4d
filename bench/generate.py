"""Generate the ten-year benchmark database (deterministic, seeded, cached).

    python -m bench.generate [--scale 1.0] [--seed 2016] [--force]

At scale 1: 3 bodies, 400 members in 250 organizations, 1,500 meetings, 15,000 agenda
items, 150,000 remarks, 30,000 attendance rows, 300 visits, 20,000 letters and 2,000
activities over fiscal years 2016–2025 (平成28年度〜令和7年度).

Written through the app's own write path: :func:`app.services.workspace.open_database`
(migrations, FTS5 search table, the session hooks), then ORM objects in
``db.transaction()`` — one transaction per meeting, per 50 visits, per 1,000 letters — so
the ``after_flush`` hook of ``app.services.search.index`` indexes every record as the app
would, and the ``before_flush`` audit hook runs with the ``SEEDING`` flag that
``app.demo.loader`` uses (history as it stands: approved minutes are written approved,
without audit rows).

Letters are numbered here as ``demo.py`` does (per direction and fiscal year, in date
order) rather than through ``register.register``: that service reads the council row and
``max(serial)`` and flushes once per letter, which is right for one letter typed by a
person and wasteful for 20,000; the rows and the index entries written are the same.

Same seed and scale → the same database content: every ``uuid`` comes from the seeded
generator, and ``created_at``/``updated_at`` are the record's own date, not "now".
The file is cached under ``bench/cache/`` by generator version, seed and scale, with a
JSON file beside it naming the long meeting and the capture meeting.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from app.japanese.timezone import TOKYO
from app.japanese.wareki import fiscal_year_of, format_fiscal_year
from app.models import (
    ActionItem,
    Activity,
    AgendaItem,
    Attendance,
    Body,
    Correspondence,
    Council,
    ItineraryItem,
    Meeting,
    MeetingGuest,
    Member,
    MinuteSigner,
    Organization,
    Pillar,
    Remark,
    Visit,
    VisitHostAttendee,
    VisitOrganization,
    VisitParticipant,
)
from app.models.base import Entity
from app.models.enums import (
    ActionStatus,
    ActivityState,
    AgendaKind,
    AttendanceStatus,
    BodyKind,
    CorrespondenceDirection,
    CorrespondenceStatus,
    CouncilRole,
    GuestCategory,
    Medium,
    MeetingStatus,
    OrganizationKind,
    RemarkKind,
    ResponseStatus,
    VisitDirection,
    VisitOrganizationRole,
)
from app.services import workspace
from app.services.audit import trail as audit_trail
from bench import texts

GENERATOR_VERSION = 2
DEFAULT_SEED = 2016
CACHE = Path(__file__).resolve().parent / "cache"
FIRST_DAY = dt.date(2016, 4, 1)  # 平成28年度
LAST_DAY = dt.date(2026, 3, 31)  # 令和7年度
COUNTS = {
    "bodies": 3,
    "organizations": 250,
    "members": 400,
    "meetings": 1500,
    "agenda_items": 15000,
    "remarks": 150000,
    "attendances": 30000,
    "visits": 300,
    "letters": 20000,
    "activities": 2000,
}
FOUNDING_MEMBERS = 60  # enough members in office for 20 attendances from day one
LONG_MEETING_REMARKS = 300  # a 3-hour meeting: about 30 pages of minutes
LONG_MEETING_ITEMS = 10
ACTIONS_PER_MEETING = 2
VISITS_PER_TRANSACTION = 50
LETTERS_PER_TRANSACTION = 1000
_KINDS = (
    (RemarkKind.OPINION, 45),
    (RemarkKind.QUESTION, 15),
    (RemarkKind.ANSWER, 15),
    (RemarkKind.PROPOSAL, 10),
    (RemarkKind.REPORT, 15),
)
E = TypeVar("E", bound=Entity)


@dataclass(frozen=True)
class Plan:
    """How many of each record a scale asks for (at least one of each)."""

    scale: float

    def count(self, name: str) -> int:
        if name == "bodies":
            return COUNTS[name]  # the shape of the council does not scale
        least = 20 if name in ("organizations", "members") else 1
        return max(least, round(COUNTS[name] * self.scale))

    @property
    def meetings(self) -> int:
        return max(3, self.count("meetings"))


def cache_paths(scale: float, seed: int = DEFAULT_SEED) -> tuple[Path, Path]:
    """The database file and its JSON description for this version, seed and scale."""
    stem = f"bench-v{GENERATOR_VERSION}-seed{seed}-scale{scale:g}"
    return CACHE / f"{stem}.sqlite3", CACHE / f"{stem}.json"


def _spread(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` split into ``parts`` positive-ish counts that vary (sum is exact)."""
    weights = [rng.uniform(0.5, 1.5) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    for index in range(total - sum(counts)):
        counts[index % parts] += 1
    return counts


class Generator:
    def __init__(self, db: workspace.Database, plan: Plan, seed: int) -> None:
        self.db = db
        self.plan = plan
        self.rng = random.Random(seed)
        self.uuid_rng = random.Random(seed * 7919 + 1)
        self.member_ids: list[tuple[int, dt.date, dt.date | None]] = []
        self.organization_ids: list[int] = []
        self.company_ids: list[int] = []
        self.partner_ids: list[int] = []  # organizations in other regions (visits)
        self.body_ids: list[int] = []
        self.pillar_ids: list[int] = []
        self.meetings: list[tuple[int, dt.date]] = []
        self.long_meeting_id = 0
        self.capture_meeting_id = 0

    # ----------------------------------------------------------------- helpers

    def new(self, model: type[E], stamp: dt.date | dt.datetime, **fields: Any) -> E:
        """A model object with a seeded uuid and timestamps of its own day (09:00 JST)."""
        moment = (
            stamp
            if isinstance(stamp, dt.datetime)
            else dt.datetime.combine(stamp, dt.time(9), tzinfo=TOKYO)
        )
        uuid = str(uuid_module.UUID(int=self.uuid_rng.getrandbits(128), version=4))
        return model(uuid=uuid, created_at=moment, updated_at=moment, **fields)

    def transaction(self) -> Any:
        return _SeedingTransaction(self.db)

    def members_on(self, day: dt.date) -> list[int]:
        return [
            member_id
            for member_id, joined, left in self.member_ids
            if joined <= day and (left is None or day <= left)
        ]

    # ----------------------------------------------------------------- run

    def run(self) -> dict[str, Any]:
        self.add_council_and_people()
        self.add_meetings()
        self.add_visits()
        self.add_letters()
        self.add_activities()
        return {
            "long_meeting_id": self.long_meeting_id,
            "capture_meeting_id": self.capture_meeting_id,
        }

    def add_council_and_people(self) -> None:
        rng = self.rng
        with self.transaction() as session:
            session.add(
                self.new(
                    Council,
                    FIRST_DAY,
                    name="みなと市ものづくりイノベーション推進委員会",
                    short_name="みなイノ",
                    secretariat_name="みなと市 経済部 産業振興課",
                    founded_on=FIRST_DAY,
                    fiscal_year_start_month=4,
                    document_number_format="{short}第{n}号",
                )
            )
            pillars = [
                self.new(Pillar, FIRST_DAY, code=code, name=name, position=position)
                for position, (code, name) in enumerate(
                    [
                        ("【1】", "新たな価値の創造"),
                        ("【2】", "技術・技能の継承及び人材の確保・育成"),
                        ("【3】", "事業環境整備"),
                    ]
                )
            ]
            bodies = [
                self.new(
                    Body,
                    FIRST_DAY,
                    name=name,
                    kind=BodyKind.REGULAR if position == 0 else BodyKind.SUBCOMMITTEE,
                    position=position,
                    description=description,
                )
                for position, (name, description) in enumerate(
                    texts.BODIES[: self.plan.count("bodies")]
                )
            ]
            organizations = []
            companies = []
            for number in range(self.plan.count("organizations")):
                if number % 5 == 4:  # partners in other regions: hosts of visits
                    region = texts.REGIONS[1 + number % (len(texts.REGIONS) - 1)]
                    kind = rng.choice(
                        [
                            OrganizationKind.MUNICIPALITY,
                            OrganizationKind.BUSINESS_ASSOCIATION,
                            OrganizationKind.SUPPORT_AGENCY,
                            OrganizationKind.UNIVERSITY,
                        ]
                    )
                    name, reading = f"{region}{kind_label(kind)}{number}", "ちいき"
                else:
                    region, kind = "みなと市", OrganizationKind.COMPANY
                    name, reading = texts.company(rng, number)
                organization = self.new(
                    Organization,
                    FIRST_DAY,
                    name=name,
                    reading=reading,
                    kind=kind,
                    region=region,
                    postal_code=f"243-{900 + number % 99:04d}",
                    address=f"{region}{rng.choice(texts.PLACE_WORDS)[0]}{rng.randint(1, 9)}丁目",
                    phone=f"046-555-{2000 + number:04d}",
                    notes=texts.remark_text(rng, 40) if rng.random() < 0.3 else "",
                )
                organizations.append(organization)
                if kind is OrganizationKind.COMPANY:
                    companies.append(organization)
            members = []
            span = (LAST_DAY - FIRST_DAY).days
            for number in range(self.plan.count("members")):
                family, given, family_reading, given_reading = texts.person(rng)
                founding = number < FOUNDING_MEMBERS  # in office from the first year
                joined = FIRST_DAY + dt.timedelta(
                    days=0 if founding else rng.randrange(0, span - 365)
                )
                left = None
                if rng.random() < 0.6:
                    left = joined + dt.timedelta(days=rng.randrange(365, 365 * 5))
                    left = None if left >= LAST_DAY else left
                role = (
                    CouncilRole.CHAIR
                    if number == 0
                    else CouncilRole.VICE_CHAIR
                    if number < 3
                    else rng.choice(
                        [CouncilRole.MEMBER] * 8 + [CouncilRole.ADVISOR, CouncilRole.OBSERVER]
                    )
                )
                members.append(
                    self.new(
                        Member,
                        joined,
                        family_name=family,
                        given_name=given,
                        family_name_reading=family_reading,
                        given_name_reading=given_reading,
                        organization=companies[number % len(companies)],
                        position_title=rng.choice(texts.POSITIONS),
                        council_role=role,
                        term_start=joined,
                        email=f"member{number}@example.jp",
                        phone=f"090-5555-{number:04d}",
                        joined_on=joined,
                        left_on=left,
                        archived_at=None
                        if left is None
                        else dt.datetime.combine(left, dt.time(9), tzinfo=TOKYO),
                    )
                )
            session.add_all([*pillars, *bodies, *organizations, *members])
            session.flush()
            self.pillar_ids = [pillar.id for pillar in pillars]
            self.body_ids = [body.id for body in bodies]
            self.organization_ids = [organization.id for organization in organizations]
            self.company_ids = [organization.id for organization in companies]
            self.partner_ids = [
                o.id for o in organizations if o.kind is not OrganizationKind.COMPANY
            ]
            self.member_ids = [(m.id, m.joined_on, m.left_on) for m in members]  # type: ignore[misc]

    # ----------------------------------------------------------------- meetings

    def meeting_days(self) -> list[dt.date]:
        span = (LAST_DAY - FIRST_DAY).days - 30
        days = sorted(
            FIRST_DAY + dt.timedelta(days=self.rng.randrange(0, span))
            for _ in range(self.plan.meetings)
        )
        return [day + dt.timedelta(days=(1 - day.weekday()) % 7) for day in days]  # Tuesdays

    def add_meetings(self) -> None:
        rng = self.rng
        plan = self.plan
        days = self.meeting_days()
        count = len(days)
        long_index = count - 2  # the one before the newest: its minutes are being written
        others = count - 1
        remark_budget = max(others, plan.count("remarks") - LONG_MEETING_REMARKS)
        item_budget = max(others, plan.count("agenda_items") - LONG_MEETING_ITEMS)
        remarks_per = _spread(remark_budget, others, rng)
        items_per = _spread(item_budget, others, rng)
        attendance_per = _spread(plan.count("attendances"), count, rng)
        sequences: dict[tuple[int, int], int] = {}
        other = 0
        for index, day in enumerate(days):
            body_id = self.body_ids[0 if rng.random() < 0.5 else rng.randrange(len(self.body_ids))]
            fiscal_year = fiscal_year_of(day)
            sequences[body_id, fiscal_year] = sequences.get((body_id, fiscal_year), 0) + 1
            if index == long_index:
                items, remarks = LONG_MEETING_ITEMS, LONG_MEETING_REMARKS
                start, end = dt.time(13, 30), dt.time(16, 30)
            else:
                items, remarks = max(1, items_per[other]), remarks_per[other]
                start, end = dt.time(19, 0), dt.time(20, 30)
                other += 1
            status = (
                MeetingStatus.APPROVED
                if index < count - 3
                else MeetingStatus.DRAFTING
                if index < count - 1
                else MeetingStatus.HELD
            )
            meeting_id = self.add_meeting(
                day,
                body_id,
                sequences[body_id, fiscal_year],
                status,
                start,
                end,
                items,
                remarks,
                max(1, attendance_per[index]),
            )
            self.meetings.append((meeting_id, day))
            if index == long_index:
                self.long_meeting_id = meeting_id
        self.capture_meeting_id = self.meetings[-1][0]

    def add_meeting(
        self,
        day: dt.date,
        body_id: int,
        sequence: int,
        status: MeetingStatus,
        start: dt.time,
        end: dt.time,
        item_count: int,
        remark_count: int,
        attendance_count: int,
    ) -> int:
        rng = self.rng
        fiscal_year = fiscal_year_of(day)
        in_office = self.members_on(day) or [self.member_ids[0][0]]
        attendees = rng.sample(in_office, min(attendance_count, len(in_office)))
        approved = status is MeetingStatus.APPROVED
        recent = (LAST_DAY - day).days < 365
        with self.transaction() as session:
            body_name = texts.BODIES[self.body_ids.index(body_id)][0]
            meeting = self.new(
                Meeting,
                day,
                body_id=body_id,
                sequence_number=sequence,
                fiscal_year=fiscal_year,
                title=f"{format_fiscal_year(fiscal_year)} 第{sequence}回{body_name}",
                held_on=day,
                start_time=start,
                end_time=end,
                place=rng.choice(texts.PLACES),
                chair_id=attendees[0],
                recorder_name="石田 航（事務局）",
                status=status,
                approved_at=dt.datetime.combine(day + dt.timedelta(days=14), dt.time(10), TOKYO)
                if approved
                else None,
                next_meeting_note="次回は追って事務局から連絡する。",
            )
            titles = texts.agenda_titles()
            meeting.agenda_items = [
                self.new(
                    AgendaItem,
                    day,
                    label=chr(0x2460 + n) if n < 20 else f"({n + 1})",
                    title=rng.choice(titles),
                    description=texts.remark_text(rng, 80),
                    presenter_id=rng.choice(attendees),
                    kind=rng.choice(list(AgendaKind)),
                    result=rng.choice(texts.RESULTS),
                    resolution="→" + texts.remark_text(rng, 40) if rng.random() < 0.5 else "",
                )
                for n in range(item_count)
            ]
            statuses = [AttendanceStatus.PRESENT] * 14 + list(AttendanceStatus)
            meeting.attendances = [
                self.new(Attendance, day, member_id=member_id, status=rng.choice(statuses))
                for member_id in attendees
            ]
            meeting.guests = [
                self.new(
                    MeetingGuest,
                    day,
                    name="石田 航",
                    affiliation="みなと市 産業振興課 主事",
                    category=GuestCategory.SECRETARIAT,
                )
            ]
            meeting.signers = [
                self.new(MinuteSigner, day, member_id=member_id) for member_id in attendees[1:3]
            ]
            session.add(meeting)
            first = dt.datetime.combine(day, start, TOKYO) + dt.timedelta(minutes=5)
            minutes = (
                dt.datetime.combine(day, end) - dt.datetime.combine(day, start)
            ).total_seconds() / 60 - 10
            step = dt.timedelta(minutes=minutes / max(remark_count, 1))
            per_item = _spread(remark_count, item_count, rng) if remark_count else [0] * item_count
            remarks_by_item: list[list[Remark]] = []
            number = 0
            for item, how_many in zip(meeting.agenda_items, per_item, strict=True):
                remarks = []
                for position in range(how_many):
                    captured_at = first + step * number
                    number += 1
                    remarks.append(self.remark(item, position, captured_at, attendees, recent))
                session.add_all(remarks)
                remarks_by_item.append(remarks)
            session.flush()  # action items refer to agenda items and remarks by id
            for position in range(ACTIONS_PER_MEETING):
                item_number = rng.randrange(item_count)
                sources = remarks_by_item[item_number]
                done = not recent or rng.random() < 0.4
                session.add(
                    self.new(
                        ActionItem,
                        day,
                        agenda_item_id=meeting.agenda_items[item_number].id,
                        remark_id=rng.choice(sources).id if sources else None,
                        position=position,
                        text=texts.remark_text(rng, 40),
                        owner_member_id=rng.choice(attendees),
                        due_on=day + dt.timedelta(days=30),
                        status=ActionStatus.DONE if done else ActionStatus.OPEN,
                        closed_at=dt.datetime.combine(
                            day + dt.timedelta(days=25), dt.time(17), TOKYO
                        )
                        if done
                        else None,
                    )
                )
            return meeting.id

    def remark(
        self,
        item: AgendaItem,
        position: int,
        captured_at: dt.datetime,
        attendees: list[int],
        recent: bool,
    ) -> Remark:
        rng = self.rng
        kind = rng.choices([k for k, _ in _KINDS], weights=[w for _, w in _KINDS])[0]
        secretariat = kind is RemarkKind.ANSWER and rng.random() < 0.5
        status, response = ResponseStatus.NOT_NEEDED, ""
        if kind in (RemarkKind.OPINION, RemarkKind.PROPOSAL):
            roll = rng.random()
            if recent:
                status = ResponseStatus.PENDING if roll < 0.5 else ResponseStatus.IN_PROGRESS
            elif roll < 0.8:
                status = ResponseStatus.DONE
            elif roll < 0.95:
                status = ResponseStatus.NOT_NEEDED
            else:
                status = ResponseStatus.PENDING
            if status in (ResponseStatus.DONE, ResponseStatus.IN_PROGRESS):
                response = texts.remark_text(rng, 40)
        return self.new(
            Remark,
            captured_at,
            agenda_item=item,
            position=position,
            speaker_member_id=None if secretariat else rng.choice(attendees),
            speaker_name="事務局（石田）" if secretariat else "",
            kind=kind,
            text=texts.remark_text(rng),
            captured_at=captured_at,
            response_status=status,
            response_text=response,
            responded_at=captured_at + dt.timedelta(days=20) if response else None,
        )

    # ----------------------------------------------------------------- visits, letters, activities

    def add_visits(self) -> None:
        rng = self.rng
        total = self.plan.count("visits")
        span = (LAST_DAY - FIRST_DAY).days - 10
        days = sorted(FIRST_DAY + dt.timedelta(days=rng.randrange(span)) for _ in range(total))
        for start in range(0, total, VISITS_PER_TRANSACTION):
            with self.transaction() as session:
                for day in days[start : start + VISITS_PER_TRANSACTION]:
                    session.add(self.visit(day))

    def visit(self, day: dt.date) -> Visit:
        rng = self.rng
        region = rng.choice(texts.REGIONS[1:])
        end = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        visit = self.new(
            Visit,
            day,
            direction=rng.choice(list(VisitDirection)),
            title=rng.choice(texts.VISIT_TITLES).format(region=region),
            region=region,
            fiscal_year=fiscal_year_of(day),
            start_on=day,
            end_on=end,
            purpose=texts.remark_text(rng, 80),
            findings=texts.remark_text(rng, 180),
            outcomes=texts.remark_text(rng, 100),
        )
        hosts = rng.sample(self.partner_ids, min(2, len(self.partner_ids)))
        visit.organizations = [
            self.new(VisitOrganization, day, organization_id=host, role=role)
            for host, role in zip(hosts, list(VisitOrganizationRole), strict=False)
        ]
        in_office = self.members_on(day) or [self.member_ids[0][0]]
        visit.participants = [
            self.new(VisitParticipant, day, member_id=member_id)
            for member_id in rng.sample(in_office, min(len(in_office), rng.randint(3, 6)))
        ]
        visit.host_attendees = [
            self.new(
                VisitHostAttendee,
                day,
                name="{} {}".format(*texts.person(rng)[:2]),
                affiliation=f"{region}工業会",
                title=rng.choice(texts.POSITIONS),
            )
            for _ in range(rng.randint(1, 3))
        ]
        visit.itinerary = [
            self.new(
                ItineraryItem,
                day,
                day=day,
                time_text=f"{9 + 2 * n}:00〜{10 + 2 * n}:30",
                place=f"{region} {rng.choice(texts.PLACE_WORDS)[0]}工場",
                content=texts.remark_text(rng, 40),
            )
            for n in range(rng.randint(2, 5))
        ]
        return visit

    def add_letters(self) -> None:
        rng = self.rng
        total = self.plan.count("letters")
        span = (LAST_DAY - FIRST_DAY).days
        letters = sorted(
            (
                FIRST_DAY + dt.timedelta(days=rng.randrange(span)),
                rng.choice(list(CorrespondenceDirection)),
            )
            for _ in range(total)
        )
        serials: dict[tuple[CorrespondenceDirection, int], int] = {}
        meetings = iter(self.meetings)
        for start in range(0, total, LETTERS_PER_TRANSACTION):
            with self.transaction() as session:
                for day, direction in letters[start : start + LETTERS_PER_TRANSACTION]:
                    fiscal_year = fiscal_year_of(day)
                    serial = serials.get((direction, fiscal_year), 0) + 1
                    serials[direction, fiscal_year] = serial
                    outgoing = direction is CorrespondenceDirection.OUTGOING
                    meeting_id = next(meetings, (None, None))[0] if outgoing else None
                    session.add(
                        self.new(
                            Correspondence,
                            day,
                            direction=direction,
                            fiscal_year=fiscal_year,
                            serial_number=serial,
                            document_number=f"みなイノ第{serial}号"
                            if outgoing
                            else f"受第{serial}号",
                            their_number="" if outgoing else f"{rng.randint(1, 999)}号",
                            dated_on=day,
                            counterparty_organization_id=rng.choice(self.organization_ids),
                            subject=rng.choice(texts.LETTER_SUBJECTS).format(n=rng.randint(1, 12)),
                            medium=rng.choice(list(Medium)),
                            summary=texts.remark_text(rng, 60),
                            reply_needed=rng.random() < 0.2,
                            status=rng.choice(
                                [CorrespondenceStatus.DONE] * 6
                                + [CorrespondenceStatus.OPEN, CorrespondenceStatus.REPLIED]
                            ),
                            meeting_id=meeting_id,
                        )
                    )

    def add_activities(self) -> None:
        rng = self.rng
        with self.transaction() as session:
            positions: dict[tuple[int | None, int], int] = {}
            for _ in range(self.plan.count("activities")):
                fiscal_year = rng.randint(FIRST_DAY.year, LAST_DAY.year - 1)
                organization_id = rng.choice([None, *self.company_ids[:60]])
                key = (organization_id, fiscal_year)
                positions[key] = positions.get(key, -1) + 1
                session.add(
                    self.new(
                        Activity,
                        dt.date(fiscal_year, 4, 1),
                        organization_id=organization_id,
                        fiscal_year=fiscal_year,
                        pillar_id=rng.choice(self.pillar_ids),
                        state=ActivityState.DONE
                        if fiscal_year < LAST_DAY.year - 1
                        else ActivityState.PLANNED,
                        title=rng.choice(texts.ACTIVITY_TITLES).format(y=fiscal_year),
                        description=texts.remark_text(rng, 90),
                        position=positions[key],
                    )
                )


def kind_label(kind: OrganizationKind) -> str:
    return {
        OrganizationKind.MUNICIPALITY: "市役所",
        OrganizationKind.BUSINESS_ASSOCIATION: "工業会",
        OrganizationKind.SUPPORT_AGENCY: "ものづくり支援センター",
        OrganizationKind.UNIVERSITY: "工業大学",
    }.get(kind, "協議会")


class _SeedingTransaction:
    """``db.transaction()`` with the audit hook's SEEDING flag, as ``demo.load_demo`` sets."""

    def __init__(self, db: workspace.Database) -> None:
        self._context = db.transaction()

    def __enter__(self) -> Any:
        session = self._context.__enter__()
        session.info[audit_trail.SEEDING] = True
        return session

    def __exit__(self, *exc: object) -> Any:
        return self._context.__exit__(*exc)


def generate(scale: float, seed: int = DEFAULT_SEED, *, force: bool = False) -> dict[str, Any]:
    """Generate (or reuse) the database; returns its description (paths, ids, timings)."""
    db_path, meta_path = cache_paths(scale, seed)
    if db_path.exists() and meta_path.exists() and not force:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["database"] = str(db_path)  # the checkout (and its cache) may have moved
        meta["cached"] = True
        return meta
    CACHE.mkdir(parents=True, exist_ok=True)
    for stale in CACHE.glob(db_path.name + "*"):
        stale.unlink()
    meta_path.unlink(missing_ok=True)
    started = time.perf_counter()
    os.environ.setdefault("JIMUKYOKU_DATA_DIR", str(CACHE / "data"))
    db = workspace.open_database(db_path, daily_backup=False)
    try:
        ids = Generator(db, Plan(scale), seed).run()
        with db.engine.connect() as conn:
            counts = {
                table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                for table in (
                    "body",
                    "organization",
                    "member",
                    "meeting",
                    "agenda_item",
                    "remark",
                    "attendance",
                    "action_item",
                    "visit",
                    "correspondence",
                    "activity",
                    "search_entry",
                )
            }
    finally:
        db.close()
    seconds = time.perf_counter() - started
    meta = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "scale": scale,
        "database": str(db_path),
        "bytes": db_path.stat().st_size,
        "generation_seconds": round(seconds, 1),
        "counts": counts,
        **ids,
    }
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    meta["cached"] = False
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--force", action="store_true", help="generate again even if cached")
    args = parser.parse_args(argv)
    meta = generate(args.scale, args.seed, force=args.force)
    print(json.dumps(meta, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
