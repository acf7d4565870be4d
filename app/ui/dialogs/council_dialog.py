"""ファイル › 協議会の設定: the council's name and secretariat, the chair's title, the
wording of the minutes' title, the order of attendees, the documents' wave dash, and each
body's minutes style."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit, QWidget

from app.services.codes import AttendeeOrder, MinutesStyle
from app.services.council import editing
from app.services.council.rows import CouncilForm
from app.services.workspace import Database
from app.texts.labels import label
from app.texts.problems import problem_texts
from app.ui.dialogs.form_save import save_form
from app.ui.widgets.error_form import form_dialog

_TEXT_FIELDS = (
    "name",
    "short_name",
    "secretariat_name",
    "secretariat_phone",
    "secretariat_email",
    "secretariat_person",
    "notice_lead_days",
    "chair_title",
    "minutes_title",
)


def _choices(
    parent: QWidget, values: type[AttendeeOrder] | type[MinutesStyle], current: object
) -> QComboBox:
    combo = QComboBox(parent)
    for value in values:
        combo.addItem(label(value), value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class CouncilDialog(QDialog):
    def __init__(self, db: Database, form: CouncilForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.form = form
        self.saved: CouncilForm | None = None
        self.setWindowTitle(self.tr("Council Settings"))
        self.edits = {name: QLineEdit(str(getattr(form, name)), self) for name in _TEXT_FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(name)
        self.edits["short_name"].setPlaceholderText(self.tr("e.g. 綾イノ (for document numbers)"))
        self.edits["minutes_title"].setToolTip(
            self.tr(
                "{date}: the meeting's date, {council}: the council's name, {meeting}: "
                "the meeting's title"
            )
        )
        self.edits["secretariat_person"].setPlaceholderText(self.tr("e.g. 佐野 (named on letters)"))
        self.edits["notice_lead_days"].setPlaceholderText(self.tr("e.g. 14"))
        self.seal = QCheckBox(self.tr("Print 公印省略 under the sender"), self)
        self.seal.setObjectName("seal_omitted")
        self.seal.setChecked(form.seal_omitted)
        self.order = _choices(self, AttendeeOrder, form.attendee_order)
        self.order.setObjectName("attendee_order")
        self.wave = QComboBox(self)
        self.wave.setObjectName("wave_dash")
        self.wave.addItem(self.tr("～ (full-width tilde, as Windows types it)"), "～")
        self.wave.addItem(self.tr("〜 (wave dash, as macOS types it)"), "〜")
        self.wave.setCurrentIndex(max(self.wave.findData(form.wave_dash), 0))
        self.wave.setToolTip(self.tr("Every document prints this one form of 「～」"))
        self.styles = {
            body.id: _choices(self, MinutesStyle, body.minutes_style) for body in form.bodies
        }
        rows: list[tuple[str, str, QWidget]] = [
            ("name", self.tr("Council name *"), self.edits["name"]),
            ("short_name", self.tr("Short name"), self.edits["short_name"]),
            ("secretariat_name", self.tr("Secretariat"), self.edits["secretariat_name"]),
            ("secretariat_phone", self.tr("Phone"), self.edits["secretariat_phone"]),
            ("secretariat_email", self.tr("E-mail"), self.edits["secretariat_email"]),
            ("secretariat_person", self.tr("Person in charge"), self.edits["secretariat_person"]),
            ("seal_omitted", self.tr("Letters"), self.seal),
            (
                "notice_lead_days",
                self.tr("Notice sent (days before)"),
                self.edits["notice_lead_days"],
            ),
            ("chair_title", self.tr("Title of the chair *"), self.edits["chair_title"]),
            ("minutes_title", self.tr("Title of the minutes"), self.edits["minutes_title"]),
            ("attendee_order", self.tr("Order of attendees"), self.order),
            ("wave_dash", self.tr("Wave dash in documents"), self.wave),
        ]
        rows += [
            (
                f"body_{body.id}",
                self.tr("Minutes of %1").replace("%1", body.name),
                self.styles[body.id],
            )
            for body in form.bodies
        ]
        self.fields = form_dialog(self, rows, 520)

    def current_form(self) -> CouncilForm:
        text = {name: edit.text() for name, edit in self.edits.items()}
        form = replace(
            self.form,
            name=text["name"],
            short_name=text["short_name"],
            secretariat_name=text["secretariat_name"],
            secretariat_phone=text["secretariat_phone"],
            secretariat_email=text["secretariat_email"],
            secretariat_person=text["secretariat_person"],
            seal_omitted=self.seal.isChecked(),
            notice_lead_days=text["notice_lead_days"],
            chair_title=text["chair_title"],
            minutes_title=text["minutes_title"],
        )
        bodies = tuple(
            replace(body, minutes_style=MinutesStyle(self.styles[body.id].currentData()))
            for body in self.form.bodies
        )
        order = AttendeeOrder(self.order.currentData())
        wave = str(self.wave.currentData())
        return replace(form, attendee_order=order, wave_dash=wave, bodies=bodies)

    def accept(self) -> None:
        form = self.current_form()
        settled = save_form(
            self,
            self.tr("the council settings"),
            lambda theirs: editing.save(self.db, editing.over(form, theirs)),
            lambda invalid: self.fields.show_problems(problem_texts(invalid.problems)),
        )
        if settled is None:
            return  # still on the form: nothing saved, nothing lost
        self.saved = settled.now_saved  # mine, or theirs when kept
        super().accept()

    @classmethod
    def run(cls, parent: QWidget, db: Database) -> CouncilForm | None:
        """Edit the council's settings; the settings as saved, or None when cancelled."""
        dialog = cls(db, editing.load_form(db), parent)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
