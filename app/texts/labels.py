"""Display labels of the coded values stored in the database (translated in the UI language)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.codes import (
    ActionStatus,
    ActivityState,
    AgendaKind,
    AttendanceStatus,
    AttendeeOrder,
    CorrespondenceDirection,
    CorrespondenceStatus,
    CouncilRole,
    GuestCategory,
    Medium,
    MeetingStatus,
    MinutesStyle,
    OrganizationKind,
    RemarkKind,
    ResponseStatus,
    VisitDirection,
)
from app.texts.event_labels import EVENT_LABELS

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
    (RemarkKind, RemarkKind.OPINION): QT_TRANSLATE_NOOP("labels", "Opinion"),
    (RemarkKind, RemarkKind.QUESTION): QT_TRANSLATE_NOOP("labels", "Question"),
    (RemarkKind, RemarkKind.ANSWER): QT_TRANSLATE_NOOP("labels", "Answer"),
    (RemarkKind, RemarkKind.PROPOSAL): QT_TRANSLATE_NOOP("labels", "Proposal"),
    (RemarkKind, RemarkKind.REPORT): QT_TRANSLATE_NOOP("labels", "Report"),
    (RemarkKind, RemarkKind.EXPLANATION): QT_TRANSLATE_NOOP("labels", "Explanation"),
    (RemarkKind, RemarkKind.PROCEDURE): QT_TRANSLATE_NOOP("labels", "Chair's procedure"),
    (RemarkKind, RemarkKind.IMPRESSION): QT_TRANSLATE_NOOP("labels", "Impression"),
    (ResponseStatus, ResponseStatus.PENDING): QT_TRANSLATE_NOOP("labels", "Not yet handled"),
    (ResponseStatus, ResponseStatus.IN_PROGRESS): QT_TRANSLATE_NOOP("labels", "In hand"),
    (ResponseStatus, ResponseStatus.DONE): QT_TRANSLATE_NOOP("labels", "Handled"),
    (ResponseStatus, ResponseStatus.NOT_NEEDED): QT_TRANSLATE_NOOP("labels", "No action needed"),
    (AgendaKind, AgendaKind.DELIBERATION): QT_TRANSLATE_NOOP("labels", "Deliberation"),
    (AgendaKind, AgendaKind.REPORT): QT_TRANSLATE_NOOP("labels", "Report item"),
    (AgendaKind, AgendaKind.OTHER): QT_TRANSLATE_NOOP("labels", "Other"),
    (GuestCategory, GuestCategory.SECRETARIAT): QT_TRANSLATE_NOOP("labels", "Secretariat"),
    (GuestCategory, GuestCategory.GUEST): QT_TRANSLATE_NOOP("labels", "Guest"),
    (GuestCategory, GuestCategory.OBSERVER): QT_TRANSLATE_NOOP("labels", "Observer"),
    (GuestCategory, GuestCategory.OTHER): QT_TRANSLATE_NOOP("labels", "Other"),
    (ActionStatus, ActionStatus.OPEN): QT_TRANSLATE_NOOP("labels", "Not started"),
    (ActionStatus, ActionStatus.IN_PROGRESS): QT_TRANSLATE_NOOP("labels", "In progress"),
    (ActionStatus, ActionStatus.DONE): QT_TRANSLATE_NOOP("labels", "Completed"),
    (OrganizationKind, OrganizationKind.COMPANY): QT_TRANSLATE_NOOP("labels", "Company"),
    (OrganizationKind, OrganizationKind.MUNICIPALITY): QT_TRANSLATE_NOOP("labels", "Municipality"),
    (OrganizationKind, OrganizationKind.BUSINESS_ASSOCIATION): QT_TRANSLATE_NOOP(
        "labels", "Business association"
    ),
    (OrganizationKind, OrganizationKind.UNIVERSITY): QT_TRANSLATE_NOOP("labels", "University"),
    (OrganizationKind, OrganizationKind.SUPPORT_AGENCY): QT_TRANSLATE_NOOP(
        "labels", "Support agency"
    ),
    (OrganizationKind, OrganizationKind.OTHER): QT_TRANSLATE_NOOP("labels", "Other"),
    (MinutesStyle, MinutesStyle.SUMMARY): QT_TRANSLATE_NOOP("labels", "Summary (points)"),
    (MinutesStyle, MinutesStyle.VERBATIM): QT_TRANSLATE_NOOP("labels", "Every remark in order"),
    (MinutesStyle, MinutesStyle.BRIEF): QT_TRANSLATE_NOOP("labels", "Brief (decisions only)"),
    (AttendeeOrder, AttendeeOrder.BY_ROLE): QT_TRANSLATE_NOOP("labels", "By role, then reading"),
    (AttendeeOrder, AttendeeOrder.AS_ENTERED): QT_TRANSLATE_NOOP("labels", "As entered"),
    (ActivityState, ActivityState.DONE): QT_TRANSLATE_NOOP("labels", "Carried out"),
    (ActivityState, ActivityState.PLANNED): QT_TRANSLATE_NOOP("labels", "Planned"),
    (Medium, Medium.POST): QT_TRANSLATE_NOOP("labels", "Post"),
    (Medium, Medium.FAX): QT_TRANSLATE_NOOP("labels", "Fax"),
    (Medium, Medium.EMAIL): QT_TRANSLATE_NOOP("labels", "E-mail"),
    (Medium, Medium.HAND): QT_TRANSLATE_NOOP("labels", "By hand"),
    (Medium, Medium.PHONE): QT_TRANSLATE_NOOP("labels", "Phone call"),
    (Medium, Medium.OTHER): QT_TRANSLATE_NOOP("labels", "Other"),
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

_LABELS.update(EVENT_LABELS)


def label(value: StrEnum) -> str:
    """The translated label of a coded value (its code if none is defined)."""
    source = _LABELS.get((type(value), value))
    if source is None:
        return str(value)
    return QCoreApplication.translate("labels", str(source))
