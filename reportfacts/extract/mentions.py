"""Extraction, first step: every number of a clean text becomes a :class:`Mention` (candidates), and each mention
is classified as a fact or as a non-statistic with a reason, with its unit, qualifier and kind (classification).
The extraction rules (extraction_rules.yml) are loaded here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR
from reportfacts.extract import numbers, units
from reportfacts.extract.numbers import Number
from reportfacts.extract.periods import PeriodExpr, last_year
from reportfacts.text.clean import HEADING_MAX_CHARS, is_grid_header


# (not the comma grouping a number's thousands, 22,668.14亿元, though the reports' clauses also end in ASCII commas)
CLAUSE_RE = re.compile(r"[，；;。！!？?：:\n]|(?<!\d),|,(?!\d{3}(?!\d))")
FULL_STOP_RE = re.compile("[。！？!?]")  # the end of a sentence (not of a statement: ；)
# an adverbial of circumstance (在…的基础上, 在…带动下) or of how a figure is counted (扣除留抵退税因素后, 按自然口径计算):
# its words are no measure, its year no period of the figure
CIRCUMSTANCE_RE = re.compile(r"(?:在|^)[^，。；,;在]{0,30}?(?:的)?(?:基础上|背景下|情况下|前提下|带动下|影响下|拉动下|推动下)"
                             r"|(?:扣除|剔除)[^，。；,;]{1,16}?(?:因素)?(?:后|以后)|按[^，。；,;按]{1,12}?(?:计算|计)")
QUOTE_RE = re.compile(r"“[^“”\n]{1,20}”|\"[^\"\n]{1,20}\"|‘[^‘’\n]{1,20}’|「[^「」\n]{1,20}」")
PERIOD_REASON = {"year": "year", "deadline": "year", "date": "date", "month": "date", "month_range": "period"}
# small patterns used per mention or paragraph, compiled once
_LIST_ITEMS_RE = re.compile(r"(?:[\d.]+个?[位名]?[、和及与])+\Z")  # 前移1、1、|7位, 上升8位、|7位: the items before
# 列全国23位、西部地区7位, 分别为17位、25位, 居后两位: a verb of standing before the places (with a scope, or the items
# listed before) makes N位 a rank
_RANK_VERB_RE = re.compile(r"(?:列|居(?![民住家])|排(?![放水污])|分别为)[^，。；,;\d]{0,10}\Z")
_SCOPED_ITEMS_RE = re.compile(r"(?:[\d.]+[位名][、和及与][^，。；,;\d、]{0,8})+\Z")
_NAME_BEFORE_BRACKET_RE = re.compile(r"(?:市|县|区|州|旗)\Z")  # 宜都市(50名): a place's own figure, a rank
_MAGNITUDE_AFTER_RE = re.compile(r"\d[万亿]")  # 5万亿: an amount, in a quote naming a money measure (“GDP冲上5万亿”)
_ANY_DIGIT_RE = re.compile(r"\d")
# 位列全国城市“八强”, 跻身“十强”行列: the first N of a ranking, quoted as a tier, read as it is unquoted (not “五强”目标,
# a campaign's name, a noun after it)
# a quote that is a figure alone, with its unit or a bound (“7%左右”, “60%以上”, “翻一番”, “2万亿”): the figure quoted, no name
# (a bare number quoted, “5020”, names a campaign)
# a count of a class, then those of it the figure counts (112个计划新开工项目中|94个, 127个…项目有|109个)
_PARTITIVE_RE = re.compile(r"\d\s*[个家项所座][^，。；、,;\d]{1,16}?(?:中|里|有|中有)\s*\Z")
_QUOTED_FIGURE_RE = re.compile(r"(?:约|近|超过|超|逾)?\d+(?:\.\d+)?\s*(?:%|％|‰|个百分点|倍|[万亿]*元|[万亿]+)(?:左右|以上|以内|以下)?|"
                               r"\d+(?:\.\d+)?\s*[万亿]*(?:左右|以上|以内|以下)|翻[一两二三四]?番")
_SPOKEN_RE = re.compile("[，。；！？,;!?]")  # a quote with a clause's end in it is speech, no name (“要实现5000亿元的目标，…”)
_AFTER_QUOTED_FIGURE_RE = re.compile(r"\s*(?:[、，,。；;]|等|的|相比|\Z)")  # (a noun after it makes a name: “3%”行动)
_RANK_TIER_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)强")
CITY_ORDINAL_END = "(?:城(?!市)|大城市)"  # 第四城, 第二大城市: a city's place among cities (not 十强|城市)
_PLACE_ORDINAL_RE = re.compile(rf"第(?:\d+|[一二两三四五六七八九十]+){CITY_ORDINAL_END}")  # 全国“第四城”: a rank
_AFTER_TIER_RE = re.compile(r"\s*(?:[^\u4e00-\u9fff]|[的之中]|行列|地位|榜)")
# 5%左右的增长, 6.5%的GDP增速: a rate named as a growth by the words after it
_RISEN_TO_RE = re.compile(r"(?:提升|提高|上升|增长|增加|下降|降低|回落)(?:至|到)[^，。；,;]{0,10}\Z")
# 由57.5%增长至58.3%: the level a rate rose from (its growth is the difference, not this figure)
_RATE_MOVED_RE = re.compile(r"(?:增速|增幅|增长率|涨幅|降幅)[^，。；,;\d]{0,2}(?:[由从]|(?:提升|提高|上升|回落|下降|加快|放缓)"
                            r"[至到])")  # 增速由…, 增速提高到9%: a growth rate's move
_FROM_SIDE_RE = re.compile(r"[由从][^，。；,;\d]{0,8}\Z")
_TO_AFTER_RE = re.compile(r"[^，。；,;\d]{0,4}?(?:提升|提高|上升|增长|增加|下降|降低|回落|增|降)(?:至|到)")
_GROWTH_AFTER_RE = re.compile(r"(?:以上|左右)?的?正?增长|的[^，。；,;、]{0,8}?(?:增速|增幅|增长率)")


@dataclass(slots=True)
class Mention:
    """One number of the clean text and everything decided about it."""

    num: Number
    status: str = ""
    reason: str = ""
    unit: units.UnitMatch | None = None
    qualifier: str = ""
    kind: str = ""
    period: str = ""
    unresolved: bool = False
    para: int = 0
    extra: dict = field(default_factory=dict)
    rule: str = ""  # the rule of extraction_rules.yml that decided it (non_statistic #9, fact_patterns #2), if one did

    start: int = field(init=False)
    end: int = field(init=False)

    def __post_init__(self) -> None:
        self.start, self.end = self.num.start, self.num.end
        if self.num.preset:
            written, unit, mult = self.num.preset
            self.unit = units.UnitMatch(self.end, written, unit, mult, "")

    def nonstat(self, reason: str) -> None:
        """Mark as a non-statistic with ``reason``."""
        self.status, self.reason = "non_statistic", reason


@dataclass(frozen=True)
class Rules:
    """Compiled extraction rules of ``data/catalog/extraction_rules.yml``."""

    nonstat: tuple
    any_before: re.Pattern
    any_after: re.Pattern
    cn_after: re.Pattern
    digit_name: re.Pattern
    kinds: dict
    target_opener: re.Pattern
    target_re: re.Pattern
    target_clause_re: re.Pattern
    plan_re: re.Pattern
    attribute_re: re.Pattern
    fact_patterns: tuple
    implied_one: re.Pattern
    one_duration: re.Pattern
    forward: "ForwardRules"
    keywords: "KindKeywords"
    decrease: re.Pattern
    absolute_change: re.Pattern  # 比上年减少 right before an amount: the amount's change, negative (extraction_rules.yml)
    implied_yuan: re.Pattern   # money words before an amount written with 亿 and no unit (GDP首次超过三万亿)
    list_item: re.Pattern      # a paragraph opening as a list's item (——, （一）, 1.)
    kinds_change_after_level: re.Pattern  # a verb of change right before an amount (…135.5千公顷，增加0.3千公顷)
    target_compared: re.Pattern  # a target something is measured against (高于目标2.1个百分点): no goal set
    plan_ahead: re.Pattern       # a future modal before a verb of making (我省将创建国家级经开区2个): a plan
    implied_people: tuple[re.Pattern, re.Pattern]  # 总人口18.2万, 484万建档立卡贫困人口: an amount in 万 of people

    def sets_target(self, clause: str) -> bool:
        """True when a target word of ``kinds.target_clause`` stands in ``clause`` as a goal set, not as what a
        figure is measured against (增速均高于年度任务目标, 塌目标1.8个百分点)."""
        return self.target_clause_re.search(self.target_compared.sub("", clause)) is not None


@dataclass(frozen=True)
class KindKeywords:
    """The keyword lists of ``kinds`` that decide a fact's kind, each compiled to one regex (longest word first)."""

    growth: re.Pattern
    share: re.Pattern          # the share words except 的 (a 的 right before the number is tested on its own)
    level_before: re.Pattern
    count_flow: re.Pattern
    count_new: re.Pattern      # the flow words that say "new" (新增, 新认定 ...): they decide count_flow on their own
    count_stock: re.Pattern
    target_sentence: re.Pattern


