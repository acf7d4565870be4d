"""Display labels of the coded values stored in the database (translated in the UI language)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.codes import (
    AttendanceStatus,
    CorrespondenceDirection,
    CorrespondenceStatus,
    CouncilRole,
    MeetingStatus,
    VisitDirection,
)

_LABELS: dict[StrEnum, object] = {
    CouncilRole.CHAIR: QT_TRANSLATE_NOOP("labels", "Chair"),
    CouncilRole.VICE_CHAIR: QT_TRANSLATE_NOOP("labels", "Vice chair"),
    CouncilRole.MEMBER: QT_TRANSLATE_NOOP("labels", "Member"),
    CouncilRole.ADVISOR: QT_TRANSLATE_NOOP("labels", "Advisor"),
    CouncilRole.OBSERVER: QT_TRANSLATE_NOOP("labels", "Observer"),
    CouncilRole.SECRETARIAT: QT_TRANSLATE_NOOP("labels", "Secretariat"),
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("labels", "Planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("labels", "Held"),
    MeetingStatus.DRAFTING: QT_TRANSLATE_NOOP("labels", "Minutes in progress"),
    MeetingStatus.APPROVED: QT_TRANSLATE_NOOP("labels", "Approved"),
    AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("labels", "Present"),
    AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("labels", "Absent"),
    AttendanceStatus.PROXY: QT_TRANSLATE_NOOP("labels", "Proxy"),
    AttendanceStatus.ONLINE: QT_TRANSLATE_NOOP("labels", "Online"),
    AttendanceStatus.LATE: QT_TRANSLATE_NOOP("labels", "Late"),
    AttendanceStatus.LEFT_EARLY: QT_TRANSLATE_NOOP("labels", "Left early"),
    VisitDirection.OUTGOING: QT_TRANSLATE_NOOP("labels", "Visit"),
    VisitDirection.INCOMING: QT_TRANSLATE_NOOP("labels", "Hosting"),
    CorrespondenceDirection.INCOMING: QT_TRANSLATE_NOOP("labels", "Received"),
    CorrespondenceDirection.OUTGOING: QT_TRANSLATE_NOOP("labels", "Sent"),
    CorrespondenceStatus.OPEN: QT_TRANSLATE_NOOP("labels", "Open"),
    CorrespondenceStatus.REPLIED: QT_TRANSLATE_NOOP("labels", "Replied"),
    CorrespondenceStatus.DONE: QT_TRANSLATE_NOOP("labels", "Done"),
    CorrespondenceStatus.VOID: QT_TRANSLATE_NOOP("labels", "Void"),
}


def label(value: StrEnum) -> str:
    """The translated label of a coded value (its code if none is defined)."""
    source = _LABELS.get(value)
    if source is None:
        return str(value)
    return QCoreApplication.translate("labels", str(source))
