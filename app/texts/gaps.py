"""What a document lacks (app.services.documents.gaps), in the UI language."""

from __future__ import annotations

from app.services.documents.gaps import Gap
from app.texts.i18n import translate


def gap_text(gap: Gap) -> str:
    texts = {
        Gap.NO_PLACE: translate("gaps", "The place is not set: the line is left out."),
        Gap.NO_START_TIME: translate(
            "gaps", "The starting time is not set: only the date is given."
        ),
        Gap.NO_ATTENDANCE: translate(
            "gaps", "Attendance has not been taken: attendees and absentees are left out."
        ),
        Gap.NO_AGENDA: translate("gaps", "The agenda has no items yet."),
        Gap.DATED_ON_OR_AFTER_EVENT: translate(
            "gaps", "The letter is dated on or after the day it is about."
        ),
        Gap.NO_VISITORS: translate(
            "gaps", "Nobody is listed as a visitor: there is no list to send."
        ),
        Gap.NO_ADDRESSEE: translate("gaps", "No organization is set to address the letter to."),
        Gap.NO_PARTICIPANTS: translate(
            "gaps", "Nobody has a place at the event yet: the document would be empty."
        ),
        Gap.NO_PAID: translate("gaps", "Nobody has paid a fee yet: there is no receipt to make."),
        Gap.NO_CONTACT: translate(
            "gaps",
            "No phone, fax or e-mail is set for applications: the notice names the organiser only.",
        ),
    }
    return texts[gap]
