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

# Keyed by (type, value): equal codes of different enums ("outgoing") have different labels.
_LABELS: dict[tuple[type, str], object] = {
    (CouncilRole, CouncilRole.CHAIR): QT_TRANSLATE_NOOP("labels", "Chair"),
    (CouncilRole, CouncilRole.VICE_CHAIR): QT_TRANSLATE_NOOP("labels", "Vice chair"),
    (CouncilRole, CouncilRole.MEMBER): QT_TRANSLATE_NOOP("labels", "Member"),
    (CouncilRole, CouncilRole.ADVISOR): QT_TRANSLATE_NOOP("labels", "Advisor"),
    (CouncilRole, CouncilRole.OBSERVER): QT_TRANSLATE_NOOP("labels", "Observer"),
    (CouncilRole, CouncilRole.SECRETARIAT): QT_TRANSLATE_NOOP("labels", "Secretariat"),
    (MeetingStatus, MeetingStatus.PLANNED): QT_TRANSLATE_NOOP("labels", "Planned"),
    (MeetingStatus, MeetingStatus.HELD): QT_TRANSLATE_NOOP("labels", "Held"),
    (MeetingStatus, MeetingStatus.DRAFTING): QT_TRANSLATE_NOOP("labels", "Minutes in progress"),
    (MeetingStatus, MeetingStatus.APPROVED): QT_TRANSLATE_NOOP("labels", "Approved"),
    (AttendanceStatus, AttendanceStatus.PRESENT): QT_TRANSLATE_NOOP("labels", "Present"),
    (AttendanceStatus, AttendanceStatus.ABSENT): QT_TRANSLATE_NOOP("labels", "Absent"),
    (AttendanceStatus, AttendanceStatus.PROXY): QT_TRANSLATE_NOOP("labels", "Proxy"),
    (AttendanceStatus, AttendanceStatus.ONLINE): QT_TRANSLATE_NOOP("labels", "Online"),
    (AttendanceStatus, AttendanceStatus.LATE): QT_TRANSLATE_NOOP("labels", "Late"),
    (AttendanceStatus, AttendanceStatus.LEFT_EARLY): QT_TRANSLATE_NOOP("labels", "Left early"),
    (VisitDirection, VisitDirection.OUTGOING): QT_TRANSLATE_NOOP("labels", "Visit"),
    (VisitDirection, VisitDirection.INCOMING): QT_TRANSLATE_NOOP("labels", "Hosting"),
    (CorrespondenceDirection, CorrespondenceDirection.INCOMING): QT_TRANSLATE_NOOP(
        "labels", "Received"
    ),
    (CorrespondenceDirection, CorrespondenceDirection.OUTGOING): QT_TRANSLATE_NOOP(
        "labels", "Sent"
    ),
    (CorrespondenceStatus, CorrespondenceStatus.OPEN): QT_TRANSLATE_NOOP("labels", "Open"),
    (CorrespondenceStatus, CorrespondenceStatus.REPLIED): QT_TRANSLATE_NOOP("labels", "Replied"),
    (CorrespondenceStatus, CorrespondenceStatus.DONE): QT_TRANSLATE_NOOP("labels", "Done"),
    (CorrespondenceStatus, CorrespondenceStatus.VOID): QT_TRANSLATE_NOOP("labels", "Void"),
}


def label(value: StrEnum) -> str:
    """The translated label of a coded value (its code if none is defined)."""
    source = _LABELS.get((type(value), value))
    if source is None:
        return str(value)
    return QCoreApplication.translate("labels", str(source))
