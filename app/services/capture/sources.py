"""What the live capture console records into: a meeting (its agenda items, attendees and
decisions) or a visit (participants' impressions and follow-ups). The console talks only
to a ``CaptureSource``, undo included, so the keyboard flow and the durability are the
same for both."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import select

from app.models import ActionItem, Meeting, Visit
from app.models.enums import ActionStatus, AgendaKind, RemarkKind
from app.services.capture import remarks as capture
from app.services.capture import secretariat
from app.services.capture.rows import Draft, RemarkEntry, RemarkInput
from app.services.meetings import agenda
from app.services.meetings import editing as meeting_editing
from app.services.meetings.rows import ActionEntry, AgendaEntry, Speaker
from app.storage.database import Database

MEETING_KINDS = (  # Ctrl+1 … Ctrl+7 in the console, in this order
    RemarkKind.OPINION,
    RemarkKind.QUESTION,
    RemarkKind.ANSWER,
    RemarkKind.PROPOSAL,
    RemarkKind.REPORT,
    RemarkKind.EXPLANATION,
    RemarkKind.PROCEDURE,  # the chair's procedure: left out of 要点筆記 minutes
)
VISIT_KINDS = (
    RemarkKind.IMPRESSION,
    RemarkKind.OPINION,
    RemarkKind.QUESTION,
    RemarkKind.PROPOSAL,
    RemarkKind.REPORT,
)


class CaptureSource(Protocol):
    """Everything the capture console reads and writes. Each write is one transaction,
    durable when it returns; an approved meeting refuses writes with ``MeetingLocked``."""

    @property
    def supports_decisions(self) -> bool:
        """Whether Ctrl+D records a decision (決定事項); a visit records follow-ups only."""
        ...

    @property
    def kinds(self) -> tuple[RemarkKind, ...]:
        """The remark kinds offered, in Ctrl+1 … order; the first is the default."""
        ...

    def items(self) -> list[AgendaEntry]: ...

    def day(self) -> date:
        """The meeting's (or visit's) day: a due date typed without a year counts from it."""
        ...

    @property
    def read_only(self) -> bool:
        """The database was opened read-only (a second window): nothing can be written."""
        ...

    def speakers(self) -> list[Speaker]: ...

    def locked(self) -> bool: ...

    def remarks(self, item_id: int) -> list[RemarkEntry]: ...

    def add_remark(
        self, item_id: int, remark: RemarkInput, captured_at: datetime | None
    ) -> RemarkEntry: ...

    # The changes to what is recorded name the entry the user was shown, and raise
    # EditConflict when someone else has changed it since (nothing is then written).

    def update_remark(self, shown: RemarkEntry, remark: RemarkInput) -> RemarkEntry:
        """Correct a recorded remark's speaker, kind and text (it keeps its time)."""
        ...

    def move_remark(self, shown: RemarkEntry, position: int) -> RemarkEntry:
        """Move a remark among its siblings; returns it where it ended."""
        ...

    def delete_remark(self, shown: RemarkEntry) -> RemarkEntry:
        """Delete a remark; returns it, for ``restore_remark`` (undo)."""
        ...

    def restore_remark(self, entry: RemarkEntry) -> RemarkEntry:
        """Put a deleted remark back where it was, with its uuid and time."""
        ...

    def set_resolution(self, item: AgendaEntry, resolution: str) -> AgendaEntry:
        """Replace the item's decisions (決定事項), one a line; returns the item as saved."""
        ...

    def actions(self, item_id: int) -> list[ActionEntry]: ...

    def add_action(
        self,
        item_id: int,
        text: str,
        owner_member_id: int | None,
        owner_name: str,
        due: date | None,
    ) -> ActionEntry: ...

    def delete_action(self, action: ActionEntry) -> None: ...

    def save_draft(self, draft: Draft) -> None: ...

    def load_draft(self) -> Draft | None: ...

    def discard_draft(self) -> None: ...


@dataclass
class _RecordedRemarks:
    """Editing a recorded remark: the same for a meeting and a visit, since a remark is
    found by its uuid and knows whether it belongs to an agenda item or to a visit."""

    db: Database

    @property
    def read_only(self) -> bool:
        return self.db.read_only

    def update_remark(self, shown: RemarkEntry, remark: RemarkInput) -> RemarkEntry:
        return capture.update_remark(self.db, shown, remark)

    def move_remark(self, shown: RemarkEntry, position: int) -> RemarkEntry:
        return capture.move_remark(self.db, shown, position)

    def delete_remark(self, shown: RemarkEntry) -> RemarkEntry:
        return capture.delete_remark(self.db, shown)

    def restore_remark(self, entry: RemarkEntry) -> RemarkEntry:
        return capture.restore_remark(self.db, entry)


