"""Texts of Qt's own dialogs that its Japanese catalogue (qtbase_ja) lacks.

Qt 6 labels its file dialog 「&Look in:」 and 「Files of &type:」, with mnemonics, where
the catalogue only knows the older 「Look in:」: on Linux (where the dialog is Qt's own,
not the system's) a Japanese window showed them in English. They are translated in our
catalogue under Qt's own context, which Qt consults when its own has no entry.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS: tuple[tuple[str, str], ...] = (
    ("QFileDialog", str(QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"))),
    ("QFileDialog", str(QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))),
)
