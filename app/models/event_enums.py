"""Coded values of the events area (行事), stored by their English codes; the labels live
in ``app.texts.event_labels``."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    """A kind only labels an event; every kind records the same things."""

    SEMINAR = "seminar"  # セミナー
    STUDY_GROUP = "study_group"  # 勉強会
    NETWORKING = "networking"  # 交流会
    BUSINESS_MATCHING = "business_matching"  # 商談会
    SITE_TOUR = "site_tour"  # 見学会
    TRAINING = "training"  # 研修
    BRIEFING = "briefing"  # 説明会


class EventStatus(StrEnum):
    PLANNING = "planning"  # 企画中
    RECRUITING = "recruiting"  # 募集中
    CLOSED = "closed"  # 締切
    HELD = "held"  # 開催済
    REPORTED = "reported"  # 報告済


class FeeTiming(StrEnum):
    ON_THE_DAY = "on_the_day"  # 当日
    IN_ADVANCE = "in_advance"  # 事前


class PaymentState(StrEnum):
    UNPAID = "unpaid"  # 未収
    RECEIVED = "received"  # 受領
    WAIVED = "waived"  # 免除


class ApplicationSource(StrEnum):
    FAX = "fax"  # FAX
    EMAIL = "email"  # E-mail
    WEB_FORM = "web_form"  # Webフォーム
    PHONE = "phone"  # 電話
    WALK_IN = "walk_in"  # 当日


class ParticipantRole(StrEnum):
    PARTICIPANT = "participant"  # 参加者
    SPEAKER = "speaker"  # 講師
    GUEST = "guest"  # 来賓
    STAFF = "staff"  # スタッフ
    BUYER = "buyer"  # 発注側 (商談会)
    SUPPLIER = "supplier"  # 受注側 (商談会)


class ParticipationState(StrEnum):
    ATTENDING = "attending"  # 参加
    WAITLISTED = "waitlisted"  # キャンセル待ち
    CANCELLED = "cancelled"  # 取消
