"""Tests for reportfacts.extract.catalog: the real catalog, the validator (tiny YAML fixtures) and the matchers.

Matcher sentences are made up for the tests; they are not copied from the seed reports.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from reportfacts.extract.catalog import (
    ENTITY_TYPES, KINDS, UNIT_KINDS, UNITS, Catalog, CatalogError, load_catalog,
)


@pytest.fixture(scope="module")
def cat() -> Catalog:
    return load_catalog()


# --------------------------------------------------------------------------------------------------------
# the real catalog


def test_real_catalog_loads_from_default_dir(cat):
    assert cat.directory is not None and cat.directory.name == "catalog"
    assert len(cat.metrics) >= 80
    assert len(cat.entities) >= 20
    assert len(cat.terms) >= 20


def test_every_metric_has_valid_unit_kind_and_suffix(cat):
    for m in cat.metrics.values():
        assert m.unit in UNITS, m.id
        assert m.kind in KINDS, m.id
        assert m.kind in UNIT_KINDS[m.unit], m.id
        assert m.id.endswith(UNITS[m.unit]), m.id
        assert m.name_en and m.name_zh and m.description, m.id


def test_aliases_are_short_generic_names(cat):
    """Aliases are names of quantities, not sentence fragments: short and without clause punctuation."""
    for m in cat.metrics.values():
        for alias in m.aliases_zh:
            assert len(alias.replace("…", "")) <= 18, (m.id, alias)
            assert not set(alias) & set("，。；：,;"), (m.id, alias)


def test_required_metrics_present(cat):
    required = [
        "gdp_growth_pct", "industrial_value_added_growth_pct", "tertiary_value_added_yuan",
        "tertiary_value_added_growth_pct", "fixed_asset_investment_growth_pct", "retail_sales_growth_pct",
        "general_budget_revenue_growth_pct", "general_budget_revenue_share_of_gdp_pct", "main_tax_revenue_yuan",
        "industrial_tax_revenue_yuan", "financial_sector_tax_revenue_yuan",
        "high_tech_industry_value_added_growth_pct", "strategic_emerging_industry_value_added_growth_pct",
        "rd_spending_share_of_gdp_pct", "patent_applications_growth_pct", "patents_granted_growth_pct",
        "invention_patents_per_10k_people", "technology_contracts_growth_pct",
        "national_high_tech_enterprises_count", "new_national_high_tech_enterprises_count",
        "national_tech_smes_count", "provincial_tech_smes_count", "rd_platforms_count",
        "incubation_carriers_count", "incubation_area_m2", "key_projects_count",
        "key_projects_total_investment_yuan", "project_investment_planned_yuan",
        "project_investment_completed_yuan", "annual_plan_completion_pct", "signed_projects_count",
        "signed_projects_investment_yuan", "cluster_sales_revenue_yuan", "national_ranking_rank",
        "national_ranking_change_positions", "new_urban_employment_count", "urban_roads_built_km",
        "green_area_hectare", "social_spending_yuan", "social_spending_share_of_budget_expenditure_pct",
        "loans_yuan", "tax_fee_cuts_yuan", "new_market_entities_count",
    ]
    missing = [m for m in required if m not in cat.metrics]
    assert not missing


def test_entities(cat):
    for e in cat.entities.values():
        assert e.type in ENTITY_TYPES
    zone, demo = cat.entity("jiaozuo_hitech_zone"), cat.entity("jiaozuo_demo_zone")
    assert "jiaozuo_demo_zone" in zone.same_body_as and "jiaozuo_hitech_zone" in demo.same_body_as
    assert demo.note and zone.note
    tianbao = cat.entity("tianbao_huanxiang")
    status = {v["written"]: v["status"] for v in tianbao.variants}
    assert status["焦作天宝桓祥机械科技有限公司"] == "registered"
    assert status["天宝恒祥"] == "typo" and status["天宝库祥"] == "ocr" and status["天宝库"] == "ocr"
    for cluster in ("mengniu_cluster", "mingren_cluster", "equipment_cluster", "membrane_cluster"):
        assert cat.entity(cluster).type == "cluster"


def test_terms(cat):
    for term in ("规上", "三个一批", "十三五", "十四五", "三区一极", "三大改造", "四城联创", "三新一高",
                 "专精特新", "982工程", "25311", "1015战略", "火炬中心", "科技型中小企业", "国家高新区综合评价"):
        assert term in cat.terms, term
        assert cat.terms[term].term_en and cat.terms[term].explanation


def test_unknown_metric_id_raises(cat):
    with pytest.raises(KeyError, match="no_such_metric"):
        cat.metric("no_such_metric")


# --------------------------------------------------------------------------------------------------------
# validator: tiny fixtures

GOOD_METRIC = """\
  - id: gdp_growth_pct
    name_en: GDP growth
    name_zh: 地区生产总值增速
    aliases_zh: [地区生产总值, GDP]
    unit: percent
    kind: growth_rate
    description: Growth of GDP.
