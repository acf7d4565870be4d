"""How an action is named to the user outside its menu: its text without the mnemonic
and the ellipsis, and its shortcuts in the platform's own words (Ctrl+N, ⌘N)."""

from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence

_JAPANESE_MNEMONIC = re.compile(r"\((?:&[^&])\)")  # 追加(&N) → 追加
_DOUBLED = "\0"


def plain_name(text: str) -> str:
    """``"&New Member…"`` → ``"New Member"``, ``"追加(&N)…"`` → ``"追加"``,
    ``"Remarks && &Responses…"`` → ``"Remarks & Responses"``."""
    text = _JAPANESE_MNEMONIC.sub("", text).replace("&&", _DOUBLED).replace("&", "")
    text = text.replace(_DOUBLED, "&").strip()
    for ellipsis in ("…", "..."):
        text = text.removesuffix(ellipsis)
    return text.strip()


def without_ellipsis(text: str) -> str:
    """A menu text for a button: the mnemonic stays, the trailing ellipsis goes."""
    for ellipsis in ("…", "..."):
        text = text.removesuffix(ellipsis)
    return text


def key_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_text(action: QAction) -> str:
    """Every shortcut of ``action``, in the platform's words, comma-separated ("" if none)."""
    return ", ".join(key_text(key) for key in action.shortcuts() if not key.isEmpty())


def tool_tip(name: str, action: QAction) -> str:
    """``"新規委員 (Ctrl+N)"``: the name, then the shortcuts if the action has any."""
    keys = shortcut_text(action)
    return f"{name} ({keys})" if keys else name
