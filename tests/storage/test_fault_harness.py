"""A short run of the kill/fault harness (``make stress`` runs every case, more often)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_killed_backup_and_export_and_a_read_only_capture_break_no_promise(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "fault_stress.py"),
            *("--kills", "2", "--seed", "5", "--remarks", "20", "--members", "20"),
            *("--only", "backup,export-pdf,capture-read-only"),
            *("--keep", str(tmp_path / "work")),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    summary = json.loads(result.stdout)
    for name in ("backup", "export-pdf"):
        case = summary["kills"][name]
        assert case["kills"] >= 1, case
        assert case["partial_under_final_name"] == 0, case["problems"]
        assert case["database_unhealthy"] == case["data_lost"] == 0, case["problems"]
    if "capture-read-only" not in summary["skipped"]:  # the JSON says why it was skipped
        capture = summary["conditions"]["capture-read-only"]
        assert capture["failed_commits"] >= 1, capture
        assert capture["failed_kept_in_editor"] == capture["failed_commits"], capture
        assert capture["data_lost"] == 0, capture["problems"]
    assert result.returncode == 0, (summary, result.stderr[-2000:])
    assert summary["ok"]
