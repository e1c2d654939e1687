"""Find numbers in clean text: Arabic digit runs and Chinese numerals, as exact :class:`~decimal.Decimal` values.

``cn2an`` converts Chinese numerals but returns ``float``/``int`` and truncates some scaled decimals
(``cn2an.cn2an("1.23456万", "smart") == 12345``; older releases gave ``"16.4亿" -> 1639999999``).  So Arabic
numbers and magnitude words are computed here with ``Decimal``; cn2an is only used for pure Chinese integers
(``两``, ``十三``, ``二十``), where it is exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from decimal import Decimal

import cn2an

# Runs are written "X X*" rather than "X+": a pattern that starts with a plain character class lets the regex
# engine skip in C to the next character that can start a match (a leading repeat is tried at every position).
ARABIC_RE = re.compile(r"\d\d*(?:\.\d+)?")
# 1,234 / 12,345.6: digit groups of three after a comma (only where the text does not use ASCII commas as clause
# punctuation, see :func:`find_arabic`)
GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d\d*(?:\.\d+)?")
ASCII_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:,0\d\d)+(?![\d,])(?:\.\d+)?|\d\d*(?:\.\d+)?")
ASCII_CLAUSE_COMMA_RE = re.compile(r",\s*[\u4e00-\u9fff]")
DIGIT_RUN_RE = re.compile(r"[0-9][0-9]*")  # ASCII only: \d also matches full-width and other digits
CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
CN_NUMERAL_RE = re.compile(f"[{CN_DIGITS}][{CN_DIGITS}]*")
_CN_SIMPLE = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text: clean-text span, the characters, exact value and script ('arabic'/'chinese')."""

    start: int
    end: int
    text: str
    value: Decimal
    script: str
    preset: tuple | None = None  # (unit as written, canonical unit, multiplier) when the form carries its unit


def parse_arabic(s: str) -> Decimal:
    """Exact value of an Arabic number string such as ``"1234.5"``."""
    if not ARABIC_RE.fullmatch(s):
        raise ValueError(f"not an Arabic number: {s!r}")
    return Decimal(s)


def parse_chinese(s: str) -> Decimal:
    """Exact value of a Chinese numeral (``两`` -> 2, ``十三`` -> 13, ``一百二十`` -> 120, ``百`` -> 100).

    Uses cn2an (exact for integers) and converts the result to Decimal; a leading bare ``十/百/千``
    (``百亿``) is read as ``一十/一百/一千`` which cn2an rejects.
    """
    if not s or not CN_NUMERAL_RE.fullmatch(s):
        raise ValueError(f"not a Chinese numeral: {s!r}")
    if all(c in _CN_SIMPLE for c in s) and len(s) > 1:  # digit-by-digit: 二〇二〇
        return Decimal("".join(str(_CN_SIMPLE[c]) for c in s))
    norm = "一" + s if s[0] in "百千万亿" else s
    try:
        value = cn2an.cn2an(norm, "smart")
    except (ValueError, KeyError):  # cn2an rejects some regular numerals (一亿零一千, 一亿零一千零一十一)
        value = _positional(norm)
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(f"unexpected fractional Chinese numeral: {s!r}")
    return Decimal(int(value))


_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}


def _positional(s: str) -> int:
    """A Chinese integer read place by place (digits, then 十/百/千 within a section, 万 and 亿 closing sections);
    ValueError for characters that are no numeral."""
    result = section = number = 0
    prev = ""
    for c in s:
        if c in _CN_SIMPLE and prev in _CN_SIMPLE and prev not in "零〇":
            raise ValueError(f"not a Chinese numeral: {s!r}")  # 十三五: two digits with no place between
        prev = c
        if c in _CN_SIMPLE:
            number = _CN_SIMPLE[c]
        elif c in _SMALL_UNITS:
            section += (number or 1) * _SMALL_UNITS[c]
            number = 0
        elif c == "万":
            result += (section + number) * 10_000
            section = number = 0
        elif c == "亿":
            result = (result + section + number) * 100_000_000
            section = number = 0
        else:
            raise ValueError(f"not a Chinese numeral: {s!r}")
    return result + section + number


