"""Shared helpers of the interchange tests: a second database (the field laptop) and
every carried record of a database, keyed by uuid."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from app.demo.data import DEMO_AS_OF
from app.services.interchange.serialise import Row, local_rows
from app.services.workspace import Database, open_database
from tests.meeting_room import advance, reopen
from tests.services.interchange import event_helpers as events

PINNED = datetime(2025, 7, 1, 3, 0, tzinfo=UTC)


@contextmanager
def laptop(tmp_path: Path, name: str = "laptop") -> Iterator[Database]:
    """The other machine: always a SQLite file (the office may be PostgreSQL)."""
    folder = tmp_path / name  # a folder of its own: attachments live beside the file
    folder.mkdir(exist_ok=True)
    database = open_database(folder / f"{name}.sqlite3", daily_backup=False)
    try:
        yield database
    finally:
        database.close()


def records(db: Database) -> dict[str, dict[str, Row]]:
    with db.session() as session:
        return local_rows(session)


def office_with_everything(db: Database, tmp_path: Path) -> None:
    """The sample data plus what the sample lacks: an attachment, a correction of
    approved minutes (unlock, change, approve again: audit entries) and a seminar with
    fees, a timetable and participants, one checked in, paid and given a receipt."""
    from sqlalchemy import select

    from app.demo import loader as demo
    from app.models import AgendaItem, Correspondence, Meeting
    from app.models.enums import MeetingStatus
    from app.services.correspondence import attachments

    demo.load_demo(db, today=DEMO_AS_OF)
    with db.session() as session:
        letter = session.scalars(select(Correspondence).order_by(Correspondence.id)).first()
        meeting = session.scalars(
            select(Meeting).where(Meeting.status == MeetingStatus.APPROVED).order_by(Meeting.id)
        ).first()
        assert letter is not None and meeting is not None
        letter_id, meeting_id = letter.id, meeting.id
    source = tmp_path / "見積書.pdf"
    source.write_bytes(b"%PDF-1.4 estimate\n" * 50)
    attachments.add(db, letter_id, source)
    reopen(db, meeting_id, "誤字の訂正")
    with db.transaction() as session:
        item = session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.id)
        ).first()
        assert item is not None
        item.resolution = item.resolution + "（訂正）"
    advance(db, meeting_id)
    event_id = events.seminar(db, applicants=5)
    first = events.uuid_of(db, event_id, "参加者00")
    events.check_in(db, first, events.DOOR)
    events.pay_at_the_door(db, first)
    events.issue_receipt(db, first, 2025, 1)
