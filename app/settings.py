"""User preferences: one small typed class over an INI ``QSettings``; path injectable for tests."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QByteArray, QRect, QSettings

from app import APP_NAME

LANGUAGES = ("ja", "en")


def default_settings_path() -> Path:
    override = os.environ.get("JIMUKYOKU_CONFIG_DIR")
    folder = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))
    return folder / "settings.ini"


def _create_private(path: Path) -> None:
    """Create the settings file owner-only (0600, its folder 0700) before Qt writes it:
    Qt would make them 0644/0755, and keeps the mode of a file that exists. They hold
    the staff member's name. Nothing to do when the folder cannot be made (Qt says so)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except OSError:
        pass  # exists already, or a read-only place: QSettings reports its own status


class Settings:
    """Typed access to the few preferences the app keeps between runs."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_settings_path()
        _create_private(self.path)
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> bool:
        """Write the settings to their file now; False when it could not be written."""
        self._qsettings.sync()
        return self._qsettings.status() == QSettings.Status.NoError

    def _str(self, key: str, default: str = "") -> str:
        value = self._qsettings.value(key, default)
        return str(value) if value is not None else default

    def _int(self, key: str, default: int) -> int:
        try:
            return int(str(self._qsettings.value(key, default)))
        except (TypeError, ValueError):
            return default

    def _bool(self, key: str, default: bool) -> bool:
        value = self._qsettings.value(key, default)
        if isinstance(value, str):  # an INI file holds text
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    @property
    def language(self) -> str:
        """``ja``, ``en``, or empty for "follow the system"."""
        value = self._str("ui/language")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._qsettings.setValue("ui/language", value if value in LANGUAGES else "")

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._qsettings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qsettings.setValue("window/state", value)

    def window_rect(self, name: str) -> QRect | None:
        """Where the window ``name`` (a meeting window, the print preview) was last left;
        None when never, or when what is stored is no rectangle."""
        value = self._qsettings.value(f"windows/{name}", "")
        # written quoted; an INI file edited by hand may hold it as a list (1,2,3,4)
        parts = [str(part) for part in value] if isinstance(value, list) else str(value).split(",")
        try:
            x, y, width, height = (int(part) for part in parts)
        except ValueError:
            return None
        return QRect(x, y, width, height) if width > 0 and height > 0 else None

    def set_window_rect(self, name: str, rect: QRect) -> None:
        self._qsettings.setValue(
            f"windows/{name}", f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}"
        )

    def splitter_state(self, tab: str) -> QByteArray | None:
        """How the tab ``tab`` shares its width between the list and the detail pane."""
        value = self._qsettings.value(f"window/splitter_{tab}")
        return value if isinstance(value, QByteArray) else None

    def set_splitter_state(self, tab: str, value: QByteArray) -> None:
        self._qsettings.setValue(f"window/splitter_{tab}", value)

    @property
    def last_tab(self) -> str:
        return self._str("window/last_tab", "home")

    @last_tab.setter
    def last_tab(self, value: str) -> None:
        self._qsettings.setValue("window/last_tab", value)

    @property
    def backup_keep(self) -> int:
        """How many automatic backups to keep (rotation)."""
        return max(1, min(self._int("backup/keep", 14), 365))

    @backup_keep.setter
    def backup_keep(self, value: int) -> None:
        self._qsettings.setValue("backup/keep", max(1, min(int(value), 365)))

    @property
    def staff_name(self) -> str:
        """The staff member's name for the audit trail (else the OS user)."""
        return self._str("user/staff_name")

    @staff_name.setter
    def staff_name(self, value: str) -> None:
        self._qsettings.setValue("user/staff_name", value.strip())

    @property
    def keep_remark_kind(self) -> bool:
        """The capture console keeps a remark's kind (質問, 回答 …) for the next remark
        (off: each remark starts as the first kind, 意見)."""
        return self._bool("capture/keep_remark_kind", False)

    @keep_remark_kind.setter
    def keep_remark_kind(self, value: bool) -> None:
        self._qsettings.setValue("capture/keep_remark_kind", bool(value))

    @property
    def badge_sheet(self) -> str:
        """The label sheet name badges are printed on: 「10」 (10面, the default) or 「12」;
        their geometry is one table (``app.documents.builders.event_badges.SHEETS``)."""
        return self._str("documents/badge_sheet", "10")

    @badge_sheet.setter
    def badge_sheet(self, value: str) -> None:
        self._qsettings.setValue("documents/badge_sheet", value)
