"""Assemble facts from a report: every number in the clean text becomes a mention, classified as a fact or as a
non-statistic with a reason; facts get unit, qualifier, kind, period, subject and metric (see spec.md).

Public API: :func:`extract_report` (one report) and :func:`extract_corpus` (a seeds folder).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

import pandas as pd

from reportfacts import meaning, numbers, units, yamlio
from reportfacts.catalog import DEICTIC
from reportfacts.numbers import Number
from reportfacts.paths import CATALOG_DIR
from reportfacts.periods import PeriodExpr, PubDate, find_periods, quarter_of

FACT_COLUMNS = [
    "fact_id", "source_file", "report_id", "char_start", "char_end", "quote", "sentence", "metric_id", "metric_en",
    "metric_zh", "subject", "value", "unit", "value_as_written", "unit_as_written", "qualifier", "period", "kind",
    "clean_start", "clean_end"]
MENTION_COLUMNS = [
    "report_id", "clean_start", "clean_end", "char_start", "char_end", "text", "status", "reason", "fact_id"]
EXTRA_FACT_COLUMNS = ["period_unresolved", "value_low", "value_high", "measure_zh", "subject_zh"]
# Computed for every fact but not yet written: add to EXTRA_FACT_COLUMNS once data/catalog/tables.yml describes it.
OPTIONAL_FACT_COLUMNS = ["subject_as_written"]
CLAUSE_RE = re.compile(r"[，,；;。！!？?：:\n]")
SENTENCE_RE = re.compile(r"[。！!？?；;\n]")
PARA_RE = re.compile(r"\n\n*")  # not "\n+": a leading character class lets the engine skip ahead in C
QUOTE_RE = re.compile(r"“[^“”\n]{1,20}”|\"[^\"\n]{1,20}\"|‘[^‘’\n]{1,20}’|「[^「」\n]{1,20}」")
YEAR_SPAN_RE = re.compile(r"从(\d{4})年.*?(?:至|到)了?\s*(\d{4})年")
PERIOD_REASON = {"year": "year", "deadline": "year", "date": "date", "month": "date", "month_range": "period"}
YEAR_LEVEL = ("year", "plan")  # kinds that carry to later paragraphs when written as a topic
# A part of a year (上半年, 前三季度, 1~11月) carries to later paragraphs only when it is the report's own reference
# period: the first period its lead paragraph names (a first-half review, a Q1 release).
PART_YEAR = ("half", "quarter", "month_range")
LEAD_MIN_CHARS = 40  # the lead is the first paragraph this long (bylines and source lines are shorter)
NOT_CARRIED = ("target", "plan", "count_stock", "duration")  # a goal, a plan or a stock is no part-year flow
# small patterns used per mention or paragraph, compiled once
_ANY_DIGIT_RE = re.compile(r"\d")
_GROWTH_AFTER_RE = re.compile(r"(以上|左右)?的?正?增长")
_QH_RE = re.compile(r"(\d{4})-([QH])(\d)$")
_YM_RE = re.compile(r"\d{4}-\d{2}")
_YMD_RE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_YEARS_RE = re.compile(r"(\d{4})\.\.(\d{4})")
_COLON_RE = re.compile("[：:]")
_STOP_RE = re.compile("[。！？!?；;]")
_OPENER_SENTENCE_RE = re.compile(r"[^。！？；\n]*[。！？；]?")
_RESPECTIVELY_LEAD_RE = re.compile(r"分别[^0-9一二三四五六七八九十两]*")


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


def _alt(words) -> re.Pattern:
    """A regex matching any of ``words`` (longest first)."""
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _kind_keywords(k: dict) -> KindKeywords:
    """Compile the keyword lists of the ``kinds`` section of extraction_rules.yml."""
    return KindKeywords(_alt(k["growth"]), _alt(w for w in k["share"] if w != "的"), _alt(k["level_before"]),
                        _alt(k["count_flow"]), _alt(w for w in k["count_flow"] if w.startswith("新")),
                        _alt(k["count_stock"]), _alt(k["target_sentence"]))


def _forward_rules(k: dict) -> ForwardRules:
    """Compile the forward-looking entries of the ``kinds`` section of extraction_rules.yml."""
    return ForwardRules(re.compile(k["target_deadline"]), _alt(k["forward_lead"]), _alt(k["forward_words"]),
                        _alt(k["forward_not"]), _alt(k["program_verbs"]), k["program_noun"], _alt(k["plan_future"]))


@lru_cache(maxsize=2)
def load_rules(path: str | None = None) -> Rules:
    """Load and compile the extraction rules (regexes compiled once)."""
    doc = yamlio.safe_load(Path(path or CATALOG_DIR / "extraction_rules.yml").read_text(encoding="utf-8"))
    nonstat = tuple(
        (r["reason"], re.compile(f"(?:{r['before']})\\Z") if r.get("before") else None,
         re.compile(r["after"]) if r.get("after") else None, r.get("script"))
        for r in doc["non_statistic"])
    any_before = re.compile("|".join(f"(?:{r['before']})\\Z" for r in doc["non_statistic"] if r.get("before")))
    any_after = re.compile("|".join(f"(?:{r['after']})" for r in doc["non_statistic"]
                                    if r.get("after") and not r.get("before")))
    k = doc["kinds"]
    not_words = "|".join(map(re.escape, k["target_not"]))
    sentence_words = "|".join(map(re.escape, k["target_sentence"]))
    clause_words = "|".join(map(re.escape, k["target_clause"]))
    # 要 not after one of the target_not words' characters; the lookbehind follows the literal 要, so every
    # alternative starts with a literal and the regex engine skips in C to a character that can start a match
    target_re = re.compile(rf"(?:{sentence_words}|到20\d\d年|要(?<![{not_words.replace('|', '')}]要)(?!素|求|点))")
    target_clause_re = re.compile(clause_words)
    return Rules(nonstat, any_before, any_after, re.compile(doc["chinese_mention_after"]), re.compile(f"[{doc['digit_name_chars']}]+"),
                 k, re.compile(doc["target_opener"]), target_re, target_clause_re,
                 re.compile("|".join(map(re.escape, k["plan"]))), _alt(k["attribute_before"]),
                 tuple((f["unit"], re.compile(f"(?:{f['before']})\\Z"), re.compile(f["after"]))
                       for f in doc["fact_patterns"]),
                 re.compile(f"(?:{doc['implied_one_before']})([亿万])(?=元)"),
                 re.compile(f"(?:{doc['one_duration_before']})\\Z"), _forward_rules(k), _kind_keywords(k),
                 re.compile(f"(?:{_alt(k['decrease']).pattern})(?:{doc['decrease_gap']})\\Z"))


# ----------------------------------------------------------------------------------------------- candidates
CN_HAS_DIGIT_RE = re.compile("[二两三四五六七八九十零〇一]")


def _chinese_candidates(text: str, periods: list[PeriodExpr], rules: Rules) -> list[Number]:
    """Chinese numerals that are quantities (followed by a unit) or period/ordinal/name words worth listing."""
    out = []
    in_period = _span_index(periods)
    for m in numbers.CN_NUMERAL_RE.finditer(text):
        s, e, t = m.start(), m.end(), m.group()
        if not CN_HAS_DIGIT_RE.search(t):
            continue  # 万, 亿, 百 alone: part of words (万人助万企, 百日攻坚)
        covered = in_period(s) is not None
        listed = covered or text[s - 1: s] == "第" or rules.cn_after.match(text, e) is not None
        if t == "一" and not listed and not rules.one_duration.search(text[max(0, s - 6): s]):
            continue  # 一 is an article or part of an idiom (一批, 一手抓) unless a duration (提前一个月)
        num = _chinese_number(text, s, e, t, listed, rules)
        if num is not None:
            out.append(num)
    for m in rules.implied_one.finditer(text):  # 超亿元 = more than 1 亿元
        mag = m.group(1)
        out.append(Number(m.start(1), m.end(1), mag, units.load_units().magnitudes[mag], "chinese"))
    return sorted(out, key=lambda n: n.start)


def _chinese_number(text: str, s: int, e: int, t: str, listed: bool, rules: Rules) -> Number | None:
    """The Number for a Chinese numeral worth a mention (listed, or a quantity with a unit), else None."""
    value = numbers.chinese_value(t)
    if value is None:
        return Number(s, e, t, Decimal(0), "chinese") if listed else None
    if listed:
        return Number(s, e, t, value, "chinese")
    unit = units.match_unit(text, e)
    if unit is None or not unit.unit:
        return None
    one = value == 1 and unit.unit in ("months", "years")
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
def _classify_structural(ms: list[Mention], text: str, periods: list[PeriodExpr], paras, rules: Rules) -> None:
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
    qspans, digit_names = _quotes(text, rules)
    for qs, qe, _ in qspans:  # neither do quotes
        for m in starting_in(qs, qe):
            if not m.status and qs < m.start and m.end < qe:
                m.nonstat("name")
    pstarts = [p[0] for p in paras]
    para_names: dict[int, set[str]] = {}
    for qs, _, c in qspans:
        if c in digit_names:
            para_names.setdefault(max(0, bisect.bisect_right(pstarts, qs) - 1), set()).add(c)
    cn_quoted = {c for _, _, c in qspans if numbers.CN_NUMERAL_RE.match(c) and len(c) >= 2}
    if not (digit_names or cn_quoted):  # para_names holds digit names only
        return
    for m in ms:
        if m.status:
            continue
        t = m.num.text
        if m.num.script == "arabic" and t in digit_names:
            m.nonstat("name")
        elif m.num.script == "arabic" and len(t) >= 2 and m.para in para_names and \
                any(t in n and t != n for n in para_names[m.para]):
            m.nonstat("name_component")
        elif m.num.script == "chinese" and any(text.startswith(q, m.start) for q in cn_quoted):
            m.nonstat("name")


def _classify_rules(m: Mention, text: str, rules: Rules) -> None:
    """The YAML rules on the words around an undecided number: a fact pattern makes it a fact whatever its unit
    (位居全市第一 -> rank 1); else the first non-statistic rule matching gives its reason."""
    before = text[max(0, m.start - 12): m.start]
    for unit, bre, are in rules.fact_patterns:
        if bre.search(before) and are.match(text, m.end):
            m.unit = units.UnitMatch(m.end, "", unit, Decimal(1), "")
            m.status = "fact"
            return
    if not rules.any_after.match(text, m.end) and not rules.any_before.search(before):
        return  # a rule matches only if its before pattern (or, lacking one, its after pattern) does
    for reason, bre, are, script in rules.nonstat:
        if script and script != m.num.script:
            continue
        if bre is not None and not bre.search(before):
            continue
        if are is not None and not are.match(text, m.end):
            continue
        m.nonstat(reason)
        return


def _attach_units(ms: list[Mention], text: str) -> None:
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


def _finish_unit(m: Mention, text: str) -> None:
    """Non-statistic if no usable unit remains; per-capita context units; rank only in a ranking context."""
    if m.status:
        return
    if m.unit is None or not m.unit.unit:
        m.nonstat("phone" if m.num.script == "arabic" and len(m.num.text) >= 7 else "no_unit")
        return
    ctx_unit = units.context_unit(text[max(0, m.start - 14): m.start])
    if ctx_unit:
        m.unit = units.UnitMatch(m.unit.end, m.unit.written, ctx_unit, m.unit.multiplier, m.unit.qualifier)
    m.status = "fact"


@lru_cache(maxsize=1)
def _before_qualifier_re() -> re.Pattern:
    """Qualifiers written before a number (units.yml ``qualifiers.before``), anchored at the number."""
    words = sorted(units.load_units().before_qualifiers, key=len, reverse=True)
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})\\Z")


def _qualify(m: Mention, text: str, rules: Rules, clause_start: int) -> None:
    """Qualifier written before the number (超, 近, 前 ...) and the rank/count reading of 位, 名, 强.

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
    if u.unit == "rank" and u.written.endswith("位") and not m.num.preset and not any(w in text[clause_start: m.start] for w in
                                                                 rules.kinds["rank_context"] + ["从", "至"]):
        m.unit = units.UnitMatch(u.end, u.written, "count", u.multiplier, u.qualifier)
    elif u.unit == "count" and u.written.endswith("名") and pre == "前":
        m.unit = units.UnitMatch(u.end, u.written, "rank", u.multiplier, u.qualifier)


