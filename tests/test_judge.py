"""Verdicts on comparable figures (reportfacts.analysis.judge) on tiny inline tables: every verdict, the three-way case, a
series with two values in one report, stated beats derived, and the wording a journalist can quote."""

import re

import pandas as pd

from reportfacts.analysis import checks, judge, ranking, reconcile
from reportfacts.extract.catalog import Entity
from rf_helpers import facts_from

RULES = checks.load_rules()
PUB = {"a": "2020-01", "b": "2020-04", "c": "2021-05"}
SAME_BODY = {"demo": ("zone",), "zone": ("demo",)}
ENTITIES = {
    "zone": Entity("zone", "the zone", "高新区", ("高新区",), "zone", ("demo",)),
    "demo": Entity("demo", "the demonstration zone", "示范区", ("示范区",), "zone", ("zone",)),
    "river": Entity("river", "the river section", "大河核心段", ("大河核心段", "大河"), "project"),
    "park": Entity("park", "a park", "甲公园", ("甲公园", "焦甲公园"), "project"),
}
NO_CHECKS = pd.DataFrame(columns=checks.CHECK_COLUMNS)


def facts(rid, text, specs, measure=""):
    return facts_from(rid, text, specs).assign(measure_zh=measure, subject_zh="")


def run(frames, texts, checks_df=NO_CHECKS, implied=None):
    fs = pd.concat(frames, ignore_index=True)
    for col in ("measure_zh", "subject_zh"):
        fs[col] = fs[col].fillna("")
    imp = reconcile.implied_tolerances(implied) if implied is not None else None
    df = judge.comparable_frame(fs, imp, PUB, RULES, SAME_BODY)
    tl = ranking.timeline(fs, PUB, RULES)
    return judge.judge(df, checks_df, tl, texts, PUB, RULES, ENTITIES)


def verdict_of(v, *fact_ids):
    rows = v[v["fact_ids"].map(lambda s: set(fact_ids) <= set(s.split(";")))]
    assert len(rows), f"no verdict holds {fact_ids}: {v[['verdict', 'fact_ids']].to_dict('records')}"
    return rows.iloc[0]


def check_row(cid, ids, stated, computed, status, rule, rid="a", tol=0.5):
    return {"check_id": cid, "fact_ids": ";".join(ids), "formula": "", "stated": stated, "computed": computed,
            "tolerance": tol, "status": status, "rule": rule, "report_id": rid, "explanation": ""}


def test_the_same_figure_republished_under_another_name_is_restated_not_a_conflict():
    ta, tb = "示范区工业增加值增长8.6%。", "高新区工业增加值同比增长8.6%。"
    a = facts("a", ta, [("8.6", "%", 8.6, "percent", "iva", "2019", "growth_rate", "demo")], "工业增加值")
    b = facts("b", tb, [("8.6", "%", 8.6, "percent", "iva", "2019", "growth_rate", "zone")], "工业增加值")
    v = run([a, b], {"a": ta, "b": tb})
    row = verdict_of(v, "a-001", "b-001")
    assert row["verdict"] == "restated" and row["disagreement"] == "none"
    assert "“示范区工业增加值增长8.6%”" in row["explanation"] and "8.6%" in row["figures"]
    assert "示范区" in row["explanation"] and "高新区" in row["explanation"]


def test_three_reports_with_one_figure_make_one_three_way_group():
    t = {"a": "检验检测机构20余家。", "b": "检验检测机构20余家。", "c": "检验检测机构20余家。"}
    frames = [facts(r, t[r], [("20", "余家", 20, "count", "labs", "2019", "count_stock", "zone", "余")], "检验检测机构")
              for r in "abc"]
    v = run(frames, t)
    row = verdict_of(v, "a-001", "b-001", "c-001")
    assert row["verdict"] == "restated" and row["fact_ids"].count(";") == 2
    assert len(v) == 1  # one group, not three pairs


def test_a_figure_printed_to_two_precisions_is_rounding():
    t = "签约项目总投资129亿元。最终签约总投资129.53亿元。"
    a = facts("a", t, [("129", "亿元", 1.29e10, "yuan", "signed", "2024", "level"),
                       ("129.53", "亿元", 1.2953e10, "yuan", "signed", "2024", "level")], "总投资")
    v = run([a], {"a": t})
    assert verdict_of(v, "a-001", "a-002")["verdict"] == "rounding"


