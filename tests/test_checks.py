"""The reports' arithmetic, recomputed: each rule on a tiny inline table, plus precision and the empty case."""

import pandas as pd
import pytest

from reportfacts.analysis import checks
from rf_helpers import empty, facts_from

RULES = checks.load_rules()


def run(report_id, text, specs):
    return checks.run_checks(facts_from(report_id, text, specs), {report_id: text}, RULES)


def test_empty_facts_give_empty_tables():
    c, i = checks.run_checks(empty(), {}, RULES)
    assert c.empty and i.empty
    assert list(c.columns)[:7] == ["check_id", "fact_ids", "formula", "stated", "computed", "tolerance", "status"]


def test_precision_from_printed_digits_and_qualifiers():
    f = {"value": "430000000", "value_as_written": "4.3", "unit": "yuan", "qualifier": ""}
    assert checks.interval(f) == pytest.approx((425000000, 435000000))
    assert checks.half_unit({"value": "41", "value_as_written": "41", "unit": "count"}) == 0
    assert checks.interval({"value": "80", "value_as_written": "80", "unit": "hectare", "qualifier": "余"}) == (80, 90)


def test_compound_annual_growth_passes_within_printed_precision():
    text = "主体税种从2016年的2.65亿元增长至2020年的4.3亿元，年均增速达12.6%。"
    c, _ = run("r", text, [("2.65", "亿元", 265000000, "yuan", "tax", "2016", "level"),
                            ("4.3", "亿元", 430000000, "yuan", "tax", "2020", "level"),
                            ("12.6", "%", 12.6, "percent", "tax_avg", "2016..2020", "growth_rate")])
    row = c.iloc[0]
    assert row["rule"] == "cagr" and row["status"] == "pass"
    assert float(row["computed"]) == pytest.approx(12.864, abs=0.01)


def test_respectively_list_pairs_rates_with_levels_in_order_and_skips_ranks():
    text = "排名从146位提升至130位，企业从10家增长至28家，平台从18个增长至67个，分别增长了180%、272%。"
    c, _ = run("r", text, [("146", "位", 146, "rank", "rank", "2016", "rank"),
                            ("130", "位", 130, "rank", "rank", "2020", "rank"),
                            ("10", "家", 10, "count", "hte", "2016", "count_stock"),
                            ("28", "家", 28, "count", "hte", "2020", "count_stock"),
                            ("18", "个", 18, "count", "pl", "2016", "count_stock"),
                            ("67", "个", 67, "count", "pl", "2020", "count_stock"),
                            ("180", "%", 180, "percent", "g", "2016..2020", "growth_rate"),
                            ("272", "%", 272, "percent", "g", "2016..2020", "growth_rate")])
    assert list(c["rule"]) == ["growth", "growth"] and set(c["status"]) == {"pass"}
    assert c.iloc[1]["fact_ids"] == "r-005;r-006;r-008"


def test_share_of_annual_plan_fails_when_it_does_not_add_up():
    text = "年度计划完成投资286亿元，目前已全部开工建设；一季度完成投资108亿元，达到年度投资目标的40%。"
    c, _ = run("r", text, [("286", "亿元", 28600000000, "yuan", "plan", "2021", "plan"),
                            ("108", "亿元", 10800000000, "yuan", "done", "2021-Q1", "level"),
                            ("40", "%", 40, "percent", "share", "2021-Q1", "share")])
    assert c.iloc[0]["rule"] == "plan_share" and c.iloc[0]["status"] == "fail"


def test_share_of_plan_without_the_plan_implies_it():
    text = "1月至8月份完成投资10.52亿元，占年度投资计划的104.68%。"
    c, i = run("r", text, [("10.52", "亿元", 1052000000, "yuan", "done", "2024-01..2024-08", "level"),
                            ("104.68", "%", 104.68, "percent", "share", "2024-01..2024-08", "share")])
    assert c.iloc[0]["status"] == "implied"
    assert i.iloc[0]["kind"] == "implied" and i.iloc[0]["check_id"] == c.iloc[0]["check_id"]
    assert float(i.iloc[0]["value"]) == pytest.approx(1004967520, rel=1e-6)


def test_higher_than_implies_the_base_and_two_comparisons_must_agree():
    text = "增加值分别增长13.8%、98.2%，分别高于规模以上工业增加值增速4.9个、89.3个百分点。"
    c, i = run("r", text, [("13.8", "%", 13.8, "percent", "a", "2019", "growth_rate"),
                            ("98.2", "%", 98.2, "percent", "b", "2019", "growth_rate"),
                            ("4.9", "个", 4.9, "pp", "x", "2019", "change"),
                            ("89.3", "个百分点", 89.3, "pp", "x", "2019", "change")])
    assert list(c["status"]) == ["implied", "pass"]
    assert set(i["value"]) == {"8.9"} and set(i["metric_id"]) == {"industrial_value_added_growth_pct"}


