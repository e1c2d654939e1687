"""Assemble facts from a report: every number in the clean text becomes a mention, classified as a fact or as a
non-statistic with a reason; facts get unit, qualifier, kind, period, subject and metric (the columns:
`data/catalog/tables.yml`, table facts; what they mean: README "What each figure means" and book/method.md).

Public API: :func:`extract_report` (one report); a folder of reports: :func:`reportfacts.extract.pipeline.extract_corpus`.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter

import pandas as pd

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR
from reportfacts.extract import grid, meaning, numbers
from reportfacts.extract.mentions import (
    CITY_ORDINAL_END, CLAUSE_RE, FULL_STOP_RE, Mention, Rules, attach_units, chinese_candidates, classify_rules,
    classify_structural, finish_unit, GROUP_RANKED_RE, RATES, RATE_COLUMN_RE, full_sentence_start, is_attribute,
    is_heading, kind, PAIRED_RATE_RE, load_rules, qualify, sets_goal, table_caption, table_columns,
)
from reportfacts.extract.numbers import Number
from reportfacts.extract.units import UnitMatch, load_units
from reportfacts.extract.periods import Period, PeriodExpr, PubDate, find_periods, last_year, plan_years, vocabulary
from reportfacts.extract.scope import (
    KEPT_RE, PART_YEAR, RANKS, PeriodState, after_report_year, aside_period, forward_fact, forward_lead, forward_para,
    from_side, is_day, lead_edition, list_lead, looked_back_to, looks_back, para_periods, to_month, vocab_re,
)
from reportfacts.extract.subjects import SubjectResolver, load_subject_rules
from reportfacts.text.clean import is_grid_header, simplified


FACT_COLUMNS = [
    "fact_id", "source_file", "report_id", "char_start", "char_end", "quote", "sentence", "metric_id", "metric_en",
    "metric_zh", "subject", "value", "unit", "value_as_written", "unit_as_written", "qualifier", "period", "kind",
    "clean_start", "clean_end"]
MENTION_COLUMNS = [
    "report_id", "clean_start", "clean_end", "char_start", "char_end", "text", "status", "reason", "rule", "fact_id"]
EXTRA_FACT_COLUMNS = ["period_unresolved", "value_low", "value_high", "measure_zh", "subject_zh"]
# Computed for every fact but not yet written: add to EXTRA_FACT_COLUMNS once data/catalog/tables.yml describes it.
OPTIONAL_FACT_COLUMNS = ["subject_as_written"]
SENTENCE_RE = re.compile(r"[。！!？?；;\n]")
PARA_RE = re.compile(r"\n\n*")  # not "\n+": a leading character class lets the engine skip ahead in C
LEAD_MIN_CHARS = 40  # the lead is the first paragraph this long (bylines and source lines are shorter)
_OPENER_SENTENCE_RE = re.compile(r"[^。！？；\n]*[。！？；]?")
# a list's items after a figure, up to 的目标 ending its clause: the list names the goals
_GOAL_LIST_END_RE = re.compile(r"、[^，。；,;：:]*?" + meaning.GOAL_AFTER_RE.pattern + r"[，。；,;！!]?$")
_RESPECTIVELY_LEAD_RE = re.compile(r"分别[^0-9一二三四五六七八九十两]*")


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


_ASIDE_RE = re.compile(r"[（(][^（()）。；;\n]{1,80}[)）]")  # (figures too: …3.7%（去年同期东莞增长25.9%，增速居全省首位）)


def _spans_finder(text: str):
    """A function giving a mention's clause and sentence spans (boundaries found once, looked up by bisect)."""
    import bisect
    asides = [a.span() for a in _ASIDE_RE.finditer(text)]  # (错月统计,不含…,下同): one aside, no clauses of its own
    clause_b = [m.end() for m in CLAUSE_RE.finditer(text) if not any(a < m.start() < b for a, b in asides)]
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


RANKING_TABLE = "ranking table"  # the rule of a rank read from a row of a ranking printed as text


def _classify_all(text: str, ms: list[Mention], periods: list[PeriodExpr], paras, rules: Rules) -> None:
    """Decide fact / non-statistic (with reason) and the unit of every mention."""
    import bisect
    pstarts = [p[0] for p in paras]
    for m in ms:
        m.para = max(0, bisect.bisect_right(pstarts, m.start) - 1)
    classify_structural(ms, text, periods, paras, rules)
    ranked = grid.ranking_rows(text, paras)
    for m in ms:
        if not m.status and m.start in ranked:  # 1苏州工业园区江苏: a row of a ranking printed as text
            m.unit = UnitMatch(m.end, "", "rank", Decimal(1), "")
            m.status, m.rule, m.extra["listed_subject"] = "fact", RANKING_TABLE, ranked[m.start]
        elif not m.status:
            classify_rules(m, text, rules)
    columns = grid.cell_columns(text, paras) if "|" in text or "｜" in text else {}
    # (a grid's reading of a figure, unless the table's cells apart by | name the figure's place)
    columns.update({at: read for at, read in grid.grid_columns(text, paras).items()
                    if not columns.get(at, ("", "", ""))[2]})
    for m in ms:  # a bare number in a table's cell: the unit (and kind) its column's header names, its row's label,
        col, label, place = columns.get(m.start, (None, "", ""))  # and the year a grid's column names
        if col is None or m.status:
            continue
        if place:  # 青岛　12400.56　3.7 under 城市　GDP（亿元）　增速（%）: the row's place
            m.extra["listed_subject"] = place
        if col.period:
            m.status = m.status or "fact"
            m.extra.update(table_period=col.period, table_goal=col.goal, table_label=label)
        if m.unit is None:
            m.unit = UnitMatch(m.end, "", col.unit, col.multiplier, "")
            m.extra["table_label"] = label
            if col.kind:
                m.extra["table_kind"] = col.kind
    attach_units(ms, text)
    for m in ms:
        finish_unit(m, text)


def _openers(text: str, ps: int, pe: int, rules: Rules, exprs: list[PeriodExpr] = (), pub=None) -> list[int]:
    """Clean offsets just after each phrase opening a list of targets ("发展目标。", "预期目标："), not in a sentence
    that reviews the past (过去一年，…紧紧围绕…确定的奋斗目标，…实现了良好开局: the goals worked towards)."""
    out = []
    if text.find("目标", ps, pe) < 0:
        return out
    for x in _OPENER_SENTENCE_RE.finditer(text[ps:pe]):
        hit = rules.target_opener.search(rules.target_compared.sub("", x.group().rstrip("。"))) if x.group() else None
        if hit and not any(ps + x.start() <= e.start < ps + x.start() + hit.start() and _wholly_past(e, pub)
                           for e in exprs):
            out.append(ps + x.start() + hit.end())
    return out


def _goal_list_goes_on(m: Mention, prev: Mention | None, text: str) -> bool:
    """True when the figure before, in the same sentence, was a goal its clause named expected (今年地区生产总值预期增长
    8%左右，一般公共预算收入增长6%，…；城镇新增就业2万人): the sentence lists the year's goals."""
    if prev is None or prev.kind != "target":
        return False
    start = full_sentence_start(text, prev.start)
    return start == full_sentence_start(text, m.start) and _EXPECTED_RE.search(text, start, prev.start) is not None


_EXPECTED_RE = re.compile("预期|目标")  # a goal named as expected, or as the goal


def _wholly_past(e: PeriodExpr, pub) -> bool:
    """True for a period over before the report's year (过去一年 in 2018; not “十四五” in 2022, still running)."""
    return looks_back(e, pub) and bool(e.period) and pub is not None and last_year(e.period) < pub.year


_RESULT_KINDS = ("level", "count_stock", "count_flow", "share", "growth_rate")


_ASIDE_CLOSED_RE = re.compile(r"[^（）()，。；,;]{0,4}[)）]")  # the rest of an aside a figure stands in
ORDER_REACHED_RE = re.compile(r"个([^，。；,;]{1,30}?的(?:城市|省份|省|地区|县|园区|开发区|高新区))")  # (第六)个…的城市
_ONE_CHAR_CLASSES = "省市州县区乡镇村"  # the one-character words a count may count (13个市)
_GRID_REACH = 30  # lines read back from a grid's row for its header


def _grid_subject(text: str, pos: int, reader: meaning.Reader) -> str:
    """The place a grid's figures are of: the place its caption (the line above its header) names (专栏　苏州市“十四五”
    数字经济发展主要指标), else the report's own; a grid's row names no place of its own."""
    end = text.rfind("\n", 0, pos)
    for _ in range(_GRID_REACH):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        if is_grid_header(text[start:end]):
            caption = text[text.rfind("\n", 0, max(0, start - 1)) + 1: max(0, start - 1)]
            return next((n for n in reader.names_in(caption) if reader._place(n)), "") or reader.default_subject or \
                reader.most_named_place()
        end = start - 1
    return ""


def _table_closed(text: str, pos: int, periods: list[PeriodExpr]) -> tuple[int, int] | None:
    """The caption of the table right above the paragraph of the figure at ``pos``, when no period is written before
    the figure in its paragraph: a paragraph closing a table tells of its rows (宜春448.7亿元增长89.2% / …。宜春一市营收占
    全省锂电产业的比重超过三分之一)."""
    ps = text.rfind("\n", 0, pos) + 1
    if ps == 0 or any(ps <= e.start < pos for e in periods):
        return None
    return table_caption(text, text.rfind("\n", 0, ps - 1) + 1)


def _future_year(m: Mention, exprs: list[PeriodExpr], sp: dict, pub) -> bool:
    """True when the figure's clause, before it, writes a year after the report's own (2025年 in a 2023 report)."""
    return pub is not None and any(e.kind == "year" and sp["clause"][0] <= e.start < m.start and e.period.isdigit()
                                   and int(e.period) > pub.year for e in exprs)


def _decide_facts(text: str, ms: list[Mention], periods: list[PeriodExpr], paras, pub, rules: Rules,
                  spans_of=None) -> None:
    """Qualifier, kind and period of every fact, paragraph by paragraph (periods and targets carry over).

    ``spans_of``: the text's :func:`_spans_finder` if the caller has one.
    """
    spans_of = spans_of or _spans_finder(text)
    ref = _reference_period(text, paras, periods, pub)
    st = PeriodState(carry=ref, reference=ref.period if ref else "",
                     status=ref if ref is not None and ref.kind in PART_YEAR and (
                         not ref.topic or paras and ref.start < paras[0][1] and is_heading(text, *paras[0])) else None)
    # (a part of the year the headline names: 1—8月云南省重大工程项目完成投资…。今年云南…: the year's progress so far)
    plan_at, st.horizon = _plan_document(text, paras, periods, rules, pub)
    st.plan_spans = {last_year(e.period): e.period for e in periods if e.kind == "plan" and ".." in e.period or
                     e.kind == "span" and _TITLED_RE.match(text, e.end)}  # 《…行动计划(2020-2022年)》: a plan's years
    for e in periods:  # “十四五”末, 十四五初: a point of a plan names the plan's years too
        years = plan_years(e.text) if e.kind == "plan" else ""
        if years:
            st.plan_spans.setdefault(last_year(years), years)
    st.edition = lead_edition(text, _lead_end(text, paras), periods)
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
        openers = _openers(text, ps, pe, rules, exprs, pub)
        first = SENTENCE_RE.search(text, ps, pe)  # a paragraph reviewing the past is no list of the targets announced
        item = rules.list_item.match(text, ps) is not None
        if st.before_list is not None and not item:  # the list a lead dated has ended
            st.carry, st.before_list = st.before_list, None
        inherited_target = st.target_next and (item or not st.list_run) and not any(
            e.start < (first.end() if first else pe) and looks_back(e, pub) for e in exprs)
        st.forward = forward_para(text, ps, pe, exprs, pub, st.forward, 0 <= plan_at < ps, rules.forward.review)
        lead = forward_lead(text, ps, pe, exprs, pub, rules)
        cited = rules.forward.citation.match(text, ps) is not None  # 根据规划，“十四五”期间要形成…: the plan's contents
        if lead < 0 and 0 <= plan_at <= pe:  # news of a plan: the plan opens its section where it is told of, ...
            stop = SENTENCE_RE.search(text, ps, pe)
            if plan_at >= ps:
                lead = plan_at
            elif sets_goal(text[ps: stop.end() if stop else pe], rules, pub):
                lead = ps  # ... and a paragraph opening by setting goals (《计划》提出，到2023年…) reopens it
        prev = None
        for j, m in enumerate(by_para.get(i, [])):
            sp = spans_of(m)
            caption = table_caption(text, m.start) or _table_closed(text, m.start, periods)
            if caption:  # 一季度苏南五市地区生产总值及增速 / 苏州4,961.6亿元18.3%: a table's rows are of its caption's period,
                # or of the paragraph it closes (1-8月，全省…。其中，主要设区市营业收入及增速分别为：)
                opened = text.rfind("\n", 0, caption[0]) + 1
                m.extra["caption_period"] = next((e for e in reversed(periods) if opened <= e.start < caption[1]
                                                  and not e.comparison), None)
            qualify(m, text, rules, sp["clause"][0])
            looks_ahead = forward_fact(m, text, sp, exprs, pub, rules)
            target = (inherited_target and looks_ahead) or (bool(openers) and openers[0] <= m.start) or \
                (looks_ahead and _goal_list_goes_on(m, prev, text))  # (openers ascending)
            forward = (st.forward or cited or 0 <= lead <= m.start) and looks_ahead
            m.kind = kind(m, text, sp, rules, target, forward, pub)
            if forward and m.kind in ("target", "plan"):
                m.extra["unforward"] = (m.kind, kind(m, text, sp, rules, target, False, pub))
            if m.kind in _RESULT_KINDS and (_future_year(m, exprs, sp, pub) or
                                            meaning.GOAL_AFTER_RE.match(text, m.unit.end) or
                                            _GOAL_LIST_END_RE.match(text, m.unit.end, sp["clause"][1])):
                m.kind = "target"  # 报告指出，2025年装备制造业规模突破1.5万亿元 (in 2023): a year not yet come is a goal;
                # 完成6%~6.5%的年度预期目标: a figure named as the goal (so are the figures listed before it:
                # 确定了全年招商引资到位资金850亿元、实际利用外资35亿美元的目标)
            if _planned_total(m, prev, text, sp):
                m.kind = "plan"
            m.kind = _breakdown_kind(m, by_para[i][:j], text, sp, rules)
            baseline = aside_period(text, m.start, exprs) if m.kind in ("target", "plan") else None
            base = _FROM_NOW_RE.search(text, max(0, m.start - 10), m.start)
            if base and base.group("year") and pub is not None and int(base.group("year")) > pub.year:
                base = None  # (由2025年的…提高到2030年的…: a goal's from side, a goal too)
            if m.kind in ("target", "plan") and (base or
                                                 baseline is not None and looks_back(baseline, pub) and
                                                 m.unit.unit not in RATES):
                # 从目前的14.4万元增加到20万元, 高新企业数量从107家增加到500家: where things stand, the goal's base (so
                # is an amount of a past year in an aside: 突破5.5万家（2020年底为5.06万家）; a part of a goal too:
                # 其中软件业务收入由2020年的7010亿元增加到1.2万亿元)
                m.kind = _standing(m)
            if _amount_change(m, by_para[i][:j], text, sp, rules):
                m.kind = "change"
            prev = m
        st.forward = st.forward or lead >= 0
        opens = bool(openers) and openers[-1] >= max(
            [ps] + [x.end() for x in SENTENCE_RE.finditer(text, ps, pe) if x.end() < pe])
        ahead = _goals_ahead(openers, exprs, text, pub)
        if ahead is not None:  # 对今后五年的发展提出了…具体目标。: the goals of the years ahead, paragraph after paragraph
            st.forward = True
            st.horizon = st.horizon or str(last_year(ahead.period))
            st.plan_spans.setdefault(last_year(ahead.period), ahead.period)
        st.list_run = not opens and inherited_target and item  # the list's items go on handing its targets on
        st.target_next = opens or st.list_run
        para_periods(by_para.get(i, []), exprs, text, st, pub, spans_of, rules)
        for m in by_para.get(i, []):  # a plan's section that tells of a year gone (2020年，…。其中，电子信息制造业实现产值
            was, unforward = m.extra.get("unforward", ("", ""))  # 1.08万亿元): its results, no goals
            if m.kind == was and pub is not None and m.period and last_year(m.period) < pub.year:
                m.kind = unforward
        following = paras[i + 1][0] if i + 1 < len(paras) else -1
        lead_of_list = list_lead(text, ps, pe, exprs, by_para.get(i, []), pub) \
            if not item and following >= 0 and rules.list_item.match(text, following) else None
        if lead_of_list is not None:
            st.before_list, st.carry = st.before_list or st.carry, lead_of_list
        for m in by_para.get(i, []):
            if m.extra.get("base") and m.kind in ("target", "plan") and not _after_report_year(m, pub):
                m.kind = _standing(m)  # 到2025年达到200家，较2021年底的68家增加近两倍: the base, where things stood
            elif _forecast(m, text, spans_of(m)["sentence"][0], pub, rules):
                m.kind = "target"
            elif _after_report_year(m, pub):
                # 到2025年，…工业软件规模达500亿元；打造100个平台 (in 2021): no result is reported for a time still
                # to come; an amount or a stock to reach is a goal, things to make or do a plan (not 新增…2000家, gains)
                gains = any(w in text[spans_of(m)["clause"][0]: m.start] for w in rules.kinds["forward_gains"])
                m.kind = "plan" if m.kind == "count_flow" and not gains else "target"