def test_a_unit_conversion_is_rounding_for_a_named_thing():
    ta, tc = "大河景观水面333.5万平方米。", "大河面积达334公顷。"
    a = facts("a", ta, [("333.5", "万平方米", 3335000, "m2", "water_m2", "2019", "level", "river")], "景观水面")
    c = facts("c", tc, [("334", "公顷", 334, "hectare", "", "2020", "level", "river")], "面积")
    v = run([a, c], {"a": ta, "c": tc})
    assert verdict_of(v, "a-001", "c-001")["verdict"] == "rounding"


def test_one_attribute_of_a_named_thing_given_two_values_is_a_genuine_conflict():
    ta, tc = "大河核心段13公里生态长廊。", "大河核心段形成了长12公里。"
    a = facts("a", ta, [("13", "公里", 13, "km", "", "2019", "level", "river")], "生态长廊")
    c = facts("c", tc, [("12", "公里", 12, "km", "", "2020", "level", "river")], "长")
    v = run([a, c], {"a": ta, "c": tc})
    row = verdict_of(v, "a-001", "c-001")
    assert row["verdict"] == "genuine_conflict" and row["disagreement"] == "genuine"


def test_figures_for_different_periods_are_different_period():
    ta, tc = "上半年地区生产总值同比增长9.8%。", "地区生产总值同比增长8%。"
    a = facts("a", ta, [("9.8", "%", 9.8, "percent", "gdp", "2018-H1", "growth_rate")], "地区生产总值")
    c = facts("c", tc, [("8", "%", 8, "percent", "gdp", "2019", "growth_rate")], "地区生产总值")
    v = run([a, c], {"a": ta, "c": tc})
    row = verdict_of(v, "a-001", "c-001")
    assert row["verdict"] == "different_period" and row["disagreement"] == "apparent"
    assert "the first half of 2018" in row["explanation"]


def test_new_certifications_are_not_a_net_change_stated_beats_derived():
    ta = "现有高新技术企业13家。"
    tb = "新认定高新技术企业10家，总数达到18家。"
    a = facts("a", ta, [("13", "家", 13, "count", "hte", "2018-07", "count_stock")], "高新技术企业")
    b = facts("b", tb, [("10", "家", 10, "count", "new_hte", "2019", "count_flow"),
                        ("18", "家", 18, "count", "hte", "2019", "count_stock")], "高新技术企业")
    fs = pd.concat([a, b], ignore_index=True)
    chk, implied = checks.run_checks(fs, {"a": ta, "b": tb}, RULES)
    assert (implied["value"].astype(float) == 8).any()  # the derivation the issue complains about
    v = run([a, b], {"a": ta, "b": tb}, chk, implied)
    row = verdict_of(v, "a-001", "b-001", "b-002")
    assert row["verdict"] == "stock_vs_flow" and "not the net change" in row["explanation"]
    df = reconcile.prepare(fs, reconcile.implied_tolerances(implied), PUB, RULES, SAME_BODY)
    rec, _ = reconcile.reconciled(df, "latest_report")
    y2018 = rec[(rec["metric_id"] == "hte") & (rec["period"] == "2018")]
    assert list(y2018["value"]) == ["13"] and list(y2018["basis"]) == ["stated"]


def test_a_stock_beside_its_flow_is_stock_vs_flow():
    tb, tc = "新增孵化面积3万平方米。", "孵化面积达到30万平方米。"
    b = facts("b", tb, [("3", "万平方米", 30000, "m2", "incubation_area_added_m2", "2020-Q1", "level")], "新增孵化面积")
    c = facts("c", tc, [("30", "万平方米", 300000, "m2", "incubation_area_m2", "2020", "level")], "孵化面积")
    v = run([b, c], {"b": tb, "c": tc})
    assert verdict_of(v, "b-001", "c-001")["verdict"] == "stock_vs_flow"