def _nearest(text: str, words: re.Pattern) -> int:
    """Start of the last match of the keyword regex ``words`` in ``text`` (-1 if none)."""
    last = None
    for last in words.finditer(text):
        pass
    return -1 if last is None else last.start()


def _percent_kind(before: str, after: str, clause: str, sentence: str, rules: Rules) -> str:
    """growth_rate or share for a percentage, by the nearest keyword (clause first, then sentence)."""
    k = rules.keywords
    if before.endswith("的"):
        return "share"
    if _GROWTH_AFTER_RE.match(after):
        return "growth_rate"
    for ctx in (clause, sentence):
        g, s = _nearest(ctx, k.growth), _nearest(ctx, k.share)
        if g >= 0 or s >= 0:
            return "growth_rate" if g > s else "share"
    return "share"


def _count_kind(clause: str, after_clause: str, sentence: str, rules: Rules) -> str:
    """count_flow or count_stock by the nearest flow/stock keyword (clause, words after, sentence), quoted names
    blanked out (:func:`_unquote`; each context only when the ones before it have no keyword)."""
    k = rules.keywords
    clause = _unquote(clause)
    if k.count_new.search(clause):  # any "new" word in the clause
        return "count_flow"
    f, s = _nearest(clause, k.count_flow), _nearest(clause, k.count_stock)
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


def _first(text: str, words: re.Pattern) -> int:
    """Start of the first match of the keyword regex ``words`` in ``text`` (-1 if none)."""
    m = words.search(text)
    return m.start() if m else -1


QUOTED_RE = re.compile(r"“[^“”]*”")


def _unquote(text: str) -> str:
    """Blank out quoted names so their words do not count as keywords (“一窗受理” is not 受理)."""
    return QUOTED_RE.sub(lambda q: "“" + "_" * (len(q.group()) - 2) + "”", text) if "“" in text else text


BASE_KIND = {"fraction": "share", "pp": "change", "rank": "rank", "positions": "rank_change", "times": "ratio", "years": "duration",
             "months": "duration"}


FORWARD_RATES = ("percent", "pp", "positions", "rank", "times")  # in a work plan these are goals, not amounts


