"""What the capture controller tells the view to show: the current agenda item with what
was recorded under it, and the text, speaker and kind to put into the input row."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.capture.rows import RemarkEntry
from app.services.codes import RemarkKind
from app.services.meetings.rows import ActionEntry, AgendaEntry
from app.ui.capture.speaker_picker import Pick


@dataclass(frozen=True, slots=True)
class ItemPage:
    """The current agenda item (None when there is none), numbered from 1."""

    item: AgendaEntry | None
    number: int = 0
    count: int = 0
    numbered: bool = False  # "Item n of m" is shown (not for a visit's single item)
    remarks: tuple[RemarkEntry, ...] = ()
    actions: tuple[ActionEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class Typing:
    """The content of the input row; ``speaker`` None leaves the speaker box as it is."""

    text: str
    kind: RemarkKind
    speaker: Pick | None = None
