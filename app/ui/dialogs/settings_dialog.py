"""ファイル › 設定: language, backups kept, the staff name for the change history, and
whether the capture console keeps a remark's kind for the next remark."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.settings import Settings
from app.ui.widgets.label_sheet_combo import label_sheet_combo


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))

        self.backup_keep = QSpinBox(self)
        self.backup_keep.setObjectName("backup_keep")
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(settings.backup_keep)
        self.backup_keep.setSuffix(self.tr(" backups"))

        self.staff_name = QLineEdit(settings.staff_name, self)
        self.staff_name.setObjectName("staff_name")
        self.staff_name.setPlaceholderText(self.tr("e.g. Yamada (used in the change history)"))

        self.keep_remark_kind = QCheckBox(self.tr("Keep the remark kind for the next remark"))
        self.keep_remark_kind.setObjectName("keep_remark_kind")
        self.keep_remark_kind.setChecked(settings.keep_remark_kind)
        self.keep_remark_kind.setToolTip(
            self.tr(
                "In the Record tab: a question stays a question for the next remark, until "
                "you choose another kind (Ctrl+1 …). Off: each remark starts as an opinion."
            )
        )

        self.badge_sheet = label_sheet_combo(self, settings.badge_sheet)
        self.badge_sheet.setToolTip(
            self.tr("The label sheet name badges are printed on (also chosen when printing)")
        )

        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Automatic backups kept:"), self.backup_keep)
        form.addRow(self.tr("Your name:"), self.staff_name)
        form.addRow(self.tr("Minutes:"), self.keep_remark_kind)
        form.addRow(self.tr("Name badges:"), self.badge_sheet)
        note = QLabel(self.tr("A new language takes effect when the app is next started."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.setMinimumWidth(480)  # the name's hint and the check box whole, in Japanese
        layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.language = str(self.language.currentData())
        self.settings.backup_keep = self.backup_keep.value()
        self.settings.staff_name = self.staff_name.text()
        self.settings.keep_remark_kind = self.keep_remark_kind.isChecked()
        self.settings.badge_sheet = str(self.badge_sheet.currentData())
        if not self.settings.sync():  # they hold for this session, but not the next
            QMessageBox.critical(
                self,
                self.windowTitle(),
                self.tr(
                    "The settings were not saved: the settings file could not be written.\n%1\n"
                    "They apply until the app is closed. Check that the folder can be written "
                    "to, then save again."
                ).replace("%1", str(self.settings.path)),
            )
            return
        super().accept()

    @classmethod
    def run(cls, parent: QWidget, settings: Settings) -> Settings | None:
        """Show the dialog; the settings as saved, or None when the user cancelled."""
        return settings if cls(settings, parent).exec() == QDialog.DialogCode.Accepted else None
