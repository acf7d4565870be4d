"""The options every import of rows takes (the roster's and an event's applications):
go on past rows with errors, and where to write the rows left out."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.texts.i18n import translate


def add_reject_options(importing: argparse.ArgumentParser) -> None:
    importing.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("cli", "import the valid rows even when other rows have errors"),
    )
    importing.add_argument(
        "--rejects",
        type=Path,
        metavar="OUT.csv",
        help=translate("cli", "write the rows that were not imported, with their errors"),
    )
