"""Charts: specs, parameters, the data each chart draws, deterministic PNGs, and the executed notebooks' stderr."""

import hashlib
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from reportfacts.core.paths import BOOK_DIR
from reportfacts.publish import charts

PUB = {"a2018": "2018-07", "b2020": "2020-01", "c2021": "2021-05"}


def values(rows):
    df = pd.DataFrame(rows, columns=["metric_id", "subject", "period", "value", "unit", "kind", "fact_id",
                                     "report_id", "basis"])
    df["value"] = df["value"].astype(float)
    df["published"] = df["report_id"].map(PUB)
    return df


GOALS = pd.DataFrame([{"target_fact_id": "a2018-009", "metric_id": "national_high_tech_enterprises_count",
                       "target_value": "20", "deadline": "", "status": "met", "goal_level": "", "report_id": "a2018"}])
VALS = values([
    ["national_high_tech_enterprises_count", "jiaozuo_hitech_zone", "2018-07", 13, "count", "count_stock", "a2018-001", "a2018", "stated"],
    ["national_high_tech_enterprises_count", "jiaozuo_hitech_zone", "2020", 28, "count", "count_stock", "c2021-001", "c2021", "stated"],
    ["national_high_tech_enterprises_count", "jiaozuo_hitech_zone", "2019", 18, "count", "count_stock", "x", "b2020", "implied"],
    ["cluster_sales_revenue_yuan", "mengniu_cluster", "2019-01..2019-11", 12600000000, "yuan", "level", "b2020-005",
     "b2020", "stated"],
])
INPUTS = {"values": VALS, "goals": GOALS, "published": PUB,
          "ranks": pd.DataFrame({"evaluation_year": [2019, 2020], "rank": [138, 130], "basis": ["stated", "implied"],
                                 "fact_ids": ["b2020-008", "c2021-015"]})}


def test_every_spec_loads_and_parameters_are_checked():
    specs = charts.load_specs()
    assert {"ranking", "enterprises", "key_projects", "growth", "clusters", "incubator"} <= set(specs)
    assert charts.check_parameters([], "en", specs) == list(specs)
    with pytest.raises(ValueError, match="allowed"):
        charts.check_parameters(["nope"], "en", specs)
    with pytest.raises(ValueError, match=r"allowed: \['en', 'zh'\]"):
        charts.check_parameters([], "fr", specs)


def test_points_keep_basis_partial_years_and_goals():
    specs = charts.load_specs()
    # `subject: corpus` in charts.yml is the corpus's main subject, given here as the inputs give it
    pts = charts.points(charts.for_corpus(specs["enterprises"], {"subject": "jiaozuo_hitech_zone"}), VALS, GOALS,
                        2016, 2029)
    ent = pts[pts["series"] == 0]
    assert ent[ent["role"] == "value"]["basis"].tolist() == ["stated", "implied", "stated"]  # by x: 2018, 2019, 2020
    assert ent[ent["role"] == "goal"]["value"].tolist() == [20]
    cl = charts.points(specs["clusters"], VALS, GOALS, 2016, 2029)
    assert cl["partial"].tolist() == [True] and cl["label"].tolist() == ["2019 Jan–Nov"] and cl["value"].tolist() == [126]
    assert charts.points(specs["clusters"], VALS, GOALS, 2021, 2029).empty  # the year range filters


def test_empty_data_still_draws(tmp_path):
    empty = {**INPUTS, "values": VALS.iloc[:0], "goals": GOALS.iloc[:0], "ranks": INPUTS["ranks"].iloc[:0]}
    for chart in ("ranking", "growth", "incubator"):
        path, alt = charts.draw(chart, empty, 2016, 2029, "en", str(tmp_path))
        assert path.exists() and alt


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("layout", ["wide", "narrow"])
def test_svg_is_deterministic_vector_and_has_no_date(tmp_path, lang, layout):
    a, alt = charts.draw("ranking", INPUTS, 2016, 2029, lang, str(tmp_path / "a"), layout)
    b, _ = charts.draw("ranking", INPUTS, 2016, 2029, lang, str(tmp_path / "b"), layout)
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()
    text = a.read_text(encoding="utf-8")
    assert a.suffix == ".svg" and text.lstrip().startswith("<?xml") and "<svg" in text
    assert "<dc:date>" not in text and "<image" not in text  # no build date; nothing drawn as a bitmap
    assert a.name == f"ranking_{lang}{'_narrow' if layout == 'narrow' else ''}.svg"
    assert "138" in alt and "(implied)" in alt


