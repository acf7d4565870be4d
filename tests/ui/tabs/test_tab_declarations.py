"""The main window's tabs are the ones their files declare, found without a central list."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.ui.tabs
from app.ui.tabs import declared_tabs


@pytest.fixture
def example_tab(tmp_path: Path) -> Iterator[None]:
    (tmp_path / "example_tab.py").write_text(
        "from app.ui.tabs import TabSpec\n"
        "from app.ui.tabs.visits_tab import VisitsTab\n"
        "TAB = TabSpec('example', 'Example', rank=25, make=VisitsTab, records=frozenset())\n"
    )
    app.ui.tabs.__path__.append(str(tmp_path))
    declared_tabs.cache_clear()
    try:
        yield
    finally:
        app.ui.tabs.__path__.remove(str(tmp_path))
        sys.modules.pop("app.ui.tabs.example_tab", None)
        declared_tabs.cache_clear()


def test_the_house_tabs_in_their_order() -> None:
    assert [spec.key for spec in declared_tabs()] == [
        "home",
        "members",
        "meetings",
        "visits",
        "events",
        "correspondence",
    ]
    records = [record for spec in declared_tabs() for record in spec.records]
    assert sorted(records) == ["event", "letter", "meeting", "member", "visit"]  # each listed once


def test_a_new_tab_file_is_found_and_placed_by_its_rank(example_tab: None) -> None:
    assert [spec.key for spec in declared_tabs()] == [
        "home",
        "members",
        "meetings",
        "example",
        "visits",
        "events",
        "correspondence",
    ]
