"""Errors that several services raise alike."""


class EditConflict(Exception):
    """Someone else saved this record since the form was opened: nothing was overwritten."""


class MeetingLocked(Exception):
    """An approved (承認済) meeting is locked; reopen it first (which is recorded)."""
