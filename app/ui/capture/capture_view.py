"""The widgets of the capture console and how they look: big readable text, the current
item on top, the attendees on the left, the remarks, the speaker and the text box below.

The view keeps no state of its own. It shows what it is told (``show_page``,
``show_restored`` …), handles the keys that only move the focus (F2, F6, Alt+number,
Ctrl+number for the kind), and turns everything else into signals: what was typed
(past tense) and what the user asks for (``…Requested``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.codes import RemarkKind
from app.services.meetings.rows import Speaker
from app.texts.labels import label
from app.ui.capture import console_keys
from app.ui.capture.capture_state import ItemPage, Typing
from app.ui.capture.display import (
    action_text,
    attendee_text,
    key_hints,
    match_text,
    remark_text,
    speaker_text,
)
from app.ui.capture.notice import Notice
from app.ui.capture.remark_editor import RemarkEditor
from app.ui.capture.remark_list_keys import RemarkListKeys
from app.ui.capture.speaker_picker import NO_SPEAKER, Pick, SpeakerPicker
from app.ui.key_guide import KeyGuide

_MODIFIER_KEYS = (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta)


class CaptureView(QWidget):
    textChanged = Signal(str)  # the whole text of the text box
    speakerTextChanged = Signal(str)
    kindChanged = Signal(object)  # RemarkKind
    speakerAccepted = Signal()  # Enter in the speaker box, or Alt+number
    inputLeft = Signal()  # the focus left the speaker or the text box
    commitRequested = Signal()
    itemStepRequested = Signal(int)  # -1 previous, 1 next agenda item
    decisionRequested = Signal()
    actionRequested = Signal()
    cancelRequested = Signal()  # Esc
    undoRequested = Signal()  # Ctrl+Z beyond the typing: the last capture step
    redoRequested = Signal()

    def __init__(self, kinds: tuple[RemarkKind, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_caption = QLabel(self)
        self.item_caption.setObjectName("item_caption")
        self.item_position = QLabel(self)
        self.item_position.setObjectName("item_position")
        self.resolution = QLabel(self)
        self.resolution.setObjectName("resolution")
        self.resolution.setWordWrap(True)
        self.attendees = QListWidget(self)
        self.attendees.setObjectName("attendees")
        self.attendees.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remark_list = QListWidget(self)
        self.remark_list.setObjectName("remarks")
        self.remark_list.setWordWrap(True)
        self.remark_list.setAlternatingRowColors(True)
        self.remark_keys = RemarkListKeys(self.remark_list)
        self.speaker = SpeakerPicker(self)
        self.speaker.setObjectName("speaker")
        self.speaker.matched.connect(self._on_speaker_matched)
        self.speaker.accepted.connect(self._on_speaker_accepted)
        self.speaker.textChanged.connect(self.speakerTextChanged)
        self.speaker_match = QLabel(self)
        self.speaker_match.setObjectName("speaker_match")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for number, kind in enumerate(kinds, start=1):
            self.kind.addItem(f"{label(kind)}  (Ctrl+{number})", kind)
        self.kind.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kind.currentIndexChanged.connect(
            lambda _index: self.kindChanged.emit(self.current_kind())
        )
        self.editor = RemarkEditor(self)
        self.editor.setObjectName("editor")
        self.editor.commitRequested.connect(self.commitRequested)
        self.editor.textChanged.connect(lambda: self.textChanged.emit(self.editor.toPlainText()))
        self.notice = Notice(self)  # 記録しました, 本文が空です …: cleared by the next key
        self.mode = QLabel(self)
        self.mode.setObjectName("mode")
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.unsaved_badge = QLabel(QCoreApplication.translate("CaptureConsole", "Not saved"), self)
        self.unsaved_badge.setObjectName("unsaved_badge")
        self.unsaved_reason = QLabel(self)
        self.unsaved_reason.setObjectName("unsaved_reason")
        self.unsaved_reason.setWordWrap(True)
        self._style()
        self._lay_out()
        self._make_actions(len(kinds))
        self.editor.installEventFilter(self)
        self.speaker.installEventFilter(self)

    # ------------------------------------------------------------------ look

    def _style(self) -> None:
        self.hint.setText(key_hints(self.kind.count()))
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.6)
        big.setBold(True)
        self.item_caption.setFont(big)
        self.item_caption.setWordWrap(True)
        readable = QFont(self.font())
        readable.setPointSizeF(self.font().pointSizeF() * 1.3)
        for widget in (self.editor, self.remark_list, self.speaker, self.attendees):
            widget.setFont(readable)
        self.speaker_match.setStyleSheet("color: #1a5fb4;")
        self.resolution.setStyleSheet("color: #26562b;")
        self.mode.setStyleSheet("color: #9a4d00; font-weight: bold;")
        self.hint.setStyleSheet("color: #5e5c64;")  # quiet, yet readable on a dim laptop
        notice = QFont(self.font())
        notice.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.notice.setFont(notice)
        self.notice.setMinimumHeight(self.notice.fontMetrics().lineSpacing())
        lines = self.editor.fontMetrics().lineSpacing()
        self.editor.setFixedHeight(int(lines * 4.6))
        self.mode.hide()
        # 未保存: impossible to miss, beside the text it is about (never a colour alone:
        # the word says it)
        badge = QFont(self.font())
        badge.setPointSizeF(self.font().pointSizeF() * 1.5)
        badge.setBold(True)
        self.unsaved_badge.setFont(badge)
        self.unsaved_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unsaved_badge.setStyleSheet(
            "color: white; background: #c01c28; border-radius: 4px; padding: 4px 10px;"
        )
        self.unsaved_reason.setStyleSheet("color: #c01c28;")
        self.unsaved_badge.hide()
        self.unsaved_reason.hide()

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.item_caption, 1)
        header.addWidget(self.item_position, 0, Qt.AlignmentFlag.AlignTop)
        input_row = QHBoxLayout()
        speaker_caption = QLabel(QCoreApplication.translate("CaptureConsole", "Speaker (F2)"), self)
        speaker_caption.setBuddy(self.speaker)
        input_row.addWidget(speaker_caption)
        input_row.addWidget(self.speaker, 2)
        input_row.addWidget(self.speaker_match, 3)
        input_row.addWidget(self.kind)
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.remark_list, 1)
        column.addLayout(input_row)
        column.addWidget(self.mode)
        editor_row = QHBoxLayout()  # 未保存 right beside the text it is about
        editor_row.addWidget(self.editor, 1)
        editor_row.addWidget(self.unsaved_badge, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(editor_row)
        column.addWidget(self.notice)
        column.addWidget(self.unsaved_reason)
        splitter = QSplitter(self)
        splitter.addWidget(self.attendees)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 700])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.resolution)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)

    # ------------------------------------------------------------------ keys

    def _add_action(
        self,
        shortcut: str | QKeySequence | QKeySequence.StandardKey,
        slot: object,
        name: str = "",
    ) -> QAction:
        action = QAction(name, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self, kind_count: int) -> None:
        """The console's keys, each named in the shortcut sheet (``self.key_guide``) in the
        order a remark is typed; the keys handled by the boxes themselves are listed there
        too (:mod:`app.ui.capture.console_keys`)."""
        guide = self.key_guide = KeyGuide(self, console_keys.title())
        add = self._add_action
        named = console_keys.action_names()
        guide.add_action(add("F2", self.focus_speaker, named["speaker"]))
        console_keys.list_speaker_keys(guide)
        for number in range(10):
            add(f"Alt+{number}", lambda _checked=False, n=number: self.pick_speaker_number(n))
        for number in range(1, kind_count + 1):
            kind = self.kind.itemData(number - 1)
            name = console_keys.kind_name(label(RemarkKind(kind)))
            guide.add_action(
                add(
                    f"Ctrl+{number}",
                    lambda _c=False, n=number: self.kind.setCurrentIndex(n - 1),
                    name,
                )
            )
        console_keys.list_text_keys(guide)
        guide.add_action(add("Ctrl+D", self.decisionRequested, named["decision"]))
        guide.add_action(add("Ctrl+T", self.actionRequested, named["action"]))
        guide.add_action(add("Ctrl+PgDown", lambda: self.itemStepRequested.emit(1), named["next"]))
        guide.add_action(
            add("Ctrl+PgUp", lambda: self.itemStepRequested.emit(-1), named["previous"])
        )
        guide.add_action(add("F6", self._toggle_list_focus, named["list"]))
        console_keys.list_remark_list_keys(guide)
        self._make_undo_actions()
        guide.add_action(add("Escape", self.cancelRequested, named["cancel"]))

    def _make_undo_actions(self) -> None:
        """Ctrl+Z/Ctrl+Y undo the last capture, also from the speaker box and from a text
        box with no typing left to undo (the controller decides whether it can)."""
        self.speaker.undoRequested.connect(self.undoRequested)
        self.speaker.redoRequested.connect(self.redoRequested)
        self.editor.undoBeyondText.connect(self.undoRequested)
        self.editor.redoBeyondText.connect(self.redoRequested)
        undo_action = self._add_action(QKeySequence.StandardKey.Undo, self.undoRequested)
        undo_action.setText(QCoreApplication.translate("CaptureConsole", "Undo"))
        redo_action = self._add_action("Ctrl+Y", self.redoRequested)
        redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        redo_action.setText(QCoreApplication.translate("CaptureConsole", "Redo"))
        self.key_guide.add_action(undo_action)
        self.key_guide.add_action(redo_action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in (self.editor, self.speaker):
            self.inputLeft.emit()
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() not in _MODIFIER_KEYS
        ):
            self.notice.clear_notice()  # the clerk goes on: the message has been seen
        return False

    def focus_speaker(self) -> None:
        self.speaker.setFocus()
        self.speaker.selectAll()

    def focus_editor(self) -> None:
        self.editor.setFocus()

    def _toggle_list_focus(self) -> None:
        if self.remark_list.hasFocus():
            self.editor.setFocus()
            return
        if not self.remark_list.selectedItems() and self.remark_list.count():
            self.remark_list.setCurrentRow(self.remark_list.count() - 1)  # the latest
        self.remark_list.setFocus()

    def pick_speaker_number(self, number: int) -> None:
        """Alt+number: the attendee of that number speaks; Alt+0: nobody (a plain point)."""
        if 0 <= number <= len(self.speaker.speakers):
            pick = Pick(self.speaker.speakers[number - 1]) if number else NO_SPEAKER
            self.speaker.show_pick(pick)
            self._on_speaker_accepted(pick)

    def _on_speaker_matched(self, pick: Pick | None) -> None:
        self.speaker_match.setText(match_text(pick))

    def _on_speaker_accepted(self, _pick: Pick) -> None:
        self.speakerAccepted.emit()
        self.editor.setFocus()

    # ------------------------------------------------------------------ showing

    def current_kind(self) -> RemarkKind:
        return RemarkKind(self.kind.currentData())

    def show_page(self, page: ItemPage) -> None:
        """The current agenda item, its remarks (the latest in view) and its outcomes."""
        item = page.item
        self.remark_list.clear()
        if item is None:
            self.item_caption.setText(
                QCoreApplication.translate("CaptureConsole", "No agenda items")
            )
            self.item_position.setText("")
            self.resolution.setText("")
            return
        self.item_caption.setText(f"{item.label} {item.title}".strip())
        self.item_position.setText(
            QCoreApplication.translate("CaptureConsole", "Item %1 of %2")
            .replace("%1", str(page.number))
            .replace("%2", str(page.count))
            if page.numbered
            else ""
        )
        by_id = {entry.id: entry for entry in page.remarks}
        for entry in page.remarks:
            answered = by_id.get(entry.answers) if entry.answers is not None else None
            row = QListWidgetItem(remark_text(entry, answered))
            row.setData(Qt.ItemDataRole.UserRole, entry.uuid)
            self.remark_list.addItem(row)
        self.remark_list.scrollToBottom()
        lines = [f"→ {line}" for line in item.resolution.splitlines() if line.strip()]
        lines += [action_text(action) for action in page.actions]
        self.resolution.setText("\n".join(lines))
        self.resolution.setVisible(bool(lines))

    def show_speakers(self, speakers: list[Speaker]) -> None:
        """Today's attendees, numbered for Alt+number and for typing a number; what the
        speaker box stands for is matched against them again (a name may have changed)."""
        self.speaker.speakers = speakers
        self.attendees.clear()
        for number, person in enumerate(speakers, start=1):
            row = QListWidgetItem(attendee_text(number, person))
            row.setToolTip(speaker_text(person))
            self.attendees.addItem(row)
        if self.speaker.text():
            self._on_speaker_matched(self.speaker.current())

    def set_input_enabled(self, enabled: bool) -> None:
        for widget in (self.editor, self.speaker):
            widget.setEnabled(enabled)

    def show_unsaved(self, text: str) -> None:
        """未保存 beside the text box, with why and what to do (``text``); "" takes it away."""
        self.unsaved_badge.setVisible(bool(text))
        self.unsaved_reason.setVisible(bool(text))
        self.unsaved_reason.setText(text)
        self.editor.setStyleSheet("border: 2px solid #c01c28;" if text else "")

    def show_mode(self, text: str) -> None:
        self.mode.setText(text)
        self.mode.setVisible(bool(text))

    def clear_input(self, kind: RemarkKind) -> None:
        """Ready for the next remark: no text, ``kind``; the speaker stays."""
        self.editor.clear()
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def show_restored(self, typing: Typing) -> None:
        """A draft back in the input, the cursor after its text to go on typing."""
        self._show_input(typing)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def show_editing(self, typing: Typing) -> None:
        """A recorded remark in the input, to be corrected."""
        self._show_input(typing)

    def _show_input(self, typing: Typing) -> None:
        if typing.speaker is not None:
            self.speaker.show_pick(typing.speaker)
        self.kind.setCurrentIndex(max(self.kind.findData(typing.kind), 0))
        self.editor.setPlainText(typing.text)

    def select_remark(self, row: int) -> None:
        self.remark_list.setCurrentRow(row)
