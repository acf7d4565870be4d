"""Icons: the application's own mark (an SVG in resources/icons, :func:`icon`) and the
icons of the actions (:func:`action_icon`), all from ONE set, Phosphor, which the
``qtawesome`` package ships.

Why a package and not SVG files in resources/icons: the product is proprietary and we do
not commit files copied from another project. ``qtawesome`` (MIT, maintained by the Spyder
team) is installed by pip and carries the Phosphor icon font (MIT) with its charmap;
PyInstaller collects them (build.spec). Phosphor is one consistent outline style with
every icon a desk needs (people, calendar, letters, paper clip, printer).

We read the font and the charmap from the installed package and draw the glyphs here
(:class:`_GlyphEngine`, what ``qtawesome.icon`` does) rather than import ``qtawesome``:
its import goes through ``qtpy``, which star-imports QtCore, QtGui and QtWidgets, and it
loads and hashes all 24 of its fonts: 0.3–0.45 s added to every start for 25 icons.

The glyphs are painted in the palette's button text colour (greyed when off, highlighted
text when selected), so they follow a light or a dark theme; a toolbar asks again for its
icons when the palette changes (``ActionToolBar``).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from app.resources import icons_dir

ICON_PACKAGE = "qtawesome"
ICON_FONT = "phosphor"  # Phosphor, regular weight: fonts/phosphor-<version>.ttf


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if there is none)."""
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def action_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The Phosphor icon ``name`` (e.g. ``"plus"``, ``"pencil-simple"``) drawn in the
    button text colour of ``palette`` (the application's by default); an empty icon if
    the set has no such icon."""
    if palette is None:
        palette = QGuiApplication.palette()
    group, role = QPalette.ColorGroup, QPalette.ColorRole
    return _glyph_icon(
        name,
        palette.color(group.Active, role.ButtonText).name(),
        palette.color(group.Disabled, role.ButtonText).name(),
        palette.color(group.Active, role.HighlightedText).name(),
    )


@cache
def _glyph_icon(name: str, normal: str, disabled: str, selected: str) -> QIcon:
    font = _icon_font()
    if font is None or name not in font[1]:
        return QIcon()
    colours = {
        QIcon.Mode.Normal: QColor(normal),
        QIcon.Mode.Active: QColor(normal),
        QIcon.Mode.Disabled: QColor(disabled),
        QIcon.Mode.Selected: QColor(selected),
    }
    return QIcon(_GlyphEngine(font[0], font[1][name], colours))


@cache
def _icon_font() -> tuple[str, dict[str, str]] | None:
    """The font family and the name → character map, or None if the files are missing."""
    folder = _fonts_dir()
    fonts = sorted(folder.glob(f"{ICON_FONT}-[0-9]*.ttf"))
    charmaps = sorted(folder.glob(f"{ICON_FONT}-charmap-*.json"))
    if not fonts or not charmaps:
        return None
    font_id = QFontDatabase.addApplicationFont(str(fonts[-1]))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    codes: dict[str, str] = json.loads(charmaps[-1].read_text(encoding="utf-8"))
    return families[0], {name: chr(int(code, 16)) for name, code in codes.items()}


def _fonts_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / ICON_PACKAGE / "fonts"
    spec = importlib.util.find_spec(ICON_PACKAGE)  # finds it without importing it
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) / "fonts" if locations else Path()


class _GlyphEngine(QIconEngine):
    """Draws one character of the icon font, centred, as tall as the icon."""

    def __init__(self, family: str, character: str, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self._family = family
        self._character = character
        self._colours = colours

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(self._family)
        font.setPixelSize(max(1, rect.height()))
        painter.save()
        painter.setFont(font)
        painter.setPen(self._colours[mode])
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._character)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._family, self._character, self._colours)
