"""Sizing a window for its screen, and the remembered place read back only when sound."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

from app.settings import Settings
from app.ui.widgets.screen_fit import fitted_size


def test_a_window_takes_what_it_wants_up_to_nine_tenths_of_the_screen() -> None:
    laptop = QRect(0, 0, 1280, 720)
    assert fitted_size(QSize(1180, 800), laptop) == QSize(1152, 648)
    assert fitted_size(QSize(900, 1000), laptop) == QSize(900, 648)
    assert fitted_size(QSize(1180, 800), QRect(0, 0, 2560, 1400)) == QSize(1180, 800)


def test_a_remembered_place_is_read_back_only_when_it_is_a_rectangle(
    settings: Settings,
) -> None:
    assert settings.window_rect("meeting") is None
    settings.set_window_rect("meeting", QRect(-20, 10, 900, 600))  # a screen to the left
    assert settings.sync()
    assert Settings(settings.path).window_rect("meeting") == QRect(-20, 10, 900, 600)
    for stored in ("", "1,2,3", "a,b,c,d", "0,0,0,600", "0,0,900,-1", '"1,2,3,4,5"'):
        settings.path.write_text(f"[windows]\nmeeting={stored}\n", encoding="utf-8")
        assert Settings(settings.path).window_rect("meeting") is None, stored
    settings.path.write_text("[windows]\nmeeting=40, 30, 1000, 600\n", encoding="utf-8")
    assert Settings(settings.path).window_rect("meeting") == QRect(40, 30, 1000, 600)
