"""The header of a SQLite write-ahead log (``-wal``), read without SQLite.

SQLite ignores a log whose header is not valid, without a word: the commits in it are
then simply gone. Both the inspection of a file (which must then read the file as SQLite
would, without the log) and the start-up check (which must say so) need to know.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGICS = (0x377F0682, 0x377F0683)  # the low bit: checksums in big-endian words
_VERSION = 3007000
_PAGE_SIZES = frozenset(1 << bits for bits in range(9, 17))


@dataclass(frozen=True, slots=True)
class LogHeader:
    page_size: int
    salts: tuple[int, int]  # every frame of this log carries them


def log_path(db_path: Path) -> Path:
    """The write-ahead log beside a database file."""
    return db_path.with_name(db_path.name + "-wal")


def checksum(data: bytes, big_endian: bool, s0: int = 0, s1: int = 0) -> tuple[int, int]:
    """SQLite's log checksum over ``data`` (a multiple of 8 bytes)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[index + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def parse_header(header: bytes) -> LogHeader | None:
    """The log's header, or ``None`` when SQLite would not take it (and ignore the log)."""
    if len(header) < WAL_HEADER:
        return None
    magic, version, page_size, _sequence, salt1, salt2, sum1, sum2 = struct.unpack(
        ">8I", header[:WAL_HEADER]
    )
    valid = (
        magic in _MAGICS
        and version == _VERSION
        and page_size in _PAGE_SIZES
        and checksum(header[:24], bool(magic & 1)) == (sum1, sum2)
    )
    return LogHeader(page_size, (salt1, salt2)) if valid else None


def ignored_log(db_path: Path) -> bool:
    """A log is beside the file, holds something, and SQLite would ignore it whole."""
    log = log_path(db_path)
    try:
        with log.open("rb") as handle:
            header = handle.read(WAL_HEADER)
    except FileNotFoundError:
        return False
    return bool(header) and parse_header(header) is None
