"""Members whose family names share a prefix (沼 / 沼田, 今 / 今井, 中 / 中島): a name list
sorts by the family reading first, so the shorter family name comes first whatever the
given names. Added in shuffled order, so that insertion order cannot pass for sorting."""

from __future__ import annotations

from app.models import Member
from app.models.enums import CouncilRole
from app.storage.database import Database

# (family, given, family reading, given reading), in the order a 名簿 lists them.
SHARED_PREFIX_MEMBERS = [
    ("今", "花子", "いま", "はなこ"),
    ("今井", "愛", "いまい", "あい"),
    ("中", "次郎", "なか", "じろう"),
    ("中島", "明", "なかじま", "あきら"),
    ("沼", "太郎", "ぬま", "たろう"),
    ("沼田", "一郎", "ぬまた", "いちろう"),
]
EXPECTED_NAMES = [f"{family} {given}" for family, given, _, _ in SHARED_PREFIX_MEMBERS]


def add_shared_prefix_members(db: Database) -> dict[str, int]:
    """The six members (role: 委員) in shuffled order; full name → id."""
    shuffled = [SHARED_PREFIX_MEMBERS[n] for n in (5, 1, 3, 0, 4, 2)]
    with db.transaction() as session:
        members = [
            Member(
                family_name=family,
                given_name=given,
                family_name_reading=family_reading,
                given_name_reading=given_reading,
                council_role=CouncilRole.MEMBER,
            )
            for family, given, family_reading, given_reading in shuffled
        ]
        session.add_all(members)
    return {member.full_name: member.id for member in members}


def in_list_order(names: list[str]) -> list[str]:
    """The shared-prefix members among ``names``, in the order listed."""
    return [name for name in names if name in EXPECTED_NAMES]
