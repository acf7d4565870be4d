from pathlib import Path

import pytest

from app.services.members.roster_file import RosterFileError, decode_csv_bytes, read_roster_file

CSV_JA = (
    "氏名,ふりがな,所属,役職,区分,メール\n"
    "斉藤 一郎,さいとう いちろう,株式会社みなと精工,代表取締役,委員,a@example.jp\n"
    "\n"
    "今 花子,こん はなこ,①工房,専務取締役,委員,\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CSV_JA.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + CSV_JA.encode("utf-8"), "utf-8-sig"),
        (CSV_JA.encode("cp932"), "cp932"),
    ],
)
def test_csv_in_every_office_encoding(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(data)
    roster = read_roster_file(path)
    assert roster.encoding == encoding
    assert [row.line for row in roster.rows] == [2, 4]  # the blank line 3 is skipped
    assert roster.rows[1].values["organization"] == "①工房"  # ① survives CP932
    assert roster.rows[0].values["reading"] == "さいとう いちろう"


def test_cp932_wave_dash_and_circled_numbers_decode() -> None:
    text, encoding = decode_csv_bytes("①〜②".encode("cp932"))
    assert encoding == "cp932" and text.startswith("①") and text.endswith("②")


def test_english_headers_and_family_given_split(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(
        "Family name,Given name,Reading,Company,Phone\n嶋,健,しま けん,嶋製作所,046-555-0101\n"
    )
    row = read_roster_file(path).rows[0].values
    assert row == {
        "family_name": "嶋",
        "given_name": "健",
        "reading": "しま けん",
        "organization": "嶋製作所",
        "phone": "046-555-0101",
    }


def test_xlsx(tmp_path: Path) -> None:
    from datetime import datetime

    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["氏名", "よみ", "任期開始"])
    sheet.append(["水木 太郎", "みずき たろう", datetime(2024, 4, 1)])
    path = tmp_path / "roster.xlsx"
    workbook.save(path)
    roster = read_roster_file(path)
    assert roster.rows[0].values == {
        "name": "水木 太郎",
        "reading": "みずき たろう",
        "term_start": "2024-04-01",
    }


def test_unreadable_files_get_a_plain_reason(tmp_path: Path) -> None:
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81\xff" * 10)
    with pytest.raises(RosterFileError, match="neither UTF-8"):
        read_roster_file(binary)
    no_headers = tmp_path / "y.csv"
    no_headers.write_text("a,b\n1,2\n")
    with pytest.raises(RosterFileError, match="no known column headers"):
        read_roster_file(no_headers)
    with pytest.raises(RosterFileError, match="unsupported"):
        read_roster_file(tmp_path / "z.pdf")