def _kind(m: Mention, text: str, spans: dict, rules: Rules, target: bool, forward: bool = False) -> str:
    """The fact's kind (spec): plan/target first, then by unit and keywords.

    ``target``: the figure is in a list opened by a target opener; ``forward``: it is in a forward-looking
    (work-plan) section, where amounts are plans and rates are targets unless a target word governs them.
    """
    (cs, ce), ss = spans["clause"], spans["sentence"][0]
    clause, sentence = text[cs: m.start], text[ss: m.start]
    unit = m.unit.unit
    if unit not in ("percent", "pp") and text.startswith("的", m.unit.end) and \
            rules.attribute_re.search(clause[-8:]):
        return "level"  # 总投资100亿元的…项目: the size of what follows, not a plan or a goal
    if unit != "percent" and rules.plan_re.search(clause):
        return "plan"
    if unit == "count" and _programme(text, (cs, ce), clause, sentence, rules):
        return "plan"
    if rules.forward.deadline.search(clause):
        return "target"  # 年底前完成总工程量的30%: a deadline makes even a share a goal
    char_before = text[m.start - 1] if m.start else ""
    if unit == "percent" and char_before == "的":
        return "share"
    if target or rules.target_re.search(sentence) or rules.target_clause_re.search(clause):
        return "target"
    if forward and unit not in ("years", "months"):
        if unit == "percent" and rules.keywords.share.search(clause[-4:]):
            return "share"  # 个数占比28.3%: how a plan is made up, not a goal (no target word governs it)
        return "target" if unit in FORWARD_RATES else "plan"
    if unit in BASE_KIND:
        return BASE_KIND[unit]
    if unit == "percent":
        return _percent_kind(char_before, text[m.unit.end: m.unit.end + 6], clause, sentence, rules)
    if unit == "count":
        if rules.keywords.level_before.search(clause[-8:]):
            return "level"
        return _count_kind(clause, text[m.unit.end: ce], sentence, rules)
    return "level"


def _programme(text: str, clause_span: tuple[int, int], clause: str, sentence: str, rules: Rules) -> bool:
    """True when a count (the caller checks the unit) is of projects scheduled by a forward-looking sentence
    (将强力推进228个重点项目, 今明两年要…实施重点项目25个): a plan even under a sentence-level target word, unless
    力争/确保/目标/预期 is in the count's own clause (extraction_rules.yml ``program_verbs``, ``program_noun``,
    ``plan_future``)."""
    f = rules.forward
    if text.find(f.program_noun, *clause_span) < 0 or not f.program_verbs.search(clause):
        return False
    if rules.target_clause_re.search(clause) or rules.keywords.target_sentence.search(clause):
        return False
    return bool(f.future.search(clause) or rules.target_re.search(sentence))


# ----------------------------------------------------------------------------------------------- forward scope
def _heading(text: str, ps: int, pe: int) -> bool:
    """A heading: a short paragraph that does not end with sentence punctuation (closing quotes aside)."""
    if pe - ps > 60:
        return False
    body = text[ps:pe].rstrip().rstrip("”’」』\"')）)")
    return bool(body) and body[-1] not in "。！？!?；;：:…"


def _first_month(period: str) -> str:
    """The first month (YYYY-MM) of a canonical period point or range ("2020-Q2" -> "2020-04"), else ""."""
    p = period.split("..")[0]
    q = _QH_RE.match(p)
    if q:
        return f"{q.group(1)}-{(int(q.group(3)) - 1) * (3 if q.group(2) == 'Q' else 6) + 1:02d}"
    return p[:7] if _YM_RE.match(p) else ""


def _looks_ahead(e: PeriodExpr, pub: PubDate | None) -> bool:
    """True for a year-level period expression naming the publication year or later (今年, 2021年, 今明两年)."""
    y = e.period[:4]
    return pub is not None and not e.comparison and e.kind in ("year", "deadline", "span", "plan") and \
        y.isdigit() and int(y) >= pub.year


def _looks_back(e: PeriodExpr, pub: PubDate | None) -> bool:
    """True for a period expression dating what already happened or exists: a year before the publication year,
    a quarter, half or month before the publication month, or "at present"."""
    if e.comparison or pub is None or not e.period:
        return e.kind == "present" and not e.comparison
    if e.kind == "present":
        return True
    month = _first_month(e.period)
    if month:
        return month < pub.month_str()
    return e.period[:4].isdigit() and int(e.period[:4]) < pub.year


def _forward_lead(text: str, ps: int, pe: int, exprs: list[PeriodExpr], pub, rules: Rules) -> int:
    """Offset just after the colon of a lead opening a forward-looking section ("2020年，X确定了发展方向：",
    "今年重点聚焦八个方面工作："), or -1 (extraction_rules.yml ``forward_lead``, ``forward_words``)."""
    f = rules.forward
    for c in _COLON_RE.finditer(text[ps:pe]):
        colon = ps + c.start()
        bounds = [x.end() for x in _STOP_RE.finditer(text[ps:colon])]
        start = ps + (bounds[-1] if bounds else 0)
        lead = text[start:colon]
        if not f.lead.search(lead):
            continue
        if f.words.search(lead) or any(start <= e.start < colon and _looks_ahead(e, pub) for e in exprs):
            return colon + 1
    return -1


def _forward_para(text: str, ps: int, pe: int, exprs: list[PeriodExpr], pub, on: bool) -> bool:
    """Whether a forward-looking section still runs at the start of a paragraph: a heading or a paragraph opening
    with a past period ends it."""
    if not on or _heading(text, ps, pe):
        return False
    return not (exprs and exprs[0].topic and exprs[0].start - ps <= 2 and _looks_back(exprs[0], pub))


def _forward_fact(m: Mention, text: str, sp: dict, exprs: list[PeriodExpr], pub, rules: Rules) -> bool:
    """False when the figure's sentence dates it to the past (去年, 一季度, 目前) or its clause states what exists
    or was done (已, 累计 ...): such a figure is no plan even inside a forward-looking section."""
    ss, cs = sp["sentence"][0], sp["clause"][0]
    if rules.forward.not_forward.search(text, cs, m.start):
        return False
    import bisect
    lo = bisect.bisect_left(exprs, ss, key=_start_of)  # the paragraph's expressions are in text order
    hi = bisect.bisect_left(exprs, m.start, key=_start_of)
    return not any(_looks_back(e, pub) for e in exprs[lo:hi])


def _start_of(e: PeriodExpr) -> int:
    return e.start


# ----------------------------------------------------------------------------------------------- periods
@dataclass
class PeriodState:
    """Document-level period state carried from paragraph to paragraph."""

    carry: PeriodExpr | None = None       # last year-level topic period ("2019年，", "“十三五”期间，")
    inherit: PeriodExpr | None = None     # period handed on by a paragraph that opens a list of targets
    target_next: bool = False
    forward: bool = False                 # inside a forward-looking (work-plan) section
    reference: str = ""                   # the report's part-year reference period (its lead's first period)


def _from_to(m: Mention, gov: PeriodExpr, text: str, clause: str, sentence: str) -> str:
    """Period of a figure in a from-to construction: 从2016年的X增长至2020年的Y, or 从X至Y under 2016..2020."""
    ys = YEAR_SPAN_RE.search(sentence) if "从" in sentence else None
    if ys and ys.end() < len(sentence) and numbers.ARABIC_RE.search(sentence, ys.end()):
        return f"{ys.group(1)}..{ys.group(2)}"
    span = _YEARS_RE.fullmatch(gov.period) if "从" in clause else None
    if span:
        f, t = clause.rfind("从"), max(clause.rfind("至"), clause.rfind("到"))
        return span.group(1) if f > t else span.group(2)
    return gov.period


def _fallback(m: Mention, pub: PubDate | None) -> tuple[str, bool]:
    """Period of a figure no expression governs: none for a target, else "at present" (publication month)."""
    if m.kind == "target":
        return "", False
    if pub is None:
        return "", True
    return pub.month_str(), False


SENTENCE_SCOPED = ("date", "month")