@dataclass(frozen=True)
class ForwardRules:
    """Compiled forward-looking rules of ``kinds`` (deadlines, work-plan sections, project programmes)."""

    deadline: re.Pattern
    lead: re.Pattern
    words: re.Pattern
    not_forward: re.Pattern
    program_verbs: re.Pattern
    program_noun: str
    future: re.Pattern
    topic: re.Pattern          # a paragraph's opening words saying what its subject will do (深圳还将…)
    document: re.Pattern       # a plan issued, in a report's lead (南京出台《数字经济发展三年行动计划》): a plan's news
    attain: re.Pattern         # in a work plan, an amount after these (收入达到2750亿元) is a goal, not an item
    citation: re.Pattern       # a paragraph opening by citing a plan (根据规划，…): the plan's contents follow
    review: re.Pattern         # a heading of where things stand (发展基础, 发展现状): a plan's review section


def _alt(words) -> re.Pattern:
    """A regex matching any of ``words`` (longest first)."""
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


# 6个指标达到市确保目标序时进度: 确保目标, 力争目标 name tiers of a target a review measures against, no goal set
_TIER_NOT = "(?!目标)"


def _kind_keywords(k: dict) -> KindKeywords:
    """Compile the keyword lists of the ``kinds`` section of extraction_rules.yml."""
    return KindKeywords(_alt(k["growth"]), _alt(w for w in k["share"] if w != "的"), _alt(k["level_before"]),
                        _alt(k["count_flow"]), _alt(w for w in k["count_flow"] if w.startswith("新")),
                        _alt(k["count_stock"]), re.compile(f"(?:{_alt(k['target_sentence']).pattern}){_TIER_NOT}"))


def _forward_rules(k: dict) -> ForwardRules:
    """Compile the forward-looking entries of the ``kinds`` section of extraction_rules.yml."""
    return ForwardRules(re.compile(k["target_deadline"]), _alt(k["forward_lead"]), _alt(k["forward_words"]),
                        _alt(k["forward_not"]), _alt(k["program_verbs"]), k["program_noun"], _alt(k["plan_future"]),
                        re.compile(k["future_topic"]), re.compile(k["plan_document"]),
                        re.compile(_alt(k["forward_attain"]).pattern + r"\Z"), re.compile(k["plan_citation"]),
                        _alt(k["review_heading"]))


@lru_cache(maxsize=2)
def load_rules(path: str | None = None) -> Rules:
    """Load and compile the extraction rules (regexes compiled once)."""
    doc = yamlio.safe_load(Path(path or CATALOG_DIR / "extraction_rules.yml").read_text(encoding="utf-8"))
    latin = "|".join(sorted((re.escape(u) for u in units.load_units().units if re.fullmatch("[A-Za-z]+", u)),
                            key=len, reverse=True)) or "(?!)"
    for r in doc["non_statistic"]:  # {latin_units}: the units of units.yml written in Latin letters (GWh, MW)
        if r.get("after"):
            r["after"] = r["after"].replace("{latin_units}", f"(?:{latin})")
    nonstat = tuple(
        (r["reason"], re.compile(f"(?:{r['before']})\\Z") if r.get("before") else None,
         re.compile(r["after"]) if r.get("after") else None, r.get("script"))
        for r in doc["non_statistic"])
    any_before = re.compile("|".join(f"(?:{r['before']})\\Z" for r in doc["non_statistic"] if r.get("before")))
    any_after = re.compile("|".join(f"(?:{r['after']})" for r in doc["non_statistic"]
                                    if r.get("after") and not r.get("before")))
    k = doc["kinds"]
    not_words = "|".join(map(re.escape, k["target_not"]))
    sentence_words = f"(?:{'|'.join(map(re.escape, k['target_sentence']))}){_TIER_NOT}"
    clause_words = "|".join(map(re.escape, k["target_clause"]))
    # 要 not after one of the target_not words' characters; the lookbehind follows the literal 要, so every
    # alternative starts with a literal and the regex engine skips in C to a character that can start a match
    target_re = re.compile(rf"(?:{sentence_words}|到20\d\d年|要(?<![{not_words.replace('|', '')}]要)(?!素|求|点)"
                           rf"|{k['target_proposal']})")
    target_clause_re = re.compile(clause_words)
    return Rules(nonstat, any_before, any_after, re.compile(doc["chinese_mention_after"]), re.compile(f"[{doc['digit_name_chars']}]+"),
                 k, re.compile(doc["target_opener"]), target_re, target_clause_re,
                 re.compile("|".join(map(re.escape, k["plan"]))), _alt(k["attribute_before"]),
                 tuple((f["unit"], re.compile(f"(?:{f['before']})\\Z"), re.compile(f["after"]))
                       for f in doc["fact_patterns"]),
                 re.compile(f"(?:{doc['implied_one_before']})({_alt(units.load_units().magnitudes).pattern})"
                            f"(?=元|{doc['implied_one_after']}|(?P<counted>))"),
                 re.compile(f"(?:{doc['one_duration_before']})\\Z"), _forward_rules(k), _kind_keywords(k),
                 re.compile(f"(?:{_alt(k['decrease']).pattern})(?:{doc['decrease_gap']}){_EARLIER_ITEMS}\\Z"),
                 re.compile(f"(?:{k['absolute_change']}){_EARLIER_ITEMS}\\Z"), re.compile(doc["implied_yuan_before"]),
                 re.compile(doc["list_item"]), re.compile(k["change_after_level"]), re.compile(doc["target_compared"]),
                 re.compile(k["plan_ahead"]),
                 (re.compile(f"(?:{doc['implied_people_before']})\\Z"), re.compile(doc["implied_people_after"])))


