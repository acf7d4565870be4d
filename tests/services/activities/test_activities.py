"""実施事業報告 from the activities of seed 001: its structure must match the seed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.documents.model import ItemList, Paragraph, plain_text
from app.models import Council
from app.models.enums import ActivityState
from app.services.activities import editing as activities
from app.services.activities import report as activity_report
from app.services.activities.rows import ActivityInput
from app.services.documents import export as exports
from app.services.documents.export import DocumentRequest
from app.services.problems import Invalid, Problem
from app.storage.database import Database
from tests.documents.readback import docx_text, normalise, pdf_text
from tests.services.activities.seed001_activities import (
    ACTIVITIES,
    COUNCIL_WIDE,
    ORGANIZATIONS,
    PILLARS,
)


def _enter_seed(db: Database) -> None:
    with db.transaction() as session:
        session.add(Council(name="中小企業都市連絡協議会", short_name="中都連"))
    activities.ensure_pillars(db, PILLARS)
    for title, description in COUNCIL_WIDE:
        activities.add(db, ActivityInput(None, 2016, None, ActivityState.DONE, title, description))
    for organization, pillar, year, text in ACTIVITIES:
        state = ActivityState.DONE if year == 2016 else ActivityState.PLANNED
        activities.add(db, ActivityInput(organization, year, pillar, state, text))


def test_the_report_has_the_structure_of_seed_001(db: Database, tmp_path: Path) -> None:
    _enter_seed(db)
    data = activity_report.report_input(db, 2016)
    assert (data.year_label, data.next_year_label) == ("平成28年度", "平成29年度")
    assert [o.name for o in data.organizations] == ORGANIZATIONS
    assert len(ORGANIZATIONS) == 10  # the seven cities and three chambers of commerce
    for organization in data.organizations:
        expected = [
            (pillar, year, text)
            for org, pillar, year, text in ACTIVITIES
            if org == organization.name
        ]
        pillars = list(dict.fromkeys(p for p, _y, _t in expected))
        assert [p.caption[:3] for p in organization.pillars] == sorted(pillars)
        for section in organization.pillars:
            code = section.caption[:3]
            assert list(section.done) == [t for p, y, t in expected if p == code and y == 2016]
            assert list(section.planned) == [t for p, y, t in expected if p == code and y == 2017]

    document = exports.build(db, "activity-report", DocumentRequest(fiscal_year=2016))
    text = plain_text(document)
    assert "1 中小企業都市連絡協議会全体の平成28年度実施事業" in text
    assert "2 各団体の平成28年度実施事業及び平成29年度実施予定事業" in text
    kawaguchi = text.index("\n川口商工会議所\n")
    first = text.index("●「【1】新たな価値の創造」関連", kawaguchi)
    second = text.index("●「【2】技術・技能の継承及び人材の確保・育成」関連", kawaguchi)
    third = text.index("●「【3】事業環境整備」関連", kawaguchi)
    assert kawaguchi < first < second < third
    assert "平成28年度：「川口 i-mono・i-waza ブランド認定制度」" in text[first:second]
    assert "平成29年度：上記の認定制度を引き続き募集。" in text[first:second]
    assert "：「知財活用」導入を見据えたセミナー開催予定。" in text[first:second]
    okaya = text[text.index("\n岡谷市\n") : text.index("\n加賀市\n")]
    assert "平成28年度" not in okaya and "平成29年度：地方創生推進交付金" in okaya
    assert any(isinstance(b, ItemList) for b in document.blocks)
    assert any(isinstance(b, Paragraph) and b.text.startswith("●") for b in document.blocks)

    pdf = exports.write(document, tmp_path / "report.pdf").path
    docx = exports.write(document, tmp_path / "report.docx").path
    assert normalise(pdf_text(pdf, document.header)) == normalise(docx_text(docx))


def test_the_summary_counts_the_year_from_the_records(db: Database) -> None:
    _enter_seed(db)
    summary = activity_report.report_input(db, 2016).summary
    assert "発送文書: 0件" in summary and "視察・訪問: 0件" in summary
    assert "行事(セミナー・交流会等): 0件開催" in summary


def test_pillars_are_configurable_and_retired_ones_kept(db: Database) -> None:
    activities.ensure_pillars(db, PILLARS)
    activities.ensure_pillars(db, [("【1】", "新たな価値の創造"), ("【4】", "デジタル化")])
    assert activities.pillar_choices(db) == [("【1】", "新たな価値の創造"), ("【4】", "デジタル化")]


def test_an_activity_needs_a_title(db: Database) -> None:
    with pytest.raises(Invalid) as refused:
        activities.add(db, ActivityInput(None, 2016, None, ActivityState.DONE, " \u3000"))
    assert refused.value.problems == {"title": Problem.MISSING}
    assert activities.list_for_year(db, 2016) == []
