"""Grouping, conflict kinds, policies and the reconciled table on tiny inline tables."""

import subprocess
import sys

import pandas as pd
import pytest

from reportfacts.analysis import checks, reconcile
from reportfacts.core.paths import ROOT
from rf_helpers import empty, facts_from

RULES = checks.load_rules()
PUB = {"a": "2020-01", "b": "2020-04", "c": "2021-05"}
SAME_BODY = {"demo": ("zone",), "zone": ("demo",)}


def prep(*frames, implied=None):
    facts = pd.concat(frames, ignore_index=True) if frames else empty()
    imp = reconcile.implied_tolerances(implied) if implied is not None else None
    return reconcile.prepare(facts, imp, PUB, RULES, SAME_BODY)


def ledger(df, policy="latest_report"):
    return reconcile.conflicts_table(df, {}, {}, RULES, policy)


def test_unknown_policy_lists_the_allowed_ones():
    with pytest.raises(ValueError, match="latest_report, earliest_report, most_specific_period"):
        reconcile.check_policy("newest")


def test_empty_facts_give_empty_tables():
    df = prep()
    assert ledger(df).empty
    rec, skipped = reconcile.reconciled(df, "latest_report")
    assert rec.empty and skipped == 0


def test_equal_figures_agree():
    a = facts_from("a", "增长8%。", [("8", "%", 8, "percent", "gdp", "2019", "growth_rate")])
    b = facts_from("b", "增长8%。", [("8", "%", 8, "percent", "gdp", "2019", "growth_rate")])
    assert ledger(prep(a, b)).empty


def test_jan_nov_against_full_year_is_different_period():
    a = facts_from("a", "1~11月增长13.8%。", [("13.8", "%", 13.8, "percent", "ht", "2019-01..2019-11", "growth_rate")])
    b = facts_from("b", "增长13.8%。", [("13.8", "%", 13.8, "percent", "ht", "2019", "growth_rate")])
    out = ledger(prep(a, b))
    assert list(out["kind"]) == ["different_period"] and out.iloc[0]["fact_ids"] == "a-001;b-001"


def test_multiples_of_last_year_of_different_things_are_not_compared():
    spec = [("1.67", "倍", 1.67, "times", "multiple", "2020", "ratio"), ("2", "倍", 2, "times", "multiple", "2020", "ratio")]
    a = facts_from("a", "纳入省重点项目数达到5个，是去年的1.67倍。共兑现奖金3285.1万元，是去年的2倍。", spec)
    assert list(ledger(prep(a.assign(measure_zh=["纳入省重点项目数", "奖金"])))["kind"]) == []
    assert list(ledger(prep(a.assign(measure_zh=["奖金", "奖金"])))["kind"]) == ["rounding"]  # one series: compared


def test_demonstration_zone_against_high_tech_zone_is_scope():
    a = facts_from("a", "增长8%。", [("8", "%", 8, "percent", "gdp", "2019", "growth_rate", "demo")])
    b = facts_from("b", "增长8%。", [("8", "%", 8, "percent", "gdp", "2019", "growth_rate", "zone")])
    assert list(ledger(prep(a, b))["kind"]) == ["definition_or_scope"]


def test_rounded_caption_against_text_is_rounding_within_one_report():
    text = "签约总投资129亿元。最终总投资129.53亿元。"
    a = facts_from("c", text, [("129", "亿元", 12900000000, "yuan", "inv", "2024", "level"),
                                ("129.53", "亿元", 12953000000, "yuan", "inv", "2024", "level")])
    out = ledger(prep(a))
    assert list(out["kind"]) == ["rounding"]
    assert out.iloc[0]["resolved_fact_id"] == "c-002" or out.iloc[0]["resolved_fact_id"] == "c-001"
    msp = ledger(prep(a), "most_specific_period")
    assert msp.iloc[0]["resolved_fact_id"] == "c-002"


def test_three_way_conflict_is_one_row_per_pair_of_sentences_and_genuine():
    a = facts_from("a", "企业18家。", [("18", "家", 18, "count", "hte", "2019", "count_stock")])
    b = facts_from("b", "企业20家。", [("20", "家", 20, "count", "hte", "2019", "count_stock")])
    c = facts_from("c", "企业25家。", [("25", "家", 25, "count", "hte", "2019", "count_stock")])
    out = ledger(prep(a, b, c))
    assert len(out) == 3 and set(out["kind"]) == {"genuine_conflict"}
    assert sorted(out["fact_ids"]) == ["a-001;b-001", "a-001;c-001", "b-001;c-001"]
    rec, _ = reconcile.reconciled(prep(a, b, c), "latest_report")
    assert rec.iloc[0]["fact_id"] == "c-001" and rec.iloc[0]["n_candidates"] == 3
    assert reconcile.reconciled(prep(a, b, c), "earliest_report")[0].iloc[0]["fact_id"] == "a-001"


