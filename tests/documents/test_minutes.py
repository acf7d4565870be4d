"""議事録: section order, 敬称略 lists with counts, 「なし」 only when known, → decisions, the
explanation, 質疑応答 pairs, bullet opinions and points, in the three styles."""

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
    MinutesStyle,
    RemarkLine,
    RemarkPart,
)
from app.documents.model import plain_text

GOLDEN = Path(__file__).parent / "golden" / "minutes.txt"
P = RemarkPart

FIXTURE = MinutesInput(
    council_name="綾瀬イノベーション推進委員会",
    title="第3回定例会",
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
                RemarkLine("斉藤委員長", "委員長", P.PROCEDURE, "事務局から説明をお願いします。"),
                RemarkLine(
                    "事務局（松村）",
                    "事務局",
                    P.EXPLANATION,
                    "A地域の経済団体と意見交換を進めている。",
                ),
                RemarkLine("今委員", "委員", P.QUESTION, "訪問はいつ頃か。"),
                RemarkLine(
                    "中島 次郎（中島委員代理）", "委員", P.QUESTION, "費用の負担はどうなるか。"
                ),
                RemarkLine("事務局（松村）", "事務局", P.ANSWER, "各社の負担とする。", answers=3),
                RemarkLine(
                    "事務局（松村）", "事務局", P.ANSWER, "7月末を予定している。", answers=2
                ),
                RemarkLine("今委員", "委員", P.OPINION, "アッセンブリを行う企業は多くないイメージ"),
                RemarkLine("野口委員", "委員", P.OPINION, "双方営業の余地がある。"),
                RemarkLine("斉藤委員長", "委員長", P.PROCEDURE, "他にご意見はありますか。"),
            ),
            actions=(ActionLine("訪問日程をA地域と調整する", "事務局", date(2022, 7, 15)),),
        ),
        AgendaSection(
            label="②",
            title="あやせ工場スマートナビについて",
            result="報告了承",
            remarks=(
                RemarkLine("", "", P.POINT, "委員会アカウントを作成する"),
                RemarkLine("", "", P.POINT, "BLOG機能で公開を進める。"),
            ),
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
    assert "・今委員\u3000アッセンブリを行う企業は多くないイメージ" in text
    assert (
        "中島 次郎（中島委員代理）\u3000費用の負担はどうなるか。\n"
        "事務局（松村）\u3000各社の負担とする。"
    ) in text
    assert "事務局（松村）\u3000A地域の経済団体と意見交換を進めている。" in text


def test_questions_are_followed_by_their_answers_and_procedure_is_left_out() -> None:
    text = plain_text(minutes.build(FIXTURE))
    assert (
        "質疑応答\n（委員）訪問はいつ頃か。\n（事務局）7月末を予定している。\n"
        "（委員）費用の負担はどうなるか。\n（事務局）各社の負担とする。\n委員からの意見"
    ) in text
    assert "事務局から説明をお願いします" not in text and "他にご意見は" not in text


def test_an_answer_to_no_question_stands_alone_before_the_pairs() -> None:
    item = AgendaSection(
        "①", "議題", remarks=(RemarkLine("事務局（松村）", "事務局", P.ANSWER, "補足する。"),)
    )
    text = plain_text(minutes.build(replace(FIXTURE, items=(item,))))
    assert "質疑応答\n（事務局）補足する。" in text


def test_points_without_a_speaker_are_bullets_with_no_heading_of_ours() -> None:
    text = plain_text(minutes.build(FIXTURE))
    assert (
        "②あやせ工場スマートナビについて\n・委員会アカウントを作成する\n・BLOG機能で公開を進める。\n→報告了承"
        in text
    )


def test_verbatim_minutes_give_every_remark_in_order_with_its_speaker() -> None:
    text = plain_text(minutes.build(FIXTURE, MinutesOptions(style=MinutesStyle.VERBATIM)))
    assert (
        "○斉藤委員長\u3000事務局から説明をお願いします。\n"
        "○事務局（松村）\u3000A地域の経済団体と意見交換を進めている。\n○今委員\u3000訪問はいつ頃か。"
    ) in text
    assert "○斉藤委員長\u3000他にご意見はありますか。" in text and "質疑応答" not in text


def test_brief_minutes_keep_results_decisions_and_actions_only() -> None:
    text = plain_text(minutes.build(replace(FIXTURE, style=MinutesStyle.BRIEF)))
    assert "→7月末にA地域を委員数名で訪問。" in text and "訪問日程をA地域と調整する" in text
    for left_out in (
        "質疑応答",
        "委員からの意見",
        "アッセンブリ",
        "委員会アカウント",
        "当推進委員会が",
    ):
        assert left_out not in text


def test_no_absentees_reads_nashi_only_when_attendance_was_taken() -> None:
    assert "欠席者(敬称略)\nなし" in plain_text(minutes.build(FIXTURE))
    unknown = replace(FIXTURE, attendance_taken=False, members=(), others=())
    text = plain_text(minutes.build(unknown))
    assert "欠席者" not in text and "なし" not in text
    assert "出席者(敬称略)\n事務局(1名) 松村" in text  # what is known is still printed


def test_an_unknown_place_is_left_out_not_dashed() -> None:
    text = plain_text(minutes.build(replace(FIXTURE, place="")))
    assert "開催場所" not in text and "—" not in text


def test_the_title_follows_the_councils_wording() -> None:
    text = plain_text(minutes.build(replace(FIXTURE, title_format="{council} {meeting} 議事録")))
    assert text.startswith("綾瀬イノベーション推進委員会 第3回定例会 議事録\n")


def test_without_signers_the_block_has_lines_to_sign_by_hand() -> None:
    text = plain_text(minutes.build(replace(FIXTURE, signers=())))
    assert (
        "上記のとおり相違ないことを確認します。\n令和\u3000\u3000年\u3000\u3000月\u3000\u3000日\n議事録署名人\n印\n印"
        in text
    )


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
