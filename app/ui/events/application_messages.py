"""The application import's exchanges with the clerk outside the dialog: choosing the
file, saying why it cannot be read, and what an import did."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.events.applications.preview import ApplicationFile, read_application_file
from app.services.events.applications.rows import ImportResult
from app.services.members.roster_file import RosterFileError
from app.texts.problems import read_error_text, roster_file_error_text
from app.ui import error_reporting


def read_file(parent: QWidget, path: Path) -> ApplicationFile | None:
    """The file read, or None after saying why it cannot be."""
    try:
        return read_application_file(path)
    except (RosterFileError, OSError) as error:
        error_reporting.log_handled(error, f"applications not read: {path}")
        reason = (
            roster_file_error_text(error)
            if isinstance(error, RosterFileError)
            else read_error_text(error)
        )
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ImportApplicationsDialog", "Import Applications"),
            QCoreApplication.translate(
                "ImportApplicationsDialog", "The file cannot be read: %1"
            ).replace("%1", reason),
        )
        return None


def choose_file(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ImportApplicationsDialog", "Import Applications"),
        "",
        QCoreApplication.translate(
            "ImportApplicationsDialog", "Application files (*.csv *.xlsx);;All files (*)"
        ),
    )
    return Path(name) if name else None


def result_text(result: ImportResult) -> str:
    """What the import did, for the clerk: the counts, then each merged application."""

    counts = [  # only what happened: no 「0件は…」
        (
            len(result.accepted),
            QCoreApplication.translate("ImportApplicationsDialog", "%1 accepted"),
        ),
        (
            len(result.waitlisted),
            QCoreApplication.translate("ImportApplicationsDialog", "%1 waitlisted"),
        ),
        (
            len(result.rejected_lines),
            QCoreApplication.translate(
                "ImportApplicationsDialog", "%1 not imported because of errors"
            ),
        ),
        (
            len(result.merged),
            QCoreApplication.translate(
                "ImportApplicationsDialog", "%1 merged into an earlier application"
            ),
        ),
    ]
    said = QCoreApplication.translate("ImportApplicationsDialog", ", ").join(
        text.replace("%1", str(count)) for count, text in counts if count
    )
    lines = [
        QCoreApplication.translate("ImportApplicationsDialog", "Imported: %1.").replace("%1", said)
    ]
    for merged in result.merged:
        into = (
            QCoreApplication.translate("ImportApplicationsDialog", "row %1").replace(
                "%1", str(merged.into_line)
            )
            if merged.into_line is not None
            else QCoreApplication.translate(
                "ImportApplicationsDialog", "participant no. %1"
            ).replace("%1", str(merged.into_number))
        )
        lines.append(
            QCoreApplication.translate(
                "ImportApplicationsDialog", "Row %1 (%2) applied again and was merged into %3."
            )
            .replace("%1", str(merged.line))
            .replace("%2", merged.name)
            .replace("%3", into)
        )
    if result.rejected_lines:
        lines.append(
            QCoreApplication.translate(
                "ImportApplicationsDialog", "Not imported (errors): rows %1"
            ).replace("%1", ", ".join(map(str, result.rejected_lines)))
        )
    return "\n".join(lines)