# the figures listed before the last after one verb (分别下降3.8%、1.8%、|0.5%): the verb governs them all
# (分别比去年第一季度、第三季度增加153亿元、|110.6亿元: the amounts listed before the last after one comparison)
_EARLIER_ITEMS = r"(?:[\d.]+[万亿]*(?:%|％|‰|个百分点|[^\d\s，。；,;、和及与]{0,3})?[、和及与])*"


# ----------------------------------------------------------------------------------------------- candidates
_FIRST_N_END_RE = re.compile(r"行列|[名位强]|[，。；,;！？!?\n]|$")  # 前十, 前十行列: among the first N (not 前两种)
CN_HAS_DIGIT_RE = re.compile("[二两三四五六七八九十零〇一]")


_ONE_OF_RE = re.compile(r"个?位次|个百分点|倍")  # units 一 before them is the number one, no article


def chinese_candidates(text: str, periods: list[PeriodExpr], rules: Rules) -> list[Number]:
    """Chinese numerals that are quantities (followed by a unit) or period/ordinal/name words worth listing."""
    out = []
    in_period = _span_index(periods)
    for m in numbers.CN_NUMERAL_RE.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        if not CN_HAS_DIGIT_RE.search(t):
            continue  # 万, 亿, 百 alone: part of words (万人助万企, 百日攻坚)
        covered = in_period(s) is not None
        listed = covered or text[s - 1: s] == "第" or rules.cn_after.match(text, e) is not None or \
            text[s - 1: s] == "前" and _FIRST_N_END_RE.match(text, e) is not None  # 进入全国前十
        # 较上年上升一位: places moved (extraction_rules.yml rank_move), even one
        moved = text[e: e + 1] in ("位", "名") and text[max(0, s - 4): s].rstrip("了").endswith(
            tuple(rules.kinds["rank_move"]))
        if t == "一" and not listed and not moved and not rules.one_duration.search(text[max(0, s - 6): s]) and \
                not _ONE_OF_RE.match(text, e):
            continue  # 一 is an article or part of an idiom (一批, 一手抓) unless a duration (提前一个月) or a unit
            # only a number takes (上升了一个位次, 增长近一倍, 提高一个百分点)
        listed = listed or moved
        num = _chinese_number(text, s, e, t, listed, rules)
        if num is not None:
            out.append(num)
    for m in rules.implied_one.finditer(text):  # 超亿元 = more than 1 亿元
        mag = m.group(1)
        if m.group("counted") is not None and not _counted_unit(text, m.end(1)):
            continue  # (双双突破万家, 超千人: a magnitude before a measure word counts that many)
        out.append(Number(m.start(1), m.end(1), mag, units.load_units().magnitudes[mag], "chinese"))
    return sorted(out, key=lambda n: n.start)


def _counted_unit(text: str, pos: int) -> bool:
    """Whether a measure word of things counted (家, 人, 个; not a time: 近千年) is written at ``pos``."""
    unit = units.match_unit(text, pos)
    return unit is not None and unit.unit == "count" and unit.multiplier == 1


def _chinese_number(text: str, s: int, e: int, t: str, listed: bool, rules: Rules) -> Number | None:
    """The Number for a Chinese numeral worth a mention (listed, or a quantity with a unit), else None."""
    value = numbers.chinese_value(t)
    if value is None:
        return Number(s, e, t, Decimal(0), "chinese") if listed else None
    if listed:
        return Number(s, e, t, value, "chinese")
    unit = units.match_unit(text, e)
    table = units.load_units()
    if unit is not None and any(unit.written.endswith(w) and unit.written[: -len(w)] in ("", *table.magnitudes)
                                for w, spec in table.units.items() if spec.get("arabic_only")):
        unit = None  # 两头, 三万头: a unit Chinese numerals do not count in (units.yml arabic_only; not 三个百分点,
        # whose 点 is no unit of its own)
    if (unit is None or not unit.unit) and t.endswith(("万", "亿")) and value >= 2:
        return Number(s, e, t, value, "chinese")  # 超过三万亿: an amount whose unit may be implied (finish_unit)
    if unit is None or not unit.unit:
        return None
    one = value == 1 and (unit.unit in ("months", "years") or _ONE_OF_RE.match(text, e) is not None)
    return Number(s, e, t, value, "chinese") if value >= 2 or one else None


def _span_index(periods: list[PeriodExpr]):
    """A function telling whether a clean offset lies inside a period expression (returns it or None)."""
    starts = [p.start for p in periods]
    import bisect

    def inside(pos: int) -> PeriodExpr | None:
        i = bisect.bisect_right(starts, pos) - 1
        return periods[i] if i >= 0 and periods[i].start <= pos < periods[i].end else None
    return inside


def _quotes(text: str, rules: Rules) -> tuple[list[tuple[int, int, str]], set[str]]:
    """Short quoted strings (spans and contents) and the set of quoted digit names ("1015", "1+13+N")."""
    spans = [(m.start(), m.end(), m.group()[1:-1]) for m in QUOTE_RE.finditer(text)]
    names = {c for _, _, c in spans if rules.digit_name.fullmatch(c) and _ANY_DIGIT_RE.search(c)}
    return spans, names


# ----------------------------------------------------------------------------------------------- classification
def is_heading(text: str, ps: int, pe: int) -> bool:
    """A heading: a short paragraph that does not end with sentence punctuation (closing quotes aside)."""
    if pe - ps > HEADING_MAX_CHARS:
        return False
    body = text[ps:pe].rstrip().rstrip("”’」』\"')）)")
    return bool(body) and body[-1] not in "。！？!?；;：:…"


