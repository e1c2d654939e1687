"""Score the extractor against the independent hand-checked key (tests/answer_key/facts.csv), field by field.

The key is used to measure, never to tune individual rows: see reportfacts.scoring.evaluate for the matching rule and
reportfacts.scoring.score for the fields.
"""

import pandas as pd
import pytest

from reportfacts.core.paths import ROOT
from reportfacts.scoring.evaluate import Stripped, locate_key
from reportfacts.scoring.score import score_set

KEY = ROOT / "tests" / "answer_key" / "facts.csv"
pytestmark = pytest.mark.skipif(not KEY.is_file(), reason="answer key not present")


@pytest.fixture(scope="module")
def fields():
    """Field accuracies of `make score` on the seeds (reportfacts.scoring.score)."""
    from reportfacts.scoring.score import seeds_set
    facts, key, texts, _ = seeds_set()
    return score_set(facts, key, texts)


def test_every_anchor_is_found(fields):
    assert fields["anchors_not_found"] == 0


# Regression floors at the levels reached (make score): the goal is 0.97 for every field (a second keyer
# agrees with this key on measure 0.91); these fail if a change makes the reading of the seeds worse. Period: 0.975,
# as review2020's 春节期间 (two figures the key dates 2020-Q1, its section's quarter) is now read as the holiday's
# days, 2020-01..2020-02 (periods.yml holidays).
@pytest.mark.parametrize("field,floor", [("recall", 0.99), ("precision", 0.99), ("value", 0.99), ("unit", 0.99),
                                         ("period", 0.975), ("measure", 0.92), ("subject", 0.97), ("kind", 0.97)])
def test_field_accuracy_does_not_fall(fields, field, floor):
    assert fields[field] >= floor, fields


def test_stripped_maps_back():
    s = Stripped.of("增 长\n13.8 %")
    assert s.text == "增长13.8%" and s.span(2, 7) == (4, 10)


def test_scoring_rule_on_a_toy_key(tmp_path):
    key = tmp_path / "k.csv"
    pd.DataFrame([{"report_id": "r", "anchor": "增长13.8%、98.2%", "figure": "98.2%", "occurrence": 1,
                   "value": "98.2", "unit": "percent", "period": "2019", "kind": "growth_rate", "measure_zh": "增长", "subject_zh": "r", "note": ""},
                  {"report_id": "r", "anchor": "增长13.8%、98.2%", "figure": "13.8%", "occurrence": 1,
                   "value": "13.8", "unit": "percent", "period": "2019", "kind": "growth_rate", "measure_zh": "增长",
                   "subject_zh": "r", "note": ""}]
                 ).to_csv(key, index=False)
    facts = pd.DataFrame([{"report_id": "r", "clean_start": 4, "clean_end": 9, "value": "13.80", "unit": "percent",
                           "period": "2019"},
                          {"report_id": "r", "clean_start": 10, "clean_end": 15, "value": "98.2", "unit": "pp",
                           "period": "2019"},
                          {"report_id": "r", "clean_start": 30, "clean_end": 33, "value": "1", "unit": "count",
                           "period": "2019"}])
    facts["kind"] = "growth_rate"
    got = score_set(facts, pd.read_csv(key, dtype=str, keep_default_na=False),
                    {"r": "去年，增长 13.8%、98.2%。其他内容其他内容其他内容其他内容"})
    # found by position: both figures; the second has the wrong unit; the third fact lies outside every anchor
    assert (got["recall"], got["precision"], got["value"], got["unit"], got["period"]) == (1.0, 1.0, 1.0, 0.5, 1.0)
    located = locate_key(pd.read_csv(key, dtype=str), {"r": "去年，增长 13.8%、98.2%。"})
    assert located.spans[0] == [(3, 17, 12, 17)]
