"""The coded values (enums) the services accept and return, for callers outside the data layer."""

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
)

__all__ = [
    "ActionStatus",
    "ActivityState",
    "AgendaKind",
    "AttendanceStatus",
    "BodyKind",
    "CorrespondenceDirection",
    "CorrespondenceStatus",
    "CouncilRole",
    "GuestCategory",
    "Medium",
    "MeetingStatus",
    "OrganizationKind",
    "RemarkKind",
    "ResponseStatus",
    "VisitDirection",
]
