"""実施事業: record what each organization did this fiscal year and plans for the next,
under the council's pillars; the 実施事業報告 is made from these records."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.activities import editing as activities
from app.services.activities.rows import ActivityInput, ActivityRow
from app.services.codes import ActivityState
from app.services.correspondence import listing as correspondence
from app.services.members import organizations
from app.services.problems import Invalid, NotSaved
from app.services.workspace import Database
from app.texts.labels import label
from app.texts.problems import problem_texts
from app.ui.dialogs.pillars_dialog import PillarsDialog
from app.ui.tablemodels.row_model import Column, RowTableModel
from app.ui.widgets.error_form import ErrorForm
from app.ui.widgets.save_failed import show_not_done, show_not_saved
from app.ui.widgets.window_size import resize_within_screen


def _columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("columns", "Fiscal year"),
            lambda r: correspondence.fiscal_year_label(r.fiscal_year),
            lambda r: r.fiscal_year,
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Organization"), lambda r: r.organization or "—"),
        Column(QT_TRANSLATE_NOOP("columns", "Pillar"), lambda r: r.pillar_code),
        Column(QT_TRANSLATE_NOOP("columns", "State"), lambda r: label(r.state)),
        Column(QT_TRANSLATE_NOOP("columns", "Activity"), lambda r: r.title, stretch=True),
    ]


class ActivitiesDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.saved: set[int] = set()  # activities added or deleted
        self.pillars_saved = False
        self.setWindowTitle(self.tr("Activities"))
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(activities.current_fiscal_year(db))
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.year_label = QLabel(self)
        self.model = RowTableModel(_columns(), self)
        self.view = QTableView(self)
        self.view.setObjectName("activities")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.organization = QComboBox(self)
        self.organization.setEditable(True)
        self.organization.setObjectName("organization")
        self.pillar = QComboBox(self)
        self.state = QComboBox(self)
        for state in ActivityState:
            self.state.addItem(label(state), state)
        self.title = QLineEdit(self)
        self.title.setObjectName("activity_title")
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3)
        self.description.setTabChangesFocus(True)  # Tab moves on, as in every form
        add = QPushButton(self.tr("Add (Ctrl+Enter)"), self)
        add.setShortcut("Ctrl+Return")
        add.clicked.connect(self.add_activity)
        remove = QPushButton(self.tr("Delete Selected"), self)
        remove.clicked.connect(self.remove_selected)
        pillars = QPushButton(self.tr("Edit Pillars…"), self)
        pillars.clicked.connect(self.edit_pillars)
        self.message = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Fiscal year"), self))
        top.addWidget(self.year)
        top.addWidget(self.year_label)
        top.addStretch(1)
        form = self.fields = ErrorForm(self)
        form.addRow(self.tr("Organization"), self.organization)
        form.addRow(self.tr("Pillar"), self.pillar)
        form.addRow(self.tr("Done or planned"), self.state)
        form.add_field("title", self.tr("Activity *"), self.title)
        form.addRow(self.tr("Details"), self.description)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(pillars)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        resize_within_screen(self, 900, 640)
        self._fill_choices()
        self.reload()

    def _fill_choices(self) -> None:
        self.organization.clear()
        self.organization.addItem(self.tr("(the council as a whole)"), None)
        for row in organizations.list_organizations(self.db):
            if not row.archived:
                self.organization.addItem(row.name, row.name)
        self.pillar.clear()
        self.pillar.addItem(self.tr("(no pillar)"), None)
        for code, name in activities.pillar_choices(self.db):
            self.pillar.addItem(f"{code}{name}", code)

    def reload(self) -> None:
        year = self.year.value()
        self.year_label.setText(
            self.tr("%1 done, %2 planned")
            .replace("%1", correspondence.fiscal_year_label(year))
            .replace("%2", correspondence.fiscal_year_label(year + 1))
        )
        self.model.set_rows(activities.list_for_year(self.db, year))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def add_activity(self) -> None:
        state = ActivityState(self.state.currentData())
        year = self.year.value() + (1 if state is ActivityState.PLANNED else 0)
        name = self.organization.currentText().strip()
        organization = (
            None
            if self.organization.currentData() is None
            and (not name or name == self.organization.itemText(0))
            else name
        )
        try:
            added = activities.add(
                self.db,
                ActivityInput(
                    organization,
                    year,
                    self.pillar.currentData(),
                    state,
                    self.title.text(),
                    self.description.toPlainText(),
                ),
            )
        except Invalid as invalid:
            self.fields.show_problems(problem_texts(invalid.problems))
            self.message.clear()
            self.title.setFocus()
            return
        except NotSaved as error:
            show_not_saved(self, self.tr("the activity"), error)
            return
        self.fields.show_problems({})
        self.saved.add(added)
        self.title.clear()
        self.description.clear()
        self.message.setText(self.tr("Recorded."))
        self.reload()

    def edit_pillars(self) -> None:
        """The council's pillars (方針), e.g. 【1】新たな価値の創造, in order."""
        pillars = list(activities.pillar_choices(self.db))
        while (edited := PillarsDialog.run(self, pillars)) is not None:
            try:
                activities.ensure_pillars(self.db, edited)
            except NotSaved as error:  # shown again as edited, to save once the cause is gone
                show_not_saved(self, self.tr("the pillars"), error)
                pillars = edited
                continue
            self.pillars_saved = True
            self._fill_choices()
            return

    def remove_selected(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            row: ActivityRow = self.model.row_at(index.row())
            try:
                activities.remove(self.db, row.id)
            except NotSaved as error:
                show_not_done(self, self.tr("Deleting the activity"), error)
                return
            self.saved.add(row.id)
            self.reload()

    @classmethod
    def run(cls, parent: QWidget, db: Database) -> tuple[int, ...] | None:
        """Show the activities of the current fiscal year until the user closes the dialog;
        returns the activities added or deleted (none when only the pillars changed), or
        None when nothing was saved."""
        dialog = cls(db, parent)
        dialog.exec()
        if not dialog.saved and not dialog.pillars_saved:
            return None
        return tuple(sorted(dialog.saved))
