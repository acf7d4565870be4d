"""Run a piece of Python in a fresh interpreter and measure its peak memory (RSS).

The hostile-input tests assert that a bomb costs a refusal, not the machine: in the
test process itself the peak would include everything earlier tests allocated.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT_MB = 300  # RELIABILITY.md: a bomb is refused within ~300 MB

# VmHWM, the high-water mark of this process's own memory. Not getrusage's ru_maxrss:
# Linux carries the parent's peak over a (v)fork and exec into it, so a child of a big
# test process would report the parent's peak.
_EPILOGUE = """
import json as _json, resource as _resource
try:
    with open("/proc/self/status") as _status:
        _peak_kb = next(int(l.split()[1]) for l in _status if l.startswith("VmHWM:"))
except OSError:
    _peak_kb = _resource.getrusage(_resource.RUSAGE_SELF).ru_maxrss
print("\\n" + _json.dumps({"result": result, "peak_mb": _peak_kb / 1024}))
"""


@dataclass(frozen=True, slots=True)
class Measured:
    result: object  # what the code put in ``result`` (JSON values)
    peak_mb: float
    stderr: str


def run_measured(code: str, tmp_path: Path, timeout: float = 120) -> Measured:
    """Run ``code`` (which sets ``result``) in a new interpreter; its peak RSS in MB."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), JIMUKYOKU_DATA_DIR=str(tmp_path / "data"))
    env["JIMUKYOKU_CONFIG_DIR"] = str(tmp_path / "config")
    env["QT_QPA_PLATFORM"] = "offscreen"
    completed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code) + _EPILOGUE],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    return Measured(report["result"], report["peak_mb"], completed.stderr)