def test_two_registers_of_one_family_are_different_scope():
    ta, tc = "省级科技型中小企业85家。", "国家科技型中小企业82家。"
    a = facts("a", ta, [("85", "家", 85, "count", "provincial_tech_smes_count", "2018-07", "count_stock")], "省级")
    c = facts("c", tc, [("82", "家", 82, "count", "national_tech_smes_count", "2020", "count_stock")], "国家")
    v = run([a, c], {"a": ta, "c": tc})
    assert verdict_of(v, "a-001", "c-001")["verdict"] == "different_scope"


def test_one_figure_under_two_spellings_of_a_name_is_a_name_variant():
    ta, tb = "总投资15亿元的甲公园项目。", "总投资15亿元的焦甲公园项目。"
    a = facts("a", ta, [("15", "亿元", 1.5e9, "yuan", "inv", "2019", "level", "park")], "总投资")
    b = facts("b", tb, [("15", "亿元", 1.5e9, "yuan", "inv", "2019", "level", "park")], "总投资")
    v = run([a, b], {"a": ta, "b": tb})
    row = verdict_of(v, "a-001", "b-001")
    assert row["verdict"] == "name_variant" and "“甲公园”" in row["explanation"] and "“焦甲公园”" in row["explanation"]


def test_a_goal_restated_with_a_later_deadline_slipped():
    ta, tc = "到2025年进入前100强。", "到2029年进入前100名。"
    a = facts("a", ta, [("100", "强", 100, "rank", "rank_goal", "2025", "target")], "排名")
    c = facts("c", tc, [("100", "名", 100, "rank", "rank_goal", "2029", "target")], "排名")
    v = run([a, c], {"a": ta, "c": tc})
    row = verdict_of(v, "a-001", "c-001")
    assert row["verdict"] == "target_slipped" and "4 years later" in row["explanation"]


def test_arithmetic_that_fits_agrees_and_loose_round_percentages_are_rounding():
    t = "从10家增长至28家，增长了180%。项目119个，今年228个，比去年增长90%。"
    a = facts("a", t, [("10", "家", 10, "count", "n", "2016", "count_stock"),
                       ("28", "家", 28, "count", "n", "2020", "count_stock"),
                       ("180", "%", 180, "percent", "n_growth", "2016..2020", "growth_rate"),
                       ("119", "个", 119, "count", "p", "2019", "count_flow"),
                       ("228", "个", 228, "count", "p", "2020", "count_flow"),
                       ("90", "%", 90, "percent", "p_growth", "2020", "growth_rate")])
    chk = pd.DataFrame([check_row("growth-a-003", ["a-001", "a-002", "a-003"], 180, 180, "pass", "growth"),
                        check_row("vs_last_year-a-006", ["a-004", "a-005", "a-006"], 90, 91.5966, "fail",
                                  "vs_last_year")])
    v = run([a], {"a": t}, chk)
    assert verdict_of(v, "a-001", "a-002", "a-003")["verdict"] == "agrees"
    row = verdict_of(v, "a-004", "a-005", "a-006")
    assert row["verdict"] == "rounding" and "91.6%" in row["explanation"] and "loosely" in row["explanation"]


def test_arithmetic_that_does_not_fit_is_a_mismatch():
    t = "从10家增长至28家，增长了150%。"
    a = facts("a", t, [("10", "家", 10, "count", "n", "2016", "count_stock"),
                       ("28", "家", 28, "count", "n", "2020", "count_stock"),
                       ("150", "%", 150, "percent", "n_growth", "2016..2020", "growth_rate")])
    chk = pd.DataFrame([check_row("growth-a-003", ["a-001", "a-002", "a-003"], 153, 180, "fail", "growth")])
    v = run([a], {"a": t}, chk)
    row = verdict_of(v, "a-001", "a-002", "a-003")
    assert row["verdict"] == "arithmetic_mismatch" and row["disagreement"] == "genuine"


