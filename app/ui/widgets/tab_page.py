"""What the main window asks of each of its tabs, whether it lists records (ListTab) or
gathers them (the home tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget


class TabPage(QWidget):
    """A page of the main window's tabs: it loads when first shown, can be told to read
    again, goes read-only with the database, and shows a record a search found."""

    messageRequested = Signal(str)  # a short note for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loaded = False  # False again when the data was replaced: read on next show

    def take_focus(self) -> None:
        """Put the keyboard focus in the page (its list), so its keys work at once."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def ensure_loaded(self) -> None:
        """Read what it shows if it never did (or the data was replaced since)."""
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        """Read what it shows again."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """Turn off (or on again) what would write to the database."""
        del read_only  # a page that never writes has nothing to turn off

    def reveal(self, record_id: int, *, inside: bool) -> bool:
        """Show the record ``record_id`` (a search hit); False if it is not there."""
        del record_id, inside
        return False
