"""The app's dialogs, one per file.

Every dialog opens through one classmethod, ``run(parent, ...)``: it shows the dialog
modally and returns what the dialog produced (the saved form, the file written, …), or
None when the user cancelled, so callers never build and ``exec()`` a dialog themselves
and tests can drive the dialog or monkeypatch that one name. The search window is the
exception: it stays open beside the tabs, and the main window keeps one and shows it.
"""
