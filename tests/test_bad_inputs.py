"""Malformed inputs: each one stops with the exact message a user sees, and none leaves a partial output.

Reports and sources.yml go through ``pipeline.run_facts`` (what ``make facts`` runs) and the command line; the
metric catalog through ``catalog.load_catalog``; notebook parameters through papermill.
"""

import shutil
from pathlib import Path

import papermill
import pytest
import yaml

from reportfacts import __main__ as cli
from reportfacts.analysis.params import check_params
from reportfacts.build import notebooks
from reportfacts.core import tables
from reportfacts.core.paths import CATALOG_DIR, NOTEBOOKS_DIR, SEEDS_DIR
from reportfacts.extract import pipeline
from reportfacts.extract.catalog import CatalogError, load_catalog
from reportfacts.text.sources import SourceError, load_sources, sha256_of

GOOD = "焦作高新区2019年地区生产总值同比增长8%，新增企业5\n家。\n"
OTHER = "2020年，焦作高新区完成固定资产投资12.5亿元，同比增长9.1%。\n"
ICONV = "if it is GBK, convert it with `iconv -f GBK -t UTF-8`"


def _folder(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (seeds / name).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return seeds


def _fails(seeds: Path, out: Path) -> str:
    """Run the whole pipeline on ``seeds``; return the message of the SourceError it must raise."""
    with pytest.raises(SourceError) as err:
        pipeline.run_facts(seeds, out)
    return str(err.value)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- report files -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, message",
    [
        ("增长5%".encode("gbk"), f"not valid UTF-8 at byte 0 (line 1); {ICONV}"),
        ("2019年\n增长5%".encode("gbk"), f"not valid UTF-8 at byte 4 (line 1); {ICONV}"),
        ("2019\n增长5%".encode("gbk"), f"not valid UTF-8 at byte 5 (line 2); {ICONV}"),
        ("增长5%".encode("utf-16"), "the report is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"),
        ("增长5%".encode("utf-16-le"), "the report looks like UTF-16LE without a byte-order mark; save it as UTF-8"),
        ("增长5%".encode("utf-16-be"), "the report looks like UTF-16BE without a byte-order mark; save it as UTF-8"),
        (b"", "the report is empty"),
        (b" \n\r\n\t\n", "the report is empty"),
        (b"\xef\xbb\xbf\n", "the report is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", "the report contains NUL bytes: it is binary, not a text report"),
        (b"\xff\xd8\xff\xe0\x10JFIF\x00\x01\x01", "the report contains NUL bytes: it is binary, not a text report"),
        (b"\xc0\xc1\xf5\xf6\xf7\xf8\xfe", "not valid UTF-8 at byte 0 (line 1); save it as UTF-8"),
        ("焦作高新区召开会议，强调创新发展。\n", "the report has no numbers (no digit 0-9): there is no figure to extract"),
        ("增长5%，高新区".encode("utf-8").decode("latin-1"),
         "the report has no Chinese characters; it is not a report of this corpus or it was saved with the wrong "
         "encoding (mojibake)"),
    ],
    ids=["gbk", "gbk-byte-4", "gbk-line-2", "utf16-bom", "utf16le", "utf16be", "empty", "blank", "bom-only", "png", "jpeg",
         "not-utf8", "no-numbers", "mojibake"],
)
def test_a_bad_report_is_refused_by_name(tmp_path, data, message):
    seeds = _folder(tmp_path, {"a.txt": GOOD, "bad.txt": data})
    assert _fails(seeds, tmp_path / "out") == f"{seeds / 'bad.txt'}: {message}"
    assert _snapshot(tmp_path / "out") == {}  # not even a.txt's clean text: nothing is written


def test_a_50_mb_file_is_refused_without_reading_it(tmp_path):
    seeds = _folder(tmp_path, {"a.txt": GOOD})
    with (seeds / "huge.txt").open("wb") as fh:
        fh.truncate(50_000_000)  # sparse: 50 MB of NUL bytes; refused on its size before any byte is read
    assert _fails(seeds, tmp_path / "out") == (
        f"{seeds / 'huge.txt'}: 50,000,000 bytes is more than the 5,000,000 a report may have")


@pytest.mark.parametrize("second", [GOOD.encode("utf-8"), b"\xef\xbb\xbf" + GOOD.encode("utf-8")],
                         ids=["same-bytes", "same-text-with-bom"])
