"""Find period expressions in clean text and resolve them against the publication date.

Canonical notation (spec): ``2019`` (year), ``2020-Q1``, ``2018-H1``, ``2019-01..2019-11`` (month range),
``2016..2020`` (year span), ``2020-03-13`` (day), ``2024-10`` (a month, also "at present").  Without a
publication date, expressions relative to it (今年, 去年, 目前, 近5年, 3月13日) resolve to ``""`` and are
flagged ``unresolved``.
"""

from __future__ import annotations

import re
from datetime import date
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR
from reportfacts.extract.numbers import chinese_value

_N = r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})"


@dataclass(frozen=True)
class PubDate:
    """Publication date parts; ``month``/``day`` are ``None`` when the date is less precise."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, published: str | None) -> "PubDate | None":
        """``"2020-04"`` / ``"2024-10-01"`` / ``"2019"`` -> PubDate; ``None`` or ``""`` -> ``None``."""
        if not published:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(published))
        if not m:
            raise ValueError(f"publication date {published!r} is not YYYY[-MM[-DD]]")
        return cls(*(int(g) if g else None for g in m.groups()))

    def last_full_month(self) -> str:
        """The last month a report can cover: the month before when it is dated in a month's first week."""
        if self.month and self.day and self.day <= 7:
            y, mo = (self.year, self.month - 1) if self.month > 1 else (self.year - 1, 12)
            return f"{y}-{mo:02d}"
        return self.month_str()

    def month_str(self) -> str:
        """The publication month ``YYYY-MM`` (the year alone if the month is unknown)."""
        return f"{self.year}-{self.month:02d}" if self.month else str(self.year)