"""
GOOD_ENTITY = """\
  - id: zone
    name_en: The zone
    name_zh: 高新区
    aliases_zh: [该区]
    type: zone
"""
GOOD_TERM = """\
  - term_zh: 规上
    term_en: above designated size
    explanation: A statistical threshold.
"""


def write_catalog(tmp_path: Path, metrics: str = GOOD_METRIC, entities: str = GOOD_ENTITY,
                  terms: str = GOOD_TERM) -> Path:
    (tmp_path / "metrics.yml").write_text("metrics:\n" + metrics, encoding="utf-8")
    (tmp_path / "entities.yml").write_text("entities:\n" + entities, encoding="utf-8")
    (tmp_path / "terms.yml").write_text("terms:\n" + terms, encoding="utf-8")
    return tmp_path


def metric_yaml(**changes) -> str:
    fields = dict(id="gdp_growth_pct", name_en="GDP growth", name_zh="地区生产总值增速",
                  aliases_zh="[地区生产总值]", unit="percent", kind="growth_rate", description="Growth of GDP.")
    fields.update(changes)
    lines = [f"{k}: {v}" for k, v in fields.items() if v is not None]
    return "  - " + "\n    ".join(lines) + "\n"


def test_fixture_catalog_is_valid(tmp_path):
    cat = load_catalog(write_catalog(tmp_path))
    assert list(cat.metrics) == ["gdp_growth_pct"]
    assert cat.match_metric("今年地区生产总值增长", "percent", "growth_rate") == "gdp_growth_pct"


def test_duplicate_metric_id(tmp_path):
    d = write_catalog(tmp_path, metrics=GOOD_METRIC + GOOD_METRIC)
    with pytest.raises(CatalogError, match=r"metrics\.yml:9: duplicate metric id 'gdp_growth_pct'"):
        load_catalog(d)


def test_duplicate_entity_id(tmp_path):
    other = GOOD_ENTITY.replace("[该区]", "[园区]").replace("name_zh: 高新区", "name_zh: 开发区")
    d = write_catalog(tmp_path, entities=GOOD_ENTITY + other)
    with pytest.raises(CatalogError, match=r"entities\.yml:7: duplicate entity id 'zone'"):
        load_catalog(d)


def test_unknown_unit(tmp_path):
    d = write_catalog(tmp_path, metrics=metric_yaml(unit="percentage"))
    with pytest.raises(CatalogError, match=r"metrics\.yml:2: .*unknown unit 'percentage'"):
        load_catalog(d)


def test_unknown_kind_and_target_is_not_a_metric_kind(tmp_path):
    d = write_catalog(tmp_path, metrics=metric_yaml(kind="target"))
    with pytest.raises(CatalogError, match=r"unknown kind 'target'.*fact kinds"):
        load_catalog(d)


def test_missing_field(tmp_path):
    d = write_catalog(tmp_path, metrics=metric_yaml(description=None))
    with pytest.raises(CatalogError, match=r"metrics\.yml:2: missing field 'description'"):
        load_catalog(d)


def test_unknown_field_is_reported(tmp_path):
    d = write_catalog(tmp_path, metrics=metric_yaml(alias_zh="[GDP]"))
    with pytest.raises(CatalogError, match=r"unknown field 'alias_zh'"):
        load_catalog(d)


def test_id_not_snake_case(tmp_path):
    d = write_catalog(tmp_path, metrics=metric_yaml(id="GdpGrowth_pct"))
    with pytest.raises(CatalogError, match=r"'GdpGrowth_pct' is not snake_case"):
        load_catalog(d)


def test_suffix_unit_mismatch(tmp_path):
    d = write_catalog(tmp_path, metrics=metric_yaml(unit="yuan", kind="level"))
    with pytest.raises(CatalogError, match=r"'gdp_growth_pct' ends with '_pct' \(unit percent\) but its unit is 'yuan'"):
        load_catalog(d)


def test_kind_unit_mismatch(tmp_path):
    d = write_catalog(tmp_path, metrics=metric_yaml(kind="rank"))
    with pytest.raises(CatalogError, match=r"kind 'rank' does not fit unit 'percent'"):
        load_catalog(d)


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    broken = GOOD_METRIC.replace("aliases_zh: [地区生产总值, GDP]", "aliases_zh: [地区生产总值, GDP")
    d = write_catalog(tmp_path, metrics=broken)
    with pytest.raises(CatalogError) as info:
        load_catalog(d)
    message = str(info.value)
    assert "metrics.yml:" in message and "YAML syntax error" in message
    line = int(message.split("metrics.yml:")[1].split(":")[0])
    assert 5 <= line <= 7  # the unclosed flow sequence opened on line 5


def test_duplicate_yaml_key_names_line(tmp_path):
    d = write_catalog(tmp_path, metrics=GOOD_METRIC + "    unit: yuan\n")
    with pytest.raises(CatalogError, match=r"metrics\.yml:9: YAML syntax error: duplicate key 'unit'"):
        load_catalog(d)


def test_alias_claimed_by_two_entities(tmp_path):
    other = GOOD_ENTITY.replace("id: zone", "id: demo").replace("name_zh: 高新区", "name_zh: 示范区")
    d = write_catalog(tmp_path, entities=GOOD_ENTITY + other)
    with pytest.raises(CatalogError, match=r"alias '该区' of entity 'demo' is already claimed by entity 'zone'"):
        load_catalog(d)


def test_a_name_variant_cut_at_an_unquoted_comma_is_refused(tmp_path):
    d = write_catalog(tmp_path, entities=GOOD_ENTITY + "    variants:\n      - {written: 高新区, note: short (a, b)}\n")
    with pytest.raises(CatalogError, match=r"entity 'zone' variant .*quote a note that has a comma"):
        load_catalog(d)


def test_unknown_entity_reference(tmp_path):
    d = write_catalog(tmp_path, entities=GOOD_ENTITY + "    part_of: nowhere\n")
    with pytest.raises(CatalogError, match=r"refers to unknown entity 'nowhere'"):
        load_catalog(d)


def test_missing_file(tmp_path):
    d = write_catalog(tmp_path)
    (d / "terms.yml").unlink()
    with pytest.raises(CatalogError, match=r"terms\.yml: catalog file not found"):
        load_catalog(d)


def test_all_errors_reported_together(tmp_path):
    d = write_catalog(tmp_path, metrics=metric_yaml(unit="percentage") + metric_yaml(id="x_pct", kind="speed"))
    with pytest.raises(CatalogError, match=r"2 problem") as info:
        load_catalog(d)
    assert "percentage" in str(info.value) and "speed" in str(info.value)


def test_catalog_error_is_value_error():
    assert issubclass(CatalogError, ValueError)


# --------------------------------------------------------------------------------------------------------
# metric matcher (made-up sentences)


@pytest.mark.parametrize("context, unit, kind, expected", [
    ("全市规上工业增加值增长", "percent", "growth_rate", "industrial_value_added_growth_pct"),
    ("前三季度，该县规模以上工业增加值同比增长", "percent", None, "industrial_value_added_growth_pct"),
    ("上半年该区GDP增长", "percent", "growth_rate", "gdp_growth_pct"),
    ("全年实现地区生产总值", "yuan", "level", "gdp_yuan"),
    ("力争地区生产总值增长", "percent", "target", "gdp_growth_pct"),
    ("社会消费品零售总额同比增长", "percent", None, "retail_sales_growth_pct"),
    ("该园区研发投入强度达到", "percent", "share", "rd_spending_share_of_gdp_pct"),
    ("研发经费占比提高了", "percent", "growth_rate", "rd_spending_share_growth_pct"),
    ("一般公共预算收入占GDP比重为", "percent", None, "general_budget_revenue_share_of_gdp_pct"),
    ("去年新认定高新技术企业", "count", "count_flow", "new_national_high_tech_enterprises_count"),
    ("新增国家高新技术企业5家，高新技术企业总数", "count", "count_stock", "national_high_tech_enterprises_count"),
    ("入库国家科技型中小企业", "count", None, "national_tech_smes_count"),
    ("备案省级科技型中小企业", "count", None, "provincial_tech_smes_count"),
    ("今年全区共有重点项目", "count", None, "key_projects_count"),
    ("实施重点项目30个，总投资", "yuan", "level", "key_projects_total_investment_yuan"),
    ("该厂新建生产线总投资", "yuan", "level", "project_total_investment_yuan"),
    ("招商签约项目12个，总投资", "yuan", "level", "signed_projects_investment_yuan"),
    ("年度计划完成投资", "yuan", "plan", "project_investment_planned_yuan"),
    ("乳业产业集群实现销售收入", "yuan", None, "cluster_sales_revenue_yuan"),
    ("某公司实现销售收入", "yuan", None, "sales_revenue_yuan"),
    ("在全国高新区综合排名中位列第", "rank", "rank", "national_ranking_rank"),
    ("综合排名较上年前移", "positions", "rank_change", "national_ranking_change_positions"),
    ("增速位居全市第", "rank", None, "city_ranking_rank"),
    ("新增城镇就业", "count", None, "new_urban_employment_count"),
    ("今年新修城市道路", "km", None, "urban_roads_built_km"),
    ("新增绿化面积", "hectare", None, "green_area_hectare"),
    ("累计孵化面积达到", "m2", None, "incubation_area_m2"),
    ("全年新增孵化面积", "m2", None, "incubation_area_added_m2"),
    ("万人有效发明专利拥有量达", "count_per_10k_people", None, "invention_patents_per_10k_people"),
    ("高技术制造业增加值增速高于规上工业增加值增速", "pp", "change", "growth_excess_over_industrial_value_added_pp"),
    ("受表彰企业数是去年的", "times", None, "multiple_of_previous_year_times"),
])
def test_match_metric(cat, context, unit, kind, expected):
    assert cat.match_metric(context, unit, kind) == expected


def test_growth_rate_and_change_are_compatible(cat):
    # a pp "change" metric is found for a fact the extractor calls growth_rate, and vice versa
    assert cat.match_metric("城镇化率提高", "pp", "growth_rate") == "urbanization_rate_change_pp"
    assert cat.match_metric("固定资产投资增长", "percent", "change") == "fixed_asset_investment_growth_pct"


def test_kind_filters_candidates(cat):
    # same alias, same unit: the fact kind decides between share and growth
    assert cat.match_metric("研发经费占比", "percent", "share") == "rd_spending_share_of_gdp_pct"
    assert cat.match_metric("研发经费占比", "percent", "growth_rate") == "rd_spending_share_growth_pct"


@pytest.mark.parametrize("context, unit, kind", [
    ("", "percent", None),                 # empty context
    ("天气晴朗，气温", "percent", None),      # no alias at all
    ("研发经费占比", "percent", None),        # share or growth? ambiguous without a kind
    ("地区生产总值增长", "km", None),         # right alias, wrong unit
])
def test_match_metric_none(cat, context, unit, kind):
    assert cat.match_metric(context, unit, kind) is None


def test_closest_alias_wins(cat):
    # two aliases in the context: the one nearest the number decides
    ctx = "地区生产总值增长7%，固定资产投资增长"
    assert cat.match_metric(ctx, "percent", None) == "fixed_asset_investment_growth_pct"


def test_longest_alias_wins_ties(cat):
    # 省级科技型中小企业 and 科技型中小企业 end at the same place: the longer one wins
    assert cat.match_metric("目前拥有省级科技型中小企业", "count", None) == "provincial_tech_smes_count"


def test_noun_after_number(cat):
    # "其中4个|省重点项目": nothing in the last clause before the number, the noun follows it
    assert cat.match_metric("去年实施项目50个，其中", "count", None, after="省重点项目、8个市重点项目") \
        == "provincial_key_projects_count"
    # an alias right before the number in the same clause beats the noun after it
    assert cat.match_metric("该厂年产", "count", None, after="智能装备项目") == "annual_capacity_units_count"


def test_total_cue_selects_stock_over_new(cat):
    ctx = "本年新认定高新技术企业8家，累计"
    assert cat.match_metric(ctx, "count", None) == "national_high_tech_enterprises_count"
    assert cat.match_metric("本年新认定高新技术企业", "count", None) == "new_national_high_tech_enterprises_count"


def test_alias_counted_by_another_number_is_skipped(cat):
    # "2个主导产业" is the noun of 2, so the figure after it falls to the noun that follows it
    assert cat.match_metric("围绕2个主导产业组建", "count", None, after="支招商小分队") == "task_forces_count"


def test_gap_alias(cat):
    assert cat.match_metric("新引进食品、物流等各类项目", "count", None) == "signed_projects_count"


def test_sequence_for_respectively_lists(cat):
    ctx = "专利申请量和授权量分别增长"
    assert cat.match_metric_sequence(ctx, "percent", "growth_rate") == [
        "patent_applications_growth_pct", "patents_granted_growth_pct"]


def test_bad_unit_or_kind_raises(cat):
    with pytest.raises(ValueError, match="unknown unit"):
        cat.match_metric("地区生产总值", "percentage", None)
    with pytest.raises(ValueError, match="unknown kind"):
        cat.match_metric("地区生产总值", "percent", "speed")


# --------------------------------------------------------------------------------------------------------
# entity matcher


@pytest.mark.parametrize("context, expected", [
    ("今年焦作高新区规上工业增加值", "jiaozuo_hitech_zone"),
    ("焦作市城乡一体化示范区去年", "jiaozuo_demo_zone"),
    ("全市规上工业增加值", "jiaozuo_city"),
    ("该区增速位居全省", "henan_province"),
    ("蒙牛产业集群实现销售收入", "mengniu_cluster"),
    ("蒙牛公司年产", "mengniu_jiaozuo"),
    ("河南理工大学科技园入驻企业", "hpu_science_park"),
    ("天宝库祥金刚石压机", "tianbao_huanxiang"),
    ("园区内卓立膜材料", "zhuoli"),
    ("", None),
    ("天气晴朗", None),
])
def test_match_entity(cat, context, expected):
    assert cat.match_entity(context) == expected


def test_canonical_entity(cat):
    for name in ("天宝桓祥", "天宝恒祥", "天宝库祥", "天宝库", "焦作天宝桓祥机械科技有限公司", "tianbao_huanxiang"):
        assert cat.canonical_entity(name) == "tianbao_huanxiang"
    assert cat.canonical_entity("仁名") == "mingren"
    assert cat.canonical_entity("示范区") == "jiaozuo_demo_zone"
    assert cat.canonical_entity("Jiaozuo City") == "jiaozuo_city"
    with pytest.raises(KeyError):
        cat.canonical_entity("不存在的公司")


def test_deictic_words_are_not_entities_and_mentions_have_offsets(cat):
    assert cat.match_entity("该区新增") is None and "该区" in cat.deictic
    from reportfacts.extract.catalog import DEICTIC
    text = "该区蒙牛产业集群与河南理工大学科技园"
    got = [(text[s:e], eid) for s, e, eid in cat.entity_mentions(text)]
    assert got == [("该区", DEICTIC), ("蒙牛产业集群", "mengniu_cluster"), ("河南理工大学科技园", "hpu_science_park")]
    assert cat.entity_mentions("") == []


def test_scan_is_memoised_and_matches_gap_aliases(cat):
    ctx = "新引进食品、物流等各类项目"
    assert cat.match_metric(ctx, "count", None) == cat.match_metric(ctx, "count", None) == "signed_projects_count"


# Made-up sentences (not from the seeds) naming the core comparison metrics the way any report might.
@pytest.mark.parametrize("context, unit, kind, expected", [
    ("某开发区前三季度地区生产总值同比增长", "percent", "growth_rate", "gdp_growth_pct"),
    ("全年规上工业增加值较上年增长", "percent", "growth_rate", "industrial_value_added_growth_pct"),
    ("一季度完成固定资产投资增长", "percent", "growth_rate", "fixed_asset_investment_growth_pct"),
    ("社消零总额增长", "percent", "growth_rate", "retail_sales_growth_pct"),
    ("一般公共预算收入同比增长", "percent", "growth_rate", "general_budget_revenue_growth_pct"),
    ("截至年底，全区拥有国家级高新技术企业", "count", "count_stock", "national_high_tech_enterprises_count"),
    ("本年度开工建设省重点项目", "count", "count_stock", "provincial_key_projects_count"),
    ("在科技部公布的国家高新区综合评价中排名", "rank", "rank", "national_ranking_rank"),
])
def test_unseen_sentences_core_metrics(cat, context, unit, kind, expected):
    assert cat.match_metric(context, unit, kind) == expected


def test_classifier_separates_leads_from_projects(cat):
    assert cat.match_metric("收集招商引资项目", "count", "count_flow", classifier="条") == "investment_leads_count"
    assert cat.match_metric("新签约招商引资项目", "count", "count_flow", classifier="个") == "signed_projects_count"
    assert cat.match_metric("会议多次提到重点项目", "count", "count_flow", classifier="次") != "key_projects_count"


def test_catalog_scan_slices_a_prepared_report(cat):
    text = "全区规上工业增加值增长8%，固定资产投资增长9%。"
    plain = cat.rank_metrics("全区规上工业增加值增长", "percent", "growth_rate")
    cat.prepare(text)
    try:
        assert cat.rank_metrics("全区规上工业增加值增长", "percent", "growth_rate") == plain
        assert cat.match_metric("全区规上工业增加值增长8%，固定资产投资增长", "percent") == \
            "fixed_asset_investment_growth_pct"
    finally:
        cat.prepare(None)


def test_one_scan_serves_the_normalised_and_the_folded_report(cat):
    # quotes, 的, spaces and full-width brackets are dropped or folded: entity mentions (folded offsets) and
    # metric matches (normalised text) found after prepare() equal those found without it
    text = "焦作高新区（示范区）的“高新技术企业” 达到 18家，焦作市 高新技术企业增长 5%。"
    sentences = [text, text[:20], text[6:30]]
    before = [cat.entity_mentions(s) for s in sentences]
    metric = cat.match_metric(text[:38], "count", "count_stock")
    cat.prepare(text)
    try:
        assert [cat.entity_mentions(s) for s in sentences] == before
        assert cat.match_metric(text[:38], "count", "count_stock") == metric
    finally:
        cat.prepare(None)


def test_the_catalog_knows_a_measure_by_its_head_after_its_last_de():
    from reportfacts.extract.catalog import load_catalog
    cat = load_catalog()
    assert cat.knows_measure("enterprises_count", "获得国家级荣誉的企业")
    # what was counted is 单位 (units), whatever the award's name says: not an enterprise count
    assert not cat.knows_measure("enterprises_count", "荣获服务企业先进单位称号的单位")
    # a generic head after 的 (…的比重) leaves the whole phrase to say what is measured
    assert cat.knows_measure("industrial_rd_spending_share_of_revenue_pct", "规模以上工业企业技术研发投入占主营业务收入的比重")
