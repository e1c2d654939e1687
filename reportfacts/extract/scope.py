"""Extraction, second step: which paragraphs and facts look ahead (forward scope: goals and plans), and which period
governs each fact (periods: a paragraph's periods, carried topics, ranges and stocks).
"""

from __future__ import annotations

import calendar
import itertools
import re
from dataclasses import dataclass, field, replace

from reportfacts.extract import meaning, numbers
from reportfacts.extract.mentions import (
    CIRCUMSTANCE_RE, CLAUSE_RE, FULL_STOP_RE, GROUP_RANKED_RE, RATES, TO_DATE_RE, Mention, Rules, full_sentence_start,
    is_heading,
)
from reportfacts.extract.periods import (LISTED_SEPARATORS, PART_YEAR, QUARTERS_SHARING_RE, Period, PeriodExpr, PubDate,
                                        count_of, is_frame, last_year, period_regex, plan_years, quarter_of, vocab_re,
                                        vocabulary)
from reportfacts.text.clean import BULLETS


YEAR_SPAN_RE = re.compile(r"[从由](\d{4})年.*?(?:至|到)了?\s*(\d{4})年")
YEAR_LEVEL = ("year", "plan")  # kinds that carry to later paragraphs when written as a topic
# A part of a year (上半年, 前三季度, 1~11月: periods.PART_YEAR) carries to later paragraphs only when it is the report's
# own reference period: the first period its lead paragraph names (a first-half review, a Q1 release).
RANKS = ("rank", "rank_change")  # kinds of a place in a ranking
FLOWS = ("level", "count_flow", "growth_rate")  # kinds of what accrues over a period (a stock is at a moment)
NOT_CARRIED = ("target", "plan", "count_stock", "duration")  # a goal, a plan or a stock is no part-year flow
_COLON_RE = re.compile("[：:]")
_STOP_RE = re.compile("[。！？!?；;]")


# ----------------------------------------------------------------------------------------------- forward scope
def _looks_ahead(e: PeriodExpr, pub: PubDate | None) -> bool:
    """True for a year-level period expression naming the publication year or later (今年, 2021年, 今明两年)."""
    return pub is not None and not e.comparison and e.kind in ("year", "deadline", "span", "plan") and \
        bool(e.period) and Period.parse(e.period).first_year >= pub.year


def after_report_year(e: PeriodExpr, pub: PubDate | None) -> bool:
    """True for a period that ends after the publication year (or any, with no publication date)."""
    return bool(e.period) and (pub is None or Period.parse(e.period).last_year > pub.year)


def looks_back(e: PeriodExpr, pub: PubDate | None) -> bool:
    """True for a period expression dating what already happened or exists: a year before the publication year,
    a quarter, half or month before the publication month, or "at present"."""
    if e.comparison or pub is None or not e.period:
        return e.kind == "present" and not e.comparison
    if e.kind == "present":
        return True
    period = Period.parse(e.period)
    if period.grain != "year":  # a quarter, half or month: compared by its first month
        return period.first_month < pub.month_str()
    return period.first_year < pub.year


def forward_lead(text: str, ps: int, pe: int, exprs: list[PeriodExpr], pub, rules: Rules) -> int:
    """Offset just after the colon of a lead opening a forward-looking section ("2020年，X确定了发展方向：",
    "今年重点聚焦八个方面工作："; a heading with a forward word, 展望2018年, at its end), or -1 (extraction_rules.yml
    ``forward_lead``, ``forward_words``); or, for a
    paragraph whose opening sentence says what its subject will do (``future_topic``: 深圳还将全力推动重大工业项目落地。)
    with no past period or forward_not word in it, the offset of its future word: a topic sentence in the future
    opens a work plan as a lead does."""
    f = rules.forward
    if is_heading(text, ps, pe) and f.words.search(text, ps, pe):
        return pe  # 展望2018年: a heading that looks ahead opens the section after it
    stop = _STOP_RE.search(text, ps, pe)
    first_end = stop.end() if stop else pe
    hit = f.topic.match(text, ps, first_end)
    if hit and not f.not_forward.search(text, ps, first_end) and \
            not any(ps <= e.start < first_end and looks_back(e, pub) for e in exprs):
        return hit.end()
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


def forward_para(text: str, ps: int, pe: int, exprs: list[PeriodExpr], pub, on: bool, in_plan: bool = False,
                 review: re.Pattern | None = None) -> bool:
    """Whether a forward-looking section still runs at the start of a paragraph: a heading or a paragraph opening
    with a past period ends it. In news of a plan (``in_plan``) the headings are the plan's chapters and do not,
    except a chapter on where things stand (``review``: 发展基础); nor does an item of a bulleted list, short and
    unpunctuated as it may be (■创建国家级经开区2个)."""
    if not on:
        return False
    if review is not None and is_heading(text, ps, pe) and review.search(text, ps, pe):
        return False
    item = text[ps] in BULLETS and numbers.ARABIC_RE.search(text, ps, pe) is not None
    if not in_plan and not item and is_heading(text, ps, pe):
        return False
    return not (exprs and exprs[0].topic and exprs[0].start - ps <= 2 and looks_back(exprs[0], pub))


def forward_fact(m: Mention, text: str, sp: dict, exprs: list[PeriodExpr], pub, rules: Rules) -> bool:
    """False when the figure's sentence dates it to the past (去年, 一季度, 目前) or its clause states what exists
    or was done (已, 累计 ...): such a figure is no plan even inside a forward-looking section."""
    ss, cs = full_sentence_start(text, sp["sentence"][0]), sp["clause"][0]  # (2021年，…；…比上年提高0.2个百分点:
    # the year reaches across the semicolons of its sentence)
    if rules.forward.not_forward.search(text, cs, m.start):
        return False
    import bisect
    lo = bisect.bisect_left(exprs, ss, key=_start_of)  # the paragraph's expressions are in text order
    hi = bisect.bisect_left(exprs, m.start, key=_start_of)
    return not any(looks_back(e, pub) and not _in_aside(text, e) for e in exprs[lo:hi])  # (（2023年为792亿元）: an
    # aside's past, beside a goal)


def _start_of(e: PeriodExpr) -> int:
    return e.start


# ----------------------------------------------------------------------------------------------- periods
@dataclass
class PeriodState:
    """Document-level period state carried from paragraph to paragraph."""

    carry: PeriodExpr | None = None       # last year-level topic period ("2019年，", "“十三五”期间，")
    inherit: PeriodExpr | None = None     # period handed on by a paragraph that opens a list of targets
    target_next: bool = False
    list_run: bool = False                # target_next is handed on by an item of a list (not by its opener)
    forward: bool = False                 # inside a forward-looking (work-plan) section
    reference: str = ""                   # the report's reference period (a part-year or last year its lead names)
    status: PeriodExpr | None = None      # that part of the year, when the lead names it under the year (2020年…1-8月)
    event_day: PeriodExpr | None = None   # the last day written so far (the day of the event a news item reports)
    horizon: str = ""                     # the year a plan the report is news of runs to: its undated goals' period
    plan_spans: dict = field(default_factory=dict)  # last year -> span of each plan the report names (2025: 2021..2025)
    edition: PeriodExpr | None = None     # the ranking a report's lead announces (公布了2024年度赛迪百强县名单)
    before_list: PeriodExpr | None = None  # the carry a list's lead set aside (see list_lead), back when the list ends
    before_day: tuple = ()                # (the carry an event's day set aside,) back once a paragraph names a time


def _from_to(m: Mention, gov: PeriodExpr, text: str, clause: str, sentence: str) -> str:
    """Period of a figure in a from-to construction: 从2016年的X增长至2020年的Y, or 从X至Y (由X上升为Y) under
    2016..2020."""
    pair = _parallel_pair(m, text, clause)
    if pair:  # …从2010年的671.1亿元增加到2015年的1107.8亿元；一般公共预算收入由40.6亿元增加到79亿元: the same years
        return pair
    ys = ([None] + list(YEAR_SPAN_RE.finditer(sentence)))[-1] if "从" in sentence or "由" in sentence else None
    if ys and ys.end() < len(sentence) and numbers.ARABIC_RE.search(sentence, ys.end()) and \
            gov.start < m.start - len(sentence) + ys.end():  # not when a later year governs (…到2016年…、2020年突破…)
        if m.kind in _AT_A_TIME:  # …提高到2020年的55.3%，连续5年高于全国平均水平: where the years ended
            return ys.group(2)
        first = int(ys.group(1))
        if m.kind == "growth_rate" and _FROM_BASE_RE.match(sentence, ys.end(1)):
            first += 1  # 从2011年的105.91亿元增长至2020年的712.28亿元，年均增速为23.59%: the years grown, after the base's
        return f"{first}..{ys.group(2)}"
    span = Period.of(gov.period) if "从" in clause or "由" in clause else None
    if span and span.year_span:
        f = max(clause.rfind("从"), clause.rfind("由"))
        t = max(clause.rfind("至"), clause.rfind("到"), clause.rfind("为"))
        since = gov.text.endswith("来") and not plan_years(gov.text)  # 5年来，…从4142家增长至8500余家: from where
        # the years began, the year before (but “十三五”以来，…从100家: where the plan began, as “十三五”期间)
        return str(span.first_year - since if f > t else span.last_year)
    if span and span.grain == "year" and not span.is_range and _FROM_SIDE_RE.search(clause):
        return str(span.first_year - 1)  # 2018年，…贡献率由57.5%增长至58.3%: where the year started, the year before's
    return gov.period


def _parallel_pair(m: Mention, text: str, clause: str) -> str:
    """The year of a from-to figure written without years (由40.6亿元增加到79亿元) after a from-to pair with years in
    its sentence (从2010年的671.1亿元增加到2015年的1107.8亿元；): the first year for the from side, the last for the to
    side; "" when there is none."""
    if _NAMED_YEAR_RE.search(clause):
        return ""
    start, end = full_sentence_start(text, m.start), m.start - len(clause)
    own = "从" in clause or "由" in clause
    if not own:  # 收入从28993元增加到45794元，年均增长9.6%: an average growth of the from-to right before it
        before = _CLAUSE_SPLIT_RE.split(text[start: end].rstrip("，,；;"))[-1]
        if m.kind != "growth_rate" or not _YEARLY_AVERAGE_RE.search(clause) or \
                not _UNDATED_FROM_TO_RE.search(before) or _NAMED_YEAR_RE.search(before):
            return ""
        end = text.rfind(before, start, end)
    pairs = list(_YEARS_FROM_TO_RE.finditer(text, start, end))
    if not pairs:
        return ""
    if not own:
        return f"{int(pairs[-1].group(1)) + 1}..{pairs[-1].group(2)}"  # the years grown after the base's
    f = max(clause.rfind("从"), clause.rfind("由"))
    t = max(clause.rfind("至"), clause.rfind("到"), clause.rfind("为"))
    return pairs[-1].group(1) if f > t else pairs[-1].group(2)


_CLAUSE_SPLIT_RE = re.compile("[，,；;]")
_UNDATED_FROM_TO_RE = re.compile(r"[从由][^，,；;]*?[到至]")


_SUMMED_RE = re.compile(r"累计(?:完成|实施|投入|实现|引进|签约|新增)")  # a flow summed over the years reviewed


_AT_A_TIME = ("share", "count_stock", "duration")  # of a moment (a duration: of the years up to one); a rank after
# a from-to keeps its years: what is ranked may be the change over them
_TO_WORDS = ("到", "至")  # the to-word of a from-to (增加到目前60家)
_SEMICOLON_RE = re.compile("[；;]")
_FROM_BASE_RE = re.compile(r"年[末底]?的")  # 从2011年的105.91亿元: the from side is the amount of that year, a base
_YEARS_FROM_TO_RE = re.compile(r"[从由](\d{4})年[末底]?的[^，。；,;从由]{1,24}?[到至为](\d{4})年[末底]?的")


_FROM_SIDE_RE = re.compile(r"[由从]第?\s*\Z")  # 由|57.5%增长至…: the figure right after 由 (not 由上年的…: a period of its own)


_RANK_FROM_RE = re.compile(r"[由从][^，。；,;至到]{0,8}第?\Z")
_RANK_TO_RE = re.compile(r"[^，。；,;]{0,8}?[至到为]第?\d")


