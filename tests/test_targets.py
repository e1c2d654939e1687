"""Targets held against outcomes: tiny inline tables for each rule (met, missed, moved, no outcome, partial)."""

import pandas as pd
import pytest

from reportfacts.core.tables import read_table
from reportfacts.extract.periods import Period

from reportfacts.analysis import targets

PUB = {"a2018": "2018-07", "b2020": "2020-01", "c2021": "2021-05", "d2024": "2024-10"}
RULES = {"at_most": ["rank_m"], "subject_free": ["rank_m"], "same_subjects": ["zone", "demo"],
         "outcome_metric": {"plan_m": "done_m"},
         "derived": {"up_m": {"rule": "rank_change", "from_metric": "rank_m"},
                     "new_m": {"rule": "stock_difference", "from_metric": "stock_m"}}}


def fact(fid, metric, value, period, kind, subject="zone", unit="count"):
    return {"fact_id": fid, "report_id": fid.rsplit("-", 1)[0], "metric_id": metric, "metric_en": metric,
            "metric_zh": "", "subject": subject, "value": str(value), "unit": unit, "qualifier": "",
            "period": period, "kind": kind, "quote": f"q{fid}", "sentence": f"s{fid}"}


def run(rows, ranks=None):
    facts = pd.DataFrame(rows)
    values = facts[~facts["kind"].isin(["target", "plan"])]
    if ranks is None:
        ranks = pd.DataFrame(columns=["evaluation_year", "rank", "basis", "fact_ids"])
    return targets.build(facts, values, PUB, ranks=ranks, rules=RULES).set_index("target_fact_id")


def test_no_deadline_goal_is_judged_on_the_latest_later_figure_and_notes_when_first_reached():
    t = run([fact("a2018-001", "stock_m", 20, "", "target"), fact("a2018-002", "stock_m", 13, "2018-07", "count_stock"),
             fact("c2021-001", "stock_m", 28, "2020", "count_stock"), fact("d2024-001", "stock_m", 65, "2024-10", "count_stock")])
    row = t.loc["a2018-001"]
    assert (row.status, row.outcome_value, row.outcome_fact_ids) == ("met", 65, "d2024-001")
    assert "c2021-001" in row.note and not row.deadline_stated
    assert row.target_sentence == "sa2018-001" and row.outcome_sentence == "sd2024-001"


def test_growth_goal_missed_and_ceiling_goal_met():
    t = run([fact("b2020-001", "growth_m", 8, "2020", "target", unit="percent"),
             fact("c2021-001", "growth_m", 7.5, "2020", "growth_rate", subject="demo", unit="percent"),
             fact("b2020-002", "rank_m", 100, "2020", "target", subject="china", unit="rank"),
             fact("c2021-002", "rank_m", 95, "2020", "rank", unit="rank")])
    assert t.loc["b2020-001", "status"] == "missed"  # 7.5 < 8, subjects demo/zone are the same administration
    assert t.loc["b2020-002", "status"] == "met"  # rank 95 <= 100


def test_same_report_or_partial_period_never_decides():
    t = run([fact("b2020-001", "growth_m", 8.5, "2020", "target", unit="percent"),
             fact("b2020-002", "growth_m", 9, "2020", "growth_rate", unit="percent"),
             fact("c2021-001", "growth_m", 2, "2020-Q1", "growth_rate", unit="percent")])
    row = t.loc["b2020-001"]
    assert row.status == "no_outcome_reported" and "2020-Q1" in row.note


def test_restated_with_a_later_deadline_is_moved():
    t = run([fact("c2021-001", "rank_m", 100, "2025", "target", subject="china", unit="rank"),
             fact("d2024-001", "rank_m", 100, "2029", "target", unit="rank")])
    assert t.loc["c2021-001", "status"] == "moved" and t.loc["c2021-001", "outcome_fact_ids"] == "d2024-001"
    assert t.loc["d2024-001", "status"] == "no_outcome_reported"


