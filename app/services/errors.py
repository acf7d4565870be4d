"""Errors that several services raise alike."""


class EditConflict(Exception):
    """Someone else saved this record since the form was opened: nothing was overwritten."""