def test_the_legend_names_only_the_marks_drawn_and_sources_are_reports_by_date():
    specs = charts.load_specs()
    pts = charts.points(specs["clusters"], VALS, GOALS, 2016, 2029)
    assert charts.marks_drawn(pts) == {"partial"}  # one part-year value: no "implied", no "goal" key
    assert charts.caption(pts) == "Hatched = part of a year only."
    line = charts.source_line(pts, PUB, "en")
    assert "Jan 2020" in line and "b2020" not in line and "data/processed" not in line and ".csv" not in line
    assert "2020年1月" in charts.source_line(pts, PUB, "zh")
    assert charts.report_date("2024-10-01", "en") == "1 Oct 2024" and charts.report_date(None, "en") == "undated"


def test_the_incubator_chart_draws_added_area_on_its_own_axis():
    spec = charts.load_specs()["incubator"]
    assert spec.type == "panels" and len(spec.panels) == 2
    by_metric = {s["metric"]: s["panel"] for s in spec.series}
    assert by_metric["incubation_area_m2"] != by_metric["incubation_area_added_m2"]


def test_a_missing_glyph_is_an_error(tmp_path):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 1))
    fig.text(0.1, 0.5, "焦作", family="DejaVu Sans")
    with pytest.raises(UserWarning, match="missing from font"):
        charts.render(fig, tmp_path / "x.svg")


def _stderr_texts(nb_path: Path):
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                yield "".join(out.get("text", ""))
            if out.get("output_type") == "error":
                yield "\n".join(out.get("traceback", []))


@pytest.mark.parametrize("nb_path", sorted(BOOK_DIR.glob("*.ipynb")), ids=lambda p: p.name)
def test_no_missing_glyph_warning_in_executed_notebooks(nb_path):
    bad = [t for t in _stderr_texts(nb_path) if "missing from font" in t or "Glyph" in t]
    assert not bad, f"{nb_path.name}: {bad[0][:300]}"


FACTS = pd.DataFrame([
    ["c2021-068", "c2021", "project_investment_completed_yuan", "zone", 10800000000.0, "yuan", "2021-Q1", "level", "stated"],
    ["c2021-069", "c2021", "annual_plan_completion_pct", "zone", 40.0, "percent", "2021-Q1", "share", "stated"],
    ["c2021-067", "c2021", "project_investment_planned_yuan", "zone", 28600000000.0, "yuan", "2021", "plan", "stated"],
], columns=["fact_id", "report_id", "metric_id", "subject", "value", "unit", "period", "kind", "basis"])


def test_panels_put_plans_beside_part_year_completions_and_mark_them_partial():
    spec = charts.Spec("inv", "panels", {}, (
        {"metric": "project_investment_planned_yuan", "plan": True, "panel": 0, "scale": 1e8},
        {"metric": "project_investment_completed_yuan", "panel": 0, "scale": 1e8},
        {"metric": "annual_plan_completion_pct", "panel": 1}), panels=({"y_en": "亿元"}, {"y_en": "%"}))
    pts = charts.points(spec, FACTS, GOALS.iloc[:0], 2016, 2029)
    assert pts["role"].tolist() == ["plan", "value", "value"]
    assert pts["value"].tolist() == [286, 108, 40] and pts["partial"].tolist() == [False, True, True]


