"""The conflict dialog answered by the test: what it was shown, and the user's choice."""

from __future__ import annotations

from typing import Any

import pytest

from app.services.problems import EditConflict
from app.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog


def answer_conflicts(
    monkeypatch: pytest.MonkeyPatch, *answers: ConflictChoice | None
) -> list[EditConflict]:
    """``ConflictDialog.run`` answers ``answers`` in turn; returns the conflicts it was
    shown (a conflict beyond the answers fails the test)."""
    shown: list[EditConflict] = []
    waiting = list(answers)

    def run(cls: Any, parent: Any, conflict: EditConflict) -> ConflictChoice | None:
        shown.append(conflict)
        assert waiting, f"an unexpected conflict dialog: {conflict}"
        return waiting.pop(0)

    monkeypatch.setattr(ConflictDialog, "run", classmethod(run))
    return shown
