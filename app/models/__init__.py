"""SQLAlchemy models, one module per aggregate. Importing this package registers them all."""

from app.models.action_item import ActionItem
from app.models.activity import Activity
from app.models.audit import AuditEntry
from app.models.base import Base, Entity
from app.models.capture_draft import CaptureDraft
from app.models.correspondence import Attachment, Correspondence
from app.models.council import Body, Council, Pillar
from app.models.event import Event, EventFee, EventParticipant, TimetableEntry
from app.models.exchange import ExchangeBase
from app.models.meeting import (
    AgendaItem,
    Attendance,
    Meeting,
    MeetingGuest,
    MeetingMaterial,
    MinuteSigner,
)
from app.models.member import Member, Organization
from app.models.remark import Remark
from app.models.search_entry import SearchEntry
from app.models.visit import (
    ItineraryItem,
    Visit,
    VisitHostAttendee,
    VisitOrganization,
    VisitOutcomeFigure,
    VisitParticipant,
)

__all__ = [
    "ActionItem",
    "Activity",
    "AgendaItem",
    "Attachment",
    "Attendance",
    "AuditEntry",
    "Base",
    "Body",
    "CaptureDraft",
    "Correspondence",
    "Council",
    "Entity",
    "Event",
    "EventFee",
    "EventParticipant",
    "ExchangeBase",
    "ItineraryItem",
    "Meeting",
    "MeetingGuest",
    "MeetingMaterial",
    "Member",
    "MinuteSigner",
    "Organization",
    "Pillar",
    "Remark",
    "SearchEntry",
    "TimetableEntry",
    "Visit",
    "VisitHostAttendee",
    "VisitOrganization",
    "VisitOutcomeFigure",
    "VisitParticipant",
]
