"""make score's field comparisons on tiny inline rows (reportfacts.scoring.score)."""

import pandas as pd
import pytest

from reportfacts.scoring.score import field_ok, read_key, same_phrase, same_value, score_set


def test_values_compare_as_decimals_ranges_and_fractions():
    assert same_value("1640000000", {"value": "1.64E+9"})
    assert same_value("300000000..500000000", {"value": "", "value_low": "300000000", "value_high": "5E+8"})
    assert not same_value("300000000..500000000", {"value": "500000000"})
    assert same_value("0.333333", {"value": "0.3333333"}) and not same_value("-3", {"value": "3"})


def test_phrases_match_an_alternative_or_a_close_containment():
    assert same_phrase("规模以上工业增加值|规上工业增加值", "规上工业增加值")
    assert same_phrase("新认定的科技型中小企业", "新认定科技型中小企业")      # 的 is ignored
    assert same_phrase("国家高新技术企业总数", "新认定国家高新技术企业总数", 0.6)
    assert not same_phrase("规模以上工业增加值", "增加值", 0.6)             # too short a part
    assert same_phrase("深圳|深圳市", "深圳市") and not same_phrase("深圳", "")
    assert same_phrase("规模工业总产值", "規模工業總產值")  # a traditional report's phrase, keyed in simplified
    assert not same_phrase("规模工业增加值", "規模工業總產值")
    assert same_phrase("第二產(chǎn)業(yè)", "第二產業")   # a mirror site's pinyin gloss, which the clean text drops
    assert not same_phrase("第二產(chǎn)業(yè)", "第三產業")


TEXT = "深圳GDP增长6%，规模以上工业增加值下降3.2%。"
KEY = pd.DataFrame([
    {"report_id": "r", "anchor": "深圳GDP增长6%，", "figure": "6%", "occurrence": "1", "value": "6",
     "unit": "percent", "period": "2021", "kind": "growth_rate", "measure_zh": "GDP", "subject_zh": "深圳"},
    {"report_id": "r", "anchor": "规模以上工业增加值下降3.2%。", "figure": "3.2%", "occurrence": "1",
     "value": "-3.2", "unit": "percent", "period": "2021", "kind": "growth_rate",
     "measure_zh": "规模以上工业增加值", "subject_zh": "深圳"}])


def test_score_set_finds_by_position_and_scores_each_field():
    text, key = TEXT, KEY
    facts = pd.DataFrame([
        {"report_id": "r", "clean_start": 7, "clean_end": 9, "value": "6", "value_low": "", "value_high": "",
         "unit": "percent", "period": "2021", "kind": "growth_rate", "measure_zh": "GDP", "subject_zh": "深圳"},
        {"report_id": "r", "clean_start": 23, "clean_end": 27, "value": "3.2", "value_low": "", "value_high": "",
         "unit": "percent", "period": "2021-H1", "kind": "growth_rate", "measure_zh": "增加值", "subject_zh": "深圳"}])
    got = score_set(facts, key, {"r": text})
    assert got["recall"] == 1.0 and got["value"] == 0.5 and got["period"] == 0.5 and got["measure"] == 0.5
    assert got["subject"] == 1.0 and got["kind"] == 1.0
    assert field_ok("unit", key.iloc[0].to_dict(), facts.iloc[0].to_dict())


def test_agreement_scores_a_second_keyers_first_choice_and_the_extractor_on_the_same_rows():
    from reportfacts.scoring.score import agreement
    text, key = TEXT, KEY
    facts = pd.DataFrame([
        {"report_id": "r", "clean_start": 7, "clean_end": 9, "value": "6", "value_low": "", "value_high": "",
         "unit": "percent", "period": "2021", "kind": "growth_rate", "measure_zh": "GDP", "subject_zh": "广东"}])
    second = pd.DataFrame([  # keyed the second row only; its first choice differs from the key, its second agrees
        {"report_id": "r", "anchor": "规模以上工业增加值下降3.2%。", "figure": "3.2%", "occurrence": 1,
         "measure_zh": "工业|规模以上工业增加值", "subject_zh": "深圳"}])
    got = agreement(facts, key, second, {"r": text})
    assert got == {"rows": 1, "second_measure": 0.0, "extractor_measure": 0.0, "second_subject": 1.0,
                   "extractor_subject": 0.0}
    with pytest.raises(ValueError, match="no row matches"):
        agreement(facts, key, second.assign(figure="9%"), {"r": text})


def test_rules_fired_lists_every_rule_and_counts_only_what_it_is_given():
    from collections import Counter
    from reportfacts.scoring.score import rules_fired
    got = rules_fired(Counter({"non_statistic #1": 3}))
    assert got["non_statistic #1"] == 3 and got["fact_patterns #1"] == 0 and len(got) > 20


def test_periods_compare_by_the_months_they_cover():
    from reportfacts.scoring.score import same_period
    assert same_period("2021-01..2021-06", "2021-H1") and same_period("2020-Q1", "2020-01..2020-03")
    assert same_period("2021", "2021-01..2021-12") and same_period("", "nan")
    assert not same_period("2023-01", "2023-01-29") and not same_period("2021-H1", "2021-01..2021-05")


def test_a_key_with_a_comma_outside_quotes_stops_naming_its_file(tmp_path):
    key = tmp_path / "r1.csv"
    key.write_text("report_id,figure,note\nr1,5%,fine\nr1,6%,a note, unquoted\n", encoding="utf-8")
    with pytest.raises(ValueError, match="r1.csv: not a well-formed CSV"):
        read_key(key)


def test_a_keys_unit_in_another_case_or_as_printed_is_read_as_the_units_table_reads_it():
    from reportfacts.scoring.score import same_unit
    assert same_unit("kWh", "kwh") and same_unit("‰", "permille") and same_unit("微克/立方米", "ug_m3")
    assert not same_unit("‰", "percent") and not same_unit("吨", "count")


def test_a_devset_entry_s_subject_is_the_report_s_as_the_pipeline_reads_sources(tmp_path):
    from reportfacts.scoring.score import extract_texts
    (tmp_path / "a.txt").write_text("\n\n去年，高新区生产总值完成205.87亿元。\n", encoding="utf-8")
    entry = {"file": "a.txt", "published": "2023-02-24", "split": "x"}
    facts, _, _ = extract_texts(tmp_path, [{**entry, "subject": "新乡高新区"}])
    assert list(facts.subject_zh) == ["新乡高新区"]
