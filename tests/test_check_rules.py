"""The YAML the arithmetic checks read: qualifier directions (units.yml) and check patterns (checks.yml)."""

import pytest

from reportfacts.analysis import checks
from reportfacts.core.paths import CATALOG_DIR
from reportfacts.extract.units import load_units

UNITS = """\
magnitudes: {万: 10000}
units:
  元: {unit: yuan}
  个多月: {unit: months, qualifier: 多}
qualifiers:
  before: [近]
  inner: [余]
  after: [以上]
"""


def write_units(tmp_path, directions: str):
    path = tmp_path / "units.yml"
    path.write_text(UNITS + directions, encoding="utf-8")
    return path


def test_directions_are_read_for_each_qualifier(tmp_path):
    table = load_units(write_units(tmp_path, "  directions: {近: at_most, 余: at_least, 以上: at_least, 多: about}\n"))
    assert table.direction("近") == "at_most" and table.direction("多") == "about" and table.direction("") == "exact"


@pytest.mark.parametrize("directions, says", [
    ("  directions: {近: at_most, 余: at_least, 多: about}\n", "lacks ['以上']"),
    ("  directions: {近: below, 余: at_least, 以上: at_least, 多: about}\n", "qualifiers.directions.近 is 'below'"),
    ("", "qualifiers.directions must map"),
])
def test_bad_directions_name_the_file_and_key(tmp_path, directions, says):
    path = write_units(tmp_path, directions)
    with pytest.raises(ValueError, match="units.yml: ") as e:
        load_units(path)
    assert says in str(e.value)


def test_every_qualifier_of_the_catalog_has_a_direction():
    table = load_units()
    assert set(table.before_qualifiers) <= set(table.directions)


def test_interval_follows_the_direction():
    fact = {"value": "80", "value_as_written": "80", "unit": "count"}
    assert checks.interval({**fact, "qualifier": "余"}) == (80, 90)
    assert checks.interval({**fact, "qualifier": "近"}) == (70, 80)
    assert checks.interval({**fact, "qualifier": ""}) == (80, 80)


def test_check_patterns_load_from_the_catalog():
    patterns = checks.load_patterns(CATALOG_DIR / "checks.yml")
    assert set(patterns) == set(checks.PATTERN_KEYS)
    assert patterns["total"].search("总数达到") and not patterns["total"].search("总数达到了一")


@pytest.mark.parametrize("body, says", [
    ("patterns: {growth: '增长'}\n", "patterns.pair_link is missing"),
    ("patterns: {pair_link: '(至', growth: '增长'}\n", "patterns.pair_link is not a valid regular expression"),
    ("patterns: {no_such_check: x}\n", "patterns.no_such_check is not a pattern the checks use"),
    ("rules: []\n", "needs a mapping `patterns`"),
])
def test_bad_check_patterns_name_the_file_and_key(tmp_path, body, says):
    path = tmp_path / "checks.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match="checks.yml: ") as e:
        checks.load_patterns(path)
    assert says in str(e.value)
