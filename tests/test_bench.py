"""The bench's own parts on tiny inputs: the synthetic corpus, the timed extraction and the printed table.

(No figure is timed here: speed is measured by ``make bench``, never by a test.)
"""

import random

from reportfacts.build import bench
from reportfacts.core.paths import SEEDS_DIR
from reportfacts.text.sources import load_sources, read_report


def test_perturb_keeps_years_and_changes_a_figure_alike_throughout():
    text = "2019年增长12.5%，“1015工程”……1015工程投资30亿元，2019、2020年"
    out = bench._perturb(text, random.Random(0))
    assert out.count("2019") == 2 and "2020年" in out
    assert "12.5" not in out and "30亿元" not in out
    first, second = (out.split("“")[1].split("工程")[0], out.split("……")[1].split("工程")[0])
    assert first == second and first != "1015"
    assert len(out.split("%")[0].split("增长")[1].split(".")[1]) == 1  # decimals kept


def test_make_corpus_writes_loadable_reports_with_their_digests(tmp_path):
    total = bench.make_corpus(SEEDS_DIR, tmp_path, 7)
    sources = load_sources(tmp_path)  # checks every sha256 against the file
    assert len(sources) == 7 and {s.report_id for s in sources} == {f"r{i:04d}" for i in range(7)}
    assert total == sum(p.stat().st_size for p in tmp_path.glob("*.txt"))
    seed = next(s for s in load_sources(SEEDS_DIR))
    twin = next(s for s in sources if s.file.endswith(f"_{seed.report_id}.txt"))
    assert read_report(twin.path) != read_report(seed.path)  # figures perturbed: nothing to cache


def test_extract_once_times_each_run_and_leaves_no_run_behind(tmp_path):
    corpus = tmp_path / "corpus"
    bench.make_corpus(SEEDS_DIR, corpus, 2)
    res = bench.extract_once(corpus, tmp_path / "out", runs=3)
    assert len(res["seconds"]) == 3 and all(t > 0 for t in res["seconds"])
    assert 0 < res["facts"] < res["numbers"] and res["bytes"] == sum(p.stat().st_size for p in corpus.glob("*.txt"))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["warm-up"]


def test_report_prints_every_figure_beside_its_floor():
    res = {"reps": 3, "cores": 2, "cold_s": 12.0, "nochange_s": 0.4, "nochange_executed": [[], []],
           "one_seed_s": 11.0, "one_seed_executed": [("a", ["nb1", "nb2"])], "all_notebooks": ["nb1", "nb2", "nb3"],
           "test_s": 80.0, "five_s": 0.05, "five_runs": 30, "five_bytes": 82_000, "five_numbers": 800, "five_peak_mb": 70.0,
           "corpus_size": 1000, "corpus_s": 11.0, "corpus_bytes": 16_400_000, "corpus_peak_mb": 150.0,
           "corpus_facts": 100_000, "parallel_s": 5.5, "parallel_peak_mb": 150.0, "papermill_s": 8.0,
           "jb_force_s": 30.0, "jb_render_s": 5.0, "papermill_vs_jb": 8.0 / 25.0}
    table = bench.report(res)
    assert "1.640 MB/s (82 KB in 0.050 s, median of 30 warm runs)" in table
    assert "800 numbers: 62 us a number, 16,000 numbers/s" in table
    assert "220x for 200x the reports   [floor: <= 200x (linear)]" in table
    assert "not re-executed: nb3" in table and "executed 0 notebooks" in table
    assert "0.32x   [floor: <= 0.6x]" in table


def test_make_dense_report_is_one_paragraph_of_the_size_asked(tmp_path):
    from reportfacts.text.sources import MAX_REPORT_BYTES

    size = bench.make_dense_report(SEEDS_DIR, tmp_path / "small", 0.05)
    [source] = load_sources(tmp_path / "small")
    text = read_report(source.path)
    assert source.report_id == "dense_50kb" and source.published
    assert size == source.path.stat().st_size and 45_000 < size <= 50_000
    assert "\n" not in text and text.endswith("。")  # one paragraph, cut after a full stop
    seeds = "".join(read_report(s.path) for s in load_sources(SEEDS_DIR))
    assert text[:2000] not in seeds  # figures perturbed
    assert bench.make_dense_report(SEEDS_DIR, tmp_path / "largest", 5) <= MAX_REPORT_BYTES  # the limit is kept


def test_size_series_and_its_rows(tmp_path, monkeypatch):
    calls = []

    def fake_extraction(root, folder, tmp, workers=1, runs=1):
        nbytes = sum(p.stat().st_size for p in folder.glob("*.txt"))
        calls.append(nbytes)
        return {"seconds": [nbytes / 1e6 * (1 + len(calls))], "facts": 10 * len(calls), "peak_mb": 80.0 + len(calls)}

    monkeypatch.setattr(bench, "_extraction", fake_extraction)
    series = bench.size_series(SEEDS_DIR.parent, tmp_path, (0.01, 0.02), log=lambda _: None)
    assert [r["size_mb"] for r in series] == [0.01, 0.02] and [r["bytes"] for r in series] == calls
    assert [round(r["s_per_mb"], 6) for r in series] == [2.0, 3.0] and not list(tmp_path.glob("dense-*"))
    rows = bench.size_rows(series)
    assert rows[0][0] == "dense report, 0.01 MB" and "2.00 s/MB, 10 facts, peak 81 MB" in rows[0][1]
    assert rows[-1] == ("  time per MB, 0.02 MB vs 0.01 MB", "1.50x", "<= 1.5x")
    five = bench.size_rows([{**series[0], "size_mb": 5.0}])
    assert five[0][2] == "< 10 s"
    assert bench.size_rows([]) == []


def test_the_bench_table_prints_the_size_series():
    res = {"reps": 1, "cores": 2, "cold_s": 12.0, "nochange_s": 0.4, "nochange_executed": [[]],
           "one_seed_s": 11.0, "one_seed_executed": [], "test_s": 80.0, "five_s": 0.05, "five_runs": 10,
           "five_bytes": 82_000, "five_numbers": 800, "five_peak_mb": 70.0, "corpus_size": 10, "corpus_s": 0.1,
           "corpus_bytes": 160_000, "corpus_peak_mb": 80.0, "corpus_facts": 1000, "parallel_s": 0.1,
           "parallel_peak_mb": 80.0, "papermill_s": 8.0, "jb_force_s": 30.0, "jb_render_s": 5.0,
           "papermill_vs_jb": 0.32,
           "dense": [{"size_mb": 0.5, "bytes": 500_000, "seconds": 1.0, "s_per_mb": 2.0, "facts": 3000, "peak_mb": 90.0},
                     {"size_mb": 5.0, "bytes": 5_000_000, "seconds": 40.0, "s_per_mb": 8.0, "facts": 30000,
                      "peak_mb": 300.0}]}
    table = bench.report(res)
    assert "dense report, 0.5 MB" in table and "1.00 s for 0.50 MB: 2.00 s/MB, 3,000 facts, peak 90 MB" in table
    assert "40.00 s for 5.00 MB: 8.00 s/MB, 30,000 facts, peak 300 MB   [floor: < 10 s]" in table
    assert table.endswith("4.00x   [floor: <= 1.5x]") and "  time per MB, 5 MB vs 0.5 MB " in table


def test_sizes_argument():
    import argparse

    import pytest

    assert bench._sizes("0.5,1,2,5") == (0.5, 1.0, 2.0, 5.0)
    for bad in ("", "0", "6", "a,b"):
        with pytest.raises(argparse.ArgumentTypeError, match="expected sizes in MB"):
            bench._sizes(bad)
