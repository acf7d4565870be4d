"""The limits of reading files from elsewhere: measured before anything is parsed."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from app.services import bounded

SHAPE = {"max_depth": 4, "max_containers": 10, "max_values": 20}


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"a": ["[[[[[[", '\\"{{{{{', "]]]]"], "b": "\\"}).encode()
    bounded.check_json_shape(text, **SHAPE)  # depth 2, whatever the strings hold


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (b"[[[[[1]]]]]", "levels deep"),
        (b"[" + b"[]," * 11 + b"[]]", "arrays and objects"),
        (b"[" + b"1," * 21 + b"1]", "values"),
    ],
)
def test_json_over_a_limit_is_refused(text: bytes, why: str) -> None:
    with pytest.raises(bounded.TooLarge, match=why):
        bounded.check_json_shape(text, **SHAPE)


def _archive(**members: bytes) -> zipfile.ZipFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return zipfile.ZipFile(buffer)


def test_a_zip_is_judged_by_its_directory() -> None:
    limits = bounded.ZipLimits(
        max_members=2, max_member_bytes=4 << 20, max_total_bytes=6 << 20, max_ratio=50
    )
    bounded.check_zip(_archive(a=b"x" * 1000, b=bytes(range(256)) * 100), limits)
    with pytest.raises(bounded.TooLarge, match="files in the archive"):
        bounded.check_zip(_archive(a=b"", b=b"", c=b""), limits)
    with pytest.raises(bounded.TooLarge, match="times"):  # 2 MB of zeros: a bomb's ratio
        bounded.check_zip(_archive(a=bytes(2 << 20)), limits)
    with pytest.raises(bounded.TooLarge, match="at most"):
        bounded.check_zip(_archive(a=bytes(5 << 20)), limits)


def test_a_member_is_read_up_to_its_limit_only() -> None:
    archive = _archive(a=b"x" * 100)
    assert bounded.read_member(archive, "a", 100) == b"x" * 100
    with pytest.raises(bounded.TooLarge):
        bounded.read_member(archive, "a", 99)
    with pytest.raises(bounded.TooLarge):
        bounded.copy_member(archive, "a", io.BytesIO(), 99)
