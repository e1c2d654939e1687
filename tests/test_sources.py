"""The seeds never change, every seed has an entry, and bad folders or entries fail by name."""

import shutil

import pytest
import yaml

from reportfacts.core.paths import SEEDS_DIR
from reportfacts.text.sources import SourceError, check_hashes, load_sources, read_report, sha256_of


def test_every_seed_has_an_entry_and_its_bytes_are_pinned():
    sources = load_sources(SEEDS_DIR)
    assert {s.file for s in sources} == {p.name for p in SEEDS_DIR.glob("*.txt")}
    assert all(s.sha256 and s.published and s.headline_zh and s.headline_en for s in sources)  # the seeds give all
    check_hashes(sources)


def test_date_evidence_quotes_are_real_spans_of_their_seed():
    doc = yaml.safe_load((SEEDS_DIR / "sources.yml").read_text(encoding="utf-8"))
    for entry in doc["sources"]:
        raw = read_report(SEEDS_DIR / entry["file"])
        assert entry["date_evidence"], entry["report_id"]
        for evidence in entry["date_evidence"]:
            assert evidence["quote"] in raw, (entry["report_id"], evidence["quote"])


@pytest.fixture
def seeds_copy(tmp_path):
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, target)
    return target


def test_a_changed_seed_byte_fails(seeds_copy):
    path = sorted(seeds_copy.glob("*.txt"))[0]
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(SourceError, match=f"{path.name}: sha256"):
        check_hashes(load_sources(seeds_copy))


def test_a_seed_without_an_entry_fails(seeds_copy):
    (seeds_copy / "extra.txt").write_text("2020年增长5%。", encoding="utf-8")
    with pytest.raises(SourceError, match="no entry for report file.*extra.txt"):
        load_sources(seeds_copy)


def _edit_entries(folder, edit):
    yml = folder / "sources.yml"
    doc = yaml.safe_load(yml.read_text(encoding="utf-8"))
    edit(doc["sources"])
    yml.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda e: e[0].update(published="2020-13"), "published '2020-13' is not a date"),
        (lambda e: e[0].update(file="missing.txt"), "file missing.txt is not in"),
        (lambda e: e[1].update(report_id=e[0]["report_id"]), "duplicate report_id"),
        (lambda e: e[0].pop("file"), r"missing field\(s\) file"),
        (lambda e: e[0].update(sha256="abc"), "sha256 'abc' is not 64 lowercase hex digits"),
    ],
)
def test_bad_entries_are_named(seeds_copy, edit, message):
    _edit_entries(seeds_copy, edit)
    with pytest.raises(SourceError, match=message):
        load_sources(seeds_copy)


def test_missing_and_empty_folders_are_named(tmp_path):
    with pytest.raises(SourceError, match="does not exist"):
        load_sources(tmp_path / "nope")
    with pytest.raises(SourceError, match="holds no reports"):
        load_sources(tmp_path)


def test_folder_without_sources_yml_has_unknown_dates(tmp_path):
    (tmp_path / "a.txt").write_text("今年增长5%。", encoding="utf-8")
    [source] = load_sources(tmp_path)
    assert (source.report_id, source.published, source.year) == ("a", None, None)
    assert (source.headline_zh, source.headline_en, source.sha256) == ("今年增长5%。", "", None)


