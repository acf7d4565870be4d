"""Window sizes that fit the screen: a 1280×720 laptop leaves about 1280×680 above the
taskbar, and the title bar and borders take some 40 pixels more."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = (16, 40)  # borders; title bar and borders


def available_area(widget: QWidget) -> QRect:
    """The screen area (less the taskbar) where ``widget``'s window opens: its parent
    window's screen, else the primary one. (Not ``QWidget.screen()`` of a window not
    shown yet: under PySide6 that left the application crashing later.)"""
    parent = widget.parentWidget()
    handle = parent.window().windowHandle() if parent is not None else None
    screen = handle.screen() if handle is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, smaller where the screen is smaller."""
    area = available_area(window)
    window.resize(
        min(width, area.width() - FRAME_ALLOWANCE[0]),
        min(height, area.height() - FRAME_ALLOWANCE[1]),
    )