class _Governor:
    """The period expression governing each figure of one paragraph (scope rule), asked in text order.

    Days, single months and years written mid-sentence (not as a topic) govern only their own sentence; after it,
    a day still dates the rest of the paragraph's narrative to its quarter. The answer for a figure is the last
    expression before it when that lies in the figure's sentence; else the last one before the sentence that
    governs beyond its sentence (precomputed), so a paragraph costs one pass over its expressions and figures.
    """

    def __init__(self, live: list[PeriodExpr]):
        self.live, self.i = live, 0
        self.outside: list[PeriodExpr | None] = []  # [j]: what live[:j + 1] leaves governing after its sentences
        last = None
        for e in live:
            if not (e.kind in SENTENCE_SCOPED or (e.kind == "year" and not e.topic)):
                last = e
            elif e.kind == "date" and _YMD_RE.match(e.period):
                last = replace(e, period=quarter_of(e.period), kind="quarter")
            self.outside.append(last)

    def __call__(self, start: int, sent_start: int) -> PeriodExpr | None:
        """The expression governing a figure at ``start`` in the sentence starting at ``sent_start`` (starts must
        not decrease from call to call)."""
        live = self.live
        while self.i < len(live) and live[self.i].end <= start:
            self.i += 1
        if not self.i:
            return None
        e = live[self.i - 1]
        return e if e.start >= sent_start else self.outside[self.i - 1]


def _stock_point(m: Mention, period: str, clause: str) -> str:
    """A stock is a point in time: under a span (去年1~11月份, 十三五期间) it is dated the span's last year; so is
    a goal over a span, its deadline (十四五期间…力争生产总值突破2.3万亿元: 2025), unless it is an average rate
    over the span (年均增长6%以上: 2021..2025)."""
    point = m.kind == "count_stock" or (m.kind == "target" and not AVERAGE_RE.search(clause)
                                         and "年均" not in clause)
    return period.rpartition("..")[2][:4] if point and ".." in period else period


AVERAGE_RE = re.compile(r"([两二三四五六七八九十]|\d{1,2})年(?:来)?(?:的)?(?:平均|年均)")


def _average_span(period: str, clause: str) -> str:
    """"两年平均增长6.7%" in a 2021 period: an average over N years is the span of those years (2020..2021), not
    their last part-year."""
    hit = AVERAGE_RE.search(clause)
    if not hit or not period[:4].isdigit() or ".." in period[:6] or _YEARS_RE.fullmatch(period):
        return period
    n = int(hit.group(1)) if hit.group(1).isdigit() else int(numbers.chinese_value(hit.group(1)) or 0)
    year = int(period[:4])
    return f"{year - n + 1}..{year}" if n >= 2 else period


def _start_point(e: PeriodExpr, text: str) -> bool:
    """"从1999年建设的高新区": a start point with no matching 至/到 in its clause does not date figures."""
    if text[max(0, e.start - 1): e.start] != "从":
        return False
    end = CLAUSE_RE.search(text, e.end)
    rest = text[e.end: end.start() if end else len(text)]
    return "至" not in rest and "到" not in rest


def _para_periods(ms: list[Mention], exprs: list[PeriodExpr], text: str, st: PeriodState,
                  pub: PubDate | None, spans_of) -> None:
    """Give each fact of one paragraph its period by the scope rule (the last period expression before it)."""
    live = [e for e in exprs if not e.comparison and not _start_point(e, text)]
    governing = _Governor(live)
    for m in ms:
        sp = spans_of(m)
        gov = governing(m.start, sp["sentence"][0]) or st.inherit
        if gov is None and not (m.kind == "duration" and m.unit.unit == "years"):
            gov = st.carry  # durations in years run up to the present unless their own paragraph dates them
            if gov is not None and gov.kind in PART_YEAR and m.kind in NOT_CARRIED:
                gov = None
        if gov is None:
            m.period, m.unresolved = _fallback(m, pub)
            continue
        m.period = _from_to(m, gov, text, text[sp["clause"][0]: m.start], text[sp["sentence"][0]: m.start])
        if m.kind == "growth_rate":  # 两年平均增长6.7%; a change of that average (比一季度提高0.6个百分点) keeps its period
            m.period = _average_span(m.period, text[sp["clause"][0]: m.start])
        m.period = _stock_point(m, m.period, text[sp["clause"][0]: m.start])
        m.unresolved = gov.unresolved
    topics = [e for e in live if e.topic and (e.kind in YEAR_LEVEL or
                                              (e.kind in PART_YEAR and e.period == st.reference))]
    if topics:
        st.carry = topics[-1]
    st.inherit = (live[-1] if live else st.inherit or st.carry) if st.target_next else None


# ----------------------------------------------------------------------------------------------- assembly
def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (runs of newlines separate paragraphs)."""
    out, s = [], 0
    for m in PARA_RE.finditer(text):
        if m.start() > s:
            out.append((s, m.start()))
        s = m.end()
    if s < len(text):
        out.append((s, len(text)))
    return out


def _spans_finder(text: str):
    """A function giving a mention's clause and sentence spans (boundaries found once, looked up by bisect)."""
    import bisect
    clause_b = [m.end() for m in CLAUSE_RE.finditer(text)]
    sent_b = [m.end() for m in SENTENCE_RE.finditer(text)]

    def span(bounds: list[int], pos: int, end: int) -> tuple[int, int]:
        """From the boundary before ``pos`` to the first boundary after ``end`` (delimiter included)."""
        i = bisect.bisect_right(bounds, pos)
        s = bounds[i - 1] if i > 0 else 0
        j = bisect.bisect_right(bounds, end)
        return s, (bounds[j] if j < len(bounds) else len(text))

    cache: dict[int, dict] = {}

    def spans_of(m) -> dict:
        """{"clause": (start, end), "sentence": (start, end)} of a mention, memoised by its start."""
        got = cache.get(m.start)
        if got is None:
            got = cache[m.start] = {"clause": span(clause_b, m.start, m.end), "sentence": span(sent_b, m.start, m.end)}
        return got
    return spans_of


def _classify_all(text: str, ms: list[Mention], periods: list[PeriodExpr], paras, rules: Rules) -> None:
    """Decide fact / non-statistic (with reason) and the unit of every mention."""
    import bisect
    pstarts = [p[0] for p in paras]
    for m in ms:
        m.para = max(0, bisect.bisect_right(pstarts, m.start) - 1)
    _classify_structural(ms, text, periods, paras, rules)
    for m in ms:
        if not m.status:
            _classify_rules(m, text, rules)
    _attach_units(ms, text)
    for m in ms:
        _finish_unit(m, text)


def _openers(text: str, ps: int, pe: int, rules: Rules) -> list[int]:
    """Clean offsets just after each phrase opening a list of targets ("发展目标。", "预期目标：")."""
    out = []
    if text.find("目标", ps, pe) < 0:
        return out
    for x in _OPENER_SENTENCE_RE.finditer(text[ps:pe]):
        hit = rules.target_opener.search(x.group().rstrip("。")) if x.group() else None
        if hit:
            out.append(ps + x.start() + hit.end())
    return out


