"""Fitting a list's columns beside the detail pane: the title keeps what it is given."""

from __future__ import annotations

from app.ui.widgets.column_fit import NARROWEST, fitted_widths


def test_the_title_keeps_its_width_before_the_other_wide_columns() -> None:
    # date, kind, title (stretching), venue, places, waitlist, status: 791 pixels wide.
    widths = [108, 59, 180, 168, 83, 115, 50]
    assert fitted_widths(widths, [2], 791)[3] == 168  # room for a 180-pixel title
    fitted = fitted_widths(widths, [2], 751, keep=300)
    assert fitted[3] == NARROWEST  # the venue gives way to the title
    assert [fitted[n] for n in (0, 1, 4, 5, 6)] == [108, 59, 83, 115, 50]


def test_the_wide_columns_give_way_as_far_as_they_can_when_even_that_is_short() -> None:
    assert fitted_widths([100, 300, 200, 90], [1], 400, keep=300) == [100, 300, NARROWEST, 90]
