"""A few SIGKILLs of a real capture process (``make stress`` runs hundreds)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_killing_the_capture_process_loses_no_committed_remark_and_little_typing(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "capture_stress.py"),
            "--kills",
            "4",
            "--seed",
            "7",
            "--db",
            str(tmp_path / "stress.sqlite3"),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    summary = json.loads(result.stdout)
    assert summary["kills"] == 4
    assert summary["committed_lost"] == 0
    assert summary["draft_not_prefix"] == 0
    assert summary["max_draft_loss_ms"] <= 300
    assert summary["quick_check_failures"] == 0
    assert summary["restore_mismatches"] == 0
    assert summary["drafts_checked"] + summary["committed_acknowledged"] > 0
    assert result.returncode == 0, summary["failures"]