def test_derived_rank_change_and_stock_difference():
    ranks = pd.DataFrame({"evaluation_year": [2019, 2020], "rank": [138, 130], "basis": ["stated", "stated"],
                          "fact_ids": ["b2020-009", "c2021-009"]})
    t = run([fact("b2020-001", "up_m", 10, "2020", "target", unit="positions"),
             fact("b2020-002", "new_m", 10, "2020", "target"),
             fact("b2020-003", "stock_m", 18, "2019", "count_stock"),
             fact("c2021-001", "stock_m", 28, "2020", "count_stock")], ranks=ranks)
    up = t.loc["b2020-001"]
    assert (up.status, up.outcome_value, up.goal_level, up.outcome_basis) == ("missed", 8, 128, "implied")
    new = t.loc["b2020-002"]
    assert (new.status, new.outcome_value, new.outcome_fact_ids) == ("met", 10, "b2020-003;c2021-001")


def test_plan_measured_by_its_outcome_metric():
    t = run([fact("b2020-001", "plan_m", 100, "2020", "plan"), fact("c2021-001", "done_m", 120, "2020", "level")])
    assert t.loc["b2020-001", "status"] == "met"


def test_empty_input_and_summary_lists_every_status():
    empty = targets.build(pd.DataFrame([fact("x2018-001", "m", 1, "2018", "level")]),
                          pd.DataFrame(columns=["metric_id", "subject", "period", "value", "unit", "kind", "fact_id",
                                                "report_id"]), PUB, rules=RULES, ranks=pd.DataFrame())
    assert list(empty.columns) == targets.COLUMNS and empty.empty
    assert targets.summary(empty)["goals"].tolist() == [0, 0, 0, 0]


def test_periods():
    assert Period.of("2019-01..2019-11").partial and Period.of("2019-01..2019-11").label == "2019 Jan–Nov"
    assert not Period.of("2019").partial and Period.of("2020-Q1").label == "2020 Q1"
    assert Period.of("") is None
    with pytest.raises(ValueError, match="not canonical"):
        Period.of("last year")


def test_missing_columns_name_the_file(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text("metric_id\nx\n", encoding="utf-8")
    with pytest.raises(ValueError, match="v.csv lacks the columns"):
        read_table(p, ["metric_id", "value"], text=True)


def test_the_book_shows_goals_in_the_reports_units_with_their_deadlines():
    table = pd.DataFrame([{"target_fact_id": "a-001", "metric_en": "Investment", "target_value": "3150000000",
                           "unit": "yuan", "deadline": "2020", "status": "met", "outcome_value": "3300000000",
                           "outcome_period": "2020", "outcome_fact_ids": "b-002", "target_sentence": "句"}])
    shown = targets.for_readers(table).iloc[0]
    assert shown["goal"] == "31.5亿元 by 2020" and shown["outcome"] == "33亿元 in 2020"


def test_promise_groups_by_status_and_deadline_against_the_last_report():
    from reportfacts.analysis.targets import promise_group
    assert promise_group("met", "2020", "2024-10") == "judged"
    assert promise_group("moved", "2025", "2024-10") == "judged"
    assert promise_group("no_outcome_reported", "", "2024-10") == "no_deadline"
    assert promise_group("no_outcome_reported", "2020", "2024-10") == "due_not_reported"
    assert promise_group("no_outcome_reported", "2024-10", "2024-10-01") == "due_not_reported"
    assert promise_group("no_outcome_reported", "2029", "2024-10") == "not_yet_due"
    assert promise_group("no_outcome_reported", "2024", "2024-10") == "not_yet_due"  # the year is not over


def test_a_goal_judged_on_another_register_says_so():
    from reportfacts.analysis.targets import _register_note, register_of
    rules = {"registers": ["国家级", "国家", "省级", "省"]}
    assert register_of("新增国家高新技术企业", rules) == "国家" and register_of("高新技术企业", rules) == ""
    facts = pd.DataFrame({"fact_id": ["a-001", "b-001", "b-002"],
                          "measure_zh": ["国家级高新技术企业", "高新技术企业", "国家级高新技术企业"]})
    row = {"status": "met", "target_fact_id": "a-001", "outcome_fact_ids": "b-001", "note": ""}
    assert _register_note(row, facts, rules).startswith("met, but counted on another register")
    assert _register_note({**row, "outcome_fact_ids": "b-002"}, facts, rules) == ""
    assert _register_note({**row, "status": "no_outcome_reported"}, facts, rules) == ""
