"""議事録: section order, 敬称略 lists with counts, 「なし」, → decisions, bullet opinions."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path

import pytest

from app.documents.builders import minutes
from app.documents.inputs import (
    ActionLine,
    AgendaSection,
    Attendee,
    DateStyle,
    LabelStyle,
    MinutesInput,
    MinutesOptions,
    RemarkLine,
)
from app.documents.model import plain_text

GOLDEN = Path(__file__).parent / "golden" / "minutes.txt"

FIXTURE = MinutesInput(
    council_name="綾瀬イノベーション推進委員会",
    title="第3回 綾瀬イノベーション推進委員会 定例会",
    held_on=date(2022, 7, 4),
    start=time(19, 0),
    end=time(20, 30),
    place="綾瀬市役所 5階 会議室",
    members=(
        Attendee("斉藤"),
        Attendee("今"),
        Attendee("中島", proxy="中島 次郎"),
        Attendee("野口", note="オンライン"),
    ),
    secretariat=(Attendee("松村"),),
    others=(Attendee("山田 一郎", note="綾瀬市"),),
    absent=(),
    materials=("資料1 A地域の概要",),
    items=(
        AgendaSection(
            label="①",
            title="他地域企業団体との連携について",
            proposal="当推進委員会が綾瀬側の窓口となり、地域間連携に発展させたいが、意見を聞きたい。",
            decisions=("→7月末にA地域を委員数名で訪問。",),
            remarks=(
                RemarkLine("今", "意見", "アッセンブリを行う企業は多くないイメージ"),
                RemarkLine("野口", "意見", "双方営業の余地がある。"),
            ),
            actions=(ActionLine("訪問日程をA地域と調整する", "事務局", date(2022, 7, 15)),),
        ),
        AgendaSection(
            label="②",
            title="あやせ工場スマートナビについて",
            result="報告了承",
            remarks=(RemarkLine("斉藤", "報告", "委員会アカウントを作成する"),),
        ),
    ),
    next_meeting="令和4年8月1日(月) 19時00分～",
    recorder="松村(事務局)",
    signers=("今 太郎", "野口 花子"),
)


def test_minutes_match_the_reviewed_text() -> None:
    text = plain_text(minutes.build(FIXTURE))
    assert text == GOLDEN.read_text(encoding="utf-8").rstrip("\n")


def test_speaker_names_can_be_shown() -> None:
    text = plain_text(minutes.build(FIXTURE, MinutesOptions(show_speakers=True)))
    assert "・アッセンブリを行う企業は多くないイメージ(今)" in text


def test_no_absentees_reads_nashi_and_no_signers_no_block() -> None:
    text = plain_text(minutes.build(replace(FIXTURE, signers=())))
    assert "欠席者(敬称略)\nなし" in text and "議事録署名人" not in text


@pytest.mark.parametrize(
    ("held_on", "expected"),
    [(date(2022, 7, 4), "令和4年7月4日(月)"), (date(2019, 5, 1), "令和元年5月1日(水)")],
)
def test_the_date_is_written_in_wareki(held_on: date, expected: str) -> None:
    text = plain_text(minutes.build(replace(FIXTURE, held_on=held_on)))
    assert f"\n{expected} 午後7時00分～午後8時30分\n" in text


def test_date_style_settings() -> None:
    style = MinutesOptions(dates=DateStyle(western=True, twelve_hour=False))
    assert "2022年7月4日(月) 19時00分～20時30分" in plain_text(minutes.build(FIXTURE, style))


def test_agenda_labels_can_be_renumbered_in_one_style() -> None:
    text = plain_text(minutes.build(FIXTURE, MinutesOptions(labels=LabelStyle.PARENTHESIZED)))
    assert "(1)他地域企業団体との連携について" in text and "(2)あやせ工場" in text
    assert "①" not in text


def test_the_signature_block_can_be_left_out() -> None:
    text = plain_text(minutes.build(FIXTURE, MinutesOptions(signature_block=False)))
    assert "議事録署名人" not in text