def test_a_rate_of_a_small_count_that_no_whole_number_gives_is_impossible():
    t = "项目21个，其中，开工率100%，投产率60%。"
    a = facts("a", t, [("21", "个", 21, "count", "p", "2024", "count_stock"),
                       ("100", "%", 100, "percent", "r1", "2024", "share"),
                       ("60", "%", 60, "percent", "r2", "2024", "share")])
    v = run([a], {"a": t})
    row = verdict_of(v, "a-001", "a-003")
    assert row["verdict"] == "impossible" and "12.6 of 21" in row["explanation"]
    assert v[v["fact_ids"] == "a-001;a-002"].empty  # 100% of 21 is 21 of 21


def test_a_rate_of_money_is_not_a_share_of_the_count():
    t = "受理项目67个，节约资金4100万元，节资率3.3%。"
    a = facts("a", t, [("67", "个", 67, "count", "p", "2019", "count_flow"),
                       ("4100", "万元", 4.1e7, "yuan", "saved", "2019", "level"),
                       ("3.3", "%", 3.3, "percent", "rate", "2019", "share")])
    assert run([a], {"a": t}).empty


def test_a_series_with_two_values_in_one_report_is_kept_with_a_reason():
    ta, tb = "总数152家，比上年增加21家。", "总数152家。"
    a = facts("a", ta, [("152", "家", 152, "count", "n", "2020", "count_stock"),
                        ("21", "家", 21, "count", "n", "2020", "count_stock")], "企业")
    b = facts("b", tb, [("152", "家", 152, "count", "n", "2020", "count_stock")], "企业")
    fs = pd.concat([a, b], ignore_index=True)
    df = reconcile.prepare(fs, None, PUB, RULES, SAME_BODY)
    rec, skipped = reconcile.reconciled(df, "latest_report")
    assert skipped == 1 and rec.empty
    out = reconcile.with_unresolved(rec, df, "latest_report")
    assert list(out["basis"]) == ["unresolved"] and out.iloc[0]["value"] == ""
    assert "152家" in out.iloc[0]["rule"] and "21家" in out.iloc[0]["rule"]
    v = run([a, b], {"a": ta, "b": tb})
    assert verdict_of(v, "a-001", "b-001")["verdict"] == "restated"  # the equal figures still pair
    assert v[v["fact_ids"].str.contains("a-002")].empty  # 21 is not paired with 152 as a conflict


def test_implied_ranks_fill_reconciled_only_where_no_report_states_one():
    tb = "排名居第138位，前移6个位次。"
    b = facts("b", tb, [("138", "位", 138, "rank", "national_ranking_rank", "2019", "rank"),
                        ("6", "个位次", 6, "positions", "national_ranking_change_positions", "2019", "rank_change")])
    tl = ranking.timeline(b, PUB, RULES)
    rec = pd.DataFrame(columns=reconcile.RECONCILED_COLUMNS)
    out = reconcile.with_implied_ranks(rec, tl, PUB)
    assert list(zip(out["period"], out["value"], out["basis"])) == [("2018", "144", "implied")]
    table = ranking.ranking_table(tl)
    assert list(table.columns) == ranking.RANKING_COLUMNS and set(table["basis"]) == {"stated", "implied"}


def test_explanations_carry_no_ids_or_codes():
    ta, tc = "上半年地区生产总值同比增长9.8%。", "地区生产总值同比增长8%。"
    a = facts("a", ta, [("9.8", "%", 9.8, "percent", "gdp_growth_pct", "2018-H1", "growth_rate")], "地区生产总值")
    c = facts("c", tc, [("8", "%", 8, "percent", "gdp_growth_pct", "2019", "growth_rate")], "地区生产总值")
    v = run([a, c], {"a": ta, "c": tc})
    for text in v["explanation"]:
        assert not re.search(r"[a-z]+_[a-z_]+|\b[abc]-\d{3}\b|\[|\bpercent\b", text), text


def test_counts_put_every_verdict_in_its_class():
    v = pd.DataFrame({"verdict": ["restated", "rounding", "impossible", "restated"]})
    c = judge.counts(v, RULES)
    assert set(c["verdict"]) == set(RULES["verdicts"])
    got = {r["verdict"]: (r["class"], r["pairs"]) for r in c.to_dict("records")}
    assert got["restated"] == ("agree", 2) and got["rounding"] == ("only seem to disagree", 1)
    assert got["impossible"] == ("truly disagree", 1) and got["genuine_conflict"] == ("truly disagree", 0)


