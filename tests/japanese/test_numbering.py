import pytest

from app.japanese.numbering import circled, hierarchy_label


@pytest.mark.parametrize(
    ("level", "number", "label"),
    [(0, 1, "第1"), (1, 2, "2"), (2, 3, "(3)"), (3, 1, "ア"), (3, 3, "ウ"), (4, 2, "(イ)")],
)
def test_the_five_levels_of_kobunsho_numbering(level: int, number: int, label: str) -> None:
    assert hierarchy_label(level, number) == label


def test_full_width_digits_and_no_dot() -> None:
    assert hierarchy_label(0, 12, full_width=True) == "第１２"
    assert "." not in "".join(hierarchy_label(level, 5) for level in range(5))


def test_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError):
        hierarchy_label(5, 1)
    with pytest.raises(ValueError):
        hierarchy_label(1, 0)


def test_circled_numbers_up_to_fifty_then_parentheses() -> None:
    assert [circled(n) for n in (1, 20, 21, 50, 51)] == ["①", "⑳", "㉑", "㊿", "(51)"]