def _previous_edition(m: Mention, gov: PeriodExpr, period: str, text: str, clause_start: int) -> str:
    """A rank a ranking moved from (全国排名由第18位前移至第15位, 从第56位升至第54位) under a single year: the year
    before's edition, the one the year's rank is compared with (under a span, 从 already dates it the span's first)."""
    moved = _RANK_FROM_RE.search(text, clause_start, m.start) if m.kind == "rank" else None
    if moved is None or gov.period != period or not period.isdigit() or not _RANK_TO_RE.match(text, m.unit.end) or \
            gov.start > moved.start():  # (由2011年的第17位前移到第16位: a year written after 由 dates the rank it names)
        return period
    return str(int(period) - 1)


_TO_SIDE_RE = re.compile(r"[^，。；,;]*?(?:调整|优化|变化|转变|增加|增长|提高|提升|下降|减少|降低|上升)?(?:[为至]|(?<!不)到)")  # (不到: a bound)


_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # the comma grouping a number's thousands (7,010亿元): no clause's end
_OF_YEAR_RE = re.compile("(同期)?[末底]?(?:的|(?=第))")  # 由2016年|末的240余万人, 由上年|同期的35.8%, 由上年|第31位:
# the figure of that time


def from_side(text: str, e: PeriodExpr) -> bool:
    """True for a period dating the start of a change (从去年的第七名上升到第六名, 由2016年末的240余万人): the time
    changed from, not the time the report is about."""
    return text[e.start - 1: e.start] in ("由", "从") and _OF_YEAR_RE.match(text, e.end) is not None


def _to_side(m: Mention, gov: PeriodExpr, text: str, live: list[PeriodExpr], st: PeriodState) -> PeriodExpr | None:
    """The period of a figure after the to-word of 由2020年的A调整为B: the year written after 由/从 dates A only; B
    is of the time its paragraph or report is about (the expression before that year, or the carried one). In a
    report of a part of a year, 由上年同期的A提升至B: A is of the same part of the year before; 从“十二五”的A: of the
    plan's last year."""
    of = _OF_YEAR_RE.match(text, gov.end)
    if gov.kind == "present" and text[gov.start - 1: gov.start] in ("由", "从") and \
            _TO_SIDE_RE.match(text[gov.end: m.start]):
        return None  # 从目前的14.4万元增加到20万元: where it is to get, a goal's time, not now
    if text[gov.start - 1: gov.start] not in ("由", "从") or not of or gov.kind not in ("year", "plan", *PART_YEAR):
        return gov
    kinds = (*YEAR_LEVEL, "deadline") if gov.kind in ("year", "plan") else (*YEAR_LEVEL, *PART_YEAR)
    # (上半年，…由一季度的5%…; 到2025年，…由2020年的7010亿元增加到1.2万亿元: the goal's deadline)
    before = [e for e in live if e.end <= gov.start and e.kind in kinds and not e.comparison]
    now = before[-1] if before else st.carry
    between = _THOUSANDS_RE.sub("", text[gov.end: m.start])
    if _TO_SIDE_RE.match(between) or _CLAUSE_SPLIT_RE.search(between):
        return now  # (…增加到1.2万亿元，电子信息制造业营业收入达到2万亿元: the year dates the from side only)
    if gov.kind == "plan":  # 从“十二五”的42%提升至92%: where the plan's years ended
        return replace(gov, period=str(last_year(gov.period)), kind="year")
    same = Period.of(now.period) if of.group(1) and now is not None and now.kind in PART_YEAR else None
    return replace(gov, period=same.shift(-1), kind=now.kind) if same is not None else gov


_BACK_THEN_RE = re.compile(r"(?:当年|当时|那时)(?:[（(][^（()）]*[)）])?的?\s*\Z")  # 是当年（2152.1亿元）的|3倍
_YEARS_LATER_RE = re.compile(r"([两二三四五六七八九十]|\d{1,2})年(?:间|后|时间)")  # 十年间, 三年时间: the years since
_GROWN_BY_RE = re.compile(r"(?:增长|增加|提高|提升|扩大)了?\s*(?:近|约|超过)?\s*\Z")
_SAME_TIME_OPEN_RE = re.compile(r"\s*(?:同期|同一时期|同年)\s*[，,]")
_COMPARED_FROM = ("比", "较", "与")  # a year compared from, right before it
_YEARS_BEFORE_RE = re.compile(r"[两二三四五六七八九十\d]+年前的?\s*\Z")  # 十年前的|2014年


def _multiple_since(m: Mention, text: str, sentence_start: int, exprs: list[PeriodExpr], live: list[PeriodExpr],
                    st: PeriodState, pub: PubDate | None) -> str:
    """The years a multiple of an earlier year's amount spans (比2015年翻了一番多; 十年前的2013年…，如今…是当时的
    三倍多: from that year to the figure's own, or to the year the report is about, 2013..2023), else its period."""
    before = text[sentence_start: m.start]
    if m.kind != "ratio" or not m.period or _GROWN_BY_RE.search(before):
        return m.period  # (比2015年增长3倍: a growth, of its own time)
    years = [e for e in exprs if sentence_start <= e.start < m.start and e.kind in ("year", "half", "quarter") and
             (e.comparison and text[e.start - 1: e.start] in _COMPARED_FROM or
              _YEARS_BEFORE_RE.search(text, 0, e.start))]
    if years:  # (比2015年, 较2019年, 与2008年的…相比, 比十年前的2014年上半年: not 是2015年的2.6倍, dated as its year)
        base = Period.of(years[0].period).first_year
    elif _BACK_THEN_RE.search(before):  # 当年: the year told of before it
        prior = [e for e in live if e.end <= m.start and e.kind == "year"]
        base = Period.of(prior[-1].period).first_year if prior else None
    else:
        return m.period
    own = last_year(m.period)
    later = _YEARS_LATER_RE.search(before)
    if base is None or own > base:
        return f"{base}..{own}" if base is not None else m.period
    reference = last_year(st.reference) if st.reference else 0
    end = reference if reference > base else base + (count_of(later.group(1)) or 0) if later else pub.year if pub else 0
    return f"{base}..{end}" if end > base else m.period


def _of_a_day(gov: PeriodExpr) -> bool:
    """True for the quarter of a day written (22日当天，…。铁路…: what the paragraph tells of after the day's sentence,
    dated to its quarter by :class:`_Governor`): a day the report has seen, never ahead of it."""
    return gov.kind == "quarter" and "季" not in gov.text


LAST_YEARS_REVIEW_MONTH = 4  # to April, last year's results are reported (annual reviews, statistical communiqués)
_AREAS = ("m2", "km2", "hectare", "mu")


def _dated_after(m: Mention, live: list[PeriodExpr], text: str, clause: tuple[int, int]) -> PeriodExpr | None:
    """A time written after the figure in its clause as when it happened (…486人于今年6月达到脱贫标准, 已于6月底…),
    or None; not a time ahead (将于) nor one of the thing the figure describes (总投资15亿元的工厂于…投产)."""
    return next((e for e in live if m.unit.end <= e.start < clause[1] and text[e.start - 1: e.start] in ("于", "在")
                 and e.kind in ("year", "month", "date", "quarter", "half") and e.period and
                 text[e.start - 2: e.start - 1] != "将" and "的" not in text[m.unit.end: e.start]), None)


def _history_told(m: Mention, gov: PeriodExpr, text: str, sp: dict, pub: PubDate | None) -> bool:
    """True for a stock (an area, a count on hand) in a clause after one telling of a founding years before the
    report (批准设立, 实施启动: no figure of its own): the history dates the founding, not what the place has now."""
    stock = m.kind == "count_stock" or m.kind == "level" and m.unit.unit in _AREAS
    if not stock or pub is None or not gov.period or gov.topic or gov.kind not in ("year", "date", "month") or \
            last_year(gov.period) >= pub.year - 1 or gov.end >= sp["clause"][0]:
        return False  # (2015年，园区完成扩区，面积达到80平方公里: a year the sentence opens on dates it all)
    told = CLAUSE_RE.search(text, gov.end)
    end = told.start() if told else sp["clause"][0]
    return bool(_FOUNDED_RE.search(text, gov.end, end)) and not numbers.ARABIC_RE.search(text, gov.end, end) and \
        not _REACHED_RE.search(text, sp["clause"][0], m.start)  # (…完成扩区，面积达到80平方公里: the event's result)


_FOUNDED_RE = re.compile(r"设立|成立|批准|建立|组建|挂牌|启动|获批|设区|建区")  # a founding told of a place or zone
_REACHED_RE = re.compile(r"[达到增扩升降减]|突破|超过")  # a verb of change in a stock's clause


def _fallback(m: Mention, pub: PubDate | None, clause: str = "", lead: str = "") -> tuple[str, bool]:
    """Period of a figure no expression governs: none for a target (but this year when its clause names the year's
    whole or its paragraph, before it, the expected goals), else "at present" (publication month), but last year
    for an amount, a growth or a multiple published by LAST_YEARS_REVIEW_MONTH; an average over N years
    (10年年均增长10.3%) is over the N years up to the last one the report can cover."""
    if m.kind == "target":  # (力争全年全省进出口规模保持在8000亿元以上: the year the report is published in)
        this_year = vocab_re("whole_year").search(clause) or vocab_re("expected_goals").search(lead)
        return (str(pub.year) if pub is not None and this_year else ""), False  # (…划定发展预期目标，地区生产总值增长3%：
        # a work report's expected goals are the year's it is delivered in)
    if pub is None:
        return "", True
    hit = AVERAGE_RE.search(clause) if m.kind == "growth_rate" else None
    if hit:
        n = _years_averaged(hit)
        if n >= 2:
            return f"{pub.year - n}..{pub.year - 1}", False
    accrued = m.kind in ("growth_rate", "ratio") or \
        m.kind == "level" and m.unit.unit not in _AREAS and "每" not in clause
    if accrued and pub.month is not None and pub.month <= LAST_YEARS_REVIEW_MONTH:
        return str(pub.year - 1), False  # 全省开发区实现经营收入5.56万亿元，增长23% in April: an amount that accrued, or
        # its growth or multiple, reported so early in a year, is last year's (an area, 面积278平方公里, or an amount
        # per unit, 每户100元, is now; a multiple of a figure before it is of that figure's time, see para_periods)
    return pub.month_str(), False


SENTENCE_SCOPED = ("date", "month")


def _base_amount(m: Mention, text: str, bases: dict[int, PeriodExpr]) -> PeriodExpr | None:
    """The comparison base a figure is the amount of (较2016年的603万人, 比上年同期的12亿元: a period after 较/比 and
    the amount right after it, 的 between or none), or None; a rate, gap or multiple after a base (是去年的1.67倍) is
    of the figure's own time."""
    gap = text[max(0, m.start - 1): m.start]
    signed = m.start - 1 if gap in ("-", "－", "−") else m.start
    if text[max(0, signed - 1): signed] in ("(", "（") and m.unit.unit not in ("pp", "times"):
        # 较一季度(-10.8%)回升2.1个百分点, 较上年同期(3.2%): the base's own figure, in brackets after it
        at = signed - 1
        return bases.get(at) or (bases.get(at - 2) if text[at - 2: at] == "同期" else None)
    if m.unit.unit in (*RATES, "fraction", "pp", "times"):
        return None
    written = next((bases[at] for at in range(max(0, m.start - 6), m.start) if at in bases and
                    _BASE_SUBJECT_RE.fullmatch(text, at, m.start)), None)  # 上年同期为|45.06亿元, 上年同期为亏损|22.28亿元
    at = m.start - (gap == "的")
    at -= text[at - 1: at] in ("末", "底")  # 较2021年底的68家: the year's end
    return written or bases.get(at)


_BASE_SUBJECT_RE = re.compile(r"同期(?:为|是)[^\d，。；,;]{0,3}")  # a base written as its clause's subject, the amount after it its own


# 其中，…: a breakdown of the sentence before; 据此测算，…, 按此计算，…: a figure worked out from it (both of its time)
_BREAKDOWN_OPEN_RE = re.compile(r"\s*(?:其中|(?:据|按|由|照|以)此(?:测算|计算|推算|估算|算来))\s*[，,：:]")


def _frames(topic: PeriodExpr | None, day: PeriodExpr) -> bool:
    """True when ``topic`` is a year-level topic of the paragraph (一年来，…; 2018年，…) whose years hold ``day``: the
    day is an event within the year reviewed, and the sentences after it are still of that year."""
    if topic is None or not topic.topic or topic.kind not in ("year", "span", "plan") or not topic.period:
        return False
    years = Period.parse(topic.period)
    return years.first_year <= Period.parse(day.period).first_year <= years.last_year


