"""How the shortcut sheet names the capture console's keys (記録): its actions, and the
keys the boxes handle themselves (Enter records, Shift+Enter starts a new line, Enter
in the speaker box accepts the speaker, the remark list's keys), listed in its
:class:`~app.ui.key_guide.KeyGuide`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.key_guide import KeyGuide, key_range, keys_text


def title() -> str:
    """The group of the console's keys in the sheet (the meeting window's tab)."""
    return QCoreApplication.translate("CaptureConsole", "Record")


def action_names() -> dict[str, str]:
    """The names of the console's actions, by what they do."""
    return {
        "speaker": QCoreApplication.translate("CaptureConsole", "Go to the Speaker Box"),
        "decision": QCoreApplication.translate("CaptureConsole", "Record as a Decision (→)"),
        "action": QCoreApplication.translate("CaptureConsole", "Record as an Action Item"),
        "next": QCoreApplication.translate("CaptureConsole", "Next Agenda Item"),
        "previous": QCoreApplication.translate("CaptureConsole", "Previous Agenda Item"),
        "list": QCoreApplication.translate(
            "CaptureConsole", "Go to the Remark List (Again: Back to the Text)"
        ),
        "cancel": QCoreApplication.translate("CaptureConsole", "Stop Editing the Remark"),
    }


def kind_name(kind: str) -> str:
    """Ctrl+number: 「種別: 質問」."""
    return QCoreApplication.translate("CaptureConsole", "Kind: %1").replace("%1", kind)


def list_speaker_keys(guide: KeyGuide) -> None:
    """The speaker box's own keys, and Alt+number (ten actions, one line)."""
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "Accept the Speaker (in the Speaker Box)"),
        *keys_text("Enter"),
    )
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "Choose Among the Names Offered"),
        *keys_text("Down", "Up"),
    )
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "Speaker by Attendee Number"),
        key_range("Alt+1", "Alt+9"),
    )
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "No Speaker (a Plain Point)"),
        *keys_text("Alt+0"),
    )


def list_text_keys(guide: KeyGuide) -> None:
    """The text box's own keys."""
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "Record the Remark (in the Text Box)"),
        *keys_text("Enter"),
    )
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "New Line"), *keys_text("Shift+Enter")
    )


def list_remark_list_keys(guide: KeyGuide) -> None:
    """The remark list's keys (:mod:`app.ui.capture.remark_list_keys`)."""
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "Edit the Remark (in the Remark List)"),
        *keys_text("Enter"),
    )
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "Move the Remark Up / Down"),
        *keys_text("Alt+Up", "Alt+Down"),
    )
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "Choose the Question an Answer Answers"),
        *keys_text("Alt+Q"),
    )
    guide.add_keys(
        QCoreApplication.translate("CaptureConsole", "Delete the Remark"), *keys_text("Del")
    )
