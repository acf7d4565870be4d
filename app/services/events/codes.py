"""The coded values of the events area, for callers outside the data layer, and the
Japanese names an application or a command line may use for them."""

from app.models.event_enums import (
    ApplicationSource,
    EventKind,
    EventStatus,
    FeeTiming,
    ParticipantRole,
    ParticipationState,
    PaymentState,
)

__all__ = [
    "KIND_NAMES",
    "ApplicationSource",
    "EventKind",
    "EventStatus",
    "FeeTiming",
    "ParticipantRole",
    "ParticipationState",
    "PaymentState",
    "kind_named",
]

# As the secretariat writes them (申込書, a command line): the domain's own words.
KIND_NAMES: dict[str, EventKind] = {
    "セミナー": EventKind.SEMINAR,
    "勉強会": EventKind.STUDY_GROUP,
    "交流会": EventKind.NETWORKING,
    "商談会": EventKind.BUSINESS_MATCHING,
    "見学会": EventKind.SITE_TOUR,
    "研修": EventKind.TRAINING,
    "研修会": EventKind.TRAINING,
    "説明会": EventKind.BRIEFING,
}


def kind_named(text: str) -> EventKind | None:
    """The kind a text names (its code or its Japanese name), or None."""
    word = text.strip()
    if word in KIND_NAMES:
        return KIND_NAMES[word]
    try:
        return EventKind(word.casefold())
    except ValueError:
        return None
