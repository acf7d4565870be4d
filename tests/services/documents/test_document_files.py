"""Documents are written whole or not at all, owner-only: a renderer that stops halfway
(a kill, a full disk) leaves the old file or none, never a partial one."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents import docx_renderer, pdf_renderer
from app.documents.model import Document, Paragraph, Title
from app.services.documents import export as exports
from app.storage.atomic import FileNotWritten, WriteProblem

SAMPLE = Document(title="議事録", blocks=(Title("第1回 定例会 議事録"), Paragraph("開会。")))


def _names(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_a_document_is_private_and_alone_in_its_folder(tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "文書" / "令和8年度"  # made on the way, owner-only
    result = exports.write(SAMPLE, folder / f"議事録{suffix}")
    assert result.path == folder / f"議事録{suffix}"
    assert _names(folder) == {f"議事録{suffix}"}
    if os.name == "posix":
        assert result.path.stat().st_mode & 0o777 == 0o600
        assert folder.stat().st_mode & 0o777 == 0o700
    if suffix == ".pdf":
        assert "第1回" in PdfReader(result.path).pages[0].extract_text()


@pytest.mark.parametrize(("suffix", "renderer"), [(".pdf", pdf_renderer), (".docx", docx_renderer)])
def test_a_renderer_that_stops_halfway_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, renderer: object
) -> None:
    final = tmp_path / f"minutes{suffix}"
    exports.write(SAMPLE, final)
    good = final.read_bytes()

    def half_then_disk_full(document: Document, path: Path) -> Path:
        path.write_bytes(good[: len(good) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(renderer, "render", half_then_disk_full)
    with pytest.raises(FileNotWritten) as failed:
        exports.write(SAMPLE, final)
    assert failed.value.problem is WriteProblem.DISK_FULL
    assert failed.value.filename == str(final)
    assert final.read_bytes() == good
    assert _names(tmp_path) == {final.name}


def test_a_renderer_error_on_a_new_name_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_then_bug(document: Document, path: Path) -> Path:
        path.write_bytes(b"%PDF-1.4\n% half")
        raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(pdf_renderer, "render", half_then_bug)
    with pytest.raises(UnicodeEncodeError):  # not a write failure: passed on as it is
        exports.write(SAMPLE, tmp_path / "new.pdf")
    assert _names(tmp_path) == set()


def test_leftovers_in_a_documents_folder_are_cleaned(tmp_path: Path) -> None:
    (tmp_path / ".議事録.pdf.jimukyoku-0123abcd.tmp").write_bytes(b"%PDF half")
    (tmp_path / "議事録.pdf").write_bytes(b"%PDF whole")
    removed = exports.remove_leftovers(tmp_path)
    assert [path.name for path in removed] == [".議事録.pdf.jimukyoku-0123abcd.tmp"]
    assert _names(tmp_path) == {"議事録.pdf"}