def test_higher_than_fails_against_a_stated_base():
    text = "规模以上工业增加值增长8.6%。高技术产业增加值增长13.8%，高于规模以上工业增加值增速4.9个百分点。"
    c, _ = run("r", text, [("8.6", "%", 8.6, "percent", "industrial_value_added_growth_pct", "2019", "growth_rate"),
                            ("13.8", "%", 13.8, "percent", "a", "2019", "growth_rate"),
                            ("4.9", "个百分点", 4.9, "pp", "x", "2019", "change")])
    assert c.iloc[0]["status"] == "fail" and c.iloc[0]["stated"] == "8.6"


def test_city_average_is_implied():
    text = "主体税种增长21.7%，高于全市平均水平24个百分点。"
    _, i = run("r", text, [("21.7", "%", 21.7, "percent", "tax_g", "2019", "growth_rate"),
                            ("24", "个百分点", 24, "pp", "x", "2019", "change")])
    assert i.iloc[0]["subject"] == "jiaozuo_city" and float(i.iloc[0]["value"]) == pytest.approx(-2.3)


def test_growth_over_last_year_against_last_year_stated():
    text = "去年实施重点项目119个。今年实施重点项目228个，项目个数比去年增长90%。"
    c, i = run("r", text, [("119", "个", 119, "count", "kp", "2019", "count_flow"),
                            ("228", "个", 228, "count", "kp", "2020", "count_flow"),
                            ("90", "%", 90, "percent", "g", "2020", "growth_rate")])
    assert c.iloc[0]["rule"] == "vs_last_year" and c.iloc[0]["status"] == "fail"
    assert i.iloc[0]["period"] == "2019" and float(i.iloc[0]["value"]) == pytest.approx(120, abs=0.01)


def test_times_last_year_passes():
    text = "去年省重点项目3个。今年纳入省重点项目数达到5个，是去年的1.67倍。"
    c, _ = run("r", text, [("3", "个", 3, "count", "pk", "2019", "count_flow"),
                            ("5", "个", 5, "count", "pk", "2020", "count_stock"),
                            ("1.67", "倍", 1.67, "times", "m", "2020", "ratio")])
    assert c.iloc[0]["rule"] == "times_last_year" and c.iloc[0]["status"] == "pass"


def test_category_counts_add_up_to_the_total_and_remainders_too():
    text = "签约项目41个，其中城市经济类项目21个、装备制造类项目9个、绿色食品类项目6个、新材料类项目5个。"
    c, _ = run("r", text, [("41", "个", 41, "count", "p", "2024", "count_flow"),
                            ("21", "个", 21, "count", "p", "2024", "count_flow"),
                            ("9", "个", 9, "count", "p", "2024", "count_flow"),
                            ("6", "个", 6, "count", "p", "2024", "count_flow"),
                            ("5", "个", 5, "count", "p", "2024", "count_flow")])
    assert c.iloc[0]["rule"] == "parts_sum" and c.iloc[0]["status"] == "pass"
    text = "104个村已完工81个，剩余24个今冬完工。"
    c, _ = run("r", text, [("104", "个", 104, "count", "v", "2024", "count_stock"),
                            ("81", "个", 81, "count", "v", "2024", "count_stock"),
                            ("24", "个", 24, "count", "v", "2024", "count_stock")])
    assert c.iloc[0]["status"] == "fail"


def test_two_shares_of_one_total_must_agree():
    text = "事项512项，占事项总数的84%；网上可办事项596项，占事项总数的97%。"
    c, _ = run("r", text.replace("\n", ""), [("512", "项", 512, "count", "a", "2019", "count_stock"),
                                              ("84", "%", 84, "percent", "s", "2019", "share"),
                                              ("596", "项", 596, "count", "b", "2019", "count_stock"),
                                              ("97", "%", 97, "percent", "s", "2019", "share")])
    assert c.iloc[0]["rule"] == "share_total" and c.iloc[0]["status"] == "pass"


def test_stock_after_new_ones_implies_last_years_stock():
    text = "新认定国家高新技术企业10家，总数达到18家。"
    _, i = run("r", text, [("10", "家", 10, "count", "new", "2019", "count_flow"),
                            ("18", "家", 18, "count", "hte", "2019", "count_stock")])
    assert (i.iloc[0]["metric_id"], i.iloc[0]["period"], i.iloc[0]["value"]) == ("hte", "2018", "8")


def test_share_of_plan_of_a_group_implies_the_groups_plan():
    text = "22个市重点项目1月至8月份完成投资59.46亿元，占年度投资计划的108.48%。"
    c, i = run("r", text, [("59.46", "亿元", 5946000000, "yuan", "municipal_key_projects_investment_completed_yuan",
                            "2024-01..2024-08", "level"),
                           ("108.48", "%", 108.48, "percent", "municipal_key_projects_plan_completion_pct",
                            "2024-01..2024-08", "share")])
    assert c.iloc[0]["status"] == "implied"
    assert i.iloc[0]["metric_id"] == "municipal_key_projects_investment_planned_yuan"
    assert checks.plan_metric("some_other_completed_yuan") == "project_investment_planned_yuan"
