"""Every dialog fits a 1280×720 laptop screen in Japanese, with nothing cut off, and
Tab moves on from its multi-line fields.

The dialogs are built in a separate process whose offscreen screen has that size
(Qt's screen cannot change once the test application exists); see screen_fit.py.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.dialogs.screen_fit import FACTORIES, LEFT_OUT, SCREEN, TITLE_BAR

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def measured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("screen")
    config = folder / "screen.json"
    width, height = SCREEN
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    out = folder / "measured.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    subprocess.run(
        [sys.executable, "-m", "tests.ui.dialogs.screen_fit", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )
    return {str(row["name"]): row for row in json.loads(out.read_text(encoding="utf-8"))}


@pytest.mark.parametrize("name", list(FACTORIES))
def test_the_dialog_fits_a_small_laptop_screen(
    name: str, measured: dict[str, dict[str, object]]
) -> None:
    row = measured[name]
    assert "error" not in row, row.get("error")
    available_width, available_height = row["available"]  # type: ignore[misc]
    assert (available_width, available_height) == SCREEN
    frame_width, frame_height = row["frame"]  # type: ignore[misc]
    assert frame_width <= available_width and frame_height + TITLE_BAR <= available_height
    minimum_width, minimum_height = row["minimum"]  # type: ignore[misc]
    assert minimum_width <= available_width and minimum_height + TITLE_BAR <= available_height
    assert row["inside"] is True
    assert row["squeezed"] == []
    assert row["tab_types"] == []  # every multi-line field moves on with Tab


def test_every_dialog_class_is_measured_or_left_out_for_a_reason() -> None:
    """A new dialog under app/ui/dialogs must get a factory in screen_fit.FACTORIES."""
    folder = ROOT / "app" / "ui" / "dialogs"
    classes = set()
    for path in folder.glob("*.py"):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id.endswith(("Dialog", "MessageBox"))
                for base in node.bases
            ):
                classes.add(node.name)
    measured = {name.split(" ")[0] for name in FACTORIES}
    assert classes - measured - set(LEFT_OUT) == set()
    assert "GuestDialog" in measured
