from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.members import organizations
from app.services.members.organizations import OrganizationForm
from app.services.problems import Problem
from app.storage.database import Database
from app.texts.problems import problem_text
from app.ui.app import make_application
from app.ui.dialogs.organization_dialog import OrganizationDialog
from app.ui.dialogs.organizations_dialog import OrganizationsDialog
from tests.meeting_room import Room
from tests.ui.keyboard import in_next_dialog, press, show_active, type_text


def _dialog(qtbot: QtBot, db: Database) -> OrganizationsDialog:
    make_application()
    dialog = OrganizationsDialog(db)
    show_active(qtbot, dialog)
    dialog.view.setFocus()
    return dialog


def test_add_an_organization_from_the_keyboard(qtbot: QtBot, db: Database, room: Room) -> None:
    dialog = _dialog(qtbot, db)
    assert dialog.proxy.rowCount() == 1

    def fill() -> None:
        type_text("綾瀬市商工会")
        press(qtbot, Qt.Key.Key_Tab)
        type_text("Ayase")  # not kana: refused with a message under the field
        press(qtbot, Qt.Key.Key_Return)
        modal = QApplication.activeModalWidget()
        assert modal is not None and modal.findChild(object, "error_reading").isVisible()
        press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text("あやせししょうこうかい")
        press(qtbot, Qt.Key.Key_Return)

    in_next_dialog(fill)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    names = [row.name for row in organizations.list_organizations(db)]
    assert names == ["綾瀬市商工会", "綾瀬精工株式会社"]
    assert dialog.proxy.rowCount() == 2
    assert dialog.current() is not None and dialog.current().name == "綾瀬市商工会"


def test_removing_an_organization_in_use_archives_it(
    qtbot: QtBot, db: Database, room: Room
) -> None:
    dialog = _dialog(qtbot, db)
    press(qtbot, Qt.Key.Key_Delete)
    assert "archived" in dialog.message.text()
    assert dialog.proxy.rowCount() == 0
    dialog.show_archived.setChecked(True)
    assert dialog.proxy.rowCount() == 1


def test_problems_are_shown_under_their_fields(qtbot: QtBot, db: Database, room: Room) -> None:
    make_application()
    dialog = OrganizationDialog(db, OrganizationForm())
    qtbot.addWidget(dialog)
    labels = dialog.fields.error_labels
    qtbot.keyClicks(dialog.edits["phone"], "abc")
    dialog.accept()
    assert dialog.saved is None
    assert labels["name"].isVisibleTo(dialog)
    assert labels["name"].text() == problem_text(Problem.MISSING)
    assert labels["phone"].text() == problem_text(Problem.BAD_PHONE)
    assert not labels["reading"].isVisibleTo(dialog)
    dialog.edits["name"].setText("綾瀬精工株式会社")  # the room's organization
    dialog.edits["phone"].clear()
    dialog.accept()
    assert labels["name"].text() == problem_text(Problem.DUPLICATE_ORGANIZATION)
    assert not labels["phone"].isVisibleTo(dialog)
    assert [row.name for row in organizations.list_organizations(db)] == ["綾瀬精工株式会社"]
