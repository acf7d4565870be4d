"""Window sizes that fit the screen: a 1280×720 laptop leaves about 1280×680 above the
taskbar, and the title bar and borders take some 40 pixels more."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = (16, 40)  # borders; title bar and borders


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, smaller where the screen is smaller."""
    area = window.screen().availableGeometry()
    window.resize(
        min(width, area.width() - FRAME_ALLOWANCE[0]),
        min(height, area.height() - FRAME_ALLOWANCE[1]),
    )
