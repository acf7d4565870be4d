"""Bad packages are refused with the reason, before anything is written."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.correspondence.attachments import folder
from app.services.interchange import api as interchange
from app.services.interchange.api import Fault, PackageError, PackageProblem
from app.services.workspace import Database
from tests.services.interchange.interchange_helpers import (
    PINNED,
    laptop,
    office_with_everything,
    records,
)


@pytest.fixture
def exported(db: Database, tmp_path: Path) -> Path:
    demo.load_demo(db, today=DEMO_AS_OF)
    path = tmp_path / "good.json"
    interchange.export_package(db, path, now=PINNED)
    return path


def _refused(path: Path) -> PackageProblem:
    with pytest.raises(PackageError) as raised:
        interchange.read_package(path)
    return raised.value.problem


def _rewrite(source: Path, target: Path, change) -> Path:  # type: ignore[no-untyped-def]
    document = json.loads(source.read_text(encoding="utf-8"))
    change(document)
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return target


def test_the_header_says_what_the_file_is(exported: Path) -> None:
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "jimukyoku-data" and document["version"] == 1
    assert document["exported_at"] == "2025-07-01T03:00:00Z"
    assert document["source"]["council_name"]
    assert list(document)[:3] == ["format", "version", "exported_at"]
    member = document["entities"]["member"][0]
    assert list(member) == sorted(member)
    assert "id" not in member and "version" not in member and "organization_uuid" in member
    uuids = [row["uuid"] for row in document["entities"]["meeting"]]
    assert uuids == sorted(uuids)
    assert "capture_draft" not in document["entities"]


def test_broken_json_is_refused(exported: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_bytes(exported.read_bytes()[:5000])
    assert _refused(broken) is PackageProblem.NOT_JSON


def test_other_json_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"members": []}', encoding="utf-8")
    assert _refused(other) is PackageProblem.NOT_A_PACKAGE


def test_a_newer_version_is_refused(exported: Path, tmp_path: Path) -> None:
    newer = _rewrite(exported, tmp_path / "v2.json", lambda d: d.update(version=2))
    assert _refused(newer) is PackageProblem.NEWER_VERSION


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (
            lambda d: d["entities"]["meeting"][0].update(held_on="2025-13-01"),
            ("meeting", "held_on", Fault.INVALID),
        ),
        (
            lambda d: d["entities"]["meeting"][0].update(status="finished"),
            ("meeting", "status", Fault.INVALID),
        ),
        (
            lambda d: d["entities"]["meeting"][0].pop("held_on"),
            ("meeting", "held_on", Fault.MISSING_FIELD),
        ),
        (
            lambda d: d["entities"]["meeting"][0].update(colour="red"),
            ("meeting", "colour", Fault.UNKNOWN_FIELD),
        ),
        (
            lambda d: d["entities"]["meeting"][0].update(body_uuid=None),
            ("meeting", "body_uuid", Fault.EMPTY),
        ),
        (
            lambda d: d["entities"]["member"][0].update(family_name="長" * 61),
            ("member", "family_name", Fault.TOO_LONG),
        ),
        (lambda d: d["entities"].update(secrets=[]), None),
        (
            lambda d: d["entities"]["member"].append(d["entities"]["member"][0]),
            ("member", "uuid", Fault.DUPLICATE_UUID),
        ),
        (
            lambda d: d["entities"]["visit"][0].update(updated_at="2025-07-01T03:00:00"),
            ("visit", "updated_at", Fault.NOT_UTC),
        ),
    ],
    ids=[
        "date",
        "code",
        "missing",
        "unknown",
        "reference",
        "length",
        "table",
        "twice",
        "naive-time",
    ],
)
def test_bad_content_is_refused_naming_the_record_and_field(  # type: ignore[no-untyped-def]
    exported: Path, tmp_path: Path, change, where
) -> None:
    bad = _rewrite(exported, tmp_path / "bad.json", change)
    with pytest.raises(PackageError) as raised:
        interchange.read_package(bad)
    assert raised.value.problem is PackageProblem.BAD_CONTENT
    assert raised.value.detail  # says where, for the log
    place = raised.value.place
    if where is None:
        assert place is None  # a table this version does not know: no record to name
        return
    assert place is not None and (place.table, place.field, place.fault) == where
    assert place.uuid and place.label  # the record, by id and by what a person calls it


def test_a_zip_that_is_not_one_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"not a zip at all")
    assert _refused(fake) is PackageProblem.UNREADABLE
    empty = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert _refused(empty) is PackageProblem.UNREADABLE
    assert _refused(tmp_path / "missing.json") is PackageProblem.UNREADABLE


def test_another_councils_data_is_refused(exported: Path, tmp_path: Path) -> None:
    with laptop(tmp_path) as other:
        demo.load_demo(other, today=DEMO_AS_OF)  # a council of its own (another uuid)
        before = records(other)
        with pytest.raises(PackageError) as raised:
            interchange.apply_import(other, interchange.read_package(exported))
        assert raised.value.problem is PackageProblem.OTHER_COUNCIL
        assert records(other) == before


def test_a_damaged_attachment_changes_nothing(db: Database, tmp_path: Path) -> None:
    office_with_everything(db, tmp_path)
    good = tmp_path / "good.zip"
    interchange.export_package(db, good)
    damaged = tmp_path / "damaged.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data if name == "data.json" else data + b"tampered")
        target.writestr("attachments/../../escape.txt", b"never written")
    package = interchange.read_package(damaged)
    assert len(package.files) == 1  # the name that leaves the folder is not even listed
    with laptop(tmp_path) as other:
        with pytest.raises(PackageError) as raised:
            interchange.apply_import(other, package)
        assert raised.value.problem is PackageProblem.ATTACHMENT_DAMAGED
        assert all(not rows for rows in records(other).values())
        assert list(folder(other).iterdir()) == []
    assert not (tmp_path.parent / "escape.txt").exists()
