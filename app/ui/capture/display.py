"""How the capture console shows a speaker, a remark and an action item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.capture.rows import RemarkEntry
from app.services.dates import japan_time
from app.services.meetings.rows import ActionEntry, Speaker
from app.texts.labels import label
from app.ui.capture.speaker_picker import Pick, no_speaker_text
from app.ui.formatting import short_date


def role_text(speaker: Speaker) -> str:
    """The speaker's role (委員長, 事務局 …); "" for none, or for 事務局 itself (its name
    says it: 「事務局　事務局」 would only repeat it)."""
    if speaker.role is None:
        return ""
    role = label(speaker.role)
    return "" if role == speaker.name else role


def speaker_text(speaker: Speaker) -> str:
    role = role_text(speaker)
    details = [role] if role else []
    if speaker.organization:
        details.append(speaker.organization)
    return f"{speaker.name}（{'・'.join(details)}）" if details else speaker.name


def match_text(pick: Pick | None) -> str:
    """Who the speaker (or owner) box stands for, shown beside it before Enter."""
    if pick is None:
        return ""
    if pick.anonymous:
        return "→ " + no_speaker_text()
    if pick.speaker is None:
        return QCoreApplication.translate("CaptureConsole", "→ %1 (not a member)").replace(
            "%1", pick.name
        )
    return "→ " + speaker_text(pick.speaker)


def attendee_text(number: int, speaker: Speaker) -> str:
    role = role_text(speaker)
    return f"{number:>2}  {speaker.name}　{role}" if role else f"{number:>2}  {speaker.name}"


def remark_text(entry: RemarkEntry, answered: RemarkEntry | None = None) -> str:
    """Time, speaker, kind and text; a 回答 paired by hand names the question it answers."""
    stamp = japan_time(entry.captured_at).strftime("%H:%M")
    head = f"{stamp}  {entry.speaker_name or no_speaker_text()}〔{label(entry.kind)}〕"
    if answered is not None:
        asked = japan_time(answered.captured_at).strftime("%H:%M")
        head += "  " + QCoreApplication.translate("CaptureConsole", "(answers %1 %2)").replace(
            "%1", asked
        ).replace("%2", answered.speaker_name or no_speaker_text())
    return f"{head}\n{entry.text}"


def _owner_and_due(action: ActionEntry) -> str:
    due = short_date(action.due_on)
    return f"{action.owner}・{due}" if due else action.owner


def action_text(action: ActionEntry) -> str:
    prefix = QCoreApplication.translate("CaptureConsole", "Action")
    return f"☐ {prefix}: {action.text}（{_owner_and_due(action)}）"


def carried_action_text(action: ActionEntry) -> str:
    """前回からの継続事項: what, who and by when, and the meeting it came from."""
    return f"{action.text}（{_owner_and_due(action)}）〔{action.meeting_title}〕"


def key_hints(kind_count: int) -> str:
    """The console's key-hint line (``kind_count``: Ctrl+1 … Ctrl+n choose the kind)."""
    return QCoreApplication.translate(
        "CaptureConsole",
        "Enter: record · Shift+Enter: new line · F2: speaker · Alt+number: speaker by "
        "number (Alt+0: no speaker) · Ctrl+1…%1: kind · Ctrl+D: decision · Ctrl+T: "
        "action item · Ctrl+PgUp/PgDn: agenda item · F6: remark list (Enter edit, Del "
        "delete, Alt+↑↓ move, Alt+Q answers which question) · Ctrl+Z/Ctrl+Y: undo/redo",
    ).replace("%1", str(kind_count))