def classify_structural(ms: list[Mention], text: str, periods: list[PeriodExpr], paras, rules: Rules) -> None:
    """Non-statistics decided by position: inside a period expression, a quote or a digit name.

    Each period expression and quote marks the mentions starting inside it (found by bisect over the mentions'
    starts, so the cost follows the number of expressions, not of mentions); names are then checked only when the
    text quotes any.
    """
    import bisect
    starts = [m.start for m in ms]

    def starting_in(s: int, e: int) -> list[Mention]:
        return ms[bisect.bisect_left(starts, s): bisect.bisect_left(starts, e)]

    for p in periods:  # period expressions do not overlap
        for m in starting_in(p.start, p.end):
            m.nonstat(PERIOD_REASON.get(p.kind, "period"))
    for ps, pe in paras:  # "25年创新驱动，科创载体引领未来": a heading's slogan opening with a span of years
        for m in starting_in(ps, ps + 1):
            if not m.status and text.startswith("年", m.end) and is_heading(text, ps, pe):
                m.nonstat("heading")
    qspans, digit_names = _quotes(text, rules)
    tiers = {qs for qs, qe, c in qspans if _RANK_TIER_RE.fullmatch(c) and _AFTER_TIER_RE.match(text, qe) or
             _PLACE_ORDINAL_RE.fullmatch(c)}
    for qs, qe, c in qspans:  # neither do quotes, but for a catchphrase stating an amount (“GDP冲上5万亿”) or a tier
        if rules.implied_yuan.search(c) and _MAGNITUDE_AFTER_RE.search(c) or qs in tiers or _SPOKEN_RE.search(c) or \
                _QUOTED_FIGURE_RE.fullmatch(c) and _AFTER_QUOTED_FIGURE_RE.match(text, qe):
            continue
        for m in starting_in(qs, qe):
            if not m.status and qs < m.start and m.end < qe:
                m.nonstat("name")
    pstarts = [p[0] for p in paras]
    para_names: dict[int, set[str]] = {}
    for qs, _, c in qspans:
        if c in digit_names:
            para_names.setdefault(max(0, bisect.bisect_right(pstarts, qs) - 1), set()).add(c)
    cn_quoted = {c for qs, _, c in qspans if numbers.CN_NUMERAL_RE.match(c) and len(c) >= 2 and qs not in tiers}
    if not (digit_names or cn_quoted):  # para_names holds digit names only
        return
    para_numbers: dict[int, set[str]] = {}
    for m in ms:
        para_numbers.setdefault(m.para, set()).add(m.num.text)
    for m in ms:
        if m.status:
            continue
        t = m.num.text
        if m.num.script == "arabic" and t in digit_names and len(t) >= 2:
            m.nonstat("name")  # “5020”项目 … 5020项目 (not 2亿台 after 迈入“2”字头: one digit is any number)
        elif m.num.script == "arabic" and len(t) >= 2 and m.para in para_names and any(
                n != t and (n.startswith(t) or n.endswith(t)) and (
                    n.replace(t, "", 1) in para_numbers[m.para] or n in text[full_sentence_start(text, m.start): m.start])
                for n in para_names[m.para]):
            # “1015”战略 (10项改革、15项行动), “1015”战略统筹推进10项改革: a part of the name, with its other part or
            # the name itself in its sentence (not 20个 a sentence after “5020”项目)
            m.nonstat("name_component")
        elif m.num.script == "chinese" and any(text.startswith(q, m.start) for q in cn_quoted):
            m.nonstat("name")


BEFORE_CHARS = 60  # the words before a number its rules read: a clause (有10个城市经济总量超5000亿元大关; a
# structure and its change, 结构由上年的10.4 : 37.1 : 52.5调整为11.4 : 36.2 : 52.4)


def classify_rules(m: Mention, text: str, rules: Rules) -> None:
    """The YAML rules on the words around an undecided number: a fact pattern makes it a fact whatever its unit
    (位居全市第一 -> rank 1); else the first non-statistic rule matching gives its reason."""
    before = text[max(0, m.start - BEFORE_CHARS): m.start]
    for i, (unit, bre, are) in enumerate(rules.fact_patterns, 1):
        if bre.search(before) and are.match(text, m.end):
            m.unit = units.UnitMatch(m.end, "", unit, Decimal(1), "")
            m.status, m.rule = "fact", f"fact_patterns #{i}"
            return
    if not rules.any_after.match(text, m.end) and not rules.any_before.search(before):
        return  # a rule matches only if its before pattern (or, lacking one, its after pattern) does
    for i, (reason, bre, are, script) in enumerate(rules.nonstat, 1):
        if script and script != m.num.script or reason == "threshold" and _is_fraction_word(m):
            continue
        if bre is not None and not bre.search(before):
            continue
        if are is not None and not are.match(text, m.end):
            continue
        m.nonstat(reason)
        m.rule = f"non_statistic #{i}"
        return


def _is_fraction_word(m: Mention) -> bool:
    """一半, 三成, 三分之一: a part of the class written after it (超过一半的企业, 三成以上企业), its share, never a bound
    on what each member has, as 超过30%的企业 or 10亿元以上项目 may be."""
    return m.num.preset is not None and m.num.preset[1] == "fraction"


def attach_units(ms: list[Mention], text: str) -> None:
    """Find each undecided mention's unit; a unit written once after a list applies to every item of it."""
    for m in ms:
        if not m.status and m.unit is None:
            m.unit = units.match_unit(text, m.end)
    for a, b in zip(reversed(ms[:-1]), reversed(ms[1:])):
        if a.status or b.status or b.unit is None or not b.unit.unit:
            continue
        end_a = a.unit.end if a.unit else a.end
        gap = text[end_a: b.start].strip()
        written_a = a.unit.written if a.unit else ""
        if gap in ("、", "和", "及", "与", "或") and b.unit.written.startswith(written_a) and \
                b.unit.written != written_a:
            a.unit = units.UnitMatch(end_a, b.unit.written, b.unit.unit, b.unit.multiplier,
                                     a.unit.qualifier if a.unit else "")


def finish_unit(m: Mention, text: str) -> None:
    """Non-statistic if no usable unit remains; per-capita context units; rank only in a ranking context."""
    if m.status:
        return
    if (m.unit is None or not m.unit.unit) and _implied_yuan(m, text):
        end, written = (m.unit.end, m.unit.written) if m.unit else (m.end, "")
        m.unit = units.UnitMatch(end, written, "yuan", m.unit.multiplier if m.unit else Decimal(1),
                                 m.unit.qualifier if m.unit else "")
    if (m.unit is None or not m.unit.unit) and _implied_people(m, text):
        end, written = (m.unit.end, m.unit.written) if m.unit else (m.end, "")
        m.unit = units.UnitMatch(end, written, "count", m.unit.multiplier if m.unit else Decimal(1),
                                 m.unit.qualifier if m.unit else "")
    declared = _declared_unit(m, text) if m.unit is None or not m.unit.unit else None
    if declared is not None:  # 部分城市上半年GDP（单位：亿元）及增速：杭州 9,648.0，5.2%: the table's unit
        m.unit = units.UnitMatch(m.unit.end if m.unit else m.end, "", declared.unit, declared.multiplier,
                                 m.unit.qualifier if m.unit else "")
    if m.unit is None or not m.unit.unit:
        m.nonstat("phone" if m.num.script == "arabic" and len(m.num.text) >= 7 else "no_unit")
        return
    ctx_unit = units.context_unit(text[max(0, m.start - CONTEXT_UNIT_REACH): m.start])
    if ctx_unit:
        m.unit = units.UnitMatch(m.unit.end, m.unit.written, ctx_unit, m.unit.multiplier, m.unit.qualifier)
    m.status = "fact"


_DECLARED_UNIT_RE = re.compile(r"单位\s*[：:]\s*")


def _declared_unit(m: Mention, text: str) -> units.UnitMatch | None:
    """The unit a sentence, or the caption of the table a figure is in a row of, declares before an Arabic number
    printed without one (（单位：亿元）), or None."""
    if m.num.script != "arabic":
        return None
    declared = None
    for declared in _DECLARED_UNIT_RE.finditer(text, full_sentence_start(text, m.start), m.start):
        pass
    caption = table_caption(text, m.start) if declared is None else None
    declared = _DECLARED_UNIT_RE.search(text, *caption) if caption else declared
    got = units.match_unit(text, declared.end()) if declared is not None else None
    return got if got is not None and got.unit else None