def _perfective(e: PeriodExpr) -> bool:
    """True for 已, 已经 inside a sentence (配套工程已完成了…): what was done by the time its sentence tells of, dated
    to the report's month in that sentence only; unlike 现有, 目前 (what exists now), it makes no paragraph of now."""
    return e.kind == "present" and e.text in vocabulary().get("perfective_words", ())


_END_MARKS = frozenset("末底")  # 3月末, 3月底: the end of a month, in the expression or right after it


def _ends(part: PeriodExpr | None, e: PeriodExpr, text: str) -> bool:
    """True when ``e`` is the end of the last month of ``part``, a part of a year (一季度 and 3月末; not 6月份, a
    month's own figures after a half's)."""
    return part is not None and part.kind in PART_YEAR and bool(e.period) and \
        bool(_END_MARKS.intersection(e.text[-1:] + text[e.end: e.end + 1])) \
        and Period.parse(part.period).last_month == e.period


class _Governor:
    """The period expression governing each figure of one paragraph (scope rule), asked in text order.

    Days, single months, years, plans' years and deadlines written mid-sentence (not as a topic: 实现了“十四五”…的良好
    开局。, 厦门力争到2025年…) govern only their own sentence; after it,
    a day still dates the rest of the paragraph's narrative to its quarter. The answer for a figure is the last
    expression before it when that lies in the figure's sentence; else the last one before the sentence that
    governs beyond its sentence (precomputed), so a paragraph costs one pass over its expressions and figures.
    """

    def __init__(self, live: list[PeriodExpr], within: frozenset[int] = frozenset(),
                 status: frozenset[int] = frozenset()):
        self.live, self.i = live, 0
        self.outside: list[PeriodExpr | None] = []  # [j]: what live[:j + 1] leaves governing after its sentences
        last = None
        for e in live:
            if e.start in within:
                pass  # a part of the period before it (其中，1-2月…，3月…): its own sentence only
            elif e.start in status or not (e.kind in SENTENCE_SCOPED or (e.kind in (*YEAR_LEVEL, "deadline") or
                                                                        _perfective(e)) and not e.topic):
                # (a status date, 至9月底，…, or that month, 当月，…, dates the paragraph, as a part of a year does)
                last = e
            elif e.kind == "date" and e.period and Period.parse(e.period).grain == "day" and ".." not in e.period \
                    and not _frames(last, e):
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


_LOOK_BACK_RE = re.compile(r"(?:年前|以前|之前)的?\s*$")  # 五年前的|2018年: a year named as the time looked back to


def _recent(e: PeriodExpr, pub: PubDate | None) -> bool:
    """True for a period ending no earlier than the year before publication (not 1925年 in a 2021 review: history)."""
    return pub is None or not e.period or last_year(e.period) >= pub.year - 1


def _before_reference(e: PeriodExpr, reference: str) -> bool:
    """True for a period ending before the report's reference period begins (2020年，受疫情冲击… told mid-paragraph
    in a review of 2021: a contrast, not the time of the paragraphs after it)."""
    return bool(reference and e.period) and last_year(e.period) < Period.parse(reference).first_year


def _overtaken(e: PeriodExpr, live: list[PeriodExpr]) -> bool:
    """True for a period its paragraph goes on from to a later one (“2015年，…不到120亿元。”…“十三五”期间…，2020年达到…:
    a history told up to now, which dates none of the paragraphs after it)."""
    return bool(e.period) and any(x.period and last_year(x.period) > last_year(e.period) for x in live if x is not e)


def _narrows(e: PeriodExpr, live: list[PeriodExpr]) -> bool:
    """True for a period inside the years of a topic before it in its paragraph (22年来，…。尤其是“十三五”期间，…: the
    review's focus)."""
    inner = Period.of(e.period) if e.period else None
    before = itertools.takewhile(lambda x: x is not e, live)
    return inner is not None and any(
        x.topic and x.period and x.period != e.period and (outer := Period.of(x.period)) is not None and
        outer.first_year <= inner.first_year and last_year(x.period) >= last_year(e.period) for x in before)


def _opens_paragraph(text: str, e: PeriodExpr) -> bool:
    """True for a period in its paragraph's first sentence (2007年，宁德…: a history the paragraphs after it go on
    with; not 焦作，一座红色的城市。1925年，…: a story told on the way)."""
    stop = FULL_STOP_RE.search(text, text.rfind("\n", 0, e.start) + 1)
    return stop is None or e.start < stop.start()


def looked_back_to(text: str, e: PeriodExpr) -> bool:
    """True for a period written as the time looked back to (十年前的2012年上半年)."""
    return _LOOK_BACK_RE.search(text, max(0, e.start - 8), e.start) is not None


def _looks_back_from(e: PeriodExpr, last: PeriodExpr | None, text: str) -> bool:
    """True for a year written after a later one governs, inside its sentence as what it looks back to (而在五年前的
    2018年，…): a look back from that time, no new time of the paragraph (a year opening its sentence is one)."""
    if not e.period or not looked_back_to(text, e):
        return False
    if last is None or not last.period:
        return True  # (上海长期领先。十年前的2012年上半年，…: looked back to from the report's own time)
    p, q = Period.of(last.period), Period.of(e.period)
    return p is not None and q is not None and q.first_year < p.first_year


def _stock_point(m: Mention, period: str, clause: str, pub: PubDate | None = None, since: bool = False) -> str:
    """A stock is a point in time: under a span (去年1~11月份, 十三五期间) it is dated the span's last year; so is
    a goal over a span, its deadline (十四五期间…力争生产总值突破2.3万亿元: 2025), unless it is a goal for what
    happens over the span (:func:`_over_span`); under a span of years, so is a level crossed (periods.yml
    ``threshold_before``: 收入突破8.5万元), a level reached under a span its clause does not name itself
    (``reached_before``: 收入达到4.7万元), an amount per head and a share (十三五期间…林木覆盖率达24%: where the span
    ended), unless summed (累计). A span still running when the report is published (“十四五”期间 in 2025), or one
    running up to it (``since``: “十四五”以来), gives the publication month: the stock now."""
    point = m.kind == "count_stock" or (m.kind == "target" and not _over_span(clause))
    years = Period.of(period)
    if years is None:
        return period
    if m.kind in ("level", "growth_rate", "change") and _BALANCE in clause and years.partial:
        # 上半年，各项贷款余额4560.71亿元, 存款余额同比增长11.2%: a balance (and its change) is at the end of the part of
        return years.last_month  # the year (2019-06)
    if years.is_range and years.grain == "year" and "累计" not in clause and not _over_span(clause):
        point = point or m.kind == "share" or m.kind == "level" and (
            vocab_re("threshold_before").search(clause) is not None or _PER_HEAD in clause or
            vocab_re("reached_before").search(clause) is not None and period_regex().search(clause) is None)
    if not point or ".." not in period:
        return period
    end = last_year(period)
    if pub is not None and (end >= pub.year or since) and m.kind != "target" and years.grain == "year":
        return pub.month_str()
    return str(end)


_SINCE = "以来"  # a plan written so runs up to the time of the report (“十四五”以来)
_PER_HEAD = "人均"  # an amount per head (人均可支配收入2.33万元) is a year's, never a sum over years
_BALANCE = "余额"  # a balance (存款余额, 贷款余额): a stock at a moment


def _over_span(clause: str) -> bool:
    """True for a goal of what happens over a plan's years rather than where it ends: an average (年均增长6%以上),
    what is added or done every year or in all (periods.yml ``over_span``: 新增国家级企业20家, 每年新增20家), or a
    change written right before its figure (单位工业增加值能源消耗降低17%): all of them span the plan's years."""
    return AVERAGE_RE.search(clause) is not None or vocab_re("over_span").search(clause) is not None or \
        vocab_re("change_before").search(clause) is not None


def _plan_span(m: Mention, gov: PeriodExpr, period: str, clause: str, spans: dict[int, str]) -> str:
    """A goal over a plan's years (:func:`_over_span`) under a deadline (到2025年，R&D投入年均增长18%以上; 到“十四五”末)
    spans the plan the report names that ends in that year (“十四五” -> 2021..2025), not the deadline year alone."""
    own = clause.rsplit("、", 1)[-1]  # (一产业年均增速保持在2.6%以上、增加值总量冲刺63.3亿元: the item's own words)
    if m.kind != "target" or gov.kind not in ("deadline", "plan") or not period.isdigit() or not _over_span(own):
        return period
    return spans.get(int(period), period)


def _plan_years(period: str, plan_spans: dict[int, str]) -> str:
    """A growth over years that end with a plan the report names and start at its base year or its first
    (从2015年的94.42亿元到2020年的161.7亿元，年均增长9.1% under “十三五”) is the plan's years (2016..2020)."""
    years = Period.of(period)
    plan = plan_spans.get(years.last_year) if years is not None and years.is_range and years.grain == "year" else None
    start = Period.of(plan).first_year if plan else None
    return plan if start is not None and years.first_year in (start - 1, start) else period


def _reviewed_years(year: int, text: str, at: int) -> str:
    """The years a review of the last N years (过去五年，…) written before ``at`` covers, up to ``year``: the span an
    average rate a year (年均增长) under that year is over (2021年，…年均增长6.94% after 过去五年: 2017..2021); ""."""
    hit = None
    for hit in _REVIEWED_RE.finditer(text, max(0, at - _REVIEW_REACH), at):
        pass
    n = _years_averaged(hit) if hit else 0
    return f"{year - n + 1}..{year}" if n >= 2 else ""


_REVIEWED_RE = re.compile(r"(?:过去的?|近|最近)([两二三四五六七八九十]|\d{1,2})年")
_REVIEW_REACH = 2000  # characters: a review's paragraphs, not a whole long report
_YEARLY_AVERAGE_RE = re.compile(r"年均(?:增长|增速|下降)")  # an average rate a year over years
AVERAGE_RE = re.compile(r"([两二三四五六七八九十]|\d{1,2})年(?:来|來|间|間)?(?:的)?(?:平均|年均)")


def _over_years(year: int, text: str, at: int, plan_spans: dict[int, str] | None) -> str:
    """The years an average or a total under ``year`` is over: the plan's ending that year (“十三五”: 2016..2020), else
    those of a review of the last N years written before ``at`` (:func:`_reviewed_years`), else ""."""
    return (plan_spans or {}).get(year) or _reviewed_years(year, text, at)


def _years_averaged(hit: re.Match) -> int:
    """N of an AVERAGE_RE or _REVIEWED_RE match (两年平均, 10年年均, 过去五年), 0 if unreadable."""
    return int(hit.group(1)) if hit.group(1).isdigit() else int(numbers.chinese_value(hit.group(1)) or 0)


def _average_span(period: str, clause: str) -> str:
    """"两年平均增长6.7%" in a 2021 period: an average over N years is the span of those years (2020..2021), not
    their last part-year."""
    hit = AVERAGE_RE.search(clause)
    span = Period.of(period) if hit else None
    if span is None or (span.grain == "year" and span.is_range):  # a span from a year: already years
        return period
    n = _years_averaged(hit)
    year = span.first_year
    return f"{year - n + 1}..{year}" if n >= 2 else period


def _start_point(e: PeriodExpr, text: str) -> bool:
    """"从1999年建设的高新区": a start point with no matching 至/到 in its clause does not date figures."""
    if text[max(0, e.start - 1): e.start] != "从" or e.kind == "span" or is_frame(text, e.start, e.end):
        return False  # 从2021年完成情况来看，: a frame (a topic), not a start point
    end = CLAUSE_RE.search(text, e.end)
    rest = text[e.end: end.start() if end else len(text)]
    if numbers.ARABIC_RE.search(rest) or numbers.CN_NUMERAL_RE.search(rest):
        # 从2012年突破2万亿元，到2016年… (从2005年首次突破万亿元大关，到2010年…): a chronology's first step dates its clause
        stop = _STOP_RE.search(text, e.end)
        rest = text[e.end: stop.start() if stop else len(text)]
    return "至" not in rest and "到" not in rest


