"""Icons are SVG files in resources/icons, loaded by name through :func:`icon`."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from app.resources import icons_dir


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if there is none)."""
    path = icons_dir() / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
