"""Action icons: Phosphor glyphs from the font the qtawesome package carries."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from app.ui.app import make_application
from app.ui.icons import action_icon


def test_a_known_name_draws_a_glyph_and_an_unknown_one_nothing() -> None:
    make_application()
    image = action_icon("plus").pixmap(QSize(24, 24)).toImage()
    inked = [(x, y) for x in range(24) for y in range(24) if image.pixelColor(x, y).alpha() > 128]
    assert len(inked) > 20
    assert action_icon("no-such-icon").isNull()
    disabled = action_icon("plus").pixmap(QSize(24, 24), QIcon.Mode.Disabled).toImage()
    assert disabled != image  # greyed when the action is off


def test_icons_do_not_import_qtawesome() -> None:
    """Its import (qtpy's star imports, 24 fonts hashed) cost 0.3 s of every start."""
    code = (
        "import sys\n"
        "from app.ui.app import make_application\n"
        "make_application()\n"
        "from app.ui.icons import action_icon\n"
        "assert not action_icon('printer').isNull()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('qtawesome', 'qtpy')))\n"
    )
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": root, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
    )
    assert done.stdout.strip() == "[]"
