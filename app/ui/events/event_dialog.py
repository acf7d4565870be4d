"""An event (行事) in one dialog: what and when, the venue and 申込先, the fees and the
timetable, and what it belongs to (a meeting, a visit, an activity or a pillar)."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.events import editing
from app.services.events.codes import EventKind, EventStatus
from app.services.events.links import link_choices
from app.services.events.rows import EventForm, TimetableInput
from app.services.problems import Invalid
from app.services.workspace import Database
from app.texts.labels import label
from app.texts.problems import problem_texts
from app.ui.dialogs.conflict_dialog import over
from app.ui.dialogs.form_save import save_form
from app.ui.events.event_parts import FeesEditor, link_combo
from app.ui.widgets.date_fields import DateField, TimeField
from app.ui.widgets.error_form import ErrorForm, chain_tabs
from app.ui.widgets.rows_editor import RowsEditor
from app.ui.widgets.window_size import resize_within_screen

PAGE_OVERVIEW, PAGE_VENUE, PAGE_PROGRAMME, PAGE_LINKS = range(4)
_PAGE_OF_FIELD = {
    "venue_name": PAGE_VENUE,
    "venue_address": PAGE_VENUE,
    "venue_room": PAGE_VENUE,
    "contact_person": PAGE_VENUE,
    "contact_phone": PAGE_VENUE,
    "contact_fax": PAGE_VENUE,
    "contact_email": PAGE_VENUE,
    "fees": PAGE_PROGRAMME,
    "timetable": PAGE_PROGRAMME,
}
_VENUE_TEXTS = (
    "venue_name",
    "venue_room",
    "venue_address",
    "contact_person",
    "contact_phone",
    "contact_fax",
    "contact_email",
)


class EventDialog(QDialog):
    def __init__(self, db: Database, form: EventForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form = form
        self.saved: EventForm | None = None
        self.setWindowTitle(self.tr("New Event") if form.id is None else self.tr("Edit Event"))
        self.error_forms: list[ErrorForm] = []
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._overview(), self.tr("Overview"))
        self.tabs.addTab(self._venue(), self.tr("Venue and applications"))
        self.tabs.addTab(self._programme(), self.tr("Fees and timetable"))
        self.tabs.addTab(self._links(), self.tr("Links"))
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 600)
        chain_tabs(self.overview_fields)
        chain_tabs(self.venue_fields)
        chain_tabs(self.link_fields)
        self.venue_access.setTabChangesFocus(True)
        self.title.setFocus()

    def _page(self, *, keep_at_top: bool = True) -> tuple[QWidget, ErrorForm]:
        """A page of fields, together at the top (not spread over its height) unless
        its fields are tables that take the height."""
        page = QWidget(self)
        fields = QWidget(page)
        form = ErrorForm(fields)
        fields.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(fields, 0 if keep_at_top else 1)
        if keep_at_top:
            layout.addStretch(1)
        self.error_forms.append(form)
        return page, form

    def _overview(self) -> QWidget:
        page, form = self._page()
        self.kind = QComboBox(page)
        self.kind.setObjectName("kind")
        for kind in EventKind:
            self.kind.addItem(label(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(self.form.kind), 0))
        self.title = QLineEdit(self.form.title, page)
        self.title.setObjectName("title")
        self.theme = QLineEdit(self.form.theme, page)
        self.theme.setObjectName("theme")
        self.organiser = QLineEdit(self.form.organiser, page)
        self.organiser.setObjectName("organiser")
        self.held_on = DateField(page)
        self.held_on.setObjectName("held_on")
        if self.form.held_on:
            self.held_on.setText(self.form.held_on)
        self.open_time = TimeField(page, optional=True, default=time(13, 0))
        self.open_time.setObjectName("open_time")
        self.open_time.setText(self.form.open_time)
        self.start_time = TimeField(page, optional=True, default=time(13, 30))
        self.start_time.setObjectName("start_time")
        self.start_time.setText(self.form.start_time)
        self.end_time = TimeField(page, optional=True, default=time(16, 30))
        self.end_time.setObjectName("end_time")
        self.end_time.setText(self.form.end_time)
        self.capacity = QLineEdit(self.form.capacity, page)
        self.capacity.setObjectName("capacity")
        self.capacity.setPlaceholderText(self.tr("empty: no limit"))
        self.deadline = DateField(page, optional=True)
        self.deadline.setObjectName("application_deadline")
        self.deadline.setText(self.form.application_deadline)
        self.status = QComboBox(page)
        self.status.setObjectName("status")
        for status in EventStatus:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(max(self.status.findData(self.form.status), 0))
        self.notes = QPlainTextEdit(self.form.notes, page)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        form.add_field("title", self.tr("Title *"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.add_field("theme", self.tr("Theme"), self.theme)
        form.add_field("organiser", self.tr("Organiser"), self.organiser)
        form.add_field("held_on", self.tr("Date *"), self.held_on)
        form.add_field("open_time", self.tr("Doors open"), self.open_time)
        form.add_field("start_time", self.tr("Starts"), self.start_time)
        form.add_field("end_time", self.tr("Ends"), self.end_time)
        form.add_field("capacity", self.tr("Capacity"), self.capacity)
        form.add_field("application_deadline", self.tr("Apply by"), self.deadline)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Notes"), self.notes)
        self.overview_fields: list[QWidget] = [
            self.title,
            self.kind,
            self.theme,
            self.organiser,
            self.held_on,
            self.open_time,
            self.start_time,
            self.end_time,
            self.capacity,
            self.deadline,
            self.status,
            self.notes,
        ]
        return page

    def _venue(self) -> QWidget:
        page, form = self._page()
        self.texts: dict[str, QLineEdit] = {}
        for field in _VENUE_TEXTS:
            edit = QLineEdit(getattr(self.form, field), page)
            edit.setObjectName(field)
            self.texts[field] = edit
        self.venue_access = QPlainTextEdit(self.form.venue_access, page)
        self.venue_access.setObjectName("venue_access")
        self.venue_access.setMaximumHeight(70)
        captions = {
            "venue_name": self.tr("Venue"),
            "venue_room": self.tr("Room"),
            "venue_address": self.tr("Address"),
            "contact_person": self.tr("Applications to"),
            "contact_phone": self.tr("Phone"),
            "contact_fax": self.tr("Fax"),
            "contact_email": self.tr("E-mail"),
        }
        for field in _VENUE_TEXTS[:3]:
            form.add_field(field, captions[field], self.texts[field])
        form.addRow(self.tr("Access"), self.venue_access)
        for field in _VENUE_TEXTS[3:]:
            form.add_field(field, captions[field], self.texts[field])
        self.texts["contact_person"].setPlaceholderText(self.tr("e.g. secretariat, Tanaka"))
        self.venue_fields: list[QWidget] = [
            *(self.texts[f] for f in _VENUE_TEXTS[:3]),
            self.venue_access,
            *(self.texts[f] for f in _VENUE_TEXTS[3:]),
        ]
        return page

    def _programme(self) -> QWidget:
        page, form = self._page(keep_at_top=False)
        self.fees = FeesEditor(page)
        self.fees.setObjectName("fees")
        self.fees.set_fees(self.form.fees)
        self.timetable = RowsEditor(
            [self.tr("Time"), self.tr("Session"), self.tr("Speaker"), self.tr("Affiliation")],
            1,
            page,
        )
        self.timetable.setObjectName("timetable")
        self.timetable.set_rows(
            tuple(
                (t.time_text, t.title, t.speaker, t.speaker_affiliation)
                for t in self.form.timetable
            )
        )
        form.add_field("fees", self.tr("Fees"), self.fees)
        form.add_field("timetable", self.tr("Timetable"), self.timetable)
        return page

    def _links(self) -> QWidget:
        page, form = self._page()
        choices = link_choices(self.db)
        none = self.tr("(none)")
        self.activity = link_combo(
            page, "activity", none, choices.activities, self.form.activity_id
        )
        self.pillar = link_combo(page, "pillar", none, choices.pillars, self.form.pillar_id)
        self.meeting = link_combo(page, "meeting", none, choices.meetings, self.form.meeting_id)
        self.visit = link_combo(page, "visit", none, choices.visits, self.form.visit_id)
        note = QLabel(
            self.tr(
                "A held event is reported under its activity's pillar in the activity "
                "report, or under the pillar chosen here."
            ),
            page,
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("Activity"), self.activity)
        form.addRow(self.tr("Pillar"), self.pillar)
        form.addRow(self.tr("Meeting"), self.meeting)
        form.addRow(self.tr("Visit"), self.visit)
        self.link_fields: list[QWidget] = [self.activity, self.pillar, self.meeting, self.visit]
        return page

    def current_form(self) -> EventForm:
        return replace(
            self.form,
            kind=EventKind(self.kind.currentData()),
            title=self.title.text(),
            theme=self.theme.text(),
            organiser=self.organiser.text(),
            held_on=self.held_on.text(),
            open_time=self.open_time.text(),
            start_time=self.start_time.text(),
            end_time=self.end_time.text(),
            capacity=self.capacity.text(),
            application_deadline=self.deadline.text(),
            status=EventStatus(self.status.currentData()),
            notes=self.notes.toPlainText(),
            venue_access=self.venue_access.toPlainText(),
            venue_name=self.texts["venue_name"].text(),
            venue_room=self.texts["venue_room"].text(),
            venue_address=self.texts["venue_address"].text(),
            contact_person=self.texts["contact_person"].text(),
            contact_phone=self.texts["contact_phone"].text(),
            contact_fax=self.texts["contact_fax"].text(),
            contact_email=self.texts["contact_email"].text(),
            fees=self.fees.fees(),
            timetable=tuple(TimetableInput(*row) for row in self.timetable.rows()),
            activity_id=self.activity.currentData(),
            pillar_id=self.pillar.currentData(),
            meeting_id=self.meeting.currentData(),
            visit_id=self.visit.currentData(),
        )

    def _show_invalid(self, invalid: Invalid) -> None:
        texts = problem_texts(invalid.problems)
        for form in self.error_forms:
            form.show_problems(texts)
        pages = sorted({_PAGE_OF_FIELD.get(field, PAGE_OVERVIEW) for field in invalid.problems})
        self.problems.show()
        self.problems.setText(
            self.tr("Not saved: see the fields marked in red on %1.").replace(
                "%1", " / ".join(self.tabs.tabText(page) for page in pages)
            )
        )
        first = next(iter(invalid.problems))
        self.tabs.setCurrentIndex(_PAGE_OF_FIELD.get(first, PAGE_OVERVIEW))

    def accept(self) -> None:
        typed = self.current_form()
        settled = save_form(
            self,
            self.tr("the event"),
            lambda theirs: editing.save(self.db, over(typed, theirs)),
            self._show_invalid,
        )
        if settled is None:
            return  # still on the form: nothing saved, nothing lost
        self.saved = settled.now_saved
        if self.saved is None:
            self.reject()  # someone deleted it: nothing left to show
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget, db: Database, event_id: int | None) -> EventForm | None:
        """Create an event (``event_id`` None) or edit one; the saved form, or None."""
        form = EventForm() if event_id is None else editing.load_form(db, event_id)
        dialog = cls(db, form, parent)
        dialog.exec()
        return dialog.saved
