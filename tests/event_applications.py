"""The acceptance scenario of the application import (issue 18): a seminar of 50 places
with fees 会員 0円 / 一般 1,000円, a member on the roster, and a form export of 60
applications in order of their time stamps, among them one person who applied twice,
one bad e-mail address and the member."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.japanese.timezone import TOKYO
from app.models import Member, Organization
from app.services.events import editing
from app.services.events.rows import EventForm, FeeInput
from app.storage.database import Database

HEADERS = (
    "タイムスタンプ",
    "お名前",
    "フリガナ",
    "会社名",
    "部署・役職",
    "メールアドレス",
    "電話番号",
    "会員区分",
    "懇親会",
)
_FAMILIES = (
    ("青木", "アオキ"),
    ("石井", "イシイ"),
    ("上田", "ウエダ"),
    ("遠藤", "エンドウ"),
    ("小川", "オガワ"),
    ("加藤", "カトウ"),
    ("木村", "キムラ"),
    ("工藤", "クドウ"),
    ("小林", "コバヤシ"),
    ("斎藤", "サイトウ"),
)
_GIVENS = (
    ("一郎", "イチロウ"),
    ("花子", "ハナコ"),
    ("健太", "ケンタ"),
    ("美咲", "ミサキ"),
    ("翔", "ショウ"),
    ("由美", "ユミ"),
)
FIRST_STAMP = datetime(2025, 10, 1, 0, 0, tzinfo=UTC)  # 9:00 in Japan
MEMBER_LINE = 5  # 佐藤 次郎 of 綾瀬精工株式会社, on the roster
TWICE_FIRST_LINE, TWICE_SECOND_LINE = 10, 40  # the same e-mail address twice
BAD_EMAIL_LINE = 25
MEMBER = ("佐藤", "次郎", "サトウ", "ジロウ", "綾瀬精工株式会社")


def seminar(db: Database, capacity: str = "50") -> int:
    saved = editing.save(
        db,
        EventForm(
            title="ものづくりDXセミナー",
            held_on="2025-10-24",
            start_time="13:30",
            end_time="16:00",
            capacity=capacity,
            fees=(FeeInput("会員", "0"), FeeInput("一般", "1000")),
        ),
    )
    assert saved.id is not None
    return saved.id


def add_member(db: Database) -> int:
    family, given, family_reading, given_reading, organization = MEMBER
    with db.transaction() as session:
        member = Member(
            family_name=family,
            given_name=given,
            family_name_reading=family_reading,
            given_name_reading=given_reading,
            organization=Organization(name=organization),
        )
        session.add(member)
        session.flush()
        return member.id


def application_rows() -> list[list[str]]:
    """60 rows (file lines 2 … 61), their time stamps in file order (Japan time)."""
    rows = []
    for index in range(60):
        line = index + 2
        family, family_reading = _FAMILIES[index % 10]
        given, given_reading = _GIVENS[index // 10]
        name, reading = f"{family} {given}", f"{family_reading} {given_reading}"
        organization = f"{family}製作所{index + 1}"
        email = f"user{index + 1:02}@example.jp"
        category = "一般" if index % 3 else "会員"
        if line == MEMBER_LINE:
            name = f"{MEMBER[0]} {MEMBER[1]}"
            reading = f"{MEMBER[2]} {MEMBER[3]}"
            organization, email, category = MEMBER[4], "jiro@ayase-seiko.example", "会員"
        if line == TWICE_SECOND_LINE:  # applied again, from the same address
            first = TWICE_FIRST_LINE - 2
            family, family_reading = _FAMILIES[first % 10]
            given, given_reading = _GIVENS[first // 10]
            name, reading = f"{family} {given}", f"{family_reading} {given_reading}"
            organization, email = f"{family}製作所{first + 1}", f"user{first + 1:02}@example.jp"
        if line == BAD_EMAIL_LINE:
            email = "user-at-example.jp"
        japan = (FIRST_STAMP + timedelta(minutes=7 * index)).astimezone(TOKYO)
        rows.append(
            [
                f"{japan:%Y/%m/%d} {japan.hour}:{japan:%M:%S}",
                name,
                reading,
                organization,
                "営業部 課長",
                email,
                f"0467-70-{index + 1:04}",
                category,
                "出席" if index % 2 else "欠席",
            ]
        )
    return rows


def application_text(rows: list[list[str]] | None = None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(application_rows() if rows is None else rows)
    return out.getvalue()


def write_cp932(folder: Path, name: str = "applications.csv") -> Path:
    path = folder / name
    path.write_bytes(application_text().encode("cp932"))
    return path


def name_on(line: int) -> str:
    return application_rows()[line - 2][1]
