"""持ち出し用に書き出す / 持ち帰りデータを取り込む, driven through the main window."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.models import Organization, Visit
from app.services.interchange import api as interchange
from app.services.workspace import Database
from app.settings import Settings
from app.texts import i18n
from app.ui.app import make_application
from app.ui.dialogs.export_package_dialog import ExportPackageDialog
from app.ui.dialogs.import_package_dialog import ImportPackageDialog
from app.ui.main_window import MainWindow
from tests.services.interchange.interchange_helpers import laptop
from tests.ui.keyboard import in_next_dialog


def _set_findings(db: Database, text: str) -> str:
    with db.transaction() as session:
        visit = session.scalars(select(Visit).order_by(Visit.start_on)).first()
        assert visit is not None
        visit.findings = text
        return visit.uuid


def _findings(db: Database, uuid: str) -> str:
    with db.session() as session:
        return session.scalars(select(Visit.findings).where(Visit.uuid == uuid)).one()


@pytest.fixture
def returned(db: Database, tmp_path: Path) -> tuple[Database, Path, str]:
    """The office with the demo; a laptop that took it, changed the visit and added a
    company, while the office changed the same visit: the package the laptop brings back."""
    demo.load_demo(db, today=DEMO_AS_OF)
    out, back = tmp_path / "out.zip", tmp_path / "back.zip"
    interchange.export_package(db, out)
    with laptop(tmp_path) as field:
        interchange.apply_import(field, interchange.read_package(out))
        visit = _set_findings(field, "現地で確認した受注の見通し")
        with field.transaction() as session:
            session.add(Organization(name="訪問先で出会った会社", reading="ほうもんさき"))
        interchange.export_package(field, back)
    _set_findings(db, "事務所で追記した所見")
    return db, back, visit


def _window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    make_application()
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _dialog() -> ImportPackageDialog:
    modal = QApplication.activeModalWidget()
    assert isinstance(modal, ImportPackageDialog)
    return modal


def test_the_summary_shows_the_changes_and_the_conflict_and_imports_the_choice(
    qtbot: QtBot, returned: tuple[Database, Path, str], settings: Settings
) -> None:
    db, package, visit = returned
    window = _window(qtbot, db, settings)
    seen: dict[str, object] = {}

    def choose_field_version_and_import() -> None:
        dialog = _dialog()
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        seen["texts"] = texts
        seen["before"] = _findings(db, visit)  # showing the summary changed nothing
        combo = dialog.findChild(QComboBox, f"choice_{visit}")
        assert combo is not None
        combo.setCurrentIndex(combo.findText("Take the field version"))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    in_next_dialog(choose_field_version_and_import)
    window.import_package(package)
    texts = seen["texts"]
    assert isinstance(texts, list)
    assert "Organizations" in texts and "<b>1</b>" in texts  # one company added
    assert "事務所で追記した所見" in texts and "現地で確認した受注の見通し" in texts
    assert seen["before"] == "事務所で追記した所見"
    assert _findings(db, visit) == "現地で確認した受注の見通し"
    with db.session() as session:
        assert session.scalars(
            select(Organization).where(Organization.name == "訪問先で出会った会社")
        ).one()
    assert "1 added" in window.statusBar().currentMessage()


def test_cancel_changes_nothing(
    qtbot: QtBot, returned: tuple[Database, Path, str], settings: Settings
) -> None:
    db, package, visit = returned
    window = _window(qtbot, db, settings)
    in_next_dialog(lambda: _dialog().reject())
    window.import_package(package)
    assert _findings(db, visit) == "事務所で追記した所見"
    with db.session() as session:
        assert not session.scalars(
            select(Organization).where(Organization.name == "訪問先で出会った会社")
        ).all()


def test_a_broken_file_is_explained(
    qtbot: QtBot,
    db: Database,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    window = _window(qtbot, db, settings)
    window.import_package(broken)
    assert len(shown) == 1 and "not valid JSON" in shown[0] and "Nothing was changed" in shown[0]


def test_export_dialog_writes_the_chosen_scope(
    qtbot: QtBot, db: Database, settings: Settings, tmp_path: Path
) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    window = _window(qtbot, db, settings)
    target = tmp_path / "持ち出し.zip"

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExportPackageDialog)
        dialog.path_edit.setText(str(target))
        dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("visits"))
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons is not None
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    in_next_dialog(fill_in)
    window.export_package_action.trigger()
    package = interchange.read_package(target)
    assert package.only == ("visits",) and package.entities["visit"]
    assert not package.entities["meeting"]
    assert "written" in window.statusBar().currentMessage()


def test_the_import_summary_is_in_japanese(
    qtbot: QtBot, returned: tuple[Database, Path, str]
) -> None:
    db, path, _visit = returned
    i18n.load("ja")
    app = make_application()
    installed = i18n.install(app)
    try:
        package = interchange.read_package(path)
        dialog = ImportPackageDialog(db, package, interchange.plan_import(db, package))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        texts += [combo.itemText(i) for combo in dialog.findChildren(QComboBox) for i in range(3)]
        texts.append(dialog.windowTitle())
        english = [t for t in texts if re.search(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>", "", t))]
        assert english == []
        assert "所属団体" in texts and "所見" in texts and "持ち帰りの版を採用する" in texts
        assert not dialog.grab().toImage().isNull()
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.load("en")
