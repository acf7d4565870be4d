"""The question before someone on the waitlist, or cancelled, is let in at the door."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.events.reception_rows import ReceptionEntry
from app.ui.events.reception_texts import state_text


def confirm_admission(parent: QWidget, entry: ReceptionEntry) -> bool:
    """Ask before letting in someone waitlisted or cancelled (Y lets them in; Enter and
    Esc go back, so a hurried Enter never does it)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ReceptionWindow", "Check in"))
    box.setText(
        QCoreApplication.translate("ReceptionWindow", "%1 is %2. Let them in and check them in?")
        .replace("%1", entry.name)
        .replace("%2", state_text(entry))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ReceptionWindow", "They then count as attending, even beyond the capacity."
        )
    )
    admit = box.addButton(
        QCoreApplication.translate("ReceptionWindow", "&Yes, check in"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    back = box.addButton(
        QCoreApplication.translate("ReceptionWindow", "Back"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is admit
