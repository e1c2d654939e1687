"""The processed tables as a Frictionless Data Package: described field for field, pinned by sha256, valid."""

import json
import shutil

import pytest

from reportfacts.core.paths import CATALOG_DIR, PROCESSED_DIR
from reportfacts.publish import datapackage

TABLES_YML = """
tables:
  - name: things
    title: Things
    description: Tiny test table.
    primary_key: [id]
    fields:
      - {name: id, type: string, description: Identifier.}
      - {name: value, type: number, unit: yuan, description: A value.}
      - {name: ok, type: boolean, description: A flag.}
"""


@pytest.fixture
def tiny(tmp_path):
    catalog, processed = tmp_path / "catalog", tmp_path / "processed"
    catalog.mkdir()
    processed.mkdir()
    (catalog / "tables.yml").write_text(TABLES_YML, encoding="utf-8")
    (processed / "things.csv").write_text("id,value,ok\na,1.5,True\nb,,False\n", encoding="utf-8")
    return catalog, processed


def test_committed_package_is_current_and_valid():
    assert not datapackage.undescribed(), datapackage.undescribed()
    path = PROCESSED_DIR / datapackage.PACKAGE_FILE
    assert path.exists(), "run the Data chapter (python -m reportfacts notebooks) to write datapackage.json"
    committed = json.loads(path.read_text(encoding="utf-8"))
    assert committed == datapackage.build(), "datapackage.json is stale: re-run the Data chapter"
    assert datapackage.validate(path) == []


def test_every_field_has_type_unit_or_description_and_sources_have_sha256():
    package = datapackage.build()
    assert {r["name"] for r in package["resources"]} >= {"facts", "mentions"}
    for r in package["resources"]:
        assert r["hash"].startswith("sha256:")
        for f in r["schema"]["fields"]:
            assert f["type"] and f["description"], (r["name"], f["name"])
    assert package["sources"] and all(len(s["sha256"]) == 64 for s in package["sources"])
    facts = next(r for r in package["resources"] if r["name"] == "facts")
    assert next(f for f in facts["schema"]["fields"] if f["name"] == "value")["unit"] == "see unit column"


def test_tiny_package_validates_and_catches_a_changed_byte(tiny):
    catalog, processed = tiny
    path = datapackage.write(processed, catalog)
    assert datapackage.validate(path) == []
    assert datapackage.tables_summary(processed)["rows"].tolist() == [2]
    (processed / "things.csv").write_text("id,value,ok\na,1.5,True\nb,2,False\n", encoding="utf-8")
    assert any("hash" in e for e in datapackage.validate(path))


def test_a_wrong_type_is_a_validation_error(tiny):
    catalog, processed = tiny
    (processed / "things.csv").write_text("id,value,ok\na,lots,True\n", encoding="utf-8")
    path = datapackage.write(processed, catalog)
    assert datapackage.validate(path)


def test_an_undescribed_table_or_column_stops_the_build(tiny):
    catalog, processed = tiny
    (processed / "other.csv").write_text("x\n1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="other.csv: not described"):
        datapackage.build(processed, catalog)
    (processed / "other.csv").unlink()
    (processed / "things.csv").write_text("id,value\na,1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="things.csv: columns"):
        datapackage.build(processed, catalog)


def test_empty_processed_folder_gives_a_package_without_resources(tmp_path):
    shutil.copy(CATALOG_DIR / "tables.yml", tmp_path / "tables.yml")
    assert datapackage.build(tmp_path, tmp_path)["resources"] == []


def test_a_field_without_description_is_refused(tmp_path):
    (tmp_path / "tables.yml").write_text(TABLES_YML.replace(", description: A flag.", ""), encoding="utf-8")
    with pytest.raises(ValueError, match="field 'ok' has no description"):
        datapackage.load_tables(tmp_path)


def test_a_description_cut_at_an_unquoted_comma_is_refused(tmp_path):
    (tmp_path / "tables.yml").write_text(TABLES_YML.replace("description: A flag.", "description: A flag, or not."),
                                         encoding="utf-8")
    with pytest.raises(ValueError, match="field 'ok': unknown key"):
        datapackage.load_tables(tmp_path)


def test_the_site_copy_opens_in_excel_ships_the_reports_and_validates(tmp_path):
    written = datapackage.publish(tmp_path)
    package = json.loads((tmp_path / datapackage.PACKAGE_FILE).read_text(encoding="utf-8"))
    for r in package["resources"]:
        data = (tmp_path / r["path"]).read_bytes()
        assert data.startswith(datapackage.BOM) and r["encoding"] == "utf-8-sig"
        assert data[len(datapackage.BOM):] == (PROCESSED_DIR / r["path"]).read_bytes()  # canonical bytes otherwise
    for s in package["sources"]:
        assert (tmp_path / s["path"]).is_file(), s["path"]  # the package points to nothing the site lacks
    assert len(written) == 1 + len(package["resources"]) + len(package["sources"])
    assert datapackage.validate(tmp_path / datapackage.PACKAGE_FILE) == []


def test_the_qualifier_column_lists_every_qualifier_the_units_table_reads():
    from reportfacts.extract.units import load_units
    facts = next(t for t in datapackage.load_tables() if t["name"] == "facts")
    described = next(f["description"] for f in facts["fields"] if f["name"] == "qualifier")
    missing = [q for q in load_units().directions if q not in described.split(": ", 1)[1].rstrip(".").split(", ")]
    assert not missing, f"tables.yml facts.qualifier does not list {missing} (units.yml qualifiers)"