_OUTCOMES = ("level", "count_stock", "count_flow", "share", "growth_rate")
# the from-side of a goal's from-to (由2020年的7010亿元增加到1.2万亿元: a year not after the report's, where things stood)
_FROM_NOW_RE = re.compile(r"[从由](?:目前|现在|当前|现有|(?P<year>(?:19|20)\d\d)年[末底]?)?的?\s*\Z")


def _standing(m: Mention) -> str:
    """The kind of a figure that tells where things stand (a goal's base): a stock, a level or a share."""
    return "count_stock" if m.unit.unit == "count" else "level" if m.unit.unit not in RATES else "share"


def _after_report_year(m: Mention, pub) -> bool:
    """True for an outcome or a rank dated wholly after the year the report was published in."""
    period = Period.of(m.period) if m.kind in _OUTCOMES + ("rank",) else None
    return period is not None and pub is not None and period.first_year > pub.year


def _forecast(m: Mention, text: str, sentence_start: int, pub, rules: Rules) -> bool:
    """True for an outcome its sentence gives as an estimate (extraction_rules.yml ``forecast``: 预计全年竣工项目90个 in
    November) for a period that runs past the publication month, or for no stated period: what is expected, a
    target."""
    if m.kind not in _OUTCOMES or not any(w in text[sentence_start: m.start] for w in rules.kinds["forecast"]):
        return False
    period = Period.of(m.period)
    if period is None:
        return True  # 预计年销售收入1.6亿元以上: an estimate for no stated time is what a project is expected to do
    return pub is not None and pub.month is not None and period.last_month > pub.month_str()


def _goals_ahead(openers: list[int], exprs: list[PeriodExpr], text: str, pub) -> PeriodExpr | None:
    """The span of years ahead (今后五年, 到2027年, “十五五”) named in the sentence of a target opener, or None: such a
    sentence (我们对今后五年的发展提出了…具体目标。) announces the goals of those years, which the paragraphs after it
    set out one field at a time: a forward-looking section, as a lead with a colon opens, with its goals dated to
    the span's end (or, over the span, to the span)."""
    if not openers:
        return None
    start = max(text.rfind(c, 0, openers[-1] - 1) for c in "。！？；\n") + 1
    named = [e for e in exprs if start <= e.start < openers[-1] and not e.comparison and e.period]
    # (报告围绕2023年的发展目标，提出…: the goals of the year; not 回顾了2012年的工作，也提出了2013年的目标, a
    # review told first)
    review = any(looks_back(e, pub) for e in named)
    return next((e for e in named if e.kind in ("span", "plan", "deadline") and after_report_year(e, pub) or
                 e.kind == "year" and pub is not None and not review and not looks_back(e, pub) and
                 _GOALS_OF_RE.match(text, e.end)), None)


_GOALS_OF_RE = re.compile(r"的[^，。；,;\d]{0,6}?目标")  # 围绕2023年的发展目标: the goals of a year not yet over


LEAD_PARAGRAPHS = 2  # a report's lead: its first paragraphs (after its headline)


def _lead_end(text: str, paras) -> int:
    """Where a report's lead ends: after its first LEAD_PARAGRAPHS paragraphs, a headline (a first paragraph that is
    a heading: short, no sentence end) not counted."""
    if not paras:
        return 0
    skip = 1 if is_heading(text, *paras[0]) else 0
    return paras[min(LEAD_PARAGRAPHS + skip, len(paras)) - 1][1]
LEAD_SEARCH = 4      # the long paragraphs looked at for the one naming the report's reference period


def _plan_document(text: str, paras, periods: list[PeriodExpr], rules: Rules, pub=None) -> tuple[int, str]:
    """Where a report turns out to be news of a plan (extraction_rules.yml ``plan_document``, in the opening sentence
    of a paragraph of its lead, with no past period before it: 记者获悉，南京出台《数字经济发展三年行动计划(2020-2022
    年)》; not 2021年，我市出台《…意见》，…, a review of what was done), and the plan's horizon: the last year of a span
    in the plan's title, else of the first deadline (到2022年) in the lead. (-1, "") for any other report."""
    lead_end = _lead_end(text, paras)
    hit = rules.forward.document.search(text, 0, lead_end)
    if not hit:
        return -1, ""
    ps = next(a for a, b in paras if a <= hit.start() < b)
    stop = SENTENCE_RE.search(text, ps, hit.start())
    if stop or any(ps <= e.start < hit.start() and looks_back(e, pub) for e in periods):
        return -1, ""
    spans = [e for e in periods if hit.start() <= e.start < hit.end() and e.kind in ("span", "plan") and e.period]
    deadlines = [e for e in periods if e.start < lead_end and e.kind == "deadline" and e.period]
    chosen = spans[-1] if spans else deadlines[0] if deadlines else None
    return hit.end(), str(last_year(chosen.period)) if chosen else ""


def _reference_period(text: str, paras, periods: list[PeriodExpr], pub=None) -> PeriodExpr | None:
    """The report's reference period: the first period named by its lead (the first paragraph of at least
    LEAD_MIN_CHARS characters that names one, among the first LEAD_SEARCH), when that is a part of a year
    ("今年上半年，15个副省级城市……") or the year before the publication year (an annual review: "安徽2021年GDP…"
    published in 2022 dates by 2021 what nothing else dates), else None. A lead opening on this year
    (今年以来，…。1-3月，实现地区生产总值…) is about the part of it that opens a clause (1-5月，全市…) in the paragraphs
    looked at, else the first part it names. A lead naming a month first is a progress report's when it names the
    month its figures run up to (至9月底，…: :func:`to_month`), else no reference."""
    looked = [(s, e) for s, e in paras if e - s >= LEAD_MIN_CHARS][:LEAD_SEARCH]
    if paras and paras[0] not in looked and is_heading(text, *paras[0]):
        looked.insert(0, paras[0])  # 上半年安徽16市GDP排名出炉：…: a headline names what the report is about
    named = []
    for s, e in looked:
        # the first long paragraph naming a period (a summary in bullets may come before it: ●营业收入13977亿元)
        named = [p for p in periods if s <= p.start < e and not p.comparison and not is_day(p) and
                 not looked_back_to(text, p) and not from_side(text, p)]
        # (a dateline, 1月20日，统计局公布…, says when, not what about; 十年前的2012年, a time looked back to; 从去年的
        # 第七名, the time a change started from)
        if named:
            break
    first = named[0] if named else None
    if first is not None and first.kind in ("month", "date"):  # 9月下旬，…集中开工。至9月底，累计完成投资…: the status
        status = next((p for p in named if to_month(p, text)), None)  # date a progress report runs up to
        if status is None and _released_month(first, pub):  # 2024年3月份，北京居民消费价格…, published in April: a
            # release of the month just ended; its figures the year's so far when more clauses open on those months
            # than on the month (10月份，…经济总体平稳。1-10月，规上工业增加值增长11.6%…。1-10月，…)
            year_to = f"{first.period[:4]}-01..{first.period}"
            opening = Counter(p.period for p in periods if p.topic and not p.comparison)
            return next((p for p in periods if p.period == year_to and p.topic and not p.comparison), first) \
                if opening[year_to] > opening[first.period] else first
        return status if status is not None and status.period.startswith(str(pub.year if pub else "")) else None
    if first is not None and first.kind == "year" and first.period and pub is not None and \
            int(first.period) == pub.year:
        opened = (p for p in periods if p.topic and p.kind in PART_YEAR and not p.comparison and
                  p.period.startswith(first.period) and any(s <= p.start < e for s, e in looked))
        first = next(opened, None) or next((p for p in named[1:] if p.kind in PART_YEAR and
                                            p.period.startswith(first.period)), first)  # (a part of this year)
    if first is not None and first.kind == "year" and first.period and pub is not None and \
            int(first.period) == pub.year - 1:
        return first
    if first is not None and first.kind in ("span", "plan") and pub is not None and \
            last_year(first.period) == pub.year - 1:
        return first  # 一年来，…; 过去五年…: a review of the years up to last year
    if first is None and pub is not None:  # no lead names a period: a release naming one part of a year only
        written = {p.period for p in periods if not p.comparison and not is_day(p)}
        only = next((p for p in periods if p.kind in PART_YEAR and not p.comparison), None)
        if only is not None and written == {only.period} and only.period[:4] in (str(pub.year), str(pub.year - 1)):
            return only  # (全市一般公共预算收入完成856.8亿元…。——主要税种收入情况。1-5月全市税收收入…: all of 1-5月)
    return first if first is not None and first.kind in PART_YEAR else None


def _released_month(e: PeriodExpr, pub: PubDate | None) -> bool:
    """True for a whole month (not a day) that ended in the one or two months before publication: the month a
    monthly release reports."""
    if e.kind not in ("month", "date") or not e.period or ".." in e.period or pub is None or pub.month is None:
        return False
    p = Period.parse(e.period)
    if p.grain != "month":
        return False
    behind = (pub.year * 12 + pub.month) - (p.first[0] * 12 + p.first[1])
    return 1 <= behind <= 2


def _planned_total(m: Mention, prev: Mention | None, text: str, sp: dict) -> bool:
    """"实施项目20个，总投资264.8亿元": the total investment written right after a planned count of projects
    (paired_totals.opener, in the same sentence) is part of the plan, like the count (see :func:`_programme`)."""
    if prev is None or m.kind == "plan" or m.unit.unit != "yuan" or prev.kind != "plan" or \
            prev.unit.unit != "count" or prev.start < sp["sentence"][0]:
        return False
    gap = text[prev.unit.end: m.start].lstrip("，,、")
    return load_pairs()["opener"].match(gap) is not None