@dataclass(frozen=True, slots=True)
class PeriodExpr:
    """A period expression: span in clean text, canonical period, kind and flags.

    kind: year, date, month, month_range, quarter, half, span, plan (five-year plan), present, deadline.
    ``topic`` = written as a sentence topic ("2019年，"), so it carries to later paragraphs;
    ``comparison`` = a comparison base ("比去年"); ``unresolved`` = needs a publication date it lacks.
    """

    start: int
    end: int
    text: str
    period: str
    kind: str
    topic: bool = False
    comparison: bool = False
    unresolved: bool = False


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    """The period vocabulary of ``data/catalog/periods.yml``."""
    return yamlio.safe_load((CATALOG_DIR / "periods.yml").read_text(encoding="utf-8"))


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _period_parts() -> tuple[tuple[str, str, str], ...]:
    """The period patterns in priority order, as (group name, year key, body): a part with a year key may open
    with a year (:func:`_year_prefix`); the named groups of its body say what was written."""
    v = vocabulary()
    fyp, now = _alt(v["five_year_plans"]), _alt(v["at_present"])
    return (
        # 元至2月: January (元月) to February (not 500元至2月底, an amount in yuan)
        ("mrange", "a", rf"(?P<m1>\d{{1,2}}|(?<![\d万亿千百])元)月?(?:份)?[~～\-—至到](?P<m2>\d{{1,2}})月份?"),
        # 7、8月份, 六、七两个月: two months listed, the second the next (3、6月 is no range)
        ("mpair", "h", rf"(?P<mp1>{_N})、(?P<mp2>{_N})(?:两个?月|月份?)"),
        # 2021-2023年; a plan's years in brackets in its title, 年 left out: 《…振兴计划(2020—2025)》
        ("yspan", "", r"(?P<ys1>(?:19|20)\d\d)年?[~～\-—–至到](?P<ys2>(?:19|20)\d\d)(?:年|(?=[)）]))"),
        ("yearsince", "", r"(?P<yse>(?:19|20)\d\d)年(?:以来|来)"),  # 2014年以来: from that year to now
        ("ymd", "", rf"(?P<y3>(?:19|20)\d\d)年(?P<mo3>\d{{1,2}})月(?:(?P<d3>\d{{1,2}})日|底|末)?"),
        ("md", "b", rf"(?P<mo2>\d{{1,2}})月(?P<d2>\d{{1,2}})日(?:[至到~～\-—](?:(?P<mo2b>\d{{1,2}})月)?(?P<d2b>\d{{1,2}})日)?"),
        ("quarter", "c", r"(?<!连续)(?:(?P<qcum>前|[一1][至到~～\-—])?第?(?P<q>[一二两三四1-4])季度(?P<qend>末|底)?|"
                         r"(?P<qfirst>首季))"),  # not 连续三季度; 二季度末: the quarter's last month
        ("firstm", "f", rf"(?<![提之以])前(?P<fm>{_N})个?月"),  # 前11个月, 今年前两个月: January to that month
        ("half", "d", r"(?P<h>[上下])半年"),
        # 国庆假期, “五一”小长假, 2023年中秋国庆假期: a holiday's days (periods.yml ``holidays``); 春运, 春运40天,
        # 春运以来: a season named alone (``seasons``), its length or 以来 part of it
        ("holiday", "g", rf"[“\"]?(?P<hol>{_alt([*v['holidays'], *v['holiday_names']])})[”\"]?"
                         rf"(?:{_alt(v['holiday_words'])})+|"
                         rf"(?P<season>{_alt(v['seasons'])})(?:\d{{1,2}}天|{_alt(v['holiday_words'])}|以来)*"),
        ("fyp", "", rf"[“\"]?(?P<plan>{fyp})[”\"]?(?P<fpos>期间|时期|初期?|末期?|(?:良好|精彩)?开局|开门红|以来)?"),
        ("recent", "", rf"(?P<near>近|最近|过去的?|这)(?P<nn>{_N})(?P<nu>年|个月)来?"),  # 这五年, 过去的五年: the last five
        ("since", "", rf"(?P<sn>{_N})年(?P<more>多)?(?:(?:以)?来|间(?=[，,]))"),  # 一年来, 挂牌成立一年以来; 十年间，…
        ("nowyears", "", r"今明两年"),
        ("nextn", "", rf"(?:今后|未来)(?P<xn>{_N})年"),  # 今后五年: the years ahead, this one first
        ("lastn", "", rf"(?<!连续)(?P<ln>{_N})年间?(?=前移|后移|提升|上升|累计|增加|增长|新增)"),  # 十年增加近70万亿元, 两年间增加了
        # 元月: January (not 100元月租, an amount in yuan before 月)
        ("month", "e", r"(?:(?P<mo1>\d{1,2})|(?<![\d万亿千百])(?P<jan>元))月份?(?:底|末|初|中旬|起)?"),
        ("deadline", "", r"到(?P<dy>(?:19|20)\d\d)年(?:底|末)?"),
        # 2022园区高质量发展百强榜单: a ranking's edition year, written bare before the ranking's name
        ("year", "", r"(?P<y1>(?:19|20)\d\d)(?:年度?|(?=[^\d，。；,;！？《》]{1,16}?(?:榜单|排行榜|百强榜|强榜))|"
                     r"(?=[和、与及](?:19|20)\d\d年))"),  # (比2020和2019年: the 年 the years listed share)
        ("relyear", "", rf"(?P<r1>{_alt(v['relative_years'])})(?:以来)?"),
        ("now", "", rf"(?:{now})(?!量|率|于|久)"),
        # 22日当天, 记者22日获悉: a day of the month written alone, of the month last written (else the publication's)
        ("dom", "", r"(?<![\d月.])(?P<dd>[1-9]|[12]\d|3[01])日(?=当天|当日|[，,上下晚]|[从在获电讯])"),
        ("sameday", "", r"当天|当日|当月"),  # that day: the last day the text wrote (9月22日，…。当天，全市还有…);
        # that month: the last month it wrote (7月份，…。当月，食品价格同比上涨8.7%)
    )


@lru_cache(maxsize=1)
def _year_keys() -> dict[str, str]:
    """{group name: year key} of the dated parts of :func:`_period_parts` (those that may open with a year)."""
    return {name: k for name, k, _ in _period_parts() if k}


def _year_prefix(k: str) -> str:
    """A year opening a dated part: a relative year word (group ``rel{k}``) or 19xx/20xx年 (group ``yr{k}``; its 年
    may be left out before a part of the year written in words: 2018一季度, 2021上半年)."""
    return rf"(?:(?P<rel{k}>{_alt(vocabulary()['relative_years'])})|(?P<yr{k}>(?:19|20)\d\d)(?:年|(?=[一二三四上下前首])))"


def _trigger() -> str:
    """A cheap first-character test keeping the long alternation from being tried at every position."""
    return rf"(?:(?<![\d.])(?=\d)|(?=[{_start_chars()}]))"