def _ranking_year(m: Mention, text: str, clause_start: int) -> str:
    """The year of a rank in a ranking announced on a news day (2017年12月16日，…名单揭晓，长沙县位居第六名), dated
    by the day or by the quarter of a day carried from an earlier sentence (:func:`_of_a_day`): a ranking is a year's,
    the day is when it was announced. "" for any other figure, and for the rank of a figure of that day, where no
    ranking's words (periods.yml ``ranking_edition``) come between the day and the rank's clause (截至11月27日，…装机
    …居全国首位)."""
    gov = m.extra.get("gov")
    if m.kind not in RANKS or gov is None or not m.period or not (is_day(gov) or _of_a_day(gov)) or \
            not vocab_re("ranking_edition").search(text, gov.start, clause_start):
        return ""
    return str(Period.parse(m.period).first_year)


def is_day(e: PeriodExpr) -> bool:
    """A single day (1月10日), not a range of days or a month."""
    return e.kind == "date" and bool(e.period) and ".." not in e.period and Period.parse(e.period).grain == "day"


def _event_day(text: str, full: int, start: int, live: list[PeriodExpr], st: PeriodState) -> PeriodExpr | None:
    """The event's day for a figure after a clause of its sentence (from ``full``, across its semicolons) that opens
    with an event word (periods.yml ``event_subjects``: 会议对…予以表彰，共兑现奖金3285.1万元; …活动举行，本次集中
    启动的新开工项目共200个) when no period is named between that word and the figure:
    the last day written before it, in its paragraph or earlier (the news lead's 1月10日); None otherwise.
    A general pattern of news of meetings and launches: what the event did is dated the event's day."""
    opens = [full] + [c.end() for c in CLAUSE_RE.finditer(text, full, start)]
    at = next((o for o in reversed(opens) if vocab_re("event_subjects").match(text, o)), None)
    if at is None or any(at <= e.start < start for e in live):
        return None
    days = [e for e in live if e.start < start and is_day(e)]
    return days[-1] if days else st.event_day


_SENTENCE_END = "。！？!?；;\n"
_FULL_STOP_END = "。！？!?\n"


def _aspect(e: PeriodExpr, before: list[PeriodExpr], text: str, reviewed: bool = False) -> bool:
    """True for an aspect word (periods.yml ``aspect_words``: 已, 拥有) after a period written earlier in its
    sentence (截至2020年底，全市已建成…), or after a part of a year earlier in its paragraph, or anywhere in a review
    of a past year carried from before (``reviewed``: 2019年工作总结 … 规划已报省部研究): "already by then", no new
    period."""
    gathered = e.text in vocabulary().get("gathered_words", ())
    if e.kind != "present" or e.text not in vocabulary().get("aspect_words", ()) and not gathered:
        return False
    if reviewed:
        return True
    if not before:
        return False
    start = max(text.rfind(c, 0, e.start) for c in _SENTENCE_END) + 1
    if before[-1].kind == "present":
        return False
    if gathered:  # 集聚了: by the time its own sentence names, or now
        return before[-1].start >= start
    # a topic or a year gone reaches across the semicolons of its sentence (截至2019年末，…拥有高新技术企业3.1万家；拥有…
    # 孵化器478家; 2021年国家高新区入统企业17.2万家，…；每万名从业人员拥有发明专利440件; not 明年年底建成…；…已完工81个);
    # 1-8月共完成投资622.2亿元。其中…新建项目已开工122个: a part of a year (or a status date: 至9月底) earlier in the
    # paragraph, too (not the year so far, still running: 今年以来，…累计已拥有40家 is now)
    full = max(text.rfind(c, 0, e.start) for c in _FULL_STOP_END) + 1
    last = before[-1]
    past = last.kind in YEAR_LEVEL and bool(last.period and e.period) and last_year(last.period) <= int(e.period[:4])
    return last.start >= start or ((last.topic or past) and last.start >= full) or \
        (last.kind in PART_YEAR and last.text != "今年以来") or to_month(last, text)


_EXPECTED_RE = re.compile(r"(?:有望|预计|力争|争取|计划)[^，。；,;]{0,6}\Z")  # a hope or plan written right before


def _respective_period(m: Mention, ms: list[Mention], live: list[PeriodExpr], text: str,
                       clause: tuple[int, int]) -> PeriodExpr | None:
    """The i-th of the periods a clause lists before 分别, for the i-th of as many figures after it (全省GDP一季度、
    上半年、前三季度分别增长18.6%、13.0%和9.7%: each figure of its own part of the year); None otherwise."""
    at = text.rfind("分别", clause[0], m.start)
    if at < 0:
        return None
    listed = [e for e in live if clause[0] <= e.start < at and e.period]
    shared = _sharing_unit(listed[0], text) if len(listed) == 1 else []
    if shared:
        listed = shared
    elif len(listed) < 2 or any(text[a.end: b.start] not in LISTED_SEPARATORS for a, b in zip(listed, listed[1:])):
        return None
    figures = [x for x in ms if at < x.start < clause[1] and x.kind == m.kind]
    return listed[figures.index(m)] if len(figures) == len(listed) and m in figures else None


def _sharing_unit(e: PeriodExpr, text: str) -> list[PeriodExpr]:
    """The quarters listed before ``e`` with its 季度 written once (一、二、三季度分别进出口…), each an expression at
    ``e``'s place, then ``e``; [] when none are."""
    hits = [h for h in QUARTERS_SHARING_RE.finditer(text, max(0, e.start - 12), e.end) if h.end() == e.end] \
        if e.kind == "quarter" and re.fullmatch(r"\d{4}-Q[1-4]", e.period) else []
    quarters = [count_of(q) for q in hits[0].group(1).split("、") if q] if hits else []
    return [replace(e, period=f"{e.period[:4]}-Q{q}") for q in quarters] + [e] if quarters and all(quarters) else []


def _lead_year_topic(live: list[PeriodExpr], text: str, pub: PubDate | None) \
        -> tuple[list[PeriodExpr], PeriodExpr | None]:
    """A year written mid-sentence in the first sentence of a paragraph, before any other period of it, is the
    paragraph's topic (根据最近公布的数据，宁德去年GDP增长13.3%…: what follows in the paragraph and after it is of
    that year): the opening statement of a news paragraph sets its time, as a written topic does. Not a chronology
    (1999年设立…，2006年确定…) nor a question (GDP今年破两万亿？), and only a recent year, the publication year or the
    one before (an older year written mid-sentence is history). A news dateline's day before it (中新网2月1日电 据…
    消息，2022年武汉市…) is when, not what about, and does not stop it. Returns the expressions and the year promoted
    (None if none)."""
    i = next((j for j, e in enumerate(live) if not (is_day(e) and text[e.end: e.end + 1] in ("电", "讯"))), len(live))
    if i == len(live) or live[i].topic or live[i].kind != "year" or not live[i].period or pub is None or \
            not pub.year - 1 <= int(live[i].period) <= pub.year:
        return live, None
    first = live[i]
    ps = text.rfind("\n", 0, first.start) + 1
    stop = FULL_STOP_RE.search(text, ps)
    end = stop.start() if stop else len(text)
    if end < first.start or text[end: end + 1] in ("？", "?") or _EXPECTED_RE.search(text, ps, first.start) or \
            any(e.kind == "year" and e.period != first.period for e in live if e.start < end):
        return live, None  # (有望在今年跻身…: the year a hope is for sets no time of the paragraph)
    return live[:i] + [replace(first, topic=True)] + live[i + 1:], first


def _years_from(m: Mention, gov: PeriodExpr, period: str, text: str) -> str:
    """A duration of N years after the year it starts in (自2004年起，…展开持续3年的邀约: 2004..2006): the N years
    from that year, not the start year alone (a general pattern: 自/从 YEAR 起 … N年)."""
    if m.kind != "duration" or m.unit.unit != "years" or gov.kind != "year" or not period.isdigit() or \
            text[gov.start - 1: gov.start] not in ("自", "从") or text[gov.end: gov.end + 1] != "起":
        return period
    n = int(m.num.value or 0)
    return f"{period}..{int(period) + n - 1}" if n >= 2 else period


def _consecutive_years(m: Mention, period: str, text: str, clause_start: int) -> str:
    """连续九年稳居全国十强 dated 2022: the nine years up to 2022 (2014..2022), not their last alone (and so months and
    quarters: :func:`_consecutive_months`); N consecutive
    years running up to the present (dated by the publication month) end with the last full year (连续5年受到表彰 in
    May 2021: 2016..2020), or with this year in its last quarter (連續5年保持兩位數增長 in November 2020: 2016..2020)."""
    if m.kind != "duration" or not (_CONSECUTIVE_RE.search(text, clause_start, m.start) or
                                    text.startswith(_TITLES_RUNNING, m.unit.end)):
        return period  # (实现四连冠: first N times running, yearly)
    p = Period.of(period)
    n = int(m.num.value or 0)
    if m.unit.unit in _MONTHS_OF and p is not None and n >= 2:
        since = _SINCE_RE.search(text, clause_start, m.start) is not None
        if since and p.is_range and m.unit.unit == "quarters":  # 自2023年前三季度以来连续7个季度: from the reading of
            y, mo = p.last                                          # its last quarter on (2023-07..2025-03)
            p = Period.parse(f"{y}-{mo - 2:02d}") if mo >= 3 else p
        return _consecutive_months(n * _MONTHS_OF[m.unit.unit], p, since)
    if m.unit.unit != "years" or p is None or p.first_year != p.last_year or n < 2:
        return period
    end = p.last_year if p.grain == "year" or p.last[1] >= 10 else p.last_year - 1  # (in its last quarter: this year)
    return f"{end - n + 1}..{end}"


def _evaluated_edition(m: Mention, text: str) -> str:
    """The year of the edition a count's group is evaluated or listed in, written right after it (对229家国家级经开区
    2023年度综合发展水平情况进行考核评价: 2023, periods.yml ``ranking_edition``), or ""."""
    if m.unit.unit != "count":
        return ""
    hit = _YEAR_AFTER_COUNT_RE.match(text, m.unit.end)
    return hit.group(1) if hit and vocab_re("ranking_edition").match(text, hit.end()) else ""


_YEAR_AFTER_COUNT_RE = re.compile(r"[^，。；,;\d]{0,12}?((?:19|20)\d\d)年度")
_SINCE_RE = re.compile(r"以来|(?:月份?|季度)起")  # 自2016年4季度以来, 10月起: the months counted from it on
_CONSECUTIVE_RE = re.compile("(?:连续|連續|连年|連年|蝉联|蟬聯)\\s*第?\\s*\\Z")  # 连续第三年: the Nth year running
_TITLES_RUNNING = "连冠"  # 实现四连冠: first N times running
_MONTHS_OF = {"months": 1, "quarters": 3}  # the months in a duration's unit


def _consecutive_months(months: int, p: Period, since: bool) -> str:
    """连续4个月保持高速增长 in a January-July release: the four months up to July (2022-04..2022-07), or, after 以来
    (自2016年4季度以来已连续8个季度), the months from the period named on."""
    y, mo = p.first if since else p.last
    at = y * 12 + mo - 1  # months since year 0, so that a span crosses years by plain arithmetic
    a, b = (at, at + months - 1) if since else (at - months + 1, at)
    return f"{a // 12}-{a % 12 + 1:02d}..{b // 12}-{b % 12 + 1:02d}"


_LISTED_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_WRITTEN_YEARS_RE = re.compile(r"(\d{4})年?\s*(?:至|到|—|-|~|～)\s*(\d{4})年")
_YEARS_SINCE_RE = re.compile(r"(\d{4})年(?:以)?来")  # 2010年以来: the years from it up to the report's


def _year_by_year(m: Mention, period: str, text: str, clause_start: int) -> str:
    """"2022年至2025年，…分别为39家、55家、84家、98家": as many figures listed after 分别 as the years written out
    before it (or the years since one, 2010年以来，…分别增长15%、14.2%、13.6%、12.5%) are one a year, in order."""
    span = Period.of(period)
    at = text.rfind("分别", clause_start, m.start)
    written = _WRITTEN_YEARS_RE.search(text, clause_start, at) if at >= 0 else None
    since = _YEARS_SINCE_RE.search(text, clause_start, at) if at >= 0 and written is None else None
    years = None
    if written:
        years = int(written.group(1)), int(written.group(2))
    elif since and span is not None:
        years = int(since.group(1)), span.last_year
    if span is None or not span.year_span or years is None or CLAUSE_RE.search(text, at, m.start) or \
            years != (span.first_year, span.last_year):
        return period  # the years written out (not 分别比“十三五”初增长了…: five measures of the plan's years)
    end = CLAUSE_RE.search(text, m.start)
    listed = [x.start() for x in _LISTED_NUMBER_RE.finditer(text, at, end.start() if end else len(text))]
    first, last = span.first_year, span.last_year
    if len(listed) != last - first + 1 or m.start not in listed:
        return period
    return str(first + listed.index(m.start))