def _amount_change(m: Mention, before: list[Mention], text: str, sp: dict, rules: Rules) -> bool:
    """True for an amount or a count written as its difference from an earlier time (比上年增加63公顷, 较上年分别增加1个
    和3个: extraction_rules.yml ``absolute_change``), or right after a verb of change in the sentence of a level in
    its unit (播种面积135.5千公顷，增加0.3千公顷: ``change_after_level``; of a stock in its measure word, a count): a
    change, not a level."""
    if m.unit.unit in RATES or m.unit.unit in ("pp", "fraction", "times") or m.kind in ("target", "plan"):
        return False  # 同比增长1.3倍: a multiple, never an amount of difference
    cs = sp["clause"][0]
    lo = max(cs, m.start - 40)  # (a compared figure in brackets is no number of the comparison: 比全国人均GDP(38449元)高出)
    window = _BRACKETED_FIGURE_RE.sub("…", text[lo: m.start])
    if rules.absolute_change.search(window):
        return not text.startswith("的", m.unit.end)  # (远低于东莞超3000亿元的经济体量: the figure of what is compared)
    # (私人汽车226万辆，增加27万辆: a count changes from a stock counted in its measure word)
    return rules.kinds_change_after_level.search(text, cs, m.start) is not None and any(
        b.unit.unit == m.unit.unit and b.start >= sp["sentence"][0] and (
            b.kind == "level" if m.unit.unit != "count" else b.kind == "count_stock" and
            b.unit.written == m.unit.written) for b in before)


_BRACKETED_FIGURE_RE = re.compile(r"[(（][^()（）]{0,12}?\d[^()（）]{0,12}[)）]")
BREAKDOWN_KINDS = ("level", "count_flow", "count_stock")  # kinds a part may take from its total


