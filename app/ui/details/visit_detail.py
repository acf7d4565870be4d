"""視察: the selected visit's dates and itinerary, the organizations, the participants
and the letters linked to it."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import groupby
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
        destinations = self.tr(", ").join(visit.destinations)
        hosts = self.tr(", ").join(visit.hosts_organizations)
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
            self._itinerary(visit),
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

    def _itinerary(self, visit: VisitDetail) -> str:
        """The itinerary, under a line for each day when the visit has more than one."""
        title = self.tr("Itinerary")
        if not visit.itinerary:
            return rich_text.section(title, [], empty=self.tr("No itinerary yet."))
        days = [(day, list(items)) for day, items in groupby(visit.itinerary, lambda i: i.day)]
        text = rich_text.section_title(title)
        for day, items in days:
            if len(days) > 1:
                text += rich_text.subheading(short_date(day))
            text += rich_text.bullets(
                [
                    rich_text.line(
                        "　".join(part for part in (item.time_text, item.content) if part),
                        item.place,
                    )
                    for item in items
                ]
            )
        return text
