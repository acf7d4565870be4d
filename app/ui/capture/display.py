"""How the capture console shows a speaker, a remark and an action item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.capture.rows import RemarkEntry
from app.services.dates import japan_time
from app.services.meetings.rows import ActionEntry, Speaker
from app.texts.labels import label
from app.ui.capture.speaker_picker import Pick, no_speaker_text
from app.ui.formatting import short_date


def speaker_text(speaker: Speaker) -> str:
    details = [label(speaker.role)] if speaker.role is not None else []
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
    role = f"　{label(speaker.role)}" if speaker.role is not None else ""
    return f"{number:>2}  {speaker.name}{role}"


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
