"""Windows sized for the screen they open on: a laptop's 1366×768 or 1280×720 shows all
of a window (its key hints, its status bar), a big screen no more than it needs. Where
the user left a window is remembered, and restored only if it fits the screen now."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from app.settings import Settings

SCREEN_SHARE = 0.9  # at most this much of the available area, room left for the frame


def available_geometry(window: QWidget) -> QRect:
    """The available area (without task bars) of the screen ``window`` opens on: its
    parent's, else its own, else the primary screen's."""
    parent = window.parentWidget()
    screen = parent.window().screen() if parent is not None else window.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """``wanted``, shrunk to at most :data:`SCREEN_SHARE` of ``available`` each way."""
    return QSize(
        min(wanted.width(), int(available.width() * SCREEN_SHARE)),
        min(wanted.height(), int(available.height() * SCREEN_SHARE)),
    )


def place(window: QWidget, wanted: QSize, settings: Settings, name: str) -> None:
    """Give ``window`` its remembered geometry (``name``) if that fits the screen it opens
    on; else ``wanted``, shrunk to fit, in the middle of the screen."""
    available = available_geometry(window)
    remembered = settings.window_rect(name)
    if remembered is not None and available.contains(remembered):
        window.setGeometry(remembered)
        return
    size = fitted_size(wanted, available)
    window.resize(size)
    frame = QRect(available.topLeft(), size)
    frame.moveCenter(available.center())
    window.move(frame.topLeft())


def remember(window: QWidget, settings: Settings, name: str) -> None:
    """Keep where ``window`` is (not maximized or full screen: its normal geometry)."""
    rect = window.normalGeometry()
    settings.set_window_rect(name, rect if rect.isValid() else window.geometry())