def test_a_report_listing_several_values_is_not_a_conflict():
    a = facts_from("a", "项目总投资2亿元，项目总投资35亿元。", [
        ("2", "亿元", 200000000, "yuan", "inv", "2019", "level"), ("35", "亿元", 3500000000, "yuan", "inv", "2019", "level")])
    b = facts_from("b", "项目总投资10亿元。", [("10", "亿元", 1000000000, "yuan", "inv", "2019", "level")])
    df = prep(a, b)
    assert ledger(df).empty
    assert reconcile.reconciled(df, "latest_report")[1] == 1


def test_implied_figure_against_stated_is_arithmetic_mismatch():
    a = facts_from("b", "增长8.6%。", [("8.6", "%", 8.6, "percent", "iva", "2019", "growth_rate")])
    implied = a.copy().assign(fact_id="imp-1", value="8.9", kind="implied", check_id="chk", tolerance="0.1",
                              value_as_written="", unit_as_written="")
    out = ledger(prep(a, implied=implied))
    assert list(out["kind"]) == ["arithmetic_mismatch"]
    assert reconcile.reconciled(prep(a, implied=implied), "most_specific_period")[0].iloc[0]["basis"] == "stated"


def test_target_restated_with_later_deadline_slipped():
    a = facts_from("a", "到2025年进入前100强。", [("100", "强", 100, "rank", "rank", "2025", "target")])
    c = facts_from("c", "到2029年进入前100名。", [("100", "名", 100, "rank", "rank", "2029", "target")])
    out = ledger(prep(a, c))
    assert list(out["kind"]) == ["target_slipped"] and "4 years later" in out.iloc[0]["explanation"]


def test_scope_family_mixing_definitions():
    a = facts_from("a", "省级科技型中小企业85家。", [("85", "家", 85, "count", "provincial_tech_smes_count", "2018", "count_stock")])
    c = facts_from("c", "国家科技型中小企业82家。", [("82", "家", 82, "count", "national_tech_smes_count", "2020", "count_stock")])
    out = ledger(prep(a, c))
    assert list(out["kind"]) == ["definition_or_scope"] and "provincial register" in out.iloc[0]["explanation"]


def test_name_variants_from_the_entity_catalog():
    class E:
        id, name_en, name_zh = "tb", "Tianbao", "天宝桓祥公司"
        variants = ({"written": "天宝桓祥", "status": "short"}, {"written": "天宝恒祥", "status": "typo"})
    out = reconcile.conflicts_table(prep(), {"a": "天宝桓祥团队", "c": "天宝恒祥为龙头"}, {"tb": E}, RULES,
                                    "latest_report")
    assert list(out["kind"]) == ["name_variant"] and out.iloc[0]["resolved_value"] == "天宝桓祥"


def test_policies_change_the_reconciled_series():
    a = facts_from("a", "1~11月增长8.9%。", [("8.9", "%", 8.9, "percent", "iva", "2019-01..2019-11", "growth_rate")])
    b = facts_from("b", "增长8.6%。", [("8.6", "%", 8.6, "percent", "iva", "2019", "growth_rate")])
    c = facts_from("c", "1~11月增长8.9%。", [("8.9", "%", 8.9, "percent", "iva", "2019-01..2019-11", "growth_rate")])
    df = prep(a, b, c)
    picks = {p: reconcile.reconciled(df, p)[0].iloc[0]["fact_id"] for p in reconcile.POLICIES}
    assert picks == {"latest_report": "c-001", "earliest_report": "a-001", "most_specific_period": "b-001"}
    changes = reconcile.policy_changes(df)
    assert changes["series_that_change"].tolist() == [1, 1, 1]


def _papermill(tmp_path, policy) -> subprocess.Popen:
    """papermill running the conflicts chapter with ``policy`` (started, not waited for: the tests run two at once)."""
    out = tmp_path / f"{policy}.ipynb"
    return subprocess.Popen([sys.executable, "-m", "papermill", str(ROOT / "notebooks" / "03_conflicts.ipynb"), str(out),
                             "-p", "policy", policy, "-p", "processed_dir", str(tmp_path / policy), "-k", "reportfacts",
                             "--cwd", str(ROOT)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_papermill_policy_changes_reconciled_table_and_unknown_policy_fails(tmp_path):
    bad, good = _papermill(tmp_path, "newest"), _papermill(tmp_path, "earliest_report")
    bad_stderr, good_stderr = bad.communicate()[1], good.communicate()[1]
    assert bad.returncode != 0 and "allowed: latest_report, earliest_report, most_specific_period" in bad_stderr
    assert good.returncode == 0, good_stderr
    earliest = pd.read_csv(tmp_path / "earliest_report" / "reconciled.csv", dtype=str, keep_default_na=False)
    latest = pd.read_csv(ROOT / "data" / "processed" / "reconciled.csv", dtype=str, keep_default_na=False)
    key = ["metric_id", "subject", "period"]
    merged = earliest.merge(latest, on=key, suffixes=("_e", "_l"))
    assert len(merged) == len(latest)
    assert (merged["fact_id_e"] != merged["fact_id_l"]).sum() >= 1
    # unresolved series and implied ranks carry their own reason instead of a policy
    assert set(earliest["rule"].str.split(":").str[0]) - {"unresolved", "implied by the ranking"} == {"earliest_report"}