@lru_cache(maxsize=1)
def period_regex() -> re.Pattern:
    """One compiled alternation of every period pattern (named groups say which matched)."""
    parts = [f"(?P<{name}>{_year_prefix(k) + '?' if k else ''}{body})" for name, k, body in _period_parts()]
    return re.compile(rf"{_trigger()}(?:{'|'.join(parts)})")


@lru_cache(maxsize=1)
def _start_chars() -> str:
    """The characters other than digits a period expression can start with, for a regex class: quotes, the first
    characters of the relative-year and at-present words, 近最过这首第到前今未 and the Chinese numerals."""
    v = vocabulary()
    first = "".join(sorted({w[0] for w in [*v["relative_years"], *v["at_present"], *v["holidays"],
                                           *v["holiday_names"]]}))
    return rf"“\"{first}近最过这首第到前今未一二两三四五六七八九十"


@lru_cache(maxsize=1)
def _period_finder() -> re.Pattern:
    """Where :func:`period_regex` matches: one digit or character of :func:`_start_chars` at which the period
    parts, without capture groups, match (a lookahead inside a one-character lookbehind), or the full regex
    itself when groups change what it matches.

    Without groups nothing is recorded (several times faster; no group is referred back to), and a pattern that
    starts with a character class lets the regex engine skip to the next candidate character in C instead of
    trying the lookahead trigger at every position. Whether some part matches at a position does not depend on
    the parts' order, so the dated parts share one optional year prefix (tried once instead of once per part).
    The full regex then re-matches only there, for the groups and the priority of the parts.
    """
    full = period_regex().pattern
    if "(?P=" in full or "(?(" in full:  # a backreference or a conditional: groups change what matches
        return period_regex()
    parts = _period_parts()
    dated = "|".join(body for _, k, body in parts if k)
    others = "|".join(body for _, k, body in parts if not k)
    somewhere = f"{_trigger()}(?:{_year_prefix('')}?(?:{dated})|{others})"
    groupless = re.sub(r"\(\?P<\w+>", "(?:", somewhere)
    return re.compile(rf"[\d{_start_chars()}](?<=(?={groupless}).)")


def _period_matches(text: str) -> Iterator[re.Match]:
    """The matches of :func:`period_regex` in ``text``, as ``finditer`` gives them (left to right, not
    overlapping: a start inside the previous match is skipped; no period expression is empty)."""
    full, finder = period_regex(), _period_finder()
    if finder is full:
        yield from full.finditer(text)
        return
    end = 0
    for hit in finder.finditer(text):
        if hit.start() >= end:
            m = full.match(text, hit.start())
            end = m.end()
            yield m


LISTED_SEPARATORS = ("、", "和", "及", "与", "以及")  # what separates periods listed together (一季度、上半年和前三季度)
QUARTERS_SHARING_RE = re.compile("((?:[一二三四1-4]、)+)[一二三四1-4]季度")  # 一、二、三季度: quarters sharing 季度


def count_of(s: str) -> int | None:
    """A count of years or months written in Arabic or Chinese digits; None for a run of numerals that is no
    number (近十三五年: 十三五 names a plan, not a count)."""
    if s.isdigit():
        return int(s)
    value = chinese_value(s)
    return None if value is None else int(value)


def _last_years(n: int | None, py: int | None) -> str:
    """The span of the ``n`` years before the publication year ``py`` ("" when either is unknown)."""
    return _span(py - n, py - 1) if py and n is not None else ""


def _year_of(m: re.Match, k: str, pub: PubDate | None, base_year: int | None) -> int | None:
    """Explicit year of the match, else the relative year word, else ``base_year`` (or the publication year)."""
    if m.group(f"yr{k}"):
        return int(m.group(f"yr{k}"))
    if m.group(f"rel{k}"):
        return pub.year + vocabulary()["relative_years"][m.group(f"rel{k}")] if pub else None
    return base_year if base_year is not None else (pub.year if pub else None)


def _ym(y: int | None, mth: int) -> str:
    return f"{y}-{mth:02d}" if y else ""


_EARLY_MONTHS, _LATE_MONTHS = 3, 10  # a month named alone from _LATE_MONTHS on, in a report of a month up to
# _EARLY_MONTHS, is last year's (12月份 in January); later in the year it may be a date ahead (12月底前建成)


