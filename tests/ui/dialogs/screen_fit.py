"""Every dialog on a 1280×720 laptop screen, in Japanese: run as its own process
(``python -m tests.ui.dialogs.screen_fit OUT.json``) under an offscreen screen of the
size such a laptop leaves above its taskbar (1280×680), it writes what each dialog
measured. ``test_dialogs_fit_the_screen.py`` runs it and checks the numbers.

To check another window, add a factory to FACTORIES (name → build it from the demo).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.demo.data import DEMO_AS_OF
from app.services.workspace import Database

SCREEN = (1280, 680)  # 1280×720 less a 40-pixel taskbar: what windows may use
TITLE_BAR = 32  # offscreen windows have none; a desktop adds it above the frame
# Left out: the meeting window and the print preview are measured by their own tests.
LEFT_OUT = {"PdfPreviewDialog": "sized from the screen: tests/ui/meeting/test_window_fit.py"}


@dataclass
class Context:
    db: Database
    folder: Path


def _member(c: Context) -> QWidget:
    from app.services.members.editing import MemberForm
    from app.ui.dialogs.member_dialog import MemberDialog

    return MemberDialog(c.db, MemberForm())


def _member_edit(c: Context) -> QWidget:
    from app.services.members import editing, listing
    from app.ui.dialogs.member_dialog import MemberDialog

    first = listing.list_members(c.db)[0]
    return MemberDialog(c.db, editing.load_form(c.db, first.id))


def _meeting(c: Context) -> QWidget:
    from app.services.meetings.editing import MeetingForm
    from app.ui.dialogs.meeting_dialog import MeetingDialog

    return MeetingDialog(c.db, MeetingForm())


def _visit(c: Context) -> QWidget:
    from app.services.visits.editing import VisitForm
    from app.ui.dialogs.visit_dialog import VisitDialog

    return VisitDialog(c.db, VisitForm())


def _visit_edit(c: Context) -> QWidget:
    from app.services.visits import editing, listing
    from app.ui.dialogs.visit_dialog import VisitDialog

    first = listing.list_visits(c.db)[0]
    return VisitDialog(c.db, editing.load_form(c.db, first.id))


def _letter(direction: str) -> Callable[[Context], QWidget]:
    def build(c: Context) -> QWidget:
        from app.services.codes import CorrespondenceDirection
        from app.ui.dialogs.letter_dialog import LetterDialog

        return LetterDialog(c.db, CorrespondenceDirection(direction))

    return build


def _organization(c: Context) -> QWidget:
    from app.services.members.organizations import OrganizationForm
    from app.ui.dialogs.organization_dialog import OrganizationDialog

    return OrganizationDialog(c.db, OrganizationForm())


def _council(c: Context) -> QWidget:
    from app.services.council import editing
    from app.ui.dialogs.council_dialog import CouncilDialog

    return CouncilDialog(c.db, editing.load_form(c.db))


def _guest(c: Context) -> QWidget:
    from app.ui.meeting.guest_dialog import GuestDialog

    return GuestDialog()


def _event(c: Context) -> QWidget:
    from app.services.events.rows import EventForm
    from app.ui.events.event_dialog import EventDialog

    return EventDialog(c.db, EventForm())


def _participant(c: Context) -> QWidget:
    from app.services.events import editing
    from app.services.events.rows import EventForm, FeeInput, ParticipantForm
    from app.ui.events.participant_dialog import ParticipantDialog

    fees = (FeeInput("会員", "0"), FeeInput("一般", "1000"))
    event = editing.save(c.db, EventForm(title="セミナー", held_on="2026-11-20", fees=fees))
    assert event.id is not None
    return ParticipantDialog(c.db, event.id, ParticipantForm(), ["会員", "一般"])


def _with_db(module: str, name: str) -> Callable[[Context], QWidget]:
    def build(c: Context) -> QWidget:
        cls = getattr(__import__(module, fromlist=[name]), name)
        return cls(c.db)

    return build


def _attachments(c: Context) -> QWidget:
    from app.services.correspondence import listing
    from app.ui.dialogs.attachments_dialog import AttachmentsDialog

    first = listing.list_correspondence(c.db)[0]
    return AttachmentsDialog(c.db, first.id)


def _conflict(c: Context) -> QWidget:
    from app.services.members import editing, listing
    from app.services.problems import EditConflict
    from app.ui.dialogs.conflict_dialog import ConflictDialog

    first = listing.list_members(c.db)[0]
    saved = editing.load_form(c.db, first.id)
    editing.save(c.db, replace(saved, phone="0467-12-3456"))
    try:
        editing.save(c.db, replace(saved, email="saito@example.jp"))
    except EditConflict as conflict:
        return ConflictDialog(conflict)
    raise AssertionError("no conflict")


def _document(c: Context) -> QWidget:
    from app.services.meetings import listing
    from app.ui.dialogs.document_dialog import DocumentDialog

    first = listing.list_meetings(c.db)[0]
    return DocumentDialog(c.db, first.id)


def _gap_confirm(c: Context) -> QWidget:
    from app.ui.dialogs.gap_confirm_dialog import GapConfirmDialog

    lines = ["議題「その他」に発言がありません", "出欠が入力されていない委員が3名います"]
    return GapConfirmDialog("議事録", lines)


def _import_members(c: Context) -> QWidget:
    from app.services.members import roster_import
    from app.ui.dialogs.import_dialog import ImportDialog

    roster = c.folder / "名簿.csv"
    rows = [f"斉藤 {n}郎,さいとう {n}ろう,株式会社みなと精工" for n in range(40)]
    roster.write_text("氏名,ふりがな,所属\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return ImportDialog(c.db, roster_import.preview_import(c.db, roster))


def _import_applications(c: Context) -> QWidget:
    from app.services.events.applications.preview import read_application_file
    from app.ui.events.import_dialog import ImportApplicationsDialog
    from tests.event_applications import seminar, write_cp932

    path = write_cp932(c.folder, "申込一覧_ものづくりDXセミナー.csv")
    return ImportApplicationsDialog(c.db, seminar(c.db), read_application_file(path))


def _import_package(c: Context) -> QWidget:
    from app.services.interchange import api as interchange
    from app.services.workspace import open_database
    from app.ui.dialogs.import_package_dialog import ImportPackageDialog

    package_path = c.folder / "持ち出し.zip"
    interchange.export_package(c.db, package_path)
    empty = open_database(str(c.folder / "laptop.sqlite3"), daily_backup=False)
    package = interchange.read_package(package_path)
    return ImportPackageDialog(empty, package, interchange.plan_import(empty, package))


def _overwrite(c: Context) -> QWidget:
    from app.ui.dialogs.overwrite_dialog import OverwriteDialog

    return OverwriteDialog([c.folder / f"令和8年度 第{n}回定例会 議事録.docx" for n in (1, 2)])


def _pillars(c: Context) -> QWidget:
    from app.ui.dialogs.pillars_dialog import PillarsDialog

    return PillarsDialog([("【1】", "新たな価値の創造"), ("【2】", "人材の育成と確保")])


def _restore(c: Context) -> QWidget:
    from app.services.workspace import BackupInfo
    from app.ui.dialogs.restore_dialog import RestoreDialog

    backups = [
        BackupInfo(c.folder / f"jimukyoku-{n}.sqlite3", datetime(2026, 12, n), "daily", 2_400_000)
        for n in range(1, 8)
    ]
    return RestoreDialog(backups)


def _settings(c: Context) -> QWidget:
    from app.settings import Settings
    from app.ui.dialogs.settings_dialog import SettingsDialog

    return SettingsDialog(Settings(c.folder / "settings.ini"))


def _shortcuts(c: Context) -> QWidget:
    from app.settings import Settings
    from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from app.ui.main_window import MainWindow

    window = MainWindow(c.db, Settings(c.folder / "settings.ini"))
    return ShortcutsDialog(window, window.shortcut_groups(), window.current_tab_key())


def _startup(c: Context) -> QWidget:
    from app.ui.dialogs.startup_messages import StartupQuestion

    box = StartupQuestion()
    box.setText("データベースは別のウィンドウで開かれています。")
    return box


FACTORIES: dict[str, Callable[[Context], QWidget]] = {
    "MemberDialog": _member,
    "MemberDialog (edit)": _member_edit,
    "MeetingDialog": _meeting,
    "VisitDialog": _visit,
    "VisitDialog (edit)": _visit_edit,
    "LetterDialog (received)": _letter("incoming"),
    "LetterDialog (sent)": _letter("outgoing"),
    "OrganizationDialog": _organization,
    "CouncilDialog": _council,
    "GuestDialog": _guest,
    "EventDialog": _event,
    "ParticipantDialog": _participant,
    "AboutDialog": _with_db("app.ui.dialogs.about_dialog", "AboutDialog"),
    "ActivitiesDialog": _with_db("app.ui.dialogs.activities_dialog", "ActivitiesDialog"),
    "AttachmentsDialog": _attachments,
    "ConflictDialog": _conflict,
    "DocumentDialog": _document,
    "ExportPackageDialog": _with_db("app.ui.dialogs.export_package_dialog", "ExportPackageDialog"),
    "GapConfirmDialog": _gap_confirm,
    "ImportDialog": _import_members,
    "ImportApplicationsDialog": _import_applications,
    "ImportPackageDialog": _import_package,
    "OrganizationsDialog": _with_db("app.ui.dialogs.organizations_dialog", "OrganizationsDialog"),
    "OverwriteDialog": _overwrite,
    "PillarsDialog": _pillars,
    "ResponsesDialog": _with_db("app.ui.dialogs.responses_dialog", "ResponsesDialog"),
    "RestoreDialog": _restore,
    "SearchDialog": _with_db("app.ui.dialogs.search_dialog", "SearchDialog"),
    "SettingsDialog": _settings,
    "ShortcutsDialog": _shortcuts,
    "StartupQuestion": _startup,
}


def _squeezed(window: QWidget) -> list[str]:
    """Visible widgets smaller than their minimum size hint (cut-off text or fields).
    Left out: what a scroll area holds or is (it scrolls), and the parts inside spin
    boxes and combo boxes (the style sizes those)."""
    found = []
    inner = (QAbstractScrollArea, QAbstractSpinBox, QComboBox)
    for widget in window.findChildren(QWidget):
        if (
            not widget.isVisible()
            or isinstance(widget, QAbstractScrollArea)
            or any(isinstance(a, inner) for a in _ancestors(widget, window))
        ):
            continue
        need = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need.setHeight(widget.heightForWidth(widget.width()))
        if need.isValid() and (widget.width() < need.width() or widget.height() < need.height()):
            found.append(
                f"{type(widget).__name__} {widget.objectName() or _text(widget)!r}: "
                f"{widget.width()}×{widget.height()} < {need.width()}×{need.height()}"
            )
    return found


def _text(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    return str(text())[:20] if callable(text) else ""


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    result = []
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        result.append(parent)
        parent = parent.parentWidget()
    return result


def measure(name: str, window: QWidget) -> dict[str, object]:
    window.show()
    QApplication.processEvents()
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    return {
        "name": name,
        "available": [screen.width(), screen.height()],
        "frame": [frame.width(), frame.height()],
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "inside": screen.contains(frame),
        "squeezed": _squeezed(window),
        "tab_types": _tab_typing(window),
    }


def _tab_typing(window: QWidget) -> list[str]:
    """Editable multi-line fields where Tab types a tab instead of moving on."""
    return [
        f"{type(edit).__name__} {edit.objectName()!r}"
        for edit in [*window.findChildren(QPlainTextEdit), *window.findChildren(QTextEdit)]
        if not edit.isReadOnly() and not edit.tabChangesFocus()
    ]


def main(out: Path) -> None:
    from app.demo.loader import load_demo
    from app.services.workspace import open_database
    from app.texts import i18n
    from app.ui.app import make_application

    i18n.load("ja")
    app = make_application()
    i18n.install(app)
    results = []
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(str(Path(folder) / "demo.sqlite3"), daily_backup=False)
        load_demo(db, today=DEMO_AS_OF)
        for name, factory in FACTORIES.items():
            try:
                window = factory(Context(db, Path(folder)))
                results.append(measure(name, window))
                window.close()
                window.deleteLater()
            except Exception as error:  # reported as a failure of that dialog
                results.append({"name": name, "error": f"{type(error).__name__}: {error}"})
        db.close()
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
