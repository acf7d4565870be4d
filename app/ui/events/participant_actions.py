"""What the events tab does to the participants of the selected event: add one, edit,
cancel (the first waiting moves up, to be told), and mark those who moved up as told.
Their texts keep the tab's translation context."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape
from typing import Protocol

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.services.events import participants
from app.services.events.codes import ParticipationState
from app.services.events.participants import Cancelled
from app.services.events.rows import EventRow, ParticipantRow
from app.services.problems import NotSaved
from app.services.workspace import Database
from app.ui.details.event_detail import EVENT_NEWS, EventDetailPane
from app.ui.dialogs.conflict_dialog import SavedT, Settled, save_settling_conflicts
from app.ui.events.participant_dialog import ParticipantDialog
from app.ui.widgets.save_failed import show_not_done


class EventsPage(Protocol):
    """What the participants' actions need of the events tab."""

    db: Database
    pane: EventDetailPane
    messageRequested: SignalInstance

    def require_selection(self, message: str = "") -> EventRow | None: ...
    def selected_row(self) -> EventRow | None: ...
    def announce(self, kind: str, ids: Iterable[int | None] = ()) -> None: ...


class ParticipantActions:
    """The participants' actions of one events tab (``tab``, also their dialogs' parent)."""

    def __init__(self, tab: EventsPage, widget: QWidget) -> None:
        self.tab = tab
        self.widget = widget

    def _write(
        self, event: EventRow, chosen: ParticipantRow, doing: str, write: Callable[[int], SavedT]
    ) -> Settled[SavedT] | None:
        """``write(version)`` of the participant shown, a conflict settled by the clerk,
        then the event shown again everywhere; None when it could not be written (said:
        ``doing`` 「%1 の取消し」 was not done)."""
        try:
            settled = save_settling_conflicts(
                self.widget, lambda theirs: write((theirs or chosen).version)
            )
        except NotSaved as error:
            show_not_done(self.widget, doing.replace("%1", chosen.name), error)
            return None
        self.tab.announce(EVENT_NEWS, [event.id])
        self.tab.pane.refresh()
        return settled

    def add(self) -> None:
        row: EventRow | None = self.tab.require_selection(
            QCoreApplication.translate("EventsTab", "Select the event first.")
        )
        if row is None:
            return
        saved = ParticipantDialog.run(self.widget, self.tab.db, row.id, None)
        if saved is None:
            return
        self.tab.announce(EVENT_NEWS, [row.id])
        self.tab.pane.refresh()
        self.tab.pane.select_participant(saved.id)
        if saved.state is ParticipationState.WAITLISTED:
            self.tab.messageRequested.emit(
                QCoreApplication.translate("EventsTab", "%1 is on the waitlist, number %2.")
                .replace("%1", saved.name)
                .replace("%2", str(saved.waitlist_number))
            )
        else:
            self.tab.messageRequested.emit(
                QCoreApplication.translate("EventsTab", "%1 has a place.").replace("%1", saved.name)
            )

    def _participant(self) -> ParticipantRow | None:
        """The participant selected beside the list; with none, a beep and a note."""
        chosen = (
            self.tab.pane.selected_participant() if self.tab.selected_row() is not None else None
        )
        if chosen is None:
            QApplication.beep()
            self.tab.messageRequested.emit(
                QCoreApplication.translate("EventsTab", "Select a participant in the event first.")
            )
        return chosen

    def edit(self) -> None:
        chosen = self._participant()
        event = self.tab.selected_row()
        if chosen is None or event is None:
            return
        if ParticipantDialog.run(self.widget, self.tab.db, event.id, chosen.id) is not None:
            self.tab.announce(EVENT_NEWS, [event.id])
            self.tab.pane.refresh()

    def cancel(self) -> None:
        chosen = self._participant()
        event = self.tab.selected_row()
        if chosen is None or event is None:
            return
        if chosen.state is ParticipationState.CANCELLED:
            self.tab.messageRequested.emit(
                QCoreApplication.translate("EventsTab", "%1 is already cancelled.").replace(
                    "%1", chosen.name
                )
            )
            return
        answer = QMessageBox.question(
            self.widget,
            QCoreApplication.translate("EventsTab", "Cancel Participant"),
            QCoreApplication.translate("EventsTab", "Cancel the participation of %1 in %2?")
            .replace("%1", chosen.name)
            .replace("%2", event.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        settled = self._write(
            event,
            chosen,
            QCoreApplication.translate("EventsTab", "Cancelling %1"),
            lambda version: participants.cancel_participant(self.tab.db, chosen.id, version),
        )
        if settled is not None and settled.saved is not None:
            self._tell_cancelled(settled.saved)

    def _tell_cancelled(self, cancelled: Cancelled) -> None:
        name = cancelled.participant.name
        if not cancelled.moved_up:
            self.tab.messageRequested.emit(
                QCoreApplication.translate("EventsTab", "%1 is cancelled.").replace("%1", name)
            )
            return
        self.tab.pane.select_participant(cancelled.moved_up[0].id)
        people = "".join(
            f"<li>{escape(p.name)}"
            + (f"（{escape(p.organization_name)}）" if p.organization_name else "")
            for p in cancelled.moved_up
        )
        QMessageBox.information(
            self.widget,
            QCoreApplication.translate("EventsTab", "Moved Up from the Waitlist"),
            QCoreApplication.translate(
                "EventsTab",
                "%1 is cancelled. These moved up from the waitlist and must be told that "
                "they have a place:",
            ).replace("%1", escape(name))
            + f"<ul>{people}</ul>"
            + QCoreApplication.translate(
                "EventsTab", "When they have been told, choose Mark as Told."
            ),
        )

    def mark_told(self) -> None:
        chosen = self._participant()
        event = self.tab.selected_row()
        if chosen is None or event is None:
            return
        if not chosen.must_notify:
            self.tab.messageRequested.emit(
                QCoreApplication.translate("EventsTab", "%1 has nothing to be told.").replace(
                    "%1", chosen.name
                )
            )
            return
        settled = self._write(
            event,
            chosen,
            QCoreApplication.translate("EventsTab", "Marking %1 as told"),
            lambda version: participants.mark_notified(self.tab.db, chosen.id, version),
        )
        if settled is not None:
            self.tab.pane.select_participant(chosen.id)
