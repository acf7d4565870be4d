"""Merge: the office and the field laptop both work on the data, then meet again."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import ColumnElement, select, update

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.models import (
    AuditEntry,
    Base,
    Body,
    Entity,
    ItineraryItem,
    Member,
    Organization,
    Remark,
    Visit,
)
from app.models.enums import AuditAction
from app.services.audit import trail as audit_trail
from app.services.interchange import api as interchange
from app.services.interchange.api import Choice, ConflictKind, Outcome
from app.services.workspace import Database
from tests.meeting_room import advance, reopen
from tests.services.interchange.interchange_helpers import laptop, records

E = TypeVar("E", bound=Entity)


def _first(db: Database, model: type[E], *where: ColumnElement[bool]) -> str:
    with db.session() as session:
        row = session.scalars(select(model).where(*where).order_by(model.id)).first()
        assert row is not None
        return row.uuid


def _edit(db: Database, model: type[E], uuid: str, **values: object) -> None:
    with db.transaction() as session:
        row = session.scalars(select(model).where(model.uuid == uuid)).one()
        for key, value in values.items():
            setattr(row, key, value)


def _get(db: Database, model: type[E], uuid: str) -> E | None:
    with db.session() as session:
        return session.scalars(select(model).where(model.uuid == uuid)).one_or_none()


def _one(db: Database, model: type[E], uuid: str) -> E:
    found = _get(db, model, uuid)
    assert found is not None
    return found


def _carry(
    source: Database, target: Database, path: Path, **choices: Choice
) -> interchange.ImportPlan:
    interchange.export_package(source, path)
    return interchange.apply_import(target, interchange.read_package(path), choices or None)


@pytest.fixture
def office(db: Database) -> Database:
    demo.load_demo(db, today=DEMO_AS_OF)
    return db


def _summary(plan: interchange.ImportPlan, table: str) -> interchange.TableSummary:
    return next(t for t in plan.tables if t.table == table)


def test_both_change_the_same_visit_exactly_that_conflict_the_rest_applied(
    office: Database, tmp_path: Path
) -> None:
    with laptop(tmp_path) as field:
        _carry(office, field, tmp_path / "out.zip")
        visit = _first(office, Visit)
        member = _first(office, Member)
        other_member = _first(office, Member, Member.uuid != member)
        # On the laptop, at the visit: the visit, a new itinerary row, a new member.
        _edit(field, Visit, visit, findings="現地で確認した内容（持ち帰り）")
        with field.transaction() as session:
            visit_id = session.scalars(select(Visit.id).where(Visit.uuid == visit)).one()
            session.add(ItineraryItem(visit_id=visit_id, position=9, content="追加の見学"))
            session.add(Member(family_name="新井", family_name_reading="あらい"))
        _edit(field, Member, member, phone="090-0000-1111")
        # Meanwhile at the office: the same visit, another member, a new organization.
        _edit(office, Visit, visit, findings="事務所で追記した内容")
        _edit(office, Member, other_member, email="office@example.jp")
        with office.transaction() as session:
            session.add(Organization(name="事務所で登録した会社"))

        package = tmp_path / "back.zip"
        interchange.export_package(field, package)
        plan = interchange.plan_import(office, interchange.read_package(package))
        assert [(c.table, c.uuid, c.kind) for c in plan.conflicts] == [
            ("visit", visit, ConflictKind.BOTH_CHANGED)
        ]
        (conflict,) = plan.conflicts
        assert [(d.field, d.ours, d.theirs) for d in conflict.differences] == [
            ("findings", "事務所で追記した内容", "現地で確認した内容（持ち帰り）")
        ]
        assert _summary(plan, "itinerary_item").added == 1
        assert _summary(plan, "member").added == 1
        assert _summary(plan, "member").updated == 1  # the phone changed on the laptop
        assert _summary(plan, "member").kept == 1  # the e-mail changed at the office
        assert _summary(plan, "visit").conflicts == 1
        assert (
            records(office)["visit"][visit]["findings"] == "事務所で追記した内容"
        )  # a plan writes nothing

        applied = interchange.apply_import(office, interchange.read_package(package))
        assert len(applied.undecided) == 1
        assert _one(office, Visit, visit).findings == "事務所で追記した内容"
        assert _one(office, Member, member).phone == "090-0000-1111"
        assert _one(office, Member, other_member).email == "office@example.jp"
        assert len(records(office)["itinerary_item"]) == len(records(field)["itinerary_item"])

        # Undecided stays undecided: the next import shows the same conflict again.
        again = interchange.plan_import(office, interchange.read_package(package))
        assert [c.uuid for c in again.conflicts] == [visit]
        assert again.added == 0 and again.updated == 0

        chosen = interchange.apply_import(
            office, interchange.read_package(package), {visit: Choice.THEIRS}
        )
        assert chosen.undecided == ()
        assert _one(office, Visit, visit).findings == "現地で確認した内容（持ち帰り）"

        # Back to the laptop: the office's changes arrive, nothing conflicts.
        home = _carry(office, field, tmp_path / "next.zip")
        assert home.conflicts == ()
        assert _one(field, Member, other_member).email == "office@example.jp"
        assert records(field) == records(office)


def test_keeping_ours_sends_ours_back_to_the_laptop(office: Database, tmp_path: Path) -> None:
    with laptop(tmp_path) as field:
        _carry(office, field, tmp_path / "out.json")
        visit = _first(office, Visit)
        _edit(field, Visit, visit, outcomes="持ち帰りの版")
        _edit(office, Visit, visit, outcomes="事務所の版")
        plan = _carry(field, office, tmp_path / "back.json", **{visit: Choice.OURS})
        assert [c.choice for c in plan.conflicts] == [Choice.OURS]
        assert _one(office, Visit, visit).outcomes == "事務所の版"
        home = _carry(office, field, tmp_path / "next.json")
        assert home.conflicts == ()
        assert _one(field, Visit, visit).outcomes == "事務所の版"


def test_new_records_travel_both_ways(office: Database, tmp_path: Path) -> None:
    with laptop(tmp_path) as field:
        _carry(office, field, tmp_path / "1.json")
        with field.transaction() as session:
            session.add(Organization(name="訪問先で出会った会社"))
        with office.transaction() as session:
            session.add(Organization(name="留守中に来た会社"))
        back = _carry(field, office, tmp_path / "2.json")
        assert _summary(back, "organization").added == 1 and back.conflicts == ()
        out = _carry(office, field, tmp_path / "3.json")
        assert _summary(out, "organization").added == 1 and out.conflicts == ()
        names = {row["name"] for row in records(field)["organization"].values()}
        assert {"訪問先で出会った会社", "留守中に来た会社"} <= names
        assert records(field) == records(office)


def test_a_second_export_does_not_hide_the_office_change(office: Database, tmp_path: Path) -> None:
    """The office exports twice (the second stick is never used) and changes the visit in
    between; the laptop changed it too: that is still a conflict, not a silent overwrite."""
    with laptop(tmp_path) as field:
        _carry(office, field, tmp_path / "1.json")
        visit = _first(office, Visit)
        _edit(office, Visit, visit, notes="事務所")
        interchange.export_package(office, tmp_path / "unused.json")
        _edit(field, Visit, visit, notes="持ち帰り")
        plan = _carry(field, office, tmp_path / "2.json")
        assert [c.uuid for c in plan.undecided] == [visit]
        assert _one(office, Visit, visit).notes == "事務所"


def test_a_laptop_that_exports_twice_brings_its_change_without_a_conflict(
    office: Database, tmp_path: Path
) -> None:
    """The laptop makes a package, keeps working and makes another; only the second is
    imported. A change the office never received is still the laptop's alone."""
    with laptop(tmp_path) as field:
        _carry(office, field, tmp_path / "1.json")
        member = _first(office, Member)
        _edit(field, Member, member, phone="090-1111-2222")
        interchange.export_package(field, tmp_path / "first-try.json")
        visit = _first(office, Visit)
        _edit(field, Visit, visit, notes="二度目の書き出しの前に")
        plan = _carry(field, office, tmp_path / "2.json")
        assert plan.conflicts == ()
        assert _summary(plan, "member").updated == 1
        assert _summary(plan, "visit").updated == 1
        assert _one(office, Member, member).phone == "090-1111-2222"
        assert records(field) == records(office)


