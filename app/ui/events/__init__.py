"""The events area's windows and dialogs (行事)."""