def test_the_same_report_under_two_names_is_refused(tmp_path, second):
    seeds = _folder(tmp_path, {"a.txt": GOOD, "b.txt": second})
    assert _fails(seeds, tmp_path / "out") == "b.txt: the same text as a.txt (one report saved twice under two names)"


def test_a_utf8_bom_is_decoded_and_never_reaches_the_facts(tmp_path):
    plain = _folder(tmp_path / "plain", {"a.txt": GOOD})
    bom = _folder(tmp_path / "bom", {"a.txt": b"\xef\xbb\xbf" + GOOD.encode("utf-8")})
    counts = pipeline.run_facts(plain, tmp_path / "out_plain")
    assert pipeline.run_facts(bom, tmp_path / "out_bom") == counts and counts[0] > 0
    out, plain_out = _snapshot(tmp_path / "out_bom"), _snapshot(tmp_path / "out_plain")
    assert all(out[f"processed/{t}.csv"] == plain_out[f"processed/{t}.csv"] for t in ("facts", "mentions"))
    assert not any("\ufeff".encode("utf-8") in data for data in out.values())


# --- sources.yml --------------------------------------------------------------------------------------------


@pytest.fixture
def seeds_copy(tmp_path):
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, target)
    return target


def _edit_sources(folder: Path, edit) -> Path:
    yml = folder / "sources.yml"
    doc = yaml.safe_load(yml.read_text(encoding="utf-8"))
    edit(doc["sources"])
    yml.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return yml


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda e: e[0].update(file="missing.txt"), "entry 1 (profile2018): file missing.txt is not in {seeds}"),
        (lambda e: e[0].update(published="2020-13"),
         "entry 1 (profile2018): published '2020-13' is not a date of the form YYYY-MM or YYYY-MM-DD"),
        (lambda e: e[0].update(published="2021-02-30"),
         "entry 1 (profile2018): published '2021-02-30' is not a date of the form YYYY-MM or YYYY-MM-DD"),
        (lambda e: e[0].update(published="July 2018"),
         "entry 1 (profile2018): published 'July 2018' is not a date of the form YYYY-MM or YYYY-MM-DD"),
        (lambda e: e[1].update(report_id=e[0]["report_id"]), "duplicate report_id 'profile2018'"),
        (lambda e: e[1].update(file=e[0]["file"]), "duplicate file '003_75858428b40de5ba.txt'"),
        (lambda e: e[0].pop("file"), "entry 1 (profile2018): missing field(s) file"),
        (lambda e: e[0].update(report_id="../../escaped"),
         "entry 1 (../../escaped): report_id '../../escaped' is not a valid id (ASCII letters, digits, _ and - only, "
         "at most 64 characters)"),
        (lambda e: e[0].update(report_id="a/b"), "entry 1 (a/b): report_id 'a/b' is not a valid id (ASCII letters, "
         "digits, _ and - only, at most 64 characters)"),
        (lambda e: e[0].update(report_id="<b>x</b>"), "entry 1 (<b>x</b>): report_id '<b>x</b>' is not a valid id "
         "(ASCII letters, digits, _ and - only, at most 64 characters)"),
        (lambda e: e[0].update(report_id=2018), "entry 1 (003_75858428b40de5ba.txt): report_id 2018 is not a valid "
         "id (ASCII letters, digits, _ and - only, at most 64 characters)"),
        (lambda e: e[1].update(report_id=e[0]["report_id"].upper()),
         "duplicate report_id 'PROFILE2018' (the same as 'profile2018' but for case)"),
        (lambda e: e[0].update(file="../seeds/003_75858428b40de5ba.txt"),
         "entry 1 (profile2018): file '../seeds/003_75858428b40de5ba.txt' must be a file name in {seeds}, not a path"),
        (lambda e: e[0].update(file="sources.yml"), "entry 1 (profile2018): file sources.yml is not a .txt report"),
        (lambda e: e[0].update(sha256="0" * 64), None),
        (lambda e: e[0].update(sha256="not-a-hash"),
         "entry 1 (profile2018): sha256 'not-a-hash' is not 64 lowercase hex digits"),
        (lambda e: e[0].update(headline_en=["a", "list"]),
         "entry 1 (profile2018): headline_en ['a', 'list'] is not text; write it quoted"),
        (lambda e: e.append("just a string"), "entry 6: expected a mapping with at least `file:`, got 'just a string'"),
    ],
    ids=["missing-file", "month-13", "feb-30", "words", "duplicate-id", "duplicate-file", "no-file", "id-escapes",
         "id-slash", "id-markup", "id-number", "id-case", "file-path", "file-not-txt", "sha256-mismatch", "sha256-form",
         "headline-list", "entry-not-mapping"],
)
def test_a_bad_sources_entry_is_named(seeds_copy, tmp_path, edit, message):
    yml = _edit_sources(seeds_copy, edit)
    if message is None:  # a sha256 that is not the file's: the error names the file
        path = seeds_copy / "003_75858428b40de5ba.txt"
        message = f"{path}: sha256 {sha256_of(path)} differs from {'0' * 64} recorded in sources.yml"
        yml = None
    before = _snapshot(tmp_path)
    message = message.format(seeds=seeds_copy)
    assert _fails(seeds_copy, tmp_path / "out") == (message if yml is None else f"{yml}: {message}")
    assert _snapshot(tmp_path) == before  # nothing written anywhere: not in out, not outside it


