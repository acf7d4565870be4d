"""The save of a record's form dialog (a member, a meeting, a visit, an event …), as
every such dialog does it: a conflict with another person's save settled by the clerk in
the conflict dialog; a problem of the form shown in the form; a failure to write said
(nothing saved, the form stays open with everything typed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from app.services.problems import Invalid, NotSaved
from app.ui.dialogs.conflict_dialog import SavedT, Settled, save_settling_conflicts
from app.ui.widgets.save_failed import show_not_saved


def save_form(
    dialog: QWidget,
    what: str,
    save: Callable[[Any | None], SavedT],
    show_invalid: Callable[[Invalid], None],
) -> Settled[SavedT] | None:
    """``save`` as :func:`save_settling_conflicts` does it; None when the form stays
    open: its problems shown (``show_invalid``), the failure said (``what``: 「委員」),
    or the clerk went back to it from the conflict dialog. Other exceptions go to the
    caller."""
    try:
        settled = save_settling_conflicts(dialog, save)
    except Invalid as invalid:
        show_invalid(invalid)
        return None
    except NotSaved as error:
        show_not_saved(dialog, what, error)
        return None
    return None if settled.cancelled else settled
