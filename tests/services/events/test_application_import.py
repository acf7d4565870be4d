"""Importing applications: the file's encodings, the columns mapped (and remembered), each
row checked, repeated applications merged, the roster linked, and the places and the
waitlist given in the order of application, all in one transaction or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.services.events import participants
from app.services.events.applications.fields import field_for_header
from app.services.events.applications.importing import import_applications
from app.services.events.applications.preview import (
    preview_applications,
    read_application_file,
    remembered_mapping,
)
from app.services.events.applications.rows import Choice, ImportRefused
from app.services.events.codes import ParticipationState
from app.services.problems import Problem
from app.storage.database import Database
from tests.event_applications import (
    BAD_EMAIL_LINE,
    HEADERS,
    MEMBER_LINE,
    TWICE_FIRST_LINE,
    TWICE_SECOND_LINE,
    add_member,
    application_rows,
    application_text,
    name_on,
    seminar,
    write_cp932,
)


def _preview(db: Database, event_id: int, path: Path, mapping: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return preview_applications(db, event_id, read_application_file(path), mapping)


def test_sixty_applications_for_fifty_places(db: Database, tmp_path: Path) -> None:
    event_id, member_id = seminar(db), add_member(db)
    preview = _preview(db, event_id, write_cp932(tmp_path))
    assert preview.encoding == "cp932"
    assert [(e.line, e.field, e.problem) for e in preview.errors] == [
        (BAD_EMAIL_LINE, "email", Problem.BAD_EMAIL)
    ]
    twice = next(row for row in preview.rows if row.line == TWICE_SECOND_LINE)
    assert twice.duplicate is not None and twice.duplicate.line == TWICE_FIRST_LINE
    expected = preview.expected()
    assert (expected.accepted, expected.waitlisted, expected.rejected, expected.merged) == (
        50,
        8,
        1,
        1,
    )

    result = import_applications(db, preview, skip_invalid=True)

    assert len(result.accepted) == 50 and len(result.waitlisted) == 8
    assert result.rejected_lines == (BAD_EMAIL_LINE,)
    assert [(m.line, m.into_line) for m in result.merged] == [(TWICE_SECOND_LINE, TWICE_FIRST_LINE)]
    people = [line for line in range(2, 62) if line not in (BAD_EMAIL_LINE, TWICE_SECOND_LINE)]
    assert [r.line for r in result.waitlisted] == people[50:]  # in order of application
    assert [r.waitlist_number for r in result.waitlisted] == list(range(1, 9))
    saved = participants.list_participants(db, event_id)
    assert len(saved) == 58
    assert [p.name for p in saved if p.state is ParticipationState.WAITLISTED] == [
        name_on(line) for line in people[50:]
    ]
    member = next(p for p in saved if p.name == name_on(MEMBER_LINE))
    assert member.member_id == member_id and member.fee_category == "会員"
    assert result.linked == 1


def test_nothing_is_written_while_errors_remain(db: Database, tmp_path: Path) -> None:
    event_id = seminar(db)
    preview = _preview(db, event_id, write_cp932(tmp_path))
    with pytest.raises(ImportRefused):
        import_applications(db, preview)
    assert participants.list_participants(db, event_id) == []
    assert remembered_mapping(db, event_id) == {}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_csv_encodings(db: Database, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "applications.csv"
    path.write_bytes(application_text().encode(encoding))
    preview = _preview(db, seminar(db), path)
    assert preview.encoding == encoding
    assert [row.values["name"] for row in preview.rows][:2] == [name_on(2), name_on(3)]
    assert preview.rows[0].values["applied_at"] == application_rows()[0][0]


def test_xlsx_with_date_times(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    from app.services.events.applications.values import time_stamp

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(HEADERS))
    for row in application_rows()[:3]:
        stamp = time_stamp(row[0])
        assert stamp is not None
        sheet.append([stamp.replace(tzinfo=None), *row[1:]])
    path = tmp_path / "applications.xlsx"
    workbook.save(path)
    preview = _preview(db, seminar(db), path)
    assert preview.errors == ()
    first = preview.rows[0].form
    assert first is not None and first.applied_at == time_stamp(application_rows()[0][0])


def test_the_mapping_is_remembered_for_the_event(db: Database, tmp_path: Path) -> None:
    event_id = seminar(db)
    path = tmp_path / "form.csv"
    path.write_text("ご氏名,御社名,ご連絡先\n山田 太郎,山田工業,yamada@example.jp\n", "utf-8")
    mapping = {"ご氏名": "name", "御社名": "organization_name", "ご連絡先": "email"}
    preview = _preview(db, event_id, path, mapping)
    assert preview.rows[0].form is not None
    import_applications(db, preview)
    assert remembered_mapping(db, event_id) == mapping
    again = _preview(db, event_id, path)  # no mapping given: the remembered one
    assert again.mapping == mapping
    assert again.rows[0].duplicate is not None  # and 山田 太郎 is a participant now


def test_usual_headers_are_recognised_and_unknown_columns_left_out(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "form.csv"
    path.write_text("お名前（必須）,E-mail,TEL,アンケート\n山田 太郎,y@example.jp,045-1,良い\n")
    preview = _preview(db, seminar(db), path)
    assert preview.mapping == {
        "お名前（必須）": "name",
        "E-mail": "email",
        "TEL": "phone",
        "アンケート": "",
    }


def test_fee_categories_and_reception(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(
        "氏名,参加区分,懇親会\n"
        '山田 太郎,"一般（1,000円）",○\n'
        "田中 花子,学生,参加\n"
        "鈴木 一郎,会員,たぶん\n",
        "utf-8",
    )
    preview = _preview(db, seminar(db), path)
    first = preview.rows[0].form
    assert first is not None and first.fee_category == "一般" and first.joins_reception
    assert [(e.line, e.field, e.problem) for e in preview.errors] == [
        (3, "fee_category", Problem.UNKNOWN_CATEGORY),
        (4, "joins_reception", Problem.NOT_YES_NO),
    ]


def test_a_participant_applying_again_is_merged_unless_new_is_chosen(
    db: Database, tmp_path: Path
) -> None:
    event_id = seminar(db)
    path = tmp_path / "form.csv"
    path.write_text("氏名,会社名,電話番号\n山田 太郎,山田工業,\n田中 花子,田中商店,\n", "utf-8")
    import_applications(db, _preview(db, event_id, path))
    path.write_text(
        "氏名,会社名,電話番号\n山田 太郎,山田工業,045-111-2222\n田中 花子,田中商店,\n", "utf-8"
    )
    preview = _preview(db, event_id, path)
    assert [row.duplicate.participant_number for row in preview.rows if row.duplicate] == [1, 2]
    result = import_applications(db, preview, {3: Choice.NEW})
    assert [(m.line, m.into_number) for m in result.merged] == [(2, 1)]
    assert [r.line for r in result.accepted] == [3]
    saved = participants.list_participants(db, event_id)
    assert [p.name for p in saved] == ["山田 太郎", "田中 花子", "田中 花子"]
    assert participants.load_participant(db, saved[0].id).phone == "045-111-2222"


def test_bad_time_stamp_is_a_row_problem(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text("タイムスタンプ,氏名\n2025/02/30 9:00:00,山田 太郎\n2025-10-01T09:30,田中\n")
    preview = _preview(db, seminar(db), path)
    assert [(e.line, e.problem) for e in preview.errors] == [(2, Problem.BAD_DATETIME)]


def test_a_file_of_headers_only_and_short_rows(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text("氏名,会社名,備考\n山田 太郎\n", "utf-8")
    preview = _preview(db, seminar(db), path)
    assert preview.headers == ("氏名", "会社名", "備考")
    assert preview.rows[0].form is not None
    path.write_text("氏名,会社名\n", "utf-8")
    empty = _preview(db, seminar(db), path)
    assert (empty.headers, empty.rows, empty.expected().accepted) == (("氏名", "会社名"), (), 0)


def test_a_name_alone_is_not_the_same_person(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "form.csv"
    path.write_text(
        "氏名,会社名,メールアドレス\n田中 一郎,,\n田中 一郎,,\n田中 一郎,,t@example.jp\n"
        "田中 一郎,田中商店,T@Example.jp\n",
        "utf-8",
    )
    preview = _preview(db, seminar(db), path)
    assert [row.duplicate.line if row.duplicate else None for row in preview.rows] == [
        None,
        None,
        None,
        4,  # the same address (case folded)
    ]


def test_the_reading_of_the_company_is_its_own_column_and_must_be_kana(
    db: Database, tmp_path: Path
) -> None:
    """「会社名（フリガナ）」 names the company's reading, not the company."""
    path = tmp_path / "form.csv"
    path.write_text(
        "お名前,フリガナ,会社名,会社名（フリガナ）\n"
        "山田 太郎,ヤマダ タロウ,株式会社浜田精機,ハマダセイキ\n"
        "田中 花子,タナカ ハナコ,東和精機株式会社,東和\n",
        "utf-8",
    )
    preview = _preview(db, seminar(db), path)
    assert preview.mapping == {
        "お名前": "name",
        "フリガナ": "reading",
        "会社名": "organization_name",
        "会社名（フリガナ）": "organization_reading",
    }
    assert [(e.line, e.field, e.problem) for e in preview.errors] == [
        (3, "organization_reading", Problem.READING_NOT_KANA)
    ]
    event_id = preview.event_id
    import_applications(db, preview, skip_invalid=True)
    (row,) = participants.list_participants(db, event_id)
    saved = participants.load_participant(db, row.id)
    assert (saved.organization_name, saved.organization_reading) == (
        "株式会社浜田精機",
        "ハマダセイキ",
    )


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("会社名（フリガナ）（必須）", "organization_reading"),
        ("【必須】会社名（フリガナ）", "organization_reading"),
        ("会社名（カナ）", "organization_reading"),
        ("勤務先（よみ）", "organization_reading"),
        ("フリガナ（会社名）（必須）", "organization_reading"),
        ("お名前（フリガナ）", "reading"),
        ("お名前（必須）", "name"),
        ("会社名（必須）", "organization_name"),
        ("懇親会（参加・不参加）", "joins_reception"),
    ],
)
def test_a_note_asking_for_the_reading_makes_a_header_the_readings(header: str, field: str) -> None:
    assert field_for_header(header) == field