def _to_date(m: Mention, gov: PeriodExpr, period: str, clause: str, text: str = "") -> str:
    """A flow total dated by a single month whose clause says it is cumulative (periods.yml ``to_date``: 去年10月，…
    首次完成产值1100亿元), or by 截至 that month (截至8月底已完成投资487.68亿元, 至9月底，开工建设160个; not a balance,
    余额), is the year to date, January to that month (statistics are reported cumulatively); so is the share of the
    year's plan it completes (完成年度计划的62.4%, 占年度计划的47.8%)."""
    cumulative = vocab_re("to_date").search(clause) or (
        (TO_DATE_RE.search(clause) or _TO_MONTH_RE.search(text, max(0, gov.start - 3), gov.start)) and
        "余额" not in clause)
    done = m.kind == "share" and ("完成" in clause or _OF_PLAN_RE.search(clause) is not None)  # (占年度计划的47.8%)
    # 截至3月31日，集装箱累计到发3.5万标箱: to the month's end; 截至7月3日，全省登记技术合同24883项: to a day of it
    month_end = gov.kind == "date" and (_month_end(period) or _TO_MONTH_RE.search(text, max(0, gov.start - 3),
                                                                                 gov.start) is not None)
    flowed = m.kind in ("level", "count_flow") or m.kind == "change" and _flow_change(clause, len(clause))
    if gov.kind != "month" and not month_end or (not flowed and not done) or not cumulative:
        return period
    p = Period.of(period)
    if p is None or p.is_range or p.grain not in ("month", "day") or p.first[1] == 1:
        return period
    return f"{p.first[0]}-01..{p.first_month}"


def _flow_change(text: str, at: int) -> bool:
    """Whether revenue or spending more or less than before (periods.yml ``flow_changes``: 增收, 少支) ends text[:at]."""
    return re.search(f"(?:{vocab_re('flow_changes').pattern})\\s*\\Z", text[max(0, at - 8): at]) is not None


_OF_PLAN_RE = re.compile(r"占(?:年度|全年|年初|年)(?:投资)?(?:计划|预算)")  # a share of the year's plan: how much of it is done
# a change on a named year, written right before it (比2015年提高)
_BASE_YEAR_RE = re.compile(r"[比较]((?:19|20)\d{2})年[末底]?[^，,；;\d]{0,6}?(?:[\d.]+[^\d，,；;、和及]{0,4}[、和及])*$")
_SINCE_YEAR_START_RE = re.compile(r"[比较](?:年初|上年末|去年末|上年底|去年底)")


def _closed_before(text: str, e: PeriodExpr, at: int) -> bool:
    """True when ``e`` is written inside 继…后 (继2020年突破5万元、2021年突破6万元后) and that closes before ``at``."""
    opened = text.rfind("继", max(0, e.start - 16), e.start)
    if opened < 0 or CLAUSE_RE.search(text, opened, e.start):  # (、 between items inside it)
        return False
    return _AFTER_RE.search(text, e.end, at) is not None


_AFTER_RE = re.compile(r"(?:之后|后)(?=[，,又再])")
KEPT_RE = re.compile(r"[^，。；,;\d]{0,8}?(?:保持|维持|稳定)在?\s*")  # (连续5个季度)生产总值保持在|8%: a level kept
# ，约为全国平均水平|5.7倍, 是全国平均水平的|1.5倍: a multiple of the figure right before it
_MULTIPLE_LINK_RE = re.compile(r"[，,]\s*(?:约|近|超过)?(?:是|为|相当于)[^，。；,;\d]{0,20}?的?\s*")
_RANK_OF_RE = re.compile(r"[，,]\s*(?:居|位居|位列|列|排名|排在?)[^，,。；;\d]{0,8}?(?:第|前)?")
_GROWTH_OF_RE = re.compile(r"[，,、]?\s*(?:同比|比上年同期|较上年同期|比去年同期|较去年同期|比上年|较上年)?"
                           r"(?:增长|下降|增加|减少|回落|上升)了?[-－−]?")  # (增长-5.4%: a fall written signed)
# 比上年提高|0.3个百分点, 较去年同期增长|5%: a change from the year before, right before its figure
_ON_LAST_YEAR_RE = re.compile(r"(?:同比|[比较](?:上年|去年|上一年)(?:同期)?)[^，,；;。\d]{0,4}?$")


def _on_last_year(m: Mention, period: str, text: str, clause_start: int) -> str:
    """A change or growth from the year before (比上年提高0.3个百分点) is of one year: the last of a span of years that
    governs it (自2014年以来占比逐年提高。…占82.5%，比上年提高0.3个百分点: 2017, not 2014..2017)."""
    p = Period.of(period)
    clause = text[clause_start: m.start]
    if m.kind not in ("change", "growth_rate") or p is None or not p.year_span or AVERAGE_RE.search(clause) or \
            not _ON_LAST_YEAR_RE.search(clause) or not vocab_re("change_before").search(clause):
        return period
    return str(p.last_year)


def _month_end(period: str) -> bool:
    """True for a day that is the last of its month (2020-03-31)."""
    p = Period.of(period)
    if p is None or p.grain != "day" or p.is_range:
        return False
    y, mo, d = (int(x) for x in period.split("-"))
    return d == calendar.monthrange(y, mo)[1]


_TO_MONTH_RE = re.compile(r"(?:^|[，。；,;\n])(?:截至|截止|至)\Z")  # 至|9月底，: up to the month that follows


def to_month(e: PeriodExpr, text: str) -> bool:
    """True for a month or a day written as the date a report's figures run up to (至9月底，…; 截至6月末，…;
    截至2022年9月30日，…): a progress report's status date, which its lead names and its later paragraphs go on with,
    as a part of a year is."""
    return e.kind in ("month", "date") and _TO_MONTH_RE.search(text, max(0, e.start - 3), e.start) is not None


def _habitual(text: str, full: int, start: int, live: list[PeriodExpr]) -> bool:
    """True when a habitual word (periods.yml ``habitual``: 每年为企业争取的资金达7000万元以上) comes before the figure
    in its sentence with no period named after it: a regular amount is how things stand now, not a carried year's."""
    hit = None
    for hit in vocab_re("habitual").finditer(text, full, start):
        pass
    return hit is not None and not any(hit.start() <= e.start < start for e in live)


def _gap_of(m: Mention, prev: Mention | None, text: str, sp: dict, full: int) -> bool:
    """True for a gap (高于GDP增速6.6个百分点, periods.yml ``gap_opener``) compared from the rate just before it in its
    sentence (a growth rate, or a share: 完成年度计划的73.4%，高于去年同期1.6个百分点): a gap between two rates is of
    the time of the rate, as it is written."""
    return m.kind == "change" and prev is not None and prev.kind in ("growth_rate", "share") and prev.start >= full and \
        bool(prev.period) and vocab_re("gap_opener").match(text[sp["clause"][0]: m.start]) is not None


def _year_end_goal(m: Mention, clause: str, rules: Rules | None) -> bool:
    """A goal with a deadline within the year (年底前完成总工程量的30%, extraction_rules.yml ``target_deadline``): the
    year's goal, dated the year, not the month or part-year it was written in (a general pattern of work plans)."""
    return rules is not None and m.kind == "target" and rules.forward.deadline.search(clause) is not None


def _counted_by_change(m: Mention, text: str, sp: dict, rules: Rules | None) -> bool:
    """True for a count of what grew or fell over the period (1-9月，全省38个大类行业中，有23个行业实现同比增长): a
    count of the period's changes, or of the group they are counted in, is of the period, not a stock at a moment."""
    return m.kind == "count_stock" and rules is not None and \
        rules.keywords.growth.search(text, m.unit.end, sp["sentence"][1]) is not None


def _year_before_reviewed(gov: PeriodExpr | None, st: PeriodState, pub: PubDate | None) -> PeriodExpr | None:
    """上年 (上年同期, 上年的) in the review of last year is the year before the one reviewed, as statistical prose
    counts it from the year reported (2018年…三次产业结构由上年同期的6.9:47.7:45.4调整为… in 2019: 2017), not from
    the publication year, as 去年 is."""
    if gov is None or pub is None or not gov.text.startswith("上年") or st.reference != str(pub.year - 1) or \
            gov.period != st.reference:
        return gov
    return replace(gov, period=str(pub.year - 2))


def _places_picked(m: Mention, text: str, sp: dict) -> bool:
    """True for a count of the places a condition picks (meaning.counted_places, then periods.yml
    ``place_condition`` before the next figure, not of all of them, ``place_all``: 7个设区市增速跑赢全省; not
    13个设区市的增速均为两位数): a count of the period's figures, not a stock at the period's end."""
    if m.kind != "count_stock" or m.unit.unit != "count":
        return False
    counted = meaning.counted_places(text, m.end, m.unit.end)
    if not counted:
        return False
    at = text.index(counted, m.end) + len(counted)
    figure = numbers.ARABIC_RE.search(text, at, sp["clause"][1])
    rest = text[at: figure.start() if figure else sp["clause"][1]]
    return vocab_re("place_condition").search(rest) is not None and vocab_re("place_all").search(rest) is None


def _refined(m: Mention, gov: PeriodExpr, prev: Mention | None, text: str, sp: dict, full: int,
             rules: Rules | None, plan_spans: dict[int, str] | None = None, pub: PubDate | None = None) -> str:
    """The period of the governing expression ``gov`` as the figure's own clause and sentence qualify it."""
    clause = text[sp["clause"][0]: m.start]
    period = _year_by_year(m, _from_to(m, gov, text, clause, text[sp["sentence"][0]: m.start]), text, sp["sentence"][0])
    if m.kind in ("growth_rate", "rank"):  # 两年平均增长6.7%, 两年平均增速蝉联全市第一; a change of that average
        period = _average_span(period, clause)  # (比一季度提高0.6个百分点) keeps its period; so does a growth on
        # a base year (比2019年同期增长9.3% in a first quarter: of that quarter, as the keying guide dates a growth)
        period = _plan_years(period, plan_spans or {})
        if period.isdigit() and _YEARLY_AVERAGE_RE.search(clause):  # 2020年，…年均增长8.88% in a review of
            period = _over_years(int(period), text, m.start, plan_spans) or period
            # “十三五”: the plan's years, 2016..2020; in a review of 过去五年: the five years up to that year
    elif m.kind in ("level", "count_flow") and period.isdigit() and _SUMMED_RE.search(clause):
        # 固定资产投资累计完成2867亿元 in a review of 过去的五年 (or of a plan's years): the total over those years
        period = _over_years(int(period), text, m.start, plan_spans) or period
    if m.kind == "growth_rate" and gov.kind in ("half", "month_range") and "环比" in clause and period == gov.period:
        y, mo = Period.parse(period).last  # 上半年…猪肉环比下降2.6%: against the month before, so of the last month
        period = f"{y}-{mo:02d}"
    if not _counted_by_change(m, text, sp, rules):
        period = _stock_point(m, period, clause, pub, gov.text.endswith(_SINCE) and bool(plan_years(gov.text)))
    statement = text[sp["sentence"][0]: m.start]
    if m.kind == "rank" and ".." in period and rules is not None and Period.parse(period).grain == "year" and \
            not AVERAGE_RE.search(statement) and not rules.keywords.growth.search(statement):
        period = str(last_year(period))  # “十三五”期间，…营业收入总量规模跃居全国第10位: where the years left it (not 增速居…)
    period = _plan_span(m, gov, period, clause, plan_spans or {})
    period = _years_from(m, gov, _to_date(m, gov, period, clause, text), text)
    p = Period.of(period) if m.kind == "change" and _SINCE_YEAR_START_RE.search(clause) else None
    if p is not None and not p.is_range and p.grain == "month" and p.first[1] > 1:
        period = f"{p.first[0]}-01..{p.first_month}"  # 截至6月底，存款余额…比年初增加10.56亿元: over the year so far
    if gov.kind in PART_YEAR and not gov.topic and gov.start < sp["sentence"][0] and period and \
            vocab_re("project_total").search(clause):
        period = str(last_year(period))  # 22个市重点项目总投资170.96亿元: the projects' size, not a flow
    period = _from_base_year(m, period, clause)
    if _gap_of(m, prev, text, sp, full):
        period = prev.period
    if period and _year_end_goal(m, clause, rules):
        period = str(last_year(period))
    return period


