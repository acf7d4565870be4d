"""Two people press Save at the same moment, on every edit path, on PostgreSQL: two threads,
each with its own ``Database`` (engine and connection), both changing the record as they
were shown it. Whatever the interleaving, exactly one save is kept and the other gets
``EditConflict``: never both (a silent overwrite), never a raw database error.

Each case is raced several times, since the interleaving differs from run to run. SQLite
has one writing process (the instance lock), so this is a PostgreSQL test.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pytest

from app.models import Meeting
from app.models.enums import (
    AgendaKind,
    AttendanceStatus,
    CorrespondenceDirection,
    CorrespondenceStatus,
    GuestCategory,
    MeetingStatus,
    ResponseStatus,
    VisitDirection,
)
from app.services.capture import remarks as capture
from app.services.capture.rows import RemarkEntry, RemarkInput
from app.services.correspondence import register
from app.services.correspondence.register import LetterInput
from app.services.meetings import agenda, attendance, responses
from app.services.meetings import editing as meeting_editing
from app.services.meetings.rows import AgendaEntry, AttendanceEntry
from app.services.members import editing as member_editing
from app.services.members import listing as members
from app.services.members import organizations
from app.services.members.editing import MemberForm
from app.services.members.organizations import OrganizationForm
from app.services.problems import EditConflict
from app.services.visits import editing as visit_editing
from app.services.visits.editing import VisitForm
from app.storage.database import Database
from tests.meeting_room import Room
from tests.two_users import Users, postgres_only

pytestmark = postgres_only

ROUNDS = 6


@dataclass(frozen=True)
class Race:
    """A's and B's saves of the same record as shown, and what is saved afterwards:
    ``read()`` must give ``if_a`` when A's save was kept, ``if_b`` when B's was."""

    a: Callable[[], Any]
    b: Callable[[], Any]
    read: Callable[[], Any]
    if_a: Any
    if_b: Any


def _run(race: Race) -> dict[str, str]:
    """Start both saves together; what became of each ("saved", "conflict" or the error)."""
    start = threading.Barrier(2)
    outcome: dict[str, str] = {}

    def save(name: str, call: Callable[[], Any]) -> None:
        start.wait()
        try:
            call()
            outcome[name] = "saved"
        except EditConflict:
            outcome[name] = "conflict"
        except Exception as error:
            outcome[name] = f"{type(error).__name__}: {error}"

    threads = [
        threading.Thread(target=save, args=("a", race.a)),
        threading.Thread(target=save, args=("b", race.b)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcome


def _member(users: Users, room: Room, n: int) -> Race:
    shown = member_editing.load_form(users.a, room.members["今"])
    return Race(
        lambda: member_editing.save(users.a, replace(shown, notes=f"A{n}")),
        lambda: member_editing.save(users.b, replace(shown, notes=f"B{n}")),
        lambda: member_editing.load_form(users.a, room.members["今"]).notes,
        f"A{n}",
        f"B{n}",
    )


def _member_removed(users: Users, room: Room, n: int) -> Race:
    added = member_editing.save(users.a, MemberForm("山田", f"{n}郎", "やまだ じろう"))
    member_id = added.id or 0
    return Race(
        lambda: members.remove_member(users.a, member_id, version=added.version or 0),
        lambda: member_editing.save(users.b, replace(added, notes="B")),
        lambda: (member_editing.saved_form(users.a, member_id) or added).notes,
        "",  # deleted: the form as it was shown
        "B",
    )


def _organization(users: Users, room: Room, n: int) -> Race:
    [row] = [r for r in organizations.list_organizations(users.a)]
    shown = organizations.load_form(users.a, row.id)
    return Race(
        lambda: organizations.save(users.a, replace(shown, region=f"A{n}")),
        lambda: organizations.save(users.b, replace(shown, region=f"B{n}")),
        lambda: organizations.load_form(users.a, row.id).region,
        f"A{n}",
        f"B{n}",
    )


def _organization_removed(users: Users, room: Room, n: int) -> Race:
    added = organizations.save(users.a, OrganizationForm(f"商工会{n}"))
    organization_id = added.id or 0
    return Race(
        lambda: organizations.remove_organization(
            users.a, organization_id, version=added.version or 0
        ),
        lambda: organizations.save(users.b, replace(added, notes="B")),
        lambda: (organizations.saved_form(users.a, organization_id) or added).notes,
        "",
        "B",
    )


def _meeting(users: Users, room: Room, n: int) -> Race:
    shown = meeting_editing.load_form(users.a, room.meeting_id)
    return Race(
        lambda: meeting_editing.save(users.a, replace(shown, place=f"A{n}")),
        lambda: meeting_editing.save(users.b, replace(shown, place=f"B{n}")),
        lambda: meeting_editing.load_form(users.a, room.meeting_id).place,
        f"A{n}",
        f"B{n}",
    )


def _meeting_status(users: Users, room: Room, n: int) -> Race:
    with users.a.transaction() as session:  # each round from 予定 again
        session.get_one(Meeting, room.meeting_id).status = MeetingStatus.PLANNED
    version = meeting_editing.load_form(users.a, room.meeting_id).version or 0
    return Race(
        lambda: meeting_editing.advance_status(users.a, room.meeting_id, version=version),
        lambda: meeting_editing.advance_status(users.b, room.meeting_id, version=version),
        lambda: meeting_editing.load_form(users.a, room.meeting_id).status,
        MeetingStatus.HELD,  # one step, whoever took it: never two
        MeetingStatus.HELD,
    )


def _visit(users: Users, room: Room, n: int) -> Race:
    form = VisitForm(
        title=f"視察{n}", direction=VisitDirection.OUTGOING, region="A地域", start_on="2022-07-28"
    )
    shown = visit_editing.save(users.a, form)
    return Race(
        lambda: visit_editing.save(users.a, replace(shown, findings="A")),
        lambda: visit_editing.save(users.b, replace(shown, findings="B")),
        lambda: visit_editing.load_form(users.a, shown.id or 0).findings,
        "A",
        "B",
    )


def _letter(users: Users, room: Room, n: int) -> Race:
    letter = LetterInput(date(2022, 6, 1), "A市", f"照会{n}")
    letter_id = register.record(users.a, CorrespondenceDirection.INCOMING, letter).id
    version = register.load(users.a, letter_id).version
    return Race(
        lambda: register.update(users.a, letter_id, replace(letter, subject="A"), version=version),
        lambda: register.update(users.b, letter_id, replace(letter, subject="B"), version=version),
        lambda: register.load(users.a, letter_id).subject,
        "A",
        "B",
    )


def _letter_status(users: Users, room: Room, n: int) -> Race:
    letter = LetterInput(date(2022, 6, 1), "A市", f"照会{n}")
    letter_id = register.record(users.a, CorrespondenceDirection.INCOMING, letter).id
    version = register.load(users.a, letter_id).version
    return Race(
        lambda: register.set_status(
            users.a, letter_id, CorrespondenceStatus.REPLIED, version=version
        ),
        lambda: register.void(users.b, letter_id, version=version),
        lambda: register.load(users.a, letter_id).status,
        CorrespondenceStatus.REPLIED,
        CorrespondenceStatus.VOID,
    )


def _said(users: Users, room: Room, n: int) -> RemarkEntry:
    return capture.add_remark(
        users.a, room.item_ids[0], RemarkInput(f"発言{n}", room.members["今"])
    )


def _remark_text(users: Users, uuid: str) -> str | None:
    saved = capture.saved_remark(users.a, uuid)
    return saved.text if saved is not None else None


def _remark(users: Users, room: Room, n: int) -> Race:
    shown = _said(users, room, n)
    return Race(
        lambda: capture.update_remark(users.a, shown, RemarkInput("A", room.members["今"])),
        lambda: capture.update_remark(users.b, shown, RemarkInput("B", room.members["今"])),
        lambda: _remark_text(users, shown.uuid),
        "A",
        "B",
    )


def _remark_deleted(users: Users, room: Room, n: int) -> Race:
    shown = _said(users, room, n)
    return Race(
        lambda: capture.delete_remark(users.a, shown),
        lambda: capture.update_remark(users.b, shown, RemarkInput("B", room.members["今"])),
        lambda: _remark_text(users, shown.uuid),
        None,
        "B",
    )


def _response(users: Users, room: Room, n: int) -> Race:
    shown = _said(users, room, n)
    done = ResponseStatus.DONE
    return Race(
        lambda: responses.set_response(users.a, shown, done, "A"),
        lambda: responses.set_response(users.b, shown, done, "B"),
        lambda: (capture.saved_remark(users.a, shown.uuid) or shown).response_text,
        "A",
        "B",
    )


def _decisions(users: Users, room: Room, n: int) -> Race:
    shown = agenda.items(users.a, room.meeting_id)[0]
    return Race(
        lambda: agenda.set_resolution(users.a, shown, f"A{n}"),
        lambda: agenda.set_resolution(users.b, shown, f"B{n}"),
        lambda: agenda.items(users.a, room.meeting_id)[0].resolution,
        f"A{n}",
        f"B{n}",
    )


def _agenda_item(users: Users, room: Room, n: int) -> Race:
    shown = agenda.items(users.a, room.meeting_id)[1]
    return Race(
        lambda: agenda.save_item(users.a, room.meeting_id, replace(shown, description=f"A{n}")),
        lambda: agenda.save_item(users.b, room.meeting_id, replace(shown, description=f"B{n}")),
        lambda: agenda.items(users.a, room.meeting_id)[1].description,
        f"A{n}",
        f"B{n}",
    )


def _agenda_item_deleted(users: Users, room: Room, n: int) -> Race:
    new = AgendaEntry(0, 0, "", f"議題{n}", AgendaKind.OTHER)
    shown = agenda.save_item(users.a, room.meeting_id, new)

    def description() -> str | None:
        saved = [e for e in agenda.items(users.a, room.meeting_id) if e.id == shown.id]
        return saved[0].description if saved else None

    return Race(
        lambda: agenda.delete_item(users.a, shown),
        lambda: agenda.save_item(users.b, room.meeting_id, replace(shown, description="B")),
        description,
        None,
        "B",
    )


def _agenda_order(users: Users, room: Room, n: int) -> Race:
    shown = agenda.items(users.a, room.meeting_id)
    ids = [entry.id for entry in shown]
    last = ids[-1]

    def move(db: Database, position: int) -> int:
        return agenda.move_item(db, room.meeting_id, last, position, shown=shown)

    return Race(
        lambda: move(users.a, 0),
        lambda: move(users.b, 1),
        lambda: [entry.id for entry in agenda.items(users.a, room.meeting_id)],
        [last, *ids[:-1]],
        [ids[0], last, *ids[1:-1]],
    )


def _attendance_of(users: Users, room: Room, member_id: int) -> AttendanceEntry:
    return next(e for e in attendance.grid(users.a, room.meeting_id) if e.member_id == member_id)


def _roll_call(users: Users, room: Room, n: int) -> Race:
    """Even rounds: no record yet (both insert one); odd rounds: both change a record."""
    member_id = room.members["野口"]
    before = _attendance_of(users, room, member_id)
    wanted = AttendanceStatus.ONLINE if n % 2 else None
    attendance.set_status(users.a, room.meeting_id, member_id, wanted, version=before.version)
    shown = _attendance_of(users, room, member_id)

    def record(db: Database, status: AttendanceStatus) -> None:
        attendance.set_status(db, room.meeting_id, member_id, status, version=shown.version)

    return Race(
        lambda: record(users.a, AttendanceStatus.PRESENT),
        lambda: record(users.b, AttendanceStatus.ABSENT),
        lambda: _attendance_of(users, room, member_id).status,
        AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT,
    )


def _guest(users: Users, room: Room, n: int) -> Race:
    attendance.add_guest(users.a, room.meeting_id, f"来賓{n}", "綾瀬市", GuestCategory.GUEST)
    [shown] = [g for g in attendance.guests(users.a, room.meeting_id) if g.name == f"来賓{n}"]
    return Race(
        lambda: attendance.remove_guest(users.a, shown),
        lambda: attendance.remove_guest(users.b, shown),
        lambda: [g.name for g in attendance.guests(users.a, room.meeting_id) if g.id == shown.id],
        [],  # removed once, whoever did it; the other one is told it is gone
        [],
    )


def _action(users: Users, room: Room, n: int) -> Race:
    shown = agenda.add_action(users.a, room.item_ids[0], f"宿題{n}", owner_name="事務局")
    return Race(
        lambda: agenda.delete_action(users.a, shown),
        lambda: agenda.delete_action(users.b, shown),
        lambda: [a.id for a in agenda.actions(users.a, room.item_ids[0]) if a.id == shown.id],
        [],
        [],
    )


CASES: dict[str, Callable[[Users, Room, int], Race]] = {
    "member": _member,
    "member removed": _member_removed,
    "organization": _organization,
    "organization removed": _organization_removed,
    "meeting": _meeting,
    "meeting status": _meeting_status,
    "visit": _visit,
    "letter": _letter,
    "letter status": _letter_status,
    "remark": _remark,
    "remark deleted": _remark_deleted,
    "response": _response,
    "decisions": _decisions,
    "agenda item": _agenda_item,
    "agenda item deleted": _agenda_item_deleted,
    "agenda order": _agenda_order,
    "roll call": _roll_call,
    "attendee removed": _guest,
    "action item deleted": _action,
}


@pytest.mark.parametrize("case", CASES)
def test_saves_at_the_same_moment_keep_one_and_refuse_the_other(
    users: Users, room: Room, case: str
) -> None:
    for n in range(ROUNDS):
        race = CASES[case](users, room, n)
        outcome = _run(race)
        assert sorted(outcome.values()) == ["conflict", "saved"], (n, outcome)
        kept = race.if_a if outcome["a"] == "saved" else race.if_b
        assert race.read() == kept, (n, outcome)
