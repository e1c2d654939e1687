"""The bench's own parts on tiny inputs: the synthetic corpus, the timed extraction and the printed table.

(No figure is timed here: speed is measured by ``make bench``, never by a test.)
"""

import random

from reportfacts import bench
from reportfacts.paths import SEEDS_DIR
from reportfacts.sources import load_sources, read_report


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
