"""A walk-in (当日参加): name, reading, organisation, fee category, the get-together
(懇親会) when the event charges it apart, and how the fee is settled; saving records
them and checks them in at once. Tab goes down the fields, Enter saves, Esc goes back
with nothing written."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.events import checkin
from app.services.events.dues import amount_due, is_reception_fee, reception_fee
from app.services.events.reception_rows import CheckedIn, DoorPayment
from app.services.events.rows import ParticipantForm
from app.services.problems import Invalid, NotSaved
from app.services.workspace import Database
from app.texts.problems import problem_texts
from app.ui.events.reception_panel import sized
from app.ui.events.reception_texts import yen
from app.ui.widgets.error_form import ErrorForm, chain_tabs
from app.ui.widgets.save_failed import show_not_saved


class WalkInDialog(QDialog):
    def __init__(
        self,
        db: Database,
        event_id: int,
        fees: list[tuple[str, int]],
        parent: QWidget | None = None,
        *,
        name: str = "",
        reading: str = "",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.event_id = event_id
        self.result_: CheckedIn | None = None
        self.setWindowTitle(self.tr("Walk-in"))
        sized(self, 12)  # the door's window is large; its form is not small print
        self.name = QLineEdit(name, self)
        self.name.setObjectName("name")
        self.reading = QLineEdit(reading, self)
        self.reading.setObjectName("reading")
        self.reading.setPlaceholderText(self.tr("e.g. やまだ たろう"))
        self.organization = QLineEdit(self)
        self.organization.setObjectName("organization_name")
        self.category = QComboBox(self)
        self.category.setObjectName("fee_category")
        self.fees = dict(fees)
        # a get-together charged apart is a box to tick, not a category to choose
        receptions = [(category, amount) for category, amount in fees if is_reception_fee(category)]
        categories = [row for row in fees if row not in receptions]
        # only when there is a category to add it to (else the 懇親会 is the category)
        self.has_reception = bool(receptions and categories)
        for category, amount in categories or receptions:
            self.category.addItem(f"{category}　{yen(amount)}", category)
        if not fees:
            self.category.addItem(self.tr("(no fee)"), "")
        self.joins_reception = QCheckBox(self)
        self.joins_reception.setObjectName("joins_reception")
        self.payment = QComboBox(self)
        self.payment.setObjectName("payment")
        self.payment.addItem(self.tr("Received in cash"), DoorPayment.RECEIVED)
        self.payment.addItem(self.tr("Waived"), DoorPayment.WAIVED)
        self.payment.addItem(self.tr("Pay later"), DoorPayment.LATER)
        self.category.currentIndexChanged.connect(self._show_due)
        self.joins_reception.toggled.connect(self._show_due)
        self._show_due()
        self.fields = ErrorForm(self)  # five or six rows: no scrolling, it grows with a problem
        rows = [
            ("name", self.tr("Name *"), self.name),
            ("reading", self.tr("Reading (kana)"), self.reading),
            ("organization_name", self.tr("Organization"), self.organization),
            ("fee_category", self.tr("Fee category"), self.category),
            ("joins_reception", self.tr("Get-together"), self.joins_reception),
            ("payment", self.tr("Fee"), self.payment),
        ]
        for key, caption, widget in rows:
            if widget is not self.joins_reception or self.has_reception:
                self.fields.add_field(key, caption, widget)
        self.joins_reception.setVisible(self.has_reception)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        save = box.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Check in"))
        save.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.fields)
        layout.addWidget(box)
        self.setMinimumWidth(460)
        chain_tabs(self.fields.fields)
        (self.reading if name and not reading else self.name).setFocus()

    def form(self) -> ParticipantForm:
        return ParticipantForm(
            name=self.name.text(),
            reading=self.reading.text(),
            organization_name=self.organization.text(),
            fee_category=str(self.category.currentData() or ""),
            joins_reception=self.joins_reception.isChecked(),
        )

    def due(self) -> int:
        """What the walk-in owes as the form stands."""
        form = self.form()
        return amount_due(self.fees, form.fee_category, form.joins_reception) or 0

    def _show_due(self) -> None:
        """The box names the get-together fee of the category chosen (懇親会（一般）
        3,000円), and the cash item says how much to take: 「現金で受領（4,000円）」."""
        extra = reception_fee(self.fees, str(self.category.currentData() or ""))
        if extra is not None:
            self.joins_reception.setText(
                self.tr("Also the %1 (%2)").replace("%1", extra[0]).replace("%2", yen(extra[1]))
            )
        due = self.due()
        text = self.tr("Received in cash")
        if due:
            text = self.tr("Received in cash (%1)").replace("%1", yen(due))
        self.payment.setItemText(0, text)

    def accept(self) -> None:
        try:
            self.result_ = checkin.walk_in(
                self.db, self.event_id, self.form(), DoorPayment(self.payment.currentData())
            )
        except Invalid as invalid:
            self.fields.show_problems(problem_texts(invalid.problems))
            return
        except NotSaved as error:
            show_not_saved(self, self.tr("the walk-in"), error)
            return
        super().accept()

    @classmethod
    def run(
        cls,
        parent: QWidget,
        db: Database,
        event_id: int,
        fees: list[tuple[str, int]],
        *,
        name: str = "",
        reading: str = "",
    ) -> CheckedIn | None:
        """Ask for a walk-in and check them in; None if the clerk went back."""
        dialog = cls(db, event_id, fees, parent, name=name, reading=reading)
        dialog.exec()
        return dialog.result_
