"""The landing page's findings and the as_of filter: computed from the tables, linked, pending only while missing."""

import shutil

import pandas as pd
import pytest

from reportfacts.core.paths import PROCESSED_DIR, SEEDS_DIR
from reportfacts.publish import findings
from reportfacts.text import sources


def test_published_by_keeps_reports_up_to_the_month():
    all_sources = sources.load_sources(SEEDS_DIR)
    assert [s.report_id for s in sources.published_by(all_sources, "2020-01")] == ["profile2018", "conference2020"]
    assert sources.published_by(all_sources, "") == all_sources
    assert sources.published_by(all_sources, "2024-10") == all_sources  # a day in the month counts
    with pytest.raises(ValueError, match="no report was published by then; the earliest, profile2018, was published "
                                         "2018-07"):
        sources.published_by(all_sources, "2017-12")  # empty tables without a word: refused (issue 17)
    with pytest.raises(ValueError, match="YYYY-MM"):
        sources.published_by(all_sources, "2020")


def test_published_by_refuses_undated_reports():
    undated = [sources.Source("x", "x.txt", SEEDS_DIR / "x.txt", None)]
    with pytest.raises(ValueError, match="no publication date"):
        sources.published_by(undated, "2020-01")
    assert sources.published_by(undated, "") == undated


def test_findings_link_every_figure_and_change_with_as_of():
    now = findings.key_findings()
    then = findings.key_findings(as_of="2020-06")
    assert [f.key for f in now] == [f.key for f in then]
    hte = next(f for f in now if f.key == "hte")
    assert 'href="report_' in hte.html and "#fact-" in hte.html
    assert next(f for f in then if f.key == "hte").html != hte.html
    assert findings.headline_numbers(as_of="2020-06")["n_reports"] == "3"


def test_derived_findings_are_pending_only_while_their_table_is_missing(tmp_path):
    shutil.copy(PROCESSED_DIR / "facts.csv", tmp_path / "facts.csv")
    pending = {f.key: f.pending for f in findings.key_findings(tmp_path)}
    assert pending["disagreements"] and pending["promises"] and pending["gaps"]
    (tmp_path / "verdicts.csv").write_text(
        "verdict,disagreement,explanation\nrestated,none,x\ndifferent_period,apparent,y\n"
        "genuine_conflict,genuine,The two reports give 13公里 and 12公里.\n", encoding="utf-8")
    (tmp_path / "targets.csv").write_text("status,promise_group\nmet,judged\nno_outcome_reported,due_not_reported\n"
                                          "no_outcome_reported,no_deadline\n", encoding="utf-8")
    got = {f.key: f for f in findings.key_findings(tmp_path)}
    assert not got["disagreements"].pending and got["gaps"].pending  # reconciled.csv not yet written
    text = got["disagreements"].html
    assert "Of 3 comparisons" in text and "1 agree and 1 only seem to disagree" in text and "1 truly disagree" in text
    assert "13公里 and 12公里" in text and 'href="03_conflicts.html"' in text
    assert "settles 1: 1 met, 0 missed and 0 moved" in got["promises"].html
    (tmp_path / "reconciled.csv").write_text("basis\nstated\nunresolved\n", encoding="utf-8")
    got = {f.key: f for f in findings.key_findings(tmp_path)}
    assert got["gaps"].html.startswith("1 goals were due") and "1 series cannot be settled" in got["gaps"].html
    assert not any(f.pending for f in got.values() if f.key in ("disagreements", "promises", "gaps"))


def test_findings_html_escapes_titles():
    html = findings.findings_html([findings.Finding("k", "<b>", "x")])
    assert "&lt;b&gt;" in html and 'id="finding-k"' in html


def test_fmt_is_exact():
    assert findings.fmt("1640000000") == "1,640,000,000"
    assert findings.fmt("13.80") == "13.8"
    assert findings.fmt("146") == "146"


def test_the_true_disagreements_are_listed_with_their_figures_linked():
    verdicts = pd.DataFrame([
        {"verdict": "genuine_conflict", "disagreement": "genuine", "fact_ids": "r1-001;r2-004",
         "explanation": "r1 gives 13公里 (“核心段13公里”) and r2 gives 12公里 (“长12公里”)."},
        {"verdict": "restated", "disagreement": "none", "fact_ids": "r1-002;r2-005", "explanation": "same"}])
    facts = pd.DataFrame([
        {"fact_id": "r1-001", "report_id": "r1", "quote": "13公里", "sentence": "大沙河城区核心段13公里", "value": "13"},
        {"fact_id": "r2-004", "report_id": "r2", "quote": "12公里", "sentence": "形成了长12公里", "value": "12"}])
    out = findings.genuine_html(verdicts, facts, {"values": {"verdict": {"genuine_conflict": "Genuine disagreement"}}})
    assert out.count("<li>") == 1 and "<strong>Genuine disagreement.</strong>" in out  # agreement is no item
    assert "this disagreement is real" in out
    assert out.count('class="rf-fact-link"') == 2 and 'title="形成了长12公里">12公里</a>' in out
    none = findings.genuine_html(verdicts[verdicts.disagreement == "none"], facts, {})
    assert "none truly disagrees" in none and "<li>" not in none


def test_the_lead_of_the_true_disagreements_counts_them():
    v = pd.DataFrame({"verdict": ["genuine_conflict"] * 2, "disagreement": ["genuine"] * 2, "fact_ids": ["", ""],
                      "explanation": ["a", "b"]})
    assert "these 2 disagreements are real" in findings.genuine_html(v, pd.DataFrame({"fact_id": []}), {})
