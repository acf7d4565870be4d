"""会議: the selected meeting's agenda in order, its attendance counts, the documents
issued for it and its status."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from app.services.codes import CorrespondenceDirection
from app.services.correspondence.detail import LinkedLetter
from app.services.meetings.detail import MeetingDetail, meeting_detail
from app.texts.labels import label
from app.ui.details import rich_text
from app.ui.details.detail_pane import DetailPane
from app.ui.formatting import short_date, time_range
from app.ui.signal_hub import RecordKind


class MeetingDetailPane(DetailPane):
    NEWS: ClassVar[Mapping[str, bool]] = {
        RecordKind.MEETING: True,
        RecordKind.AGENDA: True,  # ids: meetings
        RecordKind.ATTENDANCE: True,  # ids: meetings
        RecordKind.LETTER: False,  # a notice issued for the meeting
        RecordKind.MEMBER: False,  # the chair's name
    }

    def read(self, record_id: int) -> MeetingDetail | None:
        return meeting_detail(self.db, record_id)

    def describe(self, detail: Any) -> str:
        meeting: MeetingDetail = detail
        when = "　".join(
            part
            for part in (
                short_date(meeting.held_on),
                time_range(meeting.start_time, meeting.end_time),
            )
            if part
        )
        if meeting.attendance:
            counts = self.tr(", ").join(
                f"{label(status)} {count}" for status, count in meeting.attendance
            )
        else:
            counts = self.tr("Attendance not recorded")
        if meeting.guests:
            counts += self.tr(" (other attendees %1)").replace("%1", str(meeting.guests))
        parts = [
            rich_text.heading(meeting.title, meeting.body_name),
            rich_text.fields(
                [
                    (self.tr("Date"), when),
                    (self.tr("Place"), meeting.place),
                    (self.tr("Chair"), meeting.chair),
                    (self.tr("Recorder"), meeting.recorder),
                    (self.tr("Status"), label(meeting.status)),
                    (self.tr("Attendance"), counts),
                ]
            ),
            rich_text.section(
                self.tr("Agenda"),
                [
                    rich_text.line(f"{item.label}　{item.title}".strip(), item.result)
                    for item in meeting.agenda
                ],
                empty=self.tr("No agenda items yet."),
            ),
            rich_text.section(
                self.tr("Documents issued"),
                [letter_line(letter) for letter in meeting.letters],
                empty=self.tr("None registered."),
            ),
        ]
        return "".join(parts)


def letter_line(letter: LinkedLetter) -> str:
    """A letter linked to a meeting or visit: its subject, number (or 受信) and date."""
    number = letter.document_number or (
        label(CorrespondenceDirection.INCOMING)
        if letter.direction is CorrespondenceDirection.INCOMING
        else ""
    )
    return rich_text.line(letter.subject, number, short_date(letter.dated_on), label(letter.status))
