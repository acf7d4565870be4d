"""The documents of an event, read back from the PDF (pypdf) and the Word file
(python-docx): the notice says everything the seed's notice says and ends with its FAX
form on one page; the badges name everyone with a place, with the reading, so many to a
sheet; the lists keep contacts out unless asked for."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from app.documents.builders import event_badges
from app.documents.labels import fits_a4
from app.documents.model import Document, plain_text
from app.services.documents import export as exports
from app.services.documents.request import DateStyle, DocumentRequest, MinutesOptions
from app.services.events import editing
from app.storage.database import Database
from tests.documents.readback import (
    A4_POINTS,
    docx_text,
    normalise,
    pdf_fonts,
    pdf_page_sizes,
    pdf_text,
    table_headers,
)
from tests.services.events.seed_event import LONG_COMPANY, TODAY, person_name, seed_event


def _both(document: Document, folder: Path, stem: str) -> tuple[str, str, PdfReader]:
    """Write both formats; the PDF's and the Word file's text (normalised), and the PDF."""
    pdf = exports.write(document, folder / f"{stem}.pdf").path
    docx = exports.write(document, folder / f"{stem}.docx").path
    # A4, landscape when a table needs it (the lists with contact columns)
    assert pdf_page_sizes(pdf) in ({A4_POINTS}, {A4_POINTS[::-1]})
    fonts = pdf_fonts(pdf)
    assert fonts and all(embedded and "IPAex" in name for name, embedded in fonts)
    pdf_said = normalise(pdf_text(pdf, document.header, table_headers(document)))
    return pdf_said, normalise(docx_text(docx)), PdfReader(str(pdf))


def _make(db: Database, kind: str, event_id: int, **options: object) -> Document:
    request = DocumentRequest(event_id=event_id, today=TODAY, **options)  # type: ignore[arg-type]
    return exports.build(db, kind, request)


# Every field of the seed's notice (seeds/004: かわさき経済人ネットワークサロン), as printed.
SEED_FIELDS = (
    "日時",
    "令和8年2月25日(水)18:00～20:30",
    "開場17:30",
    "場所",
    "かながわサイエンスパーク(KSP)西棟3階310会議室",
    "川崎市高津区坂戸3-2-1",
    "参加費",
    "一般1,000円(当日払い)",
    "テーマ",
    "KSPの新事業立上げと支援ネットワーク紹介を基に新規事業支援について意見交換",
    "スケジュール",
    "17:30",
    "KSPインキュベーション関連施設等の見学会",
    "18:10",
    "ケイエスピーのビジネスインキュベーションの現状と課題",
    "志茂武氏",
    "取締役",
    "猿渡一秀氏",
    "定員",
    "40名",
    "申込締切",
    "令和8年2月18日(水)",
    "申込方法",
    "申込先",
    "担当田中",
    "TEL045-633-5192",
    "FAX045-633-5194",
    "shigeo.tanaka@m2.people.or.jp",
    "主催",
)
FORM_FIELDS = ("きりとり線", "参加申込書", "会社名", "氏名", "役職", "電話", "E-mail")


def test_the_notice_says_every_field_of_the_seeds_and_its_fax_form_on_one_page(
    db: Database, tmp_path: Path
) -> None:
    document = _make(db, "event-notice", seed_event(db))
    pdf_said, docx_said, reader = _both(document, tmp_path, "notice")
    assert len(reader.pages) == 1
    assert pdf_said == docx_said
    for field in (*SEED_FIELDS, *FORM_FIELDS, "懇親会", "出・欠"):
        assert normalise(field) in pdf_said, field
    # the form comes after the cut line, the FAX number large above it
    cut = pdf_said.index("きりとり線")
    assert pdf_said.index("会社名") > cut
    assert pdf_said.index("FAX045-633-5194", cut) > cut


def test_without_a_get_together_fee_the_form_asks_no_attendance(
    db: Database, tmp_path: Path
) -> None:
    event_id = seed_event(db, people=0)
    form = editing.load_form(db, event_id)
    editing.save(db, replace(form, fees=form.fees[:2]))
    pdf_said, docx_said, _ = _both(_make(db, "event-notice", event_id), tmp_path, "notice")
    assert pdf_said == docx_said
    assert "懇親会" not in pdf_said and "出・欠" not in pdf_said


def _page_texts(reader: PdfReader) -> list[str]:
    return [normalise(page.extract_text() or "") for page in reader.pages]


@pytest.mark.parametrize("sheet", ["10", "12"])
def test_the_badges_name_everyone_with_a_place_with_the_reading(
    db: Database, tmp_path: Path, sheet: str
) -> None:
    people = 25
    event_id = seed_event(db, people=people)
    document = _make(db, "badges", event_id, badge_sheet=sheet)
    pdf_said, docx_said, reader = _both(document, tmp_path, f"badges-{sheet}")
    per_page = event_badges.SHEETS[sheet].per_page
    assert len(reader.pages) == math.ceil(people / per_page)
    names = [person_name(number) for number in range(people)]
    for name, reading in names:
        assert normalise(reading) + normalise(name) in pdf_said, name
        assert normalise(reading) + normalise(name) in docx_said, name
    pages = _page_texts(reader)
    badges = [normalise(reading) + normalise(name) for name, reading in names]
    counts = [sum(badge in text for badge in badges) for text in pages]
    assert counts[:-1] == [per_page] * (len(pages) - 1)
    assert sum(counts) == people
    # the role of speakers and guests, and the organisation, on their badges
    assert normalise("講師株式会社ケイエスピーしもたけし志茂武") in pdf_said
    assert normalise("来賓川崎市経済労働局") in pdf_said


def test_a_long_name_is_printed_smaller_never_broken(db: Database, tmp_path: Path) -> None:
    event_id = seed_event(db)
    document = _make(db, "badges", event_id)
    pdf = exports.write(document, tmp_path / "badges.pdf").path
    lines = [
        line.strip()
        for page in PdfReader(str(pdf)).pages
        for line in (page.extract_text() or "").split("\n")
    ]
    assert "勅使河原 左衛門三郎" in lines
    assert LONG_COMPANY in lines


def test_the_label_sheets_add_up_to_a4() -> None:
    for key, sheet in event_badges.SHEETS.items():
        across = 2 * sheet.left + sheet.columns * sheet.width
        down = 2 * sheet.top + sheet.rows * sheet.height
        assert (round(across, 1), round(down, 1)) == (210.0, 297.0), key
        assert fits_a4(sheet)


def test_an_unknown_sheet_setting_prints_on_the_default_sheet() -> None:
    assert event_badges.sheet("99") == event_badges.SHEETS["10"]


def test_the_reception_list_has_those_with_a_place_and_the_waitlist_apart(
    db: Database, tmp_path: Path
) -> None:
    event_id = seed_event(db, capacity="6")  # speakers, guests and staff take no place
    pdf_said, docx_said, _ = _both(_make(db, "reception-list", event_id), tmp_path, "list")
    assert pdf_said == docx_said
    waiting = pdf_said.index("キャンセル待ち")
    # six places for participants; speakers, guests and staff take none
    for name in ("相沢 一郎", "小川 四郎", "南出 健一", "志茂 武", "川崎 太郎", "木村 六子"):
        assert pdf_said.index(normalise(name)) < waiting, name
    for name in ("加藤 五郎", "久保 七海"):
        assert pdf_said.index(normalise(name)) > waiting, name
    assert "1,000円受領済" in pdf_said and "免除" in pdf_said
    assert "@example.jp" not in pdf_said


@pytest.mark.parametrize("kind", ["reception-list", "participant-list"])
def test_contacts_only_when_asked_for(db: Database, tmp_path: Path, kind: str) -> None:
    event_id = seed_event(db)
    without, _, _ = _both(_make(db, kind, event_id), tmp_path, "without")
    with_contact, docx_said, _ = _both(
        _make(db, kind, event_id, with_contact=True), tmp_path, "with"
    )
    assert with_contact == docx_said
    assert "p3@example.jp" in with_contact and "045-000-0003" in with_contact
    assert "@example.jp" not in without and "045-000-" not in without


def test_the_participant_list_gives_state_role_category_and_payment(
    db: Database, tmp_path: Path
) -> None:
    event_id = seed_event(db, capacity="6")
    pdf_said, docx_said, _ = _both(_make(db, "participant-list", event_id), tmp_path, "all")
    assert pdf_said == docx_said
    # 受付番号 4: 相沢 一郎, a participant who paid his 一般 fee
    assert (
        normalise("4あいざわいちろう相沢一郎株式会社相沢精機代表取締役参加者参加一般受領")
        in pdf_said
    )
    assert "キャンセル待ち1" in pdf_said
    # 南出 健一, a speaker in 会員 who stays for the 懇親会 the event charges apart
    assert normalise("講師参加会員＋懇親会免除") in pdf_said


def test_the_docx_badges_are_laid_on_the_sheet(db: Database, tmp_path: Path) -> None:
    """Word puts the labels where the sheet has them: the margins and the cells' size."""
    event_id = seed_event(db)
    document = _make(db, "badges", event_id)
    path = exports.write(document, tmp_path / "badges.docx").path
    docx = open_docx(str(path))
    section = docx.sections[0]
    assert round(section.top_margin.mm, 1) == 21.5
    assert round(section.left_margin.mm, 1) == 18.6
    table = docx.tables[0]
    assert len(table.rows) == 5 and len(table.columns) == 2
    assert {round(row.height.mm, 1) for row in table.rows} == {50.8}