def test_an_unquoted_impossible_date_is_named(seeds_copy, tmp_path):
    yml = seeds_copy / "sources.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace('published: "2018-07"', "published: 2018-02-30"),
                   encoding="utf-8")
    before = _snapshot(tmp_path)
    assert _fails(seeds_copy, tmp_path / "out") == (
        f"{yml}: entry 1 (profile2018): published '2018-02-30' is not a date of the form YYYY-MM or YYYY-MM-DD")
    assert _snapshot(tmp_path) == before


def test_unquoted_real_dates_are_read_as_written(seeds_copy):
    yml = seeds_copy / "sources.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace('published: "2018-07"', "published: 2018-07-02"),
                   encoding="utf-8")
    assert {s.report_id: s.published for s in load_sources(seeds_copy)}["profile2018"] == "2018-07-02"


def test_a_report_id_never_writes_outside_its_folder(tmp_path):
    seeds = _folder(tmp_path / "a" / "b", {"x.txt": GOOD})
    (seeds / "sources.yml").write_text('sources:\n  - file: x.txt\n    report_id: "../../../../escaped"\n',
                                       encoding="utf-8")
    before = _snapshot(tmp_path)
    code = cli.main(["facts", "--seeds-dir", str(seeds), "--out-dir", str(tmp_path / "a" / "out")])
    assert code == 2
    assert _snapshot(tmp_path) == before and not list(tmp_path.rglob("escaped*"))


def test_every_output_path_is_proven_to_stay_in_its_folder(tmp_path):
    from reportfacts.core.paths import inside

    assert inside(tmp_path, "plan2021", ".json") == tmp_path / "plan2021.json"
    for name in ("../x", "a/b", "..", "", "/etc/passwd"):
        with pytest.raises(ValueError, match="it would be written outside that folder"):
            inside(tmp_path, name, ".json")


def test_a_file_name_that_is_no_id_is_named(tmp_path):
    seeds = _folder(tmp_path, {"焦作 报告.txt": GOOD})
    before = _snapshot(tmp_path)
    assert _fails(seeds, tmp_path / "out") == (
        f"{seeds / '焦作 报告.txt'}: the file name gives report_id '焦作 报告', which is not a valid id (ASCII "
        "letters, digits, _ and - only, at most 64 characters); rename the file or give its entry in sources.yml a "
        "report_id")
    assert _snapshot(tmp_path) == before


def test_only_file_is_required_in_sources_yml(tmp_path):
    seeds = _folder(tmp_path, {"a.txt": "焦作高新区年报\n" + GOOD, "b.txt": OTHER})
    (seeds / "sources.yml").write_text("sources:\n  - file: a.txt\n  - file: b.txt\n    published: \"2021-03\"\n",
                                       encoding="utf-8")
    pipeline.run_facts(seeds, tmp_path / "out")
    reports = (tmp_path / "out" / "interim" / "reports.csv").read_text(encoding="utf-8").splitlines()
    assert reports[1].startswith("a,a.txt,,焦作高新区年报,,") and reports[2].startswith("b,b.txt,2021-03,2020年，")


