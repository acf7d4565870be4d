"""The meeting window and the print preview fit the screen they open on: on a 1280×720
laptop the key-hint line, the attendee list and the status bar are all inside the
window, and the window inside the screen. Where the user left them is remembered, and
restored only if it fits the screen now."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.settings import Settings
from app.storage.database import Database
from app.ui.app import make_application
from app.ui.dialogs.print_preview import PdfPreviewDialog
from app.ui.meeting.meeting_window import TAB_ATTENDANCE, TAB_CAPTURE, MeetingWindow
from app.ui.widgets import screen_fit
from tests.meeting_room import Room
from tests.ui.keyboard import show_active

LAPTOP = QRect(0, 0, 1280, 720)


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Every window opens on a 1280×720 screen (its available area)."""
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _window: QRect(LAPTOP))
    return LAPTOP


def _inside(widget: QWidget, window: QWidget) -> bool:
    """``widget`` is shown and all of it lies within ``window``'s area."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


def _meeting_window(qtbot: QtBot, db: Database, room: Room, settings: Settings) -> MeetingWindow:
    make_application()
    window = MeetingWindow(db, room.meeting_id, settings=settings)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.show_tab(TAB_CAPTURE)
    return window


def test_the_meeting_window_fits_a_laptop(
    qtbot: QtBot, db: Database, room: Room, settings: Settings, laptop: QRect
) -> None:
    window = _meeting_window(qtbot, db, room, settings)
    assert laptop.contains(window.frameGeometry())
    assert window.width() <= 0.9 * laptop.width() and window.height() <= 0.9 * laptop.height()
    view = window.console.view
    for part in (view.hint, view.notice, view.editor, view.speaker, view.attendees):
        assert _inside(part, window), part.objectName()
    assert _inside(window.statusBar(), window)
    rows = view.attendees.visualItemRect(view.attendees.item(0)).height()
    assert view.attendees.viewport().height() >= 5 * rows  # the attendee list is not cut off
    window.show_tab(TAB_ATTENDANCE)
    qtbot.waitUntil(window.attendance.guests.isVisible)
    assert _inside(window.attendance.guests, window)  # 事務局・来賓 below the members
    assert window.attendance.guests.height() >= 3 * rows


def test_a_big_screen_gets_the_size_the_window_wants(
    qtbot: QtBot, db: Database, room: Room, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _w: QRect(0, 0, 2560, 1400))
    window = _meeting_window(qtbot, db, room, settings)
    assert (window.width(), window.height()) == (1180, 800)


def test_where_it_was_left_is_restored_if_it_fits(
    qtbot: QtBot, db: Database, room: Room, settings: Settings, laptop: QRect
) -> None:
    settings.set_window_rect("meeting", QRect(40, 30, 1000, 600))
    window = _meeting_window(qtbot, db, room, settings)
    assert window.geometry() == QRect(40, 30, 1000, 600)
    window.setGeometry(QRect(60, 50, 900, 560))
    window.close()
    assert Settings(settings.path).window_rect("meeting") == QRect(60, 50, 900, 560)


def test_a_place_from_a_bigger_screen_is_not_restored(
    qtbot: QtBot, db: Database, room: Room, settings: Settings, laptop: QRect
) -> None:
    settings.set_window_rect("meeting", QRect(100, 80, 1800, 1000))  # the office monitor
    window = _meeting_window(qtbot, db, room, settings)
    assert laptop.contains(window.frameGeometry())


def test_the_print_preview_fits_a_laptop(qtbot: QtBot, settings: Settings, laptop: QRect) -> None:
    make_application()
    preview = PdfPreviewDialog(QPrinter(), [], None, settings)
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitExposed(preview)
    assert laptop.contains(preview.frameGeometry())
    assert preview.height() <= 0.9 * laptop.height()
    preview.move(30, 20)
    preview.reject()
    remembered = Settings(settings.path).window_rect("print_preview")
    assert remembered is not None and remembered.topLeft() == preview.geometry().topLeft()


_ON_A_REAL_SCREEN = """
import json, sys
from pathlib import Path
from app.settings import Settings
from app.storage.database import Database
from app.services.workspace import open_database
from app.ui.app import make_application
from app.ui.meeting.meeting_window import TAB_ATTENDANCE, TAB_CAPTURE, MeetingWindow
from tests.meeting_room import make_room

app = make_application()
folder = Path(sys.argv[1])
db = open_database(folder / "room.sqlite3", daily_backup=False)
room = make_room(db)
window = MeetingWindow(db, room.meeting_id, settings=Settings(folder / "settings.ini"))
window.show()
window.show_tab(TAB_CAPTURE)
for _ in range(50):
    app.processEvents()

def box(widget):
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height(), widget.isVisible()]

found = {
    "screen": list(app.primaryScreen().availableGeometry().getRect()),
    "frame": list(window.frameGeometry().getRect()),
    "window": [0, 0, window.width(), window.height()],
    "hint": box(window.console.view.hint),
    "status": box(window.statusBar()),
    "attendees": box(window.console.view.attendees),
}
window.show_tab(0)  # 出欠: the members, then the other attendees (事務局, 来賓)
for _ in range(50):
    app.processEvents()
found["guests"] = box(window.attendance.guests)
print(json.dumps(found))
db.close()
"""


def test_on_a_real_1280_by_720_screen(tmp_path: Path) -> None:
    """Qt's own screen lookup, on an offscreen screen of a laptop's size."""
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720}]})
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    done = subprocess.run(
        [sys.executable, "-c", _ON_A_REAL_SCREEN, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["screen"] == [0, 0, 1280, 720]
    assert QRect(*found["screen"]).contains(QRect(*found["frame"]))
    window = QRect(*found["window"])
    for part in ("hint", "status", "attendees", "guests"):
        x, y, width, height, visible = found[part]
        assert visible and window.contains(QRect(x, y, width, height)), part
