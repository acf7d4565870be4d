"""What the clerk is told after an import: only what happened (no 「0件は…」), and each
merged application with the row it went into."""

from __future__ import annotations

from app.services.events.applications.rows import ImportedRow, ImportResult, MergedRow
from app.ui.events.application_messages import result_text


def _row(line: int) -> ImportedRow:
    return ImportedRow(line, f"参加者{line}", line - 1, None, None)


def test_only_what_happened_is_said() -> None:
    result = ImportResult(accepted=(_row(2), _row(3)), waitlisted=(), merged=(), rejected=())
    assert result_text(result) == "Imported: 2 accepted."


def test_a_merged_application_is_told_with_the_row_it_went_into() -> None:
    result = ImportResult(
        accepted=(_row(2),),
        waitlisted=(),
        merged=(MergedRow(3, "山田 太郎", 2, None),),
        rejected=(),
    )
    text = result_text(result)
    assert text.splitlines() == [
        "Imported: 1 accepted, 1 merged into an earlier application.",
        "Row 3 (山田 太郎) applied again and was merged into row 2.",
    ]
