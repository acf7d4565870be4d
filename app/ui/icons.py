"""Icons: the application's own mark (an SVG in resources/icons, :func:`icon`) and the
icons of the actions (:func:`action_icon`), all from ONE set, Phosphor, through the
``qtawesome`` package.

Why a package and not SVG files in resources/icons: the product is proprietary and we do
not commit files copied from another project. ``qtawesome`` (MIT, maintained by the Spyder
team) ships the Phosphor icon font (MIT) and draws its glyphs at any size, so the set is
installed by pip, its licences travel with the wheel, and PyInstaller collects its fonts
(build.spec). Phosphor is one consistent outline style with every icon a desk needs
(people, calendar, letters, paper clip, printer). The glyphs are painted in the palette's
button text colour, so they follow a light or a dark theme; a toolbar asks again for its
icons when the palette changes (``ActionToolBar``).
"""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from app.resources import icons_dir

ICON_SET = "ph"  # Phosphor, regular weight: "ph.<name>"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if there is none)."""
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def action_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The Phosphor icon ``name`` (e.g. ``"plus"``, ``"pencil-simple"``) drawn in the
    button text colour of ``palette`` (the application's by default), greyed when off."""
    if palette is None:
        palette = QGuiApplication.palette()
    return _glyph(
        name,
        palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText).name(),
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name(),
    )


@cache
def _glyph(name: str, color: str, color_disabled: str) -> QIcon:
    # qtawesome reaches Qt through qtpy, which would take PyQt5 if that is installed too.
    os.environ.setdefault("QT_API", "pyside6")
    import qtawesome  # imported on first use: not needed before the first toolbar

    found: QIcon = qtawesome.icon(
        f"{ICON_SET}.{name}", color=QColor(color), color_disabled=QColor(color_disabled)
    )
    return found
