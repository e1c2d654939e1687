"""Pipeline steps on tiny folders: outputs written, bad parameters named, failures leave old outputs alone."""

import json

import pandas as pd
import papermill
import pytest

from reportfacts.build import notebooks
from reportfacts.core import tables
from reportfacts.core.paths import NOTEBOOKS_DIR
from reportfacts.extract import pipeline
from reportfacts.text.sources import SourceError

REPORT = "数据显示，2019 年，该区地区生产总值同比\n增长8%，新增企业 5\n家。\n"


def test_clean_reports_writes_clean_text_that_maps_back(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(REPORT, encoding="utf-8")
    table = pipeline.clean_reports(seeds, tmp_path / "interim")
    assert table.loc[0, "report_id"] == "a" and table.loc[0, "published"] == ""
    [source] = pipeline.load_sources(seeds)
    ct = pipeline.load_clean(source, tmp_path / "interim")
    assert "同比增长8%，新增企业5家" in ct.text
    start = ct.text.index("5家")
    raw_start, raw_end = ct.raw_span(start, start + 2)
    assert ct.raw[raw_start:raw_end] == "5\n家"


def test_load_clean_refuses_a_missing_step(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(REPORT, encoding="utf-8")
    [source] = pipeline.load_sources(seeds)
    with pytest.raises(FileNotFoundError, match="no clean text for a; run the cleaning step"):
        pipeline.load_clean(source, tmp_path / "interim")


def test_load_clean_refuses_a_clean_text_that_does_not_fit_its_seed(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(REPORT, encoding="utf-8")
    pipeline.clean_reports(seeds, tmp_path / "interim")
    [source] = pipeline.load_sources(seeds)
    path = tmp_path / "interim" / "clean" / "a.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["offset_runs"][-1][2] += 1  # one clean char more than the text has
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.json: stale clean text for a\.txt"):
        pipeline.load_clean(source, tmp_path / "interim")
    path.write_text(json.dumps({k: v for k, v in doc.items() if k != "offset_runs"}), encoding="utf-8")
    with pytest.raises(ValueError, match="a.json: no offset_runs"):
        pipeline.load_clean(source, tmp_path / "interim")


def test_write_csv_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "t.csv"
    target.write_text("old\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(tables.os, "replace", broken)
    with pytest.raises(OSError):
        tables.write_text_atomic("new\n", target)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


@pytest.mark.parametrize("folder, message", [("no/such/folder", "does not exist"), ("empty", "holds no reports")])
def test_reports_notebook_stops_naming_a_bad_seeds_folder(tmp_path, folder, message):
    (tmp_path / "empty").mkdir()
    output = tmp_path / "out.ipynb"
    with pytest.raises(papermill.PapermillExecutionError, match=message) as err:
        notebooks.execute(NOTEBOOKS_DIR / "01_reports.ipynb", output,
                          {"seeds_dir": str(tmp_path / folder), "interim_dir": str(tmp_path / "interim")})
    assert str(tmp_path / folder) in str(err.value)
    assert err.value.ename == SourceError.__name__
    assert not output.exists()


def test_spill_gives_the_chunks_back_by_key_in_the_order_put():
    with pipeline._Spill() as spill:
        for key, text in [("r2", "二,1\n"), ("r1", "一,1\n"), ("r2", "二,2\n"), ("r10", "十\n")]:
            spill.put(key, text)
        assert b"".join(spill.sorted()).decode("utf-8") == "一,1\n十\n二,1\n二,2\n"  # r1 < r10 < r2, as str


def test_run_facts_writes_tables_by_report_whatever_the_order_of_sources(tmp_path):
    from reportfacts.build.bench import make_corpus
    from reportfacts.core.paths import SEEDS_DIR

    make_corpus(SEEDS_DIR, tmp_path / "seeds", 6)  # r0005 is published with r0000, years before r0001
    order = [s.report_id for s in pipeline.load_sources(tmp_path / "seeds")]
    assert order != sorted(order)
    pipeline.run_facts(tmp_path / "seeds", tmp_path / "out")
    for table in ("facts", "mentions"):
        ids = list(pd.read_csv(tmp_path / "out" / "processed" / f"{table}.csv")["report_id"])
        assert ids == sorted(ids) and set(ids) == set(order)
    assert list(pd.read_csv(tmp_path / "out" / "interim" / "reports.csv")["report_id"]) == order


def test_run_facts_writes_only_the_processed_tables_and_gives_the_frames_of_extract_corpus(tmp_path):
    """What the chapter "The facts" runs: facts.csv and mentions.csv in processed_dir, no interim file, and the
    frames extract_corpus gives (the tables' written bytes are the same as a full run's)."""
    from reportfacts.build.bench import make_corpus
    from reportfacts.core.paths import SEEDS_DIR

    seeds = tmp_path / "seeds"
    make_corpus(SEEDS_DIR, seeds, 3)
    pipeline.run_facts(seeds, tmp_path / "full")
    kept = {}
    counts = pipeline.run_facts(seeds, processed_dir=tmp_path / "only", interim=False, tables=kept)
    assert sorted(p.name for p in (tmp_path / "only").iterdir()) == ["facts.csv", "mentions.csv"]
    for name in ("facts.csv", "mentions.csv"):
        assert (tmp_path / "only" / name).read_bytes() == (tmp_path / "full" / "processed" / name).read_bytes()
    facts, mentions, reports = pipeline.extract_corpus(seeds, workers=2)
    assert (len(facts), len(mentions)) == counts and counts[0] > 0
    pd.testing.assert_frame_equal(kept["facts"], facts)
    pd.testing.assert_frame_equal(kept["mentions"], mentions)
    pd.testing.assert_frame_equal(kept["reports"], reports)
    assert list(reports["report_id"]) == [s.report_id for s in pipeline.load_sources(seeds)]
    with pytest.raises(ValueError, match="out_dir or processed_dir"):
        pipeline.run_facts(seeds)
    with pytest.raises(ValueError, match="interim=False"):
        pipeline.run_facts(seeds, processed_dir=tmp_path / "only")


def test_a_non_statistic_is_shown_in_its_words_within_its_clause():
    import pandas as pd
    from reportfacts.analysis import summaries
    text = "今年是新中国成立70周年，新增企业5家。"
    s = text.index("70")
    mentions = pd.DataFrame([{"report_id": "r", "clean_start": s, "clean_end": s + 2, "text": "70",
                              "status": "non_statistic", "reason": "anniversary"},
                             {"report_id": "r", "clean_start": 0, "clean_end": 1, "text": "5",
                              "status": "fact", "reason": ""}])
    table = summaries.non_statistic_reasons(mentions, {"r": text}, around=6)
    assert table.to_dict("records") == [{"reason": "anniversary", "count": 1, "example": "是新中国成立70周年"}]
    assert summaries.non_statistic_reasons(mentions).example.tolist() == ["70"]  # no texts: the number alone
