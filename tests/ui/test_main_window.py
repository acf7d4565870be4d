"""The main window, driven with qtbot over a real database."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.workspace import Database
from app.settings import Settings
from app.texts import i18n
from app.ui.app import make_application
from app.ui.home.home_tab import HomeTab
from app.ui.main_window import MainWindow
from app.ui.widgets.list_tab import ListTab


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_demo(db, today=DEMO_AS_OF)
    return db


def _window(qtbot: QtBot, db: Database, settings: Settings) -> MainWindow:
    make_application()
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_every_tab_shows_its_rows(qtbot: QtBot, demo_db: Database, settings: Settings) -> None:
    window = _window(qtbot, demo_db, settings)
    assert window.tab_keys[0] == "home"  # the first tab, and the first shown
    assert window.current_tab_key() == "home"
    for number, key in enumerate(window.tab_keys, start=1):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_tab_key() == key
        tab = window.list_tabs[key]
        assert tab.loaded
        if isinstance(tab, HomeTab):  # gathers, lists nothing of its own
            assert any(box.lines.count() for box in tab.boxes.values())
            continue
        assert isinstance(tab, ListTab)
        assert tab.proxy.rowCount() > 0, key
        assert tab.stack.currentWidget() is tab.view


def test_meetings_are_sorted_newest_first(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    from app.ui.tablemodels.row_model import RowRole

    window = _window(qtbot, demo_db, settings)
    window.show_tab("meetings")
    proxy = window.list_tabs["meetings"].proxy
    dates = [proxy.index(row, 0).data(RowRole).held_on for row in range(proxy.rowCount())]
    assert len(dates) > 3
    assert dates == sorted(dates, reverse=True)


def test_filter_narrows_the_list(qtbot: QtBot, demo_db: Database, settings: Settings) -> None:
    window = _window(qtbot, demo_db, settings)
    window.show_tab("members")
    tab = window.list_tabs["members"]
    everyone = tab.proxy.rowCount()
    first_name = tab.proxy.index(0, 0).data()
    tab.filter_edit.setText(first_name)  # keyClicks cannot type kanji (no input method)
    assert 1 <= tab.proxy.rowCount() < everyone
    assert re.search(r"\d", tab.count_label.text())


def test_empty_database_shows_a_friendly_message(
    qtbot: QtBot, db: Database, settings: Settings
) -> None:
    window = _window(qtbot, db, settings)
    home = window.list_tabs[window.current_tab_key()]
    assert isinstance(home, HomeTab)
    assert home.all_clear.isVisible() and home.all_clear.text()
    for box in home.boxes.values():
        assert box.empty.isVisible() and box.empty.text()
    window.show_tab("members")
    tab = window.list_tabs["members"]
    assert isinstance(tab, ListTab)
    assert tab.stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text()


def test_status_bar_shows_the_location_and_last_save(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    assert demo_db.display_location in window.location_label.text()
    assert "Last saved" in window.saved_label.text()


def test_geometry_and_last_tab_are_remembered(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    window.show_tab("visits")
    width = max(700, window.minimumSizeHint().width())  # the offscreen screen is 800×600
    window.resize(width, 500)
    assert (window.width(), window.height()) == (width, 500)
    window.close()
    again = _window(qtbot, demo_db, Settings(settings.path))
    assert again.current_tab_key() == "visits"
    assert (again.width(), again.height()) == (width, 500)


def test_backup_action_makes_a_verified_backup(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    if demo_db.path is None:
        pytest.skip("backups of PostgreSQL are the server's job")
    window = _window(qtbot, demo_db, settings)
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=10000)
    backups = list((demo_db.path.parent / "backups").glob("*-manual.sqlite3"))
    assert len(backups) == 1
    assert "verified" in window.statusBar().currentMessage()


def test_todays_backup_is_made_in_the_background_once(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    window = _window(qtbot, demo_db, settings)
    window.backups.back_up_today_if_due()
    if demo_db.path is None:
        assert not window.backups.running  # PostgreSQL: the server's job
        return
    assert window.backups.running
    assert not window.backup_action.isEnabled()  # one backup at a time
    qtbot.waitUntil(lambda: not window.backups.running, timeout=20000)
    assert window.backup_action.isEnabled()
    assert "verified" in window.statusBar().currentMessage()
    window.backups.back_up_today_if_due()
    assert not window.backups.running
    daily = list((demo_db.path.parent / "backups").glob("*-daily.sqlite3"))
    assert len(daily) == 1


def test_closing_after_a_save_leaves_a_verified_backup(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    if demo_db.path is None:
        pytest.skip("backups of PostgreSQL are the server's job")
    window = _window(qtbot, demo_db, settings)
    window.close()
    session_backups = list((demo_db.path.parent / "backups").glob("*-session.sqlite3"))
    assert len(session_backups) == 1


def _visible_texts(window: MainWindow) -> list[str]:
    texts = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        if menu is not None:
            texts.extend(action.text() for action in menu.actions() if action.text())
    for tab in window.list_tabs.values():
        tab.ensure_loaded()
        if isinstance(tab, HomeTab):
            texts += [tab.date_label.text(), tab.all_clear.text(), tab.banner.button.text()]
            for box in tab.boxes.values():
                texts += [box.heading.text(), box.empty.text(), box.more.text()]
            continue
        assert isinstance(tab, ListTab)
        model = tab.view.model()
        texts.extend(
            model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(model.columnCount())
        )
        texts.append(tab.filter_edit.placeholderText())
        texts.append(tab.count_label.text())
    texts.append(window.saved_label.text())
    return texts


def test_ui_is_fully_japanese_with_ja(qtbot: QtBot, demo_db: Database, settings: Settings) -> None:
    i18n.load("ja")
    app = make_application()
    installed = i18n.install(app)
    try:
        window = _window(qtbot, demo_db, settings)
        texts = _visible_texts(window)
        assert [window.tabs.tabText(i) for i in range(6)] == [
            "ホーム",
            "委員",
            "会議",
            "視察・訪問",
            "行事",
            "文書",
        ]
        # Key names are the keyboard's own words: 「氏名・よみ・所属で絞り込み (Ctrl+L)」.
        ctrl_l = QKeySequence("Ctrl+L").toString(QKeySequence.SequenceFormat.NativeText)
        english = [
            text
            for text in texts
            if re.search(r"[A-Za-z]{3,}", text.replace("&", "").replace(ctrl_l, ""))
        ]
        assert english == []
        labels = {
            window.list_tabs["meetings"].proxy.index(row, 6).data()
            for row in range(window.list_tabs["meetings"].proxy.rowCount())
        }
        assert labels <= {"予定", "開催済", "議事録作成中", "承認済"}
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.load("en")


def test_ui_is_fully_english_with_en(qtbot: QtBot, demo_db: Database, settings: Settings) -> None:
    window = _window(qtbot, demo_db, settings)
    texts = _visible_texts(window)
    japanese = [text for text in texts if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text)]
    assert japanese == []
    assert [window.tabs.tabText(i) for i in range(6)] == [
        "Home",
        "Members",
        "Meetings",
        "Visits",
        "Events",
        "Correspondence",
    ]


def test_about_and_settings_dialogs_open(
    qtbot: QtBot, demo_db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.dialogs.about_dialog import AboutDialog
    from app.ui.dialogs.settings_dialog import SettingsDialog

    window = _window(qtbot, demo_db, settings)
    about = AboutDialog(demo_db, window)
    qtbot.addWidget(about)
    assert "Jimukyoku Desk" in about.label.text()
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    dialog.staff_name.setText("山田")
    dialog.accept()
    reread = Settings(settings.path)
    assert reread.language == "ja"
    assert reread.staff_name == "山田"


def test_screenshot_has_japanese_text_rendered(tmp_path: Path, db_target: str) -> None:
    from app.cli.run import main

    shot = tmp_path / "shot.png"
    settings = Settings(tmp_path / "s.ini")
    assert main(["--db", db_target, "demo"], settings=settings) == 0
    code = main(
        ["--lang", "ja", "--db", db_target, "gui", "--screenshot", str(shot), "--tab", "meetings"],
        settings=settings,
    )
    i18n.load("en")
    assert code == 0
    # The bundled font is what the UI uses, and it has the glyphs of the tab titles.
    from PySide6.QtGui import QFontDatabase, QFontMetrics

    assert "IPAexGothic" in QFontDatabase.families()
    font = QApplication.font()
    assert font.family() == "IPAexGothic"
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(char)) for char in "委員会議視察訪問文書")
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank window: many distinct colours means text and table lines were drawn.
    colours = {image.pixel(x, y) for x in range(0, 1280, 7) for y in range(0, 800, 7)}
    assert len(colours) > 20


def test_second_gui_on_the_same_database_is_told_it_is_in_use(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.services.workspace import open_database
    from app.ui.app import EXIT_IN_USE, run_gui
    from app.ui.dialogs.startup_messages import Choice, StartupQuestion

    target = tmp_path / "busy.sqlite3"
    first = open_database(target, daily_backup=False)
    shown: list[tuple[str, tuple[Choice, ...]]] = []

    def answer(_parent, _title, text, choices, **_kw):  # type: ignore[no-untyped-def]
        shown.append((text, tuple(choices)))
        return Choice.QUIT

    monkeypatch.setattr(StartupQuestion, "run", answer)
    try:
        code = run_gui(str(target), Settings(tmp_path / "s.ini"))
    finally:
        first.close()
    assert code == EXIT_IN_USE
    assert shown and "already open" in shown[0][0]
    assert shown[0][1] == (Choice.SWITCH, Choice.READ_ONLY, Choice.QUIT)
    err = capsys.readouterr().err
    assert "already open" in err and "process" in err


def test_member_filters_by_kana_role_and_archive(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    from app.services.codes import CouncilRole
    from app.ui.tablemodels.row_model import RowRole

    window = _window(qtbot, demo_db, settings)
    window.show_tab("members")
    tab = window.list_tabs["members"]

    def shown() -> list:  # type: ignore[type-arg]
        return [tab.proxy.index(row, 0).data(RowRole) for row in range(tab.proxy.rowCount())]

    assert not any(row.archived for row in shown())  # archived members hidden by default
    tab.archived_filter.setChecked(True)
    assert any(row.archived for row in shown())
    tab.role_filter.setCurrentIndex(tab.role_filter.findData(CouncilRole.CHAIR))
    assert [row.council_role for row in shown()] == [CouncilRole.CHAIR]
    tab.role_filter.setCurrentIndex(0)
    someone = shown()[0]
    katakana = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in someone.reading)
    tab.filter_edit.setText(katakana)  # カナ finds かな
    assert someone in shown()
    assert len(shown()) < tab.model.total_rows()


def test_meeting_filters_by_body_fiscal_year_and_status(
    qtbot: QtBot, demo_db: Database, settings: Settings
) -> None:
    from app.services.codes import MeetingStatus
    from app.ui.tablemodels.row_model import RowRole

    window = _window(qtbot, demo_db, settings)
    window.show_tab("meetings")
    tab = window.list_tabs["meetings"]

    def shown() -> list:  # type: ignore[type-arg]
        return [tab.proxy.index(row, 0).data(RowRole) for row in range(tab.proxy.rowCount())]

    everything = len(shown())
    years = [tab.year_filter.itemText(i) for i in range(tab.year_filter.count())]
    assert "令和7年度" in years
    tab.year_filter.setCurrentIndex(tab.year_filter.findText("令和7年度"))
    assert {row.fiscal_year for row in shown()} == {2025}
    assert len(shown()) < everything
    tab.body_filter.setCurrentIndex(tab.body_filter.findText("人材育成部会"))
    assert {row.body_name for row in shown()} == {"人材育成部会"}
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(MeetingStatus.PLANNED))
    assert shown() == []
    tab.body_filter.setCurrentIndex(0)
    assert {row.status for row in shown()} == {MeetingStatus.PLANNED}


def test_the_staff_name_from_settings_signs_the_audit_trail(
    qtbot: QtBot, db: Database, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.services.audit import trail as audit_trail
    from app.ui.dialogs.settings_dialog import SettingsDialog

    settings.staff_name = "事務局 山口"
    window = _window(qtbot, db, settings)
    with db.session() as session:
        assert audit_trail.current_actor(session) == "事務局 山口"

    def rename(_parent: object, edited: Settings) -> Settings:
        edited.staff_name = "事務局 大野"
        return edited

    monkeypatch.setattr(SettingsDialog, "run", rename)
    window.settings_action.trigger()  # Settings… (Ctrl+,)
    with db.session() as session:
        assert audit_trail.current_actor(session) == "事務局 大野"


def test_an_unknown_tab_is_refused_with_the_tabs_there_are(
    tmp_path: Path, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli.run import main

    settings = Settings(tmp_path / "s.ini")
    shot = tmp_path / "shot.png"
    code = main(
        ["--lang", "en", "--db", db_target, "gui", "--screenshot", str(shot), "--tab", "nope"],
        settings=settings,
    )
    assert code == 2 and not shot.exists()
    assert "home, members, meetings, visits, events, correspondence" in capsys.readouterr().err