def _cumulative_end(m: re.Match, g: str) -> int:
    """The last month of a cumulative statistic (1-11月, 前三季度, 1至5月), 0 for any other expression (a single
    month, day, quarter or half may be ahead of the report: 将于5月举办)."""
    if g == "mrange":
        return int(m["m2"]) if _first_month(m) == 1 else 0
    if g == "quarter" and m["qcum"]:
        return 3 * (count_of(m["q"]) or 0)
    if g == "firstm":
        return count_of(m["fm"]) or 0
    return 0


def _resolve_dated(m: re.Match, g: str, pub: PubDate | None, base_year: int | None) -> tuple[str, str]:
    """Period and kind for the expressions tied to a calendar year (months, days, quarters, halves)."""
    k = _year_keys()[g]
    y = _year_of(m, k, pub, base_year)
    if y and pub is not None and pub.month and base_year is None and not m.group(f"yr{k}") and \
            not m.group(f"rel{k}") and (_cumulative_end(m, g) > int(pub.last_full_month()[5:]) or
                                        g == "month" and pub.month <= _EARLY_MONTHS and _month(m) >= _LATE_MONTHS):
        y -= 1  # 1-11月 in a report of January 2022: a statistic to date is complete, so of the year before (and
        # 12月份为5.2% in a January report: a month of the year's last quarter, in its first, is last year's)
    ys = str(y) if y else ""
    if g == "mrange":
        return (f"{_ym(y, _first_month(m))}..{_ym(y, int(m['m2']))}" if y else ""), "month_range"
    if g == "mpair":
        a, b = count_of(m["mp1"]), count_of(m["mp2"])
        if not (a and b and 1 <= a < 12 and b == a + 1):
            return (_ym(y, b) if y and b and 1 <= b <= 12 else ""), "month"  # 3、6月: the month written with 月
        return (f"{_ym(y, a)}..{_ym(y, b)}" if y else ""), "month_range"
    if g == "md":
        if y and m["d2b"]:  # 10月1日至7日, 4月29日至5月3日 (a holiday): a span of days
            a, b = int(m["mo2"]), int(m["mo2b"] or m["mo2"])
            return f"{_ym(y, a)}-{int(m['d2']):02d}..{_ym(y, b)}-{int(m['d2b']):02d}", "month_range"
        return (f"{_ym(y, int(m['mo2']))}-{int(m['d2']):02d}" if y else ""), "date"
    if g == "quarter":
        q = 1 if m["qfirst"] else count_of(m["q"])
        if m["qcum"] and q > 1:  # 前三季度: cumulative from January
            return (f"{ys}-01..{ys}-{3 * q:02d}" if y else ""), "month_range"
        if m["qend"] and not m["qcum"]:  # 二季度末生猪存栏…: a stock at the end of the quarter, its last month
            return _ym(y, 3 * q), "month"
        return (f"{ys}-Q{q}" if y else ""), "quarter"
    if g == "firstm":
        n = count_of(m["fm"])
        return (f"{ys}-01..{_ym(y, n)}" if y and n and 1 < n <= 12 else ""), "month_range"
    if g == "half":
        return (f"{ys}-H{1 if m['h'] == '上' else 2}" if y else ""), "half"
    if g == "holiday":
        return _holiday(m["hol"] or m["season"], y), "month_range"
    if m.group(0).endswith("起") and pub and y:  # 6月起: from that month to the last month reported
        return f"{_ym(y, _month(m))}..{pub.last_full_month()}", "month_range"
    return _ym(y, _month(m)), "month"


def _first_month(m: re.Match) -> int:
    """The first month of a ``mrange`` match (元至2月: 1)."""
    return 1 if m["m1"] == "元" else int(m["m1"])


def _month(m: re.Match) -> int:
    """The month a ``month`` match names (元月: 1)."""
    return 1 if m["jan"] else int(m["mo1"])


def _holiday(name: str, y: int | None) -> str:
    """The days of a holiday (periods.yml ``holidays``) in year ``y`` (``2023-09-29..2023-10-06``), or the month or
    months its ``default`` days fall in for a year not listed; "" when unknown."""
    v = vocabulary()
    spec = v["holidays"][v["holiday_names"].get(name, name)]
    days = (spec.get("days") or {}).get(y)
    if not y or days:
        return days or ""
    if not spec.get("default"):
        return ""
    a, b = (int(d.split("-")[0]) for d in spec["default"].split(".."))
    return _ym(y, a) if a == b else f"{_ym(y, a)}..{_ym(y, b)}"