_YEARS_COMPARED = 2  # a growth on the year before last is that year's (the two-year comparison of 2021 releases)


def _from_base_year(m: Mention, period: str, clause: str) -> str:
    """A change from a named earlier year (过去五年，…比2015年提高7.5个百分点; 2020年，…较2015年增加22亿元), or a growth
    under a span of years (“十三五”以来，…比2015年增长43.1%) or over more years than two (2020年…较2015年增长26.8%),
    spans the years from the one after it to the last its period reaches (2016..2020), as totals over years do; not a
    year's growth on the year before last (2021年…比2019年增长5.4%: that year's, the two-year comparison), nor a part
    of a year compared with a year (1—2月，…比2022年提高2.6个百分点: the months')."""
    base = _BASE_YEAR_RE.search(clause) if m.kind in ("change", "growth_rate") else None
    p = Period.of(period)
    if base is None or p is None or p.grain != "year":
        return period
    first = int(base.group(1)) + 1
    if m.kind == "growth_rate" and not p.year_span and p.last_year - first < _YEARS_COMPARED:
        return period
    return f"{first}..{p.last_year}" if first < p.last_year else period


def _whole_year(m: Mention, text: str, sp: dict, pub: PubDate | None = None, rules: Rules | None = None) -> str:
    """The year of a part-year, month or day period when the figure's sentence says it is the whole year's before it
    (periods.yml ``whole_year``: 全年实现工业总产值646亿元 under a day's news of the year's results), unless a 的 between
    makes the year an attribute (完成全年计划投资的95%) or the year is compared to (比去年同期、全年提高…). A year
    not over when the report is published has no whole-year result yet: 全年 in April's digest of the statistical
    bulletin is last year's (a goal or a plan for the year stays this year's)."""
    p = Period.of(m.period) if m.period else None
    if p is None or p.grain == "year":
        return m.period
    hit = None
    for hit in vocab_re("whole_year").finditer(text, sp["sentence"][0], m.start):
        pass
    if hit is None and pub is not None and m.extra.get("undated") and m.period == pub.month_str():
        reach = max(0, sp["sentence"][0] - 2000)  # (a long paragraph is read back so far only)
        para = max(reach, text.rfind("\n", reach, m.start) + 1)
        # 全年全体居民人均可支配收入38642元…。其中，城镇常住居民…43405元: a sentence opening on the whole year
        # dates the undated figures of the sentences after it in its paragraph
        hit = next((h for h in reversed(list(vocab_re("whole_year").finditer(text, para, sp["sentence"][0])))
                    if h.start() == para or text[h.start() - 1] in "。！？!?"), None)
    gov = m.extra.get("gov")
    if hit is not None and gov is not None and gov.start >= hit.end():
        return m.period  # 从全年走势看，…一季度同比增长11.4%: a part of the year written after the whole year governs
    if hit is None or "的" in text[hit.end(): m.start] or _COMPARED_TO_RE.search(text, sp["sentence"][0], hit.start()) \
            or _PLANNED_YEAR_RE.match(text, hit.end()) and CLAUSE_RE.search(text, hit.end(), m.start):
        return m.period  # (比去年同期、全年提高2.2、2.1个百分点: the whole year is a base compared to; 年内计划完成投资
    if p.first_year != p.last_year:  # 86亿元，开复工项目25个: the year is the plan's, not the clause's after it)
        return m.period
    if pub is not None and pub.month and pub.month < 12 and p.last_year == pub.year and \
            m.kind not in ("target", "plan") and \
            not text[max(0, hit.start() - 4): hit.start()].endswith(tuple(rules.kinds["forecast"] if rules else ())):
        return str(pub.year - 1)
    return str(p.last_year)


def _not_yet_ended(m: Mention, pub: PubDate | None, reference: str) -> str:
    """A result dated by a part of a year written without its year (一季度湖南经济同比下降1.9%, 四季度全面回升 in a
    review published in January) that would end after the month the report was published in is of the year
    before: no result of a part still to come can be reported (a goal or a plan for it can). The quarter under way
    is this year's unless the report reviews last year (its ``reference``): 第二季度…集中开工153个重大项目 on 19 April."""
    gov = m.extra.get("gov")
    p = Period.of(m.period) if m.period else None
    if pub is None or not pub.month or gov is None or gov.kind not in PART_YEAR or m.kind in ("target", "plan") or \
            _NAMED_YEAR_RE.search(gov.text) or _of_a_day(gov) or p is None or not p.partial or p.first_year != pub.year:
        return m.period
    ahead = (p.last[0] * 12 + p.last[1]) - (pub.year * 12 + pub.month)
    under_way = p.first[1] <= pub.month and ahead <= 2 and last_year(reference) != pub.year - 1
    return p.shift(-1) if ahead >= 1 and not under_way else m.period


_NAMED_YEAR_RE = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d.])|[今本当明去上前]年")  # 2021年一季度, 去年上半年: a year of its own


def _period_end(m: Mention, text: str, sp: dict, pub: PubDate | None) -> str:
    """A figure its clause dates by the end of the period reported (periods.yml ``period_end``: 季末生猪存栏44.79万头 in
    a half-year review) is at the period's last month, a point; a goal its clause names as the year's (periods.yml
    ``year_goal``: 占年度目标1505亿元的27.5% in a first-quarter release) is of the whole year, not the part reported.
    (季末 dates the figures of its sentence: 季末生猪存栏44.79万头，增长4.7%.)"""
    clause = text[sp["clause"][0]: m.start]
    p = Period.of(m.period) if m.period else None
    if m.kind in ("target", "plan") and vocab_re("year_goal").search(clause):
        year = p.last_year if p is not None else pub.year if pub is not None else None
        return str(year) if year else m.period
    if p is not None and p.partial and vocab_re("period_end").search(text, sp["sentence"][0], m.start):
        return p.last_month
    return m.period


_PLANNED_YEAR_RE = re.compile(r"[^，。；,;\d]{0,4}?(?:计划|目标|任务)")


_COMPARED_TO_RE = re.compile(r"[比较][^，。；,;]{0,8}\Z")


def _edition(text: str, start: int, live: list[PeriodExpr], gov: PeriodExpr | None) -> PeriodExpr | None:
    """The year of the ranking a rank at ``start`` belongs to (periods.yml ``ranking_edition``: 公布2022年国家高新区
    综合评价结果), written earlier in its paragraph and after the expression that governs it; None when there is
    none or the rank's own words date it later."""
    for e in reversed(live):
        if e.start >= start or (gov is not None and e.start < gov.start and gov.kind in YEAR_LEVEL):
            continue
        if _names_edition(text, e):
            return e
    return None


_TITLE_RE = re.compile(r"《[^《》]{0,60}》")


def _in_title(text: str, e: PeriodExpr) -> bool:
    """True for a span of years written inside a document's title (《安徽省“十四五”汽车产业高质量发展规划》: the years
    of a plan). Not a single year (《2024中国生物医药产业园区竞争力评价及分析报告》: the edition its figures are of)."""
    if ".." not in (e.period or ""):
        return False
    a = text.rfind("《", max(0, e.start - 60), e.start)
    title = _TITLE_RE.match(text, a) if a >= 0 else None
    return title is not None and title.end() >= e.end


def _names_edition(text: str, e: PeriodExpr) -> bool:
    """True for a year naming a ranking's edition: written before the ranking's name (公布2022年国家高新区综合评价结果,
    periods.yml ``ranking_edition``) or inside a ranking's title (《中国工业百强县(市)、百强区发展报告(2018年)》)."""
    if e.kind != "year" or not e.period:
        return False
    if vocab_re("ranking_edition").match(text, e.end):
        return True
    a, b = text.rfind("《", 0, e.start), text.find("》", e.end)
    title = _TITLE_RE.fullmatch(text, a, b + 1) if a >= 0 and b >= 0 else None
    return title is not None and vocab_re("ranking_edition").search(title.group()) is not None


def lead_edition(text: str, lead_end: int, exprs: list[PeriodExpr]) -> PeriodExpr | None:
    """The ranking a report's lead announces (periods.yml ``ranking_edition``: 并同步公布了2024年度赛迪百强县名单): the
    edition its ranks are of in the paragraphs after the lead too, when no period of their own dates them."""
    found = [e for e in exprs if e.start < lead_end and _names_edition(text, e)]
    # a year written with 年 (2024年度赛迪百强县名单) before a bare one (a headline's 2024全国百强县榜单发布)
    return next((e for e in found if e.text.endswith(("年", "年度"))), found[0] if found else None)


_CLOSING_RE = re.compile("[)）》”」]")
_RANKING_NAME_RE = re.compile(
    r"[度的]?([^，。；,;！？!?：:\s”」》]{2,20}?)(?:结果|名单|榜单|报告|出炉|发布|揭晓|公布|中?[，。；,;！？!?：:\s”」》]|$)")


def ranking_name(text: str, edition: PeriodExpr) -> str:
    """The name of the ranking an edition year is of (2024年度赛迪百强县名单: 赛迪百强县排名; 2022年国家高新区综合评价
    排名出炉: 国家高新区综合评价排名; 在2022年国家级经开区综合发展水平考核评价中，: without 中): what its ranks measure
    when their own words name nothing."""
    hit = _RANKING_NAME_RE.match(text, edition.end)
    name = hit.group(1) if hit and not _CLOSING_RE.match(hit.group(1)) else ""  # not …报告(2018年)》: a title's end
    name = name[: name.find("排名和") + 2] if "排名和" in name else name  # 国家高新区总体排名和五个一级指标排名: the
    # rankings a release joins, its ranks the first's
    return name if not name or name.endswith(("排名", "排行", "榜")) else name + "排名"


def _attributive_year(e: PeriodExpr, text: str, start: int) -> bool:
    """True for a year written mid-sentence inside a noun phrase (延续了2016年度市对区…考评“双第一”的好势头: the year
    of that evaluation) when a clause break stands between it and the figure at ``start``: it dates its own phrase,
    not the clauses after it."""
    attributive = not e.topic and e.text.endswith("年度") and _CJK_RE.match(text, e.end) is not None or \
        e.text.endswith("以来") and text.startswith("的", e.end)  # 延续去年以来的良好增势，同比增长9.3%: the trend's
    opened = text.rfind("在", max(0, e.start - 4), e.start)
    base = CIRCUMSTANCE_RE.match(text, opened) if opened >= 0 else None
    circumstance = base is not None and e.end <= base.end() < start  # 在上年同期较快增长的基础上同比增长1.1%: the base's
    record = _RECORD_RE.search(text, max(0, e.start - 2), e.start) is not None  # 创“十三五”以来年度最高改善幅度:
    # the years of a record, not of the figures after it
    owned = not e.topic and _OWN_AMOUNT_RE.match(text, e.end) is not None and \
        _CLAUSE_SPLIT_RE.search(text, e.end, start) is not None and not text.endswith(("由", "从", "至", "到"), 0, e.start)
    # 已超2020年全年的1503.6亿元；进口433.0亿元: a year's own amount compared with, not the time of the clauses after it
    # (nor the parts of its structure, 2008年的87.5:12.5; a from-to's sides are a from-to's)
    dated_own = e.kind == "year" and (attributive or owned) or record
    return dated_own and CLAUSE_RE.search(text, e.end, start) is not None or \
        e.kind == "year" and circumstance


_CJK_RE = re.compile("[\u4e00-\u9fff]")
_OWN_AMOUNT_RE = re.compile(r"(?:全年)?的\s*\d")
_RECORD_RE = re.compile(r"创[“\"]?\Z")


def _breakdown_part(e: PeriodExpr, text: str) -> bool:
    """True for a period after 其中 in its sentence (一季度，工业增加值增长3.9%，其中，1-2月增长11.9%，3月下降10.9%), or
    after a lead of its parts (分季度看): a part of the period reported, which does not govern the sentences after it."""
    start = max(text.rfind(c, 0, e.start) for c in _SENTENCE_END) + 1
    return "其中" in text[start: e.start] or _BY_PERIOD_LEAD_RE.search(text, start, e.start) is not None


