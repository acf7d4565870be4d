"""Where the bundled resources are: the source tree, or the PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


MINCHO_FILE = "ipaexm.ttf"
GOTHIC_FILE = "ipaexg.ttf"