@lru_cache(maxsize=4096)
def chinese_value(s: str) -> Decimal | None:
    """:func:`parse_chinese`, or ``None`` for a run of numeral characters that is no number (万万, 十三五).

    Memoised either way: cn2an takes some 10 µs to reject a run, and the same names recur in a report.
    """
    try:
        return parse_chinese(s)
    except (ValueError, TypeError, KeyError):
        return None


def scale(value: Decimal, multiplier: Decimal | int) -> Decimal:
    """``value * multiplier`` exactly, normalised so no exponent or trailing zeros remain."""
    return normalize(value * Decimal(multiplier))


def normalize(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (``1.6400E+9`` -> ``1640000000``)."""
    v = value.normalize()
    return v.quantize(Decimal(1)) if v == v.to_integral_value() else v


def decimal_str(value: Decimal) -> str:
    """Decimal as a plain string without exponent (``Decimal('1.64E+9')`` -> ``'1640000000'``)."""
    return format(normalize(value), "f")


def find_arabic(text: str) -> list[Number]:
    """Every Arabic number in ``text`` (maximal digit runs with an optional decimal part).

    Thousands separators (``1,234万元``, ``1,056家``) are read as one number, unless the text writes its clause
    commas in ASCII (``增长9%,152家``), where a comma between digits is ambiguous and separates, but for the groups
    no clause can open with: one with a decimal part (``1,061.58亿元``) or starting with 0 (``2,098万``).
    """
    rx = ASCII_GROUPED_RE if "," in text and _ascii_clause_commas(text) else GROUPED_RE
    out = []
    for m in rx.finditer(text):
        s = m.group()
        out.append(Number(m.start(), m.end(), s, Decimal(s.replace(",", "")), "arabic"))
    return out


def _ascii_clause_commas(text: str) -> bool:
    """True when the text uses ASCII commas between clauses (a comma followed by a Han character)."""
    return ASCII_CLAUSE_COMMA_RE.search(text) is not None


_CN_OR_ARABIC = rf"(?:\d+(?:\.\d+)?|[{CN_DIGITS}]+(?:点[{CN_DIGITS}]+)?)"
# 百分之十五 / 百分之3.5, 三分之一 / 3分之1, 1/3, 一半, 七成: numbers that carry their unit in their own form
PERCENT_WORD_RE = re.compile(rf"百分之({_CN_OR_ARABIC})")
FRACTION_WORD_RE = re.compile(rf"({_CN_OR_ARABIC})分之({_CN_OR_ARABIC})")
SLASH_FRACTION_RE = re.compile(r"(?<![\d/.])([1-9])/([2-9]|10)(?![\d/.])")
HALF_RE = re.compile(r"一半")
# 居全省首位 / 位居首位 / 总数全国居首 / 位居循环县区榜首 / 居各区之首 / 蝉联全国榜首 / 排在11个设区市榜首 / 荣登中部
# 百强县榜首 / 排名榜首 / 居中部地区和长三角地区首位: first place, rank 1 (首位, 榜首, 之首 after a verb of standing,
# within a few characters, not the idiom 放在首位, to put first; 首 alone right after 居 and before a clause's end)
FIRST_PLACE_RE = re.compile(r"(?:(?<=[居列持联登])|(?<=排在)|(?<=排名))(?:[^\s，。；：、,;:首（(]{0,12}?(?:[（(][^（()）]{1,8}[)）])?)"
                            r"(?<!放在)(?<!摆在)(首位|榜首|之首)|"
                            r"(?<=居)(首)(?=[，。；,;！？!?\n]|$)")  # (居各县（市、区）首位: an aside in the group)
# 七成 (seven tenths), not 成为/成立/成本 … (words that start with 成) nor 一成不变
TENTHS_RE = re.compile(r"(?<![\d.])([一二两三四五六七八九]|[1-9])成(?![为立本果功效绩员交熟型片规长不都就])")
FRACTION_PLACES = Decimal("0.000001")
# 翻一番 (doubled), 翻两番 (quadrupled), 翻番, 翻了一番多: a multiple written as doublings
DOUBLING_RE = re.compile(r"翻了?([一两二三四])?番")
_DOUBLINGS = {None: 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


def _word_value(s: str) -> Decimal | None:
    """Value of an Arabic number or a Chinese numeral with an optional 点 decimal part (三点五 -> 3.5)."""
    if s[0].isdigit():
        return Decimal(s)
    whole, _, frac = s.partition("点")
    v = chinese_value(whole)
    if v is None or (frac and not all(c in _CN_SIMPLE for c in frac)):
        return None
    return v + (Decimal("0." + "".join(str(_CN_SIMPLE[c]) for c in frac)) if frac else 0)


def find_unit_forms(text: str) -> list[Number]:
    """Percentages and fractions written as words or with a slash, each a Number with its unit preset:
    ``百分之十五`` (15 percent), ``三分之一`` and ``1/3`` (0.333333 fraction), ``一半`` (0.5), ``七成`` (0.7),
    ``居全省首位`` (rank 1), ``翻一番`` (2 times), ``翻两番`` (4 times)."""
    out = []
    for m in PERCENT_WORD_RE.finditer(text):
        v = _word_value(m.group(1))
        if v is not None:
            out.append(Number(m.start(), m.end(), m.group(), v, "chinese", ("百分之", "percent", Decimal(1))))
    for rx in (FRACTION_WORD_RE, SLASH_FRACTION_RE):
        for m in rx.finditer(text):
            if text.startswith("百分之", m.start()) or (rx is FRACTION_WORD_RE and text[m.start() - 1: m.start()] == "百"):
                continue
            den, num = (_word_value(m.group(1)), _word_value(m.group(2)))
            if rx is SLASH_FRACTION_RE:
                den, num = num, den
            if den and num is not None and 0 < num <= den:
                out.append(Number(m.start(), m.end(), m.group(), (num / den).quantize(FRACTION_PLACES),
                                  "arabic" if m.group()[0].isdigit() else "chinese", ("", "fraction", Decimal(1))))
    for m in HALF_RE.finditer(text):
        out.append(Number(m.start(), m.end(), m.group(), Decimal("0.5"), "chinese", ("", "fraction", Decimal(1))))
    for m in FIRST_PLACE_RE.finditer(text):
        g = 1 if m.group(1) else 2
        out.append(Number(m.start(g), m.end(g), m.group(g), Decimal(1), "chinese", ("位", "rank", Decimal(1))))
    for m in DOUBLING_RE.finditer(text):
        out.append(Number(m.start(), m.end(), m.group(), Decimal(2 ** _DOUBLINGS[m.group(1)]), "chinese",
                          ("番", "times", Decimal(1))))
    for m in TENTHS_RE.finditer(text):
        digit = m.group(1)
        out.append(Number(m.start(), m.end(), m.group(), Decimal(int(digit) if digit.isdigit() else _CN_SIMPLE[digit])
                          / 10, "arabic" if digit.isdigit() else "chinese", ("成", "fraction", Decimal(1))))
    return sorted(out, key=lambda n: n.start)


def find_chinese(text: str) -> list[Number]:
    """Every maximal run of Chinese numeral characters that parses as a number."""
    out = []
    for m in CN_NUMERAL_RE.finditer(text):
        value = chinese_value(m.group())
        if value is not None:  # else e.g. "万万": not a numeral, just characters
            out.append(Number(m.start(), m.end(), m.group(), value, "chinese"))
    return out


def digit_runs(text: str) -> list[tuple[int, int]]:
    """Spans of every maximal run of ASCII digits (the unit the 100%-accounted-for check counts)."""
    return [(m.start(), m.end()) for m in DIGIT_RUN_RE.finditer(text)]
