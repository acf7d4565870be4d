"""A secretariat moving from Word re-enters an old meeting through a package written by
hand (as in seeds/000: attendees by family name, points with nobody credited, no place,
no attendance taken). The import fills what a person cannot know and says so; the
minutes state nothing that was not entered."""

from __future__ import annotations

import json
import uuid as uuids
from pathlib import Path
from typing import Any

import pytest

from app.documents.model import plain_text
from app.services.documents import export as exports
from app.services.documents.request import DocumentRequest
from app.services.interchange import api as interchange
from app.services.interchange.api import Fault, Filled, PackageError
from app.services.meetings import listing as meetings
from app.services.members import listing as members
from app.services.workspace import Database
from tests.documents.readback import docx_text, pdf_text


def _id() -> str:
    return str(uuids.uuid4())


COUNCIL, BODY, MEETING, ITEM_1, ITEM_2 = (_id() for _ in range(5))
SAITO, KON = _id(), _id()
POINTS_1 = [
    "アッセンブリを行う企業は多くないイメージ",
    "遠方かつ、自動車業界が無いことから競合が無く、双方営業の余地がある。",
    "お互い異なることによる良いアイデアが生まれる可能性は高い。",
]
POINTS_2 = [
    "委員会アカウントを作成する",
    "会議内容や市内産業の状況についてBLOG機能で公開を進める。",
]


def _package(path: Path) -> Path:
    """What a clerk (or a small script) writes: no timestamps, no capture times, a
    reading left out and one left empty."""
    remarks: list[dict[str, Any]] = [
        {
            "uuid": _id(),
            "agenda_item_uuid": ITEM_1,
            "position": n,
            "text": text,
            "speaker_member_uuid": None,
        }
        for n, text in enumerate(POINTS_1)
    ] + [
        {"uuid": _id(), "agenda_item_uuid": ITEM_2, "position": n, "text": text}
        for n, text in enumerate(POINTS_2)
    ]
    document = {
        "format": "jimukyoku-data",
        "version": 1,
        "exported_at": "2026-12-01T00:00:00Z",
        "source": {"council_uuid": COUNCIL, "council_name": "綾瀬イノベーション推進委員会"},
        "entities": {
            "council": [{"uuid": COUNCIL, "name": "綾瀬イノベーション推進委員会"}],
            "body": [{"uuid": BODY, "name": "定例会"}],
            "member": [
                {"uuid": SAITO, "family_name": "斉藤", "given_name": "太郎"},
                {"uuid": KON, "family_name": "コン", "family_name_reading": ""},
            ],
            "meeting": [
                {
                    "uuid": MEETING,
                    "body_uuid": BODY,
                    "sequence_number": 1,
                    "fiscal_year": 2022,
                    "held_on": "2022-07-04",
                }
            ],
            "agenda_item": [
                {
                    "uuid": ITEM_1,
                    "meeting_uuid": MEETING,
                    "position": 0,
                    "title": "他地域企業団体との連携について",
                },
                {
                    "uuid": ITEM_2,
                    "meeting_uuid": MEETING,
                    "position": 1,
                    "title": "あやせ工場スマートナビについて",
                },
            ],
            "remark": remarks,
        },
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_import_fills_what_was_left_out_and_says_so(db: Database, tmp_path: Path) -> None:
    package = interchange.read_package(_package(tmp_path / "2022.json"))
    plan = interchange.apply_import(db, package)
    assert plan.added == 12  # council, body, 2 members, meeting, 2 items, 5 remarks
    filled = {(f.table, f.field, f.provisional): f.count for f in plan.filled}
    assert filled[("remark", "captured_at", False)] == 5
    assert filled[("remark", "created_at", False)] == 5
    assert filled[("meeting", "updated_at", False)] == 1
    assert filled[("member", "family_name_reading", True)] == 1  # 斉藤: to be checked
    assert filled[("member", "family_name_reading", False)] == 1  # コン: read as written
    assert all(isinstance(f, Filled) and f.count > 0 for f in plan.filled)
    readings = {row.full_name: row.reading for row in members.list_members(db)}
    assert readings["コン"] == "こん"
    assert readings["斉藤 太郎"].startswith("斉藤")  # provisional: the name as written


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_minutes_state_nothing_that_was_not_entered(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    interchange.apply_import(db, interchange.read_package(_package(tmp_path / "2022.json")))
    [meeting] = meetings.list_meetings(db)
    request = DocumentRequest(meeting_id=meeting.id)
    document = exports.build(db, "minutes", request)
    text = plain_text(document)
    for point in POINTS_1 + POINTS_2:
        assert point in text
    for invented in ("なし", "—", "開催場所", "欠席者", "出席者"):
        assert invented not in text
    assert document.title == "令和4年7月4日 綾瀬イノベーション推進委員会 定例会 議事録"
    written = exports.export(db, "minutes", request, tmp_path / f"minutes{suffix}").path
    read = pdf_text(written) if suffix == ".pdf" else docx_text(written)
    assert POINTS_2[1] in read.replace("\n", "")
    assert "なし" not in read and "—" not in read


def test_a_required_field_left_out_names_the_table_record_and_field(tmp_path: Path) -> None:
    path = _package(tmp_path / "2022.json")
    document = json.loads(path.read_text(encoding="utf-8"))
    del document["entities"]["meeting"][0]["held_on"]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(PackageError) as raised:
        interchange.read_package(path)
    place = raised.value.place
    assert place is not None
    assert (place.table, place.uuid, place.field, place.fault) == (
        "meeting",
        MEETING,
        "held_on",
        Fault.MISSING_FIELD,
    )
