"""Round trip: demo data → export → import into an empty database → export again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, select

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.models import Attachment, Base, Entity, Member
from app.services.correspondence import attachments
from app.services.interchange import api as interchange
from app.services.interchange.tables import CARRIED, EXCLUDED, LOCAL_COLUMNS, carried_tables
from app.services.search import query as search
from app.services.workspace import Database
from tests.services.interchange.interchange_helpers import (
    PINNED,
    laptop,
    office_with_everything,
    records,
)


def test_every_table_is_carried_or_excluded_with_a_reason() -> None:
    """Adding a model fails here until the format says what happens to it."""
    tables = set(Base.metadata.tables)
    assert CARRIED | set(EXCLUDED) == tables
    assert not CARRIED & set(EXCLUDED)
    assert all(reason for reason in EXCLUDED.values())


def test_every_column_of_a_carried_table_travels_except_id_and_version() -> None:
    for table in carried_tables():
        mapper = inspect(table.model)
        assert issubclass(table.model, Entity)
        columns = {c.key for c in mapper.columns} - LOCAL_COLUMNS
        written = {c.name for c in table.columns} | {r.column for r in table.references}
        assert written == columns, table.name
        for reference in table.references:
            assert reference.target in CARRIED  # a reference never points out of the package


@pytest.mark.parametrize("suffix", [".json", ".zip"])
def test_demo_round_trip_is_byte_identical_and_every_field_equal(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    office_with_everything(db, tmp_path)
    first, second = tmp_path / f"first{suffix}", tmp_path / f"second{suffix}"
    exported = interchange.export_package(db, first, now=PINNED)
    assert exported.records > 500
    with laptop(tmp_path) as other:
        package = interchange.read_package(first)
        plan = interchange.apply_import(other, package)
        assert plan.conflicts == () and plan.skipped == ()
        assert plan.added == exported.records
        interchange.export_package(other, second, now=PINNED)
        assert second.read_bytes() == first.read_bytes()
        assert records(other) == records(db)
        # the imported records are searchable there as here (ids, so order within a day, differ)
        for query in ("補助金", "視察", "事"):
            found_here, found_there = search.search(db, query), search.search(other, query)
            assert found_here.total > 0
            assert [
                (g.kind, g.total, sorted(h.snippet for h in g.hits)) for g in found_there.groups
            ] == [(g.kind, g.total, sorted(h.snippet for h in g.hits)) for g in found_here.groups]
        # every carried table has records, and every field of every record is equal
        assert all(records(db).values())
        if suffix == ".zip":
            assert exported.files == 1
            with other.session() as session:
                attachment = session.scalars(select(Attachment)).one()
            copy = attachments.copy_for_opening(other, attachment.id)  # checks the sha256
            assert copy.read_bytes() == b"%PDF-1.4 estimate\n" * 50
        else:
            assert plan.files_missing == 1  # the record came, the file did not


def test_importing_the_same_package_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    path = tmp_path / "p.json"
    interchange.export_package(db, path, now=PINNED)
    with laptop(tmp_path) as other:
        interchange.apply_import(other, interchange.read_package(path))
        before = records(other)
        with other.session() as session:
            versions = {m.uuid: m.version for m in session.scalars(select(Member))}
        again = interchange.apply_import(other, interchange.read_package(path))
        assert again.added == 0 and again.updated == 0 and again.conflicts == ()
        assert records(other) == before
        with other.session() as session:
            assert versions == {m.uuid: m.version for m in session.scalars(select(Member))}