# a row of a table printed as lines, once cleaned: a name, then two figures or more (苏州4,961.6亿元18.3%, 广东135673.16
# 4.8%; as clean.SPACED_ROW_RE);
# a header: column names, no figure nor punctuation (省份地区生产总值增速)
_ROW_LINE_RE = re.compile(r"[^\d\s，。；,;：:！？!?、]{1,16}?\s?(?:[-−]?\d[\d,]*(?:\.\d+)?\s?[^\d\s，。；,;：:]{0,4}\s?){2,8}")
_HEADER_LINE_RE = re.compile(r"[^\d，。；,;：:！？!?、（）()]{2,30}")
_GROWTH_COLUMN_RE = re.compile("增速|增长|增幅")  # a caption or header naming growth rates, or shares
_SHARE_COLUMN_RE = re.compile("比重|占比|份额")
RATE_COLUMN_RE = re.compile(f"^占|{_SHARE_COLUMN_RE.pattern}|{_GROWTH_COLUMN_RE.pattern}")  # a column of rates
CAPTION_MAX = 60  # characters: a caption longer than this is a paragraph, no table's


def in_table_row(text: str, pos: int) -> bool:
    """True when ``pos`` is on a line that is a row of a table printed as lines (武汉17716.76亿元增长12.2%)."""
    ls, le = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return _ROW_LINE_RE.fullmatch(text, ls, le if le >= 0 else len(text)) is not None


def table_caption(text: str, pos: int) -> tuple[int, int] | None:
    """For a figure in a row of a table printed as lines: the span of the caption above its rows (一季度苏南五市地区
    生产总值及增速, above a header of its columns or not); None when the figure's line is no such row, or the line
    above the rows ends a sentence (no caption)."""
    if not in_table_row(text, pos):
        return None
    ls = text.rfind("\n", 0, pos) + 1
    lines = []  # the lines above the row, nearest first, up to the first that is no row
    while ls > 0 and len(lines) < 2:
        pe, ls = ls - 1, text.rfind("\n", 0, ls - 1) + 1
        if not lines and _ROW_LINE_RE.fullmatch(text, ls, pe):
            continue
        lines.append((full_sentence_start(text, pe), pe))  # (…。以下为部分设区市的情况（增加值／增速）：the last
    # sentence of a paragraph opens the table after it)
    if not lines or text[lines[0][1] - 1: lines[0][1]] in FULL_STOPS or lines[0][1] - lines[0][0] > CAPTION_MAX:
        return None
    if len(lines) == 2 and (_HEADER_LINE_RE.fullmatch(text, *lines[0]) or is_grid_header(text[slice(*lines[0])])) and \
            text[lines[1][1] - 1: lines[1][1]] not in FULL_STOPS and lines[1][1] - lines[1][0] <= CAPTION_MAX:
        return lines[1]  # a header of the columns, under its caption
    return lines[0]


_COLUMNS_RE = re.compile(r"[（(]([^（()）／/、|]+(?:[／/、|][^（()）／/、|]+)+)[)）]")  # （增加值／占GDP比重／增速）
_COLUMN_SEP_RE = re.compile("[／/、|]")
_CELL_RE = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")


PAIRED_RATE_RE = re.compile(r"(?:及|和|与)(占[^，。；,;及和与]{1,12}?(?:比重|比例)|增速|增幅)(?=[^，。；,;]{0,8}[：:]?\s*\Z)")
# (a caption naming a level and a rate of it: …增加值及占GDP比重如下：, …地区生产总值及增速)


def table_columns(text: str, pos: int) -> tuple[list[str], int]:
    """The columns a table's caption names in an aside (以下为…情况（增加值／占GDP比重／增速）：) and the index of the
    one the figure at ``pos`` stands in, for a row with one figure per column; ([], -1) otherwise."""
    caption = table_caption(text, pos)
    named = _COLUMNS_RE.search(text, *caption) if caption else None
    paired = PAIRED_RATE_RE.search(text, *caption) if caption and named is None else None
    if named is None and paired is None:
        return [], -1
    # (…核心产业增加值及占GDP比重如下：a level's column, named by the caption's measure, then its share's)
    columns = [c.strip() for c in _COLUMN_SEP_RE.split(named.group(1))] if named else ["", paired.group(1)]
    ls, le = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    cells = [c.start() for c in _CELL_RE.finditer(text, ls, le if le >= 0 else len(text))]
    return (columns, cells.index(pos)) if len(cells) == len(columns) and pos in cells else ([], -1)


CONTEXT_UNIT_REACH = 24  # characters before a number read for a unit its words imply (每万名从业人员中研发人员数量达到)
FULL_STOPS = "。！？!?\n"


def full_sentence_start(text: str, pos: int) -> int:
    """Where the full sentence holding ``pos`` starts: a semicolon joins the statements of one sentence
    (宁德去年GDP增长13.3%，…；3151.08亿元的经济总量…), only a full stop or a line break ends it."""
    lo = max(0, pos - SENTENCE_REACH)  # looked for near pos first: a long text without line breaks is not rescanned
    found = max(text.rfind(c, lo, pos) for c in FULL_STOPS)
    return found + 1 if found >= 0 or lo == 0 else max(text.rfind(c, 0, lo) for c in FULL_STOPS) + 1


SENTENCE_REACH = 2000  # characters: longer than any sentence, shorter than a report


def _implied_people(m: Mention, text: str) -> bool:
    """A number in 万 with no unit right after a word of population (总人口18.2万) or right before a people noun
    (484万建档立卡贫困人口, extraction_rules.yml ``implied_people_*``) counts people; so does a Chinese numeral ending
    in its magnitude (常住人口超过两千万的成都)."""
    if not (m.unit.written if m.unit else m.num.text).endswith(("万", "亿")):
        return False
    before, after = load_rules().implied_people
    start = full_sentence_start(text, m.start)
    return before.search(text, start, m.start) is not None or after.match(text, m.unit.end if m.unit else m.end) \
        is not None


def _implied_yuan(m: Mention, text: str) -> bool:
    """An amount in 亿 with no unit after a money word of its sentence (GDP首次超过三万亿, 冲击4000亿产值,
    市值突破万亿) is in yuan: the unit is implied, ``unit_as_written`` keeps what is printed."""
    scale = m.unit.written if m.unit else m.num.text
    if not scale.endswith("亿"):
        return False
    start = full_sentence_start(text, m.start)
    money = load_rules().implied_yuan
    return money.search(text, start, m.start) is not None or money.match(text, m.unit.end if m.unit else m.end) is not None


@lru_cache(maxsize=1)
def _before_qualifier_re() -> re.Pattern:
    """Qualifiers written before a number (units.yml ``qualifiers.before``), anchored at the number."""
    words = sorted(units.load_units().before_qualifiers, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})\\Z")