def _decide_facts(text: str, ms: list[Mention], periods: list[PeriodExpr], paras, pub, rules: Rules,
                  spans_of=None) -> None:
    """Qualifier, kind and period of every fact, paragraph by paragraph (periods and targets carry over).

    ``spans_of``: the text's :func:`_spans_finder` if the caller has one.
    """
    spans_of = spans_of or _spans_finder(text)
    ref = _reference_period(text, paras, periods)
    st = PeriodState(carry=ref, reference=ref.period if ref else "")
    by_para: dict[int, list[Mention]] = {}
    for m in ms:
        if m.status == "fact":
            by_para.setdefault(m.para, []).append(m)
    pi = 0
    for i, (ps, pe) in enumerate(paras):
        exprs = []
        while pi < len(periods) and periods[pi].start < pe:
            if periods[pi].start >= ps:
                exprs.append(periods[pi])
            pi += 1
        openers = _openers(text, ps, pe, rules)
        inherited_target = st.target_next
        st.forward = _forward_para(text, ps, pe, exprs, pub, st.forward)
        has_colon = text.find("：", ps, pe) >= 0 or text.find(":", ps, pe) >= 0
        lead = _forward_lead(text, ps, pe, exprs, pub, rules) if has_colon else -1
        prev = None
        for m in by_para.get(i, []):
            sp = spans_of(m)
            _qualify(m, text, rules, sp["clause"][0])
            target = inherited_target or (bool(openers) and openers[0] <= m.start)  # openers are ascending
            forward = (st.forward or 0 <= lead <= m.start) and _forward_fact(m, text, sp, exprs, pub, rules)
            m.kind = _kind(m, text, sp, rules, target, forward)
            if _planned_total(m, prev, text, sp):
                m.kind = "plan"
            prev = m
        st.forward = st.forward or lead >= 0
        st.target_next = bool(openers) and openers[-1] >= max(
            [ps] + [x.end() for x in SENTENCE_RE.finditer(text, ps, pe) if x.end() < pe])
        _para_periods(by_para.get(i, []), exprs, text, st, pub, spans_of)


def _reference_period(text: str, paras, periods: list[PeriodExpr]) -> PeriodExpr | None:
    """The report's part-year reference period: the first period named by its lead (the first paragraph of at
    least LEAD_MIN_CHARS characters), when that is a part of a year ("今年上半年，15个副省级城市……"), else None."""
    lead = next(((s, e) for s, e in paras if e - s >= LEAD_MIN_CHARS), None)
    first = next((p for p in periods if lead and lead[0] <= p.start < lead[1] and not p.comparison), None)
    return first if first is not None and first.kind in PART_YEAR else None


def _planned_total(m: Mention, prev: Mention | None, text: str, sp: dict) -> bool:
    """"实施项目20个，总投资264.8亿元": the total investment written right after a planned count of projects
    (paired_totals.opener, in the same sentence) is part of the plan, like the count (see :func:`_programme`)."""
    if prev is None or m.kind == "plan" or m.unit.unit != "yuan" or prev.kind != "plan" or \
            prev.unit.unit != "count" or prev.start < sp["sentence"][0]:
        return False
    gap = text[prev.unit.end: m.start].lstrip("，,、")
    return load_pairs()["opener"].match(gap) is not None


def find_mentions(text: str, published: str | None, spans_of=None) -> list[Mention]:
    """Every number of a clean text, classified, with facts' unit, qualifier, kind and period decided.

    ``spans_of``: the text's :func:`_spans_finder`, to share its boundaries and memo with the caller.
    """
    rules = load_rules()
    pub = PubDate.parse(published)
    periods = find_periods(text, pub)
    paras = _paragraphs(text)
    nums = _without_overlaps(numbers.find_unit_forms(text),
                             numbers.find_arabic(text) + _chinese_candidates(text, periods, rules))
    ms = [Mention(n) for n in nums]
    _classify_all(text, ms, periods, paras, rules)
    ms = _merge_ranges(ms, text)
    _decide_facts(text, ms, periods, paras, pub, rules, spans_of)
    return ms


def _without_overlaps(first: list[Number], rest: list[Number]) -> list[Number]:
    """``first`` (numbers whose form carries a unit) and the numbers of ``rest`` not overlapping one, by start."""
    if not first:
        return sorted(rest, key=lambda n: n.start)
    keep = [n for n in rest if not any(f.start < n.end and n.start < f.end for f in first)]
    return sorted(first + keep, key=lambda n: n.start)


RANGE_SEP_RE = re.compile(r"\s*[～~〜—–\-－至到]\s*")


def _merge_ranges(ms: list[Mention], text: str) -> list[Mention]:
    """"3～5亿元", "20%-30%", "3至5家": a number with no unit of its own (or the same unit) right before a range
    sign and a fact becomes the low end of that fact (``extra['low']``); the fact's span then starts at it."""
    out: list[Mention] = []
    for m in ms:
        a = out[-1] if out else None
        if a is not None and m.status == "fact" and a.status != "fact" and a.reason in ("no_unit", "") \
                and a.num.script == m.num.script and RANGE_SEP_RE.fullmatch(text, a.end, m.start) \
                and a.num.value < m.num.value:
            num = Number(a.start, m.end, text[a.start:m.end], m.num.value, m.num.script, m.num.preset)
            merged = Mention(num, status="fact", unit=m.unit, para=m.para)
            merged.extra["low"] = a.num.value
            out[-1] = merged
            continue
        if a is not None and m.status == "fact" and a.status == "fact" and a.unit and m.unit \
                and a.unit.end <= m.start and a.unit.written == m.unit.written and a.num.value < m.num.value \
                and a.unit.unit in ("percent", "count", "yuan") and RANGE_SEP_RE.fullmatch(text, a.unit.end, m.start) \
                and not (text[a.unit.end:m.start].strip() in ("至", "到")):
            num = Number(a.start, m.end, text[a.start:m.end], m.num.value, m.num.script, m.num.preset)
            merged = Mention(num, status="fact", unit=m.unit, para=m.para)
            merged.extra["low"] = a.num.value
            out[-1] = merged
            continue
        out.append(m)
    return out


def check_accounting(text: str, ms: list[Mention], report_id: str) -> None:
    """Raise ValueError unless every ASCII digit run lies inside exactly one mention and all are decided.

    ``ms`` is sorted by start; a run is looked for in the last mention starting at or before it and the one before
    that (the runs are walked in order alongside the mentions).
    """
    i = -1  # the last mention starting at or before the current run
    for s, e in numbers.digit_runs(text):
        while i + 1 < len(ms) and ms[i + 1].start <= s:
            i += 1
        inside = (i >= 0 and e <= ms[i].end) + (i >= 1 and e <= ms[i - 1].end)
        if inside != 1:
            raise ValueError(f"{report_id}: digit run {text[s:e]!r} at clean {s} lies in {inside} mentions")
    for m in ms:
        if m.status not in ("fact", "non_statistic") or (m.status == "fact" and (m.unit is None or not m.kind)):
            raise ValueError(f"{report_id}: mention {m.num.text!r} at clean {m.start} is undecided")


def _lookup(catalog, m: Mention, context: str, after: str) -> dict:
    """metric id/en/zh from the catalog (empty strings without a catalog or a match).

    ``context`` is the text of the sentence before the number (the catalog picks the alias nearest to it),
    ``after`` the rest of the clause after the unit ("3个|省重点项目"): the report's text ending at the number
    and starting at the end of its unit, whose offsets let a prepared catalog answer from its scan of the report.
    """
    out = {"metric_id": "", "metric_en": "", "metric_zh": ""}
    if catalog is None:
        return out
    start = m.start - len(context)
    mid = _respective(catalog, m, context, start) or catalog.match_metric(context, m.unit.unit, m.kind, after,
                                                                          _classifier(m), (start, m.unit.end))
    if mid:
        met = catalog.metrics[mid]
        out.update(metric_id=mid, metric_en=met.name_en, metric_zh=met.name_zh)
    return out


def _classifier(m: Mention) -> str:
    """The measure word of a count as written ("232条" -> 条, "3000余家" -> 家), else ""."""
    if m.unit.unit != "count":
        return ""
    return m.unit.written.rstrip("余多")[-1:]