def test_several_largest_draws_the_whole_list_in_a_year_reconciled_leaves_unresolved():
    rows = [["k-1", "k", "key_projects_count", "zone", 18.0, "count", "2020", "count_flow", "stated"],
            ["k-2", "k", "key_projects_count", "zone", 228.0, "count", "2020", "count_flow", "stated"],
            ["k-3", "k", "key_projects_count", "zone", 234.0, "count", "2020-04", "count_flow", "stated"],
            ["k-4", "k", "key_projects_count", "zone", 300.0, "count", "2020", "plan", "stated"],
            ["k-5", "k", "key_projects_count", "other", 999.0, "count", "2020", "count_flow", "stated"],
            ["k-6", "k", "key_projects_count", "zone", 50.0, "count", "2019", "count_flow", "stated"],
            ["k-7", "k", "key_projects_count", "zone", 282.0, "count", "2021", "count_stock", "stated"]]
    facts = pd.DataFrame(rows, columns=FACTS.columns)
    values = facts[facts["fact_id"].isin(["k-7"])]  # 2020 unresolved (several values), 2019 absent from values
    series = {"metric": "key_projects_count", "subject": "zone", "panel": 0}
    spec = charts.Spec("kp", "panels", {}, ({**series, "several": "largest"},), panels=({},))
    pts = charts.points(spec, values, GOALS.iloc[:0], 2016, 2029, facts=facts)
    # the largest whole-year figure, never a month's (234) nor a plan (300) nor another subject's (999)
    assert dict(zip(pts["period"], pts["value"])) == {"2019": 50, "2020": 228, "2021": 282}
    plain = charts.points(charts.Spec("kp", "panels", {}, (series,), panels=({},)), values, GOALS.iloc[:0],
                          2016, 2029, facts=facts)
    assert plain["period"].tolist() == ["2021"]  # without `several` only reconciled.csv's values


def test_a_series_by_fact_id_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "charts.yml"
    path.write_text("charts:\n  - id: x\n    type: timeline\n    series:\n"
                    "      - {metric: key_projects_count, facts: [a-001]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"charts.yml.*never by fact id"):
        charts.load_specs(path)
    path.write_text("charts:\n  - id: x\n    type: timeline\n    series:\n"
                    "      - {metric: key_projects_count, several: smallest}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"charts.yml.*several='smallest'"):
        charts.load_specs(path)


def test_charts_yml_chooses_no_series_by_fact_id():
    text = (charts.CATALOG_DIR / "charts.yml").read_text(encoding="utf-8")
    assert not re.search(r"\b(exclude_)?facts:", text)
    metrics = {s["metric"] for spec in charts.load_specs().values() for s in spec.series}
    from reportfacts.extract.catalog import load_catalog
    assert metrics <= set(load_catalog().metrics), sorted(metrics - set(load_catalog().metrics))


def test_key_projects_and_investment_are_drawn_as_two_panels(tmp_path):
    specs = charts.load_specs()
    assert specs["key_projects"].type == "panels" and len(specs["key_projects"].panels) == 2
    assert specs["investment"].type == "panels" and len(specs["investment"].panels) == 2
    path, alt = charts.draw("investment", {**INPUTS, "facts": FACTS.iloc[:0]}, 2016, 2029, "en", str(tmp_path))
    assert path.exists() and alt.startswith("Bar charts in 2 panels")


def test_the_headline_sentence_is_made_from_the_ranks_and_goals():
    pts = pd.DataFrame([
        ["value", "2016", 2016.0, 146.0, "", "r2021"], ["value", "2020", 2020.0, 130.0, "", "r2021"],
        ["goal", "2025", 2025.0, 100.0, "moved", "r2021"], ["goal", "2029", 2029.0, 100.0, "no_outcome_reported", "r2024"],
        ["goal", "2020", 2020.0, 128.0, "missed", "r2020"],
    ], columns=["role", "period", "x", "value", "status", "report_ids"])
    text = charts.ranking_sentence(pts, {"r2020": "2020-01", "r2021": "2021-05", "r2024": "2024-10-01"})
    assert text.startswith("In the latest evaluation the reports cite (2020), the zone ranked 130th")
    assert "up from 146th in 2016" in text and "missed the goal of 128th place in 2020 (set Jan 2020)" in text
    assert "top 100 was set for 2025 (set May 2021, later moved) and then for 2029 (set 1 Oct 2024" in text
    assert charts.ranking_sentence(pts.iloc[2:3], {}) == ""
    assert [charts.ordinal(n) for n in (1, 2, 3, 11, 112, 130, 143)] == ["1st", "2nd", "3rd", "11th", "112th", "130th", "143rd"]


@pytest.mark.parametrize("values, limits", [([100, 146, 130], (160, 80)), ([62, 58, 50], (65, 45)),
                                             ([1, 3], (4, 0))])
def test_the_rank_axis_comes_from_the_values_drawn(values, limits):
    assert charts.rank_limits(values) == limits  # inverted: (bottom, top), a whole step beyond the values
