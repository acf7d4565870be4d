"""The columns of the application preview: each row of the file with what the import
would do with it, the roster member it is, the earlier application it repeats, and
its problems."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.japanese.timezone import japan_time
from app.services.events.applications.rows import ApplicationRow, Outcome
from app.services.events.applications.values import time_stamp
from app.texts.problems import problem_text
from app.ui.tablemodels.row_model import Column

COL_LINE, COL_NAME, COL_ORGANIZATION, COL_CATEGORY, COL_APPLIED = range(5)
COL_OUTCOME, COL_MEMBER, COL_DUPLICATE, COL_PROBLEMS = range(5, 9)


def duplicate_text(row: ApplicationRow) -> str:
    earlier = row.duplicate
    if earlier is None:
        return ""
    if earlier.line is not None:
        return QCoreApplication.translate("ApplicationPreview", "Same person as row %1").replace(
            "%1", str(earlier.line)
        )
    return QCoreApplication.translate("ApplicationPreview", "Already applied (no. %1)").replace(
        "%1", str(earlier.participant_number or "")
    )


def outcome_text(outcome: Outcome | None) -> str:
    if outcome is None:
        return ""
    if outcome.rejected:
        return QCoreApplication.translate("ApplicationPreview", "Not imported")
    if outcome.merged:
        return QCoreApplication.translate("ApplicationPreview", "Merged")
    if outcome.waitlist_number is not None:
        return QCoreApplication.translate("ApplicationPreview", "Waitlist %1").replace(
            "%1", str(outcome.waitlist_number)
        )
    return QCoreApplication.translate("ApplicationPreview", "Gets a place")


def _applied(row: ApplicationRow) -> str:
    text = row.values.get("applied_at", "")
    stamp = row.form.applied_at if row.form else time_stamp(text)
    return f"{japan_time(stamp):%m/%d %H:%M}" if stamp else text


def columns(outcome_of: Callable[[ApplicationRow], Outcome | None]) -> list[Column]:
    """The preview's columns; ``outcome_of`` gives what the import would do with a row."""

    def value(field: str) -> Callable[[ApplicationRow], str]:
        return lambda row: row.values.get(field, "")

    return [
        Column(QT_TRANSLATE_NOOP("columns", "Row"), lambda r: str(r.line), lambda r: r.line, True),
        Column(QT_TRANSLATE_NOOP("columns", "Name"), value("name")),
        Column(QT_TRANSLATE_NOOP("columns", "Organization"), value("organization_name")),
        Column(
            QT_TRANSLATE_NOOP("columns", "Category"),
            lambda r: r.form.fee_category if r.form else r.values.get("fee_category", ""),
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Applied"), _applied),
        Column(QT_TRANSLATE_NOOP("columns", "Outcome"), lambda r: outcome_text(outcome_of(r))),
        Column(QT_TRANSLATE_NOOP("columns", "Roster member"), lambda r: r.member_name),
        Column(QT_TRANSLATE_NOOP("columns", "Applied before"), duplicate_text),
        Column(
            QT_TRANSLATE_NOOP("columns", "Problems"),
            lambda r: "; ".join(problem_text(e.problem) for e in r.errors),
            stretch=True,
        ),
    ]
