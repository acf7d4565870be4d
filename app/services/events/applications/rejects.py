"""The rows an import left out, with the reason, as a file to fix and import again."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from app.services.events.applications.rows import ApplicationPreview
from app.services.members.roster_export import write_table


def write_rejects(preview: ApplicationPreview, path: Path, describe: Mapping[str, str]) -> int:
    """Write the rows with problems: 行, エラー (as the roster's rejects), then the file's
    own columns, so that the fixed file maps as before. ``describe`` maps a problem code
    to its sentence. Returns the number of rows written; a failed write raises
    ``atomic.FileNotWritten``."""
    table = [["行", "エラー", *preview.headers]]
    for row in preview.rows:
        if row.errors:
            reason = "; ".join(describe.get(e.problem, e.problem) for e in row.errors)
            table.append(
                [str(row.line), reason, *(row.cells.get(header, "") for header in preview.headers)]
            )
    write_table(path, table)
    return len(table) - 1
