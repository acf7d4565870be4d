"""視察: the selected visit's dates and itinerary, the organizations, the participants
and the letters linked to it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from app.services.visits.detail import VisitDetail, visit_detail
from app.texts.labels import label
from app.ui.details import rich_text
from app.ui.details.detail_pane import DetailPane
from app.ui.details.meeting_detail import letter_line
from app.ui.formatting import short_date
from app.ui.signal_hub import RecordKind


class VisitDetailPane(DetailPane):
    NEWS: ClassVar[Mapping[str, bool]] = {
        RecordKind.VISIT: True,
        RecordKind.LETTER: False,  # 依頼状 and 礼状 registered for it
        RecordKind.MEMBER: False,  # participants' names
        RecordKind.ORGANIZATION: False,
    }

    def read(self, record_id: int) -> VisitDetail | None:
        return visit_detail(self.db, record_id)

    def describe(self, detail: Any) -> str:
        visit: VisitDetail = detail
        dates = short_date(visit.start_on)
        if visit.end_on is not None and visit.end_on != visit.start_on:
            dates += f" 〜 {short_date(visit.end_on)}"
        destinations = "、".join(visit.destinations)
        hosts = "、".join(visit.hosts_organizations)
        subtitle = "　".join(part for part in (label(visit.direction), visit.region) if part)
        parts = [
            rich_text.heading(visit.title, subtitle),
            rich_text.fields(
                [
                    (self.tr("Dates"), dates),
                    (self.tr("Destinations"), destinations),
                    (self.tr("Hosts"), hosts),
                ]
            ),
            rich_text.text_section(self.tr("Purpose"), visit.purpose),
            rich_text.section(
                self.tr("Itinerary"),
                [
                    rich_text.line(
                        "　".join(part for part in (item.time_text, item.content) if part),
                        short_date(item.day) if len({i.day for i in visit.itinerary}) > 1 else "",
                        item.place,
                    )
                    for item in visit.itinerary
                ],
                empty=self.tr("No itinerary yet."),
            ),
            rich_text.section(
                self.tr("Participants (%1)").replace("%1", str(len(visit.participants))),
                [rich_text.line(person) for person in visit.participants],
                empty=self.tr("None yet."),
            ),
            rich_text.section(
                self.tr("Host side (%1)").replace("%1", str(len(visit.hosts))),
                [rich_text.line(person) for person in visit.hosts],
            )
            if visit.hosts
            else "",
            rich_text.section(
                self.tr("Documents"),
                [letter_line(letter) for letter in visit.letters],
                empty=self.tr("None registered."),
            ),
        ]
        return "".join(parts)
