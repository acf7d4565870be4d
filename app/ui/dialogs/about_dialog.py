"""ヘルプ › バージョン情報: version, where the data is, and the licences of what we bundle."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import __version__
from app.services.workspace import Database, schema_revision


class AboutDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Jimukyoku Desk"))
        product = self.tr("Jimukyoku Desk")
        tagline = self.tr("The desktop office of a council secretariat.")
        data = self.tr("Data: %1").replace("%1", db.display_location)
        revision = self.tr("Schema revision: %1").replace("%1", schema_revision(db) or "-")
        fonts = self.tr("Japanese fonts: IPAex Mincho and IPAex Gothic (IPA Font License v1.0).")
        text = (
            f"<h3>{product} {__version__}</h3><p>{tagline}</p>"
            f"<p>{data}<br>{revision}</p>"
            f"<p>Qt {qVersion()} / PySide6 {PySide6.__version__}</p><p>{fonts}</p>"
        )
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @classmethod
    def run(cls, parent: QWidget, db: Database) -> None:
        """Show the version and the data's location until the user closes the dialog."""
        cls(db, parent).exec()
