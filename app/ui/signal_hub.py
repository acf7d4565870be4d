"""The one place cross-tab news travels through, wired in MainWindow (tabs never meet).

A save anywhere announces what changed: the kind of record and the ids. Every list and
window that shows such records refreshes what it shows, keeping the user's place. The
one that saved already shows its change: it knows its own news by the origin it gave.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class RecordKind(StrEnum):
    """What was saved. The ids that come with it are of the record named, unless said.

    The names of the house's first areas; news is a plain string, so a new area announces
    its own records ("event") without adding to this list."""

    MEMBER = "member"
    ORGANIZATION = "organization"
    MEETING = "meeting"  # its details or its status
    ATTENDANCE = "attendance"  # ids: the meetings whose attendance or other attendees changed
    AGENDA = "agenda"  # ids: the meetings whose agenda changed
    MINUTES = "minutes"  # ids: the meetings whose remarks, decisions, actions or responses changed
    VISIT = "visit"
    LETTER = "letter"
    ATTACHMENT = "attachment"  # ids: the letters whose attachments changed
    ACTIVITY = "activity"  # 実施事業 and the pillars they are reported under


class SignalHub(QObject):
    databaseReplaced = Signal()  # a restore or import swapped the data under every tab
    # Records of one RecordKind were saved: (kind, ids, origin). The ids are () when not
    # said which; the origin is whoever saved them (it shows the change already) or None.
    recordsChanged = Signal(str, tuple, object)
    # Requests from a tab for another's record, carried out by the main window:
    showRequested = Signal(str, int)  # (record, id): its tab, with the record selected
    openRequested = Signal(str, int)  # (record, id): its own window (a meeting's), in front
    captureRequested = Signal(int)  # (meeting id): the meeting's window on its record (記録)

    def announce(
        self, kind: str, ids: Iterable[int | None] = (), *, origin: QObject | None = None
    ) -> None:
        """Tell every tab and window that records of ``kind`` were saved by ``origin``
        (a form's ``id`` may be passed as it is: it is None only before a save)."""
        self.recordsChanged.emit(str(kind), tuple(i for i in ids if i is not None), origin)


def concerns(ids: tuple[int, ...], record_id: int) -> bool:
    """Whether news about ``ids`` may be about the record ``record_id`` (no ids: any)."""
    return not ids or record_id in ids
