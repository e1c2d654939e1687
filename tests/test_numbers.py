"""Numbers: Arabic and Chinese numerals as exact Decimals; cn2an's known defects asserted and worked around."""

from decimal import Decimal

import cn2an
import pytest

from reportfacts.extract.numbers import (decimal_str, digit_runs, find_arabic, find_chinese, normalize, parse_arabic,
                                 parse_chinese, scale)


def test_empty_and_no_numbers():
    assert find_arabic("") == [] and find_chinese("") == [] and digit_runs("") == []
    assert find_arabic("没有数字的句子。") == []


@pytest.mark.parametrize("s,v", [("8", "8"), ("13.8", "13.8"), ("454.16", "454.16"), ("0.5", "0.5")])
def test_parse_arabic_exact(s, v):
    assert parse_arabic(s) == Decimal(v)


def test_parse_arabic_rejects_garbage():
    with pytest.raises(ValueError):
        parse_arabic("12a")


@pytest.mark.parametrize("s,v", [("两", 2), ("三", 3), ("十", 10), ("十三", 13), ("二十", 20), ("一百二十", 120),
                                 ("百", 100), ("二〇二〇", 2020)])
def test_parse_chinese(s, v):
    assert parse_chinese(s) == Decimal(v)


def test_parse_chinese_rejects_non_numerals():
    with pytest.raises(ValueError):
        parse_chinese("十三五x")


def test_find_arabic_spans_and_values():
    found = find_arabic("分别同比增长13.8%、98.2%")
    assert [(n.text, n.value) for n in found] == [("13.8", Decimal("13.8")), ("98.2", Decimal("98.2"))]
    assert found[0].start == 6 and found[0].end == 10


def test_digit_runs_split_decimals():
    assert digit_runs("增长13.8%") == [(2, 4), (5, 6)]


def test_scale_is_exact_where_floats_are_not():
    assert scale(Decimal("16.4"), 100000000) == Decimal(1640000000)
    assert decimal_str(scale(Decimal("16.4"), 100000000)) == "1640000000"
    assert decimal_str(scale(Decimal("3285.1"), 10000)) == "32851000"
    assert decimal_str(scale(Decimal("1.23456"), 10000)) == "12345.6"


def test_decimal_str_never_uses_exponent():
    assert decimal_str(Decimal("1.64E+9")) == "1640000000"
    assert decimal_str(Decimal("0.0500")) == "0.05"
    assert normalize(Decimal("100")) == Decimal("100") and "E" not in decimal_str(Decimal("1E+2"))


# --- cn2an: what it gets wrong, and why Arabic numbers and magnitudes are computed with Decimal here ---------
def test_cn2an_returns_floats_not_decimals():
    value = cn2an.cn2an("36.4", "smart")
    assert isinstance(value, float)
    assert cn2an.cn2an("0.1", "smart") + cn2an.cn2an("0.2", "smart") != 0.3  # float arithmetic
    assert parse_arabic("0.1") + parse_arabic("0.2") == Decimal("0.3")


def test_cn2an_truncates_scaled_decimals():
    """cn2an 0.5.x computes int(Decimal * unit): '1.23456万' becomes 12345, losing .6 (older releases also
    turned '16.4亿' into 1639999999 via float multiplication)."""
    assert cn2an.cn2an("1.23456万", "smart") == 12345
    assert scale(Decimal("1.23456"), 10000) == Decimal("12345.6")
    got = cn2an.cn2an("16.4亿", "smart")
    assert not isinstance(got, Decimal)  # whatever the release, never an exact Decimal


def test_cn2an_rejects_bare_magnitudes_which_we_accept():
    with pytest.raises(ValueError):
        cn2an.cn2an("百亿", "smart")
    assert parse_chinese("百") == 100


def test_find_chinese_skips_unparseable():
    found = find_chinese("两个项目，十三五")
    assert [(n.text, n.value) for n in found] == [("两", Decimal(2))]


def test_numerals_cn2an_rejects_are_read_place_by_place():
    # cn2an 0.5 raises on these regular numerals; they are read by place value instead
    assert parse_chinese("一亿零一千") == Decimal(100001000)
    assert parse_chinese("一亿零一千零一十一") == Decimal(100001011)
