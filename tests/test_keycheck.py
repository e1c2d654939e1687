"""The answer-key checker (reportfacts.scoring.keycheck) on a tiny inline text and key."""

import pandas as pd

from reportfacts.scoring.keycheck import COLUMNS, check_key, main

TEXT = "深圳GDP增长6%，\n规模以上工业增加值增长6%。"
ROW = {"report_id": "r", "anchor": "深圳GDP增长6%，", "figure": "6%", "occurrence": "1", "value": "6",
       "unit": "percent", "period": "2021", "kind": "growth_rate", "measure_zh": "GDP", "subject_zh": "深圳",
       "note": ""}


def write(tmp_path, rows, stem="r"):
    path = tmp_path / f"{stem}.csv"
    pd.DataFrame(rows, columns=COLUMNS).to_csv(path, index=False)
    return path


def test_a_well_formed_key_has_no_problem(tmp_path):
    other = {**ROW, "anchor": "规模以上工业增加值增长6%。", "measure_zh": "规模以上工业增加值"}
    assert check_key(TEXT, write(tmp_path, [ROW, other])) == []


def test_each_malformed_cell_is_named_with_its_file_and_line(tmp_path):
    bad = [{**ROW, "anchor": "增长6%"},                               # twice in the text
           {**ROW, "figure": "7%"},                                  # not in its anchor
           {**ROW, "occurrence": "2"},                               # only once in its anchor
           {**ROW, "value": "6%", "figure": "6", "note": "a"},
           {**ROW, "unit": "斤两", "occurrence": "1", "figure": "GDP"},
           {**ROW, "period": "2021年", "figure": "深圳"},
           {**ROW, "kind": "growth", "figure": "增长"},
           {**ROW, "subject_zh": " ", "figure": "，"},
           {**ROW, "report_id": "s", "figure": "，"}]                # keyed twice, and another report's id
    path = write(tmp_path, bad)
    got = check_key(TEXT, path)
    expected = [(2, "occurs 2 times"), (3, "does not occur '1' times"), (4, "does not occur '2' times"),
                (5, "is not a decimal"), (6, "unit '斤两'"), (7, "period '2021年'"), (8, "kind 'growth'"),
                (9, "subject_zh is empty"), (10, "report_id 's'"), (10, "keyed twice")]
    for line, words in expected:
        assert any(p.startswith(f"{path}:{line}: ") and words in p for p in got), (line, words, got)
    assert len(got) == len(expected)


def test_a_unit_as_printed_that_the_units_table_reads_and_a_fraction_are_known(tmp_path):
    rows = [{**ROW, "unit": "fraction", "value": "0.333333"}, {**ROW, "unit": "kWh", "figure": "深圳"}]
    assert check_key(TEXT, write(tmp_path, rows)) == []


def test_the_command_reports_a_missing_key_and_fails(tmp_path, capsys):
    (tmp_path / "r.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "q.txt").write_text(TEXT, encoding="utf-8")
    write(tmp_path, [ROW])
    assert main(["--texts", str(tmp_path), "--keys", str(tmp_path)]) == 1
    assert f"{tmp_path / 'q.csv'}: missing" in capsys.readouterr().out
    assert main(["--texts", str(tmp_path), "--keys", str(tmp_path), "r"]) == 0
    assert "1 keys, 1 rows, no problem" in capsys.readouterr().out