def _resolve_other(m: re.Match, g: str, pub: PubDate | None) -> tuple[str, str]:
    """Period and kind for years, spans, five-year plans and "at present"."""
    v = vocabulary()
    py = pub.year if pub else None
    if g == "ymd":
        y, mo = int(m["y3"]), int(m["mo3"])
        return (f"{y}-{mo:02d}-{int(m['d3']):02d}" if m["d3"] else f"{y}-{mo:02d}"), "date"
    if g in ("year", "deadline"):
        return m["y1"] or m["dy"], g
    if g == "relyear":
        return (str(py + v["relative_years"][m["r1"]]) if py else ""), "year"
    if g == "fyp":
        a, b = v["five_year_plans"][m["plan"]]
        pos = m["fpos"] or ""
        if pos == "以来" and py and a < py <= b + 1:  # “十四五”以来 in 2024: its years reported since, 2021..2023 (as
            # 2021年以来 reads; in a December report, this year too)
            return _span(a, max(a, py if pub.month == 12 else py - 1)), "span"
        # (“十三五”初期, 末期: its first or last year)
        return (str(a) if pos.startswith("初") or pos.endswith(("开局", "开门红")) else str(b) if pos.startswith("末")
                else f"{a}..{b}"), "plan"
    if g == "yspan":  # 2021—2023年, 2016年至2020年: the years from the first to the last
        return _span(int(m["ys1"]), int(m["ys2"])), "span"
    # (in a December report, 一年来 and 近五年 count the year about to end: 即将过去的2017年)
    end = py + 1 if pub is not None and pub.month == 12 else py
    if g == "recent":
        return ("" if m["nu"] == "个月" else _last_years(count_of(m["nn"]), end)), "span"
    short = int(m["sn"]) + 2000 if g == "since" and m["sn"].isdigit() and len(m["sn"]) == 2 else 0
    if short and py and py - 1 <= short <= py and (m.start() == 0 or m.string[m.start() - 1] in "，,。；;\n"):
        g, y = "yearsince", short  # 15年以来，我市…: 2015 written short, opening its clause in a 2015 report (not 建区
        # 15年以来: fifteen years)
    if g == "since":  # 一年来 in January: last year, as 去年 is (a year a review's paragraphs go on with)
        years = _last_years(count_of(m["sn"]) + bool(m["more"]), end)  # 两年多来 in 2020: into 2018, 2018..2020
        return years, "span" if ".." in years else "year"
    if g == "yearsince":  # 自2014年以来 in 2019: 2014..2018, the years reported since (in 2022, 2021年以来: 2021..2022;
        y = short or int(m["yse"])  # 2022年以来: this year so far, a year as 今年以来 is)
        return (str(y), "year") if not py or y >= py else (_span(y, py - 1 if py - 1 > y else py), "span")
    if g == "lastn":  # 两年前移14个位次: the change over the last two years (in a report of the last quarter,
        # 三年新增…3个 counts this year, as 连续N年 does)
        return _last_years(count_of(m["ln"]), py + 1 if py and pub.month and pub.month >= 10 else py), "span"
    if g == "nowyears":
        return (f"{py}..{py + 1}" if py else ""), "span"
    if g == "nextn":  # 今后五年 in a January report: this year and four more (in a report of its last quarter, the next)
        n, first = count_of(m["xn"]), (py + 1 if pub and pub.month and pub.month >= 10 else py) if py else None
        return (_span(first, first + n - 1) if first and n else ""), "span"
    return (pub.month_str() if pub else ""), "present"


def quarter_of(period: str) -> str:
    """``2020-01-21`` or ``2020-01`` -> ``2020-Q1``; anything else unchanged."""
    m = re.match(r"(\d{4})-(\d{2})", period)
    return f"{m.group(1)}-Q{(int(m.group(2)) - 1) // 3 + 1}" if m else period


def _span(a: int, b: int) -> str:
    """``a..b``, or the single year when ``a == b`` (一年来 in 2020 -> ``2019``)."""
    return str(a) if a == b else f"{a}..{b}"


_POINT_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q[1-4]|-H[12])?$")


def _valid_point(point: str) -> bool:
    """A canonical period point with a real month and day (``2020-13`` and ``2020-02-30`` are not)."""
    m = _POINT_RE.match(point)
    if not m:
        return False
    try:
        date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1024)