def _paired_total(row: dict, prev: dict | None, clause_before: str, gap: str) -> None:
    """"重点项目228个，总投资969亿元": the total opening the clause after a project count is those projects'
    total (extraction_rules.yml ``paired_totals``); updates ``row`` in place."""
    rules = load_pairs()
    if prev is None or row["unit"] != "yuan" or row["metric_id"] not in rules["generic"] + [""]:
        return
    target = rules["metrics"].get(prev["metric_id"])
    if target and rules["opener"].match(clause_before) and gap in ("，", ",", "、"):
        row["metric_id"] = target
        row["_paired"] = True


@lru_cache(maxsize=1)
def load_pairs() -> dict:
    """The compiled ``paired_totals`` rule of extraction_rules.yml."""
    doc = yamlio.safe_load((CATALOG_DIR / "extraction_rules.yml").read_text(encoding="utf-8"))["paired_totals"]
    return {"opener": re.compile(doc["opener"]), "generic": list(doc["generic"]), "metrics": dict(doc["metrics"])}


RESPECTIVELY_RE = re.compile(r"分别[^，,。；;：:0-9一二三四五六七八九十两]{0,12}\Z")
LIST_ITEM_RE = re.compile(r"[0-9.]+[^、和及与，,。；;0-9]{0,6}[、和及与]")


def _respective(catalog, m: Mention, context: str, at: int) -> str | None:
    """"A和B分别增长x%、y%": the i-th figure after 分别 measures the i-th metric named before it.

    Only when the metrics named before 分别 in the clause are exactly as many as the figures of the list
    (the figures run from 分别 to the end of the clause); otherwise None (the ordinary matcher decides).
    ``at``: the offset of ``context`` in the report the catalog prepared (see :func:`_lookup`).
    """
    i = context.rfind("分别")
    if i < 0:
        return None
    head = CLAUSE_RE.split(context[:i])[-1]
    between = context[i:]
    lead = _RESPECTIVELY_LEAD_RE.match(between)
    idx = len(LIST_ITEM_RE.findall(between[lead.end():])) if lead else 0
    if idx > 8:
        return None
    n = _list_length(m, context, i)
    seq = catalog.match_metric_sequence(head, m.unit.unit, m.kind, at + i - len(head)) if head else []
    if not head.strip() or not seq:
        seq = _clause_sequence(catalog, m, context[:i], n, at)
    return seq[idx] if len(seq) >= 2 and len(seq) == n and idx < n else None


def _clause_sequence(catalog, m: Mention, before: str, n: int, at: int) -> list[str]:
    """"A从x增长至y，B从…，分别增长p%、q%": when the clause of 分别 names no metric, the n clauses before it
    name one metric each, in order (else []). ``at``: the offset of ``before`` in the prepared report."""
    pieces, start = [], 0  # (offset, text) of the pieces CLAUSE_RE.split(before) gives
    for x in CLAUSE_RE.finditer(before):
        pieces.append((start, before[start:x.start()]))
        start = x.end()
    pieces.append((start, before[start:]))
    clauses = [(s, c) for s, c in pieces if c.strip()]
    if n < 2 or len(clauses) < n:
        return []
    out = []
    for s, c in clauses[-n:]:
        seq = catalog.match_metric_sequence(c, m.unit.unit, m.kind, at + s)
        if len(seq) != 1:
            return []
        out.append(seq[0])
    return out if len(set(out)) == n else []


def _list_length(m: Mention, context: str, i: int) -> int:
    """Number of figures in the list that starts after 分别 (the figures up to the end of the clause)."""
    text = m.extra.get("clause_after", "")
    tail = context[i:] + m.num.text + text
    lead = _RESPECTIVELY_LEAD_RE.match(tail)
    return len(LIST_ITEM_RE.findall(tail[lead.end():])) + 1 if lead else 0


# ----------------------------------------------------------------------------------------------- subjects
@dataclass(frozen=True)
class SubjectRules:
    """Compiled ``subject`` rules of extraction_rules.yml (when a named body owns a figure)."""

    object_before: re.Pattern
    not_owner_after: re.Pattern
    topic_prefix: re.Pattern
    area_types: frozenset
    attributive: re.Pattern


@lru_cache(maxsize=2)
def load_subject_rules(path: str | None = None) -> SubjectRules:
    """Load and compile the subject rules."""
    doc = yamlio.safe_load(Path(path or CATALOG_DIR / "extraction_rules.yml").read_text(encoding="utf-8"))["subject"]
    return SubjectRules(re.compile(f"(?:{doc['object_before']})\\Z"), re.compile(doc["not_owner_after"]),
                        re.compile(f"(?:{doc['topic_prefix']})\\Z"), frozenset(doc["area_types"]),
                        re.compile(doc["attributive_after_number"]))


def main_subject(text: str, catalog) -> tuple[str, str]:
    """The report's main body and its most frequent written form: the zone the report names most often
    (ties: the one named first), or ("", "") without a catalog or a named zone."""
    if catalog is None:
        return "", ""
    from collections import Counter
    count, first, written = Counter(), {}, {}
    for s, e, eid in catalog.entity_mentions(text, at=0):
        if eid == DEICTIC or catalog.entities[eid].type != "zone":
            continue
        count[eid] += 1
        first.setdefault(eid, s)
        written.setdefault(eid, Counter())[text[s:e]] += 1
    if not count:
        return "", ""
    best = min(count, key=lambda eid: (-count[eid], first[eid]))
    return best, written[best].most_common(1)[0][0]


class SubjectResolver:
    """Decides the subject of each figure of one report (see :meth:`subject`)."""

    def __init__(self, text: str, catalog, spans_of):
        self.text, self.catalog, self.spans_of = text, catalog, spans_of
        self.body, self.body_written = main_subject(text, catalog)
        self.rules = load_subject_rules() if catalog is not None else None
        self._mentions: dict[int, list] = {}
        self._topic_owners: dict[int, bool] = {}

    def _sentence_mentions(self, ss: int, se: int) -> list[tuple[int, int, str]]:
        """Entity mentions of the sentence [ss, se) in clean offsets (memoised per sentence)."""
        if ss not in self._mentions:
            self._mentions[ss] = [(ss + a, ss + b, eid) for a, b, eid in
                                  self.catalog.entity_mentions(self.text[ss:se], at=ss)]
        return self._mentions[ss]

    def _owner(self, s: int, e: int, eid: str, clause_start: int, limit: int, ms) -> bool:
        """True if the mention [s, e) is the grammatical owner of what follows it (not an object, a list
        item, a modifier of another name, or a scope such as 全市第一)."""
        text, r = self.text, self.rules
        if r.object_before.search(text, max(clause_start, s - 4), s) or \
                r.not_owner_after.match(text, e) or any(o[0] == e for o in ms):
            return False
        if self._area(eid):
            return not any(o[1] == s for o in ms) and \
                self.catalog.metric_alias_starts(text[e: min(limit, e + 14)], at=e)
        return True

    def subject(self, m: Mention) -> tuple[str, str]:
        """(entity id, written form) of the body a figure is about.

        1. "总投资15亿元的蒙牛四期工厂": a name right after "<figure>的" owns the figure.
        2. Else the last owning name before the figure in its own clause.
        3. Else a name in topic position (opening an earlier clause of the same sentence) carries over.
        4. Else the report's main body, with an empty written form (the figure names no body).
        A deictic word (该区, 全区) stands for the main body.
        """
        if self.catalog is None:
            return "", ""
        text, r = self.text, self.rules
        sp = self.spans_of(m)
        (cs, ce), (ss, se) = sp["clause"], sp["sentence"]
        ms = self._sentence_mentions(ss, se)
        end = m.unit.end
        if r.attributive.match(text, end):
            for s, e, eid in ms:
                if s == end + 1:
                    return self._resolve(eid, s, e)
        best = None
        for s, e, eid in ms:
            if s < m.start and e >= end:
                return self._resolve(eid, s, e)  # the figure is part of the name (年产1万台…项目)
            if s >= m.start:
                break
            if s >= cs and self._owner(s, e, eid, cs, m.start, ms):
                best = (eid, s, e)
            elif s < cs and self._topic_owner(s, e, eid, ss, ms):
                best = best if best and best[1] >= cs else (eid, s, e)
        return self._resolve(*best) if best else (self.body, "")

    def _area(self, eid: str) -> bool:
        """True for an administrative area (city, province, country): a scope unless it owns a metric."""
        return eid != DEICTIC and self.catalog.entities[eid].type in self.rules.area_types

    def _topic_owner(self, s: int, e: int, eid: str, ss: int, ms) -> bool:
        """True if the mention [s, e) of the sentence starting at ``ss`` is a name in topic position that owns
        what follows (rule 3 of :meth:`subject`); memoised per mention, as it does not depend on the figure."""
        got = self._topic_owners.get(s)
        if got is None:
            got = self._topic_owners[s] = not self._area(eid) and self._topic(s, ss) and \
                self._owner(s, e, eid, ss, s + 14, ms)
        return got

    def _topic(self, s: int, ss: int) -> bool:
        """True if the mention at ``s`` opens its clause (only period or linking words before it)."""
        bounds = [x.end() for x in CLAUSE_RE.finditer(self.text, ss, s)]
        start = bounds[-1] if bounds else ss
        return self.rules.topic_prefix.match(self.text[start:s]) is not None

    def _resolve(self, eid: str, s: int, e: int) -> tuple[str, str]:
        return (self.body if eid == DEICTIC else eid), self.text[s:e]


