"""A visit (視察・訪問) in one dialog: overview, participants from the roster, host-side
attendees, the itinerary (reorder with Alt+↑/↓), findings, outcomes with figures, and
follow-up action items (they appear in the next meeting's 継続事項)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.capture.sources import VisitSource
from app.services.codes import VisitDirection
from app.services.members import listing as members
from app.services.problems import Invalid, NotSaved
from app.services.visits import editing as visit_editing
from app.services.visits.editing import VisitForm
from app.services.workspace import Database
from app.texts.labels import label
from app.texts.problems import problem_texts
from app.ui.capture.capture_console import CaptureConsole
from app.ui.dialogs.conflict_dialog import over
from app.ui.dialogs.form_save import save_form
from app.ui.widgets.date_fields import DateField
from app.ui.widgets.error_form import ErrorForm, chain_tabs
from app.ui.widgets.rows_editor import RowsEditor
from app.ui.widgets.save_failed import show_not_saved
from app.ui.widgets.window_size import resize_within_screen

_TAB_OF_FIELD = {
    "title": 0,
    "start_on": 0,
    "end_on": 0,
    "itinerary": 3,
    "figures": 4,
    "follow_ups": 4,
}


class VisitDialog(QDialog):
    def __init__(self, db: Database, form: VisitForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form = form
        self.saved: VisitForm | None = None
        self.setWindowTitle(self.tr("New Visit") if form.id is None else self.tr("Edit Visit"))
        self.error_forms: list[ErrorForm] = []  # one per tab that has fields to check
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._overview(), self.tr("Overview"))
        self.tabs.addTab(self._participants(), self.tr("Participants"))
        self.hosts = RowsEditor(
            [self.tr("Name"), self.tr("Affiliation"), self.tr("Title")], 1, self
        )
        self.hosts.set_rows(form.hosts)
        self.tabs.addTab(self.hosts, self.tr("Host attendees"))
        self.direction.currentIndexChanged.connect(self._on_direction_changed)
        self._on_direction_changed()
        self.itinerary = RowsEditor(
            [self.tr("Day"), self.tr("Time"), self.tr("Place"), self.tr("Content")], 3, self
        )
        self.itinerary.set_rows(form.itinerary)
        self.tabs.addTab(self._itinerary_page(), self.tr("Itinerary"))
        self.tabs.addTab(self._results(), self.tr("Results"))
        self.impressions: CaptureConsole | None = None
        self.impressions_start: QPushButton | None = None
        self.tabs.currentChanged.connect(self._on_tab_changed)
        if form.id is not None:
            self._add_impressions(form.id)
        else:  # impressions are recorded into a saved visit: one button saves it first
            self.tabs.addTab(self._impressions_start_page(), self._impressions_tab_text())
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.setWordWrap(True)
        self.problems.hide()  # no empty line above the buttons until there is news
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Enter belongs to the fields (and the console)
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        resize_within_screen(self, 860, 620)
        chain_tabs(self.overview_fields)
        for text in (self.findings, self.outcomes):  # creation order is the screen's here
            text.setTabChangesFocus(True)
        self.title.setFocus()  # the first field, not the tab bar

    def _impressions_tab_text(self) -> str:
        return self.tr("Impressions (live)")

    def _impressions_start_page(self) -> QWidget:
        page = QWidget(self)
        note = QLabel(
            self.tr(
                "Impressions are recorded into the saved visit, one remark at a time. "
                "Save the visit to start; this window stays open."
            ),
            page,
        )
        note.setWordWrap(True)
        self.impressions_start = QPushButton(self.tr("Save the Visit and Record Impressions"), page)
        self.impressions_start.setObjectName("start_impressions")
        self.impressions_start.setAutoDefault(False)
        self.impressions_start.clicked.connect(self._on_impressions_start_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.impressions_start, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _add_impressions(self, visit_id: int) -> CaptureConsole:
        """The console that records 感想 into the saved visit, as the last tab."""
        source = VisitSource(self.db, visit_id)
        self.impressions = CaptureConsole(self.db, None, self, source=source)
        self.impressions.messageRequested.connect(self._show_message)
        self.tabs.addTab(self.impressions, self._impressions_tab_text())
        return self.impressions

    def _on_impressions_start_clicked(self) -> None:
        """Save the new visit (the window stays open, as an edit of it) and record."""
        try:
            saved = visit_editing.save(self.db, self.current_form())
        except Invalid as invalid:
            self._show_invalid(invalid)
            return
        except NotSaved as error:
            show_not_saved(self, self.tr("the visit"), error)
            return
        assert saved.id is not None
        self.form = self.saved = saved
        self.setWindowTitle(self.tr("Edit Visit"))
        self._show_message(self.tr("The visit is saved: record the impressions."))
        start_page = self.impressions_start.parentWidget() if self.impressions_start else None
        assert start_page is not None
        console = self._add_impressions(saved.id)
        self.tabs.setCurrentWidget(console)
        self.tabs.removeTab(self.tabs.indexOf(start_page))
        start_page.deleteLater()
        self.impressions_start = None
        self._on_tab_changed(self.tabs.currentIndex())

    def _on_tab_changed(self, index: int) -> None:
        if self.impressions is not None and self.tabs.widget(index) is self.impressions:
            self.impressions.reload()
            self.impressions.focus_speaker()

    def _show_message(self, text: str) -> None:
        self.problems.setStyleSheet("color: palette(text);")
        self.problems.setText(text)
        self.problems.setVisible(bool(text))

    def done(self, result: int) -> None:
        if self.impressions is not None and not self.impressions.may_close():
            return  # closing never loses what is being typed without the user's word
        super().done(result)

    def _error_form(self, page: QWidget) -> ErrorForm:
        form = ErrorForm(page)
        page.setLayout(form)
        self.error_forms.append(form)
        return form

    def _overview(self) -> QWidget:
        page = QWidget(self)
        form = self._error_form(page)
        self.title = QLineEdit(self.form.title, page)
        self.title.setObjectName("title")
        self.direction = QComboBox(page)
        for direction in VisitDirection:
            self.direction.addItem(label(direction), direction)
        self.direction.setCurrentIndex(max(self.direction.findData(self.form.direction), 0))
        self.region = QLineEdit(self.form.region, page)
        self.start_on = DateField(page)
        self.start_on.setObjectName("start_on")
        if self.form.start_on:
            self.start_on.setText(self.form.start_on)
        self.end_on = DateField(page, optional=True)
        self.end_on.setObjectName("end_on")
        self.end_on.setText(self.form.end_on)
        self.start_on.changed.connect(self._on_start_changed)
        self._on_start_changed()
        self.organizations = QLineEdit("、".join(self.form.organizations), page)
        self.organizations.setObjectName("organizations")
        self.organizations.setPlaceholderText(self.tr("separate with 、 e.g. A市工業会、A市"))
        self.purpose = QPlainTextEdit(self.form.purpose, page)
        form.add_field("title", self.tr("Title *"), self.title)
        form.addRow(self.tr("Visit or hosting"), self.direction)
        form.addRow(self.tr("Region"), self.region)
        form.add_field("start_on", self.tr("From *"), self.start_on)
        form.add_field("end_on", self.tr("To"), self.end_on)
        self.organizations_label = QLabel(self.tr("Organizations"), page)
        form.addRow(self.organizations_label, self.organizations)
        form.addRow(self.tr("Purpose"), self.purpose)
        self.overview_fields: list[QWidget] = [
            self.title,
            self.direction,
            self.region,
            self.start_on,
            self.end_on,
            self.organizations,
            self.purpose,
        ]
        return page

    def _on_start_changed(self) -> None:
        """Ticking "Set" on the last day starts from the first day."""
        start = self.start_on.value()
        if start is not None:
            self.end_on.default = start

    def _on_direction_changed(self) -> None:
        """Received here, the other side are the visitors and the organizations ours."""
        incoming = self.direction.currentData() == VisitDirection.INCOMING
        self.tabs.setTabText(
            self.tabs.indexOf(self.hosts),
            self.tr("Visitors") if incoming else self.tr("Host attendees"),
        )
        self.organizations_label.setText(
            self.tr("Received at") if incoming else self.tr("Organizations")
        )

    def _participants(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.member_list = QListWidget(page)
        self.member_list.setObjectName("member_list")
        chosen = set(self.form.member_ids)
        for row in members.list_members(self.db, include_archived=False):
            item = QListWidgetItem(f"{row.full_name}（{row.organization_name}）", self.member_list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.id in chosen else Qt.CheckState.Unchecked
            )
        self.staff = RowsEditor([self.tr("Name"), self.tr("Affiliation")], 1, page)
        self.staff.set_rows(self.form.staff)
        layout.addWidget(QLabel(self.tr("Members (check who went; Space toggles)"), page))
        layout.addWidget(self.member_list, 2)
        layout.addWidget(QLabel(self.tr("Staff and others who are not members"), page))
        layout.addWidget(self.staff, 1)
        return page

    def _itinerary_page(self) -> QWidget:
        page = QWidget(self)
        self._error_form(page).add_field("itinerary", "", self.itinerary)
        return page

    def _results(self) -> QWidget:
        page = QWidget(self)
        form = self._error_form(page)
        self.findings = QPlainTextEdit(self.form.findings, page)
        self.outcomes = QPlainTextEdit(self.form.outcomes, page)
        self.figures = RowsEditor([self.tr("Item"), self.tr("Value"), self.tr("Unit")], 0, page)
        self.figures.set_rows(self.form.figures)
        self.follow_ups = RowsEditor([self.tr("Action"), self.tr("Owner"), self.tr("Due")], 0, page)
        self.follow_ups.set_rows(self.form.follow_ups)
        form.addRow(self.tr("Findings"), self.findings)
        form.addRow(self.tr("Outcomes"), self.outcomes)
        form.add_field("figures", self.tr("Figures"), self.figures)
        form.add_field("follow_ups", self.tr("Follow-up"), self.follow_ups)
        return page

    def checked_members(self) -> tuple[int, ...]:
        return tuple(
            self.member_list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.member_list.count())
            if self.member_list.item(n).checkState() == Qt.CheckState.Checked
        )

    def current_form(self) -> VisitForm:
        names = self.organizations.text().replace(",", "、").split("、")
        return replace(
            self.form,
            title=self.title.text(),
            direction=VisitDirection(self.direction.currentData()),
            region=self.region.text(),
            start_on=self.start_on.text(),
            end_on=self.end_on.text(),
            purpose=self.purpose.toPlainText(),
            findings=self.findings.toPlainText(),
            outcomes=self.outcomes.toPlainText(),
            organizations=tuple(n.strip() for n in names if n.strip()),
            member_ids=self.checked_members(),
            staff=tuple((r[0], r[1]) for r in self.staff.rows()),
            hosts=tuple((r[0], r[1], r[2]) for r in self.hosts.rows()),
            itinerary=tuple((r[0], r[1], r[2], r[3]) for r in self.itinerary.rows()),
            figures=tuple((r[0], r[1], r[2]) for r in self.figures.rows()),
            follow_ups=tuple((r[0], r[1], r[2]) for r in self.follow_ups.rows()),
        )

    def _show_invalid(self, invalid: Invalid) -> None:
        texts = problem_texts(invalid.problems)
        for form in self.error_forms:
            form.show_problems(texts)
        tabs = sorted({_TAB_OF_FIELD.get(field, 0) for field in invalid.problems})
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.show()
        self.problems.setText(
            self.tr("Not saved: see the fields marked in red on %1.").replace(
                "%1", " / ".join(self.tabs.tabText(tab) for tab in tabs)
            )
        )
        self.tabs.setCurrentIndex(_TAB_OF_FIELD.get(next(iter(invalid.problems)), 0))

    def accept(self) -> None:
        typed = self.current_form()
        settled = save_form(
            self,
            self.tr("the visit"),
            lambda theirs: visit_editing.save(self.db, over(typed, theirs)),
            self._show_invalid,
        )
        if settled is None:
            return  # still on the form: nothing saved, nothing lost
        # Kept theirs: the caller shows the record as the other person saved it.
        self.saved = settled.now_saved
        if self.saved is None:
            self.reject()  # they deleted it: nothing left to show
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget, db: Database, visit_id: int | None) -> VisitForm | None:
        form = VisitForm() if visit_id is None else visit_editing.load_form(db, visit_id)
        dialog = cls(db, form, parent)
        dialog.exec()
        return dialog.saved
