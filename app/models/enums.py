"""Coded values stored in the database (English codes; labels live in the UI and documents)."""

from __future__ import annotations

from enum import StrEnum


class BodyKind(StrEnum):
    REGULAR = "regular"  # 定例会
    SUBCOMMITTEE = "subcommittee"  # 部会
    GENERAL_ASSEMBLY = "general_assembly"  # 総会
    BOARD = "board"  # 役員会
    OTHER = "other"


class OrganizationKind(StrEnum):
    COMPANY = "company"  # 企業
    MUNICIPALITY = "municipality"  # 自治体
    BUSINESS_ASSOCIATION = "business_association"  # 商工団体
    UNIVERSITY = "university"  # 大学
    SUPPORT_AGENCY = "support_agency"  # 支援機関
    OTHER = "other"  # その他


class CouncilRole(StrEnum):
    CHAIR = "chair"  # 委員長
    VICE_CHAIR = "vice_chair"  # 副委員長
    MEMBER = "member"  # 委員
    ADVISOR = "advisor"  # 顧問
    OBSERVER = "observer"  # オブザーバー
    SECRETARIAT = "secretariat"  # 事務局


class MeetingStatus(StrEnum):
    PLANNED = "planned"  # 予定
    HELD = "held"  # 開催済
    DRAFTING = "drafting"  # 議事録作成中
    APPROVED = "approved"  # 承認済 (locked)


class AgendaKind(StrEnum):
    DELIBERATION = "deliberation"  # 協議
    REPORT = "report"  # 報告
    OTHER = "other"  # その他


class AttendanceStatus(StrEnum):
    PRESENT = "present"  # 出席
    ABSENT = "absent"  # 欠席
    PROXY = "proxy"  # 代理出席
    ONLINE = "online"  # オンライン
    LATE = "late"  # 遅刻
    LEFT_EARLY = "left_early"  # 早退


class GuestCategory(StrEnum):
    SECRETARIAT = "secretariat"  # 事務局
    GUEST = "guest"  # 来賓
    OBSERVER = "observer"  # オブザーバー
    OTHER = "other"  # その他


class RemarkKind(StrEnum):
    OPINION = "opinion"  # 意見
    QUESTION = "question"  # 質問
    ANSWER = "answer"  # 回答
    PROPOSAL = "proposal"  # 提案
    REPORT = "report"  # 報告
    EXPLANATION = "explanation"  # 説明 (the presenter's or the secretariat's)
    PROCEDURE = "procedure"  # 議事進行 (the chair's procedure: left out of 要点筆記 minutes)
    IMPRESSION = "impression"  # 感想 (visits)


class MinutesStyle(StrEnum):
    """How a body's minutes are written (DOCUMENTS.md)."""

    SUMMARY = "summary"  # 要点筆記: explanation, 質疑応答, 委員からの意見, decisions
    VERBATIM = "verbatim"  # 発言順: every remark in order with its speaker
    BRIEF = "brief"  # 簡易: results, decisions and 宿題 only


class AttendeeOrder(StrEnum):
    """The order of the attendee lists of the minutes."""

    BY_ROLE = "by_role"  # 委員長, 副委員長, 委員 … then 五十音
    AS_ENTERED = "as_entered"  # as the attendance was recorded


class ResponseStatus(StrEnum):
    PENDING = "pending"  # 未対応
    IN_PROGRESS = "in_progress"  # 対応中
    DONE = "done"  # 対応済
    NOT_NEEDED = "not_needed"  # 対応不要


class ActionStatus(StrEnum):
    OPEN = "open"  # 未着手
    IN_PROGRESS = "in_progress"  # 進行中
    DONE = "done"  # 完了


class VisitDirection(StrEnum):
    OUTGOING = "outgoing"  # 訪問 (we visit)
    INCOMING = "incoming"  # 受入 (we host)


class VisitOrganizationRole(StrEnum):
    DESTINATION = "destination"  # 訪問先
    HOST = "host"  # 受入側・主催


class CorrespondenceDirection(StrEnum):
    INCOMING = "incoming"  # 受信 (収受)
    OUTGOING = "outgoing"  # 発信 (発送)


class Medium(StrEnum):
    POST = "post"  # 郵送
    FAX = "fax"  # FAX
    EMAIL = "email"  # メール
    HAND = "hand"  # 持参
    PHONE = "phone"  # 電話
    OTHER = "other"  # その他


class CorrespondenceStatus(StrEnum):
    OPEN = "open"  # 未処理
    REPLIED = "replied"  # 回答済
    DONE = "done"  # 完了
    VOID = "void"  # 欠番 (number never reused)


class ActivityState(StrEnum):
    DONE = "done"  # 実施
    PLANNED = "planned"  # 予定


class MeetingNumbering(StrEnum):
    PER_BODY_FISCAL_YEAR = "per_body_fiscal_year"
    PER_BODY_OVERALL = "per_body_overall"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    UNLOCK = "unlock"  # an approved meeting reopened for a correction (with a reason)
    APPROVE = "approve"
