"""A data package is written whole or not at all, owner-only; a failed one records no
exchange (the next export still carries everything)."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest

from app.demo import loader as demo
from app.demo.data import DEMO_AS_OF
from app.services.interchange import api as interchange
from app.services.interchange import baseline
from app.services.workspace import Database
from app.storage.atomic import FileNotWritten, WriteProblem
from tests.services.interchange.interchange_helpers import office_with_everything


@pytest.mark.parametrize("suffix", [".json", ".zip"])
def test_a_package_is_private(db: Database, tmp_path: Path, suffix: str) -> None:
    demo.load_demo(db, today=DEMO_AS_OF)
    path = tmp_path / f"laptop{suffix}"
    interchange.export_package(db, path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("laptop")] == [path.name]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert interchange.read_package(path).entities  # whole: it reads back


def test_a_zip_that_stops_halfway_leaves_the_old_package_and_no_exchange(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    office_with_everything(db, tmp_path)
    path = tmp_path / "laptop.zip"
    path.write_bytes(b"the previous package")
    real_writestr = zipfile.ZipFile.writestr
    calls = {"n": 0}

    def writestr_then_disk_full(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] > 1:  # data.json went in; the first attached file fills the disk
            raise OSError(errno.ENOSPC, "No space left on device")
        real_writestr(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr_then_disk_full)
    with pytest.raises(FileNotWritten) as failed:
        interchange.export_package(db, path)
    assert calls["n"] > 1
    assert failed.value.problem is WriteProblem.DISK_FULL
    assert path.read_bytes() == b"the previous package"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".laptop")]
    with db.session() as session:
        assert baseline.load(session) == {}  # nothing counts as exchanged