def _fact_row(ct, m: Mention, fid: str, meta: dict, spans_of, catalog, subjects: "SubjectResolver",
              reader: meaning.Reader, window_start: int, inherited: str = "") -> dict:
    """One facts.csv row for a fact mention; the quote runs from the number to the end of its unit.

    ``window_start``: where the words that may name this figure's measure start (after the previous figure of
    its clause); ``inherited``: the measure of the previous figure of the paragraph, which a figure whose own
    words name none continues ("GDP 9602.72亿元，同比增长13.1%")."""
    text = ct.text
    end = m.unit.end
    raw_s, raw_e = ct.raw_span(m.start, end)
    sp = spans_of(m)
    (cs, ce), (ss, se) = sp["clause"], sp["sentence"]
    context, after = text[ss: m.start], text[end: ce]
    m.extra["clause_after"] = text[m.end: ce]
    row = {"fact_id": fid, "source_file": meta["source_file"], "report_id": meta["report_id"],
           "char_start": raw_s, "char_end": raw_e, "quote": ct.raw[raw_s:raw_e],
           "sentence": text[ss: se].strip(), "unit": m.unit.unit,
           "value_as_written": m.num.text, "unit_as_written": m.unit.written, "qualifier": m.qualifier,
           "period": m.period, "kind": m.kind, "clean_start": m.start, "clean_end": end,
           "period_unresolved": m.unresolved}
    row.update(_values(m, text, cs))
    row.update(_lookup(catalog, m, context, after))
    row["subject"], row["subject_as_written"] = subjects.subject(m)
    row["measure_zh"] = meaning.continued(_measure(m, text, reader, window_start, (cs, ce), context, after), inherited,
                                          m.kind == "growth_rate")
    written = row["subject_as_written"]
    row["subject_zh"] = reader.subject(m.start, cs, ss, "" if catalog is None or written in catalog.deictic or meaning.names_no_place(written) else written)
    if catalog is not None and row["metric_id"] and row["measure_zh"] and "分别" not in context and \
            not catalog.knows_measure(row["metric_id"], row["measure_zh"]) and \
            not catalog.knows_measure(row["metric_id"], text[cs: m.start]):
        row.update(metric_id="", metric_en="", metric_zh="")  # the catalog does not know what this figure measures
    return row


def _values(m: Mention, text: str, clause_start: int) -> dict:
    """value, value_low and value_high of a fact (canonical unit): a range has both ends and no point value; a
    growth or change written as a decrease (下降3.2%) or with a minus sign is negative."""
    mult = m.unit.multiplier
    value = numbers.scale(m.num.value, mult)
    sign = -1 if _decrease(m, text, clause_start) else 1
    if "low" in m.extra:
        low = numbers.scale(m.extra["low"], mult)
        return {"value": "", "value_low": numbers.decimal_str(sign * low),
                "value_high": numbers.decimal_str(sign * value)}
    return {"value": numbers.decimal_str(sign * value), "value_low": "", "value_high": ""}


def _decrease(m: Mention, text: str, clause_start: int) -> bool:
    """True when the figure is written as a fall: a minus sign before it, or, for a growth rate or a change
    (percent, points), a decrease word (extraction_rules.yml ``kinds.decrease``) right before it."""
    if text[m.start - 1: m.start] in ("-", "－", "−") and not text[m.start - 2: m.start - 1].isdigit():
        return True
    if m.unit.unit not in ("percent", "pp") or m.kind not in ("growth_rate", "change", "target"):
        return False
    return load_rules().decrease.search(text, max(clause_start, m.start - 12), m.start) is not None


def _measure(m: Mention, text: str, reader: meaning.Reader, window_start: int, clause: tuple[int, int],
             context: str, after: str) -> str:
    """measure_zh of a fact (see :mod:`reportfacts.meaning`), the 分别 lists read item by item."""
    i = context.rfind("分别")
    if i >= 0 and CLAUSE_RE.search(context, i) is None:
        head = CLAUSE_RE.split(context[:i])[-1]
        n = _list_length(m, context, i)
        lead = _RESPECTIVELY_LEAD_RE.match(context[i:])
        idx = len(LIST_ITEM_RE.findall(context[i:][lead.end():])) if lead else 0
        got = reader.respective(head, n, idx) if n >= 2 else ""
        if got:
            return got
        window_start = min(window_start, m.start - len(context) + i)
    count = m.unit.unit == "count"
    flow = load_rules().keywords.count_flow if m.kind == "count_flow" else None
    got = reader.measure(m.start, window_start, after, count, flow)
    if not got and window_start > clause[0]:
        got = reader.measure(m.start, clause[0], after, count, flow)
    return got


def extract_clean(ct, report_id: str, source_file: str, published: str | None, catalog=None,
                  with_optional: bool = False, default_subject: str = ""):
    """:func:`extract_report` on an already cleaned text (any object with ``raw``, ``text``, ``raw_span``)."""
    facts, mentions = extract_rows(ct, report_id, source_file, published, catalog, with_optional, default_subject)
    return _frames(facts, mentions, with_optional)


def _fact_columns(with_optional: bool) -> list[str]:
    return FACT_COLUMNS + EXTRA_FACT_COLUMNS + (OPTIONAL_FACT_COLUMNS if with_optional else [])


def _frames(facts: list[tuple], mentions: list[tuple], with_optional: bool = False):
    """(facts, mentions) DataFrames from the row tuples of :func:`extract_rows`."""
    return (pd.DataFrame(facts, columns=_fact_columns(with_optional)),
            pd.DataFrame(mentions, columns=MENTION_COLUMNS))


