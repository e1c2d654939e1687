"""The as_of parameter: only the reports published by then, never written over the book's committed tables."""

import pandas as pd
import pytest

from reportfacts.analysis import asof, reconcile
from reportfacts.core.paths import PROCESSED_DIR


def test_empty_as_of_uses_the_given_facts_and_any_folder():
    asof.check("", processed_dir="data/processed", charts_dir="book/_static/charts")
    assert asof.facts("data/processed/facts.csv", "seeds", "", "data/processed") == "data/processed/facts.csv"
    assert asof.label("") == "all reports" and asof.label("2020-06") == "reports published by 2020-06"


@pytest.mark.parametrize("name, folder", [("processed_dir", "data/processed"), ("processed_dir", str(PROCESSED_DIR)),
                                          ("charts_dir", "book/_static/charts"), ("processed_dir", "data/../data/processed")])
def test_as_of_refuses_the_committed_folders_naming_the_parameter(name, folder):
    with pytest.raises(ValueError, match=f"parameter {name}=.*with as_of='2020-06' give another folder"):
        asof.check("2020-06", **{name: folder})


@pytest.mark.parametrize("bad", ["2020", "2020-6", "2020-13", "June 2020", 202006])
def test_a_bad_as_of_names_the_parameter(bad):
    with pytest.raises(ValueError, match="parameter as_of="):
        asof.check(bad, processed_dir="/tmp/elsewhere")


def test_facts_keep_only_reports_published_by_then(tmp_path):
    facts = pd.DataFrame({"fact_id": ["profile2018-001", "review2020-001", "plan2021-001"],
                          "report_id": ["profile2018", "review2020", "plan2021"], "value": ["1", "2", "3"]})
    facts.to_csv(tmp_path / "all.csv", index=False)
    out = asof.facts(tmp_path / "all.csv", "seeds", "2020-06", tmp_path / "asof")
    assert pd.read_csv(out, dtype=str)["fact_id"].tolist() == ["profile2018-001", "review2020-001"]
    with pytest.raises(ValueError, match="no report was published by then; the earliest, profile2018, was published 2018-07"):
        asof.facts(tmp_path / "all.csv", "seeds", "2017-12", tmp_path / "asof")


def test_facts_refuse_a_folder_holding_later_reports(tmp_path):
    pd.DataFrame({"fact_id": ["plan2021-001"], "report_id": ["plan2021"]}).to_csv(tmp_path / "facts.csv", index=False)
    with pytest.raises(ValueError, match="holds reports published after as_of='2020-06'"):
        asof.facts(tmp_path / "facts.csv", "seeds", "2020-06", tmp_path)


def test_ledger_as_of_uses_only_earlier_reports_and_writes_elsewhere(tmp_path):
    ledger = reconcile.build_ledger("data/processed/facts.csv", tmp_path, "latest_report", as_of="2020-06")
    assert set(ledger.facts["report_id"]) <= {"profile2018", "conference2020", "review2020"}
    assert set(ledger.texts) == {"profile2018", "conference2020", "review2020"}
    assert set(ledger.reconciled["report_id"]) <= {"profile2018", "conference2020", "review2020"}
    assert (tmp_path / "reconciled.csv").exists()
    with pytest.raises(ValueError, match="parameter processed_dir="):
        reconcile.build_ledger("data/processed/facts.csv", "data/processed", "latest_report", as_of="2020-06")