def test_the_dates_follow_the_style_chosen(db: Database, tmp_path: Path) -> None:
    event_id = seed_event(db)
    western = MinutesOptions(dates=DateStyle(western=True))
    pdf_said, docx_said, _ = _both(
        _make(db, "event-notice", event_id, options=western), tmp_path, "western"
    )
    assert pdf_said == docx_said
    assert normalise("2026年2月25日(水)18:00～20:30") in pdf_said
    assert "令和" not in pdf_said


def test_a_long_notice_moves_its_form_to_the_next_page_whole(db: Database, tmp_path: Path) -> None:
    event_id = seed_event(db, people=0)
    form = editing.load_form(db, event_id)
    rows = tuple(
        replace(form.timetable[1], time_text=f"{hour}:00", title=f"講演{hour}「事業承継と人材」")
        for hour in range(9, 19)
    )
    editing.save(db, replace(form, timetable=rows))
    document = _make(db, "event-notice", event_id)
    pdf_said, docx_said, reader = _both(document, tmp_path, "long")
    assert pdf_said == docx_said
    pages = _page_texts(reader)
    assert len(pages) == 2
    assert "きりとり線" not in pages[0] and "会社名" not in pages[0]
    assert all(field in pages[1] for field in ("きりとり線", "会社名", "E-mail", "出・欠"))
    # Word keeps the piece together: every paragraph from the cut line on keeps with the next
    body = open_docx(str(tmp_path / "long.docx")).element.body
    paragraphs = [p for p in body.iter() if p.tag.endswith("}p")]
    cut = next(n for n, p in enumerate(paragraphs) if "きりとり線" in "".join(p.itertext()))
    kept = ["keepNext" in "".join(e.tag for e in p.iter()) for p in paragraphs[cut:]]
    assert kept[:-1] == [True] * (len(kept) - 1)


