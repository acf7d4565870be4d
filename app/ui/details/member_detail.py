"""委員: the selected member's contact and term, the meetings they attended, their
remarks and the 宿題 they own."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from app.services.codes import AttendanceStatus
from app.services.members.detail import MemberDetail, member_detail
from app.texts.labels import label
from app.ui.details import rich_text
from app.ui.details.detail_pane import DetailPane
from app.ui.formatting import short_date
from app.ui.signal_hub import RecordKind


class MemberDetailPane(DetailPane):
    NEWS: ClassVar[Mapping[str, bool]] = {
        RecordKind.MEMBER: True,
        RecordKind.ORGANIZATION: False,
        RecordKind.ATTENDANCE: False,  # ids: meetings
        RecordKind.MINUTES: False,  # remarks and 宿題
        RecordKind.MEETING: False,  # a meeting's title
        RecordKind.VISIT: False,  # a visit's remarks
    }

    def read(self, record_id: int) -> MemberDetail | None:
        return member_detail(self.db, record_id)

    def describe(self, detail: Any) -> str:
        member: MemberDetail = detail
        subtitle = member.reading + (f"　{self.tr('(archived)')}" if member.archived else "")
        term = ""
        if member.term_start or member.term_end:
            term = f"{short_date(member.term_start)} 〜 {short_date(member.term_end)}"
        address = "　".join(
            part
            for part in (f"〒{member.postal_code}" if member.postal_code else "", member.address)
            if part
        )
        parts = [
            rich_text.heading(member.full_name, subtitle),
            rich_text.fields(
                [
                    (self.tr("Organization"), member.organization),
                    (self.tr("Position"), member.position_title),
                    (self.tr("Role"), label(member.council_role)),
                    (self.tr("Term"), term),
                    (self.tr("E-mail"), member.email),
                    (self.tr("Phone"), member.phone),
                    (self.tr("Address"), address),
                    (self.tr("Notes"), member.notes),
                ]
            ),
            rich_text.section(
                self.tr("Meetings attended"),
                [
                    rich_text.line(
                        meeting.title,
                        short_date(meeting.held_on),
                        "" if meeting.status is AttendanceStatus.PRESENT else label(meeting.status),
                    )
                    for meeting in member.meetings
                ],
                empty=self.tr("None yet."),
                more=self._more(member.meetings_total - len(member.meetings)),
            ),
            rich_text.section(
                self.tr("Remarks"),
                [
                    rich_text.line(
                        f"［{label(remark.kind)}］{remark.text}",
                        short_date(remark.captured_at.astimezone().date()),
                        remark.where,
                    )
                    for remark in member.remarks
                ],
                empty=self.tr("None yet."),
                more=self._more(member.remarks_total - len(member.remarks)),
            ),
            rich_text.section(
                self.tr("Open action items"),
                [
                    rich_text.line(
                        action.text,
                        self.tr("due %1").replace("%1", short_date(action.due_on))
                        if action.due_on
                        else "",
                        label(action.status),
                    )
                    for action in member.actions
                ],
                empty=self.tr("None."),
            ),
        ]
        return "".join(parts)

    def _more(self, count: int) -> str:
        return self.tr("and %1 more").replace("%1", str(count)) if count > 0 else ""