_BY_PERIOD_LEAD_RE = re.compile(r"[分从](?:季度|月份?|月度)(?:来)?看")  # 分季度看，一季度…，三季度…: the parts of the
# period the sentence before reported, as after 其中


def _ranked_group(m: Mention, text: str, clause_start: int, clause_end: int) -> bool:
    """A count of the group a rank is in (合肥高新区在169个国家级高新区中位居第七名) or of the places a ranking lists
    (periods.yml ``ranked_count``: 湖北共有8个县市上榜, 东部地区占据了66席): of the ranking's time."""
    return m.unit.unit == "count" and (GROUP_RANKED_RE.match(text, m.unit.end) is not None or
                                       vocab_re("ranked_count").search(text, clause_start, clause_end) is not None)


def _year_so_far(e: PeriodExpr, st: PeriodState, pub: PubDate | None, text: str) -> PeriodExpr:
    """今年以来 (the year so far) as the report's reference period names it: in a review of last year published in
    January (its lead: 2018年，新田县…) a year a few days old has no results yet, so "since the start of this year" is
    the reporter's or source's wording for the year reviewed; in a report on a part of this year (今年以来，…。上半年
    全县…) it is that part. So are the publication's year since (2021年以来 in a half-year release) and its year
    written before a running total (2017年累计到位资金544亿元 in a report on its first ten months)."""
    status = _STATUS_BEFORE_RE.search(text, max(0, e.start - 12), e.start) if e.text == "今年" and pub else None
    if status and 1 <= int(status.group(1)) <= 12:  # 截止到3月5日，今年我省新注册…540家: the year up to that day
        return replace(e, period=f"{pub.year}-01..{pub.year}-{int(status.group(1)):02d}", kind="month_range")
    if pub is None or not st.reference or not (e.text == "今年以来" or e.kind == "year" and e.period == str(pub.year)
                                               and (e.text.endswith("以来") or _SO_FAR_RE.match(text, e.end))):
        return e
    if pub.month == 1 and st.reference == str(pub.year - 1):
        return replace(e, period=st.reference)
    ref = Period.parse(st.reference)
    if ref.first_year != pub.year or not ref.partial or ref.first[1] != 1:
        return e
    part = {"half": "half", "quarter": "quarter"}.get(ref.grain, "month_range")
    return replace(e, period=st.reference, kind=part)


_SO_FAR_RE = re.compile(r"\s*(?:累计|共计)")  # 2017年|累计到位资金: the year's running total
_STATUS_BEFORE_RE = re.compile(r"(?:截至|截止到?)\s*(\d{1,2})月(?:\d{1,2}日|底|末)?\s*[，,]\s*\Z")  # …，|今年


def _in_aside(text: str, e: PeriodExpr) -> bool:
    """True for a period written inside brackets (6个高新区(来宾高新区2015年3月获批)工业总产值…): it dates the aside,
    not the figures of the sentence around it."""
    opened = _aside_open(text, e.start)
    if opened < 0:
        return False
    close = _CLOSE_RE.search(text, e.end, e.end + _ASIDE_REACH)
    titled = text.rfind("《", max(0, opened - 40), opened) > text.rfind("》", max(0, opened - 40), opened)
    gloss = close is not None and not text[opened + 1: e.start].strip() and not text[e.end: close.start()].strip()
    # (“五一”假期（4月29日至5月3日），全市…: the brackets say when the time named before them was; they date the
    # sentence as that time does)
    return close is not None and close.group() in ")）" and not titled and not gloss
    # (not a title's years: 《…计划(2020—2025)》)


_CLOSE_RE = re.compile(r"[()（）\n]")
_ASIDE_REACH = 40  # characters around a position looked at for the brackets of its aside


def _aside_open(text: str, pos: int) -> int:
    """Where the bracket opening the aside ``pos`` is inside starts (no bracket nor line break between), or -1."""
    opened = max(text.rfind("(", max(0, pos - _ASIDE_REACH), pos), text.rfind("（", max(0, pos - _ASIDE_REACH), pos))
    return -1 if opened < 0 or _CLOSE_RE.search(text, opened + 1, pos) else opened


def aside_period(text: str, pos: int, exprs: list[PeriodExpr]) -> PeriodExpr | None:
    """The period written first inside the brackets the figure at ``pos`` is in, before it (…突破5.5万家（2020年底为
    5.06万家）): it dates the aside's figures, a baseline or a comparison, as it dates no figure around the aside; None
    when the figure is in no aside or its aside names no period before it."""
    opened = _aside_open(text, pos)
    return None if opened < 0 else next(
        (e for e in exprs if opened < e.start and e.end <= pos and not e.comparison and e.period), None)


def _same_time_before(gov: PeriodExpr | None, st: PeriodState, text: str) -> PeriodExpr | None:
    """去年同期，上海GDP为19349.31亿元 in a report of the first half: the same part of the year before the report's own
    (its reference period), not that whole year; ``gov`` itself otherwise."""
    ref = st.carry if st.carry is not None and st.reference and st.carry.period == st.reference else None
    if gov is None or ref is None or ref.kind not in PART_YEAR or not text.startswith("同期", gov.end) or \
            gov.kind != "year" or not gov.period.isdigit():
        return gov
    same = Period.parse(ref.period)
    return replace(gov, period=same.shift(int(gov.period) - same.first_year), kind=ref.kind)


def _closing_aside(text: str, start: int, clause_end: int, exprs: list[PeriodExpr]) -> PeriodExpr | None:
    """A period written alone in brackets after the figure at ``start``, in its clause (连续7年位居全国第一（2015年至
    2021年）): it dates the clause's figures; None if there is none."""
    return next((e for e in exprs if start < e.start < clause_end and e.period and text[e.start - 1: e.start] in "（("
                 and text[e.end: e.end + 1] in "）)"), None)


def _horizon(m: Mention, st: PeriodState, clause: str) -> str:
    """The period of a goal or a plan no expression dates in news of a plan to a year (3年内，…收入达到2750亿元 in news
    of a plan to 2022: 2022; 年均增长10%以上: over the plan's years), or ""."""
    if not st.horizon or m.kind not in ("target", "plan"):
        return ""
    over = _over_span(clause.rsplit("、", 1)[-1])  # (the item's own words: 年均增长1万元、从目前的…增加到20万元)
    return st.plan_spans.get(int(st.horizon), st.horizon) if over else st.horizon


def _opens_with_month(text: str, e: PeriodExpr) -> bool:
    """True for a single month opening a paragraph or a sentence as its topic (3月份，北京居民消费价格同比持平。其中，
    食品价格下降3.9%): a monthly report's month, which the sentences after it go on with."""
    return e.kind == "month" and (e.start == 0 or text[e.start - 1] in "\n。！") and not e.comparison


# 东南网3月23日讯, 新华社北京12月12日电: a news dateline; so is the day a reporter learned the news (2月9日从…启动会上获悉,
# 记者21日从省统计局了解到), which dates the learning, not the figures learned
_DATELINE_AFTER_RE = re.compile(r"\s*(?:电|讯|[，,]?\s*(?:记者)?从[^，,。；;！？]{1,40}?(?:获悉|了解到))")


def _dateline(text: str, e: PeriodExpr) -> bool:
    """True for the day of a news dateline (东南网3月23日讯): the day the report was filed, which dates none of its
    figures (those it names no time for are of the publication month, as with no dateline)."""
    return e.kind == "date" and _DATELINE_AFTER_RE.match(text, e.end) is not None


def list_lead(text: str, ps: int, pe: int, exprs: list[PeriodExpr], ms: list[Mention],
              pub: PubDate | None) -> PeriodExpr | None:
    """The years past (a year, a plan's years, ended before the publication year) that a paragraph with no figure
    after them names in its last sentence, when that paragraph leads a list (总结了“十三五”时期天津工业发展取得的成效。
    / 一是…。二是…): the time of the list's items, as a topic opening them would be. None otherwise (the caller checks
    that the paragraph after it opens as an item). Years still running (为“十四五”开好局 in 2022) date no list."""
    if pub is None:
        return None
    last = max([ps] + [i + 1 for i in range(ps, pe - 1) if text[i] in _FULL_STOP_END])
    past = [e for e in exprs if e.start >= last and e.kind in YEAR_LEVEL and not e.comparison and e.period and
            Period.parse(e.period).last_year < pub.year]
    if not past or any(m.start > past[-1].start for m in ms):
        return None
    return past[-1]


