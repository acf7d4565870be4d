"""What a document would have to leave out, or would state wrongly, if it were made now:
the document dialog lists these before it creates anything, and asks before it issues
a letter dated on or after its event. A document never prints an unknown as a fact."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum

from app.services import areas
from app.services.correspondence.issuing import IssuedLetter, issued
from app.services.documents.request import DocumentRequest
from app.storage.database import Database


class Gap(StrEnum):
    NO_PLACE = "no_place"  # 開催場所 unknown: the line is left out
    NO_START_TIME = "no_start_time"  # only the date is given
    NO_ATTENDANCE = "no_attendance"  # attendance not taken: 出席者・欠席者 left out
    NO_AGENDA = "no_agenda"  # no agenda item yet
    DATED_ON_OR_AFTER_EVENT = "dated_on_or_after_event"  # a notice or 依頼 too late
    NO_VISITORS = "no_visitors"  # a 依頼状 with nobody to name in its 別紙
    NO_ADDRESSEE = "no_addressee"  # a letter with no organization to address
    NO_PARTICIPANTS = "no_participants"  # an event's lists and badges: nobody has a place
    NO_PAID = "no_paid"  # an event's receipts: nobody has paid a fee
    NO_CONTACT = "no_contact"  # an event's notice: no phone, FAX or e-mail to apply to


# Gaps after which a letter should not go out without the user's word.
SERIOUS = frozenset({Gap.DATED_ON_OR_AFTER_EVENT, Gap.NO_PLACE, Gap.NO_ADDRESSEE})


def gaps(db: Database, kind: str, request: DocumentRequest) -> tuple[Gap, ...]:
    """What the document ``kind`` lacks (its area's ``DocumentSpec.gaps`` says)."""
    spec = areas.document_kind(kind)
    if not spec.gaps:
        return ()
    check: Callable[[Database, str, DocumentRequest], tuple[Gap, ...]] = areas.load(spec.gaps)
    return check(db, kind, request)


def issued_before(db: Database, kind: str, request: DocumentRequest) -> IssuedLetter | None:
    """The letter this document was issued as before (its number and date are kept)."""
    if not areas.document_kind(kind).numbered:
        return None
    return issued(db, kind, meeting_id=request.meeting_id, visit_id=request.visit_id)


def default_letter_date(db: Database, kind: str, request: DocumentRequest) -> date:
    """The date a numbered letter is offered with: its kind's default, else today."""
    spec = areas.document_kind(kind)
    if not spec.letter_date:
        return request.today
    default: Callable[[Database, DocumentRequest], date] = areas.load(spec.letter_date)
    return default(db, request)