def qualify(m: Mention, text: str, rules: Rules, clause_start: int) -> None:
    """Qualifier written before the number (超, 近, 前 ...) and the rank/count/positions reading of 位, 名, 强: 位 right
    after a move (extraction_rules.yml ``rank_move``: 连升12位) counts places moved; after 前 (前三位) or in a ranking
    context it is a rank; else a count of people (12位专家); 名 after 前 or 第 is a place (前100名, 第七名).

    ``clause_start``: where the mention's clause starts (its words before the number tell a rank from a count).
    """
    # the qualifier words are literal, so searching up to endpos is searching the two characters before the number
    hit = _before_qualifier_re().search(text, max(0, m.start - 2), m.start)
    pre = hit.group() if hit else ""
    if pre == "前" and not m.unit.written.endswith(("名", "强", "位")):
        pre = ""  # 提前一个月: 前 qualifies only a top-N rank (前100名)
    after = m.unit.qualifier
    m.qualifier = pre if pre == after else pre + after  # each qualifier once
    u = m.unit
    bracketed = text[m.start - 1: m.start] in ("(", "（")  # 宜都市(50名)、汉阳区(56位): a listed place's rank
    if u.unit == "rank" and u.written.endswith("位") and \
            _LIST_ITEMS_RE.sub("", text[clause_start: m.start]).rstrip("了").endswith(tuple(rules.kinds["rank_move"])):
        m.unit = units.UnitMatch(u.end, u.written, "positions", u.multiplier, u.qualifier)  # 连升12位: places moved
    elif u.unit == "rank" and u.written.endswith("位") and not m.num.preset and pre != "前" and not bracketed and \
            not any(w in text[clause_start: m.start] for w in rules.kinds["rank_context"] + ["从", "至"]) and \
            not _RANK_VERB_RE.search(_SCOPED_ITEMS_RE.sub("", text[clause_start: m.start])) and \
            not _MOVED_TO_RANK_RE.match(text, u.end):  # (由24位上升到第4位: the rank it moved from)
        m.unit = units.UnitMatch(u.end, u.written, "count", u.multiplier, u.qualifier)
    elif u.unit == "count" and u.written.endswith("名") and (pre == "前" or text[m.start - 1: m.start] == "第" or
                                                           (bracketed and _NAME_BEFORE_BRACKET_RE.search(text, 0, m.start - 1))):
        m.unit = units.UnitMatch(u.end, u.written, "rank", u.multiplier, u.qualifier)  # 前100名, 位居第七名: a place


def _nearest(text: str, words: re.Pattern) -> int:
    """Start of the last match of the keyword regex ``words`` in ``text`` (-1 if none)."""
    last = None
    for last in words.finditer(text):
        pass
    return -1 if last is None else last.start()


# a percentage written right after a comparison (比全国平均单产高19%, 较上年低2%): the relative difference
COMPARED_RATE_RE = re.compile(r"(?:比|较)([^，。；,;比较\d减增]{1,12}?)(?:高出?|低|多出?|少)了?\s*\Z")
_EARLIER_BASE_RE = re.compile(r"上年|去年|同期|上月|年|季度|月份?|以前|之前")


def _percent_kind(before: str, after: str, clause: str, sentence: str, rules: Rules) -> str:
    """growth_rate or share for a percentage: growth when a growth word follows it (5%左右的增长, 以目前10%的增速:
    the rate names itself), else by the nearest keyword (clause first, then sentence)."""
    k = rules.keywords
    moved = _FROM_SIDE_RE.search(clause) and _TO_AFTER_RE.match(after) or _RISEN_TO_RE.search(clause)
    if moved:  # 占比由…的42%提升至56.9%: the levels a share moved between; a growth rate's (增速由一季度的5%提高到8%)
        return "growth_rate" if _RATE_MOVED_RE.search(clause) else "share"
    if _GROWTH_AFTER_RE.match(after) or (after[:1] == "的" and k.growth.match(after, 1)):
        return "growth_rate"
    if before.endswith("的"):
        return "share"
    compared = COMPARED_RATE_RE.search(clause)
    if compared:  # 比全国平均单产高19%: how much more than another's (比上年高2%: than last year's, a growth)
        return "growth_rate" if _EARLIER_BASE_RE.search(compared.group(1)) else "change"
    for ctx in (clause, sentence):
        ctx = ctx.replace("增长率", "增长")  # 增长率分别为282.67%: a rate of growth, no share (率)
        g, s = _nearest(ctx, k.growth), _nearest(ctx, k.share)
        if g >= 0 or s >= 0:
            return "growth_rate" if g > s else "share"
    return "share"


_SHARE_OF_GOAL_RE = re.compile(r"(?:占|完成)[^，。；,;]{0,12}?(?:目标|计划|任务)[^，。；,;]{0,16}?的")


_MOVED_TO_RANK_RE = re.compile(r"\s*(?:上升|提升|前移|前进|跃升|攀升|下降|后移|后退|下滑)(?:到|至)[^，。；,;\d]{0,4}?(?:\d{4}年的?)?第")
_DONE_SO_FAR_RE = re.compile(r"已(?:经)?(?:竣工|完工|建成|投产)")
_TOTAL_ITEM_RE = re.compile(r"、\s*(?:累计|总数达到|总数达|总数|共计)(?:达到|达)?\s*(?:\d|\Z)")  # 7家、累计28家


def _count_kind(clause: str, after_clause: str, sentence: str, rules: Rules) -> str:
    """count_flow or count_stock by the nearest flow/stock keyword (clause, words after, sentence), quoted names
    blanked out (:func:`_unquote`; each context only when the ones before it have no keyword)."""
    k = rules.keywords
    clause = _unquote(clause)
    if GROUP_RANKED_RE.match(after_clause):
        return "count_stock"  # 在2021年度全国217家国家级开发区综合考评中位列第13位: the group ranked in, whatever was done
    if _TOTAL_ITEM_RE.search(clause):
        return "count_stock"  # 新增…企业7家、累计28家: the total to date, listed after what the period added
    if _TOTAL_ITEM_RE.match(after_clause):
        return "count_flow"  # 省级制造业单项冠军8家、累计18家: what the period added, before the total to date
    if k.count_new.search(clause):  # any "new" word in the clause
        return "count_flow"
    if _FROM_TO_COUNT_RE.search(clause):
        return "count_stock"  # 规上工业企业从39家增加至117家: how many there were, then and now
    if _GROUP_OPENING_RE.fullmatch(clause) and _GROUP_TOTAL_RE.match(after_clause):
        return "count_stock"  # 137个市重点项目完成投资236.8亿元: the group whose total the clause goes on to give
    if _PERIOD_TOTAL_RE.search(clause):
        return "count_flow"  # 全年累计36.21万人, 2020年已累计到发5列: what a period added up to, not a total to date
    if _TO_MONTH_END_RE.search(sentence) and k.count_flow.search(clause[-4:]) and \
            _VERB_BEFORE_COUNT_RE.search(clause) and "累计" not in clause:
        return "count_flow"  # 截至4月底，500个省重大项目开工331个: how many the verb right before did this year, to
        # the month's end (截至目前, a total to date, stays a stock)
    if "累计" in clause and _YEARS_SPAN_RE.search(sentence) and not TO_DATE_RE.search(sentence):
        return "count_flow"  # 近五年，全省累计实施…项目1200余项, “十三五”期间累计签约项目600个: what the years added up to
    if TO_DATE_RE.search(sentence) or _RANKED_IN_RE.match(after_clause) or "累计" in clause or \
            _DONE_SO_FAR_RE.search(clause):
        return "count_stock"  # 截至目前，我市共培育…205家, 累计实施项目1323个: a total to date; 名列全省84个县(区)第9名:
        # the group ranked in; 已竣工项目共50个: what is done so far
    f, s = _nearest(clause, k.count_flow), _nearest(clause, k.count_stock)
    if f < 0 and _THERE_ARE_RE.search(clause):
        fa, sa = _first(_unquote(after_clause), k.count_flow), _first(_unquote(after_clause), k.count_stock)
        if fa >= 0 and (sa < 0 or fa < sa):
            return "count_flow"  # 襄阳市元月有23个重大项目开工: 有 only introduces the count of what the verb after did
    if f >= 0 or s >= 0:
        return "count_flow" if f > s else "count_stock"
    after_clause = _unquote(after_clause)
    f, s = _first(after_clause, k.count_flow), _first(after_clause, k.count_stock)
    if f >= 0 or s >= 0:
        return "count_flow" if s < 0 or (0 <= f < s) else "count_stock"
    sentence = _unquote(sentence)
    f, s = _nearest(sentence, k.count_flow), _nearest(sentence, k.count_stock)
    if f >= 0 or s >= 0:
        return "count_flow" if f > s else "count_stock"
    return "count_stock"


