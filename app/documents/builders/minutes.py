"""議事録: the sections in the order councils write them (DOCUMENTS.md), in one of three
styles. Nothing unknown is printed as a fact: a line whose value is unknown is left out."""

from __future__ import annotations

from datetime import date

from app.documents.builders.minutes_items import item_blocks
from app.documents.inputs import Attendee, MinutesInput, MinutesOptions
from app.documents.model import (
    Block,
    Document,
    Heading,
    ItemList,
    ListItem,
    Paragraph,
    SignatureBlock,
)
from app.documents.model import Title as TitleBlock
from app.japanese.wareki import era_year, format_date, format_date_time_range

SEPARATOR = "、"
SIGNATURE_CAPTION = "上記のとおり相違ないことを確認します。"
BLANK_SIGNERS = 2  # lines to sign by hand when no signers are set


def attendee_text(person: Attendee) -> str:
    """「斉藤」, 「今(代理 今 花子)」, 「野口(オンライン)」."""
    if person.proxy:
        return f"{person.name}(代理 {person.proxy})"
    return f"{person.name}({person.note})" if person.note else person.name


def _group(caption: str, people: tuple[Attendee, ...]) -> str:
    return f"{caption}({len(people)}名) " + SEPARATOR.join(attendee_text(p) for p in people)


def minutes_title(data: MinutesInput, options: MinutesOptions) -> str:
    """The council's wording: 「令和4年7月4日 綾瀬イノベーション推進委員会 定例会 議事録」."""
    day = format_date(
        data.held_on,
        weekday=False,
        western=options.dates.western,
        full_width=options.dates.full_width,
    )
    text = data.title_format.replace("{date}", day)
    text = text.replace("{council}", data.council_name).replace("{meeting}", data.title)
    return " ".join(text.split())  # an empty part leaves no double space


def _signing_date(held_on: date, western: bool) -> str:
    """「令和　　年　　月　　日」: filled in by hand when the minutes are signed."""
    era = "" if western else era_year(held_on)[0]
    return f"{era}\u3000\u3000年\u3000\u3000月\u3000\u3000日"


def _attendance_blocks(data: MinutesInput) -> list[Block]:
    present = [
        _group(caption, people)
        for caption, people in (
            ("委員", data.members),
            ("事務局", data.secretariat),
            ("その他", data.others),
        )
        if people
    ]
    blocks: list[Block] = []
    if present:
        blocks += [Heading("出席者(敬称略)"), Paragraph("\n".join(present), indent=1)]
    if data.attendance_taken:  # 「なし」 only when attendance was taken and nobody was absent
        absent = SEPARATOR.join(attendee_text(p) for p in data.absent) or "なし"
        blocks += [Heading("欠席者(敬称略)"), Paragraph(absent, indent=1)]
    return blocks


def build(data: MinutesInput, options: MinutesOptions | None = None) -> Document:
    options = options or MinutesOptions()
    style = options.style or data.style
    dates = options.dates
    when = format_date_time_range(
        data.held_on,
        data.start,
        data.end,
        twelve_hour=dates.twelve_hour,
        full_width=dates.full_width,
        western=dates.western,
    )
    title = minutes_title(data, options)
    blocks: list[Block] = [TitleBlock(title), Heading("開催日時"), Paragraph(when, indent=1)]
    if data.place:
        blocks += [Heading("開催場所"), Paragraph(data.place, indent=1)]
    blocks += _attendance_blocks(data)
    if data.materials:
        blocks += [
            Heading("配布資料"),
            ItemList(tuple(ListItem("・", m) for m in data.materials), indent=1),
        ]
    blocks.append(Heading("議題"))
    for number, item in enumerate(data.items, start=1):
        blocks += item_blocks(item, number, style, options)
    if data.next_meeting:
        blocks += [Heading("次回開催予定"), Paragraph(data.next_meeting, indent=1)]
    if data.recorder:
        blocks += [Heading("記録者"), Paragraph(data.recorder, indent=1)]
    if options.signature_block:
        signers = data.signers or ("",) * BLANK_SIGNERS
        dated = _signing_date(data.held_on, dates.western)
        blocks.append(SignatureBlock(SIGNATURE_CAPTION, tuple(signers), dated, "議事録署名人"))
    return Document(
        title=title,
        blocks=tuple(blocks),
        header=data.council_name,
        subject="議事録",
        author=data.council_name,
        units=_names(data),
    )


def _names(data: MinutesInput) -> tuple[str, ...]:
    """The attendees' names and their proxies: no line breaks inside them."""
    people = (*data.members, *data.secretariat, *data.others, *data.absent)
    names = {text: None for p in people for text in (p.name, p.proxy) if text}
    names.update({signer: None for signer in data.signers if signer})
    if data.recorder:
        names[data.recorder] = None
    return tuple(names)
