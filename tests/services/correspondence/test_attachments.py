from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.japanese.text import sanitize
from app.models import Council
from app.models.enums import CorrespondenceDirection
from app.services.correspondence import attachments, register
from app.services.correspondence.attachments import AttachmentDamaged, display_name, stored_name_for
from app.services.correspondence.register import LetterInput
from app.storage.database import Database

HOSTILE_NAMES = [
    "../x.pdf",
    "..\\..\\evil.exe",
    "/etc/passwd",
    "CON.txt",
    "nul",
    "a. ",
    "..",
    "",
    "名" * 200 + ".pdf",
    "a/b/../../c.docx",
    "x\x00y.pdf",
    'q<u>o:t"e|s?*.txt',
]


@pytest.fixture
def letter_id(db: Database) -> int:
    with db.transaction() as session:
        session.add(Council(name="委員会", short_name="委"))
    return register.record(
        db, CorrespondenceDirection.INCOMING, LetterInput(date(2022, 7, 1), "A市", "依頼")
    ).id


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_hostile_names_stay_inside_the_folder(
    db: Database, letter_id: int, tmp_path: Path, name: str
) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(b"%PDF-1.4 test")
    attachment = attachments.add(db, letter_id, source, name)
    folder = attachments.folder(db).resolve()
    stored = list(folder.iterdir())
    assert len(stored) == 1 and stored[0].parent == folder
    assert stored[0].read_bytes() == b"%PDF-1.4 test"
    assert not (tmp_path.parent / "x.pdf").exists() and not Path("/tmp/evil.exe").exists()
    stored_name = attachments.list_for(db, letter_id)[0].original_name
    assert stored_name == sanitize(name or "source.bin")  # controls (NUL) are dropped
    copy = attachments.copy_for_opening(db, attachment)
    assert copy.name == display_name(sanitize(name or "source.bin"))
    assert copy.read_bytes() == b"%PDF-1.4 test"
    assert len(copy.name) <= attachments.MAX_NAME and copy.name not in ("", ".", "..")


def test_display_names_are_safe_everywhere() -> None:
    assert display_name("../x.pdf") == "x.pdf"
    assert display_name("CON.txt") == "_CON.txt"
    assert display_name("a. ") == "a"
    assert display_name("..") == "attachment"
    assert display_name("名" * 200 + ".pdf").endswith(".pdf")
    assert len(display_name("名" * 200 + ".pdf").encode()) <= attachments.MAX_NAME_BYTES
    assert display_name('q<u>o:t"e|s?*.txt') == "q_u_o_t_e_s__.txt"


def test_stored_names_are_generated() -> None:
    assert stored_name_for("報告書.PDF").endswith(".pdf")
    assert "." not in stored_name_for("../../x")
    assert stored_name_for("a.b") != stored_name_for("a.b")


def test_a_changed_stored_file_is_not_opened(db: Database, letter_id: int, tmp_path: Path) -> None:
    source = tmp_path / "s.txt"
    source.write_text("元の内容")
    attachment = attachments.add(db, letter_id, source)
    stored = next(attachments.folder(db).iterdir())
    stored.write_text("書き換え")
    with pytest.raises(AttachmentDamaged):
        attachments.copy_for_opening(db, attachment)