def test_only_file_is_required_and_the_rest_has_defaults(tmp_path):
    (tmp_path / "a-1.txt").write_text("\ufeff\n  \n  高新区  年报 \n2020年增长5%。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("很" * 100 + "\n2020年增长5%。", encoding="utf-8")
    (tmp_path / "sources.yml").write_text("sources:\n  - file: a-1.txt\n  - file: b.txt\n    published: 2020-05\n",
                                          encoding="utf-8")
    a, b = load_sources(tmp_path)
    assert (a.report_id, a.headline_zh, a.headline_en, a.published, a.sha256) == ("a-1", "高新区 年报", "", None, None)
    assert (b.report_id, b.published) == ("b", "2020-05")
    assert b.headline_zh == "很" * 79 + "…"


def test_a_given_sha256_is_checked_and_names_the_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("2020年增长5%。", encoding="utf-8")
    (tmp_path / "sources.yml").write_text(f"sources:\n  - file: a.txt\n    sha256: {sha256_of(path)}\n",
                                          encoding="utf-8")
    assert load_sources(tmp_path)[0].sha256 == sha256_of(path)
    recorded = sha256_of(path)
    path.write_text("2020年增长6%。", encoding="utf-8")
    with pytest.raises(SourceError) as err:
        load_sources(tmp_path)
    assert str(err.value) == f"{path}: sha256 {sha256_of(path)} differs from {recorded} recorded in sources.yml"


def test_upper_case_suffix_is_a_report(tmp_path):
    (tmp_path / "A.TXT").write_text("2020年增长5%。", encoding="utf-8")
    assert [s.report_id for s in load_sources(tmp_path)] == ["A"]


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "is empty"),
        ("增长5%".encode("gbk"), "not valid UTF-8 at byte 0 .line 1.; if it is GBK"),
        ("增长5%".encode("utf-16"), "UTF-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "NUL bytes"),
    ],
)
def test_undecodable_reports_are_refused_by_name(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(SourceError, match=f"bad.txt: .*{message}"):
        read_report(path)


def test_utf8_bom_is_decoded_not_kept(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff增长5%".encode("utf-8"))
    assert read_report(path) == "增长5%"
    assert len(sha256_of(path)) == 64


def test_duplicate_bytes_under_two_names_fail(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("增长5%。", encoding="utf-8")
    with pytest.raises(SourceError, match="b.txt: the same bytes as a.txt"):
        check_hashes(load_sources(tmp_path))


def test_the_chapters_cope_with_a_sources_yml_that_gives_only_files(tmp_path):
    """What the book reads of a source (headlines, dates, sha256, byline) has a default for a minimal entry."""
    from reportfacts.extract import pipeline
    from reportfacts.publish import datapackage, findings, report

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("焦作高新区年报\n2020年，焦作高新区完成固定资产投资12.5亿元，同比增长9.1%。\n",
                                 encoding="utf-8")
    (seeds / "sources.yml").write_text("sources:\n  - file: a.txt\n", encoding="utf-8")
    out = tmp_path / "out"
    pipeline.run_facts(seeds, out)
    chapter = report.load_report_chapter("a", out / "processed" / "facts.csv", seeds)
    header = chapter.header_html()
    assert "<strong>焦作高新区年报</strong>" in header and "Published: unknown" in header and "Byline" not in header
    [meta] = datapackage.sources_metadata(seeds)
    assert meta["sha256"] == sha256_of(seeds / "a.txt") and meta["title"] == "焦作高新区年报" and meta["title_en"] == ""
    numbers = findings.headline_numbers(out / "processed", seeds)
    assert numbers["n_reports"] == "1" and numbers["first_published"] == "unknown"


def test_a_default_headline_skips_a_web_page_s_chrome(tmp_path):
    from reportfacts.text.sources import first_line
    page = tmp_path / "page.txt"
    page.write_text("\n登录站点\n用户名\n查看日志|返回日志列表\n去年陕西人均GDP首超全国平均水平 居全国第5\n\n本报讯…\n",
                    encoding="utf-8")
    assert first_line(page) == "去年陕西人均GDP首超全国平均水平 居全国第5"
    short = tmp_path / "short.txt"
    short.write_text("\nGDP\n", encoding="utf-8")
    assert first_line(short) == "GDP"  # (no line reads as a headline: the first non-empty one)


def test_a_level_s_class_of_zones_in_a_headline_is_no_subject():
    from reportfacts.extract.meaning import headline_subject
    assert headline_subject("2020年度省开发区综合发展水平考核评价结果发布") == ""
    assert headline_subject("稀土高新区经济运行稳中向好") == "稀土高新区"