def test_a_sources_yaml_syntax_error_gives_its_line(seeds_copy, tmp_path):
    yml = seeds_copy / "sources.yml"
    lines = yml.read_text(encoding="utf-8").splitlines()
    lines[7] = "    headline_zh: [unclosed"
    yml.write_text("\n".join(lines) + "\n", encoding="utf-8")
    message = _fails(seeds_copy, tmp_path / "out")
    assert message.startswith(f"{yml}: YAML syntax error: ")
    assert "line 9" in message


# --- the metric catalog (reportfacts.extract.catalog, validated on load) --------------------------------------------

METRICS = """metrics:
  - id: gdp_yuan
    name_en: Gross regional product
    name_zh: 地区生产总值
    aliases_zh: [地区生产总值]
    unit: yuan
    kind: level
    description: GDP.
  - id: {second_id}
    name_en: Enterprises
    name_zh: 企业数
    aliases_zh: [企业]
    unit: {second_unit}
    kind: {second_kind}
    description: Enterprises.
"""


@pytest.fixture
def catalog_copy(tmp_path):
    target = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, target)
    return target


@pytest.mark.parametrize(
    "metrics, problem",
    [
        (METRICS.format(second_id="gdp_yuan", second_unit="yuan", second_kind="level"),
         ":9: duplicate metric id 'gdp_yuan'"),
        (METRICS.format(second_id="enterprises_count", second_unit="furlongs", second_kind="count_stock"),
         ":9: metric 'enterprises_count' has unknown unit 'furlongs'; expected one of ['count', "),
        (METRICS.format(second_id="enterprises_count", second_unit="count", second_kind="count_stock")
         + "  - id: [unclosed\n",
         ":17: YAML syntax error: "),
    ],
    ids=["duplicate-id", "unknown-unit", "yaml-syntax"],
)
def test_a_bad_metric_catalog_names_file_and_line(catalog_copy, metrics, problem):
    path = catalog_copy / "metrics.yml"
    path.write_text(metrics, encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(catalog_copy)
    assert f"{path}{problem}" in str(err.value)


# --- notebook parameters ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "params, message",
    [
        ({"examples_per_report": "two"}, "parameter examples_per_report='two' (str): expected an integer from 0 to 20"),
        ({"examples_per_report": 2.5}, "parameter examples_per_report=2.5 (float): expected an integer from 0 to 20"),
        ({"examples_per_report": True}, "parameter examples_per_report=True (bool): expected an integer from 0 to 20"),
        ({"seeds_dir": 3}, "parameter seeds_dir=3 (int): expected a non-empty path string"),
        ({"interim_dir": ""}, "parameter interim_dir='' (str): expected a non-empty path string"),
        ({"answer_key": None}, "parameter answer_key=None (NoneType): expected a path string, or \"\" for none"),
        ({"as_of": "2020-13"}, "parameter as_of='2020-13' (str): expected a month YYYY-MM, or \"\" for all reports"),
        ({"report_id": "nope", "seeds_dir": "seeds"},
         "parameter report_id='nope': expected one of the reports in seeds: conference2020, plan2021, profile2018, "
         "review2020, strategy2024"),
        ({"colour": "red"}, "parameter colour: no rule for it in reportfacts.analysis.params.RULES (known: "),
    ],
)
def test_check_params_names_parameter_value_and_what_is_allowed(params, message):
    with pytest.raises(ValueError) as err:
        check_params(**params)
    assert str(err.value).startswith(message)


def test_good_parameters_pass():
    check_params(seeds_dir="seeds", interim_dir="data/interim", examples_per_report=0, answer_key="",
                 report_id="plan2021", facts_path="data/processed/facts.csv", as_of="")


@pytest.mark.parametrize(
    "template, params, message",
    [
        ("01_reports.ipynb", {"examples_per_report": "two"},
         "parameter examples_per_report='two' (str): expected an integer from 0 to 20"),
        ("report.ipynb", {"report_id": "report9"},
         "parameter report_id='report9': expected one of the reports in seeds: conference2020, plan2021, "
         "profile2018, review2020, strategy2024"),
    ],
)
def test_a_notebook_with_a_bad_parameter_stops_before_doing_anything(tmp_path, template, params, message):
    output = tmp_path / "out.ipynb"
    params = {"interim_dir": str(tmp_path / "interim"), **params} if template == "01_reports.ipynb" else params
    with pytest.raises(papermill.PapermillExecutionError) as err:
        notebooks.execute(NOTEBOOKS_DIR / template, output, params)
    assert err.value.ename == "ValueError"
    assert err.value.evalue == message
    assert not output.exists() and not (tmp_path / "interim").exists()


