"""The ranking timeline by evaluation year, on tiny inline tables."""

import pandas as pd

from reportfacts.analysis import checks, ranking
from rf_helpers import empty, facts_from

RULES = checks.load_rules()
PUB = {"rev": "2020-04", "plan": "2021-05", "conf": "2020-01", "strat": "2024-10-01"}


def corpus():
    rev = facts_from("rev", "根据2019年度国家高新区综合评价结果，排名居第138位，前移6个位次。", [
        ("138", "位", 138, "rank", "national_ranking_rank", "2019", "rank"),
        ("6", "个位次", 6, "positions", "national_ranking_change_positions", "2019", "rank_change")])
    plan = facts_from("plan", "十三五期间综合排名从146位提升至130位。全国综合排名两年前移14个位次。到2025年进入前100强。", [
        ("146", "位", 146, "rank", "national_ranking_rank", "2016", "rank"),
        ("130", "位", 130, "rank", "national_ranking_rank", "2020", "rank"),
        ("14", "个位次", 14, "positions", "national_ranking_change_positions", "2019..2020", "rank_change", "china"),
        ("100", "强", 100, "rank", "national_ranking_rank", "2025", "target")])
    conf = facts_from("conf", "全国综合排名中前移10个位次。", [
        ("10", "个位次", 10, "positions", "national_ranking_change_positions", "2020", "target")])
    return pd.concat([rev, plan, conf], ignore_index=True)


def test_empty_gives_empty_timeline():
    tl = ranking.timeline(empty(), PUB, RULES)
    assert tl.empty and list(tl.columns) == ranking.TIMELINE_COLUMNS
    assert ranking.consistency_checks(tl) == []


def test_timeline_by_evaluation_year_with_implied_ranks():
    tl = ranking.timeline(corpus(), PUB, RULES)
    actual = tl[tl["basis"] != "target"]
    assert [(int(y), int(r), b) for y, r, b in actual[["evaluation_year", "rank", "basis"]].itertuples(index=False)] == [
        (2016, 146, "stated"), (2018, 144, "implied"), (2018, 144, "implied"), (2019, 138, "stated"),
        (2020, 130, "stated")]
    assert "2019年度" in tl[tl["rank"] == 138].iloc[0]["reasoning"]


def test_the_figures_are_consistent_and_the_2020_target_missed():
    tl = ranking.timeline(corpus(), PUB, RULES)
    [check] = ranking.consistency_checks(tl)
    assert check["status"] == "pass" and check["computed"] == "144"
    out = ranking.target_outcomes(tl).set_index("evaluation_year")
    assert out.loc[2020, "target_rank"] == 128 and out.loc[2020, "met"] == "no (missed by 2)"
    assert out.loc[2025, "actual_rank"] == ""


def test_inconsistent_figures_fail():
    facts = corpus()
    facts.loc[facts["value"] == "14", "value"] = "20"
    [check] = ranking.consistency_checks(ranking.timeline(facts, PUB, RULES))
    assert check["status"] == "fail"
    conflict = ranking.ranking_conflict(ranking.timeline(facts, PUB, RULES), ranking.ranking_facts(facts, RULES))
    assert conflict[0]["kind"] == "arithmetic_mismatch"


def test_a_rank_later_than_the_latest_published_evaluation_is_capped():
    f = facts_from("plan", "排名第120位。", [("120", "位", 120, "rank", "national_ranking_rank", "2021", "rank")])
    tl = ranking.timeline(f, PUB, RULES)
    assert int(tl.iloc[0]["evaluation_year"]) == 2020 and "at most" in tl.iloc[0]["reasoning"]


def test_a_rank_in_a_headline_after_the_ranking_s_name_is_of_that_ranking():
    from reportfacts.extract.catalog import load_catalog
    from reportfacts.extract.facts import extract_clean
    from reportfacts.text.clean import clean_text
    f, _ = extract_clean(clean_text("2022年国家高新区综合评价排名出炉 合肥高新区升至第七"), "t", "t.txt", "2023-02-17",
                         load_catalog(), default_subject="合肥高新区")
    assert f.measure_zh.tolist() == ["国家高新区综合评价排名"] and f.period.tolist() == ["2022"]