@dataclass
class MeetingSource(_RecordedRemarks):
    meeting_id: int
    supports_decisions: bool = True
    kinds: tuple[RemarkKind, ...] = MEETING_KINDS  # Ctrl+1 … Ctrl+5, the first by default

    def items(self) -> list[AgendaEntry]:
        return agenda.items(self.db, self.meeting_id)

    def day(self) -> date:
        with self.db.session() as session:
            return session.get_one(Meeting, self.meeting_id).held_on

    def speakers(self) -> list[Speaker]:
        return secretariat.meeting_speakers(self.db, self.meeting_id)

    def locked(self) -> bool:
        # A database opened read-only (a second window) takes no remark either.
        return self.db.read_only or meeting_editing.is_locked(self.db, self.meeting_id)

    def remarks(self, item_id: int) -> list[RemarkEntry]:
        return capture.remarks(self.db, item_id)

    def add_remark(
        self, item_id: int, remark: RemarkInput, captured_at: datetime | None
    ) -> RemarkEntry:
        return capture.add_remark(self.db, item_id, remark, captured_at=captured_at)

    def set_resolution(self, item: AgendaEntry, resolution: str) -> AgendaEntry:
        """The item's decisions (決定事項), one per line, replaced as a whole."""
        return agenda.set_resolution(self.db, item, resolution)

    def actions(self, item_id: int) -> list[ActionEntry]:
        return agenda.actions(self.db, item_id)

    def add_action(
        self,
        item_id: int,
        text: str,
        owner_member_id: int | None,
        owner_name: str,
        due: date | None,
    ) -> ActionEntry:
        return agenda.add_action(
            self.db,
            item_id,
            text,
            owner_member_id=owner_member_id,
            owner_name=owner_name,
            due_on=due,
        )

    def delete_action(self, action: ActionEntry) -> None:
        agenda.delete_action(self.db, action)

    def save_draft(self, draft: Draft) -> None:
        capture.save_draft(self.db, self.meeting_id, draft)

    def load_draft(self) -> Draft | None:
        return capture.load_draft(self.db, self.meeting_id)

    def discard_draft(self) -> None:
        capture.discard_draft(self.db, self.meeting_id)


@dataclass
class VisitSource(_RecordedRemarks):
    """A visit has one "item": the participants' impressions (感想)."""

    visit_id: int
    supports_decisions: bool = False
    kinds: tuple[RemarkKind, ...] = VISIT_KINDS  # 感想 first

    def items(self) -> list[AgendaEntry]:
        with self.db.session() as session:
            visit = session.get_one(Visit, self.visit_id)
            return [AgendaEntry(visit.id, 0, "", visit.title, AgendaKind.OTHER)]

    def day(self) -> date:
        with self.db.session() as session:
            return session.get_one(Visit, self.visit_id).start_on

    def speakers(self) -> list[Speaker]:
        with self.db.session() as session:
            visit = session.get_one(Visit, self.visit_id)
            result = []
            for person in visit.participants:
                member = person.member
                if member is not None:
                    organization = member.organization.name if member.organization else ""
                    result.append(
                        Speaker(
                            member.id,
                            member.full_name,
                            member.full_reading,
                            organization,
                            member.council_role,
                        )
                    )
                else:
                    result.append(Speaker(None, person.name, "", person.affiliation, None))
            return secretariat.with_itself(result)

    def locked(self) -> bool:
        return False

    def remarks(self, item_id: int) -> list[RemarkEntry]:
        return capture.visit_remarks(self.db, self.visit_id)

    def add_remark(
        self, item_id: int, remark: RemarkInput, captured_at: datetime | None
    ) -> RemarkEntry:
        return capture.add_visit_remark(self.db, self.visit_id, remark, captured_at=captured_at)

    def set_resolution(self, item: AgendaEntry, resolution: str) -> AgendaEntry:
        """A visit has no decisions: its outcomes are follow-up actions (Ctrl+T)."""
        raise ValueError("a visit records follow-up actions, not decisions")

    def actions(self, item_id: int) -> list[ActionEntry]:
        with self.db.session() as session:
            rows = session.scalars(
                select(ActionItem)
                .where(ActionItem.visit_id == self.visit_id, ActionItem.status != ActionStatus.DONE)
                .order_by(ActionItem.position, ActionItem.id)
            )
            return [agenda.action_entry(session, action) for action in rows]

    def add_action(
        self,
        item_id: int,
        text: str,
        owner_member_id: int | None,
        owner_name: str,
        due: date | None,
    ) -> ActionEntry:
        """A follow-up of the visit: it carries forward to the next meeting."""
        with self.db.transaction() as session:
            count = len(
                session.scalars(
                    select(ActionItem.id).where(ActionItem.visit_id == self.visit_id)
                ).all()
            )
            action = ActionItem(
                visit_id=self.visit_id,
                position=count,
                text=text.strip(),
                owner_member_id=owner_member_id,
                owner_name="" if owner_member_id else owner_name.strip(),
                due_on=due,
            )
            session.add(action)
            session.flush()
            return agenda.action_entry(session, action)

    def delete_action(self, action: ActionEntry) -> None:
        agenda.delete_action(self.db, action)

    def save_draft(self, draft: Draft) -> None:
        # a visit draft names no agenda item (the visit is the item)
        capture.save_draft(
            self.db, None, replace(draft, agenda_item_id=None), visit_id=self.visit_id
        )

    def load_draft(self) -> Draft | None:
        draft = capture.load_draft(self.db, None, visit_id=self.visit_id)
        return replace(draft, agenda_item_id=self.visit_id) if draft is not None else None

    def discard_draft(self) -> None:
        capture.discard_draft(self.db, None, visit_id=self.visit_id)