# --- atomic outputs and the command line --------------------------------------------------------------------


@pytest.fixture
def previous_run(tmp_path):
    """A folder of two good reports already run into ``out``: returns (seeds, out, snapshot of out)."""
    seeds = _folder(tmp_path, {"a.txt": GOOD, "b.txt": OTHER})
    out = tmp_path / "out"
    n_facts, _ = pipeline.run_facts(seeds, out)
    assert n_facts > 0
    return seeds, out, _snapshot(out)


def test_a_bad_report_added_leaves_the_previous_outputs_untouched(previous_run):
    seeds, out, before = previous_run
    (seeds / "a.txt").write_text(GOOD.replace("8%", "9%"), encoding="utf-8")  # would change a.json and facts
    (seeds / "c.txt").write_bytes("增长5%".encode("gbk"))
    with pytest.raises(SourceError, match="c.txt: not valid UTF-8"):
        pipeline.run_facts(seeds, out)
    assert _snapshot(out) == before  # same files (no stray temporaries), same bytes
    with pytest.raises(SourceError, match="c.txt: not valid UTF-8"):
        pipeline.clean_reports(seeds, out / "interim")
    assert _snapshot(out) == before


def test_a_failing_extraction_leaves_the_previous_outputs_untouched(previous_run, monkeypatch):
    seeds, out, before = previous_run
    (seeds / "a.txt").write_text(GOOD.replace("8%", "9%"), encoding="utf-8")
    import reportfacts.extract.facts

    def broken(ct, report_id, *args, **kwargs):
        raise ValueError(f"{report_id}: extraction failed")

    monkeypatch.setattr(reportfacts.extract.facts, "extract_rows", broken)
    with pytest.raises(ValueError, match="a: extraction failed"):
        pipeline.run_facts(seeds, out)
    with pytest.raises(ValueError, match="a: extraction failed"):
        pipeline.extract_corpus(seeds)
    assert _snapshot(out) == before


def test_the_command_line_prints_one_line_and_exits_2(tmp_path, capsys):
    seeds = _folder(tmp_path, {"a.txt": GOOD, "bad.txt": b""})
    code = cli.main(["facts", "--seeds-dir", str(seeds), "--out-dir", str(tmp_path / "out")])
    assert code == 2
    assert capsys.readouterr().err == f"error: {seeds / 'bad.txt'}: the report is empty\n"
    assert _snapshot(tmp_path / "out") == {}


def test_the_real_seeds_pass_every_check():
    assert len(load_sources(SEEDS_DIR)) == 5


# --- several processes --------------------------------------------------------------------------------------


def test_workers_give_the_same_bytes_as_one_process(tmp_path):
    seeds = _folder(tmp_path, {f"{i}.txt": GOOD.replace("8%", f"{i}%") for i in range(1, 10)} | {"z.txt": OTHER})
    one, two = tmp_path / "one", tmp_path / "two"
    counts = pipeline.run_facts(seeds, one)
    assert pipeline.run_facts(seeds, two, workers=2) == counts and counts[0] > 0
    assert _snapshot(one) == _snapshot(two) and len(_snapshot(one)) == 13


@pytest.mark.parametrize("bad, message", [
    ("e.txt", "e.txt: the report is empty"),
    ("dup.txt", "dup.txt: the same text as 3.txt (one report saved twice under two names)"),
])
def test_workers_stop_at_the_first_bad_report_and_write_nothing(tmp_path, bad, message):
    files = {f"{i}.txt": GOOD.replace("8%", f"{i}%") for i in range(1, 10)}
    files[bad] = "" if bad == "e.txt" else files["3.txt"]
    seeds, out = _folder(tmp_path, files), tmp_path / "out"
    with pytest.raises(SourceError) as err:
        pipeline.run_facts(seeds, out, workers=2)
    assert str(err.value).endswith(message)
    assert not out.exists() or not any(p.is_file() for p in out.rglob("*"))


# --- output folders, signals, stale outputs, the command line (issue 17) ----------------------------------


def _outside(tmp_path: Path, out: Path) -> dict[str, bytes]:
    """Everything under ``tmp_path`` but ``out``: what a run must never change."""
    return {k: v for k, v in _snapshot(tmp_path).items() if not (tmp_path / k).is_relative_to(out)}


