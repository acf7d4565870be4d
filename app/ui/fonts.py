"""Register the bundled IPAex fonts so Japanese renders on a machine with no Japanese fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import GOTHIC_FILE, MINCHO_FILE, fonts_dir

UI_FAMILY = "IPAexGothic"
UI_POINT_SIZE = 10


class FontsMissing(Exception):
    """The bundled fonts are not where the build put them."""


def register_bundled_fonts() -> list[str]:
    """Add IPAex Gothic and Mincho to Qt's font database; return their family names."""
    families: list[str] = []
    for name in (GOTHIC_FILE, MINCHO_FILE):
        path = fonts_dir() / name
        if not path.is_file():
            raise FontsMissing(f"font file missing: {path} (run: python tools/fetch_fonts.py)")
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise FontsMissing(f"font file could not be loaded: {path}")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def apply_ui_font(app: QApplication) -> None:
    """Use IPAex Gothic for the whole UI: one look on every machine."""
    font = QFont(UI_FAMILY, UI_POINT_SIZE)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