def test_only_the_office_changed_keeps_the_office_version(office: Database, tmp_path: Path) -> None:
    with laptop(tmp_path) as field:
        _carry(office, field, tmp_path / "1.json")
        visit = _first(office, Visit)
        _edit(office, Visit, visit, notes="事務所で更新")
        plan = _carry(field, office, tmp_path / "2.json")
        assert _summary(plan, "visit").kept == 1 and plan.conflicts == ()
        assert _one(office, Visit, visit).notes == "事務所で更新"


def test_a_record_deleted_here_is_not_brought_back(office: Database, tmp_path: Path) -> None:
    with laptop(tmp_path) as field:
        _carry(office, field, tmp_path / "1.json")
        kept, changed = (
            _first(office, Remark, Remark.visit_id.is_not(None)),
            _first(office, Remark, Remark.visit_id.is_not(None), Remark.position > 0),
        )
        with office.transaction() as session:
            for uuid in (kept, changed):
                session.delete(session.scalars(select(Remark).where(Remark.uuid == uuid)).one())
        _edit(field, Remark, changed, text="現地で書き直した感想")
        plan = _carry(field, office, tmp_path / "2.json")
        assert [(s.uuid, s.outcome) for s in plan.skipped] == [(kept, Outcome.NOT_RESTORED)]
        assert [(c.uuid, c.kind) for c in plan.conflicts] == [(changed, ConflictKind.DELETED_HERE)]
        assert _get(office, Remark, kept) is None and _get(office, Remark, changed) is None
        restored = interchange.apply_import(
            office, interchange.read_package(tmp_path / "2.json"), {changed: Choice.THEIRS}
        )
        assert restored.undecided == ()
        assert _one(office, Remark, changed).text == "現地で書き直した感想"