def _cli_error(capsys, seeds: Path, out: Path, *extra: str) -> tuple[int, str]:
    code = cli.main([*extra, "facts", "--seeds-dir", str(seeds), "--out-dir", str(out)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


def test_an_out_dir_that_is_a_file_is_named(tmp_path, capsys):
    seeds, out = _folder(tmp_path, {"a.txt": GOOD}), tmp_path / "out"
    out.write_text("not a folder", encoding="utf-8")
    before = _snapshot(tmp_path)
    assert _cli_error(capsys, seeds, out) == (2, f"error: output folder {out}: it is a file, not a folder\n")
    assert _snapshot(tmp_path) == before


def test_an_out_dir_whose_processed_is_a_file_is_named(tmp_path, capsys):
    seeds, out = _folder(tmp_path, {"a.txt": GOOD}), tmp_path / "out"
    out.mkdir()
    (out / "processed").write_text("not a folder", encoding="utf-8")
    before = _snapshot(tmp_path)
    assert _cli_error(capsys, seeds, out) == (
        2, f"error: output folder {out / 'processed'}: it is a file, not a folder\n")
    assert _snapshot(tmp_path) == before and not (out / "interim").exists()


def test_a_read_only_out_dir_is_named(tmp_path, capsys, monkeypatch):
    seeds, out = _folder(tmp_path, {"a.txt": GOOD}), tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    before = _snapshot(tmp_path)
    import os

    real_access = os.access  # root may write anywhere: answer for the folder as a normal user would hear it
    monkeypatch.setattr(tables.os, "access", lambda p, mode: False if Path(p) == out else real_access(p, mode))
    try:
        assert _cli_error(capsys, seeds, out) == (2, f"error: output folder {out}: it is not writable\n")
    finally:
        out.chmod(0o755)
    assert _snapshot(tmp_path) == before and not any(out.iterdir())


def test_a_write_refused_mid_run_is_one_line(tmp_path, capsys, monkeypatch):
    seeds, out = _folder(tmp_path, {"a.txt": GOOD}), tmp_path / "out"

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tables.tempfile, "mkstemp", refused)
    code, err = _cli_error(capsys, seeds, out)
    assert (code, err) == (2, f"error: cannot write {out / 'interim' / 'clean' / 'a.json'}: Permission denied\n")
    assert not any(p.is_file() for p in out.rglob("*"))


def test_an_unexpected_error_is_one_line_unless_debug(tmp_path, capsys, monkeypatch):
    seeds, out = _folder(tmp_path, {"a.txt": GOOD}), tmp_path / "out"

    def broken(*args, **kwargs):
        raise KeyError("boom")

    monkeypatch.setattr(pipeline, "run_facts", broken)
    assert _cli_error(capsys, seeds, out) == (
        2, "error: KeyError: 'boom' (an unexpected error; run with --debug for the traceback)\n")
    with pytest.raises(KeyError):
        cli.main(["--debug", "facts", "--seeds-dir", str(seeds), "--out-dir", str(out)])


def test_upper_case_txt_reports_are_read(tmp_path):
    seeds = _folder(tmp_path, {"a.TXT": GOOD, "b.txt": OTHER, "notes.md": "not a report"})
    assert [s.file for s in load_sources(seeds)] == ["a.TXT", "b.txt"]
    pipeline.run_facts(seeds, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out" / "interim" / "clean").iterdir()) == ["a.json", "b.json"]


def test_clean_texts_of_removed_reports_and_killed_runs_debris_are_removed(previous_run):
    seeds, out, before = previous_run
    clean = out / "interim" / "clean"
    (clean / ".a.json.x1y2z3.tmp").write_text("debris of a killed run", encoding="utf-8")
    (seeds / "b.txt").unlink()
    pipeline.run_facts(seeds, out)
    assert sorted(p.name for p in clean.iterdir()) == ["a.json"]
    pipeline.clean_reports(seeds, out / "interim")
    assert sorted(p.name for p in clean.iterdir()) == ["a.json"]


def test_the_summary_line_counts_reports_facts_and_excluded_numbers(tmp_path, capsys):
    seeds, out = _folder(tmp_path, {"a.txt": GOOD, "b.txt": OTHER}), tmp_path / "out"
    assert cli.main(["facts", "--seeds-dir", str(seeds), "--out-dir", str(out)]) == 0
    stats: dict = {}
    facts, mentions = pipeline.run_facts(seeds, tmp_path / "again", stats=stats)
    assert stats == {"reports": 2, "facts": facts, "mentions": mentions, "excluded": stats["excluded"]}
    assert 0 < stats["excluded"] < mentions
    line = capsys.readouterr().out
    assert line.startswith(f"facts: 2 reports, {facts} facts, {stats['excluded']} excluded numbers, ")
    assert line.endswith(f" s -> {out}\n") and line.count("\n") == 1


STOP_DRIVER = """
import os, signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)  # Ctrl-C in a terminal (a test runner's worker ignores it)
from reportfacts import __main__ as cli
from reportfacts.extract import pipeline
real, seen = pipeline._report_result, []
def slow(source):
    seen.append(source)
    if len(seen) == 3:  # half-way: two reports' clean texts staged, a third being extracted
        os.kill(os.getpid(), getattr(signal, sys.argv[1]))
    return real(source)
pipeline._report_result = slow
sys.exit(cli.main(["facts", "--seeds-dir", sys.argv[2], "--out-dir", sys.argv[3]]))
"""


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_stop_signal_leaves_nothing_staged_and_the_outputs_as_they_were(previous_run, tmp_path, signame):
    import signal
    import subprocess
    import sys

    seeds, out, before = previous_run
    for i in range(3, 7):
        (seeds / f"{chr(ord('a') + i)}.txt").write_text(GOOD.replace("8%", f"{i}%"), encoding="utf-8")
    outside = _outside(tmp_path, out)
    run = subprocess.run([sys.executable, "-c", STOP_DRIVER, signame, str(seeds), str(out)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 128 + getattr(signal, signame)
    name = "" if signame == "SIGINT" else f" ({signame})"
    assert run.stderr == f"interrupted{name}: nothing was written: the previous outputs are untouched\n"
    assert _snapshot(out) == before  # no .tmp file, no new clean text, the same bytes
    assert _outside(tmp_path, out) == outside


# --- notebook parameters and kernels (issue 17) -------------------------------------------------------------


@pytest.mark.parametrize("metrics, ids", [("ranking", ["ranking"]), ("ranking, growth", ["ranking", "growth"]),
                                          ("", None), (["ranking"], ["ranking"]), ([], None)])
def test_a_string_where_a_list_of_charts_is_expected_is_one_item_list(metrics, ids):
    from reportfacts.publish import charts

    specs = charts.load_specs()
    assert charts.check_parameters(metrics, "en", specs) == (ids or list(specs))


@pytest.mark.parametrize("metrics, message", [
    (3, "parameter metrics=3 (int): expected a list of chart ids (or one id, or ids separated by commas); allowed: "),
    ("rankings", "unknown chart ids ['rankings'] in metrics; allowed: "),
])
def test_a_metrics_parameter_that_is_no_list_of_charts_is_refused(metrics, message):
    from reportfacts.publish import charts

    with pytest.raises(ValueError) as err:
        charts.check_parameters(metrics, "en", charts.load_specs())
    assert str(err.value).startswith(message)


def test_an_as_of_before_every_report_gives_the_earliest_date(tmp_path):
    from reportfacts.analysis import asof
    from reportfacts.publish import findings
    from reportfacts.text.sources import published_by

    message = ("parameter as_of='2017-12': no report was published by then; the earliest, profile2018, was "
               "published 2018-07 (give as_of 2018-07 or later)")
    with pytest.raises(ValueError) as err:
        published_by(load_sources(SEEDS_DIR), "2017-12")
    assert str(err.value) == message
    with pytest.raises(ValueError) as err:
        asof.facts("data/processed/facts.csv", SEEDS_DIR, "2017-12", tmp_path / "asof")
    assert str(err.value) == message
    with pytest.raises(ValueError) as err:
        findings.headline_numbers(seeds_dir=SEEDS_DIR, as_of="2017-12")
    assert str(err.value) == message
    assert not any(tmp_path.iterdir())
    assert len(published_by(load_sources(SEEDS_DIR), "2018-07")) == 1


def test_help_notebook_shows_every_parameters_type():
    import subprocess
    import sys

    from click.testing import CliRunner
    from papermill.cli import papermill

    # papermill's command in this process for each template (a new process each took a third of a second) ...
    for template in sorted(NOTEBOOKS_DIR.glob("*.ipynb")):
        run = CliRunner().invoke(papermill, ["--help-notebook", str(template)])
        assert run.exit_code == 0, (template.name, run.output)
        assert "Unknown type" not in run.output, template.name
        assert ": str (default" in run.output, template.name
    # ... and the installed command itself once
    trends = subprocess.run([str(Path(sys.executable).parent / "papermill"), "--help-notebook",
                             str(NOTEBOOKS_DIR / "05_trends.ipynb")], capture_output=True, text=True, check=True)
    assert "metrics: list (default [])" in trends.stdout and "year_from: int (default 0)" in trends.stdout


def test_a_kernel_started_by_papermill_says_nothing_about_tcp(tmp_path):
    """The kernel spec runs reportfacts.build.launcher, which drops ipykernel's TCP warning (and nothing else)."""
    import logging
    import subprocess
    import sys

    import nbformat

    from reportfacts.build.launcher import TCP_WARNING, QuietTcp

    quiet = QuietTcp()
    record = logging.LogRecord("IPKernelApp", logging.WARNING, "", 0, TCP_WARNING + " All communication ...", (), None)
    assert not quiet.filter(record)
    assert quiet.filter(logging.LogRecord("IPKernelApp", logging.WARNING, "", 0, "another warning", (), None))
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("print(6 * 7)")]
    nb.metadata["kernelspec"] = {"name": "reportfacts", "display_name": "Python (reportfacts)", "language": "python"}
    nbformat.write(nb, tmp_path / "in.ipynb")
    run = subprocess.run([str(Path(sys.executable).parent / "papermill"), str(tmp_path / "in.ipynb"),
                          str(tmp_path / "out.ipynb"), "--no-progress-bar"], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    assert "without encryption" not in run.stderr + run.stdout
    assert "42" in (tmp_path / "out.ipynb").read_text(encoding="utf-8")


# --- headlines in the book (issue 17) -------------------------------------------------------------------------


def test_a_headline_with_markup_becomes_a_page_title_of_plain_text(tmp_path, monkeypatch):
    """The report pages' titles come from sources.yml headlines: each is escaped for MyST, so `{{ 6*7 }}` is not
    evaluated, `<script>` is no tag and a `{glue:text}` role cannot fail the build."""
    import nbformat
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    from reportfacts.build import build

    headline = "<script>alert(1)</script> {{ 6*7 }} {glue:text}`n_facts` **b**"
    seeds = _folder(tmp_path, {"a.txt": GOOD})
    (seeds / "sources.yml").write_text(f"sources:\n  - file: a.txt\n    headline_en: '{headline}'\n", encoding="utf-8")
    monkeypatch.setattr(build, "SEEDS_DIR", seeds)
    [job] = [j for stage in build.stages() for j in stage if j.template == "report.ipynb"]
    assert job.title == f"{headline} (a)" and job.output_path.name == "report_a.ipynb"
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Report\n\nBody.")]
    notebooks.set_title(nb, job.title)
    md = create_md_parser(MdParserConfig(enable_extensions={"colon_fence", "deflist", "substitution"}), RendererHTML)
    assert md.render(nb.cells[0].source.splitlines()[0]) == (
        "<h1>&lt;script&gt;alert(1)&lt;/script&gt; {{ 6*7 }} {glue:text}`n_facts` **b** (a)</h1>\n")


def test_the_notebook_scheduler_stops_on_sigterm_and_sighup_like_ctrl_c(monkeypatch):
    """`python -m reportfacts notebooks` under SIGTERM or SIGHUP takes the interrupt path (kernels stopped, the
    socket folder removed, outputs as they were), and the previous handlers are back afterwards."""
    import os
    import signal

    from reportfacts.build import build
    from reportfacts.core.signals import Stopped

    class Signalling(build.Job):
        def digest(self):  # called once the scheduler runs, with its handlers in place
            os.kill(os.getpid(), self.parameters["signum"])
            return "never"

    for signame in ("SIGTERM", "SIGHUP"):
        signum = getattr(signal, signame)
        before = signal.getsignal(signum)
        job = Signalling("04_ranking.ipynb", "04_ranking.ipynb", {"signum": signum})
        monkeypatch.setattr(build, "_plan", lambda only: [(job, [])])
        with pytest.raises(Stopped) as err:
            build.run()
        assert err.value.signum == signum and signal.getsignal(signum) == before