def _bracketed(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside brackets opened in its clause (任务数34亿元 in …36亿元(任务数34亿元))."""
    opened = max(text.rfind("(", 0, pos), text.rfind("（", 0, pos))
    return opened >= 0 and max(text.rfind(")", 0, pos), text.rfind("）", 0, pos)) < opened and \
        CLAUSE_RE.search(text, opened, pos) is None


def _breakdown_kind(m: Mention, before: list[Mention], text: str, sp: dict, rules: Rules) -> str:
    """The kind of a part of a total (extraction_rules.yml ``breakdown``: 其中，政府投资575.5亿元; 其中四大主导产业项目
    40个): the kind of the last figure of the same unit before the opener in the paragraph (the total), when the part
    reads as a plain amount or count whose own clause has no count keyword - the breakdown of a plan is planned, of
    a flow is a flow. The opener reaches across the semicolons of its sentence (a general pattern of statistical
    prose: a total, then 其中 and its parts). Otherwise the part keeps ``m.kind``."""
    if m.kind not in BREAKDOWN_KINDS or is_attribute(m, text, sp["clause"][0], rules):
        return m.kind
    full = full_sentence_start(text, m.start)
    opener = max((text.rfind(w, full, m.start) for w in rules.kinds["breakdown"]), default=-1)
    if opener < 0:
        return m.kind
    (cs, ce), k = sp["clause"], rules.keywords
    if m.unit.unit == "count" and (k.count_flow.search(text, cs, ce) or k.count_stock.search(text, cs, ce)):
        return m.kind
    total = next((t for t in reversed(before) if t.start < opener and t.unit.unit == m.unit.unit
                  and not _bracketed(text, t.start) and not text.startswith("的", t.unit.end)), None)
    # (not 上报到位资金36亿元(任务数34亿元), an aside; nor 占年度目标1505亿元的27.5%, the base of a share)
    return total.kind if total is not None and total.kind in BREAKDOWN_KINDS + ("plan", "target") else m.kind


_TITLED_RE = re.compile(r"[)）]?》")  # the end of a document's title, right after the years it covers
_LEAD_YEAR_RE = re.compile(r"^((?:19|20)\d\d)年?度?(?:[一二三四]季度|首季|[上下]半年|前三季度|前[一二三四五六七八九十\d]{1,2}个?月|"
                           r"1[-~～—至]\d{1,2}月)[^，,。\n]{0,4}[，,]", re.M)  # 2018一季度, 2018年1-3月: a year and its part
LEAD_CHARS = 300  # the opening a report's own year is looked for in


def _stale_lead_year(text: str, pub: PubDate | None) -> int | None:
    """The year a paragraph of a report's opening is headed by (2018一季度，中山市…), when it is two or more years
    before the publication (a release reposted later): the year its yearless parts of a year (1-3月) are of; else
    None (a history year inside a sentence, 1999年经…批准设立, heads nothing; nor one after a part of a year the
    report has already named: 前三季度，宜春…。2015年，宜春锂电产业营业收入还不到120亿元)."""
    hit = _LEAD_YEAR_RE.search(text, 0, LEAD_CHARS)
    if not hit or pub is None or int(hit.group(1)) > pub.year - 2:
        return None
    return None if any(e.kind in PART_YEAR for e in find_periods(text[: hit.start()], pub)) else int(hit.group(1))


def find_mentions(text: str, published: str | None, spans_of=None) -> list[Mention]:
    """Every number of a clean text, classified, with facts' unit, qualifier, kind and period decided.

    ``spans_of``: the text's :func:`_spans_finder`, to share its boundaries and memo with the caller.
    """
    rules = load_rules()
    pub = PubDate.parse(published)
    periods = find_periods(text, pub, _stale_lead_year(text, pub))
    paras = _paragraphs(text)
    nums = _without_overlaps(numbers.find_unit_forms(text),
                             numbers.find_arabic(text) + chinese_candidates(text, periods, rules))
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
    if len(seq) >= 2 and len(seq) == n and idx < n:
        return seq[idx]
    return _item_metric(catalog, m, head, lead.group() if lead else "", n, idx)


HEAD_ITEM_RE = re.compile(r"[、和及与]")


def _item_metric(catalog, m: Mention, head: str, verb: str, n: int, idx: int) -> str | None:
    """"其中3个省重点项目、16个市重点项目分别完成年度投资计划的146%、189%": when the list before 分别 names no metric
    but has as many items as there are figures, and matching each item with the words after 分别 ("3个省重点项目
    分别完成年度投资计划的") gives a different metric for each (a group qualifier each), the i-th figure measures the
    i-th item's metric; else None."""
    items = [x for x in HEAD_ITEM_RE.split(head) if x.strip()]
    if n < 2 or len(items) != n or idx >= n or not verb:
        return None
    ids = [catalog.match_metric(item + verb, m.unit.unit, m.kind, "", _classifier(m)) for item in items]
    return ids[idx] if None not in ids and len(set(ids)) == n else None


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


_LIST_COUNT_RE = re.compile(r"(?:\d+|[两二三四五六七八九十]+)个[^\d，,、]{0,4}$")  # …制造业|4个行业|增加值: the count of the list


def _comma_item(before: str, n: int, i: int) -> str:
    """The i-th of n measures listed before 分别 as clauses of their own, because each item holds a 、 of its own
    (交通运输、仓储和邮政业，住宿和餐饮业，批发和零售业增加值同比分别增长6.6%、5.7%和4.4%): the items are the n
    clauses ending at 分别, the last one's last word (增加值) shared by all; "" when the clauses before it are no bare
    noun phrases (a figure or a long clause in them)."""
    clauses = [c for c in CLAUSE_RE.split(before)]
    if len(clauses) < n or i >= n:
        return ""
    items = clauses[-n:]
    if any(not c or len(c) > 20 or numbers.ARABIC_RE.search(c) or
           any(w in meaning.gazetteer() for w, _ in meaning.words(c)) for c in items[:-1]):
        return ""  # (深圳、广州继续领跑GDP，上半年GDP分别为…: places that lead, no sectors listed)
    last = meaning.unframed(items[-1])
    ws = meaning.words(last)
    if len(ws) < 2:
        return ""
    tail = ws[-1][0]
    items[-1] = _LIST_COUNT_RE.sub("", last[: -len(tail)])
    return items[i].strip() + tail if items[i].strip() else ""


_ITEM_END_RE = re.compile(r"、|(?:和|及|以及)(?=\s*\d)")  # the end of an item described after 的 (…产值和|54%的…)


_JOINED_RE = re.compile("[和及与]")


def _subject_list(clause: str) -> str:
    """The list of items a clause opens with, its predicate cut (炼焦、化学行业|实现两位数增长), or "" when the clause
    lists nothing."""
    if "、" not in clause and (numbers.ARABIC_RE.search(clause) or not _JOINED_RE.search(clause)):
        return ""  # (生物医药和电子信息增幅最大，分别为…: two items joined, in a clause of no figures)
    ws, at, first = meaning.words(clause), 0, 0
    joins = [k for k, (w, _) in enumerate(ws) if _JOINED_RE.fullmatch(w) and 0 < k < len(ws) - 1]
    if "、" not in clause and any(ws[k - 1][1] in meaning.PROPER_FLAGS and ws[k + 1][1] in meaning.PROPER_FLAGS
                                  for k in joins):
        return ""  # (泉州和福州稳居前二，分别…: places joined are whose figures, no items of a measure; not 光伏新能源和…)
    last = clause.rfind("、") if "、" in clause else max(x.start() for x in _JOINED_RE.finditer(clause))
    if len(ws) > 1 and ws[0][1] == "v" and ws[1][0] != "、":
        first = 1  # 实现|GDP、工业、投资、消费等主要指标均快于全省: a verb opening the clause is no item's
    elif len(ws) > 2 and ws[0][1] == "d" and ws[1][0] == "是":
        first = 2  # 特别是|金融业、营利性服务业增加值: an opener stressing the items
    for k, (w, f) in enumerate(ws):
        if at > last and (f.startswith("v") and f != "vn" or f in ("a", "d", "m", "p") or w == "等") and \
                not (f.startswith("v") and k + 1 < len(ws) and ws[k + 1][1] == "c"):
            # the predicate (实现两位数增长, 均快于…, 为…伙伴, 增幅最大) or the words summing the items up (等主要指标, 三个行业);
            # not a verb joined to the noun after it in the last item's name (批发|和零售业增加值)
            return "".join(x for x, _ in ws[first:k])
        at += len(w)
    return "".join(x for x, _ in ws[first:]) if ws[-1][1].startswith("n") else ""  # the items alone, their head


def _list_length(m: Mention, context: str, i: int) -> int:
    """Number of figures in the list that starts after 分别 (the figures up to the end of the clause)."""
    text = m.extra.get("clause_after", "")
    tail = context[i:] + m.num.text + text
    lead = _RESPECTIVELY_LEAD_RE.match(tail)
    return len(LIST_ITEM_RE.findall(tail[lead.end():])) + 1 if lead else 0


def _fact_row(ct, m: Mention, fid: str, meta: dict, spans_of, catalog, subjects: "SubjectResolver",
              reader: meaning.Reader, window_start: int, inherited: str = "", same_unit: str = "") -> dict:
    """One facts.csv row for a fact mention; the quote runs from the number to the end of its unit.

    ``window_start``: where the words that may name this figure's measure start (after the previous figure of
    its clause); ``inherited``: the measure of the previous figure of the paragraph, which a figure whose own
    words name none continues ("GDP 9602.72亿元，同比增长13.1%"); ``same_unit``: the measure of the sentence's last
    figure before it of this one's unit."""
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
    if m.rule == RANKING_TABLE:  # a ranking printed as text: the ranking its report announces, else a rank
        measure = m.extra.get("ranking") or "排名"
    else:
        measure = m.extra.get("table_label") or _measure(m, text, reader, window_start, (cs, ce), context, after) or \
            ("" if m.kind == "rank_change" and inherited not in ("", *meaning.load_meaning_rules().rank_words)
             else _ranking(m, text[cs: m.start], reader))
        # (综合排名33，较去年进步了9位: a move of the rank before it, unless that names no more than a rank word)
    if m.kind in RANKS and (reader.ranked_name(measure) if measure else
                            not inherited and m.extra.get("listed_subject")):
        measure = _RANK_WORD  # 省内高新区分别位列第17、37、66和88位, 郑州、…、南阳高新区分别位列第17…位: whose ranks they
        # are, not what is ranked
    if measure and not _WORD_CHAR_RE.search(measure):
        measure = ""  # 、 read off a list (中部第2位 after 居全国第6位、): no words, the measure continues
    bound = _CLASS_PART_RE.fullmatch(text, cs, m.start) if not measure and inherited else None
    if bound:  # 新签约项目44个，其中亿元以上18个: the part of the class bounded so (新签约亿元以上项目)
        head = meaning.words(inherited)[-1][0]
        measure = inherited[: len(inherited) - len(head)] + bound.group(1) + head
    elided = _elided_object(text, cs, m, measure, same_unit)
    if elided:  # 签约项目20个，开工15个: what was started is what the figure before counted (开工项目)
        measure = elided
    elif measure and same_unit.startswith(measure) and [f for _, f in meaning.words(measure)] == ["v"]:
        measure = same_unit  # 渝中区接待国内游客252.3万人次，…万盛经开区接待53.13万人次: the verb, its object left out
    elif measure and re.search(re.escape(measure) + _ATTAINED_END, text[cs: m.start]):
        # 港口完成货物吞吐量17362万吨。其中，沿江港口完成14128万吨: a part of the whole measured before
        measure = _part_of_whole(measure, same_unit) or measure
    if inherited and reader.bracketed_owner(m.start):
        measure = ""  # 同比增长5.5%，…分别高于全国(5.4%)、全省(5.2%): the compared places' own figures of the same measure
    held = _held_for(m, text, ce, reader, measure, ss)
    if held:  # 高新区连续三年获苏州先进: a duration of what was achieved, written after it
        measure, inherited = held, ""
    rescoped = reader.rescoped(inherited, text[window_start: m.start]) if not measure and m.kind == "share" else ""
    if rescoped:  # 电瓷产量占全省98%、全国51%: the same share of another place's whole
        measure, inherited = rescoped, ""
    # (深圳总量: a name's own total; but 国家高新区新增10个 counts what the figure before counted)
    owned = reader.owner and measure not in meaning.load_meaning_rules().keep_flow_words
    if m.kind == "growth_rate" and inherited and _BARE_GROWTH_RE.fullmatch(text, cs, m.start) and \
            _FIGURE_CLAUSE_END_RE.search(text, ss, cs):
        measure = ""  # 申请专利620件，年平均增长率17.6%: a growth rate's name alone, of the figure right before
    if len(measure) == 1 and measure not in _ONE_CHAR_CLASSES:
        measure = ""  # 六成以上的战|新企业: a character cut from its word names nothing; the measure continues
    if [f for _, f in meaning.words(measure)] == ["i"]:
        measure = ""  # 紧随其后的是抚州，增速为7.3%: an idiom alone says how, not what is measured; the measure continues
    if m.unit.unit != "count":  # 宁德市以13.6%的增速领跑设区市; 有9个省份…，分别是江西(7.1%): the places ranked or
        # counted name no measure of a rate, which continues; 三|市生产总值: nor does the class a number before it counts
        measure = "" if meaning.names_place_class(measure) else meaning.unclassed(measure, text, m.start)
        inherited = "" if meaning.names_place_class(inherited) else meaning.unclassed(inherited, text, m.start)
    if m.kind in ("growth_rate", "share") and inherited and KEPT_RE.fullmatch(text, window_start, m.start) and \
            _DURATION_UNIT_END_RE.search(text, 0, window_start):
        measure = ""  # 连续8个季度保持8%以上稳定增长: the rate kept is of what lasted (the duration's measure)
    row["measure_zh"] = meaning.continued(measure, "" if owned else inherited, m.kind == "growth_rate")
    rate = next((h for h in meaning.RATE_HEADS if row["measure_zh"].endswith(h)), "")
    grows = row["measure_zh"][: -len(rate)] if rate else ""
    if m.kind == "growth_rate" and len(grows) > 1 and grows not in reader.rules.vague_topics:
        row["measure_zh"] = grows  # 经济总量增速6.1%: a growth rate measures what grows (经济增速 keeps its head: 经济
        # alone names no measure)
    if m.kind == "duration" and row["measure_zh"]:
        row["measure_zh"] = _rate_held(text, cs, m, ce, row["measure_zh"])
    written = row["subject_as_written"]
    scope = _GROUP_SCOPE_RE.search(text, max(cs, m.start - 8), m.start) if m.unit.unit == "count" else None
    if m.extra.get("table_period") and not m.extra.get("listed_subject"):
        m.extra["listed_subject"] = _grid_subject(text, m.start, reader)
    row["subject_zh"] = m.extra.get("listed_subject") or (scope.group(1) if scope else "") or reader.subject(
        m.start, cs, ss, "" if catalog is None or written in catalog.deictic or meaning.names_no_place(written) else written)
    row["subject_zh"] = reader.rules.self_scope.get(row["subject_zh"], row["subject_zh"])  # 我国: 全国
    row["subject_zh"] = (_ranked_names(text, end, reader) if m.kind == "rank" else "") or row["subject_zh"]
    counted = meaning.counted_places(text, m.end, m.unit.end) if m.unit.unit == "count" and not scope and \
        not m.extra.get("listed_subject") and not reader.names_in(text[cs: m.start]) else ""
    if counted and counted not in reader.rules.zone_classes:  # 15省份增速高于全国, 11个设区市中: a count of places is
        row["subject_zh"] = reader.whole_of(counted, ss, m.start) or row["subject_zh"]  # the whole's they
        # make up, not one member's
    if m.unit.unit == "count" and not m.extra.get("listed_subject") and \
            row["subject_zh"].endswith(reader.rules.zone_words) and meaning.counts_zones(text, m.unit.end):
        # 我省9家国家高新区, 嘉兴3个开发区, 南昌、新余…5家高新区: zones counted are a place's; the place is their subject
        owner = reader.zones_owner(ss, m.start)
        row["subject_zh"] = reader.rules.self_scope.get(owner, owner) or row["subject_zh"]  # (我国: 全国)
    if (m.unit.unit != "count" or reader.is_facility(row["subject_zh"])) and m.kind not in RANKS:
        # (218家国家级经开区: the zones counted; 园区百强排名: the list's; 虹口景区接待游客105180人次: the facility's)
        row["measure_zh"] = reader.unnamed(row["measure_zh"], row["subject_zh"])
    row["measure_zh"] = reader.unselfed(row["measure_zh"])
    if catalog is not None and row["metric_id"] and row["measure_zh"] and "分别" not in context and \
            not catalog.knows_measure(row["metric_id"], row["measure_zh"]) and \
            not catalog.knows_measure(row["metric_id"], text[cs: m.start]):
        row.update(metric_id="", metric_en="", metric_zh="")  # the catalog does not know what this figure measures
    return row


def _as_printed(ct, phrase: str, start: int, end: int) -> str:
    """``phrase`` of the clean text (read in simplified characters) in the characters the report prints (地區生產總值),
    found in text[start:end] first, else anywhere; as it is when the text does not hold it."""
    p = ct.text.find(phrase, start, end) if phrase else -1
    if p < 0:
        p = ct.text.find(phrase) if phrase else -1
    return "".join(ct.raw[o] for o in ct.offsets[p: p + len(phrase)]) if p >= 0 else phrase


_RANK_WORD = "排名"  # the measure of a rank whose words name only what is ranked
_DURATION_UNIT_END_RE = re.compile(r"个?(?:季度|月|年)\Z")  # a duration's unit, right before a rate it kept
_HELD_MAX = 24  # characters of a predicate after a duration that can still name what was held that long


def _held_for(m: Mention, text: str, clause_end: int, reader: meaning.Reader, measure: str, ss: int) -> str:
    """What a duration (连续三年, 4个月) lasted, when its sentence names no measure before it (only whose it is, or
    nothing of its own): the achievement written after it (获得全市教育质量管理一等奖, 被科技部评为先进单位), 了 aside;
    "" when no verb opens what follows, it runs long, or it compares or keeps up a rate (超过全国, 保持8%以上增长:
    the rate's measure, written before, is what lasted)."""
    if m.kind != "duration" or (measure and measure in text[ss: m.start] and not reader.ranked_name(measure)):
        return ""
    after = text[m.unit.end: clause_end].rstrip("，。；,;！？!?\n ").replace("了", "")
    ws = meaning.words(after) if after else ()
    rules = meaning.load_meaning_rules()
    if not ws or ws[0][1] not in ("v", "p") or len(after) > _HELD_MAX or ws[0][0] in rules.comparators or \
            ws[0][0] in load_rules().kinds["rate_kept"] or numbers.ARABIC_RE.search(after) or \
            _RANK_HELD_RE.search(after):
        return ""  # (增长20.6%，连续七年位居全国第一: a rank held, of the measure before it)
    return after


_RANK_HELD_RE = re.compile(r"第|首位|榜首|前[\d一二两三四五六七八九十]")  # a rank, what a duration kept up


def _rate_held(text: str, cs: int, m: Mention, ce: int, measure: str) -> str:
    """A duration of a rank its measure's rate kept (固定资产投资增速连续4个月居全省首位) lasted for the rate: the
    measure with the rate's head, which a growth rate's reading drops."""
    before = re.sub(r"(?:连续|持续)$", "", text[cs: m.start].rstrip())
    rate = next((h for h in meaning.RATE_HEADS if before.endswith(h)), "")
    if rate and not measure.endswith(rate) and _RANK_HELD_RE.search(text, m.unit.end, ce):
        return measure + rate
    return measure


def _ranking(m: Mention, clause: str, reader: meaning.Reader) -> str:
    """The ranking a rank whose own words name no measure belongs to (``extra["ranking"]``, from the edition its
    report announces: 仙桃市位列第54名 in news of the 赛迪百强县 list), unless its clause ranks it in a scope of its own
    (数量位居焦作市第一: a comparison within a city, not the ranking)."""
    ranking = m.extra.get("ranking", "")
    if not ranking or m.kind not in RANKS:  # (a count of the ranked, 河南10个, is of what they are: no ranking)
        return ""
    rules = meaning.load_meaning_rules()
    verbs = list(rules.rank_verb_in.finditer(clause))  # the last is the verb the rank follows (…排名出炉 合肥高新区升至|第七)
    scope = clause[verbs[-1].end():] if verbs else ""
    return "" if reader.names_in(scope) or any(w in scope for w in rules.scope_words) else ranking


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
    (percent, points, or an amount written as its change on last year), a decrease word (extraction_rules.yml ``kinds.decrease``) right before it."""
    if text[m.start - 1: m.start] in ("-", "－", "−") and not text[m.start - 2: m.start - 1].isdigit():
        return True
    rules = load_rules()
    if m.unit.unit == "positions":  # 排名下滑一位, 较上年后移2个位次: places moved down
        return _rank_fall(tuple(rules.kinds["rank_fall"])).search(text, max(clause_start, m.start - 12), m.start) \
            is not None
    if m.unit.unit not in ("percent", "permille", "pp") and m.kind != "change":
        return False  # an amount is negative only as a change (比上年减少11265公顷)
    if m.kind not in ("growth_rate", "change", "target"):
        return False
    return rules.decrease.search(text, max(clause_start, m.start - 40), m.start) is not None


@lru_cache(maxsize=1)
def _rank_fall(words: tuple[str, ...]) -> re.Pattern:
    """The moves down of a rank (extraction_rules.yml ``kinds.rank_fall``), right before the places moved."""
    return re.compile(f"(?:{'|'.join(map(re.escape, words))})了?(?:分别)?\\s*\\Z")


_SHARE_AFTER_RE = re.compile(r"[，,、]?(?:占比|比重)(?:为|达到|达)?")  # a bare share right after an amount
_SCOPE_SHARE_AFTER_RE = re.compile(r"[，,、]?(?:约|大约)?占(\w{2})的?")  # …，约占全省的58% (a scope word, meaning.yml)
_WORD_CHAR_RE = re.compile(r"[^\W\d_]")  # a letter or a character of a word
_PULL_RE = re.compile(r"拉动[^，。；,;、\d]{2,12}?增长")  # what a part's contribution is to (拉动GDP增长)


_CITY_ORDINAL_RE = re.compile(CITY_ORDINAL_END)  # 第四城: a city's place among cities
_ITEM_START_RE = re.compile(r"[、，,：:；;。\n]")
_LIST_END_RE = re.compile(r"[，。；,;\n]|$")  # (not the colon: 前三位的是：滨江区、…)
_RANK_DESCRIBES_RE = re.compile(r"[位名]?的")  # 排在第二的|绵阳: the rank of the name it describes
_RANKED_NAMES_RE = re.compile(r"位?的?[^，。；,;：:\d]{0,4}?(?:依次|分别)?(?:是|为)\s*[：:]?\s*")  # …前三位的(设区市依次)是：


def _ranked_names(text: str, end: int, reader: meaning.Reader) -> str:
    """The places a rank ending at ``end`` names right after it (排前三位的是：滨江区、钱塘区和萧山区; 排在第二的绵阳), as
    printed, or ""."""
    named = _RANKED_NAMES_RE.match(text, end)
    described = _RANK_DESCRIBES_RE.match(text, end) if named is None else None
    if described:  # 比排在第二的绵阳高出…, 是目前排在第三位的宜宾: the place the rank describes
        first = meaning.words(text[described.end(): described.end() + 8])[0][0]
        return first if reader.names_in(first) == [first] else ""
    if named is None:
        return ""
    listed = text[named.end(): _LIST_END_RE.search(text, named.end()).start()]
    names = reader.names_in(listed)
    return listed.strip() if names and listed.startswith(names[0]) else ""


def _bracketed_item(m: Mention, text: str, reader: meaning.Reader) -> str:
    """The item of a 、 list a figure is bracketed after, alone in its brackets (新能源及其装备制造(1177.75亿元)、石化化工
    (363.33亿元)): what it measures; "" for any other figure, and for a name's figure (低于武汉(8.1%)、无锡(7.1%): whose)."""
    if text[m.start - 1: m.start] not in ("(", "（") or text[m.unit.end: m.unit.end + 1] not in (")", "）"):
        return ""
    opened = m.start - 1
    k = max((x.start() for x in _ITEM_START_RE.finditer(text, max(0, opened - 20), opened)), default=-1)
    item = text[k + 1: opened].strip()
    listed = k >= 0 and text[k] == "、" or text[m.unit.end + 1: m.unit.end + 2] == "、"
    return item if listed and 1 < len(item) and not numbers.ARABIC_RE.search(item) and \
        not reader.names_in(item) else ""


def _measure(m: Mention, text: str, reader: meaning.Reader, window_start: int, clause: tuple[int, int],
             context: str, after: str) -> str:
    """measure_zh of a fact (see :mod:`reportfacts.extract.meaning`), the 分别 lists read item by item, and so the
    figures of a joined run (亩均工业增加值和税收位居全国高新区第七和第五) against the measures listed before them."""
    item = _bracketed_item(m, text, reader)
    if item:  # 新能源及其装备制造(1177.75亿元)、石化化工(363.33亿元): each item of a list, its figure in brackets
        return item
    largest = reader.head_phrase(after[1:]) if m.kind == "rank" and after.startswith("大") else ""
    if largest:  # 成为重庆第一大贸易伙伴, 第二大出口市场: the largest of its kind, ranked by size among its kind
        return largest
    if m.kind == "rank" and _CITY_ORDINAL_RE.match(after):
        return ""  # 上海重夺“第一城”: the city's place names nothing ranked; the measure goes on (经济总量)
    reached = ORDER_REACHED_RE.match(after) if m.kind == "rank" else None
    if reached:  # 成为全国第六个GDP破2万亿元的城市: the order among the places that reached the mark
        return reached.group(1)
    i = context.rfind("分别")
    if i >= 0 and CLAUSE_RE.search(context, i) is None and \
            not _places_compared(CLAUSE_RE.split(context[:i])[-1] + "分别", reader):
        # (增速比全省（9.1%）和全国平均水平（6.7%）分别高0.2、2.6个百分点: gaps of one rate, no items)
        head = CLAUSE_RE.split(context[:i])[-1]
        n = _list_length(m, context, i)
        lead = _RESPECTIVELY_LEAD_RE.match(context[i:])
        idx = len(LIST_ITEM_RE.findall(context[i:][lead.end():])) if lead else 0
        named_before = ""
        if not meaning.unframed(head).strip():  # 炼焦、机械行业实现两位数增长，分别增长31.7%、13%: the items the clause
            # before names (金融业、营利性服务业增加值，同比分别增长: so after a frame word, if that names no figures)
            named_before = CLAUSE_RE.split(context[:i])[-2] if CLAUSE_RE.search(context[:i]) else ""
            named_before = "" if head.strip() and numbers.ARABIC_RE.search(named_before) else named_before
            head = _subject_list(named_before)
        if n >= 2 and numbers.ARABIC_RE.search(head) and lead and lead.group().endswith("的"):
            # 3个省重点项目、16个市重点项目分别完成年度投资计划的146%、189%: counted groups, each its share of what
            # the words after 分别 name
            return meaning.unframed(lead.group()[2:-1]) or lead.group()[2:-1]
        pull = _PULL_RE.match(context, i + 2)
        flow = lead.group()[2:].rstrip("为了") if lead else ""
        noun = _noun_after(flow) if n >= 2 and not pull else ""
        items = reader.list_items(meaning.unframed(head), n)
        names = _respective_names(head, context[:i], n, reader) if n >= 2 else []
        if names:  # 苏南、苏中、苏北高新技术产业产值增幅分别为9.0%、12.3%、18.5%: the i-th figure is the i-th place's
            m.extra["listed_subject"] = names[idx]
        if noun and (names or len(items) == n):  # 电气机械制造业、金属制品业和纺织行业分别实现增加值63.46亿元、…: the
            # things listed, each with what the words after 分别 name (杭州、宁波分别完成营业收入…: the places' own)
            whole = items[idx].endswith(meaning.CLASS_MARKS)  # 粮油食品类: the class whole (its 类 is no classifier)
            item = meaning.ordinal_item(items, idx) or (items[idx] if whole else reader.tail_phrase(items[idx]) or
                                                        items[idx])  # (第一、二、三产业分别实现增加值: 第二产业)
            return noun if names else item + noun
        got = (reader.respective(head, n, idx) or _comma_item(context[:i], n, idx)) if n >= 2 else ""
        at = head.rfind(names[-1]) if names else -1
        last = named_before.rfind(names[-1]) if names and named_before else -1
        after_names = last + len(names[-1]) if last >= 0 else -1
        verb = meaning.load_meaning_rules().rank_verb_in.search(named_before, after_names) if last >= 0 else None
        if verb:  # 观海卫、周巷、龙山新设小微企业数位列全市前三，分别贡献544家、…: what the places were ranked by
            got = reader.tail_phrase(named_before[after_names: verb.start()]) or got
        elif at >= 0 and names == reader.listed_names(head, n):  # 兰州、白银高新区…综合排名分别位列…, 成都市、德阳市…分别
            rest = head[at + len(names[-1]):].strip()
            got = reader.tail_phrase(rest) or (rest if rest.endswith(meaning.RATE_HEADS) and len(rest) <= 6 else "")
            # 增长8.5%: the places are whose; the measure is what follows them (or continues), a rate alone kept
            # (江西、山西同比增速分别高于全国2.3个百分点)
        traded = meaning.load_meaning_rules().partner_flows
        k = named_before.rfind("分别")
        if k >= 0 and flow not in traded:  # 对美国、东盟分别进出口…，分别增长19.8%和28.7%: the trade the clause before
            before_flow = _RESPECTIVELY_LEAD_RE.match(named_before, k).group()[2:]  # lists, growing
            flow = before_flow if before_flow in traded else flow
        partners = flow in traded and n >= 2
        to = head.find("对")
        if partners and to > 0 and head[:to].strip() in reader.names_in(head[:to]):
            head = head[to:]  # 厦门对东盟、美国、欧盟分别进出口: the place trading, then its partners
            got = reader.respective(head, n, idx) or got
        if got and partners and head.lstrip().startswith("对"):
            return "对" + got.lstrip("对") + flow  # 对欧盟、美国分别进出口731.1亿元、544.2亿元: trade with each partner
        named = [meaning.words(x.strip())[0] for x in head.split("、") if x.strip()] if partners else []
        if len(named) == n and all(f in meaning.PROPER_FLAGS for _, f in named) and \
                not all(w in meaning.gazetteer() for w, _ in named):  # (广州、深圳分别进出口: the places trading)
            # 东盟、美国、中国香港、欧盟为前4大贸易伙伴，分别进出口917.9亿元、…: the partners the items open with
            return "对" + named[idx][0] + flow
        if got and partners and not names and not got.endswith(flow):
            return got + flow  # 原油、铁矿砂、农产品分别进口486.3亿元、…: each good's trade
        if got and pull:  # 第一、二、三产业分别拉动GDP增长0.1、3.8、5.1个百分点: each item's pull on what it names
            return got + pull.group()
        if got:
            return got
        window_start = min(window_start, m.start - len(context) + i)
    joined = m.extra.get("joined")
    if joined:  # 第七和第五, 分别位列全国第三和第四: read against the list before the run
        head = text[clause[0]: joined[0]]
        verb = meaning.load_meaning_rules().rank_verb_in.search(head) if m.unit.unit == "rank" else None
        head = meaning.unframed(head[: verb.start()] if verb else head)
        names = own = reader.listed_names(head, joined[1])
        compared = meaning.load_meaning_rules().comparator_re.search(head)  # 高于全国、全省0.1和0.3个百分点:
        if not names and not compared and clause[0] > 0:  # (在副省级城市中|分列…: the group ranked in names none)
            # 无锡、常州、南通进入前30名，分列第13、16、23位: the names the clause before lists (or one before it in
            # the sentence: 镇江、淮安两家开发区进步明显，双双跻身30强，分别列22位和29位)
            start = max(full_sentence_start(text, clause[0] - 1), clause[0] - 80)
            classes = meaning.load_meaning_rules().zone_classes
            for before in reversed(CLAUSE_RE.split(text[start: clause[0]].rstrip("，,；;"))[-3:]):
                names = [x for x in reader.names_in(before) if x not in classes]  # (九江、吉安、抚州3家国家高新区…:
                # the places, not the class of zones they are)
                if names:
                    break
        if len(names) == joined[1]:  # 杭州和武汉在副省级城市中分列第四和第五位: the i-th figure is the i-th name's
            m.extra["listed_subject"] = names[joined[2]]
        got = reader.respective(head, joined[1], joined[2]) if not own and not compared else ""  # (places compared)
        if got:
            return got
    count = m.unit.unit == "count"
    flow = load_rules().keywords.count_flow if m.kind == "count_flow" else None
    gap = _gap(m)
    rate = m.unit.unit in (*RATES, "fraction")  # (集聚了全市六成以上的战新企业: a share of what follows 的)
    got = reader.capacity(m.start, after, m.unit.unit) if m.unit.unit not in ("yuan", "usd") else ""
    got = got or reader.measure(m.start, window_start, after, count, flow, gap, rate)
    if not got and window_start > clause[0]:
        got = reader.measure(m.start, clause[0], after, count, flow, gap, rate)
    followed = m.kind in ("change", "growth_rate") and \
        numbers.ARABIC_RE.search(text, full_sentence_start(text, m.start), clause[0]) is not None
    if not got and not followed:  # 在建项目中，江油市56个、安县24个: what a lead clause of scope names is what its
        # items count (the nearest one before the items: 2021年…考核中，…，其中新签约的重大外资项目中，锡山开发区4个，
        # 东港2个); not a change or growth after a figure of its sentence (在农民工总量中，外出农民工17185万人，比上年
        # 增加251万人: of that figure, continued)
        *before, own = CLAUSE_RE.split(context)
        item = own.strip() and all(f.startswith("n") for _, f in meaning.words(own.strip()))  # (东港|2个: an item)
        lead = next((c for c in reversed(before) if not numbers.ARABIC_RE.search(c)), "") if item else ""
        got = reader.scope_measure(lead) or reader.scope_measure(before[0] if before else "")
    if not got:  # 西部部分省会城市GDP如下：成都22074.7亿元，西安…: what a list's opener names, each item's
        got = _opener_topic(m, text, reader)
    if not got:  # 广州固定资产投资延续去年以来的良好增势，同比增长9.3%: what the sentence opens on, before its verb
        got = _sentence_topic(m, text, reader, clause[0])
    if not got and m.unit.written.endswith("次"):  # 县级领导到乡镇下访89次: times of an action, the action
        got = reader.action(m.start, max(window_start, clause[0]))
    if load_units().units.get(m.unit.written, {}).get("noun") and \
            all(f[0] in "fpcu" for _, f in meaning.words(got)):  # (在安徽16市中排名第七: 中 names nothing)
        got = m.unit.written  # 全省16市2022年GDP陆续出炉: the places counted, named by the unit
    if m.kind in RANKS and got and got not in (*meaning.load_meaning_rules().rank_words, *meaning.RATE_HEADS) and \
            all(f == "v" for _, f in meaning.words(got)):
        got = ""  # 首次挺进30强: a verb of standing names nothing ranked (as 进入前30名 does not; 增速 does, jieba's v)
    return got


def extract_clean(ct, report_id: str, source_file: str, published: str | None, catalog=None,
                  with_optional: bool = False, default_subject: str = ""):
    """:func:`extract_report` on an already cleaned text (any object with ``raw``, ``text``, ``raw_span``)."""
    facts, mentions = extract_rows(ct, report_id, source_file, published, catalog, with_optional, default_subject)
    return frames(facts, mentions, with_optional)


def fact_columns(with_optional: bool) -> list[str]:
    return FACT_COLUMNS + EXTRA_FACT_COLUMNS + (OPTIONAL_FACT_COLUMNS if with_optional else [])


def frames(facts: list[tuple], mentions: list[tuple], with_optional: bool = False):
    """(facts, mentions) DataFrames from the row tuples of :func:`extract_rows`."""
    return (pd.DataFrame(facts, columns=fact_columns(with_optional)),
            pd.DataFrame(mentions, columns=MENTION_COLUMNS))


def extract_rows(ct, report_id: str, source_file: str, published: str | None, catalog=None,
                 with_optional: bool = False, default_subject: str = "") -> tuple[list[tuple], list[tuple]]:
    """Fact and mention rows of a cleaned report as tuples in column order (see :func:`frames`).

    ``default_subject``: the report's subject as printed (sources.yml ``subject``, else its headline's first name),
    the ``subject_zh`` of figures whose sentence names none."""
    text = ct.text
    if catalog is not None:
        catalog.prepare(text)
    try:
        with meaning.names_of(text):  # 坪山区委: places the segmenter does not know, while this report is read
            facts, mentions = _extract_prepared(ct, text, report_id, source_file, published, catalog, default_subject)
    finally:
        if catalog is not None:
            catalog.prepare(None)
    row = itemgetter(*fact_columns(with_optional))
    return [row(f) for f in facts], mentions


_LINK_TO_FIGURE_RE = re.compile(r"(?:达到|达|为|有|超过|突破)?\s*[\d一二两三四五六七八九十百千万]")


def _extract_prepared(ct, text, report_id, source_file, published, catalog, default_subject=""):
    """Body of :func:`extract_rows` once the catalog has scanned the report: fact dicts, mention tuples."""
    spans_of = _spans_finder(text)
    ms = find_mentions(text, published, spans_of)
    check_accounting(text, ms, report_id)
    meta = {"report_id": report_id, "source_file": source_file}
    subjects = SubjectResolver(text, catalog, spans_of, default_subject)
    gathered = vocabulary().get("gathered_words", ())  # (汇聚了全国33%的…: a verb, whose object names the scope)
    aspect = vocabulary().get("aspect_words", ())  # (全省国家高新区已达8家: 已 between the measure and its figure)
    periods = find_periods(text, PubDate.parse(published))
    blocked = [(p.start, p.end) for p in periods if p.text not in gathered
               and not (p.text in aspect and (_LINK_TO_FIGURE_RE.match(text, p.end) or
                                              meaning.PER_BASE_END_RE.search(text, max(0, p.start - 12), p.start)))]
    # (每万名从业人员拥有发明专利466件: having, of each so many people, is no time but part of the measure)
    blocked += [w.span() for w in vocab_re("whole_year").finditer(text)]  # 全年, 年内: period words of no period of their own
    reader = meaning.Reader(text, default_subject, blocked)
    facts, mrows, n = [], [], 0
    traditional = simplified(ct.raw) != ct.raw  # read in simplified characters: phrases are shown as printed
    prev, prev_para, unranked = None, -1, {}  # unranked: the last measure of a figure that is no rank, by unit
    last_of_unit: dict[str, tuple[str, int]] = {}  # unit: the last figure's measure and where it ends

    def same_unit(m: Mention) -> str:  # the measure of the last figure of m's unit in m's sentence (up to 。), or in
        # the sentence before one that opens with 其中 (a part of what that sentence measured)
        measure, end = last_of_unit.get(m.unit.unit, ("", len(text)))
        stops = list(FULL_STOP_RE.finditer(text, end, m.start))
        return measure if not stops or len(stops) == 1 and text.startswith("其中", stops[0].end()) else ""

    parts: dict[int, str] = {}  # the parts of a structure whose items its measure lists: {start: the item's measure}
    lists = _clause_lists(ms, spans_of, text, reader)
    itemized = _itemized(ms, spans_of, text, reader)
    rows_of: dict[int, dict] = {}
    _mark_joined(ms, spans_of, text)
    by_clause: dict[int, list[dict]] = {}
    for m in ms:
        fid = ""
        if m.status == "fact":
            n += 1
            fid = f"{report_id}-{n:03d}"
            cs = spans_of(m)["clause"][0]
            window = max(cs, prev["clean_end"]) if prev is not None else cs
            if window > cs and _ASIDE_CLOSED_RE.match(text, window, m.start):
                window = cs  # 占国内生产总值（121.0万亿元）的比重达到14.3%: a figure in an aside cuts no phrase around it
            item = _ITEM_END_RE.search(text, window, m.start + 1) if text.startswith("的", window) else None
            if item:  # 总投资30亿元的医药研发…项目、新飞智家总投资15.2亿元, 40%的工业产值和54%的…: what the figure before
                window = item.end()  # describes ends at the 、 or 和 (its item), no part of this one's measure
            inherited, carried = _continued_measure(m, prev, prev_para == m.para, unranked, text, cs)
            before = _clause_before(text, cs, max(spans_of(m)["sentence"][0], prev["clean_end"] if prev else 0))
            topic = "" if numbers.ARABIC_RE.search(before) else \
                reader.topic_measure(load_subject_rules().topic_opener.sub("", before.strip()))  # (其中，…; not 2021年…)
            if topic:  # 工业投资持续高增长，占总投资比重为21.6%: the topic the clause before judges
                inherited = topic
            parallel = _parallel_measure(lists[id(m)], by_clause) if id(m) in lists and \
                not _places_compared(text[cs: m.start], reader) else ""
            inherited = parallel or inherited
            if prev is not None and prev["_compared"] and _BRACKET_CLOSE_RE.fullmatch(text, prev["clean_end"], m.start):
                # 增长44.5%，高于营收(24.0%)20.5个百分点: the gap after compared figures in brackets reads as if they
                # were not written (of the rate before the comparison)
                rate = prev
                while rate is not None and rate["_compared"]:
                    window, rate = rate["_window"], rate["_prev"]
                while rate is not None and rate["kind"] in RANKS and rate["_prev"] is not None and \
                        rate["_prev"]["clean_end"] >= spans_of(m)["sentence"][0]:  # (增长44.5%，全省第四，高于…: its rank)
                    rate = rate["_prev"]
                inherited = _continued_measure(m, rate, True, unranked, text, cs)[0] if rate is not None else inherited
            row = _fact_row(ct, m, fid, meta, spans_of, catalog, subjects, reader, window, inherited, same_unit(m))
            if parallel and lists[id(m)][3]:
                row["measure_zh"] = parallel  # (the items' shares: each its item's)
            elif id(m) in lists and row["measure_zh"] and inherited.startswith(row["measure_zh"]) and \
                    not inherited.startswith(tuple(reader.rules.share_link), len(row["measure_zh"])):
                row["measure_zh"] = inherited  # 城镇、农村居民人均可支配收入分别为…元和…元，分别增长5.6%和7.3%: each
                # item's measure whole, as the list before it printed it
            row["_window"], row["_prev"], row["_clause_start"] = window, prev, cs
            row["_compared"] = text[m.start - 1: m.start] in ("(", "（")
            if not row["measure_zh"] and carried:
                row["measure_zh"] = carried
            if id(m) in itemized:  # 分别为：霍邱县52个、…: the item's name is its subject, the total's measure its own
                name, total, (head_start, head_end) = itemized[id(m)]
                row["subject_zh"] = name
                row["measure_zh"] = rows_of[id(total)]["measure_zh"] if total is not None and id(total) in rows_of \
                    else _caption_measure(text[head_start: head_end], reader) \
                    if _CAPTION_CLASS_RE.search(text, head_start, head_end) else reader.measure(head_end, head_start)
                # (六个省会城市的GDP分别为：武汉18866.43亿元、…: each of the class's places with its GDP)
            if prev is not None and prev["unit"] == row["unit"] and \
                    _STRUCTURE_JOIN_RE.fullmatch(text, prev["clean_end"], m.start):
                row["measure_zh"] = prev["measure_zh"]  # 结构由上年的24.8∶41.7∶33.5调整为22.7∶…: one structure's parts
            else:
                parts = _structure_items(m, text, meaning.unframed(text[cs: m.start]), reader) or parts
            if m.start in parts:  # 第一、二、三产业增加值占GDP的比重为11.4:31.2:57.5: each part of its item
                row["measure_zh"] = parts[m.start]
            if prev is not None and prev["clean_end"] >= spans_of(m)["sentence"][0] and (
                    m.extra.get("base") or (m.kind == "growth_rate" and prev.get("_base") and
                                            prev["clean_end"] >= cs)):
                # 较2016年的603万人增长12%: the amount compared from, and the growth from it, are of the measure before
                row["measure_zh"], row["_base"] = prev["measure_zh"], bool(m.extra.get("base"))
            if prev is not None and _SHARE_AFTER_RE.fullmatch(text, prev["clean_end"], m.start):
                # 工业合同引资7300亿元、占比42%: the share the amount right before makes up
                row["measure_zh"] = meaning.share_base(prev["measure_zh"]) + row["measure_zh"]
            scoped = _SCOPE_SHARE_AFTER_RE.fullmatch(text, prev["clean_end"], m.start) if prev is not None else None
            if scoped and scoped.group(1) in reader.rules.scope_words and prev["unit"] not in RATES and \
                    m.unit.unit in RATES:
                # 核心产业增加值5800亿元，约占全省的58%: the amount's share of the scope's whole
                row["measure_zh"] = meaning.share_base(prev["measure_zh"]) + "占" + scoped.group(1)
            planned = _plan_of(row, prev, spans_of(m)["sentence"][0])
            if planned:  # 技改投资完成1.57亿元，完成目标任务的112.1%: the plan of the measure before it
                row["measure_zh"], row["_plan_of"] = planned + row["measure_zh"], planned
            rows_of[id(m)] = row
            if traditional:
                ss, se = spans_of(m)["sentence"]
                for k in ("measure_zh", "subject_zh"):
                    row[k] = _as_printed(ct, row[k], ss, se)
            by_clause.setdefault(cs, []).append(row)
            if m.kind not in RANKS and not row["_compared"]:  # (not 营收's own 24.0% in 高于营收(24.0%))
                unranked[m.unit.unit] = unranked[""] = row["measure_zh"]
                unranked[PLAN_OF] = row.get("_plan_of", "")
                if not row["measure_zh"].endswith(reader.rules.gap_heads):
                    unranked[NO_GAP + m.unit.unit] = unranked[NO_GAP] = row["measure_zh"]
            last_of_unit[m.unit.unit] = (row["measure_zh"], m.unit.end)
            prev_para = m.para
            if catalog is not None:
                _pair(row, prev, m, text, spans_of, catalog)
            facts.append(row)
            prev = row
        end = m.unit.end if m.status == "fact" else m.end
        rs, re_ = ct.raw_span(m.start, end)
        mrows.append((report_id, m.start, end, rs, re_, text[m.start:end], m.status, m.reason, m.rule, fid))
    _goal_echoes(facts, PubDate.parse(published))
    _headline_echoes(facts, text, [p.start for p in periods if p.kind == "deadline"])
    _restated_figures(facts, text)
    _topic_measures(facts)
    _check_quotes(ct, facts, report_id)
    return facts, mrows


def _goal_echoes(facts: list[dict], pub: PubDate | None) -> None:
    """A goal the report restates with no year ahead of it (“要实现5000亿元的目标”) is the goal it dates elsewhere to
    one year ahead (到2025年力争迈上5000亿元台阶), when it dates that figure's goals to one such year only."""
    if pub is None:
        return
    ahead: dict[tuple, set] = {}
    for r in facts:
        if r["kind"] == "target" and r["period"] and last_year(r["period"]) > pub.year and \
                r["unit"] not in (*RATES, "pp", "fraction", "times"):  # (an amount or a count: a rate recurs as goals)
            ahead.setdefault((r["quote"], r["unit"]), set()).add(r["period"])
    for r in facts:
        years = ahead.get((r["quote"], r["unit"]), set()) if r["kind"] == "target" and r["period"] else set()
        if len(years) == 1 and last_year(r["period"]) <= pub.year:  # (not a goal of no year printed: still none)
            r["period"] = next(iter(years))


def _headline_echoes(facts: list[dict], text: str, deadlines: list[int]) -> None:
    """A figure of a report's headline (the heading paragraphs before its first sentence) that its body repeats (总数达
    173家 above 截至目前，国家高新区总数达173家) is the body's figure, of the period the body's sentence gives it."""
    body = next((s for s, e in _paragraphs(text) if not is_heading(text, s, e)), len(text))
    shown = [r for r in facts if r["clean_start"] >= body]
    for row in facts:
        if row["clean_start"] >= body:
            break
        same = [r for r in shown if r["value_as_written"] == row["value_as_written"] and r["unit"] == row["unit"]]
        echo = next((r for r in same if r["quote"] == row["quote"]), same[0] if same else None)
        # (as printed first, its bound too: 今年预期增长7%左右 is the body's 增长7%左右, not its 目标为“7%以上”)
        line = text.rfind("\n", 0, row["clean_start"]) + 1
        if echo is not None and not any(line <= d < row["clean_start"] for d in deadlines):
            row["period"] = echo["period"]  # (到2025年核心产业增加值翻一番: a goal its own deadline dates)


RESTATED_DIGITS = 4  # the digits a figure must print to be, printed again, the same figure (61418.26, not 6)
_RESTATED_KEYS = ("measure_zh", "subject_zh", "subject", "subject_as_written", "metric_id", "metric_en", "metric_zh")


def _restated_figures(facts: list[dict], text: str) -> None:
    """A figure opening its clause with no words of its own (61418.26亿元是什么概念？) that an earlier sentence printed
    with as many digits (RESTATED_DIGITS or more) and its unit is that figure again: its measure, metric and subject."""
    first: dict[tuple[str, str], dict] = {}
    for r in facts:
        was = first.setdefault((r["value_as_written"], r["unit"]), r)
        if was is not r and sum(ch.isdigit() for ch in r["value_as_written"]) >= RESTATED_DIGITS and \
                not text[r["_clause_start"]: r["clean_start"]].strip():
            r.update({k: was[k] for k in _RESTATED_KEYS if k in was})


TOPIC_MIN = 3  # the times a measure must name figures of a unit to be what a report's unnamed figures of it measure


def _topic_measures(facts: list[dict]) -> None:
    """Give a figure no words of its own or before it name (南京以7622.77亿元位居副省级城市第六位, in a report on
    GDP) the measure the report names most for figures of its unit, when it names it for TOPIC_MIN of them; a rank
    with none, the measure most ranked, else the report's most named amount's: what the report is about."""
    by_unit: dict[str, Counter] = {}
    for r in facts:
        if r["measure_zh"]:
            by_unit.setdefault("rank" if r["kind"] in RANKS else r["unit"], Counter())[r["measure_zh"]] += 1
    for r in facts:
        if r["measure_zh"]:
            continue
        for unit in (("rank", "yuan") if r["kind"] in RANKS else (r["unit"],)):
            top = by_unit.get(unit, Counter()).most_common(2)
            if top and top[0][1] >= TOPIC_MIN and (len(top) == 1 or top[0][1] > top[1][1]):
                r["measure_zh"] = top[0][0]
                break


_BRACKET_CLOSE_RE = re.compile(r"\s*[)）]\s*")  # the end of a bracketed figure, right before the next figure


def _plan_of(row: dict, prev: dict | None, sentence_start: int) -> str:
    """The measure a share of a plan done (完成全年目标任务的112.1%) or a plan's goal (完成全年43亿元目标任务) is the plan
    of: that of the figure before it in its sentence (what that figure is itself the plan of, when it is one); "" when
    there is none, or the plan is what the sentence is about (年度计划完成2241.3亿元)."""
    plan = meaning.load_meaning_rules().plan_only
    hit = plan.fullmatch(row["measure_zh"])
    if prev is None or prev["clean_end"] < sentence_start or prev["kind"] in RANKS or hit is None or \
            not (row["kind"] == "target" or hit.group("done")):
        return ""
    of = prev.get("_plan_of") or prev["measure_zh"]
    return "" if plan.fullmatch(of) else of


PLAN_OF = "plan of"  # the key of unranked holding what the last figure that is no rank was a plan of, if any
NO_GAP = "no gap "  # the prefix of unranked's keys holding the last measure that is no gap (meaning.yml gap_heads)


def _clause_before(text: str, cs: int, floor: int) -> str:
    """The clause ending right before ``cs`` (its delimiter dropped), if it starts at or after ``floor``; else ""."""
    if cs - 1 <= floor:
        return ""
    start = max((b.end() for b in CLAUSE_RE.finditer(text, floor, cs - 1)), default=floor)
    return text[start: cs - 1]


def _continued_measure(m: Mention, prev: dict | None, same_para: bool, unranked: dict[str, str], text: str,
                       cs: int) -> tuple[str, str]:
    """What a figure whose own words name no measure continues: (the measure inherited within its paragraph, the
    one carried from the paragraph before when nothing else names it). ``unranked``: the last measure of a
    figure that is no rank, by unit ("" for any unit; PLAN_OF: what that figure was a plan of)."""
    if prev is None:
        return "", ""
    if not same_para:  # 从2012年突破2万亿元 after a paragraph on GDP (or on GDP's ranks: the last figure no rank)
        last = unranked.get(m.unit.unit, "") if prev["kind"] in RANKS else \
            prev["measure_zh"] if prev["unit"] == m.unit.unit else ""
        return "", last if m.kind not in RANKS else ""
    if m.kind in RANKS and prev["unit"] == "count" and GROUP_RANKED_RE.match(text, prev["clean_end"]):
        return "", ""  # 在西部47家国家级经开区中排名第13位: the group ranked in is counted, not ranked
    if m.kind in RANKS and prev["kind"] not in RANKS and FULL_STOP_RE.search(text, prev["clean_end"], cs):
        return "", ""  # 营业收入增长12%。今年将推动郑州高新区进入全国前20: a rank names what it ranks in its own sentence
    # 完成年度目标任务589亿元的37.22%，同比增长8.08%: the growth of the amount planned, not of the plan's share
    inherited = prev.get("_plan_of") if m.kind == "growth_rate" and prev.get("_plan_of") else prev["measure_zh"]
    between = text[prev["clean_end"]: m.start]
    if prev["unit"] == "count" and m.unit.unit not in ("count", *RATES, "pp", "times") and \
            unranked.get(m.unit.unit) and \
            not any(h in between for h in meaning.load_meaning_rules().generic_heads):
        # 营业收入13977亿元：8个国家高新区7831.36亿元: an amount after a count of who has it continues the last
        # amount in its unit, not what was counted (9只私募基金，总规模74.36亿元: the size of those counted)
        inherited = unranked[m.unit.unit]
    named = inherited and m.kind == "share" and inherited in text[prev["_clause_start"]: prev["clean_start"]]
    if inherited and prev["unit"] == "count" and m.unit.unit != "count" and \
            (inherited.endswith(("市", "县", "区")) or meaning.names_place_class(inherited, ending=True)):
        # 9个设区市中有3个市增速高于全省平均水平。福州市增长5.6%: no figure of the places counted, but the last in its
        # unit (the measure the paragraphs before named)
        inherited = unranked.get(m.unit.unit, "")
    if inherited and prev["kind"] in RANKS and m.kind not in RANKS and not named:
        # 主营业务收入494.82亿元，…排位第五位；广丰经济开发区325.44亿元: a figure after a rank continues the last
        # figure in its unit (an amount) or the last that is no rank (a rate); a share, what the rank's clause names
        # (出口居全国第一、占全球30%: 出口)
        inherited = unranked.get(m.unit.unit if m.unit.unit not in (*RATES, "pp") else "", "")
        if m.kind == "growth_rate" and unranked.get(PLAN_OF):  # 完成年度目标的84.9%，进度居全省第二位，同比增长8.3%:
            inherited = unranked[PLAN_OF]                     # the growth of the amount planned, after its rank
        if inherited and m.unit.unit == "pp":
            # 增长2.7%，居全市第7位，低于全市平均增速14.8个百分点: a gap after the rank of a rate is of the last rate
            # (not of the last gap, written about another rate before it)
            inherited = _GROWTH_TAIL_RE.sub("", inherited) + GROWTH_NOUNS[0]
    # 两年平均增长0.2%，较前三季度回落0.6个百分点: the gap of the average the rate before it was
    average = _AVERAGE_GROWTH_RE.search(text, max(0, prev["clean_start"] - 12), prev["clean_start"]) \
        if m.unit.unit == "pp" else None
    if inherited and m.unit.unit == "pp" and prev["kind"] == "growth_rate" and (
            not inherited.endswith(GROWTH_NOUNS) or average and average.group(1) not in inherited):
        # 增长3.6%，快于全省1.7个百分点: a gap between growth rates is of the rate, named as its clause names it
        # (两年平均增速比一季度加快0.8个百分点: GDP两年平均增速; not 高于焦作市平均增幅, the base's)
        compared = meaning.load_meaning_rules().comparator_re.search(text, cs, m.start)
        named = GROWTH_NOUN_RE.search(text, cs, compared.start() if compared else m.start)
        inherited = _GROWTH_TAIL_RE.sub("", inherited) + (
            named.group() if named else average.group(1) + GROWTH_NOUNS[0] if average else GROWTH_NOUNS[0])
    gaps = meaning.load_meaning_rules().gap_heads
    if inherited.endswith(gaps) and not any(g in text[cs: m.start] for g in gaps) and text[cs - 1: cs] in "；;。":
        # 两省差距…缩小至6243.0亿元；排在第三、第四位的山东、浙江分别为87435亿元: a gap continues into no statement that
        # names none; the figure is of what the parties were compared in (the last measure in its unit that is no gap)
        inherited = unranked.get(NO_GAP + ("" if m.kind in RANKS else m.unit.unit), "")
    share_of = _SHARE_OF_RE.search(text, cs, m.start) if m.kind == "share" and prev["kind"] != "share" else None
    if inherited and share_of:  # 农业产值123亿元，占51.1%: the share the amount before it makes up (of the whole
        inherited += f"占{share_of.group(1)}比重" if share_of.group(1) else "占比"  # it names: 占全市的40.8%)
    return inherited, ""


_SHARE_OF_RE = re.compile(r"占(?:比|(全[市省县区国]|全部[^，。；,;的]{0,8})的?)?(?:为|达到|达)?\s*$")


GROWTH_NOUNS = ("增速", "增幅", "增长率")  # what a growth rate is called when a figure measures the rate itself
GROWTH_NOUN_RE = re.compile(f"(?:[两二三四五六七八九十]年)?(?:平均)?(?:{'|'.join(GROWTH_NOUNS)})")
_GROWTH_TAIL_RE = re.compile(f"{GROWTH_NOUN_RE.pattern}\\Z")
_AVERAGE_GROWTH_RE = re.compile(r"((?:[两兩二三四五六七八九十]年)?平均|年均)(?:增[长長]|增速[为為]?)\s*\Z")


def _gap(m: Mention) -> bool:
    """True for a difference written after a comparison (高于…N个百分点, 是…的N倍): points or a multiple, or an amount
    that is a change (比全省高1.18万元, 比上年少12家: what is compared is named before the comparison)."""
    return m.unit.unit in ("pp", "times") or m.kind == "change" and m.unit.unit not in RATES


def _noun_after(flow: str) -> str:
    """The noun phrase the words after 分别 end with, after their verb (分别实现|增加值, 分别完成|营业收入), or "" when
    they name none (分别增长, 分别为, 分别占): what each item listed before 分别 measures."""
    ws = meaning.words(meaning.unframed(flow))
    k = next((j for j, (_, f) in enumerate(ws) if f != "v"), len(ws))
    rest = ws[k:]
    return "".join(w for w, _ in rest) if k and rest and all(f in ("n", "vn", "nz") for _, f in rest) else ""


_OPENER_AT_END_RE = re.compile(f"(?:{meaning.LIST_OPENER_RE.pattern})\\Z")
_UNIT_ASIDE_RE = re.compile(r"[（(]\s*单位\s*[：:][^（()）]{1,8}[)）]")


def _opener_topic(m: Mention, text: str, reader: meaning.Reader) -> str:
    """For a figure of a list after a colon in its sentence whose own words name nothing: the noun phrase the
    clause before the opener ends with (2022年六个省会城市的GDP分别为：武汉…, 西部省会城市GDP如下：成都…), else ""."""
    ss = full_sentence_start(text, m.start)
    colon = max(text.rfind("：", ss, m.start), text.rfind(":", ss, m.start))
    opener = (_OPENER_AT_END_RE.search(text, ss, colon + 1) or _UNIT_ASIDE_RE.search(text, ss, colon)) \
        if colon >= 0 else None
    caption = table_caption(text, m.start) if opener is None else None
    if caption:  # a row of a table printed as lines (苏州4,961.6亿元18.3%): what its caption names, in its column
        return _column_measure(_caption_measure(PAIRED_RATE_RE.sub("", text[caption[0]: caption[1]]), reader),
                               *table_columns(text, m.start))
    if opener is None:  # (发言人介绍：, 官方：: a speaker, no list) an item on a line of its own (郑州：2947.1亿元，…；):
        ss, opener = _lines_opener(text, ss)  # the line the items' lines open with
    if opener is None:
        return ""
    head = CLAUSE_RE.split(text[ss: opener.start()])[-1]  # (部分万亿城市上半年GDP（单位：亿元）及增速：, a table's
    # caption: what it names before its unit)
    return _caption_measure(head, reader)


_CAPTION_ASIDE_RE = re.compile(r"[（(][^（()）]*[)）]")
_CAPTION_TAIL_RE = re.compile(r"(?:发展|运行)?(?:数据|指标)?(?:一览表?|如下|情况|统计表?|对比|排行榜?)?[：:]?\s*\Z")
# (what a caption calls its table: …核心产业发展情况：, …的市州数据如下：)
_PLACE_CLASSES = meaning.place_class_pattern()
_CAPTION_CLASS_RE = re.compile(r"(?:(?:排名|排行)?前?[\d一二两三四五六七八九十]+个?|部分|各|其余|其他)的?"
                               f"(?:{_PLACE_CLASSES}|省辖市|省区|地区|[区县市省州])|{_PLACE_CLASSES}")
# (苏南五市, 前十省份, 部分省辖市, 排名前八的地区: the rows' places)


def _column_measure(core: str, columns: list[str], i: int) -> str:
    """What a figure in column ``i`` of a table measures, the caption naming ``core`` (数字经济核心产业) and the
    columns what of it (增加值／占GDP比重／增速): the level's column, its share or its growth."""
    if not columns:
        return core
    rate = [bool(RATE_COLUMN_RE.search(c)) for c in columns]
    level = next((c for c, r in zip(columns, rate) if not r), "")
    level = "" if core.endswith(level) else level
    if not rate[i]:
        return core + ("" if core.endswith(columns[i]) else columns[i])
    return core + level + (columns[i] if columns[i].startswith("占") else "")


def _caption_measure(caption: str, reader: meaning.Reader) -> str:
    """What the rows of a table measure, from its caption: the words after the class of places its rows are
    (附：一季度苏南五市地区生产总值及增速: 地区生产总值), or before it when the class ends the caption (2023年全国GDP前十省份
    （单位：亿元）: GDP)."""
    head = re.split("[：:]", _CAPTION_TAIL_RE.sub("", _CAPTION_ASIDE_RE.sub("", caption)))[-1]
    last = None
    for last in _CAPTION_CLASS_RE.finditer(head):
        pass
    if last is not None:
        head = head[: last.start()] if last.end() == len(head) else head[last.end():]
    return reader.tail_phrase(meaning.unframed(head))


_ITEM_LINE_END = ("；", ";", "，", ",", "。")  # how a list's item on a line of its own ends
_ITEM_LINES = 40  # the most lines of items read back for the line opening them


def _lines_opener(text: str, ss: int) -> tuple[int, re.Match | None]:
    """For a sentence opening its line: the start of the sentence that opens the list its line is an item of, and
    that opener (…地区生产总值及增速如下：\n郑州：2947.1亿元，增长16.0%；\n洛阳：…), else (ss, None)."""
    end = ss - 1
    for _ in range(_ITEM_LINES):
        if end < 0 or text[end] != "\n":
            return ss, None
        start = text.rfind("\n", 0, end) + 1
        line = text[start: end].rstrip()
        opener = _OPENER_AT_END_RE.search(line)
        if opener:
            first = full_sentence_start(text, start + opener.start())
            return first, _OPENER_AT_END_RE.search(text, first, start + opener.end())
        if not line.endswith(_ITEM_LINE_END) or ("：" not in line and ":" not in line):
            return ss, None
        end = start - 1
    return ss, None


def _sentence_topic(m: Mention, text: str, reader: meaning.Reader, clause_start: int) -> str:
    """The topic of the clause before the figure's, for the first figure of its sentence whose own words name
    nothing: the noun phrase it opens with, up to its verb (…，广州固定资产投资延续去年以来的良好增势，同比增长9.3%),
    or the whole clause before 方面 (经济增速方面，滁州以5.5%领跑); "" otherwise."""
    ss = full_sentence_start(text, m.start)
    ss = max([ss] + [text.rfind(c, ss, clause_start) + 1 for c in "；;"])  # its statement, up to a semicolon
    if clause_start <= ss or _FIGURE_RE.search(text, ss, m.start):
        return ""
    before = CLAUSE_RE.split(text[ss: clause_start].rstrip("，,；;：: "))[-1].strip()
    if before.endswith(_TOPIC_MARK):
        return before[: -len(_TOPIC_MARK)]
    if _BASIS_RE.fullmatch(before):
        return ""  # 按可比价格计算，比上年增长6.4%: how the figure was calculated, no topic of it
    record = meaning.RECORD_RE.search(before)
    if record:  # 三季度进出口创历史新高，同比增长49.3%: what set the record (创 no noun, 新高 no verb of it)
        return reader.tail_phrase(before[: record.start()])
    ws = meaning.words(before)
    k = next((j for j, (_, f) in enumerate(ws) if f == "v"), 0)
    if not k or reader.rules.source_verb_re.match(ws[k][0]):
        return ""  # 商务部公布了…结果: who published the figures, no topic of them
    return reader.tail_phrase("".join(w for w, _ in ws[:k])).lstrip("的")


_BASIS_RE = re.compile(r"[按以][^，。；,;]{1,14}?(?:计算|核算|统计|计|算)")  # 按不变价格计算, 以美元计: a basis


_ATTAINED_END = r"(?:累计)?(?:完成|实现)了?\s*\Z"  # 沿江港口完成|14128万吨: what a part did, its object elided


def _part_of_whole(measure: str, whole: str) -> str:
    """A part's name (沿江港口, 高新技术企业) as the measure of what it did (完成, 实现: :data:`_ATTAINED_END`), when the
    measure of the figure of its unit before it (the whole, 规模以上港口货物吞吐量) names the part's class (港口) before
    what it measures: the part's name and the rest of the whole's measure (沿江港口货物吞吐量); "" when the measure
    names a quantity itself (its head a measure head, meaning.yml ``measure_heads``) or the whole names no class of
    it."""
    ws = meaning.words(measure) if measure and whole else ()
    if not ws or not ws[-1][1].startswith("n") or measure.endswith(meaning.load_meaning_rules().measure_heads) or \
            whole.startswith(measure):
        return ""
    named = next((measure[i:] for i in range(len(measure) - 1) if measure[i:] in whole), "")  # (高新技术企业: 企业)
    rest = whole[whole.find(named) + len(named):] if named else ""
    return measure + rest if rest else ""


def _elided_object(text: str, cs: int, m: Mention, measure: str, inherited: str) -> str:
    """A clause that is a verb and its figure only (其中落地22家, 目前到位2.39亿元), after a figure of the same unit whose
    measure ends in a thing's noun (引进企业30家, 申请资金9.5亿元): the verb's elided object is that measure without its
    own verb (落地企业, 到位资金; 实施千万元投资建设项目11个，竣工1个: 竣工千万元投资建设项目); "" otherwise (see
    :func:`_takes_object`). ``inherited``: the measure of the sentence's last figure before it of this one's unit."""
    if m.kind not in ("level", "count_flow", "count_stock") or not inherited:
        return ""
    ws = meaning.words(text[cs:m.start].strip(" ，,"))
    k = 0
    while k < len(ws) and (ws[k][1] in ("d", "t", "c") or ws[k][0] == "其中"):
        k += 1  # 其中, 目前, 已: how and when, no part of the clause's words
    if len(ws) - k != 1 or not _takes_object(*ws[k], measure, inherited):
        return ""
    prior, r = meaning.words(inherited), meaning.load_meaning_rules()
    j = 0
    while j < len(prior) - 1 and (prior[j][1] == "v" or prior[j][0] in r.keep_flow_words):
        j += 1  # 实施|千万元投资建设项目: the object without the verb the figure before was counted by
    return ws[k][0] + "".join(w for w, _ in prior[j:])


def _takes_object(verb: str, tag: str, measure: str, inherited: str) -> bool:
    """Whether ``verb`` (a word jieba tags a verb, or a flow word of extraction_rules.yml kinds.count_flow: jieba tags
    落地 and 投产 as nouns) takes the thing ``inherited`` ends in as its object: not a frame word (完成, 增长), a
    share's 占, a verb holding its object (结案 after 立案审查案件: 案) or the verb the measure already has; and the
    thing no size (总规模74.36亿元，到位10.84亿元) nor a stock or flow word itself (生猪存栏…，出栏9.3万头: 出栏, a
    predicate of 生猪 parallel to 存栏)."""
    r, kinds = meaning.load_meaning_rules(), load_rules().keywords
    head, tag_of_head = meaning.words(inherited)[-1]
    if not (tag == "v" or kinds.count_flow.fullmatch(verb)) or verb in r.frame_words or verb in r.share_link or \
            measure not in ("", verb) or inherited.startswith(verb) or verb[-1] == head[0]:
        return False
    return tag_of_head.startswith("n") and head not in r.attribute_words and head not in r.generic_heads and \
        not load_rules().attribute_re.search(inherited) and not kinds.count_stock.fullmatch(head) and \
        not kinds.count_flow.fullmatch(head)


_BARE_GROWTH_RE = re.compile(r"\s*(?:年平均|平均|年均)?(?:增长率|增速|增幅|降幅|涨幅)(?:为|达到?|是)?\s*")
_CLASS_PART_RE = re.compile(r"\s*(?:其中)?[，,]?\s*((?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)?[万亿]*元?(?:以上|以下))\s*")
_FIGURE_RE = re.compile(r"\d(?![\d.]*\s*(?:年|月|日|季度))")  # a figure before it (not a date's digits: 2022年甘肃…)
# a clause that ends with a figure and its unit (not a date: 2021年，)
_FIGURE_CLAUSE_END_RE = re.compile(_FIGURE_RE.pattern + r"[\d.]*[^\d，,；;。]{0,4}[，,]\s*\Z")
_TOPIC_MARK = "方面"  # 经济增速方面，…: the clause names what the sentence's figures measure


def _respective_names(head: str, before: str, n: int, reader: meaning.Reader) -> list[str]:
    """The n names a 分别 list's figures are each of (杭州、宁波、温州GDP分别增长…), written in the clause before 分别
    (``head``) or, when that names none, in the clause of an earlier 分别 of the sentence (``before``: …增幅分别为…，
    占规上工业的比重分别为…: the same places again); [] when the names are not n, or are partners (对欧盟、美国分别…)."""
    names = reader.listed_names(head, n)
    if not names and not head.lstrip().startswith("对"):
        k = before.rfind("分别")
        if k >= 0:
            head = CLAUSE_RE.split(before[:k])[-1]
            names = reader.listed_names(head, n)
        else:  # 居前三位的设区市依次是厦门、福州和泉州，占全省的比例分别为…: the clause before ends on the n names
            clauses = CLAUSE_RE.split(before)
            prev = clauses[-2] if len(clauses) > 1 else ""
            listed = reader.listed_names(prev, n)
            if len(listed) == n and prev.rstrip().endswith(listed[-1]):
                return listed
    names = names if len(names) == n else reader.split_names(head, n)
    return names if len(names) == n and not head.lstrip().startswith("对") else []


def _mark_joined(ms: list[Mention], spans_of, text: str) -> None:
    """Mark the figures of a run written joined in one clause (第七和第五, 12%和8%, 30.6%、69.4%): each gets
    ``extra["joined"]`` = (start of the run's first figure, its length, its index), read item by item against a
    list of measures before it like a 分别 list (:func:`_measure`)."""
    run: list[Mention] = []
    separators = ("、", *meaning.load_meaning_rules().joiners)

    def close() -> None:
        for i, x in enumerate(run if len(run) >= 2 else ()):
            x.extra["joined"] = (run[0].start, len(run), i)

    for m in (x for x in ms if x.status == "fact"):
        if run and spans_of(m)["clause"] == spans_of(run[-1])["clause"] and \
                text[run[-1].unit.end: m.start].rstrip("第") in separators:
            run.append(m)
            continue
        close()
        run = [m]
    close()


# 全国218家国家级经开区, 在西部47家国家级经开区中, 全省21个: a group counted in a scope is the scope's (the country's,
# the west's), whichever zone the report is about
_GROUP_SCOPE_RE = re.compile(
    r"((?:全[国國]|全省|[东東]部|中部|西部|[东東]北)(?:地[区區])?)(?:参评的|參評的|的|共有|共|有)?\s*\Z")


def _structure_items(m: Mention, text: str, head: str, reader: meaning.Reader) -> dict[int, str]:
    """{start of each part: its measure} of the structure whose first part is ``m`` (11.4:31.2:57.5), when the words
    before it list as many items as it has parts (第一、二、三产业增加值占GDP的比重为); {} otherwise (三次产业结构为)."""
    run = _STRUCTURE_RUN_RE.match(text, m.start)
    if run is None or "、" not in head:
        return {}  # (三次产业结构为9.2:51:39.8: the structure, one measure, for its parts)
    starts = [x.start() for x in _PART_RE.finditer(text, m.start, run.end())]
    items = [reader.respective(head, len(starts), i) for i in range(len(starts))]
    return dict(zip(starts, items)) if all(items) and len(set(items)) == len(items) else {}


_STRUCTURE_RUN_RE = re.compile(r"\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?)+")  # 11.4:31.2:57.5
_PART_RE = re.compile(r"\d+(?:\.\d+)?")
_STRUCTURE_JOIN_RE = re.compile(r"\s*[:：∶]\s*|(?:调整|优化|变化|转变)?[为到至](?:\d{4}年[底末]?|上年|去年|本年)?的?")
_ITEMIZED_RE = re.compile(r"分别(?:为|是)\s*[：:]")
_ITEM_SEP = "、，,；;：:"


def _itemized(ms: list[Mention], spans_of, text: str, reader: meaning.Reader) -> dict[int, tuple]:
    """Figures itemized by name after 分别为： (新签约项目344个，分别为：霍邱县52个、舒城县52个…; 开工率分别为：金安区93.5%、
    叶集区89.5%…): for each item, (the name written before it, its subject; the total written before 分别 in its sentence
    in the same unit, whose measure it has, or None; the span of the words before 分别 in its sentence, which name the
    measure when no total does)."""
    out: dict[int, tuple] = {}
    facts = [m for m in ms if m.status == "fact"]
    rules = meaning.load_meaning_rules()
    for hit in _ITEMIZED_RE.finditer(text):
        items = [m for m in facts if m.start >= hit.end() and spans_of(m)["sentence"][0] <= hit.start()]
        if not items:
            continue
        ss = spans_of(items[0])["sentence"][0]
        total = next((m for m in reversed(facts) if ss <= m.start < hit.start()
                      and m.unit.unit == items[0].unit.unit), None)
        prev_end = hit.end()
        for m in items:
            gap = text[prev_end: m.start]
            cut = max(gap.rfind(c) for c in _ITEM_SEP) + 1
            name = gap[cut:].strip()
            if not (2 <= len(name) <= 12) or numbers.ARABIC_RE.search(name) or \
                    not (rules.name_suffix.search(name) or reader.names_in(name) == [name]):
                break  # the run of named items ends
            out[id(m)] = (name, total, (ss, hit.start()))
            prev_end = m.unit.end
    return out


def _clause_lists(ms: list[Mention], spans_of, text: str, reader: meaning.Reader) -> dict[int, tuple]:
    """For each figure of a bare list (n >= 2 figures, no measure written before the first, or only a share: 占比,
    占全省比重) what it may continue: (the clause before it in its sentence when that clause lists as many figures, or
    None; its index; after 分别, the starts of the n clauses before, or None; the share written, or ""). See
    :func:`_parallel_measure`."""
    clauses: dict[tuple[int, int], list[Mention]] = {}
    for m in ms:
        if m.status == "fact":
            sp = spans_of(m)
            clauses.setdefault((sp["sentence"][0], sp["clause"][0]), []).append(m)
    out, seen = {}, {}
    for (ss, cs), group in clauses.items():
        before = seen.setdefault(ss, [])
        n = len(group)
        own = reader.measure(group[0].start, cs, gap=_gap(group[0])) if n >= 2 and before else ""
        share = own if own.startswith("占") or own in meaning.SHARE_WORDS else ""
        if n >= 2 and before and (not own or share):
            same = before[-1] if len(clauses[(ss, before[-1])]) == n else None
            across = before[-n:] if len(before) >= n and "分别" in text[cs: group[0].start] and not share else None
            if same is not None or across:
                out.update((id(m), (same, i, across, share)) for i, m in enumerate(group))
        before.append(cs)
    return out


def _places_compared(clause: str, reader: meaning.Reader) -> bool:
    """True when the clause compares with places listed (增速比全市和全国分别高1.4、1.8个百分点): its figures are gaps
    of one rate against each, no items parallel to the clauses before."""
    r = meaning.load_meaning_rules()
    hit = r.comparator_re.search(clause)
    if not hit:
        return False
    compared = numbers.ARABIC_RE.split(_ASIDE_RE.sub("", clause[hit.end():].split("分别")[0]))[0]
    levels = sorted(r.compared_levels, key=len, reverse=True)
    items = [next((x[: -len(w)] for w in levels if x.endswith(w) and x != w), x)
             for x in re.split(f"{r.joiner_re.pattern}|、", compared) if x]
    # (比全省（9.1%）和全国平均水平（6.7%）分别高: the places' own figures in asides, 平均水平 the place's figure)
    return len(items) >= 2 and all(x in r.scope_words or reader.names_in(x) == [x] for x in items)


def _parallel_measure(lists: tuple, by_clause: dict[int, list[dict]]) -> str:
    """The measure the i-th figure of a bare list continues: the i-th figure's of the clause before when that
    clause lists different measures ("A、B分别增长x%、y%，两年平均增长u%和v%"); else, after 分别, the first
    figure's of the i-th of the n clauses before ("A从a增长至a'，B从b增长至b'，分别增长x%、y%")."""
    same, i, across, share = lists
    rows = by_clause.get(same, []) if same is not None else []
    if share:  # 电子信息、装备制造…增加值增速分别为…，占规上工业增加值比重分别为…: each item's share of the whole named
        # (or the items' shares again: 进出口、出口和进口值占全省份额分别为…，占比分别提升); not places' shares of one measure
        if not rows or not rows[i]["measure_zh"] or len({r["measure_zh"] for r in rows}) < 2:
            return ""
        base = rows[i]["measure_zh"]
        if share in base:
            return base
        return meaning.share_base(base) + share if meaning.share_base(base) != base or share.startswith("占") else \
            base + share  # (A、B分别为x亿元、y亿元，占比分别为…: each amount's share)
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
    """Facts and mentions of one raw report (see the module docstring and data/catalog/tables.yml for the columns).

    Returns ``(facts, mentions)``: facts with the spec's facts.csv columns plus ``period_unresolved`` (True when
    a relative period could not be resolved because ``published`` is None); mentions = every digit run and
    Chinese-numeral quantity with status 'fact' or 'non_statistic' and a reason.
    """
    from reportfacts.text.clean import clean_text
    if not raw or not raw.strip():
        return (pd.DataFrame(columns=FACT_COLUMNS + EXTRA_FACT_COLUMNS), pd.DataFrame(columns=MENTION_COLUMNS))
    return extract_clean(clean_text(raw), report_id, source_file, published, catalog, with_optional)