def test_period_words():
    assert judge.period_en("2019-01..2019-11") == "January-November 2019"
    assert judge.period_en("2016..2020") == "2016-2020" and judge.period_en("2024-09-28") == "28 September 2024"
    assert judge.period_en("2020-Q1") == "the first quarter of 2020" and judge.period_en("") == "no stated date"


def _two_growth_rates(first, second, subject, entities, names=None):
    """The verdicts on two revenue growth rates of reports a and c, each (text, value, period), about ``subject``;
    ``names``: the subject_zh each report prints."""
    frames = []
    for rid, (text, value, period) in zip("ac", (first, second)):
        f = facts(rid, text, [(value, "%", float(value), "percent", "rev", period, "growth_rate", subject)], "营收")
        if names:
            f["subject_zh"] = names[0 if rid == "a" else 1]
        frames.append(f)
    df = judge.comparable_frame(pd.concat(frames, ignore_index=True), None, PUB, RULES, SAME_BODY)
    return judge.judge(df, NO_CHECKS, ranking.timeline(df, PUB, RULES), {"a": first[0], "c": second[0]}, PUB, RULES,
                       entities)


def test_catalog_name_variants_say_where_each_form_occurs():
    ents = {**ENTITIES, "co": Entity("co", "a company", "甲己公司", ("甲己公司", "甲己", "甲已"), "company",
                                     variants=({"written": "甲己", "status": "short"},
                                               {"written": "甲已", "status": "ocr"}))}
    v = _two_growth_rates(("甲己营收增长5%。", "5", "2019"), ("甲已营收增长6%。", "6", "2020"), "co", ents)
    row = v[v["found_by"] == "name_clusters"].iloc[0]
    assert row["verdict"] == "name_variant" and "c-001" in row["fact_ids"]
    assert "“甲已” in the May 2021 report, a misread character" in row["explanation"]


def test_name_variants_come_from_the_clusters_not_the_catalog():
    """A slip the catalog does not record (乙丙科枝 for 乙丙科技) is found by the clustering and judged."""
    v = _two_growth_rates(("乙丙科技营收增长5%。", "5", "2019"), ("乙丙科枝营收增长6%。", "6", "2020"), "zone", ENTITIES,
                          ("乙丙科技", "乙丙科枝"))
    row = v[v["found_by"] == "name_clusters"].iloc[0]
    assert row["verdict"] == "name_variant" and row["fact_ids"] == "c-001"
    assert "“乙丙科枝” in the May 2021 report, one character off" in row["explanation"]


def test_a_restated_figure_under_two_clustered_names_is_a_name_variant():
    v = _two_growth_rates(("乙丙科技营收增长5%。", "5", "2019"), ("乙丙科枝营收增长5%。", "5", "2019"), "zone", ENTITIES,
                          ("乙丙科技", "乙丙科枝"))
    row = v[v["fact_ids"] == "a-001;c-001"].iloc[0]
    assert row["verdict"] == "name_variant" and "“乙丙科技”" in row["explanation"] and "“乙丙科枝”" in row["explanation"]


def test_disagreements_put_what_truly_conflicts_first():
    v = pd.DataFrame({"verdict_id": ["V1", "V2", "V3", "V4"], "disagreement": ["apparent", "none", "genuine", "apparent"]})
    assert list(judge.disagreements(v)["verdict_id"]) == ["V3", "V1", "V4"]


def test_multiples_of_last_year_of_different_things_get_no_verdict():
    text = "纳入省重点项目数达到5个，是去年的1.67倍。共兑现奖金3285.1万元，是去年的2倍。"
    spec = [("1.67", "倍", 1.67, "times", "multiple", "2020", "ratio"), ("2", "倍", 2, "times", "multiple", "2020", "ratio")]
    a = facts_from("a", text, spec).assign(measure_zh=["纳入省重点项目数", "奖金"], subject_zh="")
    assert run([a], {"a": text}).empty
    a = a.assign(measure_zh=["奖金", "奖金"])  # one series: compared (and the 2 is the 1.67 rounded)
    assert list(run([a], {"a": text})["verdict"]) == ["rounding"]
