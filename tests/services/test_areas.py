"""The areas' declarations: found without a central list, complete, and each name once."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import app.services
from app.models import Base, SearchEntry
from app.services import areas
from app.services.search.sources import SearchSource


@pytest.fixture
def example_area(tmp_path: Path) -> Iterator[None]:
    """An area package that exists only for this test, beside the real ones."""
    package = tmp_path / "example"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "area.py").write_text(
        "from app.services.areas import QT_TRANSLATE_NOOP, Area, DocumentSpec, Subject\n"
        "AREA = Area(\n"
        "    name='example',\n"
        "    documents=(DocumentSpec('example-sheet', QT_TRANSLATE_NOOP('x', 'Example'),\n"
        "        Subject.COUNCIL, rank=5, make='app.services.example.documents:sheet'),),\n"
        ")\n"
    )
    app.services.__path__.append(str(tmp_path))
    areas.areas.cache_clear()
    try:
        yield
    finally:
        app.services.__path__.remove(str(tmp_path))
        sys.modules.pop("app.services.example.area", None)
        sys.modules.pop("app.services.example", None)
        areas.areas.cache_clear()


def test_a_new_area_is_found_by_its_package_alone(example_area: None) -> None:
    assert "example" in {area.name for area in areas.areas()}
    assert areas.document_kinds()[0].kind == "example-sheet"  # rank 5: offered first


def test_every_area_of_the_house_declares_itself() -> None:
    assert {area.name for area in areas.areas()} == {
        "activities",
        "audit",
        "capture",
        "correspondence",
        "council",
        "events",
        "interchange",
        "meetings",
        "members",
        "search",
        "visits",
    }


def test_every_table_is_declared_by_exactly_one_area() -> None:
    declared = Counter(
        [t.name for t in areas.carried_tables()] + [t.name for t in areas.local_tables()]
    )
    assert set(declared) == set(Base.metadata.tables)
    assert [name for name, count in declared.items() if count > 1] == []


def test_every_search_kind_names_a_source_with_its_own_owner_column() -> None:
    kinds = areas.search_kinds()
    assert len({k.kind for k in kinds}) == len({k.rank for k in kinds}) == len(kinds)
    columns = set()
    for declared in kinds:
        source = areas.load(declared.source)
        assert isinstance(source, SearchSource), declared
        assert source.owner_column in SearchEntry.__table__.c, declared
        columns.add(source.owner_column)
    assert len(columns) == len(kinds)


def test_every_document_kind_names_its_maker_once() -> None:
    documents = areas.document_kinds()
    assert len({d.kind for d in documents}) == len({d.rank for d in documents}) == len(documents)
    for declared in documents:
        assert callable(areas.load(declared.make)), declared


def test_scopes_name_carried_tables() -> None:
    carried = {table.name for table in areas.carried_tables()}
    for scope in areas.scopes():
        assert set(scope.roots) <= carried, scope


def test_reading_the_declarations_loads_no_data_layer() -> None:
    """``jimukyoku --help`` lists kinds and scopes without loading SQLAlchemy."""
    code = (
        "import sys\n"
        "from app.cli.run import build_parser\n"
        "build_parser()\n"
        "from app.services import areas\n"
        "assert areas.search_kinds() and areas.document_kinds() and areas.scopes()\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy')\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
