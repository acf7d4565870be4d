"""docs/data-format.md lists every column of every carried table as the code reads it."""

from __future__ import annotations

from app.services.interchange.reference import DOCUMENT, columns_markdown, rewritten
from app.services.interchange.tables import carried_tables


def test_the_document_lists_the_columns_as_they_are() -> None:
    text = DOCUMENT.read_text(encoding="utf-8")
    assert rewritten(text) == text, (
        "docs/data-format.md is out of date: run python -m app.services.interchange.reference"
    )


def test_every_carried_table_and_key_is_listed_with_what_may_be_left_out() -> None:
    listed = columns_markdown()
    for table in carried_tables():
        assert f"#### `{table.name}`" in listed
        for key in table.keys:
            assert f"| `{key}` |" in listed
    assert "| `held_on` | date (YYYY-MM-DD) | **required** |" in listed
    assert "| `captured_at` | UTC time (…Z) | may be left out: `created_at` |" in listed