def test_a_correction_of_approved_minutes_is_applied_and_audited(
    office: Database, tmp_path: Path
) -> None:
    from app.models import AgendaItem, Meeting
    from app.models.enums import MeetingStatus

    with laptop(tmp_path) as field:
        _carry(office, field, tmp_path / "1.json")
        with field.session() as session:
            meeting = session.scalars(
                select(Meeting).where(Meeting.status == MeetingStatus.APPROVED)
            ).first()
            assert meeting is not None
            item = session.scalars(
                select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
            ).first()
            assert item is not None
        reopen(field, meeting.id, "数字の誤り")
        _edit(field, AgendaItem, item.uuid, resolution="訂正後の決定事項")
        advance(field, meeting.id)
        audit_trail.set_actor(office, "事務所 太郎")
        plan = _carry(field, office, tmp_path / "2.json")
        assert plan.conflicts == ()
        assert _one(office, AgendaItem, item.uuid).resolution == "訂正後の決定事項"
        with office.session() as session:
            entries = session.scalars(
                select(AuditEntry).where(AuditEntry.entity_uuid == item.uuid)
            ).all()
        # the laptop's own trail came along, and the office recorded the import's change
        assert {e.action for e in entries} == {AuditAction.UPDATE}
        assert {e.actor for e in entries} >= {"事務所 太郎"}
        assert any(e.after == "訂正後の決定事項" and e.field == "resolution" for e in entries)


def test_a_clash_changes_nothing(office: Database, tmp_path: Path) -> None:
    """Both sides made a body of the same name: the database refuses; nothing is written."""
    with laptop(tmp_path) as field:
        _carry(office, field, tmp_path / "1.json")
        with field.transaction() as session:
            session.add(Body(name="視察部会"))
        _edit(field, Visit, _first(field, Visit), notes="この変更も入らない")
        with office.transaction() as session:
            session.add(Body(name="視察部会"))
        before = records(office)
        interchange.export_package(field, tmp_path / "2.json")
        with pytest.raises(interchange.PackageError) as raised:
            interchange.apply_import(office, interchange.read_package(tmp_path / "2.json"))
        assert raised.value.problem is interchange.PackageProblem.CLASH
        assert records(office) == before


def test_since_takes_the_changed_records_and_what_they_refer_to(
    office: Database, tmp_path: Path
) -> None:
    long_ago = datetime(2000, 1, 1, tzinfo=UTC)
    with office.transaction() as session:  # as if everything had been written long ago
        for table in Base.metadata.sorted_tables:
            if "updated_at" in table.c:
                session.execute(update(table).values(updated_at=long_ago))
    visit = _first(office, Visit)
    _edit(office, Visit, visit, notes="今日の変更")
    path = tmp_path / "since.json"
    result = interchange.export_package(office, path, since=date.today() - timedelta(days=1))
    package = interchange.read_package(path)
    assert [row["uuid"] for row in package.entities["visit"]] == [visit]
    assert package.since == (date.today() - timedelta(days=1)).isoformat()
    assert package.entities["itinerary_item"] == ()  # unchanged rows of the visit stay home
    assert dict(result.counts)["visit"] == 1
    with laptop(tmp_path) as field:
        plan = interchange.apply_import(field, package)
        assert plan.skipped == () and plan.added == 1


def test_only_visits_takes_the_visits_with_what_belongs_to_them(
    office: Database, tmp_path: Path
) -> None:
    path = tmp_path / "visits.json"
    interchange.export_package(office, path, only=["visits"])
    package = interchange.read_package(path)
    everything = records(office)
    assert package.only == ("visits",)
    assert len(package.entities["visit"]) == len(everything["visit"])
    assert len(package.entities["itinerary_item"]) == len(everything["itinerary_item"])
    assert package.entities["meeting"] == () and package.entities["attendance"] == ()
    impressions = [r for r in everything["remark"].values() if r["visit_uuid"]]
    assert len(package.entities["remark"]) == len(impressions)
    # the people and organizations the visits refer to come along
    assert package.entities["member"] and package.entities["organization"]
    with laptop(tmp_path) as field:
        plan = interchange.apply_import(field, package)
        assert plan.skipped == () and plan.conflicts == ()
        assert records(field)["visit"] == everything["visit"]
