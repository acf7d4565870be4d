"""After a crash: the remark that was being typed is in its meeting's capture draft. At
start-up the meeting's window opens on its record (記録) with the draft back in the
input, and a message says so (the status bar alone is easily missed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from app.services.desk import drafts

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow
    from app.ui.meeting.meeting_window import MeetingWindow


def resume_unfinished_capture(window: MainWindow) -> MeetingWindow | None:
    """Open the meeting whose remark was left unfinished (the latest, if several: the
    home tab offers the others), with a message; None when there is none."""
    if window.db.read_only:
        return None  # its record takes no input: the home tab still shows the draft
    captures = drafts.captures_in_progress(window.db)
    if not captures:
        return None
    latest = captures[0]
    meeting_window = window.open_capture(latest.meeting_id)
    if meeting_window is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("HomeTab", "Unfinished Remark Restored"),
        QCoreApplication.translate(
            "HomeTab",
            "The app closed while %1 was being recorded.\n\n"
            "The unfinished remark is back in the record, with its speaker: check it and go "
            "on typing.",
        ).replace("%1", latest.meeting_title),
        QMessageBox.StandardButton.Ok,
        meeting_window,
    )
    box.setObjectName("capture_restored")
    # wide enough for the meeting's title and the first sentence on one line
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 30em; }")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()  # not exec(): start-up goes on, the message stays until read
    return meeting_window
