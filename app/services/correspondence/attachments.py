"""Files attached to a letter, kept inside the data folder under generated names.

The original name is only ever stored as text. A file is written under a name made
here (a random hex name with a short, plain suffix), so a name such as ``../x.pdf``,
``CON.txt``, ``a. `` or 200 characters cannot write outside the folder or trip Windows.
Opening an attachment opens a *copy* in a temporary folder, named after the original
as far as that is safe.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import shutil
import tempfile
import unicodedata
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app.japanese.text import sanitize
from app.models import Attachment, Correspondence
from app.storage import atomic
from app.storage.database import Database
from app.storage.paths import attachments_dir_for, ensure_private_dir, user_data_dir

_SAFE_SUFFIX = re.compile(r"^\.[A-Za-z0-9]{1,10}$")
_WINDOWS_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\..*)?$", re.IGNORECASE)
_NOT_IN_NAMES = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
MAX_NAME = 100  # characters
MAX_NAME_BYTES = 200  # UTF-8: a 名 is three bytes, and file systems count bytes


class AttachmentDamaged(Exception):
    """The stored file no longer matches the checksum taken when it was added."""


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: int
    original_name: str
    size_bytes: int
    media_type: str


def folder(db: Database) -> Path:
    """Beside the SQLite file; in the user data folder for a server database."""
    path = attachments_dir_for(db.path) if db.path is not None else user_data_dir() / "attachments"
    ensure_private_dir(path)
    return path


def stored_name_for(original: str) -> str:
    """A fresh name for the stored copy: random hex plus the original's suffix if plain."""
    suffix = Path(original.replace("\\", "/")).suffix
    return uuid.uuid4().hex + (suffix.lower() if _SAFE_SUFFIX.match(suffix) else "")


def display_name(original: str) -> str:
    """The original name made safe to create on Windows, macOS and Linux."""
    name = unicodedata.normalize("NFC", original.replace("\\", "/").split("/")[-1])
    name = _NOT_IN_NAMES.sub("_", name).strip().rstrip(". ")
    if not name or name in (".", ".."):
        name = "attachment"
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    if len(name) > MAX_NAME or len(name.encode()) > MAX_NAME_BYTES:
        stem, suffix = Path(name).stem, Path(name).suffix
        suffix = suffix if _SAFE_SUFFIX.match(suffix) else ""
        stem = stem[: MAX_NAME - len(suffix)]
        while len((stem + suffix).encode()) > MAX_NAME_BYTES:  # Linux allows 255 bytes
            stem = stem[:-1]
        name = stem + suffix
    return name


def _digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            sha.update(block)
    return sha.hexdigest()


def add(db: Database, correspondence_id: int, source: Path, original_name: str = "") -> int:
    """Copy ``source`` into the attachments folder and record it; returns its id.

    The stored copy appears whole or not at all, owner-only; a failed copy raises
    ``atomic.FileNotWritten`` and records nothing.
    """
    original = sanitize(original_name or source.name)  # no NUL or controls in the register
    target = folder(db) / stored_name_for(original)
    assert target.parent == folder(db)  # a generated name never leaves the folder
    atomic.copy_file(source, target, overwrite=False)
    try:
        with db.transaction() as session:
            session.get_one(Correspondence, correspondence_id)
            media = mimetypes.guess_type(display_name(original))[0] or "application/octet-stream"
            row = Attachment(
                correspondence_id=correspondence_id,
                original_name=original[:300],
                stored_name=target.name,
                size_bytes=target.stat().st_size,
                sha256=_digest(target),
                media_type=media,
            )
            session.add(row)
            session.flush()
            return row.id
    except BaseException:
        target.unlink(missing_ok=True)  # nothing recorded: leave no stray file
        raise


def list_for(db: Database, correspondence_id: int) -> list[AttachmentRow]:
    with db.session() as session:
        rows = session.scalars(
            select(Attachment)
            .where(Attachment.correspondence_id == correspondence_id)
            .order_by(Attachment.id)
        )
        return [AttachmentRow(a.id, a.original_name, a.size_bytes, a.media_type) for a in rows]


def copy_for_opening(db: Database, attachment_id: int) -> Path:
    """A copy to open (never the stored file), in a fresh temporary folder."""
    with db.session() as session:
        row = session.get_one(Attachment, attachment_id)
        stored = folder(db) / row.stored_name
        name = display_name(row.original_name)
        expected = row.sha256
    if _digest(stored) != expected:
        raise AttachmentDamaged(f"{stored} does not match its recorded checksum")
    target_dir = Path(tempfile.mkdtemp(prefix="jimukyoku-"))
    target = target_dir / name
    assert target.parent == target_dir
    shutil.copyfile(stored, target)
    target.chmod(0o600)  # a private copy in a private folder, like the stored one
    return target
