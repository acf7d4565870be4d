"""Hostile packages (issue 14): each is refused with a reason, never a traceback, and
reading it stays within ~300 MB of memory (measured in a fresh interpreter)."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from app.services.correspondence.attachments import folder
from app.services.interchange import api as interchange
from app.services.interchange.api import PackageError, PackageProblem
from app.services.workspace import Database
from app.texts import i18n
from app.texts.interchange import package_error_text
from tests.peak_memory import LIMIT_MB, run_measured
from tests.services.interchange.interchange_helpers import laptop, office_with_everything, records

HEADER = '{"format": "jimukyoku-data", "version": 1, "source": {}, "entities": {}, "x": '
STORED = "0123456789abcdef0123456789abcdef.pdf"


def _zip_with(path: Path, name: str, megabytes: int, data_json: str = "{}") -> Path:
    """A zip whose ``name`` inflates to ``megabytes`` MiB of zeros (about 1 KB per MiB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        if name != "data.json":
            archive.writestr("data.json", data_json)
        with archive.open(name, "w", force_zip64=True) as member:
            block = bytes(1 << 20)
            for _ in range(megabytes):
                member.write(block)
    return path


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder_ = tmp_path_factory.mktemp("bombs")
    cases = {
        "zip_bomb": _zip_with(folder_ / "zip_bomb.zip", f"attachments/{STORED}", 1024),
        "zipped_json_bomb": _zip_with(folder_ / "zipped_json_bomb.zip", "data.json", 300),
    }
    json_bomb = folder_ / "json_bomb.json"  # 24 MB: under the size limit, 8 million lists
    json_bomb.write_text(HEADER + "[" + "[]," * 8_000_000 + "[]]}")
    floats = folder_ / "value_flood.json"  # 7 million floats of 32 bytes each
    floats.write_text(HEADER + "[" + "1e1," * 7_000_000 + "1]}")
    deep = folder_ / "deep.json"
    deep.write_text(HEADER + "[" * 1_000_000 + "]" * 1_000_000 + "}")
    huge = folder_ / "huge.json"  # 300 MB (sparse: costs no disk)
    with huge.open("wb") as handle:
        handle.truncate(300 * 1024 * 1024)
    digits = folder_ / "digits.json"  # more digits than int() accepts: a ValueError
    digits.write_text(HEADER + "1" * 100_000 + "}")
    cases |= {"json_bomb": json_bomb, "value_flood": floats, "deep": deep, "huge": huge}
    cases["digits"] = digits
    return cases


def test_bombs_are_refused_within_the_memory_limit(bombs: dict[str, Path], tmp_path: Path) -> None:
    code = f"""
        from pathlib import Path
        from app.services.interchange import api
        result = {{}}
        for name, path in {json.dumps({k: str(v) for k, v in bombs.items()})}.items():
            try:
                api.read_package(Path(path))
                result[name] = "accepted"
            except api.PackageError as error:
                result[name] = error.problem.value
        """
    measured = run_measured(code, tmp_path)
    assert measured.result == {
        "zip_bomb": "too_large",
        "zipped_json_bomb": "too_large",
        "json_bomb": "too_large",
        "value_flood": "too_large",
        "deep": "too_large",
        "huge": "too_large",
        "digits": "not_json",
    }
    assert measured.peak_mb < LIMIT_MB, measured
    print(f"peak {measured.peak_mb:.0f} MB")  # for the record (pytest -s)


def test_a_bomb_is_refused_in_japanese(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"  # fewer brackets than the count limit: the depth tells
    deep.write_text(HEADER + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(PackageError) as raised:
        interchange.read_package(deep)
    assert raised.value.problem is PackageProblem.TOO_LARGE
    assert "16" in raised.value.detail
    i18n.load("ja")
    try:
        text = package_error_text(raised.value)
    finally:
        i18n.load("en")
    assert "データパッケージ" in text and "変更していません" in text


@pytest.fixture
def with_attachment(db: Database, tmp_path: Path) -> dict[str, object]:
    office_with_everything(db, tmp_path)
    path = tmp_path / "good.json"
    interchange.export_package(db, path)
    document: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return document


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("stored_name", "../../../../tmp/x"),
        ("stored_name", "/etc/passwd"),
        ("stored_name", "0123456789abcdef0123456789abcdef.pdf\n"),
        ("stored_name", "CON"),
        ("size_bytes", -1),
        ("size_bytes", 1 << 62),
        ("sha256", "not a checksum"),
    ],
)
def test_an_attachment_record_must_name_a_possible_file(
    with_attachment: dict[str, object], tmp_path: Path, key: str, value: object
) -> None:
    entities = with_attachment["entities"]
    assert isinstance(entities, dict)
    entities["attachment"][0][key] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(with_attachment, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PackageError) as raised:
        interchange.read_package(bad)
    assert raised.value.problem is PackageProblem.BAD_CONTENT
    assert key in raised.value.detail


def test_a_file_of_another_size_than_recorded_changes_nothing(db: Database, tmp_path: Path) -> None:
    office_with_everything(db, tmp_path)
    good = tmp_path / "good.zip"
    interchange.export_package(db, good)
    lying = tmp_path / "lying.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(lying, "w") as target:
        document = json.loads(source.read("data.json"))
        document["entities"]["attachment"][0]["size_bytes"] += 1  # the hash still fits
        target.writestr("data.json", json.dumps(document, ensure_ascii=False))
        for name in source.namelist():
            if name != "data.json":
                target.writestr(name, source.read(name))
    with laptop(tmp_path) as other:
        with pytest.raises(PackageError) as raised:
            interchange.apply_import(other, interchange.read_package(lying))
        assert raised.value.problem is PackageProblem.ATTACHMENT_DAMAGED
        assert all(not rows for rows in records(other).values())
        assert [p for p in folder(other).iterdir() if not p.name.startswith(".")] == []
        assert list(folder(other).iterdir()) == []  # no temporary file left either


def test_the_attached_files_still_arrive(db: Database, tmp_path: Path) -> None:
    """Streaming the files in (no longer whole in memory) still puts them in place."""
    office_with_everything(db, tmp_path)
    good = tmp_path / "good.zip"
    interchange.export_package(db, good)
    with laptop(tmp_path) as other:
        interchange.apply_import(other, interchange.read_package(good))
        arrived = list(folder(other).iterdir())
        assert len(arrived) == 1 and arrived[0].read_bytes() == b"%PDF-1.4 estimate\n" * 50
        assert os.stat(arrived[0]).st_mode & 0o777 == 0o600
