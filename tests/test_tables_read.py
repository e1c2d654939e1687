"""core.tables.read_table: a processed table typed from data/catalog/tables.yml."""

import pandas as pd
import pytest

from reportfacts.core.tables import read_table, table_schemas


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_columns_are_typed_from_tables_yml(tmp_path):
    path = write(tmp_path, "facts.csv", "fact_id,value,char_start,period_unresolved,qualifier,value_low\n"
                                        "a-001,1.5,3,False,,\n"
                                        "a-002,,4,True,余,2\n")
    df = read_table(path)
    assert str(df["value"].dtype) == "float64" and pd.isna(df["value"][1])
    assert str(df["char_start"].dtype) == "Int64" and df["char_start"].tolist() == [3, 4]
    assert df["period_unresolved"].tolist() == [False, True]
    assert df["qualifier"].tolist() == ["", "余"]


def test_text_reads_cells_as_written(tmp_path):
    path = write(tmp_path, "facts.csv", "fact_id,value\na-001,1.50\n")
    assert read_table(path, text=True)["value"].tolist() == ["1.50"]


def test_every_processed_table_is_described():
    assert {"facts", "mentions", "checks", "reconciled", "targets"} <= set(table_schemas())


@pytest.mark.parametrize("name, text, says", [
    ("facts.csv", "fact_id,char_start\na-001,three\n", "facts.csv: column char_start (integer in data/catalog/tables.yml)"),
    ("facts.csv", "fact_id,period_unresolved\na-001,maybe\n", "column period_unresolved (boolean"),
    ("facts.csv", "fact_id\na-001\n", "facts.csv lacks the columns ['value']"),
    ("unknown.csv", "a\n1\n", "'unknown' is not described in data/catalog/tables.yml"),
])
def test_bad_tables_name_the_file_and_column(tmp_path, name, text, says):
    with pytest.raises(ValueError) as e:
        read_table(write(tmp_path, name, text), required=["fact_id", "value"] if "lacks" in says else ())
    assert says in str(e.value)


def test_a_missing_table_names_its_path(tmp_path):
    with pytest.raises(ValueError, match="nothing.csv does not exist"):
        read_table(tmp_path / "nothing.csv")