def is_valid(period: str) -> bool:
    """True for a canonical period whose points are real dates and whose range runs forwards."""
    first, _, last = period.partition("..")
    return _valid_point(first) and (not last or (_valid_point(last) and first <= last))


_TOPIC_SUFFIX = re.compile("底|末|初|全年")
_TOPIC_SUFFIX_START = "底末初全"
_COPULAS = ("是", "为")  # comparison markers that also open a topic (同样是2020年，)


@lru_cache(maxsize=1)
def _frame_after() -> re.Pattern:
    return re.compile(vocabulary().get("frame_after") or "(?!)")


def is_frame(text: str, start: int, end: int) -> bool:
    """True for a period framed by 从 … 来看 ("从2021年完成情况来看，", periods.yml ``frame_after``): a topic, not the
    start point of a span. A general pattern of statistical prose introducing a period's results."""
    return text[start - 1: start] == "从" and _frame_after().match(text, end) is not None


PART_YEAR = ("half", "quarter", "month_range")  # the kinds of a part of a year (上半年, 一季度, 1-11月)


def _opens_sentence(text: str, s: int, kind: str, period: str, pub: PubDate | None) -> bool:
    """True for a recent year written out (the publication year or the one before) opening a sentence with no comma
    after it (…。2021年巩固脱贫攻坚成果，…一产增加值达24.24亿元。): the topic of what follows, as "2021年，" is. An older
    year opening a sentence is a chronology's (2006年确定为国家高新区。) and stays with its sentence."""
    if kind in PART_YEAR and s > 0 and text[s - 1] in "。！" and pub is not None and period[:4].isdigit():
        return pub.year - 1 <= int(period[:4]) <= pub.year  # …。1至11月共完成投资4471.3亿元: so a recent part of a year
    return kind == "year" and s > 0 and text[s - 1] in "。！" and text[s].isdigit() and pub is not None and \
        period.isdigit() and pub.year - 1 <= int(period) <= pub.year


_CJK_NOUN_START_RE = re.compile("(?![以来度末底初中前后内间])[\u4e00-\u9fff]")  # 本年|新签合同额: a noun after it


@lru_cache(maxsize=None)
def vocab_re(key: str) -> re.Pattern:
    """An entry of periods.yml as one regex: a regex written as a string, or a list of words (longest first); one
    that never matches when the entry is absent."""
    v = vocabulary().get(key)
    if isinstance(v, str):
        return re.compile(v)
    return re.compile("|".join(sorted(map(re.escape, v or ()), key=len, reverse=True)) or "(?!)")


_THAT_YEAR = {"同年": 0, "当年": 0, "次年": 1, "翌年": 1}  # before a month: the year last written out, or the next