def extract_rows(ct, report_id: str, source_file: str, published: str | None, catalog=None,
                 with_optional: bool = False, default_subject: str = "") -> tuple[list[tuple], list[tuple]]:
    """Fact and mention rows of a cleaned report as tuples in column order (see :func:`_frames`).

    ``default_subject``: the report's subject as printed (sources.yml ``subject``, else its headline's first name),
    the ``subject_zh`` of figures whose sentence names none."""
    text = ct.text
    if catalog is not None:
        catalog.prepare(text)
    try:
        facts, mentions = _extract_prepared(ct, text, report_id, source_file, published, catalog, default_subject)
    finally:
        if catalog is not None:
            catalog.prepare(None)
    row = itemgetter(*_fact_columns(with_optional))
    return [row(f) for f in facts], mentions


def _extract_prepared(ct, text, report_id, source_file, published, catalog, default_subject=""):
    """Body of :func:`extract_rows` once the catalog has scanned the report: fact dicts, mention tuples."""
    spans_of = _spans_finder(text)
    ms = find_mentions(text, published, spans_of)
    check_accounting(text, ms, report_id)
    meta = {"report_id": report_id, "source_file": source_file}
    subjects = SubjectResolver(text, catalog, spans_of)
    if catalog is not None:
        meaning.add_names(a for e in catalog.entities.values() for a in (e.name_zh, *e.aliases_zh))
    reader = meaning.Reader(text, default_subject, [(p.start, p.end) for p in find_periods(text, PubDate.parse(published))])
    facts, mrows, n = [], [], 0
    prev, prev_para = None, -1
    lists = _clause_lists(ms, spans_of, text, reader)
    by_clause: dict[int, list[dict]] = {}
    for m in ms:
        fid = ""
        if m.status == "fact":
            n += 1
            fid = f"{report_id}-{n:03d}"
            cs = spans_of(m)["clause"][0]
            window = max(cs, prev["clean_end"]) if prev is not None else cs
            inherited = prev["measure_zh"] if prev is not None and prev_para == m.para else ""
            if id(m) in lists:
                inherited = _parallel_measure(lists[id(m)], by_clause) or inherited
            row = _fact_row(ct, m, fid, meta, spans_of, catalog, subjects, reader, window, inherited)
            by_clause.setdefault(cs, []).append(row)
            prev_para = m.para
            if catalog is not None:
                _pair(row, prev, m, text, spans_of, catalog)
            facts.append(row)
            prev = row
        end = m.unit.end if m.status == "fact" else m.end
        rs, re_ = ct.raw_span(m.start, end)
        mrows.append((report_id, m.start, end, rs, re_, text[m.start:end], m.status, m.reason, fid))
    _check_quotes(ct, facts, report_id)
    return facts, mrows


def _clause_lists(ms: list[Mention], spans_of, text: str, reader: meaning.Reader) -> dict[int, tuple]:
    """For each figure of a bare list (n >= 2 figures, no measure written before the first) what it may continue:
    (the clause before it in its sentence when that clause lists as many figures, or None; its index; after 分别,
    the starts of the n clauses before, or None). See :func:`_parallel_measure`."""
    clauses: dict[tuple[int, int], list[Mention]] = {}
    for m in ms:
        if m.status == "fact":
            sp = spans_of(m)
            clauses.setdefault((sp["sentence"][0], sp["clause"][0]), []).append(m)
    out, seen = {}, {}
    for (ss, cs), group in clauses.items():
        before = seen.setdefault(ss, [])
        n = len(group)
        if n >= 2 and before and not reader.measure(group[0].start, cs):
            same = before[-1] if len(clauses[(ss, before[-1])]) == n else None
            across = before[-n:] if len(before) >= n and "分别" in text[cs: group[0].start] else None
            if same is not None or across:
                out.update((id(m), (same, i, across)) for i, m in enumerate(group))
        before.append(cs)
    return out


def _parallel_measure(lists: tuple, by_clause: dict[int, list[dict]]) -> str:
    """The measure the i-th figure of a bare list continues: the i-th figure's of the clause before when that
    clause lists different measures ("A、B分别增长x%、y%，两年平均增长u%和v%"); else, after 分别, the first
    figure's of the i-th of the n clauses before ("A从a增长至a'，B从b增长至b'，分别增长x%、y%")."""
    same, i, across = lists
    rows = by_clause.get(same, []) if same is not None else []
    if rows and (not across or len({r["measure_zh"] for r in rows}) > 1):
        return rows[i]["measure_zh"]
    return by_clause[across[i]][0]["measure_zh"] if across else ""


def _pair(row: dict, prev: dict | None, m: Mention, text: str, spans_of, catalog) -> None:
    """Apply :func:`_paired_total` to a fact row (previous fact of the same sentence only)."""
    sp = spans_of(m)
    cs = sp["clause"][0]
    if prev is None or prev["clean_end"] > cs or prev["clean_end"] < sp["sentence"][0]:
        return
    _paired_total(row, prev, text[cs:m.start], text[prev["clean_end"]:cs].strip())
    if row.pop("_paired", False):
        met = catalog.metrics[row["metric_id"]]
        row.update(metric_en=met.name_en, metric_zh=met.name_zh)


def _check_quotes(ct, facts: list[dict], report_id: str) -> None:
    """Raise ValueError if any fact's raw span does not reproduce its quote."""
    for r in facts:
        if not r["quote"] or ct.raw[r["char_start"]:r["char_end"]] != r["quote"]:
            raise ValueError(f"{report_id}: fact {r['fact_id']} raw span {r['char_start']}:{r['char_end']} != quote")


def extract_report(raw: str, report_id: str, source_file: str, published: str | None, catalog=None,
                   with_optional: bool = False):
    """Facts and mentions of one raw report (see module docstring and spec.md for the columns).

    Returns ``(facts, mentions)``: facts with the spec's facts.csv columns plus ``period_unresolved`` (True when
    a relative period could not be resolved because ``published`` is None); mentions = every digit run and
    Chinese-numeral quantity with status 'fact' or 'non_statistic' and a reason.
    """
    from reportfacts.clean import clean_text
    if not raw or not raw.strip():
        return (pd.DataFrame(columns=FACT_COLUMNS + EXTRA_FACT_COLUMNS), pd.DataFrame(columns=MENTION_COLUMNS))
    return extract_clean(clean_text(raw), report_id, source_file, published, catalog, with_optional)


def extract_corpus(seeds_dir, sources, catalog=None):
    """Facts and mentions of every report in ``sources`` (read from ``seeds_dir``), sorted by report and offset.

    One report at a time: only its row tuples are kept, and one DataFrame per table is built at the end.
    """
    from reportfacts.clean import clean_text
    from reportfacts.sources import read_report
    fs, ms, parts = [], [], []
    for s in sources:
        raw = read_report(Path(seeds_dir) / s.file)
        if not raw or not raw.strip():
            parts.append(extract_report(raw, s.report_id, s.file, s.published, catalog))
            continue
        f, m = extract_rows(clean_text(raw), s.report_id, s.file, s.published, catalog,
                            default_subject=meaning.report_subject(s))
        fs += f
        ms += m
    if parts:  # an empty report's frames are concatenated as before (they make every column object-typed)
        parts.insert(0, _frames(fs, ms))
        facts = pd.concat([f for f, _ in parts], ignore_index=True)
        mentions = pd.concat([m for _, m in parts], ignore_index=True)
    else:
        facts, mentions = _frames(fs, ms)
    facts = facts.sort_values(["report_id", "char_start"], kind="stable")
    mentions = mentions.sort_values(["report_id", "char_start"], kind="stable")
    return facts.reset_index(drop=True), mentions.reset_index(drop=True)
