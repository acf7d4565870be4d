"""行事: the selected event's date, venue, fees, timetable, 申込先 and counts, and under
them its participants, whose actions (add, edit, cancel, mark told) the tab owns."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.services.events.detail import EventDetail, event_detail
from app.services.events.rows import ParticipantRow
from app.services.workspace import Database
from app.texts.labels import label
from app.ui.details import rich_text
from app.ui.details.detail_pane import DetailPane
from app.ui.formatting import short_date, time_range
from app.ui.signal_hub import RecordKind, SignalHub
from app.ui.tablemodels.participants_model import ParticipantsTableModel
from app.ui.tablemodels.row_model import RowRole

EVENT_NEWS = "event"  # the events area's news: ids are events (their participants too)
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ParticipantTable(QTableView):
    """Enter opens the participant here (``activated``), before the tab's Enter shortcut
    (edit the event)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and self.currentIndex().isValid()
        ):
            event.accept()
            return True
        return super().event(event)


class EventDetailPane(DetailPane):
    NEWS: ClassVar[Mapping[str, bool]] = {
        EVENT_NEWS: True,
        RecordKind.MEETING: False,  # the linked meeting's title
        RecordKind.VISIT: False,
        RecordKind.ACTIVITY: False,
    }
    # The participants' buttons just fit at 1280×720, where the list keeps room for titles.
    SHARE = 41

    def __init__(self, db: Database, hub: SignalHub, parent: QWidget | None = None) -> None:
        super().__init__(db, hub, parent)
        self.detail: EventDetail | None = None
        self.participants_model = ParticipantsTableModel(self)
        self.participants = ParticipantTable(self.content)
        self.participants.setObjectName("participants")
        self.participants.setModel(self.participants_model)
        self.participants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participants.setAlternatingRowColors(True)
        self.participants.setWordWrap(False)
        self.participants.verticalHeader().setVisible(False)
        self.participants.verticalHeader().setDefaultSectionSize(26)
        self.participants.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.participants.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in self.participants_model.stretch_columns():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.participants_label = QLabel(self.content)
        self.participants_label.setObjectName("participants_label")
        self.participants_label.setStyleSheet("font-weight: bold;")
        self.participants_label.setBuddy(self.participants)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.setSpacing(0)  # (the buttons pad themselves) room for the list beside
        self.buttons.addWidget(self.participants_label)
        self.buttons.addStretch(1)
        lower = QWidget(self.content)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(self.buttons)
        lower_layout.addWidget(self.participants, 1)
        # The text above and the participants below share the height; the user moves it.
        self.split = QSplitter(Qt.Orientation.Vertical, self.content)
        self.split.setChildrenCollapsible(False)
        self.content_layout.removeWidget(self.browser)
        self.split.addWidget(self.browser)
        self.split.addWidget(lower)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([550, 450])  # the event's text a little taller at first
        self.content_layout.addWidget(self.split, 1)

    def add_participant_action(self, action: QAction) -> None:
        """Offer ``action`` (the tab's, with its shortcut) as a button over the
        participants and in their right-click menu."""
        button = QToolButton(self.content)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        self.buttons.addWidget(button)
        self.participants.addAction(action)

    def selected_participant(self) -> ParticipantRow | None:
        index = self.participants.currentIndex()
        if not index.isValid() or not self.participants.selectionModel().isSelected(index):
            return None
        row: ParticipantRow = index.siblingAtColumn(0).data(RowRole)
        return row

    def select_participant(self, participant_id: int) -> None:
        row = self.participants_model.load_row_where(lambda p: p.id == participant_id)
        if row is not None:
            self.participants.selectRow(row)

    def read(self, record_id: int) -> EventDetail | None:
        return event_detail(self.db, record_id)

    def show_detail(self, detail: Any) -> None:
        super().show_detail(detail)
        event: EventDetail = detail
        kept = self.selected_participant() if self.detail and self.detail.id == event.id else None
        self.detail = event
        self.participants_model.fees = {fee.category: fee.amount for fee in event.fees}
        self.participants_model.set_rows(event.participants)
        self.participants_label.setText(
            self.tr("Participants (%1)").replace("%1", str(len(event.participants)))
        )
        if kept is not None:
            self.select_participant(kept.id)

    def describe(self, detail: Any) -> str:
        event: EventDetail = detail
        when = "　".join(
            part
            for part in (
                short_date(event.held_on),
                time_range(event.start_time, event.end_time),
                self.tr("doors open %1").replace("%1", event.open_time.strftime("%H:%M"))
                if event.open_time
                else "",
            )
            if part
        )
        venue = "\n".join(
            part
            for part in (
                "　".join(p for p in (event.venue_name, event.venue_room) if p),
                event.venue_address,
                event.venue_access,
            )
            if part
        )
        contact = "\n".join(
            part
            for part in (
                event.contact_person,
                self.tr("Tel %1").replace("%1", event.contact_phone) if event.contact_phone else "",
                self.tr("Fax %1").replace("%1", event.contact_fax) if event.contact_fax else "",
                event.contact_email,
            )
            if part
        )
        subtitle = "　".join((label(event.kind), label(event.status)))
        return "".join(
            [
                rich_text.heading(event.title, subtitle),
                rich_text.fields(
                    [
                        (self.tr("When"), when),
                        (self.tr("Venue"), venue),
                        (self.tr("Theme"), event.theme),
                        (self.tr("Organiser"), event.organiser),
                        (self.tr("Fees"), self._fees(event)),
                        (self.tr("Deadline"), short_date(event.application_deadline)),
                        (self.tr("Applications to"), contact),
                        (self.tr("Reported under"), "\n".join(event.linked)),
                        (self.tr("Numbers"), self._numbers(event)),
                    ]
                ),
                rich_text.section(
                    self.tr("Timetable"),
                    [
                        rich_text.line(
                            "　".join(p for p in (row.time_text, row.title) if p),
                            "　".join(p for p in (row.speaker, row.speaker_affiliation) if p),
                        )
                        for row in event.timetable
                    ],
                    empty=self.tr("No timetable yet."),
                ),
            ]
        )

    def _fees(self, event: EventDetail) -> str:
        if not event.fees:
            return self.tr("Free of charge")
        return "\n".join(
            self.tr("%1: %2 yen (%3)")
            .replace("%1", fee.category)
            .replace("%2", f"{fee.amount:,}")
            .replace("%3", label(fee.timing))
            for fee in event.fees
        )

    def _numbers(self, event: EventDetail) -> str:
        counts = event.counts
        capacity = str(counts.capacity) if counts.capacity is not None else "—"
        lines = [
            self.tr("%1 with a place of %2, %3 waiting, %4 cancelled, %5 checked in")
            .replace("%1", str(counts.seats_taken))
            .replace("%2", capacity)
            .replace("%3", str(counts.waitlisted))
            .replace("%4", str(counts.cancelled))
            .replace("%5", str(counts.checked_in))
        ]
        separator = self.tr(", ")
        if counts.by_role:
            lines.append(separator.join(f"{label(role)} {n}" for role, n in counts.by_role))
        if counts.by_fee_category:
            lines.append(separator.join(f"{name} {n}" for name, n in counts.by_fee_category))
        told = sum(1 for p in event.participants if p.must_notify)
        if told:
            lines.append(self.tr("%1 moved up and must be told").replace("%1", str(told)))
        return "\n".join(lines)
