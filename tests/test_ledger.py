"""The hand ledger of comparable figures (tests/answer_key/ledger.csv) is well formed, and the judge's verdicts
(data/processed/verdicts.csv) match it: recall of its pairs and groups, and the right verdict, each >= 0.9."""

import pandas as pd
import pytest

from reportfacts.analysis import checks
from reportfacts.core.paths import ROOT
from reportfacts.scoring import judge_score
from reportfacts.text.sources import load_sources

LEDGER = ROOT / "tests" / "answer_key" / "ledger.csv"
VERDICTS = set(checks.load_rules()["verdicts"])


@pytest.fixture(scope="module")
def ledger():
    return pd.read_csv(LEDGER, dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def raws():
    return {s.report_id: s.path.read_text(encoding="utf-8") for s in load_sources(ROOT / "seeds")}


def test_ledger_rows_are_well_formed(ledger, raws):
    assert len(ledger) >= 40 and ledger["ledger_id"].is_unique
    stripped = {rid: "".join(t.split()) for rid, t in raws.items()}
    for row in ledger.to_dict("records"):
        reports, quotes = row["report_ids"].split(";"), row["quotes"].split(";")
        figures, periods = row["figures"].split(";"), row["periods"].split(";")
        assert len(reports) == len(quotes) == len(figures) == len(periods), row["ledger_id"]
        assert row["verdict"] in VERDICTS, row["ledger_id"]
        assert row["reason"] and row["measure_zh"], row["ledger_id"]
        for rid, q, figs in zip(reports, quotes, figures):
            assert stripped[rid].count(q) == 1, (row["ledger_id"], rid, q)
            assert all(f in q for f in figs.split("|")), (row["ledger_id"], figs, q)


def test_every_ledger_figure_is_an_extracted_fact(ledger, raws):
    facts = pd.read_csv(ROOT / "data" / "processed" / "facts.csv", dtype=str, keep_default_na=False)
    for row in ledger.to_dict("records"):
        assert all(judge_score.figure_facts(row, facts, raws)), row["ledger_id"]


def test_the_judge_matches_the_hand_ledger(ledger, raws):
    facts = pd.read_csv(ROOT / "data" / "processed" / "facts.csv", dtype=str, keep_default_na=False)
    verdicts = pd.read_csv(ROOT / "data" / "processed" / "verdicts.csv", dtype=str, keep_default_na=False)
    got = judge_score.score(ledger, verdicts, facts, raws)
    missed = got["rows"][~got["rows"]["right"]][["ledger_id", "expected", "got"]].to_dict("records")
    assert got["recall"] >= 0.9, missed
    assert got["accuracy"] >= 0.9, missed


def test_the_scorer_on_inline_rows():
    raws = {"r": "甲增长8%。\n乙增长 8%。丙12公里，丁13公里。"}
    facts = pd.DataFrame([
        {"fact_id": "r-1", "report_id": "r", "char_start": 3, "char_end": 5},
        {"fact_id": "r-2", "report_id": "r", "char_start": 11, "char_end": 13},
        {"fact_id": "r-3", "report_id": "r", "char_start": 15, "char_end": 19},
        {"fact_id": "r-4", "report_id": "r", "char_start": 21, "char_end": 25}])
    ledger = pd.DataFrame([
        {"ledger_id": "L1", "report_ids": "r;r", "quotes": "甲增长8%;乙增长8%", "figures": "8%;8%",
         "verdict": "restated"},
        {"ledger_id": "L2", "report_ids": "r;r", "quotes": "丙12公里;丁13公里", "figures": "12公里;13公里",
         "verdict": "genuine_conflict"}])
    assert judge_score.figure_facts(ledger.iloc[0].to_dict(), facts, raws) == [{"r-1"}, {"r-2"}]
    verdicts = pd.DataFrame([{"verdict_id": "V1", "verdict": "restated", "fact_ids": "r-1;r-2"},
                             {"verdict_id": "V2", "verdict": "rounding", "fact_ids": "r-3;r-4"}])
    got = judge_score.score(ledger, verdicts, facts, raws)
    assert got["recall"] == 1.0 and got["accuracy"] == 0.5
    got = judge_score.score(ledger, verdicts.iloc[:1], facts, raws)
    assert got["recall"] == 0.5 and got["accuracy"] == 1.0
