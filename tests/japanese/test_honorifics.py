import pytest

from app.japanese.honorifics import respectful_you


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        ("municipality", "みなと市", "貴市"),
        ("municipality", "北浜市役所", "貴市"),
        ("municipality", "寒川町", "貴町"),
        ("municipality", "清川村役場", "貴村"),
        ("municipality", "大田区", "貴区"),
        ("company", "株式会社旭プレス工業", "貴社"),
        ("business_association", "北浜市工業会", "貴会"),
        ("university", "みなと工科大学", "貴学"),
        ("support_agency", "産業振興センター", "貴機関"),
        ("other", "交流会", "貴会"),
        (None, "北浜市長 山本 一郎", "貴職"),
    ],
)
def test_the_letter_calls_each_addressee_as_its_kind(
    kind: str | None, name: str, expected: str
) -> None:
    assert respectful_you(kind, name) == expected
