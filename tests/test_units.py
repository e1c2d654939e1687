"""Units: the YAML table, magnitudes, qualifiers around units, per-capita context units."""

from decimal import Decimal

import pytest

from reportfacts.extract.units import context_unit, load_units, match_unit, unit_of


@pytest.mark.parametrize("text,written,unit,mult,qual", [
    ("亿元的", "亿元", "yuan", 100000000, ""),
    ("万元", "万元", "yuan", 10000, ""),
    ("元", "元", "yuan", 1, ""),
    ("万美元", "万美元", "usd", 10000, ""),
    ("%以上", "%", "percent", 1, "以上"),
    ("%左右", "%", "percent", 1, "左右"),
    ("个百分点", "个百分点", "pp", 1, ""),
    ("个位次", "个位次", "positions", 1, ""),
    ("位", "位", "rank", 1, ""),
    ("余家", "家", "count", 1, "余"),
    ("余万元", "万元", "yuan", 10000, "余"),
    ("万余人", "万人", "count", 10000, "余"),
    ("万户", "万户", "count", 10000, ""),
    ("亿瓶", "亿瓶", "count", 100000000, ""),
    ("万平方米", "万平方米", "m2", 10000, ""),
    ("平方公里", "平方公里", "km2", 1, ""),
    ("公顷", "公顷", "hectare", 1, ""),
    ("亩", "亩", "mu", 1, ""),
    ("公里", "公里", "km", 1, ""),
    ("吨", "吨", "tonnes", 1, ""),
    ("倍多", "倍", "times", 1, "多"),
    ("多次", "次", "count", 1, "多"),
    ("个多月", "个月", "months", 1, "多"),
    ("年", "年", "years", 1, ""),
    ("人次", "人次", "count", 1, ""),
    ("场，", "场", "count", 1, ""),  # 举办各类路演活动82场: events held
    ("对，", "对", "count", 1, ""),  # 开行旅客列车38215对: trains in pairs
    ("类商品", "类", "count", 1, ""),  # 统计监测的17类商品: classes of goods
    ("分，", "分", "index", 1, ""),  # 综合评价得分95.71分: a score
])
def test_match_unit(text, written, unit, mult, qual):
    u = match_unit(text, 0)
    assert (u.written, u.unit, u.multiplier, u.qualifier) == (written, unit, Decimal(mult), qual)
    assert u.end <= len(text)


def test_no_unit():
    assert match_unit("", 0) is None
    assert match_unit("，", 0) is None
    assert match_unit("的项目", 0) is None


def test_magnitude_alone_has_no_canonical_unit():
    u = match_unit("亿大健康", 0)
    assert u.unit == "" and u.multiplier == Decimal(100000000)


def test_unit_of():
    assert unit_of("亿元") == ("yuan", Decimal(100000000))
    assert unit_of("个百分点") == ("pp", Decimal(1))
    with pytest.raises(ValueError):
        unit_of("光年")


def test_context_unit():
    assert context_unit("万人发明专利拥有量") == "count_per_10k_people"
    assert context_unit("每万人口高价值发明专利拥有量达到") == "count_per_10k_people"
    assert context_unit("每万名从业人员中研发人员数量达到") == "count_per_10k_people"
    assert context_unit("高新技术企业") is None
    assert context_unit("新增就业1.2万人，高新技术企业") is None  # a number of people, in another clause
    assert context_unit("每万人口发明专利拥有量38.5件，比上年末增加") is None


def test_table_validation(tmp_path):
    bad = tmp_path / "units.yml"
    bad.write_text("magnitudes: {万: 10000}\nunits:\n  元: {}\nqualifiers: {before: [], inner: [], after: []}\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match="canonical"):
        load_units(str(bad))


def test_table_comes_from_yaml():
    t = load_units()
    assert t.units["亿" if "亿" in t.units else "元"]["unit"] == "yuan" and t.magnitudes["亿"] == Decimal(10 ** 8)


def test_every_canonical_unit_is_known_to_the_catalog_and_labelled():
    """A unit added to units.yml needs its metric-id suffix and kinds (catalog) and how the book writes it."""
    from reportfacts.core import yamlio
    from reportfacts.core.paths import CATALOG_DIR
    from reportfacts.extract.catalog import UNIT_KINDS, UNITS
    labelled = yamlio.safe_load((CATALOG_DIR / "labels.yml").read_text(encoding="utf-8"))["units"]
    canonical = {spec["unit"] for spec in load_units().units.values()}
    assert canonical <= set(UNITS) and canonical <= set(UNIT_KINDS), canonical - set(UNITS) - set(UNIT_KINDS)
    assert canonical <= set(labelled), canonical - set(labelled)


def test_days_cubic_metres_and_index_points_and_a_unit_not_before_what_would_make_it_a_name():
    assert (match_unit("255天，", 3).unit, match_unit("7.29亿立方米", 4).unit, match_unit("326.4点。", 5).unit) == \
        ("count", "m3", "index")
    assert match_unit("3天津经济技术开发区", 1) is None  # a ranking row: 3 | 天津…, no days


def test_weights_in_kilograms_and_catties_are_read_as_printed():
    assert (match_unit("138.0亿公斤", 5).unit, match_unit("830.16亿斤", 6).unit) == ("kg", "jin")
    assert match_unit("830.16亿斤", 6).multiplier == Decimal(100000000)


def test_pieces_of_industrial_output_and_not_the_words_those_characters_begin():
    assert [match_unit(t, 0).unit for t in ("万把，", "亿部，", "万块", "亿片", "万双", "万张")] == ["count"] * 6
    assert [match_unit(t, 0) for t in ("部门", "片区", "张家港")] == [None, None, None]


def test_ages_and_life_expectancy_are_years():
    assert (match_unit("79岁。", 2).unit, match_unit("76.7歲", 4).unit) == ("years", "years")


def test_du_is_a_kilowatt_hour_only_with_a_magnitude():
    from reportfacts.extract.units import match_unit
    m = match_unit("927.8亿度，同比增长", 5)
    assert (m.unit, m.multiplier) == ("kwh", 100000000)
    assert match_unit("30度，", 2) is None  # a temperature or an angle