def find_periods(text: str, pub: PubDate | None, base_year: int | None = None) -> list[PeriodExpr]:
    """Every period expression in ``text`` in order, resolved against ``pub``.

    ``base_year`` is the year a bare "3月13日" / "一季度" belongs to when the text names none (default: the
    publication year).  Relative expressions without ``pub`` get period ``""`` and ``unresolved=True``.
    """
    out = []
    v = vocabulary()
    markers, anaphoric = tuple(v["comparison_markers"]), set(v.get("anaphoric_years", ()))
    not_markers = tuple(v.get("comparison_not", ()))
    last_year = ""  # the last calendar year written out: what 当年 (that year) refers back to
    last_day = ""  # the last day written out: what 当天 (that day) refers back to
    last_month = ""  # the last single month written out: what 当月 (that month) refers back to
    for m in _period_matches(text):
        g = m.lastgroup
        month = g == "sameday" and m.group() == "当月"
        if g == "sameday" and not (last_month if month else last_day):
            continue  # no day (month) written before it: nothing it can refer to
        if vocab_re("measure_years").fullmatch(m.group()) and _CJK_NOUN_START_RE.match(text, m.end()):
            continue  # 本年新签合同额: a statistical term for the year to date, part of the measure's name
        if g == "dom":
            within = last_day[:7] or last_month or (pub.month_str() if pub is not None and pub.month else "")
            if not within:
                continue  # no month it can be of
            period, kind = f"{within}-{int(m['dd']):02d}", "date"
        elif g in _year_keys():
            period, kind = _resolve_dated(m, g, pub, base_year)
        elif g == "relyear" and m["r1"] in anaphoric and last_year:
            period, kind = last_year, "year"
        elif g == "sameday":
            period, kind = (last_month, "month") if month else (last_day, "date")
        else:
            period, kind = _resolve_other(m, g, pub)
        lead = m.group()[:2] if m.group()[:2] in _THAT_YEAR else text[max(0, m.start() - 2): m.start()]
        if kind in ("month", "date") and lead in _THAT_YEAR and last_year and period[4:5] == "-":
            period = f"{int(last_year) + _THAT_YEAR[lead]}{period[4:]}"  # 1994年2月…，同年5月: of the year written
        if g in ("year", "ymd", "deadline") and period[:4].isdigit():  # (时间回到2019年。那一年，…: 2019)
            last_year = period[:4]
        if kind == "date" and len(period) == 10:
            last_day = period
        if period and not is_valid(period):  # "13月", "5月至3月": not a period this text can mean
            period = ""
        s, e = m.span()
        after = text[e: e + 1]
        if after in _TOPIC_SUFFIX_START:  # 截至2021年底，/ 2021年全年，/ 去年末，: the suffix still opens a topic
            suffix = _TOPIC_SUFFIX.match(text, e)
            after = text[suffix.end(): suffix.end() + 1] if suffix else after
        before = text[max(0, s - 4): s].rstrip("“\"")
        # 较1—9月份和上年同期提高…: a period joined to a comparison base is a base too
        joined_base = bool(out) and out[-1].comparison and \
            text[out[-1].end: s].lstrip("同期末底") in ("和", "及", "与", "、")  # (比去年同期、去年全年加快…)
        # 同样是2020年，: a period opening a clause after 是 or 为 is that clause's topic, no comparison base (增速高于一季度，:
        # a period closing its clause after a comparing verb is one)
        comparison = joined_base or (before.endswith(markers) and not before.endswith(not_markers)
                                     and (after not in ("，", ",") or not before.endswith(_COPULAS))) or \
            vocab_re("comparison_after").match(text, e) is not None or \
            m.group().endswith("来") and vocab_re("record_after").match(text, e) is not None
        if kind == "month" and len(period) == 7 and not comparison:
            last_month = period  # (not a comparison base: 涨幅比6月份扩大)
        out.append(PeriodExpr(
            s, e, m.group(), period, kind,
            topic=after in ("，", ",", "：", ":") or s == 0 or text[s - 1] == "\n" or is_frame(text, s, e) or
            _opens_sentence(text, s, kind, period, pub),
            comparison=comparison, unresolved=not period))
    return out


# ----------------------------------------------------------------------------------------- canonical periods
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_PERIOD_POINT = re.compile(r"(\d{4})(?:-(?:(Q[1-4])|(H[12])|(\d{2})(?:-(\d{2}))?))?")
_GRAIN_MONTHS = {"Q": 3, "H": 6}


