"""Reading files from elsewhere within limits: zip archives and JSON text.

A data package or an .xlsx roster is a zip; what it says about itself is checked
before anything is inflated, so a 1 MB "zip bomb" costs a refusal, not gigabytes. A
member is read by its declared size at most (zipfile stops there and the CRC check
fails on a lie). JSON is measured before it is parsed: the C parser would recurse once
per bracket and a million nested arrays end in a ``RecursionError``.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from typing import IO

_CHUNK = 1 << 16


class TooLarge(ValueError):
    """The file is over a limit; ``detail`` says which (in English, for the log)."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(detail)


@dataclass(frozen=True, slots=True)
class ZipLimits:
    max_members: int
    max_member_bytes: int  # inflated size of one member
    max_total_bytes: int  # inflated size of all members together
    max_ratio: int  # inflated / compressed, for members larger than ``ratio_floor``
    ratio_floor: int = 1 << 20  # small members may compress well: nothing to fear there


def check_zip(archive: zipfile.ZipFile, limits: ZipLimits) -> None:
    """Refuse (:class:`TooLarge`) an archive whose directory promises more than ``limits``."""
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise TooLarge(f"{len(members)} files in the archive (at most {limits.max_members})")
    total = 0
    for member in members:
        size = member.file_size
        if size > limits.max_member_bytes:
            raise TooLarge(f"{member.filename}: {size} bytes (at most {limits.max_member_bytes})")
        if size > limits.ratio_floor and size > limits.max_ratio * max(member.compress_size, 1):
            raise TooLarge(
                f"{member.filename}: compressed {member.compress_size} → {size} bytes"
                f" (at most {limits.max_ratio} times)"
            )
        total += size
        if total > limits.max_total_bytes:
            raise TooLarge(f"the files inflate to more than {limits.max_total_bytes} bytes")


def read_member(archive: zipfile.ZipFile, name: str, max_bytes: int) -> bytes:
    """The bytes of one member, never more than ``max_bytes`` whatever the header says."""
    with archive.open(name) as source:
        data = source.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(f"{name}: more than {max_bytes} bytes")
    return data


def copy_member(archive: zipfile.ZipFile, name: str, target: IO[bytes], max_bytes: int) -> int:
    """Stream one member into ``target`` (a block at a time); returns the bytes copied."""
    copied = 0
    with archive.open(name) as source:
        while block := source.read(_CHUNK):
            copied += len(block)
            if copied > max_bytes:
                raise TooLarge(f"{name}: more than {max_bytes} bytes")
            target.write(block)
    return copied


def read_limited(handle: IO[bytes], max_bytes: int, what: str) -> bytes:
    """All of ``handle`` if it holds at most ``max_bytes``; else :class:`TooLarge`."""
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge(f"{what}: more than {max_bytes} bytes")
    return data


# A JSON string (with its escapes), then the brackets outside strings.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


def check_json_shape(raw: bytes, *, max_depth: int, max_containers: int, max_values: int) -> None:
    """Refuse JSON text a parser would choke on, before it parses: nested deeper than
    ``max_depth``, or with more arrays and objects (``max_containers``) or values
    (``max_values``, counted by their commas) than real data has. Three bytes of ``[],``
    become a 64-byte list: size alone does not bound the memory of a parse."""
    structure = _JSON_STRING.sub(b"", raw)
    if structure.count(b",") > max_values:
        raise TooLarge(f"more than {max_values} values")
    brackets = structure.translate(None, _NOT_BRACKETS)
    del structure
    if len(brackets) > 2 * max_containers:
        raise TooLarge(f"more than {max_containers} arrays and objects")
    depth = 0
    opening = frozenset(b"[{")
    for byte in brackets:
        if byte in opening:
            depth += 1
            if depth > max_depth:
                raise TooLarge(f"nested more than {max_depth} levels deep")
        else:
            depth -= 1
