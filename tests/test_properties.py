"""Property tests (hypothesis) for the number parser, the unit table and the period resolver.

No public function crashes on arbitrary text (it returns, or raises ValueError naming the input); values are exact
Decimals that round-trip through their written form; resolved periods are canonical and relative words (今年, 去年,
近N年) resolve against the publication year. The cleaner's properties are in test_clean_properties.py.
"""

import re
from decimal import Decimal

import cn2an
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from reportfacts.extract import numbers, periods, units

SETTINGS = settings(max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

# Text made of what reports are made of (digits, numerals, units, period words) and anything at all.
ALPHABET = "0123456789.%％~～-—至到年月日季度上下半首第近来今去明前本当十百千万亿零〇一二两三四五六七八九个元家位次名人平方米公里亿元余多以上左右超约近，。、：\n "
report_text = st.text(alphabet=ALPHABET, max_size=60) | st.text(max_size=40)
POINT = r"\d{4}(?:-(?:Q[1-4]|H[12]|(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?))?"
CANONICAL = re.compile(rf"^{POINT}(?:\.\.{POINT})?$")
pub_dates = st.builds(periods.PubDate, st.integers(1990, 2035), st.integers(1, 12) | st.none(),
                      st.none() | st.integers(1, 28))


# --- numbers ------------------------------------------------------------------------------------------------

plain_decimals = st.decimals(min_value=0, max_value=10**12, places=4, allow_nan=False, allow_infinity=False)


@SETTINGS
@given(plain_decimals)
def test_arabic_numbers_round_trip_exactly(value):
    written = numbers.decimal_str(value)
    assert "E" not in written and "e" not in written
    parsed = numbers.parse_arabic(written)
    assert isinstance(parsed, Decimal) and parsed == value
    assert numbers.decimal_str(parsed) == written


@SETTINGS
@given(plain_decimals, st.sampled_from([1, 10, 100, 1000, 10**4, 10**6, 10**7, 10**8]))
@example(Decimal("16.4"), 10**8)  # cn2an once gave 1639999999
@example(Decimal("1.23456"), 10**4)  # and truncated this to 12345
def test_scaling_is_exact_and_never_exponent_notation(value, multiplier):
    scaled = numbers.scale(value, multiplier)
    assert scaled == value * multiplier
    written = numbers.decimal_str(scaled)
    assert "E" not in written and Decimal(written) == value * multiplier


@SETTINGS
@given(st.text(max_size=30))
def test_parse_arabic_returns_a_decimal_or_names_the_input(s):
    try:
        value = numbers.parse_arabic(s)
    except ValueError as err:
        assert repr(s) in str(err)
    else:
        assert value == Decimal(s)


@SETTINGS
@given(st.text(alphabet=numbers.CN_DIGITS + "点负abc1", max_size=12) | st.text(max_size=12))
def test_parse_chinese_returns_a_whole_decimal_or_raises(s):
    try:
        value = numbers.parse_chinese(s)
    except (ValueError, KeyError, TypeError):  # cn2an leaks KeyError on "亿〇"; find_chinese catches all three
        return
    assert isinstance(value, Decimal) and value >= 0 and value == value.to_integral_value()


@SETTINGS
@given(st.integers(min_value=0, max_value=10**9 - 1))
@example(2)
@example(10)
@example(13)
@example(120)
@example(100000000)
def test_chinese_numerals_round_trip(n):
    assert numbers.parse_chinese(cn2an.an2cn(n)) == n


@SETTINGS
@given(st.integers(min_value=0, max_value=10**8))
def test_digit_by_digit_chinese_years_read_as_written(n):
    written = "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    assume(len(written) > 1)
    assert numbers.parse_chinese(written) == int(str(n))


@SETTINGS
@given(report_text)
def test_number_finders_never_crash_and_spans_are_exact(text):
    for number in numbers.find_arabic(text) + numbers.find_chinese(text):
        assert text[number.start:number.end] == number.text
        assert isinstance(number.value, Decimal)
    arabic = numbers.find_arabic(text)
    assert all(a.end <= b.start for a, b in zip(arabic, arabic[1:]))
    assert all(n.value == Decimal(n.text) for n in arabic)
    runs = numbers.digit_runs(text)
    assert "".join(text[s:e] for s, e in runs) == "".join(c for c in text if c in "0123456789")


# --- units --------------------------------------------------------------------------------------------------

TABLE = units.load_units()
MAGNITUDES = sorted(TABLE.magnitudes)
BASES = sorted(b for b, spec in TABLE.units.items() if not spec.get("qualifier"))


@SETTINGS
@given(st.sampled_from([""] + MAGNITUDES), st.sampled_from(BASES))
def test_every_written_unit_round_trips(magnitude, base):
    written = magnitude + base
    unit, multiplier = units.unit_of(written)
    assert (unit, multiplier) == (TABLE.units[base]["unit"], TABLE.magnitudes.get(magnitude, Decimal(1)))
    match = units.match_unit(f"增长12{written}。", 4)
    if TABLE.units[base].get("with_magnitude") and not magnitude:
        assert match is None  # 度 is a kWh only with its magnitude (927.8亿度), never 30度 alone
        return
    assert match is not None
    # the longest written form wins ("个百分点" over "个"), so the match may only be longer than what we built
    assert match.end >= 4 + len(written) or match.written == written
    assert match.multiplier * Decimal(12) == Decimal(12) * TABLE.magnitudes.get(match.written[:len(magnitude)],
                                                                                 match.multiplier)


@SETTINGS
@given(st.text(max_size=12) | st.text(alphabet="万亿千百元家个%年月多余以上左右", max_size=8))
def test_unit_of_returns_a_known_unit_or_raises_value_error(written):
    try:
        unit, multiplier = units.unit_of(written)
    except ValueError as err:
        assert repr(written) in str(err)
    else:
        assert unit in {spec["unit"] for spec in TABLE.units.values()}
        assert multiplier in set(TABLE.magnitudes.values()) | {Decimal(1)}


@SETTINGS
@given(report_text, st.integers(0, 70))
def test_match_unit_never_crashes_and_stays_inside_the_text(text, pos):
    pos = min(pos, len(text))
    match = units.match_unit(text, pos)
    if match is not None:
        assert pos < match.end <= len(text)
        assert match.multiplier > 0


# --- periods ------------------------------------------------------------------------------------------------


@SETTINGS
@given(report_text, pub_dates | st.none())
def test_find_periods_never_crashes_and_spans_are_exact_and_ordered(text, pub):
    found = periods.find_periods(text, pub)
    for expr in found:
        assert text[expr.start:expr.end] == expr.text
        assert expr.unresolved == (expr.period == "")
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def _phrase_periods(draw_text, pub):
    return [e.period for e in periods.find_periods(draw_text, pub)]


@SETTINGS
@given(pub_dates, st.sampled_from(["今年", "本年", "当年"]), st.sampled_from(["去年", "上年"]))
def test_relative_years_resolve_against_the_publication_year(pub, this_year, last_year):
    y = pub.year
    assert _phrase_periods(f"{this_year}，增长5%。", pub) == [str(y)]
    assert _phrase_periods(f"{last_year}，增长5%。", pub) == [str(y - 1)]
    assert _phrase_periods("明年，增长5%。", pub) == [str(y + 1)]
    assert _phrase_periods("前年，增长5%。", pub) == [str(y - 2)]
    assert _phrase_periods(f"{this_year}一季度，增长5%。", pub) == [f"{y}-Q1"]
    assert _phrase_periods(f"{last_year}上半年，增长5%。", pub) == [f"{y - 1}-H1"]


@SETTINGS
@given(pub_dates, st.integers(2, 30))
def test_recent_n_years_end_the_year_before_publication(pub, n):
    [period] = _phrase_periods(f"近{n}年，增长5%。", pub)
    end = pub.year if pub.month == 12 else pub.year - 1  # in December, with the year about to end
    assert period == f"{end - n + 1}..{end}"


@SETTINGS
@given(st.sampled_from(["今年", "去年", "近5年", "一季度", "上半年", "3月13日", "1~11月", "目前"]))
def test_relative_periods_without_a_date_stay_unresolved(phrase):
    [expr] = periods.find_periods(f"{phrase}，增长5%。", None)
    assert expr.unresolved and expr.period == ""


@SETTINGS
@given(pub_dates | st.none(), st.integers(1990, 2035), st.integers(1, 12), st.integers(1, 12), st.integers(1, 28),
       st.integers(1, 4), st.sampled_from(["上", "下"]), st.sampled_from(sorted(periods.vocabulary()["five_year_plans"])))
def test_well_formed_period_phrases_resolve_to_canonical_periods(pub, year, m1, m2, day, q, half, plan):
    m1, m2 = min(m1, m2), max(m1, m2)
    phrases = [f"{year}年", f"{year}年度", f"{year}年{m1}月", f"{year}年{m1}月{day}日", f"{year}年{m1}~{m2}月",
               f"{year}年第{q}季度", f"{year}年{half}半年", f"{plan}期间", f"到{year}年", f"{plan}初"]
    for phrase in phrases:
        [expr] = periods.find_periods(f"{phrase}，增长5%。", pub)
        assert expr.text == phrase
        assert CANONICAL.match(expr.period), (phrase, expr.period)
        assert expr.period.startswith(str(year)) or phrase.startswith(plan)
    if pub is not None:
        for phrase in ("今年", "去年", "近3年", "一季度", "3月13日", "1~11月", "目前"):
            [expr] = periods.find_periods(f"{phrase}，增长5%。", pub)
            assert CANONICAL.match(expr.period), (phrase, expr.period)


@pytest.mark.parametrize("phrase", ["13月", "0月", "1~13月", "99月99日", "近0年", "5月至3月"])
def test_impossible_dates_are_not_resolved_to_non_canonical_periods(phrase):
    for expr in periods.find_periods(f"{phrase}，增长5%。", periods.PubDate(2020, 4)):
        assert expr.period == "" or (CANONICAL.match(expr.period) and _ordered(expr.period)), expr


def _ordered(period: str) -> bool:
    first, _, last = period.partition("..")
    return not last or first <= last
