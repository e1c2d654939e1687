"""Nothing about the seeds' corpus is in the code (issue 18): a small folder of reports about another zone, with
its own sources.yml, goes through the extraction and the data notebooks, which name that zone and never the
seeds' one. The notebooks run in one forked, preloaded kernel each (reportfacts.build.kernels), as `make book`
runs them."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from reportfacts.build import kernels, notebooks
from reportfacts.core.paths import NOTEBOOKS_DIR
from reportfacts.extract import pipeline
from reportfacts.text.sources import SourceError, load_corpus

ZONE, SEEDS_ZONE = "洛阳高新区", "焦作"
REPORTS = {
    "review2020.txt": f"""{ZONE}2020年经济运行情况
        2020年，{ZONE}地区生产总值同比增长6.5%，规上工业增加值增长7.2%，固定资产投资增长9.1%。全区国家高新技术企业达到156家，比上年增加32家。
        在2020年度全国国家高新区综合排名中，{ZONE}排名居第62位，前移5个位次。
        """,
    "plan2022.txt": f"""{ZONE}2022年工作要点
        2021年，{ZONE}国家高新技术企业达到198家，地区生产总值同比增长8.1%，全国国家高新区综合排名居第58位。
        2022年，力争地区生产总值增长8%，国家高新技术企业突破230家，到2025年全国国家高新区综合排名进入前50名。
        """,
}
SOURCES = f"""\
corpus:
  subject: {ZONE}
  name: luoyang-report-facts
  title: Luoyang High-tech Zone
  title_zh: {ZONE}
sources:
  - {{file: review2020.txt, published: "2021-03", subject: {ZONE}}}
  - {{file: plan2022.txt, published: "2022-02", subject: {ZONE}}}
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("other")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, text in REPORTS.items():
        (seeds / name).write_text(textwrap.dedent(text).replace("        ", ""), encoding="utf-8")
    (seeds / "sources.yml").write_text(SOURCES, encoding="utf-8")
    pipeline.run_facts(seeds, root / "data")
    return {"root": root, "seeds": seeds, "interim": root / "data" / "interim",
            "processed": root / "data" / "processed", "charts": root / "charts"}


def _run(template: str, out: Path, parameters: dict) -> str:
    path = NOTEBOOKS_DIR / template
    km = kernels.start_kernel(notebooks.template_imports(path))
    try:
        notebooks.execute(path, out, parameters, km=km)
    finally:
        kernels.stop_kernel(km)
    return out.read_text(encoding="utf-8")


def test_the_data_notebooks_name_the_other_zone_and_never_the_seeds_one(corpus):
    c = {k: str(v) for k, v in corpus.items()}
    common = {"seeds_dir": c["seeds"], "processed_dir": c["processed"]}
    facts = f"{c['processed']}/facts.csv"
    runs = [
        ("01_reports.ipynb", {"seeds_dir": c["seeds"], "interim_dir": c["interim"]}),
        ("02_facts.ipynb", {**common, "interim_dir": c["interim"], "answer_key": ""}),
        ("03_conflicts.ipynb", {**common, "facts_path": facts, "interim_dir": c["interim"]}),
        ("04_ranking.ipynb", {"facts_path": facts, "seeds_dir": c["seeds"]}),
        ("06_targets.ipynb", {**common, "facts_csv": facts}),
        ("05_trends.ipynb", {**common, "facts_csv": facts, "charts_dir": c["charts"]}),
        ("00_intro.ipynb", {**common, "charts_dir": c["charts"]}),
        ("09_data.ipynb", common),
    ]
    out = {}
    for template, parameters in runs:
        out[template] = _run(template, corpus["root"] / template, parameters)
    written = "".join(out.values()) + "".join(p.read_text(encoding="utf-8")
                                              for p in corpus["processed"].iterdir() if p.is_file())
    assert SEEDS_ZONE not in written and "jiaozuo" not in written.lower()
    assert ZONE in out["00_intro.ipynb"] and "Luoyang High-tech Zone" in out["00_intro.ipynb"]
    assert json.loads((corpus["processed"] / "datapackage.json").read_text())["name"] == "luoyang-report-facts"
    ranking = (corpus["processed"] / "ranking.csv").read_text(encoding="utf-8")
    assert ",62,stated," in ranking and ",50,target," in ranking  # the goal comes from the reports
    assert {p.name for p in corpus["charts"].iterdir()} >= {"headline_en.svg", "ranking_en.svg"}


@pytest.mark.parametrize("block, message", [
    ("corpus: [a]", "corpus: expected a mapping"),
    ("corpus: {zone: x}", "corpus: unknown key(s) zone"),
    ("corpus: {title: 3}", "corpus.title 3 is not text"),
    ("corpus: {name: Not A Slug}", "corpus.name 'Not A Slug' is not a package name"),
])
def test_a_bad_corpus_block_is_named_with_its_file_and_key(tmp_path, block, message):
    (tmp_path / "a.txt").write_text("2020年增长5%。\n", encoding="utf-8")
    (tmp_path / "sources.yml").write_text(f"{block}\nsources:\n  - file: a.txt\n", encoding="utf-8")
    with pytest.raises(SourceError, match=f"^{tmp_path / 'sources.yml'}: " + message.replace("(", r"\(")
                       .replace(")", r"\)").replace("[", r"\[")):
        load_corpus(tmp_path)


def test_without_a_corpus_block_the_defaults_hold(tmp_path):
    (tmp_path / "a.txt").write_text("2020年增长5%。\n", encoding="utf-8")
    assert load_corpus(tmp_path).name == "report-facts" and load_corpus(tmp_path).subject == ""
