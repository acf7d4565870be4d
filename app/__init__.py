"""Jimukyoku Desk (事務局デスク): the desktop office of a council's secretariat."""

__version__ = "0.1.0"
APP_NAME = "jimukyoku"
APP_DISPLAY_NAME = "Jimukyoku Desk"
