"""The visit detail pane's read: itinerary, participants, the other side."""

from __future__ import annotations

from datetime import date

from app.models import (
    ItineraryItem,
    Organization,
    Visit,
    VisitOrganization,
    VisitParticipant,
)
from app.models.enums import (
    VisitOrganizationRole,
)
from app.services.visits.detail import visit_detail
from app.storage.database import Database
from tests.meeting_room import Room


def test_a_visit_shows_its_itinerary_participants_and_organizations(
    db: Database, room: Room
) -> None:
    with db.transaction() as session:
        host = Organization(name="北浜市", reading="きたはまし")
        visit = Visit(title="北浜視察", fiscal_year=2022, start_on=date(2022, 7, 24))
        visit.organizations = [
            VisitOrganization(organization=host, role=VisitOrganizationRole.DESTINATION)
        ]
        visit.itinerary = [
            ItineraryItem(time_text="10:00", place="工場", content="見学"),
            ItineraryItem(time_text="13:00", place="市役所", content="意見交換"),
        ]
        visit.participants = [
            VisitParticipant(member_id=room.members["野口"]),
            VisitParticipant(name="事務局 花子", affiliation="綾瀬市"),
        ]
        session.add(visit)
    detail = visit_detail(db, visit.id)
    assert detail is not None
    assert [line.content for line in detail.itinerary] == ["見学", "意見交換"]
    assert detail.participants == ("野口 太郎（綾瀬精工株式会社）", "事務局 花子（綾瀬市）")
    assert detail.destinations == ("北浜市",)
    assert visit_detail(db, 999_999) is None