def test_libreoffice_prints_every_badge_name_on_one_line(db: Database, tmp_path: Path) -> None:
    """The Word file's names are sized for LibreOffice's spacing too (「左衛門三郎19」)."""
    from tests.documents.test_libreoffice import _convert

    event_id = seed_event(db, people=30)
    document = _make(db, "badges", event_id, badge_sheet="12")
    docx = exports.write(document, tmp_path / "badges.docx").path
    pdf = _convert([docx], tmp_path) / "badges.pdf"
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 3  # 30 badges, 12 to a sheet
    lines = {
        normalise(line) for page in reader.pages for line in (page.extract_text() or "").split("\n")
    }
    for number in range(30):
        name, _ = person_name(number)
        assert normalise(name) in lines, name


def test_the_ways_to_apply_are_listed_as_kobunsho_lists_them(db: Database, tmp_path: Path) -> None:
    event_id = seed_event(db, people=0)
    said = normalise(plain_text(_make(db, "event-notice", event_id)))
    assert "申込締切までにFAX、電子メール又は電話でお申し込みください。" in said
    form = editing.load_form(db, event_id)
    editing.save(db, replace(form, contact_phone=""))
    said = normalise(plain_text(_make(db, "event-notice", event_id)))
    assert "申込締切までにFAX又は電子メールでお申し込みください。" in said


def test_the_reception_list_by_organization_follows_the_rosters_readings(
    db: Database, tmp_path: Path
) -> None:
    from app.models import Organization

    event_id = seed_event(db)
    with db.transaction() as session:  # the roster knows how three of the companies read
        for name, reading in (
            ("小川商事株式会社", "おがわしょうじ"),
            ("江口電機株式会社", "えぐちでんき"),
            ("伊藤工業有限会社", "いとうこうぎょう"),
        ):
            session.add(Organization(name=name, reading=reading))
    pdf_said, docx_said, _ = _both(
        _make(db, "reception-list-by-organization", event_id), tmp_path, "by-org"
    )
    assert pdf_said == docx_said
    order = [
        pdf_said.index(normalise(name))
        for name in ("伊藤 花子", "江口 三郎", "小川 四郎", "相沢 一郎", "上野 次郎")
    ]
    # いとう, えぐち, おがわ by the roster; then the companies it does not know (相沢精機);
    # last the one who gave no organisation
    assert order == sorted(order)
    assert "所属の五十音順" in pdf_said
    by_name, _, _ = _both(_make(db, "reception-list", event_id), tmp_path, "by-name")
    assert by_name.index(normalise("相沢 一郎")) < by_name.index(normalise("伊藤 花子"))


def test_companies_the_roster_does_not_know_sort_by_the_reading_given_or_their_kana(
    db: Database, tmp_path: Path
) -> None:
    from app.services.events import participants
    from app.services.events.rows import ParticipantForm

    event_id = seed_event(db, people=0)
    for name, company, reading in (
        ("青木 一郎", "株式会社浜田精機", "カブシキガイシャ ハマダセイキ"),  # read without 株式会社
        ("井上 二郎", "株式会社ケイエスピー", ""),  # in kana: けいえすぴー
        ("上田 三郎", "東和精機株式会社", "とうわせいき"),
        ("江藤 四郎", "株式会社相沢精機", ""),  # no reading known: after those with one
        ("小野 五郎", "", ""),  # no organisation: last
    ):
        participants.add_participant(
            db,
            event_id,
            ParticipantForm(name=name, organization_name=company, organization_reading=reading),
        )
    pdf_said, docx_said, _ = _both(
        _make(db, "reception-list-by-organization", event_id), tmp_path, "by-org"
    )
    assert pdf_said == docx_said
    order = [
        pdf_said.index(normalise(name))
        for name in ("井上 二郎", "上田 三郎", "青木 一郎", "江藤 四郎", "小野 五郎")
    ]
    assert order == sorted(order)  # け, と, は; then the unknown; then none