_TO_MONTH_END_RE = re.compile(r"(?:截至|截止)(?:\d{4}年)?\d{1,2}月(?:底|末)")
_VERB_BEFORE_COUNT_RE = re.compile(r"\d\s*[个家座所项]\s*[^，。；,;\d共]{2,12}?\s*\Z")  # a counted group, then its verb
_THERE_ARE_RE = re.compile(r"(?<![拥共现])有\s*\Z")  # 有 right before a count (not 拥有, 共有, 现有: totals held)
_GROUP_OPENING_RE = re.compile(r"\s*(?:其中|全市|全省|全区|全县)?[，,]?\s*")  # a count opening its clause
_GROUP_TOTAL_RE = re.compile(r"[^，。；,;\d]{1,20}?(?:共|累计|分别)?(?:完成|实现)[^，。；,;\d]{0,10}\d")
_FROM_TO_COUNT_RE = re.compile(r"(?:[从由]|(?:增加|增长|提高|上升|减少|下降|扩大|发展)(?:到|至))\s*\Z")
_PERIOD_TOTAL_RE = re.compile(r"(?:年|月份?|季度|半年)(?:来|以来)?(?:已|共)?累计")  # 全年累计, 6月份累计, 五年来累计: a
# period's total
# a span of years a sentence reviews (近五年, 过去五年, “十三五”期间, 五年来; not “十三五”以来, running up to now)
_YEARS_SPAN_RE = re.compile(r"(?:近|过去的?|这)[一二两三四五六七八九十\d]+年|[一二两三四五六七八九十\d]+年来|"
                            r"十[一二三四五]五”?(?:期间|时期)")
TO_DATE_RE = re.compile(r"(?:^|[，。；,;])(?:截至|截止)")  # 截至目前，…: what follows is a total to date
_RANKED_IN_RE = re.compile(r"[^，。；,;\d]{0,8}?(?:中)?(?:第|前)[\d一二三四五六七八九十]")
# the words after a count of the group a rank is in (169个国家级高新区|中位居第七名, 126家省级以上开发区综合考评|中位列)
GROUP_RANKED_RE = re.compile(r"[^，。；,;]{0,14}中[^，。；,;]{0,4}?(?:位居|位列|排名|排在|居|列)")


def _first(text: str, words: re.Pattern) -> int:
    """Start of the first match of the keyword regex ``words`` in ``text`` (-1 if none)."""
    m = words.search(text)
    return m.start() if m else -1


QUOTED_RE = re.compile(r"“[^“”]*”")


def _unquote(text: str) -> str:
    """Blank out quoted names so their words do not count as keywords (“一窗受理” is not 受理)."""
    return QUOTED_RE.sub(lambda q: "“" + "_" * (len(q.group()) - 2) + "”", text) if "“" in text else text


_COMPARED_CHANGE_RE = re.compile(r"(?:比|较)[^，。；,;\d]{0,6}?(?:缩小|扩大|下降|降低|提高|减少)了?\s*\Z")  # 比上年缩小|0.06
_PULLED_RE = re.compile(r"(?:拉动|上拉|带动)[^，。；,;\d]{0,12}?(?:增长|增速)了?\s*$")  # 拉动全市经济增长|0.9个百分点
BASE_KIND = {"fraction": "share", "pp": "change", "rank": "rank", "positions": "rank_change", "times": "ratio", "years": "duration",
             "months": "duration", "quarters": "duration"}


RATES = ("percent", "permille")  # rates of a whole: shares, or growth when a growth word says so
FORWARD_RATES = (*RATES, "pp", "positions", "rank", "times")  # in a work plan these are goals, not amounts


def is_attribute(m: Mention, text: str, clause_start: int, rules: Rules) -> bool:
    """True for an amount written as an attribute of the thing after 的 (总投资100亿元的焦作恒大文旅城项目,
    extraction_rules.yml ``attribute_before``): it describes that thing, whatever the sentence plans or reports."""
    return m.unit.unit not in (*RATES, "pp") and text.startswith("的", m.unit.end) and \
        rules.attribute_re.search(text[max(clause_start, m.start - 8): m.start]) is not None


_PAST_YEAR_RE = re.compile(r"到(20\d\d)年")
_YEAR_BEFORE_RE = re.compile(r"((?:19|20)\d\d)年?\Z")


def _past_year_end(clause: str, at: int, pub) -> bool:
    """True when the year-end a deadline names is of a year before the publication year (2020年底达到675万人 in a
    2022 review): what was reached by then, no goal."""
    year = _YEAR_BEFORE_RE.search(clause, 0, at + 1 if clause[at: at + 1] == "年" else at)
    return year is not None and pub is not None and int(year.group(1)) < pub.year


_GOAL_OF_RE = re.compile(r"(?:目标|任务)(?:任务|数)?\s*\Z")  # 完成全年目标任务|7家的114.29%
_COMPLETED_SHARE_RE = re.compile(r"的\s*\d+(?:\.\d+)?\s*[%％]")
_GOAL_THEN_SHARE_RE = re.compile(r"(?:年度|全年)?(?:目标任务|目标|任务数?)的\s*\d+(?:\.\d+)?\s*[%％]")


def sets_goal(sentence: str, rules: Rules, pub=None) -> bool:
    """True when a target word of extraction_rules.yml governs ``sentence`` (力争, 要, 到2025年, 报告提出，…). A
    deadline year before the publication year is no goal but the end of a review (由2016年的300家增加到2021年的800余
    家, in a 2022 report)."""
    for hit in rules.target_re.finditer(sentence):
        year = _PAST_YEAR_RE.fullmatch(hit.group())
        if year and pub is not None and int(year.group(1)) < pub.year:
            continue
        if pub is not None and re.fullmatch(rules.kinds["target_proposal"], hit.group()) and any(
                int(y) < pub.year for y in _YEAR_RE.findall(sentence, hit.end())):
            continue  # 报告提出，预计2011年全市生产总值为2060亿元 in 2012: a report's review of a past year, no goal
        return True
    return False


_YEAR_RE = re.compile(r"(?<![\d.])((?:19|20)\d\d)年")