@dataclass(frozen=True)
class Period:
    """A canonical period, the one reader of the notation every table uses: a point ``2020``, ``2020-H1``,
    ``2022-Q2``, ``2021-01``, ``2020-04-08`` or a range of two points ``2021-01..2021-09``, ``2016..2020``.

    ``first`` and ``last`` are the first and last (year, month) it covers (a day counts as its month);
    ``grain`` and ``last_grain`` are what its first and last points name: year, half, quarter, month or day.
    """

    text: str
    first: tuple[int, int]
    last: tuple[int, int]
    grain: str
    last_grain: str

    @staticmethod
    def _point(point: str, text: str) -> tuple[tuple[int, int], tuple[int, int], str]:
        m = _PERIOD_POINT.fullmatch(point)
        if not m:
            raise ValueError(f"period {text!r} is not canonical (YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM-DD, A..B)")
        y, q, h, mo, day = m.groups()
        y = int(y)
        if q or h:
            n, size = int((q or h)[1]), _GRAIN_MONTHS[(q or h)[0]]
            return (y, size * (n - 1) + 1), (y, size * n), "quarter" if q else "half"
        if mo:
            return (y, int(mo)), (y, int(mo)), "day" if day else "month"
        return (y, 1), (y, 12), "year"

    @classmethod
    def parse(cls, text: str) -> "Period":
        """``"2021-01..2021-09"`` -> Period; raises ValueError naming the text when it is not canonical."""
        text = str(text).strip()
        a, dots, b = text.partition("..")
        first, last, grain = cls._point(a, text)
        last_grain = grain
        if dots:
            _, last, last_grain = cls._point(b, text)
        return cls(text, first, last, grain, last_grain)

    @classmethod
    def of(cls, text: str | None) -> "Period | None":
        """:meth:`parse`, or None for an empty period (a figure or goal with no stated date)."""
        return cls.parse(text) if text and str(text).strip() else None

    @property
    def start(self) -> float:
        """The start as decimal years (2020-Q2 -> 2020.25)."""
        return self.first[0] + (self.first[1] - 1) / 12

    @property
    def end(self) -> float:
        """The end (exclusive) as decimal years (2020-Q2 -> 2020.5)."""
        return self.last[0] + self.last[1] / 12

    @property
    def span(self) -> tuple[float, float]:
        """``(start, end)`` in decimal years, ``[start, end)``."""
        return self.start, self.end

    @property
    def months(self) -> int:
        """How many months the period covers."""
        return (self.last[0] - self.first[0]) * 12 + self.last[1] - self.first[1] + 1

    @property
    def partial(self) -> bool:
        """True when the period covers less than a year (a flow for part of its year)."""
        return self.months < 12

    @property
    def first_year(self) -> int:
        return self.first[0]

    @property
    def last_year(self) -> int:
        """The year the period ends in (2016..2020 -> 2020, 2020-H1 -> 2020)."""
        return self.last[0]

    @property
    def first_month(self) -> str:
        """The first month as ``YYYY-MM``."""
        return f"{self.first[0]}-{self.first[1]:02d}"

    @property
    def last_month(self) -> str:
        """The last month as ``YYYY-MM`` (2023-H1 -> 2023-06)."""
        return f"{self.last[0]}-{self.last[1]:02d}"

    @property
    def is_range(self) -> bool:
        return ".." in self.text

    @property
    def year_span(self) -> bool:
        """True for a range of whole years (``2016..2020``)."""
        return self.is_range and self.grain == self.last_grain == "year"

    def contains(self, other: "Period") -> bool:
        """True when ``other`` lies within this period."""
        return self.first <= other.first and other.last <= self.last

    def shift(self, years: int) -> str:
        """The same period ``years`` later, as text."""
        return re.sub(r"\d{4}", lambda m: str(int(m.group()) + years), self.text)

    @property
    def label(self) -> str:
        """In a reader's short notation: 2019-01..2019-11 -> 2019 Jan–Nov, 2020-Q1 -> 2020 Q1, 2016..2020 -> 2016–2020,
        2020-01-24..2020-02-02 -> 24 Jan–2 Feb 2020 (a holiday's days)."""
        a, dots, b = self.text.partition("..")
        if not dots:
            return self._point_label(a)
        if len(a) == 4 and len(b) == 4:
            return f"{a}–{b}"
        if len(a) == 10 and len(b) == 10:
            first, last = (f"{int(x[8:])} {_MONTHS[int(x[5:7]) - 1]}" for x in (a, b))
            if a[:4] != b[:4]:
                return f"{first} {a[:4]}–{last} {b[:4]}"
            return f"{int(a[8:])}–{last} {b[:4]}" if a[:7] == b[:7] else f"{first}–{last} {b[:4]}"
        if a[:4] == b[:4] and a[5:7].isdigit() and b[5:7].isdigit():
            return f"{a[:4]} {_MONTHS[int(a[5:7]) - 1]}–{_MONTHS[int(b[5:7]) - 1]}"
        return f"{self._point_label(a)}–{self._point_label(b)}"

    @staticmethod
    def _point_label(point: str) -> str:
        y, part = point[:4], point[5:]
        if not part:
            return y
        if part[0] in "QH":
            return f"{y} {part}"
        return point if len(part) > 2 else f"{y} {_MONTHS[int(part) - 1]}"


def plan_years(written: str) -> str:
    """The years of the five-year plan a period expression names (“十四五”末 -> 2021..2025), or ""."""
    name = next((k for k in vocabulary()["five_year_plans"] if k in written), None)
    return "{}..{}".format(*vocabulary()["five_year_plans"][name]) if name else ""


def last_year(period: str | None) -> int | None:
    """The year a canonical period ends in (``2021-01..2021-09`` -> 2021), None for an empty period."""
    p = Period.of(period)
    return p.last_year if p else None