def para_periods(ms: list[Mention], exprs: list[PeriodExpr], text: str, st: PeriodState,
                  pub: PubDate | None, spans_of, rules: Rules | None = None) -> None:
    """Give each fact of one paragraph its period by the scope rule (the last period expression before it)."""
    live = [_year_so_far(e, st, pub, text) for e in exprs if not e.comparison and not _start_point(e, text) and
            not _in_aside(text, e) and not _dateline(text, e) and
            not (e.kind == "year" and vocab_re("batch_label").match(text, e.end))]
    reviewed = st.carry is not None and st.reference == st.carry.period and st.carry.kind in YEAR_LEVEL and \
        looks_back(st.carry, pub)  # the report reviews a past year (or years) and the paragraph goes on with it
    kept: list[PeriodExpr] = []
    for e in live:  # an aspect word after another (…已建成…已开发…) looks back past it to the period they both follow
        if not _aspect(e, kept, text, reviewed):
            kept.append(e)
    live, lead = _lead_year_topic(kept, text, pub)
    within = frozenset(e.start for i, e in enumerate(live) if _breakdown_part(e, text) or _looks_back_from(
        e, next((x for x in reversed(live[:i]) if x.kind in YEAR_LEVEL), st.carry), text))
    # (a year looked back to, 2023年…。而在五年前的2018年，福州…。厦门市…, dates its own sentence only, as a part does)
    status = frozenset(e.start for e in live if e.topic and (to_month(e, text) or e.text == "当月" or
                                                             _opens_with_month(text, e)))
    within |= {e.start for i, e in enumerate(live) if e.start in status and
               _ends(next((x for x in reversed(live[:i]) if x.kind in PART_YEAR), None), e, text)}
    # (一季度，…。3月末，存款余额…。全体居民人均可支配收入…: the end of the part of the year dates its own sentence)
    held = {e.start for e in live if is_day(e) and vocab_re("event_held").match(text, e.end)}
    status |= held
    # (…签约仪式12日在西安举行。陕西签约项目76个: the day an event was held dates what the paragraph says it did)
    governing = _Governor(live, within, status)
    # 2月26日，推进会发布《安徽省“十四五”汽车产业高质量发展规划》，签约项目20个: a plan's years in a document's title
    # name the document; they date the goals of the plan it names, no result told beside it
    results = _Governor([e for e in live if not _in_title(text, e)], within, status)
    bases = {e.end: e for e in exprs if e.comparison and e.period}
    to_now = frozenset(e.start for e in live if e.kind == "present" and text[e.start - 1: e.start] in _TO_WORDS)
    itemizes: dict[int, PeriodExpr | None] = {}
    for prev, m in zip([None] + ms, ms):
        if m.extra.get("table_period"):  # a grid's figure: the year its column names
            m.period, m.unresolved = m.extra["table_period"], False
            continue
        sp = spans_of(m)
        base = _base_amount(m, text, bases)
        if base is not None and not text.startswith("同期", base.end):
            # 较2016年的603万人增长12%: the amount compared from is of its own year
            m.period, m.unresolved, m.extra["base"] = base.period, False, True
            continue
        if base is not None:  # 较上年同期(3.2%): the same part of the base year, known once the figure's own time is
            m.extra["same_time_of"] = base
        governing_m = governing if m.kind in ("target", "plan") else results
        gov = governing_m(m.start, sp["sentence"][0])
        listed = _respective_period(m, ms, live, text, sp["clause"])
        if listed is not None:
            m.period, m.unresolved, m.extra["gov"] = listed.period, False, listed
            continue
        if gov is not None and _attributive_year(gov, text, m.start):
            # 1-7月，…延续了2016年度考评“双第一”的好势头，GDP增幅10.5%: the period before it governs on
            gov = next((e for e in reversed(live) if e.end <= gov.start and (e.kind != "year" or e.topic)),
                       None) or st.carry
        if vocab_re("undated_projection").search(text, sp["sentence"][0], m.start):
            m.period, m.unresolved = "", False  # 达产后年产值500亿元: a projection, not dated
            continue
        full = full_sentence_start(text, sp["sentence"][0])
        wider = governing_m(m.start, full)
        if wider is not None and (wider.kind in YEAR_LEVEL or wider.kind in SENTENCE_SCOPED and wider.topic and
                                  not is_frame(text, wider.start, wider.end) or
                                  wider.kind == "deadline" and _COLON_RE.search(text, wider.end, sp["sentence"][0])) \
                and wider.start < sp["sentence"][0] and not _attributive_year(wider, text, m.start):
            gov = wider  # a year reaches across the semicolons of its sentence, as does a month or a day opening it
            # (7月份，…同比上涨2.0%；环比上涨0.3%), and a deadline opening a list (到2025年要完成…任务：一是…；二是…);
            # a month or a day written inside it does not
        gov = _event_day(text, full, m.start, live, st) or gov
        if _SAME_TIME_OPEN_RE.match(text, full):  # 2020年我国数字经济规模…。同期，广东…: the time the sentence before
            gov = next((e for e in reversed(live) if e.end <= full), gov)  # told of
        if gov is not None and gov.start in to_now and _SEMICOLON_RE.search(text, gov.end, m.start):
            # …企业从14家增加到目前60家；专利授权量从2902件增加到6903件: "now" as a from-to's end is its statement's
            # time only (其中5个国家级 after it is of that time too); the statements after it go on with the period
            # before it (not a from-side's year)
            prior = [e for e in live if e.end <= gov.start and e.start not in to_now and
                     text[e.start - 1: e.start] not in ("从", "由")]
            gov = prior[-1] if prior else st.carry
        if gov is not None and _closed_before(text, gov, m.start):
            # 继2021年突破1万亿元后，…达到11201.6亿元: a year inside 继…后 dates what happened then, not what follows
            prior = [e for e in live if e.end <= gov.start and not _closed_before(text, e, m.start)]
            gov = prior[-1] if prior and (prior[-1].topic or prior[-1].kind in YEAR_LEVEL) else st.carry
        if full not in itemizes:  # the time of the sentence before, for a sentence opening on 其中
            itemizes[full] = prev.extra.get("point_of", prev.extra.get("gov")) if prev is not None and \
                prev.start < full and _BREAKDOWN_OPEN_RE.match(text, full) and \
                full_sentence_start(text, prev.start) == full_sentence_start(text, full - 1) and \
                getattr(prev.extra.get("gov"), "start", None) not in within else None
            # (…去年实现…。十年前的2012年，这一数字还不到3000亿元。其中，…: a look back itemizes nothing)
        if itemizes[full] is not None and (gov is None or gov.start < full):
            # 6月末，存贷款余额756.21亿元。其中，存款余额328.63亿元: a sentence opening on 其中 itemizes the sentence
            # before it, and is of its time (not of the paragraph's lead, 1-5月, that sentence had put aside; nor the
            # end of that lead a stock in it is dated: 28个行业利润同比增长。其中，医药制造业实现利润总额…)
            gov = itemizes[full]
        if gov is not None and gov.kind == "present" and m.kind in FLOWS and st.carry is not None and \
                st.carry.period == st.reference and st.reference and not gov.text.startswith(("截至", "截止")) and \
                not vocab_re("to_date").search(text, full, m.start) and "共" not in text[full: m.start]:
            # 再到如今突破5万亿元 in a review of last year: a flow "now" is the latest period reported (not a total to
            # date: 截至目前，我市共培育…205家)
            gov = st.carry
        gov = m.extra.get("caption_period") or gov  # (a row of a table: the period its caption names)
        gov = aside_period(text, m.start, exprs) or _closing_aside(text, m.start, sp["clause"][1], exprs) or gov or \
            st.inherit
        gov = _same_time_before(gov, st, text)
        if gov is not None and m.kind in ("target", "plan") and _of_a_day(gov):
            gov = None  # the quarter of a news day dates what happened, not a goal (红网3月18日讯 …力争…突破3000亿元)
        elif gov is not None and _of_a_day(gov) and st.carry is not None and st.carry.period == st.reference and \
                pub is not None and last_year(st.reference) < pub.year:
            gov = st.carry  # 2月7日，…江苏各设区市2022年“经济成绩单”全部揭晓。…全省人均地区生产总值144390元: in a review
            # of last year, the day its results came out dates none of them
        if m.kind in ("rank", "rank_change") or _ranked_group(m, text, *sp["clause"]):
            edition = _edition(text, m.start, live, gov) or (
                st.edition if gov is None or gov.kind in ("date", "present") else None)
            if edition is not None:
                gov = edition
                m.extra["ranking"] = ranking_name(text, edition)
        if gov is None and not _habitual(text, full, m.start, live) and \
                (not (m.kind == "duration" and m.unit.unit == "years") or
                 (st.carry is not None and st.carry.period == st.reference)):
            # durations in years run up to the present unless their own paragraph dates them, or up to the time the
            # report is about (its reference period: 连续4年 in a review of last year ends last year)
            gov = st.carry
            picked = _places_picked(m, text, sp)  # (of the period: 7个设区市增速跑赢全省)
            if gov is not None and gov.kind in PART_YEAR and m.kind == "count_stock" and gov.period == st.reference \
                    and not picked:
                # a stock in a review of a part of a year (上半年，…“专精特新”企业共192户) is at the part's end
                m.extra["point_of"] = gov
                gov = replace(gov, period=Period.parse(gov.period).last_month, kind="month")
            elif gov is not None and (gov.kind in PART_YEAR and m.kind in NOT_CARRIED and not picked or
                                      gov.kind == "month" and m.kind in ("target", "plan")):
                gov = None  # (a stock at a carried status date, 至9月底，…已竣工项目共50个, is of that date)
            if gov is not None and m.kind in ("target", "plan") and looks_back(gov, pub) and \
                    not (m.kind == "plan" and gov.period == st.reference and not st.forward):
                gov = None  # a goal is not dated by a past year carried from a review paragraph before it (a plan
                # told in the review of the year the report is about is that year's: 新签约项目28个，计划总投资…)
        later = _dated_after(m, live, text, sp["clause"])
        if later is not None and (gov is None or gov.start < sp["clause"][0]):
            gov = later  # 剩余211户贫困户486人于今年6月达到脱贫标准: the time its clause says it happened, after it
        if gov is not None and _history_told(m, gov, text, sp, pub):
            gov = None  # 1994年2月经国务院批准设立，同年5月实施启动，行政区划面积278平方公里: the area now
        if gov is not None:
            gov = _to_side(m, _year_before_reviewed(gov, st, pub), text, live, st)
            m.extra["gov"] = gov
        if gov is None:
            m.period, m.unresolved = _fallback(m, pub, text[sp["clause"][0]: m.start],
                                          text[text.rfind("\n", 0, m.start) + 1: m.start])
            m.extra["undated"] = True
            pair = _parallel_pair(m, text, text[sp["clause"][0]: m.start])
            if pair:  # …从2011年的1520亿元增加到2016年的2243.1亿元；…收入从28993元增加到45794元，年均增长9.6%
                m.period, m.extra["undated"] = pair, False
            if pub is not None and (m.kind in RANKS or _ranked_group(m, text, *sp["clause"])) and \
                    not _habitual(text, full, m.start, live):
                m.period = str(pub.year)  # 科技部通报了…排名，徐州高新区位居第49位: a ranking is a year's
            m.period = _horizon(m, st, text[sp["clause"][0]: m.start]) or m.period
            if pub is not None and _year_end_goal(m, text[sp["clause"][0]: m.start], rules):
                m.period = str(pub.year)  # 年底前完成…: this year's goal
            continue
        if m.kind == "plan" and gov.kind == "deadline" and after_report_year(gov, pub):
            m.kind = "target"  # 到2025年，…建成5G基站2.5万个: what is to be reached by a deadline is a goal
        m.period = _previous_edition(
            m, gov, _refined(m, gov, prev, text, sp, full, rules, st.plan_spans, pub), text, sp["clause"][0])
        m.unresolved = gov.unresolved
        same = m.extra.get("same_time_of")
        if same is not None and m.period and same.period.isdigit():
            m.period = Period.parse(m.period).shift(int(same.period) - Period.parse(m.period).first_year)
    for prev, m in zip([None] + ms, ms):
        m.period = _consecutive_years(m, _whole_year(m, text, spans_of(m), pub, rules), text, spans_of(m)["clause"][0])
        m.period = _evaluated_edition(m, text) or _ranking_year(m, text, spans_of(m)["clause"][0]) or m.period
        m.period = _period_end(m, text, spans_of(m), pub)
        m.period = _not_yet_ended(m, pub, st.reference)
        m.period = _multiple_since(m, text, spans_of(m)["sentence"][0], exprs, live, st, pub)
        m.period = _on_last_year(m, m.period, text, spans_of(m)["clause"][0])
        if m.kind in ("target", "plan") and not m.period and prev is not None and prev.period and \
                prev.end >= spans_of(m)["sentence"][0] and vocab_re("year_goal_after").match(text, m.unit.end):
            m.period = str(last_year(prev.period))  # 全年新建幼儿园56所，超额完成50所的年度目标任务: that year's goal
        if m.kind == "growth_rate" and prev is not None and prev.period and (
                prev.kind in ("level", "count_flow") or prev.kind == "change" and _flow_change(text, prev.start)) and \
                not prev.extra.get("same_time_of") and _GROWTH_OF_RE.fullmatch(text, prev.unit.end, m.start):
            m.period = prev.period  # 集装箱累计到发3.5177万标箱，同比增长58%: the growth of that flow, over its time
        if m.kind in ("growth_rate", "share") and prev is not None and prev.kind == "duration" and prev.period and \
                KEPT_RE.fullmatch(text, prev.unit.end, m.start):
            m.period = prev.period  # 连续8个季度保持8%以上增长: the rate kept, over the quarters it was kept
        if m.kind == "rank" and prev is not None and prev.kind not in RANKS and m.extra.get("undated") and \
                prev.extra.get("undated") and _RANK_OF_RE.fullmatch(text, prev.unit.end, m.start):
            m.period = prev.period  # 宽带接入端口3313万个，居全国第10位: the rank of that stock, at its date
        if m.kind == "ratio" and prev is not None and prev.kind in ("level", "count_stock", "count_flow") and \
                m.extra.get("undated") and prev.period and _MULTIPLE_LINK_RE.fullmatch(text, prev.unit.end, m.start):
            m.period = prev.period  # 人均GDP达到10万元，是全国平均水平的1.5倍: the multiple of that figure, at its time
    # a frame (从2021年完成情况来看，) dates its own paragraph's results, not the paragraphs after it
    topics = [e for e in live if e.topic and not is_frame(text, e.start, e.end) and e.start not in within and
              (e.kind in YEAR_LEVEL or ((e.kind in (*PART_YEAR, "month") or to_month(e, text)) and
                                        e.period == st.reference)) and
              (e.period == st.reference or not looks_back(e, pub) or e is live[0] and (
                  _recent(e, pub) and not _before_reference(e, st.reference) or
                  _opens_paragraph(text, e) and not _overtaken(e, live)) or _narrows(e, live))]
    # (十年前的2012年上半年，…；2021年全年，上海、北京GDP分别为…: an earlier year a paragraph turns to after another
    # period dates its sentences, not the paragraphs after it)
    if lead and any(e.kind == "year" and e.period != lead.period for e in live):
        topics = topics[1:]  # the paragraph moved on to another year (…。今年的报告提出，2022年…): it carries neither
    day = next((e for e in reversed(live) if e.start in held), None)
    if day is not None and (not topics or topics[-1].start <= day.start):  # the event's day dates the paragraphs
        st.before_day, st.carry = st.before_day or (st.carry,), day  # that tell of it, naming no time (签约仪式12日在西安
        # 举行。…本次签约投资主体实力较强。央企投资项目39个)
    elif topics or live and st.before_day:  # (a paragraph naming a time of its own has moved on from the event)
        st.carry, st.before_day = (topics[-1] if topics else st.before_day[0]), ()
    if topics and st.carry is topics[-1]:
        if st.status is not None and st.carry.kind == "year" and st.status.period.startswith(st.carry.period):
            st.carry = st.status  # 2020年我州重点项目250个，…1-8月累计完成投资…: the year's progress so far
    st.event_day = next((e for e in reversed(live) if is_day(e)), st.event_day)
    st.inherit = (live[-1] if live else st.inherit or st.carry) if st.target_next else None
