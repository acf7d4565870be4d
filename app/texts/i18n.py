"""Qt Linguist translations for the GUI and the command line.

Source strings are English; ``resources/i18n/jimukyoku_ja.ts`` holds the Japanese,
compiled to ``.qm`` by ``pyside6-lrelease`` at install and build time. The command
line translates through :func:`translate` before any QApplication exists; the GUI
installs the same translator into its application so ``self.tr()`` uses it too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import i18n_dir

_state: dict[str, QTranslator | str | None] = {"translator": None, "language": "en"}


def system_language() -> str:
    """``en`` only when the system locale is explicitly another language.

    A Japanese locale gives ``ja``, and so does an unset (C/POSIX) locale: this is a
    product for Japanese secretariats.
    """
    language = QLocale.system().language()
    if language in (QLocale.Language.Japanese, QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "ja"
    return "en"


def choose_language(command_line: str | None, setting: str) -> str:
    """``--lang`` beats the setting, which beats the system locale."""
    for candidate in (command_line, setting):
        if candidate in ("ja", "en"):
            return candidate
    return system_language()


def qm_path(language: str) -> str:
    return str(i18n_dir() / f"jimukyoku_{language}.qm")


def load(language: str) -> bool:
    """Make ``language`` current. Returns False if its ``.qm`` could not be loaded."""
    _state["language"] = language
    _state["translator"] = None
    if language == "en":
        return True
    translator = QTranslator()
    if not translator.load(qm_path(language)):
        return False
    _state["translator"] = translator
    return True


def current_language() -> str:
    return str(_state["language"])


def translate(context: str, text: str) -> str:
    """Translate ``text`` (the English source) in ``context``; works with no QApplication."""
    translator = _state["translator"]
    if isinstance(translator, QTranslator):
        translated = translator.translate(context, text)
        if translated:
            return translated
    return text


def install(app: QCoreApplication) -> list[QTranslator]:
    """Install our translator and Qt's own (standard buttons, dialogs) into ``app``."""
    installed: list[QTranslator] = []
    ours = _state["translator"]
    if isinstance(ours, QTranslator):
        app.installTranslator(ours)
        installed.append(ours)
    language = current_language()
    if language != "en":
        qt_base = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_base)
            installed.append(qt_base)
    return installed