def kind(m: Mention, text: str, spans: dict, rules: Rules, target: bool, forward: bool = False, pub=None) -> str:
    """The fact's kind (spec): plan/target first, then by unit and keywords.

    ``target``: the figure is in a list opened by a target opener; ``forward``: it is in a forward-looking
    (work-plan) section, where amounts are plans and rates are targets unless a target word governs them, and so are
    counts of entities to be gained (extraction_rules.yml ``forward_gains``: 新增…企业500家). ``pub``: the
    publication date (:class:`PubDate`), which makes a past 到YYYY年 no deadline.
    """
    (cs, ce), ss = spans["clause"], spans["sentence"][0]
    clause, sentence = text[cs: m.start], text[ss: m.start]
    unit = m.unit.unit
    period = m.extra.get("table_period")
    if period and (m.extra.get("table_goal") or pub is not None and last_year(period) > pub.year):
        return "target"  # a grid's column of a year to come (2025年), or one its header calls the goal
    if period:
        target = forward = False  # (a grid's base year, written under a plan's goals, is no goal)
    if m.extra.get("table_kind"):
        return m.extra["table_kind"]  # a number in a table's growth column (比上年增长(%))
    caption = table_caption(text, m.start) if unit in RATES else None
    columns, i = table_columns(text, m.start) if caption else ([], -1)
    if columns and (_SHARE_COLUMN_RE.search(columns[i]) or columns[i].startswith("占")):
        return "share"  # （增加值／占GDP比重／增速） / 苏州3,025.6亿元15.0%10.2%: the column the figure stands in
    if unit in RATES and not caption and not clause.strip():  # 部分城市上半年GDP（单位：亿元）及增速：杭州 9,648.0，5.2%：
        opened = full_sentence_start(text, m.start)  # a list's item with no words of its own, under its opener
        colon = max(text.rfind("：", opened, m.start), text.rfind(":", opened, m.start))
        caption = (opened, colon) if colon >= 0 and text.find("，", colon, m.start) > 0 else None
    named = text[caption[0]: m.start] if caption else ""
    if (columns and _GROWTH_COLUMN_RE.search(columns[i]) or
            named and not columns and _GROWTH_COLUMN_RE.search(named) and not _SHARE_COLUMN_RE.search(named)) and \
            not rules.sets_target(clause):
        return "growth_rate"  # 一季度苏南五市地区生产总值及增速 / 苏州4,961.6亿元18.3%: a table of growth rates (not a
        # line setting a goal under a headline, 今年GDP预期增长7.5%左右, that reads like a caption)
    if _GOAL_OF_RE.search(clause) and _COMPLETED_SHARE_RE.match(text, m.unit.end) or \
            _GOAL_THEN_SHARE_RE.match(text, m.unit.end):
        return "target"  # 完成全年目标任务7家的114.29%, 完成全年43亿元目标任务的34.82%: the goal a share of it is
        # completed of
    if is_attribute(m, text, cs, rules):
        return "level"  # 总投资100亿元的…项目: the size of what follows, not a plan or a goal
    own = "" if _PARTITIVE_RE.search(clause) else clause
    if unit not in (*RATES, "times") and (rules.plan_re.search(own) or rules.plan_ahead.search(own)):
        # (是2012年计划投资的3.9倍: a ratio to a planned amount is a ratio; 112个计划新开工项目中94个项目开工: the plan
        # word is the count's before, the planned things it counts, 94 of them started)
        return "plan"
    if unit == "count" and rules.plan_re.match(text, m.unit.end):
        return "plan"  # 127个计划新开工项目: a count of the things planned
    if unit == "count" and _programme(text, (cs, ce), clause, sentence, rules, pub):
        return "plan"
    deadline = rules.forward.deadline.search(clause)
    if deadline and not _past_year_end(clause, deadline.start(), pub):
        return "target"  # 年底前完成总工程量的30%: a deadline makes even a share a goal
    char_before = text[m.start - 1] if m.start else ""
    if unit in RATES and char_before == "的" and not _RATE_MOVED_RE.search(clause):
        return "share"  # (not 增速由一季度的5%提高到8%: a growth rate's move)
    full = full_sentence_start(text, m.start)  # 力争A；B: 力争 reaches across semicolons
    itemized = sentence
    if text.startswith("其中", full) and full > 0:  # the parts of the sentence before: 截止到4月末，…累计23个。其中，
        before = full_sentence_start(text, full - 1)  # 签约项目11个 (a stock, as the total); …的预期目标。其中GDP增长
        itemized = text[before: m.start]  # 6.5%左右: the parts of what it set (not a goal a share is of,
        said = _SHARE_OF_GOAL_RE.sub("", text[before: full])  # 占年度目标1505亿元的27.5%)
        if sets_goal(said, rules, pub) or rules.keywords.target_sentence.search(said):
            full, sentence = before, itemized
    if target or sets_goal(sentence, rules, pub) or rules.sets_target(clause) or \
            rules.keywords.target_sentence.search(text, full, m.start):
        return "target"
    if forward and unit not in ("years", "months", "quarters"):
        if rules.forward.attain.search(clause.rstrip()):
            return "target"  # 电子信息制造业收入达到2750亿元, 覆盖率达90%以上: a level to reach
        if unit in RATES and rules.keywords.share.search(clause[-4:]):
            return "share"  # 个数占比28.3%: how a plan is made up, not a goal (no target word governs it)
        if unit in FORWARD_RATES or (unit == "count" and any(w in clause for w in rules.kinds["forward_gains"])):
            return "target"  # 新增国家高新技术企业500家: entities to be gained are an outcome to reach, not an item scheduled
        return "plan"
    if unit == "fraction" and rules.keywords.growth.search(clause[-4:]):
        return "growth_rate"  # 同比增长7成多: a growth written as tenths
    if unit == "times" and _COMPARED_CHANGE_RE.search(clause):
        return "change"  # 城乡居民收入比为1.93，比去年同期缩小0.03: the change of a ratio, not a multiple
    if unit == "pp" and _PULLED_RE.search(clause):
        return "share"  # 拉动经济增长0.5个百分点: the part of a growth a sector makes up (as 贡献率 is), no difference
    if unit in BASE_KIND:
        return BASE_KIND[unit]
    if unit in RATES and (_RATIO_SIGN_RE.match(text, m.unit.end) or _RATIO_SIGN_RE.search(text, m.start - 3, m.start)):
        return "share"  # 三次产业增加值结构为6.0:46.9:47.1: each part of a structure is a share of the whole
    if unit in RATES:
        return _percent_kind(char_before, text[m.unit.end: m.unit.end + 12], clause, sentence, rules)
    if unit == "count":
        if rules.keywords.level_before.search(clause[-8:]):
            return "level"
        if m.unit.written.endswith("次"):
            return "count_flow"  # 外出招商30次, 161批次, 接待游客5000万人次: times something happened, a flow
        return _count_kind(clause, text[m.unit.end: ce], itemized, rules)
    return "level"


_RATIO_SIGN_RE = re.compile(r"\s*[:：∶]\s*(?=\d)|[:：∶]\s*\Z")  # a part of a structure written as a ratio (6.0:46.9)


def _programme(text: str, clause_span: tuple[int, int], clause: str, sentence: str, rules: Rules, pub=None) -> bool:
    """True when a count (the caller checks the unit) is of projects scheduled by a forward-looking sentence
    (将强力推进228个重点项目, 今明两年要…实施重点项目25个): a plan even under a sentence-level target word, unless
    力争/确保/目标/预期 is in the count's own clause (extraction_rules.yml ``program_verbs``, ``program_noun``,
    ``plan_future``)."""
    f = rules.forward
    if text.find(f.program_noun, *clause_span) < 0 or not f.program_verbs.search(clause):
        return False
    if rules.sets_target(clause) or rules.keywords.target_sentence.search(clause):
        return False
    return bool(f.future.search(clause) or sets_goal(sentence, rules, pub))
