"""What a figure measures and whom it is about, as the sentence prints them (``measure_zh``, ``subject_zh``).

Both are read from the structure of the figure's clause, not from the catalog: the clause before the number is cut
into words (jieba, with the catalog's names and the measure words of ``data/catalog/meaning.yml`` added to its
dictionary), the words that only frame a figure (verbs such as 增长/达到, 同比, qualifiers, periods) are dropped
from its end, and the noun phrase that is left, read backwards up to a boundary (a verb, a preposition, a name, a
list comma), is the measure. A name (a place, a body, a company) before that phrase, in the clause or opening the
sentence, is the subject; else the report's own subject (``sources.yml`` ``subject:``, or the first name of its
headline).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR
from reportfacts.extract.mentions import (
    CIRCUMSTANCE_RE, CLAUSE_RE, COMPARED_RATE_RE, FULL_STOP_RE, QUOTE_RE, full_sentence_start, in_table_row, is_heading,
    load_rules,
)
from reportfacts.extract.periods import LISTED_SEPARATORS, QUARTERS_SHARING_RE, period_regex
from reportfacts.extract.units import load_units, match_unit
from reportfacts.text.clean import BULLETS

_LIST_SEP = "、"
_BOUND_BEFORE_RE = re.compile(r"(?:超过|超|近|约|逾|不到|不足|接近)\s*\Z")  # a bound written before a figure
_BOUND_BEFORE_DE_RE = re.compile("^(?:以上|以下|左右|以内)(?=的)")
_OPENING_QUOTES = "“‘「"
_ENCLOSING = frozenset("“”‘’\"「」（）()")  # (‘’: quotes inside quoted speech, 专精特新‘小巨人’企业)
_PAIRS = {"“": "”", "‘": "’", "「": "」", "（": "）", "(": ")"}


def _balanced(phrase: str) -> str:
    """``phrase`` without an opening quote or bracket left unclosed (规上工业（增加值 → 规上工业增加值), or a
    closing one unopened at its start."""
    while phrase and phrase[0] in _PAIRS.values():
        phrase = phrase[1:]
    for opener, closer in _PAIRS.items():
        i = phrase.rfind(opener)
        if i >= 0 and closer not in phrase[i:]:
            phrase = phrase[:i] + phrase[i + 1:]
    return phrase


def _closes(ws: list[tuple[str, str]]) -> bool:
    """True when the last word closes a bracket or quote opened in the words before (人才（团队）)."""
    w = ws[-1][0]
    return w in _PAIRS.values() and any(o in x for x, _ in ws[:-1] for o, c in _PAIRS.items() if c == w)


_MODALS = frozenset({"可", "能", "可以", "能够", "可望", "有望"})  # 高新技术企业可|达18家: a modal before the figure's verb
_CURRENCIES = ("人民币", "港币")  # a frame before a figure (为人民币1061.58亿元), a noun inside a phrase (人民币存款余额)
_SUFFIXES = frozenset({"率"})  # a suffix the segmenter leaves alone, which makes a noun of the word before it
_HEAD_FLAGS = frozenset({"l", "vn", "j", "eng", "k", "an"})  # besides n*: words that can head a noun phrase
_DIGIT_RE = re.compile(r"[0-9%％.]")
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")  # a number as the segmenter gives it (1000, 2.5)
# a group counted, then 中有 and the count of its members that follow (13个重点园区中有|9个实现增长)
_GROUP_OF_RE = re.compile(r"[\d一二两三四五六七八九十]+\s*[个家]([^，。；,;\d个家]{1,10}?)中(?:有|共有)?\s*\Z")
_NUMERAL_RE = re.compile(r"[0-9一二三四五六七八九十两百千万亿]")
_NAMES: set[str] = set()


def _names() -> set[str]:
    """The names added with :func:`add_names` (the catalog's bodies and places)."""
    return _NAMES


@dataclass(frozen=True)
class MeaningRules:
    """The word lists of ``data/catalog/meaning.yml``."""

    frame_words: tuple[str, ...]     # dropped from the end of the words before a number (增长, 达到, 同比 ...)
    frame_re: re.Pattern
    stop_verbs: frozenset[str]       # verbs that end a measure phrase read backwards
    keep_flow: re.Pattern            # flow words kept at the head of a counted phrase (新增, 新认定)
    short_heads: re.Pattern          # a verb kept before a measure of one or two words (完成投资)
    attain_verbs: frozenset[str]     # verbs of attainment dropped from a measure, the noun before them kept (实现, 完成)
    verb_terms: frozenset[str]       # verb and noun that are one statistical term (完成投资)
    partner_flows: frozenset[str]    # flows measured with their partner after 对 (对美国进出口)
    zone_classes: tuple[str, ...]    # classes of zones that national figures are about (国家高新区)
    zone_kind_re: re.Pattern         # the kinds of zone a place's name is written with (经济技术开发区, 高新区)
    source_verb_re: re.Pattern       # verbs of reporting: a name before one is the figures' source (科技部通报)
    zone_words: tuple[str, ...]      # the kinds of development zone a phrase ends with (园区, 开发区, 高新区)
    zone_end_re: re.Pattern          # a phrase's opening up to its zone word (经济技术开发区|主营业务收入)
    ranked_re: re.Pattern            # the words of a ranking (rank_words, rank_verbs, 第)
    share_link: frozenset[str]       # 占: joins "X占Y比重" into one measure
    name_suffix: re.Pattern          # a word that is a name of a place or body (…市, …高新区, …集团)
    place_suffix: re.Pattern         # a name of a place (…市, …省, …高新区): a topic that carries
    not_name: frozenset[str]         # words that look like names but are not (地区, 全区 ...)
    object_before: re.Pattern        # a name after these is an object, not the subject
    example_after: re.Pattern        # a name followed by this is an example in a list (A、B等N个), not the subject
    nominal_flags: frozenset[str]
    generic_heads: frozenset[str]    # 总数, 数量: a measure that continues the one before it
    place_follower: re.Pattern       # a word before 全市, 市委, 市 … names a place (宁德全市, 福鼎市委)
    class_bounds: frozenset[str]     # 以上, 以下 inside a phrase: 省级以上平台, 10亿元以上项目
    milestone_words: frozenset[str]  # 大关: a milestone's name after an amount, no measure
    plan_only: re.Pattern            # 完成全年目标任务: a measure naming only a plan (group done: 完成, what was done of it)
    pairs: dict[str, list[str]]      # 城乡: 城镇 and 农村, a word naming two parts that 分别 lists in turn
    amount_bounds: frozenset[str]    # 过, 超 before an amount inside a phrase: 产值过亿元企业
    scale_marks: frozenset[str]      # 级 after an amount inside a phrase: 千亿级产业集聚区
    scope_words: frozenset[str]      # 全市, 全国 after 占 inside a phrase (占全市比重)
    compared_levels: frozenset[str]  # 平均水平 after a place compared with: that place's figure of the measure
    determiners: frozenset[str]      # 各类, 各项: a determiner opening the noun phrase it quantifies (各类企业)
    joiners: frozenset[str]          # 和, 及, 或: conjunctions joining nouns counted together (中心和研究中心80家)
    joiner_re: re.Pattern            # the same, longest first (以及 whole, not 以 + 及)
    rank_verb_re: re.Pattern         # 位居, 位列 … ending the words before a rank's group (位居副省级城市第三位)
    rank_verb_in: re.Pattern         # the same verbs anywhere
    ordinal_starts: str              # 第, 前, 首: a figure starting so is a rank
    rank_words: tuple[str, ...]      # 排名, 位次: before a rank's verb, they name what is ranked
    preposition_re: re.Pattern       # 从, 由, 在 (or a comparison, 快于) ending the words before a period expression
    dictionary: tuple[str, ...]      # words added to the segmenter's dictionary (and set phrases, as nouns)
    self_reference: tuple[str, ...]  # 全县, 我市: a report naming its own place without its name
    self_scope: dict[str, str]       # 我国: 全国, a first-person name shown as its scope word
    retag: dict[str, str]            # words jieba's dictionary mis-tags, with their part of speech in news prose
    opening_flags: frozenset[str]    # part-of-speech flags of words that may come before a sentence's topic
    comparators: frozenset[str]      # 高于, 快于, 比: the words after them name what a gap is measured against
    comparator_re: re.Pattern        # any of them
    compared_base: re.Pattern        # a comparison's base written before its figure (比全省的|6.1%)
    lead_clause_re: re.Pattern       # a clause ending so only leads a sentence (数据显示, 某某指出, …城市中)
    scope_lead_re: re.Pattern        # a leading clause of scope (东北的四个副省级城市中): its names are the group's
    institution_after: re.Pattern    # a place's own institutions written after its name (第十五届人民代表大会)
    named_by_institution: re.Pattern  # 坪山区第二届人民代表大会: a name (group 1) and its level (2) a body follows
    each_words: str                  # 各, 每: a word opening so names each of a kind (各县区), no place
    zai_word_heads: str              # 孵, 建 …: 在 before one opens a word (在孵, 在建), no locative
    measure_heads: tuple[str, ...]   # 收入, 率, 额 …: the head nouns a whole measure ends with
    body_words: frozenset[str]       # 企业, 单位 …: a phrase ending so before 完成 names who did it, not what
    attribute_words: frozenset[str]  # 长, 面积 …: a measure naming only a size, of the noun written after the figure
    keep_flow_open: re.Pattern       # keep_flow words opening a clause (新引进…等各类项目38个)
    keep_flow_words: frozenset[str]  # the keep_flow words themselves (新增, 新认定)
    zone_levels: frozenset[str]      # 国家, 省级: a zone's level, written between its place and its kind
    facility_re: re.Pattern          # nouns after a place's name ending in a facility or firm (台湾|电子科技园)
    firm_result_re: re.Pattern       # a firm's results or its report of them, written after its name (实现, 净利润)
    office_ends: tuple[str, ...]     # a name ending so is a government office, a source of figures (统计局)
    district_offices: tuple[str, ...]  # 海关: an office named after its seat, reporting on a wider district
    whole_names: tuple[str, ...]     # 计算机、通信和其他电子设备制造业: one sector, separators inside
    vague_topics: frozenset[str]     # 经济, 经济运行: nouns a judgement is of that name no measure
    ranking_ends: tuple[str, ...]    # 排行榜, 竞争力: a rank's phrase after its verb ending so names the ranking
    place_classes: dict[str, str]    # 设区市: 省 …: classes of places (the members of a group), the level of their whole
    state_predicates: tuple[str, ...]  # 良好, 饱满: how the things counted stand, no part of what is counted
    capacity_units: frozenset[str]   # tonnes, gwh: units of output a project's name gives its capacity in
    project_re: re.Pattern           # 2万吨|/年锂电池正极材料项目: (/年) the product, and the project word after it
    plan_words: frozenset[str]       # 任务, 计划: the plan_only words themselves
    gap_heads: tuple[str, ...]       # 差距, 差额: a measure of how far apart two parties are, continued by no clause after


def _alt(words) -> str:
    """The words as one regex alternation, longest first (以及 before 及)."""
    return "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")"


@lru_cache(maxsize=2)
def load_meaning_rules(path: str | None = None) -> MeaningRules:
    """Load ``data/catalog/meaning.yml``."""
    p = Path(path or CATALOG_DIR / "meaning.yml")
    doc = yamlio.safe_load(p.read_text(encoding="utf-8"))
    frame = tuple(sorted(doc["frame_words"], key=len, reverse=True))
    return MeaningRules(
        frame, re.compile(_alt(frame) + r"+\Z"),
        frozenset(doc["stop_verbs"]), re.compile(_alt(doc["keep_flow"]) + r"的?\Z"),
        re.compile(_alt(doc["short_heads"]) + r"\Z"), frozenset(doc["attain_verbs"]), frozenset(doc["verb_terms"]),
        frozenset(doc["partner_flows"]), tuple(doc["zone_classes"]), re.compile(_alt(doc["zone_kinds"])),
        re.compile(f"(?:近日|日前|今天|昨天)?(?:{_alt(doc['source_verbs'])})"),
        tuple(doc["zone_words"]), re.compile(f"^[^，。；、]{{0,8}}?(?:{_alt(doc['zone_words'])})"),
        re.compile(_alt(doc["rank_words"] + doc["rank_verbs"] + ["第"])),
        frozenset(doc["share_link"]), re.compile(doc["name_suffix"]), re.compile(doc["place_suffix"]),
        frozenset(doc["not_name"]), re.compile(f"(?:{doc['object_before']}|{_alt(doc['comparators'])})\\Z"),
        re.compile(doc["example_after"]),
        frozenset(doc["nominal_flags"]), frozenset(doc["generic_heads"]), re.compile(doc["place_follower"]),
        frozenset(doc["class_bounds"]), frozenset(doc["milestone_words"]),
        re.compile(f"(?P<done>(?:提前|超额|累计)*(?:完成|超)?)了?(?:全年|年度|今年|本年|当年)?(?:[省市区县]?下达的?)?"
                   f"{_alt(doc['plan_words'])}+"),
        {k: list(v) for k, v in doc["pairs"].items()}, frozenset(doc["amount_bounds"]),
        frozenset(doc["scale_marks"]),
        frozenset(doc["scope_words"]), frozenset(doc["compared_levels"]), frozenset(doc["determiners"]),
        frozenset(doc["joiners"]), re.compile(_alt(doc["joiners"])),
        re.compile(_alt(doc["rank_verbs"]) + r"\s*\Z"), re.compile(_alt(doc["rank_verbs"])),
        "".join(doc["ordinal_starts"]), tuple(doc["rank_words"]),
        re.compile(_alt(doc["period_prepositions"] + doc["comparators"]) + r"\s*\Z"),
        tuple(doc["dictionary"] + doc["set_phrases"]), tuple(doc["self_reference"]), dict(doc["self_scope"]),
        dict(doc["retag"]),
        frozenset(doc["opening_flags"]), frozenset(doc["comparators"]), re.compile(_alt(doc["comparators"])),
        re.compile(doc["compared_base"]),
        re.compile(_alt(doc["lead_clauses"] + doc["scope_leads"]) + r"\s*\Z"),
        re.compile(_alt(doc["scope_leads"]) + r"\s*\Z"), re.compile(doc["institution_after"]),
        re.compile(f"(?:^|(?<=[^\\u4e00-\\u9fff]|[市省州]))([\\u4e00-\\u9fff]{{2,4}}?)({_alt(doc['named_levels'])})"
                   f"(?={doc['institution_after']}|{doc['named_bodies']})", re.M),
        "".join(doc["each_words"]), "".join(doc["zai_word_heads"]), tuple(doc["measure_heads"]),
        frozenset(doc["body_words"]), frozenset(doc["attribute_words"]), re.compile(_alt(doc["keep_flow"])),
        frozenset(doc["keep_flow"]), frozenset(doc["zone_levels"]),
        re.compile(f"[^，。；,;、\\d]{{0,6}}?(?:{_alt(doc['facility_words'])})"),
        re.compile(f"{_alt(doc['firm_results'])}|发布[^，。；,;]{{0,14}}?(?:{_alt(doc['firm_reports'])})"),
        tuple(doc["office_ends"]), tuple(doc["district_offices"]),
        tuple(sorted(doc["whole_names"], key=len, reverse=True)), frozenset(doc["vague_topics"]),
        tuple(doc["ranking_ends"]), dict(doc["place_classes"]), tuple(doc["state_predicates"]),
        frozenset(doc["capacity"]["units"]),
        re.compile(f"(?P<yearly>/年)?(?P<product>[^\\s\\d，。；、,;（(“”]{{1,12}}?){_alt(doc['capacity']['projects'])}"),
        frozenset(doc["plan_words"]), tuple(doc["gap_heads"]))


def counted_places(text: str, end: int, unit_end: int) -> str:
    """The class of places a count at ``end`` (its unit ending at ``unit_end``) counts (11个设区市, 15省份, 9家国家高新区),
    "" when it counts anything else."""
    r = load_meaning_rules()
    hit = re.compile(f"(?:个|家|座)?({place_class_pattern()}|{_alt(r.zone_classes)}|[省市](?=[中的，。；,;]))").match(
        text, end)  # (全省16市中; not 2个省级众创空间, 3个省重点项目)
    return hit.group(1) if hit and hit.end() >= unit_end else ""


def counts_zones(text: str, unit_end: int) -> bool:
    """True when a count whose unit ends at ``unit_end`` counts development zones (9家国家高新区, 3个开发区): a kind
    of zone (meaning.yml ``zone_words``), its level (``zone_levels``) before it, follows the unit."""
    r = load_meaning_rules()
    return re.match(f"{_alt(r.zone_levels)}?{_alt(r.zone_words)}", text[unit_end: unit_end + 8]) is not None


def place_class_pattern() -> str:
    """The classes of places of meaning.yml of two characters or more, as one alternation (longest first)."""
    return _alt(c for c in load_meaning_rules().place_classes if len(c) > 1)


def _class_cut(phrase: str) -> str:
    """``phrase`` without a class of places opening it (设区市|GDP), when more is left."""
    ws = words(phrase)
    return phrase[len(ws[0][0]):] if len(ws) > 1 and names_place_class(ws[0][0]) else phrase


def unclassed(measure: str, text: str, start: int) -> str:
    """``measure`` (read before ``start``) without a class of places opening it that a number counts (三市生产总值,
    两市经济总量: 市|生产总值, the places the number before it counts; not 城市低保, 市重点项目), when a measure is left."""
    cut = _class_cut(measure)
    if cut == measure:
        return measure
    at = text.rfind(measure[: len(measure) - len(cut) + 1], 0, start)  # (read across words: 三市GDP合计占全省的比重)
    return cut if at > 0 and _NUMERAL_RE.match(text, at - 1) else measure


_COUNTED_HEADS = ("项目", "企业")  # the things most counts count, ending the phrase of what is counted
_GROUP_NAMED_RE = re.compile(r"(?:[“\"][^“”\"]{1,8}[”\"]|排行榜?|排名|榜单)\Z")  # GDP“八强”, 城市GDP排行: a group or list
_LIST_COUNT_RE = re.compile("[两二三四五六七八九十]大(?=[\u4e00-\u9fff]{2})")  # 四大|产业集群: how many items a list has
_RELATIVE_NAME_RE = re.compile(r"[^，。；,;！？、]{0,24}?的([\u4e00-\u9fff]{2,8})[，,]")  # …的鹰潭，: the name a figure's
# opening clause describes


def names_place_class(phrase: str, ending: bool = False) -> bool:
    """True when ``phrase`` names only a class of places (设区市, 各市, 城市全部), or with ``ending`` ends in one
    (东北的四个副省级城市, 其余城市, 部分区): the members of a group, no measure."""
    classes = place_class_pattern()
    if ending:
        return re.fullmatch(f".*(?:{classes}|(?:部分|各|其余|其他)[区县市省州])的?", phrase) is not None
    return re.fullmatch(f"(?:各|全部|这些|其他|其余)?(?:{classes}|[市省县])(?:全部|中|均)?", phrase) is not None


# a contribution to growth with what it contributes to (拉动全市经济增长, 对全市规上工业增加值增长的贡献率)
_CONTRIBUTION_RE = re.compile(r"(?:(?:拉动|上拉)[^，。；,;、\d拉]{2,12}|对[^，。；,;、\d对]{2,20}?的?贡献率?)\Z")
# a share of a plan done: 完成|全年计划投资|的95%, 完成|年度标线任务|的199.7%, 完成全年目标|114.9% (a rate only)
_COMPLETION_RE = re.compile(r"(完成(?:了)?[^，。；,;、完]{0,12}?(?:任务|计划|目标|预算)[^，。；,;、]{0,10}?)的?\s*\Z")
# 7家 in 完成全年目标任务7家, 43亿元 in 完成全年43亿元目标任务: the plan's amount, no part of what is done of it
_AMOUNT_RE = re.compile(r"\d+(?:\.\d+)?[万亿]*[^\d\s的]{0,2}?(?=的|\Z|目标|任务|计划|预算)")
_LINK_END_RE = re.compile(r"(?:了|达到|达|为|约|近|超过|超)+\Z")  # the link between a phrase and its figure
_SHARE_WHOLE_WORDS = 6  # characters of a share's whole before the phrase read back from its figure (签约|项目总数)
_PARTNER_REACH = 16  # characters before a flow read for the 对 naming its partner
_PARTNER_RE = re.compile(r"对([^\s，。；,;、对]{1,8})\Z")  # 对|拉丁美洲|进出口: the partner of a flow to or from it
_TOP_N_RE = re.compile("[两二三四五六七八九十]+[种类项个家名位]")  # 前|两种: the first so many of a kind
_MAGNITUDE_RE = re.compile("[十百千]?[万亿]+元?")  # 百亿, 千亿元: a magnitude with no digits
_RANK_FROM_RE = re.compile(r"(\w{2})(?:由|从)(?:上一?年度?|去年|上届|\d{4}年度?)?的?\Z")  # 排名由|第18位, 排名由上年|第31位:
# a rank word before the start of a move (the year moved from between them)
_LEADING_ASIDE_RE = re.compile(r"^[（(][^（）()]*[)）]")
# 南宁、桂林、柳州、北海|4个: names listed with no figure of their own (not 江油市56个、安县|24个: items each counted)
_MEMBERS_RE = re.compile(r"(?<![\d个家座所项])(?:[^，。；,;、\d]{1,14}、)+[^，。；,;、\d]{1,14}\Z")
_COUNT_AT_RE = re.compile(r"[\d一二两三四五六七八九十]+\s*[个家座所]")
_YEAR_WORD_RE = re.compile(r"(?:19|20)\d\d年度?")
_INNER_ASIDE_RE = re.compile(r"[(（](?:[^()（）]{4,40}|[A-Za-z&]{2,10})[)）](?=[^，。；,;、\s)）])")  # an aside with
# words after it, or an abbreviation (国内生产总值(GDP)的比重) (not a part of a name in brackets: 国家工程(技术)研究中心)
_TRAILING_ASIDE_RE = re.compile(r"[（(][^（）()]*[)）]\s*\Z")
_ABBREVIATION_RE = re.compile(r"[（(][A-Za-z&]+[)）]\Z")  # (GDP), (R&D) after the name it abbreviates
_GROUP_BEFORE_RANK_RE = re.compile("在[^，。；,;在]{0,12}\\Z")  # 在中部省会|排名第3: 在 and the group ranked in
_LIST_WORD = "名单"  # 200家省专精特新中小企业名单: the list's entries are what is counted
GOAL_AFTER_RE = re.compile(r"(?:左右|以上|以内)?[”’」]?(?:的|等)(?:年度|全年)?(?:预期|控制)?目标")  # 6%~6.5%|的年度预期目标:
# a figure named a goal (so are those listed and quoted: 占GDP比重“60%左右”等目标)
_ORDINAL_ITEM_RE = re.compile("第?[一二三四五六七八九十]")  # an item of 第一、二、三产业
_TOP_OF_LIST = "榜首"  # 位居循环县区榜首: first, as 首位 is
_AVERAGE = "平均"  # 平均亩产: an average inside a measure's name (jieba's adjective)
_FIRST_PLACES = ("榜首", "首位", "之首")  # first place (numbers.FIRST_PLACE_RE)
_GROUP_SIZE_RE = re.compile(r"[\d一二三四五六七八九十两]+[个家大]?\Z")  # the size of the group a rank is in (6县市)
_EDITION_YEAR_RE = re.compile(r"^(?:19|20)\d\d年度")  # a year of an edition, written before what it lists
_QUOTED_RE = re.compile(r"“[^“”]+”")  # a name in quotes, whole (“一区五园”: a body)
_SPEECH_RE = re.compile(r"[，。；！？,;!?]|\d")  # what a quoted name has none of: a clause's end, a figure
_LISTED_FIGURE_RE = re.compile(r"、[^，。；,;、\d]{0,6}?\d+(?:\.\d+)?")  # 、面积达334: another attribute listed
_SAME_TIME_WORDS = ("同期", "当期")  # 占同期…: the whole a share is of, measured at the same time
_BASE_SCOPE_WORDS = (*_SAME_TIME_WORDS, "全国")  # (and where: a place's name, 全国, the report's own 全省)
_PERIOD_WORD_RE = re.compile("|".join(_SAME_TIME_WORDS))
_GLUED_BOUND_RE = re.compile("[十百千万亿]+元?(?:以上|以下|以内)")  # a magnitude glued to a bound, one word in jieba
_CN_ORDINAL_RE = re.compile("第[一二三四五六七八九十]")  # 第四: a rank written in Chinese numerals
_TECH_RE = re.compile("[0-9][A-Za-z]+")  # 5G, 3D: a digit and letters name a technology, part of a noun (5G基站)


@lru_cache(maxsize=1)
def _tokenizer():
    """A jieba POS tokenizer of its own (the global one is left alone), with the measure words added and the
    mis-tagged words retagged (at the frequency jieba suggests for them, about their own: segmentation is unchanged)."""
    import jieba
    import jieba.posseg
    jieba.setLogLevel(60)
    tk = jieba.Tokenizer()
    rules = load_meaning_rules()
    for w in rules.dictionary:
        tk.add_word(w, freq=2000, tag="n")
    for w, tag in rules.retag.items():
        tk.add_word(w, freq=tk.suggest_freq(w), tag=tag)
    for w in rules.zone_classes:  # 国家高新区: a class of zones, a subject of national figures
        tk.add_word(w, freq=20000, tag="nz")
        _NAMES.add(w)
    for w in [w for w, f in tk.FREQ.items() if f and _GLUED_BOUND_RE.fullmatch(w)]:
        tk.del_word(w)  # 万元以上 (jieba's idiom): a magnitude and its bound, two words (税收500万元以上企业: a class)
    pos = jieba.posseg.POSTokenizer(tk)
    for w in gazetteer():  # 合肥 (n), 石家庄 (nr): the places of China, whatever jieba's dictionary tags them
        if pos.word_tag_tab.get(w) != "ns":
            tk.add_word(w, freq=max(tk.FREQ.get(w, 0), tk.suggest_freq(w)), tag="ns")
    return jieba.posseg.POSTokenizer(tk)


def _is_word(w: str) -> bool:
    """True for a word of two characters or more in the segmenter's dictionary."""
    return len(w) >= 2 and _tokenizer().tokenizer.FREQ.get(w, 0) > 0


_FACILITIES = frozenset(("港", "港口", "机场"))  # written after a place's name, they name a port or an airport


GAZETTEER_LEVELS = {"provinces": "省", "prefectures": "市", "county_cities": "市", "districts": "区", "counties": "县",
                    "regions": ""}
_LEVELS = "区县旗市州省"  # the suffixes of place levels, lowest first


@lru_cache(maxsize=1)
def _places() -> dict:
    """``data/catalog/places.yml``."""
    return yamlio.safe_load((CATALOG_DIR / "places.yml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def ambiguous_places() -> frozenset[str]:
    """Short names of real places that prose mostly uses as other words (places.yml ``ambiguous``: 产业兴城, 来宾):
    no name when written bare, whatever the segmenter tags them (兴城市, with its suffix, still is one)."""
    return frozenset(_places().get("ambiguous", ()))


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """The short names of China's provinces, prefectures and county-level cities (``data/catalog/places.yml``), each
    with the suffix of its level (合肥: 市, 安徽: 省)."""
    return {w: level for key, level in GAZETTEER_LEVELS.items() for w in _places()[key]}


def _place_stem(name: str) -> str:
    """A place's name without its level suffix (涪城区 -> 涪城; 嵩县 keeps its two characters)."""
    return name[:-1] if len(name) > 2 and name[-1] in _LEVELS else name


def _self_mentions(body: str, place: str) -> int:
    """How often ``body`` names a place of ``place``'s level as its own (全省 for a province, 全市 for a city)."""
    level = place_level(place)
    return body.count("全" + level) if level else 0


def place_level(name: str) -> str:
    """省, 市, 县, 区 … : the level of a place written with its suffix or known to the gazetteer, else "". A
    county-level city (诸暨市, places.yml ``county_cities``) is of a county's level: 全市 is not it."""
    if name and name[-1] == "市" and name[:-1] in _county_cities():
        return "县"
    if name and name[-1] == "州" and gazetteer().get(name):
        return gazetteer()[name]  # 滁州, 杭州: a city whose name ends in 州, not an autonomous prefecture (恩施州)
    return name[-1] if name and name[-1] in _LEVELS else gazetteer().get(name, "")


@lru_cache(maxsize=1)
def _county_cities() -> frozenset[str]:
    return frozenset(_places()["county_cities"])


@lru_cache(maxsize=20000)
def words(text: str) -> tuple[tuple[str, str], ...]:
    """(word, flag) of ``text`` (memoised: the same clause prefixes recur for the figures of one clause)."""
    out: list[tuple[str, str]] = []
    for w in _tokenizer().lcut(text, HMM=False):
        if w.word in _SUFFIXES and out and out[-1][1] not in ("x", "m", "eng"):
            out[-1] = (out[-1][0] + w.word, "n")  # 投产 + 率: a suffix makes the word before it a noun (投产率)
        elif w.word in _FACILITIES and out and out[-1][1] in ("ns", "nr", "nz"):
            out[-1] = (out[-1][0] + w.word, "ns")  # 北部湾 + 港: a port (an airport) named after its place, one name
        elif out and len(out[-1][0]) == 1 and len(w.word) >= 2 and w.word[-1] in _LEVELS and \
                out[-1][0] + w.word[:-1] in gazetteer():
            out[-1] = (out[-1][0] + w.word, "ns")  # 中 + 山区: a known place and its level (中山区), split wrongly
        else:
            out.append((w.word, w.flag))
    return tuple(out)


def add_names(names) -> None:
    """Add names of places and bodies (the catalog's entities) to the segmenter's dictionary, as names."""
    tk = _tokenizer()
    new = [n for n in dict.fromkeys(names) if 1 < len(n) <= 12 and n not in _NAMES and "…" not in n]
    for n in new:
        tk.tokenizer.add_word(n, freq=20000, tag="nz")
        _NAMES.add(n)
    if new:
        words.cache_clear()  # segmentations made before the names were known


def _is_unit(phrase: str) -> bool:
    """True when ``phrase`` is all a unit (万人, 亿元), as units.yml writes them after a number."""
    hit = load_units().regex.match(phrase)
    return hit is not None and hit.end() == len(phrase)


def text_names(text: str) -> list[str]:
    """Names of places the segmenter may not know that ``text`` shows by a body of theirs written after them
    (坪山区委, 东石镇第十三次党代会): each name with its level and its stem (坪山区, 坪山), zones' names aside."""
    r = load_meaning_rules()
    out = []
    for m in r.named_by_institution.finditer(text):
        # 中共东石镇委员会, 在东石镇政府, (温州)市洞头区: the party's, a preposition, the level of the place before
        written = m.group(1).removeprefix("中共")
        after_place = written[0] in _LEVELS or m.start() and text[m.start() - 1] in _LEVELS
        ws = words(written.lstrip(_LEVELS))
        while ws and ws[0][1] in _NO_NAME_FLAGS:
            ws = ws[1:]
        stem = "".join(w for w, _ in ws)
        whole = stem + m.group(2)
        # a word the segmenter knows is a name only if it tags it one or it follows its parent place (珠海市斗门区:
        # not 我代表区人民政府, 锚定县委“两强”); words it cannot join (坪|山) hold no particle, conjunction or verb
        if len(stem) < 2 or whole.endswith(r.zone_words) or stem in r.not_name or whole in r.not_name or \
                (ws[0][1] not in PROPER_FLAGS and not after_place if len(ws) == 1
                 else any(f in _NO_NAME_FLAGS for _, f in ws)):
            continue
        out += [whole, stem]
    return list(dict.fromkeys(out))


@contextmanager
def names_of(text: str):
    """Within the block the segmenter knows the places ``text`` names by their bodies (:func:`text_names`) as places;
    after it, as before (the dictionary restored, segmentations made with them forgotten): one report's names
    never change how another is read, whatever order they are read in."""
    tk = _tokenizer()
    base, tags = tk.tokenizer, tk.word_tag_tab
    new = [n for n in text_names(text) if not base.FREQ.get(n)]
    if not new:
        yield
        return
    saved = {k: base.FREQ.get(k) for n in new for k in (n[:i + 1] for i in range(len(n)))}
    saved_tags, total = {n: tags.get(n) for n in new}, base.total
    for n in new:
        base.add_word(n, freq=20000, tag="ns")
    tk.makesure_userdict_loaded()
    words.cache_clear()
    _generic_zone.cache_clear()
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                base.FREQ.pop(k, None)
            else:
                base.FREQ[k] = v
        for n, v in saved_tags.items():
            if v is None:
                tags.pop(n, None)
            else:
                tags[n] = v
        base.total = total
        words.cache_clear()
        _generic_zone.cache_clear()


def continued(measure: str, previous: str, growth: bool = False) -> str:
    """``measure`` when it names something itself; a generic head (总数, 数量) or a share (占GDP) continues
    ``previous`` (国家高新技术企业 + 总数, 增加值 + 占GDP); a growth rate continues what a share was a share of."""
    r = load_meaning_rules()
    parties = _PARTIES_RE.match(measure)
    measure = measure[parties.end():] if parties else measure  # 两地(合计)占全市…: the parties' share of the measure
    if parties and not measure or previous and _LEAD_HEAD_RE.search(measure):
        return previous  # 两者相差2.89亿元, 以530.98亿元的优势反超: the gap between the parties, or a lead, in what was measured
    if growth and previous and measure in r.generic_heads and measure in r.keep_flow_words:
        return share_base(previous)  # 企业数量达到1623家，较上年新增5.7%: 新增 the growth's verb, of what was counted
    if previous and measure in RATE_HEADS and previous.endswith(measure):
        return previous  # 比上半年加快0.8个百分点，增速排位全省第三位: the same rate's rank
    ranked = measure in RATE_HEADS and previous.endswith(tuple(r.rank_words))  # (排名居第138位…，增速名列…第二: a
    # rank names nothing a rate is of)
    if previous and measure and (measure in r.generic_heads or measure[:1] in r.share_link) \
            and not previous.endswith(measure) and not ranked:
        base = share_base(previous)
        if base.startswith(measure):
            return base  # 新增研发机构32个。其中国家高新区新增10个: the same new things, counted again
        rate = next((h for h in RATE_HEADS if base.endswith(h) and measure not in r.rank_words), "")
        return base[: len(base) - len(rate)] + measure  # 增加值增速 then 降幅: 增加值降幅; then 占GDP比重, 规模: 增加值…
        # (but 增速排名: the rate's rank)
    return measure or (share_base(previous) if growth else previous)


RATE_HEADS = ("增速", "增幅", "降幅", "涨幅")
# A duration written at a phrase's end (…增速连续4个月, …连续三年): how long a rank or a level was kept, not what
_DURATION = r"(?:连续|持续)[\d一二两三四五六七八九十]+个?(?:月|年|季度)"
DURATION_END_RE = re.compile(_DURATION + "$")
# A rate head right after a ranked measure (GDP|实际增速连续三年位居全省), then at most a duration and the ranking verb
_RATE_RANKED_RE = re.compile(rf"[^，。；,;、\d]{{0,2}}?({'|'.join(RATE_HEADS)})(?:{_DURATION})?[^，。；,;、\d]{{0,8}}\Z")
_PARTIES_RE = re.compile("[两二三双](?:者|地|城|方)|[两二三](?:市|省|区|县)")  # the parties compared, named by their number
_LEAD_HEAD_RE = re.compile("优势\\Z")  # a lead over another party: in what the parties were compared (a 差距 is a
# measure of its own: 经济总量差距)
SHARE_WORDS = ("比重", "占比", "份额")  # a share's head word, naming no share of its own
_BACK_REFERENCE_HEADS = ("数字", "数据", "数值", "指标", "比重", "比例", "占比", "规模", "总量", "增速", "水平")
_PER_BASE = r"每[十百千万]?(?:名|个|位)?[^\s，。；,;、\d每]{1,8}?"  # 每万名从业人员: each of so many people
PER_BASE_END_RE = re.compile(_PER_BASE + r"\Z")
_PER_OWNED_RE = re.compile(_PER_BASE + r"(?:拥有|配备)([^\s，。；,;、\d每]{1,12})\s*\Z")  # …拥有发明专利: what each has
_PER_UNIT_END_RE = re.compile(r"每[十百千万]?(?:名|个|位)?(?:人口|人|户|平方公里|亩)(?:拥有|有|配备)?\s*\Z")
_DEMONSTRATIVE_END_RE = re.compile(r"(?:这一|这个|这项|该|此|上述)\s*\Z")  # 这一|数字: what the text just named
# 在全市GDP中所占的|比重: the whole a part is in, before a share word
_WITHIN_WHOLE_RE = re.compile(r"在[^在，。；,;]{1,16}?(?:当中|之中|中)?(?:所占的?|的)?\Z")


def _without_listed_periods(head: str) -> str:
    """``head`` without the periods it lists (全省GDP一季度、上半年、前三季度分别增长…: each figure's own time, no item
    of what is measured; so are quarters listed sharing 季度: 赣州一、二、三季度分别进出口…)."""
    shared = QUARTERS_SHARING_RE.search(head)
    if shared:
        return head[: shared.start()] + head[shared.end():]
    spans = [x.span() for x in period_regex().finditer(head)]
    if len(spans) < 2 or any(head[a[1]: b[0]] not in LISTED_SEPARATORS for a, b in zip(spans, spans[1:])):
        return head
    return head[: spans[0][0]] + head[spans[-1][1]:]


def ordinal_item(items: list[str], i: int) -> str:
    """The i-th of ordinals listed sharing 第 and the last one's noun (第一、二、三产业: 第二产业), or ""."""
    if not items or not items[0].startswith("第") or not all(_ORDINAL_ITEM_RE.fullmatch(x) for x in items[:-1]) or \
            not _ORDINAL_ITEM_RE.match(items[-1]):
        return ""
    return "第" + items[i].lstrip("第")[0] + items[-1][_ORDINAL_ITEM_RE.match(items[-1]).end():]


def share_base(measure: str) -> str:
    """What a share measure is a share of: 数字经济核心产业增加值 of 数字经济核心产业增加值占GDP."""
    for w in load_meaning_rules().share_link:
        if w in measure[1:]:
            return measure[: measure.index(w, 1)]
    return measure


def unframed(text: str) -> str:
    """``text`` without the frame words ending it (增长, 同比, 达到 ...), cut only where a word starts: 余 frames
    3000余家 but is part of 剩余. An idiom jieba joins with a frame word of two characters or more (价格上涨, 结构调整|为:
    l) is cut inside."""
    hit = load_meaning_rules().frame_re.search(text)
    if not hit:
        return text
    pos, cut = 0, len(text)
    for w, f in words(text):
        if pos >= hit.start() or (f == "l" and pos + len(w) - hit.start() >= 2 and (
                pos + len(w) == len(text) or text[pos + len(w):] in ("为", "到", "至"))):
            cut = max(pos, hit.start())
            break
        pos += len(w)
    return text[:cut]


@lru_cache(maxsize=8)
def _at_end(words_re: re.Pattern) -> re.Pattern:
    """``words_re`` anchored at the end of the text (optionally followed by 的)."""
    return re.compile(f"(?:{words_re.pattern})的?\\Z")


_COUNTED_GROUP_RE = re.compile(r"[0-9一二两三四五六七八九十百]+(?:个|家|座|所|大)[^，。；,;]{0,12}\Z")  # 四个副省级城市(中)
_ETC_BEFORE_HEAD_RE = re.compile(r"等(?=[^、，,]{1,4}\Z)(?!行业|产业|领域|类|产品|商品|品种)")
# 等 and the class that sums the items up, then what they measure (等高耗能行业|用电量, 等出行类商品|零售额, 等新产品|产量)
_ETC_CLASS_RE = re.compile(r"等[^、，,等]{0,8}?(?:行业|产业|领域|类商品|类|产品|商品|品种)([^、，,等]{2,8})\Z")
_SHARE_OF_RE = re.compile(r"[\d.]+\s*[%％]\s*的")  # 20%的|GDP: a share of what follows 的
_RANK_SCOPE_RE = re.compile(r"全[国省市区县]|[东西中]部(?:地区)?|东北(?:地区)?|全球|世界")  # scopes of a ranking
_AFTER_FIGURE_RE = re.compile(r"\d\s*[^\d\s，。；、,;：:（(]{0,3}\Z")  # the figure before and its unit, right before
_AND_OTHER = "及其他"
CLASS_MARKS = ("类", "业")  # the word a list of classes or sectors ends every item with
_OF_COMPARED_RE = re.compile(r"(?:超过|超|近|约|逾)?[\d.]+\s*[^\d\s，。；、,;的]{0,4}的")  # a figure and its unit, then 的
_ITEM_ENDS = ("；", ";", "：", ":")  # what ends the item before a list's next one, or opens the list
def _in_aside_at(text: str, start: int, at: int) -> bool:
    """True when ``at`` lies inside brackets opened after ``start`` and not yet closed."""
    part = text[start: at]
    return part.count("(") + part.count("（") > part.count(")") + part.count("）")


_SOURCE_LEAD_RE = re.compile(r"\s*(?:根据|据)[^，。；,;：:]{1,20}?[，,]\s*")  # a clause naming the figures' source
LIST_OPENER_RE = re.compile(r"(?:分别|依次)(?:是|为)\s*[：:]|如下\s*[：:]")


@lru_cache(maxsize=1)
def _scoped_zone_re() -> re.Pattern:
    """A place's scope word and a kind of zone (全市工业园区, 全省开发区, 全市园区): the place's zones of that kind (the
    longer kinds first: 工业园区 before 园区)."""
    r = load_meaning_rules()
    scopes = _alt(w for w in r.scope_words if w != _NATIONAL)
    return re.compile(f"{scopes}(?:{r.zone_kind_re.pattern}|{_alt(r.zone_words)})")


class Reader:
    """Reads measure and subject phrases for the figures of one clean text."""

    def __init__(self, text: str, default_subject: str = "", blocked: list[tuple[int, int]] | None = None):
        self.text, self.rules = text, load_meaning_rules()
        self.places = self._learned_places()
        self._zones = sorted(self._named_zones())
        self._zone_starts = [zs for zs, _, _ in self._zones]  # in text order (found left to right)
        self.default_subject = default_subject or self._own_place()
        # news datelines (本报济南12月11日讯): when the news was filed from where, no measure or subject
        self._datelines = {m.start(): m.end() for m in _DATELINE_LINE_RE.finditer(text)}
        self._blocked = sorted((blocked or []) + list(self._datelines.items()))  # nor do period expressions
        self._ends = sorted(e for _, e in self._blocked)
        self._starts = [s for s, _ in self._blocked]
        self._quotes = [q.span() for q in _QUOTED_RE.finditer(text)]
        self._quote_starts = [qs for qs, _ in self._quotes]
        self.topic = ""  # the last name that opened a sentence: whom the following sentences of its paragraph are about
        self._topic_at = 0  # where that sentence starts
        self.owner = ""  # the name the last measure read was written right after when it is a generic head (深圳总量)
        self.doer = ""  # the body the last measure read names as who did it (县属企业完成…), its subject
        self._segment = (-1, "")  # where the statement (up to a semicolon) whose first clause named its subject starts

    # -------------------------------------------------------------------------------------------- measure
    def measure(self, start: int, window_start: int, after_unit: str = "", count: bool = False,
                flow: re.Pattern | None = None, gap: bool = False, rate: bool = False) -> str:
        """The measure phrase of the figure starting at ``start``: the noun phrase before it, read from
        ``window_start`` (after the previous figure of the clause); for a count with no phrase before it, the
        noun phrase written right after its measure word (``4个创新创业平台``, ``after_unit``). ``gap``: the figure
        is a difference (points, a multiple) that a comparison may state; ``rate``: a percentage, a share of what
        follows its 的 when the words before it name only whose it is. Sets :attr:`owner`."""
        r = self.rules
        self.owner = self.doer = ""
        after_unit = _BOUND_BEFORE_DE_RE.sub("", after_unit)  # 集聚了全市六成以上|的战新企业: the bound is the figure's
        members = self._members_that(start, after_unit) if count else ""
        if members:
            return members
        goal = GOAL_AFTER_RE.match(after_unit)
        if goal:
            after_unit = ""  # 完成6%~6.5%的年度预期目标: the goal of the measure before, named after the figure
        before = _NOT_WORDS_RE.sub("", self._unblocked(window_start, start))  # 地区生产总值[2]1002.18亿元
        before = before.rstrip(_OPENING_QUOTES)  # 增长目标为|“7%以上”: the quote encloses the figure, not its measure
        if before.rstrip().endswith("以") and not after_unit.startswith("的"):
            after_unit = ""  # 成都以7793.1亿元排名第三, 武汉以9979.58亿元紧随其后: what was done with the figure
        before = _INNER_ASIDE_RE.sub("", before)  # 农林牧渔业(包括…)增加值, 6个高新区(来宾高新区…获批)工业总产值
        before = CIRCUMSTANCE_RE.sub("", before)  # 外贸进出口总值在上年同期较快恢复性增长的基础上|同比增长1.1%
        closed = max(before.rfind(")"), before.rfind("）"))
        if closed >= 0 and max(before.find("("), before.find("（")) < 0:
            before = before[closed + 1:]  # …获批)工业总产值: the end of an aside the period in it cut off
        opened = max(before.rfind("("), before.rfind("（"))
        if opened >= 0 and max(before.rfind(")"), before.rfind("）")) < opened and before[opened + 1:].strip() and \
                not words(before[:opened] or "。")[-1][1].startswith("n"):
            # 一季度开局良好(GDP增长5.9%): a figure in an aside is of what the aside names (not 规上工业（增加值…, where
            # the aside goes on with the noun before it)
            before = before[opened + 1:]
        listed = before.rstrip().endswith(("、", "，", ","))  # "3个省重点项目、16个…": the words before are another item's
        written = before
        base = self.rules.compared_base.search(written) is not None
        if base:  # 增长7.5%，比全省的6.1%快1.4个百分点: the compared place's figure, of the measure before (what
            after_unit = ""  # follows it is the comparison, not what it measures)
        compared = COMPARED_RATE_RE.search(before) if rate else None
        if compared:  # 粮食单产461.5公斤/亩，比全国平均单产高19%: of the measure before the comparison
            before = before[: compared.start()]
        if gap or base:  # 增长21.7%，高于全市平均水平24个百分点: what the gap is of comes before the comparison (快于
            before = self._compared(before)  # 全省: the scope after it is a frame word, so it is cut before unframing)
        whole = before.rstrip().rstrip("的")
        link = whole.rfind("占") if rate and not (gap or base or listed or after_unit.startswith("的")) else -1
        if link > 0 and whole[link + 1:] and self._base_scope(whole[link + 1:]) == whole[link + 1:]:
            part = self._tail_phrase(unframed(whole[:link]))
            if part:  # 电瓷产量占全省98%: a share of the whole of a place, written with no 比重 (the scope no frame)
                return part + whole[link:]
        rate_head = before.strip() if gap and before.strip() in RATE_HEADS else ""
        before = unframed(before)
        phrase = "" if listed else self._tail_phrase(before, flow)
        phrase = phrase or rate_head  # 增速比全省低2.3个百分点: the rate compared, alone (continued by the caller)
        if goal and self._verb_only(phrase):
            phrase = ""  # 增长6.1%，符合6%—6.5%的预期目标: the verb comparing a goal names nothing; the measure continues
        within = _WITHIN_WHOLE_RE.search(before, 0, before.rfind(phrase)) if phrase in SHARE_WORDS else None
        in_part = self._tail_phrase(before[: within.start()]) if within else ""
        if in_part:  # 制造业的总产值在深圳GDP当中所占的比重: the part, then the whole it is in, as printed
            phrase = in_part + before[within.start(): before.rfind(phrase) + len(phrase)]
        rest = phrase.rsplit(_LIST_SEP, 1)[-1]
        if _LIST_SEP in phrase and window_start > 0 and self.text[window_start - 1] in _count_words() and \
                before.startswith(phrase.split(_LIST_SEP)[0]) and load_rules().attribute_re.match(rest):
            phrase = rest  # 签约102个重大项目、总投资2285亿元: what the counted things amount to (extraction_rules.yml
            # attribute_before), not a noun listed with the count's (11个省、市重点项目, 60余家高校、科研院所)
        at = before[: before.rfind(phrase)].rstrip() if phrase else ""
        if at.endswith("在") and phrase[:1] not in self.rules.zai_word_heads and self._tail_phrase(at[:-1]):
            # 出口规模在历史同期首次突破3000亿元: where or when (在…) it happened, the measure before it (not 在孵企业)
            phrase = self._tail_phrase(at[:-1])
        aside = _TRAILING_ASIDE_RE.search(before) if not phrase and not listed else None
        if aside:  # 固定资产投资(不含农户)同比增长13.0%: what the aside qualifies is the measure
            phrase = self._tail_phrase(before[: aside.start()], flow)
        if gap and len(words(phrase)) == 1 and words(phrase)[0][1] in ("a", "ad", "d"):
            phrase = ""  # 比上年少12家: the comparative word of a difference names nothing; the measure continues
        if phrase and re.search(r"\d\s*" + re.escape(phrase) + r"\s*[、，,]?\Z", before) and _is_unit(phrase):
            phrase = ""  # 从2012年的37287万人增加到46773万人, 出栏7039.78万羽、下降5.6%: the unit of a figure before it
        head = before[: before.rfind(phrase)] if phrase else ""
        if phrase and len(words(phrase)) == 1 and words(phrase)[0][1] in ("v", "vn") and \
                (_AFTER_FIGURE_RE.search(head) or not head.strip() and
                 _AFTER_FIGURE_RE.search(self.text[max(0, window_start - 8): window_start])):
            phrase = ""  # 规上企业从153家发展到268家: the verb of change after the figure before; the measure continues
        if not listed and (not phrase or self._ends_with_verb(phrase) and len(words(phrase)) == 1):
            # 主体税种从2016年的2.65亿元, 管网已敷设460公里: the measure is written before the period expression
            phrase = self._before_period(window_start, start) or phrase
        elif not listed and phrase and before.startswith(phrase) and len(words(phrase)) == 1:
            phrase = self._split_by_period(window_start, start) + phrase  # 生物医药产业全年产值: one measure
        counted = self._counted_owner(phrase, window_start, start)
        if counted:  # 104个|村的背街小巷硬化工程已完工81个: those counted before own what the figure measures
            phrase = phrase[len(counted) + 1:]
        if (any(c in r.ordinal_starts for c in self.text[max(0, start - 1): start + 1]) or
                self.text.startswith(_TOP_OF_LIST, start)) and not listed:  # 第三位, 前十, 榜首
            phrase = self._ranked(written.rstrip(r.ordinal_starts) if not phrase else before, phrase)
            word = next((w for w in r.rank_words if phrase and phrase + w in written), "")
            if word and len(words(phrase)) == 1 and words(phrase)[0][1] in ("a", "b", "vn"):
                phrase += word  # 中总排名位居第49位: the rank word a modifier was written with (总排名)
            if phrase and phrase not in (*r.rank_words, *RATE_HEADS) and len(words(phrase)) == 1 and \
                    words(phrase)[0][1] == "v":
                phrase = ""  # 进入前30名: a verb of standing names nothing ranked
            rate_ranked = _RATE_RANKED_RE.match(written, written.rfind(phrase) + len(phrase)) if phrase else None
            if rate_ranked and not phrase.endswith(RATE_HEADS):
                phrase += rate_ranked.group(1)  # GDP实际增速(连续三年)位居全省首位: the rate's rank (unframed drops it)
            moved = _RANK_FROM_RE.search(self.text[window_start: start].rstrip(r.ordinal_starts))
            if not phrase and moved and moved.group(1) in r.rank_words:  # 全国排名由第18位前移至第15位: the rank word
                head = self.text[window_start: start][: moved.start()]     # and the scope written before it
                phrase = next((w for w in r.scope_words if head.endswith(w)), "") + moved.group(1)
        elif phrase and len(words(phrase)) == 1 and words(phrase)[0][1] in ("a", "b", "vn") and \
                written.rstrip().endswith(tuple(phrase + w for w in r.rank_words)):
            phrase = written.rstrip()[written.rstrip().rfind(phrase):]  # 综合排名33: the rank word it was written with
        counted = next((c for c in r.zone_classes if before.endswith(c)), "") if count and not phrase else ""
        if counted:  # 新增省级经开区5个: the class of zones counted (its flow word kept)
            flow_word = r.keep_flow.search(before, 0, len(before) - len(counted))
            phrase = (flow_word.group().rstrip("的") if flow_word else "") + counted
        if phrase.endswith(r.zone_words) and not count and not written.rstrip().endswith("的"):
            phrase = ""  # 万年高新技术产业园区108.16亿元: a zone's name, whose amount it is; the measure continues
        completed = _COMPLETION_RE.search(self.text, max(0, start - 30), start)
        if completed and (rate or completed.group().rstrip().endswith("的")):
            # 完成全年任务的148.8%, 完成全年目标任务7家的114.29%: how much of a plan was done (an amount of the plan
            # written in it is no part of the measure)
            return _AMOUNT_RE.sub("", completed.group(1))
        contribution = _CONTRIBUTION_RE.search(_LINK_END_RE.sub("", written.rstrip()))
        if contribution:  # 拉动全区增长12.6个百分点, 对全市规上工业增加值增长贡献达到93.7%: what the part contributes to
            return contribution.group().rstrip("的")
        if phrase in r.partner_flows:  # 对美国进出口2162.7亿元: trade with a partner is measured with the partner
            partner = _PARTNER_RE.search(before[: before.rfind(phrase)])
            if partner and self._name(*words(partner.group(1))[-1]):
                phrase = partner.group() + phrase
        traded = max((w for w in r.partner_flows if phrase.endswith(w) and phrase != w), key=len, default="")
        named = words(phrase[: len(phrase) - len(traded)])[-1] if traded else ("", "")
        to = before.rfind("对", max(0, len(before) - _PARTNER_REACH))
        if named[1] in PROPER_FLAGS and "对" in before[: before.rfind(phrase)][-12:]:
            phrase = "对" + named[0] + traded  # 对第一大贸易伙伴东盟进出口951.3亿元: the partner, named right before
        elif traded and to >= 0 and before.rstrip().endswith(phrase) and not CLAUSE_RE.search(before, to):
            phrase = before[to:].rstrip()  # 对RCEP其他成员国进出口1587.2亿元: the partner a group of countries
        if phrase:  # "增加值2306亿元，占GDP的26.7%": a share of the measure before it (see continued)
            head = before[: before.rfind(phrase)].rstrip()
            head = head[:-1] if head.endswith("的") else head  # 占全省的比重: the whole's place, then 的
            # 占同期湖北进出口总值的76.9%: the time and place of the whole
            whose = self._base_scope(head) if any(w in head for w in r.share_link) else ""
            link = next((w for w in r.share_link if head[: len(head) - len(whose)].endswith(w)), "")
            part = self._tail_phrase(head[: len(head) - len(whose) - len(link)]) if link else ""
            if link and (not part or whose):
                # 生产总值占全国的比重: the part, then the whole's place (a bare 比重 names no share of its own);
                # 工业增加值占同期全国第二产业增加值比重17%: the part, the whole's place and the whole
                phrase = part + link + _PERIOD_WORD_RE.sub("", whose) + phrase
            at, tie = max((head.rfind(w), w) for w in r.share_link) if rate and not link else (-1, "")
            rest = head[at + len(tie):]
            if at > 0 and 0 < len(rest) <= _SHARE_WHOLE_WORDS and not _DIGIT_RE.search(rest) and \
                    not CLAUSE_RE.search(rest) and self._tail_phrase(head[:at]):
                # 亿元以上项目数占签约项目总数的47.6%: the part, then the whole the phrase read back to a verb in it
                phrase = self._tail_phrase(head[:at]) + head[at:] + phrase
        scoped = rate and _BOUND_BEFORE_RE.sub("", written.rstrip()).endswith(tuple(r.scope_words))  # 贡献了全市|20%的
        # GDP (全市超过|八成的): the whole it is of
        if after_unit.startswith("的") and (not phrase or rate and (self._named(phrase) or self._verb_only(phrase)) or
                                           scoped):
            # 设立了1.5亿元的高质量发展专项资金: what follows 的; 高新区拥有全市50%的国家级孵化器, 聚集了近80%的全国重点
            # 实验室: a share of that; so with a scope right before the figure (以占全市3%的土地，贡献了全市20%的GDP)
            return self._after_de(after_unit, written)
        if after_unit[:1] in ("(", "（"):
            after_unit = ""  # 引进优强企业21家(任务数18家): an aside in brackets, not what is counted
        if count and after_unit.startswith("、"):
            counted = self._described_by(after_unit, after_de=True)
            if counted:  # 推进228个、总投资969亿元的重点项目: what the count and the sizes listed after it describe
                return counted
        if count and after_unit:
            counted = self._counted_after(phrase, before, after_unit)
            verb = (r.keep_flow.search(before.rstrip()) or re.search(f"(?:{flow.pattern})\\Z", before.rstrip())) \
                if flow is not None and counted else None
            if verb and not counted.startswith(verb.group()):
                return verb.group() + counted  # 集中开工5个项目: what is counted, with the flow that counts it
            if counted:
                return counted
        elif after_unit and len(words(phrase)) <= 1 and (not phrase or words(phrase)[0][1] == "v" or (
                words(phrase)[0][1] == "vn" and not after_unit.startswith("的"))):  # 投资15亿元的项目: the investment's
            # 自筹2.5亿元征迁资金, 年产12万吨健康果蔬茶饮, 扩建50GWh的智能化工厂: an amount written between its verb
            # and what it is of
            ahead = self._head_phrase(after_unit[after_unit.startswith("的"):])
            if ahead and not ahead.endswith(tuple(r.milestone_words)):  # 突破3万亿元大关, 迈上9万元新台阶: a milestone,
                # not what is measured
                return ahead
            if ahead and phrase and words(phrase)[0][1] == "v":
                return ""  # 连续7年站稳800亿斤台阶: the verb of a milestone reached names nothing; the measure goes on
        opened = r.keep_flow_open.match(written.lstrip()) if count and phrase else None
        if opened and written.rstrip().endswith(phrase) and \
                written[: written.rfind(phrase)].rstrip().endswith("等"):
            return opened.group() + phrase  # 新引进嘉洁能智慧供暖、中原总部基地等各类项目38个: counted as the clause
            # opened (新引进), the examples listed between no part of it
        if phrase in r.attribute_words and not count:
            described = self._described_by(after_unit)
            if described:  # 形成了长12公里、面积达334公顷生态水面: the length and area of what follows them
                return described + phrase
        if phrase and not count and words(phrase)[-1][0] in r.body_words and \
                re.search(re.escape(phrase) + r"(?:累计)?(?:完成|实现)了?\s*\Z", written):
            self.doer, phrase = phrase, ""  # 其中，县属企业完成1094.2万吨: who did it (the subject), the measure
            # continues (原煤产量)
        ws = words(phrase)
        if phrase and (re.search(re.escape(phrase) + "以来", written) or
                       all(f[0] in "vfprdcu" and f != "vn" for _, f in ws) and
                       any(f[0] in "fprcu" or w == "是" for w, f in ws) or
                       all(f in _MODIFIER_TAGS for _, f in ws) or phrase in r.comparators):
            phrase = ""  # 新冠肺炎疫情以来: since when, no measure; 这是继…, …后: function words name nothing measured
            # (an action alone still does: 拆迁40万平方米, 到位2.39亿元); nor does a modifier alone (前4大|贸易伙伴…
            # 分别进出口: 大; 保持20%以上的高|增长: 高; 唯一), nor a comparison word (比全国高出|108元): the measure continues
        per = _PER_UNIT_END_RE.search(written, 0, written.rfind(phrase)) if phrase else None
        owned = _PER_OWNED_RE.search(written) if phrase and not per else None
        if per:  # 每万人拥有5G基站21.7个: so many for each of a unit of people or land, the rate as printed
            phrase = per.group() + phrase
        elif owned and phrase.endswith(owned.group(1)):  # 每万名从业人员拥有发明专利466件: so many for each of a number
            phrase = owned.group().rstrip()  # of the people it names, whole
        if phrase in _BACK_REFERENCE_HEADS and _DEMONSTRATIVE_END_RE.search(written, 0, written.rfind(phrase)):
            phrase = ""  # 十年前，这一数字还只有4016.6亿元; 全省这一比重已达到24%左右: the measure just read, continued
        whose = before[: before.rfind(phrase)].rstrip() if phrase in r.compared_levels and rate else ""
        if whose.endswith(tuple(r.scope_words)) or whose and self._name(*words(whose)[-1]):
            return ""  # 比全国平均水平（6.7%）: the place's own rate of the measure compared; the measure continues (an
            # amount's average, 全国国家高新区平均水平（约2,500亿元）, is an average per member, a measure of its own)
        if phrase in r.generic_heads and phrase in written:
            # 深圳总量位居第一, 焦作高新区排名居第138位: a generic head written after a name is that name's total or rank
            head = written[: written.rfind(phrase)].rstrip()
            counted = self._class_total(head, phrase)
            if counted:
                return counted
            ws = words(head)
            self.owner = ws[-1][0] if ws and self._name(*ws[-1]) else ""
        return phrase

    def capacity(self, start: int, after_unit: str, unit: str) -> str:
        """The capacity an amount of output written inside a project's name measures (``meaning.yml`` capacity):
        年产1万台智能化整车项目 -> 年产智能化整车, 2万吨/年锂电池正极材料项目 -> 锂电池正极材料产能; empty when the
        amount is not so written (an amount of money, an area with no 年产: 10万平方米厂房项目)."""
        r = self.rules
        annual = self.text[max(0, start - 2): start] == "年产"
        named = r.project_re.match(after_unit.removeprefix("的"))
        if not named or not (annual or named.group("yearly") or unit in r.capacity_units):
            return ""
        product = named.group("product")
        if any(f == "v" or f[0] in "pcur" for _, f in words(product)):
            return ""  # (10万吨已建成项目: a verb, no product)
        return "年产" + product if annual else product + "产能"

    def _counted_owner(self, phrase: str, window_start: int, start: int) -> str:
        """The noun a count right before the window counted, when the phrase opens the window with it and its 的
        (104个|村的背街小巷硬化工程): whose the things measured are, no part of the measure; "" otherwise."""
        if window_start <= 0 or self.text[window_start - 1] not in _count_words() or \
                not phrase or not self.text.startswith(phrase, window_start, start):
            return ""
        owner, de, rest = phrase.partition("的")
        ws = words(owner) if de and rest else ()
        return owner if len(ws) == 1 and self._nominal(*ws[0]) else ""

    def _members_that(self, start: int, after_unit: str) -> str:
        """What members of a group counted before do, for a count of them (13个重点园区中有9个实现增长: 实现增长的重点园区;
        41个大类行业中有30个行业增加值保持增长: 增加值保持增长的行业), or ""."""
        group = _GROUP_OF_RE.search(self.text, max(0, start - 24), start)
        if not group or not after_unit:
            return ""
        noun, rest = group.group(1), after_unit.rstrip("，。；,;：:！？!? \n")
        ws = words(rest)
        if len(ws) > 1 and ws[0][0] in noun:  # 30个|行业增加值…: the member's noun written again
            noun, rest = ws[0][0], rest[len(ws[0][0]):]
        ws = words(rest)
        if not any(f == "v" for _, f in ws) or ws[0][1] not in ("v", "n", "vn", "d"):
            return ""
        return rest + "的" + noun

    def action(self, start: int, window_start: int) -> str:
        """The verb (with the particle or direction jieba splits off it: 下|访) that ends the words before the figure at
        ``start``, when a count of times counts an action (县级领导到乡镇下访89次: 下访), or ""."""
        ws = words(unframed(self._unblocked(window_start, start)))
        k = len(ws)
        while k and ws[k - 1][1] in ("v", "f", "d") and ws[k - 1][0] not in self.rules.frame_words:
            k -= 1
        run = ws[k:]
        return "".join(w for w, _ in run) if run and any(f == "v" for _, f in run) and len(run) <= 3 else ""

    def _described_by(self, after_unit: str, after_de: bool = False) -> str:
        """The noun phrase an attribute's figure describes, written right after it or after the other attributes
        listed with it (长12公里、面积达334公顷|生态水面), or "" (after 的, a described name: 占地70亩的玉珑路小学);
        ``after_de``: the one written after the list and 的 (228个、总投资969亿元的|重点项目)."""
        rest = CLAUSE_RE.split(after_unit, maxsplit=1)[0]
        item = _LISTED_FIGURE_RE.match(rest)
        listed = item is not None
        while item:
            unit = match_unit(rest, item.end())
            rest = rest[unit.end if unit else item.end():]
            item = _LISTED_FIGURE_RE.match(rest)
        if after_de:
            rest = rest[1:] if listed and rest.startswith("的") else ""
        ahead = self._head_phrase(rest) if rest and not rest.startswith("的") else ""
        return ahead if ahead and all(f.startswith("n") for _, f in words(ahead)) else ""

    def _base_scope(self, head: str) -> str:
        """The words ending ``head`` that say when and where the whole a share is of was measured (占|同期湖北|进出口
        总值: 同期, a place's name, 全省), or ""."""
        ws = words(head)
        k = len(ws)
        while k and (ws[k - 1][0] in _BASE_SCOPE_WORDS or ws[k - 1][0] in self.rules.self_reference or
                     self._name(*ws[k - 1])):
            k -= 1
        return "".join(w for w, _ in ws[k:])

    def rescoped(self, share: str, listed: str) -> str:
        """``share`` (电瓷产量占全省) of the whole of the place ``listed`` instead, when ``listed`` names only a place and
        ``share`` is of a place's whole (占全省98%、全国51%: 电瓷产量占全国), else ""."""
        listed, at = listed.strip("、，, "), share.rfind("占")
        if at < 0 or not listed or self._base_scope(listed) != listed:
            return ""
        ws = words(share[at + 1:])
        k = 0
        while k < len(ws) and self._base_scope(ws[k][0]) == ws[k][0]:
            k += 1
        return share[: at + 1] + listed + "".join(w for w, _ in ws[k:]) if k else ""

    def scope_measure(self, lead: str) -> str:
        """The noun phrase of a sentence's lead clause of scope (在建项目中，…: 在建项目), "" when ``lead`` is none or
        names a place or a class of them (东北的四个副省级城市中, 其余城市中: a group of places, no measure)."""
        hit = self.rules.scope_lead_re.search(lead)
        phrase = self._tail_phrase(lead[: hit.start()]) if hit else ""
        counted = hit is not None and _COUNTED_GROUP_RE.search(lead, 0, hit.start()) is not None
        if not phrase or counted or self.names_in(phrase) or names_place_class(phrase, ending=True) or \
                phrase in _LEVELS:
            return ""  # (东北的四个副省级城市中: members)
        # 在GDP“八强”中, 在全国城市GDP排行中: the group or list ranked by a measure names that measure, without the
        return _class_cut(_GROUP_NAMED_RE.sub("", phrase)) or phrase  # places it ranks

    def _after_de(self, after_unit: str, written: str) -> str:
        """The measure of a figure written before 的 with no phrase before it: the noun phrase after 的; with no verb
        before the figure (对40%的村居开展了巡察), the class word after 的 and what it does are the clause's subject
        and predicate (设立了1.5亿元的专项资金支持企业: a verb's object and its purpose, the object alone)."""
        ahead = self._head_phrase(after_unit[1:], scoped=True)
        if ahead.endswith(tuple(self.rules.milestone_words)):  # 在增产1亿多吨的基础上: the basis of what follows, no measure
            return ""
        rate = next((h for h in RATE_HEADS if ahead.startswith(h)), "")
        if rate and written.rstrip().endswith("以"):
            return rate  # 吉安以7.6%的增速领跑设区市: a rate's head, then what the place did with it (jieba's v 增速)
        if ahead and not any(f.startswith("v") for _, f in words(written)) and not written.rstrip().endswith("以"):
            # (郑州以13617.8亿元的经济总量稳居首位: what the place did with its figure names no measure of it)
            return self._described(ahead, after_unit[after_unit.find(ahead) + len(ahead):]) or ahead
        return ahead

    def _counted_after(self, phrase: str, before: str, after_unit: str) -> str:
        """What a count counts when it is written after its measure word (24家省级以上“专精特新”企业): the noun phrase
        there, unless the phrase before the figure says more; "" when none is written."""
        r = self.rules
        ahead = self._head_phrase(after_unit)
        rest = after_unit[after_unit.find(ahead) + len(ahead):] if ahead else ""
        joined = self._head_phrase(rest[1:]) if rest.startswith("、") else ""
        if len(joined) > 1 and rest.startswith(joined, 1) and words(rest[1 + len(joined):] or "。")[0][1] == "v" and \
                not self.names_in(joined):
            # 60余家高校、科研院所共建产学研联合体: the things counted, listed with no count of their own before a verb
            ahead, rest = ahead + "、" + joined, rest[1 + len(joined):]
        ws = words(ahead)
        framed = next((rest[len(w):] for w in r.frame_words if rest.startswith(w)), rest)  # 总投资达32亿元
        changes = bool(r.frame_re.match(CLAUSE_RE.split(rest)[0].strip()))
        head = next((k for k, (w, _) in enumerate(ws[:-1]) if w in _COUNTED_HEADS), -1)
        if head >= 0 and _NUMERAL_RE.search(CLAUSE_RE.split(rest)[0]):  # 208个续建项目年度投资完成率89.1%: the thing
            # counted ends the count's phrase; the words after it measure the clause's next figure
            ahead, rest = "".join(w for w, _ in ws[: head + 1]), "".join(w for w, _ in ws[head + 1:]) + rest
        elif len(ws) > 1 and (_NUMERAL_RE.match(rest) or _NUMERAL_RE.match(framed) or changes):
            # 3个省重点项目总投资32亿元: the last noun is what the next figure measures; 33个行业增加值同比增长:
            # what the clause says changes (frame words alone follow it)
            k = len(ws) - 1
            while k > 1 and ws[k - 1][1] in ("a", "b", "f", "d"):  # 总 of 总投资 goes with it
                k -= 1
            ahead, rest = "".join(w for w, _ in ws[:k]), "".join(w for w, _ in ws[k:]) + rest
        k = len(ws)
        while k > 1 and ws[k - 1][0].endswith(r.state_predicates):  # 40家重点工业企业|经营状况良好, 241名人大代表|精神饱满
            k -= 1                                                     # how the things counted stand
            while k > 1 and ws[k - 1][1] == "vn":
                k -= 1
        ahead = "".join(w for w, _ in ws[:k]) if k < len(ws) else ahead
        if ahead and (len(phrase) < 2 or before.endswith(("等", "了", "有", "建", "设", "育", "进", "施", "的"))
                      or self._ends_with_verb(before) or not words(ahead)[0][1].startswith("v")):
            return self._described(ahead, rest) or ahead
        return ""

    def _compared(self, before: str) -> str:
        """The words before a comparison word (高于, 快于, 比) when ``before`` states one: the phrase after it names
        what is compared with (全市平均水平, GDP增速), not what the gap is of; "" when nothing precedes the comparison
        (the figure then continues the measure before it)."""
        pos, cut = 0, None
        ws = words(before)
        for i, (w, _) in enumerate(ws):
            joined = w + ws[i + 1][0] if i + 1 < len(ws) else w  # 快|于: jieba splits some comparators
            c = w if w in self.rules.comparators else joined if joined in self.rules.comparators else ""
            if c and before[pos + len(c):].strip():
                cut = pos
            pos += len(w)
        multiple = _MULTIPLE_OF_RE.search(before) if cut is None else None
        if multiple:  # 研发人员数量是全国平均水平的5倍多: what is a multiple of the whole after 是 is before it
            cut = multiple.start()
        return before if cut is None else before[:cut]

    def _described(self, head: str, rest: str) -> str:
        """"21个单位荣获…称号", "57个村实现整村推进": a count of a bare class word (单位, 村, 企业) that the clause
        goes on to describe counts what the description says: 荣获…称号的单位, 实现整村推进的村 (so does a share of
        it: 对40%的村居开展了巡察, 开展巡察的村居, the aspect particle 了 no part of the class's name). "" when the head
        says enough (two words or more), or the rest of the clause is no verb phrase (frame words alone, 同比增长,
        are none) or holds a figure of its own (a numeral inside a quoted name, “四城联创”, is none)."""
        rest = CLAUSE_RE.split(rest)[0].strip()
        first, _, more = rest.partition("、")
        if more and words(more)[0][1].startswith("v"):  # predicates listed (完成…改革、挂牌成立…): the first describes;
            rest = first                                  # not objects listed (被清华、北大录取)
        figure = _NUMERAL_RE.search(QUOTE_RE.sub("", rest))
        ws = [(w, f) for w, f in words(rest) if f != "d"] if rest and not figure and len(rest) <= 20 else []
        if len(words(head)) != 1 or not words(head)[0][1].startswith("n") or not ws or self.rules.frame_re.match(rest) \
                or not (ws[0][1] in ("v", "p") or ws[0][0] in self.rules.stop_verbs):
            return ""
        return "".join(w for w, f in words(rest) if f != "ul") + "的" + head

    def respective(self, head: str, n: int, i: int) -> str:
        """"A和B增加值分别增长x%、y%": the i-th of the n measures listed before 分别 (the shared head word
        given to items written without it: the last item's last word, or all its words after the word the first item
        ends with), or "". Clears :attr:`owner`."""
        r = self.rules
        self.owner = ""
        head = _without_listed_periods(head)
        rate = next((h for h in RATE_HEADS if head.rstrip().endswith(h)), "")
        listing = unframed(head.rstrip()[: -len(rate)]) if rate else ""
        if not (_LIST_SEP in listing or r.joiner_re.search(listing)):
            rate, listing = "", unframed(head)  # (工业和投资增速分别高于全省…: a rate the items share is no frame word)
        head = _ETC_BEFORE_HEAD_RE.sub("", listing + rate)  # 节能环保、城乡社区等支出: the items and their head
        etc = _ETC_CLASS_RE.search(head)
        listed = [x for x in head[: etc.start()].split(_LIST_SEP) if x] if etc else []
        if len(listed) == n and i < n:
            # 化学制品制造业、非金属矿物制品业、黑色金属冶炼和压延加工业等高耗能行业用电量: each item, with what the
            # class that sums them up measures (the first item without the words before it: 限额以上单位|汽车类)
            item = listed[i] if i else self._tail_phrase(listed[0]) or listed[0]
            mark = listed[0][-1] if listed[0].endswith(CLASS_MARKS) else ""
            return item + ("" if item.endswith(mark) else mark) + etc.group(1)
        items = [x for x in head.split(_LIST_SEP) if x]
        # 城乡居民收入达到23292元和7750元、分别增长…: the words before a figure (not a year: 2021年拉萨市城乡居民…)
        named = unframed(_DIGIT_RE.split(_YEAR_WORD_RE.sub("", head), maxsplit=1)[0])
        pair = next((p for p in r.pairs if p in named), "") if "、" not in named else ""
        if pair and n == len(r.pairs[pair]) and i < n:  # 城乡居民人均可支配收入分别增长3.5%、6%: 城镇…, 农村…
            got = named.replace(pair, r.pairs[pair][i], 1)
            phrase = self._tail_phrase(got)  # (not cut after the part: 第一产业对经济增长贡献率, not 贡献率)
            return phrase if r.pairs[pair][i] in phrase else got
        joins = list(r.joiner_re.finditer(items[-1])) if len(items) == n - 1 else []
        if joins:  # 生活用品及服务和医疗保健价格: the last conjunction joins the list's last item (及 inside an item)
            items[-1:] = [x for x in (items[-1][: joins[-1].start()], items[-1][joins[-1].end():]) if x]
        if len(items) != n:
            items = [x for x in re.split(f"{r.joiner_re.pattern}|{_LIST_SEP}", head) if x]
        if len(items) != n or i >= n:
            return ""
        count = _LIST_COUNT_RE.search(items[-1]) if n > 2 else None
        if count:  # 半导体、…、软件信息四大产业集群产值: the count of the items ends the last one's own words; the words
            own = items[i] if i < n - 1 else items[-1][: count.start()]  # after it are shared
            return own + items[-1][count.end():]
        ordinal = ordinal_item(items, i)
        if ordinal:
            return ordinal
        last = words(items[-1])
        run = ordinal_item(items[:-1], i) if i < n - 1 and n > 2 and len(last) > 1 else ""
        if run or i == n - 1 and n > 2 and ordinal_item(items[:-1], 0) and len(last) > 1:
            # 第一、二、三产业和居民生活用电量: ordinals listed, then an item whose last word (用电量) they share
            return run + last[-1][0] if run else items[-1]
        ends = words(items[0])[-1][0]
        if len(items[0]) > 1 and any(items[0].endswith(h) and items[-1].endswith(h) for h in r.measure_heads):
            # 财政总收入和地方财政收入, 失业率…和人口自增率: whole items (the segmenter's cut of a word, 人口自|增率, not)
            phrase = self._tail_phrase(items[i])
            if items[i].endswith(phrase) and len(items[i]) - len(phrase) == 1:
                return items[i]  # 农|副食品加工业: one character the segmenter split off is the item's own
            return phrase if len(phrase) > 2 or items[i].endswith(phrase) and len(items[i]) <= 2 else items[i]
        # the last item's word the first item ends with (国有企业、外商投资企业进出口: 企业)
        k = next((j for j in range(len(last) - 1) if last[j][0] == ends or
                  len(last[j][0]) >= 2 and ends.endswith(last[j][0]) or
                  ends in CLASS_MARKS and last[j][0].endswith(ends)), -1)  # (…、饮料类|商品零售额: 类 in one word)
        while 0 <= k < len(last) - 2 and last[k + 1][0] in ("及", *r.class_bounds):
            k += 1  # 0-17岁、…、60岁及以上户籍人口: a bound on the last item is its own (60岁及以上), not shared
        if k >= 0:  # 城市低保、农村低保人均月补差: the words after the last item's own (低保, as the first item ends) are shared
            item = items[i] if i < n - 1 else "".join(w for w, _ in last[: k + 1])
            whole = item.endswith(CLASS_MARKS) and len(item) > 2  # 粮油食品类、饮料类和烟酒类商品零售额: 类 is the class's
            return (item if whole else self._tail_phrase(item) or item) + "".join(w for w, _ in last[k + 1:])
        if all(len(x) == 1 for x in items[:-1]) and len(items[-1]) > 1:
            # 轻、重工业占比, 大、中、小型企业: one-character items share what follows the last item's first character
            return items[i] + items[-1][1:] if i < n - 1 else self._tail_phrase(items[-1]) or items[-1]
        tail = last[-1][0] if len(last) > 1 else ""
        # 猪、牛、羊、禽出栏量, 城镇居民和农村居民人均可支配收入: the last item's own words are about as long as the
        # other items (the middle ones, or the first of two); the words after them are shared
        own = sorted(len(x) for x in items[1:-1])[(n - 3) // 2] if n > 2 else len(items[0])  # (their median: 城镇基本
        # 医疗、失业、工伤和生育保险参保人数 shares 保险参保人数)
        bounds = list(itertools.accumulate(len(w) for w, _ in last))[:-1]
        cut = min(bounds, key=lambda b: (abs(b - own), -b)) if bounds else 0
        first = last[0][0] if own < len(last[0][0]) else ""
        if _is_word(first[:own]) and _is_word(first[own:]):
            cut = own  # 城镇、农村居民人均可支配收入: the last item's first word 农村|居民 holds the first item's parallel
        shared = items[-1][cut:] if cut else ""
        if shared and not r.joiner_re.search(shared):
            tail = shared
        got = items[i]
        measured = got.endswith(tuple(h for h in r.measure_heads if len(h) > 1))  # 战略性新兴产业产值、…增加值: a
        if tail and not got.endswith((tail, last[-1][0])) and i < n - 1 and not measured:  # whole item (and 农民人均
            got += tail  # 纯收入和…收入)
        if rate and got.endswith(rate):  # (工业和投资增速: each item's rate, which reading a phrase would drop)
            return (self._tail_phrase(got[: -len(rate)]) or got[: -len(rate)]) + rate
        phrase = self._tail_phrase(got) or got
        return got if r.joiner_re.search(got) and got.endswith(phrase) else phrase  # 科技以及信息化行业: one item

    def _unblocked(self, a: int, b: int) -> str:
        """text[a:b] from after the last period expression ending inside it (found by bisect over their ends)."""
        i = bisect.bisect_right(self._ends, b) - 1
        if i >= 0 and self._ends[i] > a:
            a = self._ends[i]
        return self.text[a:b]

    def _ranked(self, before: str, phrase: str) -> str:
        """A rank's phrase written after its verb (位居副省级城市第三位) is the group ranked in, not the measure: the
        measure is the noun phrase before the verb (GDP总量位居…), or none (then the figure continues the one
        before it)."""
        ws = words(before.rstrip()) if not phrase else ()
        if ws and self._name(*ws[-1]):  # 进入国家高新区前100名: a class of zones, named, is the group
            phrase = ws[-1][0]
        head = _GROUP_SIZE_RE.sub("", before[: before.rfind(phrase)].rstrip())  # 均居全市|6|县市第1位: how many
        if head.endswith("在"):
            return ""  # 在中部省会排名第3: the phrase after 在 is the group ranked in
        rate = next((h for h in RATE_HEADS if head.endswith(h)), "") if phrase in self.rules.rank_words else ""
        if rate:  # 增长3.9%，增速排位全省第四: the rank of the growth rate before (see continued)
            return rate
        scope = next((w for w in self.rules.scope_words if head.endswith(w)), "")
        hw = words(head) if not scope and head else ()
        if len(hw) > 1 and self._name(*hw[-1]) and place_level(hw[-1][0]):
            scope = hw[-1][0]  # 增速名列河南省|国家高新区第二: the place whose group it is scopes it too
        verb = self.rules.rank_verb_re.search(head[: len(head) - len(scope)])  # 居全国城市首位: 全国 scopes the group
        if verb and phrase.endswith(self.rules.ranking_ends):
            return phrase  # 跻身全国生物医药产业园区综合竞争力第18位: after the verb, a ranking's name, no group
        if not verb:  # 居中部地区和长三角地区首位: places joined after the verb are the group too
            verb = next((v for v in reversed(list(self.rules.rank_verb_in.finditer(head)))
                         if v.group() not in self.rules.rank_words and self._places_only(head[v.end():])), None)
        if not verb:  # a verb the phrase took in (综合排名进入国家高新区前100名)
            verb = next((v for v in self.rules.rank_verb_in.finditer(before, len(head) + 1)
                         if v.group() not in self.rules.rank_words), None)
            if not verb and head.strip() and self._places_only(phrase):
                own = self._tail_phrase(unframed(head))  # 增速苏南第一: the place right before the rank is its group
                rate = next((h for h in RATE_HEADS if head.rstrip().endswith(h)), "")
                return own + rate if rate and not own.endswith(rate) else own or rate
            if not verb:
                return phrase
        ranked = DURATION_END_RE.sub("", before[: verb.start()].rstrip())  # 增速连续4个月居全省首位: the rate's
        if self.rules.scope_lead_re.search(ranked) or _GROUP_BEFORE_RANK_RE.search(ranked):
            return ""  # 在169个国家级高新区中位居第七名, 在中部省会排名第3: the group ranked in, written before the verb
        word = next((w for w in self.rules.rank_words if ranked.endswith(w)), "")
        if word:  # 焦作高新区排名居第138位: the rank word itself says what is ranked
            return self._tail_phrase(ranked[: -len(word)]) + word
        own = self._tail_phrase(unframed(ranked))
        own = own if any(f.startswith("n") and not self._name(w, f) for w, f in words(own)) else ""
        rate = next((h for h in RATE_HEADS if ranked.endswith(h)), "")  # 增速居全省第三, GDP增速居…: the rate's rank
        return own + rate if rate and not own.endswith(rate) else own

    def _places_only(self, phrase: str) -> bool:
        """True when ``phrase`` holds only places, joined (中部地区和长三角地区, 苏南): a group a rank is in."""
        ws = [(w, f) for w, f in words(phrase) if w.strip()]
        return bool(ws) and any(self._name(w, f) for w, f in ws) and \
            all(self._name(w, f) or w in self.rules.joiners or w == _LIST_SEP or w in self.rules.not_name
                for w, f in ws)

    def _split_by_period(self, a: int, b: int) -> str:
        """The noun phrase written right before the period expression that the words text[a:b] start after, when
        nothing stands between them (生物医药产业|全年|产值实现404.6亿元: the head noun's modifiers), else ""."""
        i = bisect.bisect_right(self._ends, b) - 1
        if i < 0 or self._ends[i] <= a:
            return ""
        end = self._ends[i]
        block = next((s for s, e in self._blocked if e == end), end)
        head = self.text[a: block]
        if not head or head[-1] in "，。；、,;：:":
            return ""
        phrase = self._tail_phrase(head)  # (not a name: 火炬开发区全年地区生产总值, the zone's own)
        return "" if not phrase or self.names_in(phrase) or phrase.endswith(self.rules.zone_words) or \
            self.rules.place_suffix.match(phrase) else phrase

    def _before_period(self, a: int, b: int) -> str:
        """The noun phrase written right before a period expression in text[a:b] (the first that has one), a
        preposition (从, 由, 在, 比) between them dropped: "X从2016年的…增长至2020年的…", "X在2020年达到…", "X已敷设…",
        "2022年全年工业增加值比上年增长…" (between two periods)."""
        i = bisect.bisect_left(self._starts, a)
        start = a
        while i < len(self._starts) and self._blocked[i][1] <= b:
            seg = self.rules.preposition_re.sub("", _INNER_ASIDE_RE.sub("", self.text[start: self._starts[i]]))
            phrase = self._tail_phrase(seg) if unframed(seg).strip() else ""  # (按可比价计算|较上年同期: a frame)
            if phrase:  # (国家高新区总数|已达88家: a class's total)
                return self._class_total(seg[: seg.rfind(phrase)].rstrip(), phrase) or phrase
            start = max(start, self._blocked[i][1])
            i += 1
        return ""

    def _class_total(self, head: str, phrase: str) -> str:
        """A generic head (总数) written after a class of zones (国家高新区总数达173家): the total of the class, of no one
        zone, or "" (国家高新区新增10个: the class's share of the new things counted before, continued)."""
        r = self.rules
        if phrase not in r.generic_heads or phrase in r.keep_flow_words:
            return ""
        return next((c + phrase for c in r.zone_classes if head.endswith(c)), "")

    def _verb_only(self, phrase: str) -> bool:
        """True for a phrase that ends on its verb (用地创造) or is one alone (聚集, 贡献): a verb before a share
        names no measure; its object after 的 does."""
        ws = words(phrase)
        return self._ends_with_verb(phrase) or len(ws) == 1 and ws[0][1].startswith("v")

    def _ends_with_verb(self, before: str) -> bool:
        ws = words(before[-8:]) if before else ()
        return bool(ws) and ws[-1][1].startswith("v") and ws[-1][1] != "vn"

    def tail_phrase(self, before: str) -> str:
        """The noun phrase ``before`` ends with (see :meth:`_tail_phrase`)."""
        return self._tail_phrase(before)

    def _tail_phrase(self, before: str, flow: re.Pattern | None = None) -> str:
        """The noun phrase ending ``before``, read backwards up to a boundary; with ``flow`` (the flow words of a
        count of things done: 引进, 改造, 解决), the flow word written right before the phrase is part of it."""
        r = self.rules
        ws = list(words(before))
        if len(ws) > 1 and ws[-1][1] in ("a", "ad") and ws[-1][0] not in r.attribute_words:
            ws.pop()  # 同比温和|上涨: how it rose (the verb unframed), no measure
        while ws and (ws[-1][0] in r.frame_words or ws[-1][0] in _MODALS or
                      ws[-1][1] in ("x", "m", "d", "p", "c", "u", "uj", "r")
                      or (ws[-1][0] in r.stop_verbs and len(ws) > 1)
                      or (ws[-1][1] == "v" and len(ws) > 2 and ws[-2][1] == "d")) and not _closes(ws):
            # a verb after an adverb (管网已敷设460公里) is the figure's predicate, not what it measures
            ws.pop()  # 重大项目共安排883个: the verb of the figure is dropped like the frame words before it
        out: list[str] = []
        i = len(ws) - 1
        while i >= 0:
            w, f = ws[i]
            if out and f == "f" and self.rules.scope_lead_re.match(w):
                break  # 规模以上工业中战略性新兴产业产值: the group looked in is no part of the measure
            if w == "的" and out and i > 0 and (self._nominal(*ws[i - 1]) and ws[i - 1][1] != "f"  # not 之间的
                                                or ws[i - 1][0] in r.class_bounds  # 100亿元以上的高新技术企业
                                                or ws[i - 1][1] == "m" and self._amount_bound(ws, i - 1)):
                # (营收超亿元的企业, 超500亿元的开发区: a class bounded by an amount)
                out.append(w)
            elif w in _ENCLOSING and (out or i > 0):  # “三大改造”项目, 人才（团队）: quotes and brackets inside a phrase
                out.append(w)
            elif w in r.share_link and out and i > 0 and self._nominal(*ws[i - 1]):
                out.append(w)
            elif (w in r.scope_words or self._name(w, f)) and out and i > 0 and ws[i - 1][0] in r.share_link:
                out.append(w)  # 占全市比重, 占合肥市比重: the whole a share is of
            elif out and w == "强" and i > 0 and _NUMBER_RE.fullmatch(ws[i - 1][0]):
                out += [w, ws[i - 1][0]]  # 世界500强企业投资项目: a class of firms by a ranking's length
                i -= 2
                continue
            elif self._nominal(w, f) and not self._name(w, f):
                out.append(w)
            elif out and i > 1 and (ws[i - 1][0] + w).endswith(_AND_OTHER) and self._nominal(*ws[i - 2]):
                out += [w, ws[i - 1][0]]  # 石油、煤炭及其他燃料加工业 (及其|他): one sector, named by what it takes in
                i -= 2
                continue
            elif w in r.determiners and out:  # 入驻各类企业80家: a determiner opens the noun phrase it quantifies
                out.append(w)
                i -= 1
                break
            elif f == "v" and len(w) == 1 and (
                    out and ws[i + 1][1][:1] in "nv" and w not in r.stop_verbs and w not in r.frame_words
                    or i > 0 and ws[i - 1][1] == "v" and (not out or words(out[-1])[-1][1] == "v")):
                # 减税|降|费2亿元: a one-character verb joined to the verb before it is one compound; 建|区22年, 可|办|事项:
                # one before a noun or verb makes one word with it, and with a lone character before it (选|树先进典型)
                out.append(w)
                if i > 0 and len(ws[i - 1][0]) == 1 and ws[i - 1][1] in ("v", "zg"):
                    out.append(ws[i - 1][0])
                    i -= 1
            elif out and i > 0 and f == "v" and w in r.frame_words and w not in r.stop_verbs \
                    and (self._nominal(*ws[i - 1]) or ws[i - 1][1] == "v"):
                out.append(w)  # 饮水巩固提升工程: a verb of change between nouns names a programme, not the figure's change
            elif out and w == _AVERAGE and (i == 0 or self._nominal(*ws[i - 1])):
                out.append(w)  # 秋粮平均亩产: the average of the noun after it, of what the noun before it names
            elif (w == _LIST_SEP or f in ("c", "p") and w in r.joiners) and out and i > 0 and self._nominal(*ws[i - 1]) \
                    and not self._name(*ws[i - 1]):
                out.append(w)  # 名师、骨干教师180余名, 技术中心和研究中心80家: nouns listed together are counted together
            elif out and i > 0 and ((f == "m" and ws[i - 1][0] in r.amount_bounds and i > 1 and self._nominal(*ws[i - 2]))
                                    or (w in r.scale_marks and ws[i - 1][1] == "m")):
                out += [w, ws[i - 1][0]]  # 产值过亿元企业, 千亿级产业集聚区: an amount's bound or scale inside a class's name
                i -= 2
                continue
            elif out and f == "m" and i > 1 and _NUMBER_RE.fullmatch(ws[i - 1][0]) and ws[i - 2][0] in r.amount_bounds:
                out += [w, ws[i - 1][0], ws[i - 2][0]]  # 收入超1000亿元园区: the amount written in digits
                i -= 3
                continue
            elif out and f == "m" and any((w + "".join(reversed(out))).startswith(k) for k in r.pairs):
                out.append(w)  # 三次产业结构: a numeral opening a term of the parts it names (meaning.yml pairs)
            elif out and f == "m" and i > 0 and ws[i - 1][0] == "前" and _TOP_N_RE.fullmatch(w):
                out += [w, "前"]  # 前两种形态占比: the first so many of a kind, a part of the class named
                i -= 2
                break
            elif out and f == "m" and _MAGNITUDE_RE.fullmatch(w):
                out.append(w)  # 工业百亿企业, 千亿元级企业: a bare magnitude is the scale of the class named after it,
                if i > 0 and w.endswith("元") and _NUMBER_RE.fullmatch(ws[i - 1][0]):
                    out.append(ws[i - 1][0])  # with its number when it has one (500|万元投资建设项目),
                    i -= 1
                elif i > 0 and self._nominal(*ws[i - 1]) and not self._name(*ws[i - 1]):
                    out.append(ws[i - 1][0])  # and a noun before it opens the class's name
                    i -= 1
                i -= 1
                break
            elif w in r.class_bounds and out and i > 0:  # 省级以上平台, 10亿元以上项目: a class bound inside a phrase
                if i > 1 and ws[i - 1][0] in r.joiners and self._nominal(*ws[i - 2]):  # 省级及以上研发机构
                    out += [w, ws[i - 1][0]]
                    i -= 2
                    continue
                j = i - 1
                while j >= 0 and (ws[j][1] in ("m", "q") or _DIGIT_RE.fullmatch(ws[j][0][:1] or "x")):
                    j -= 1
                if j == i - 1 and not self._nominal(*ws[j]):
                    break
                out.extend(w for w, _ in reversed(ws[j + 1: i + 1]))
                i = j
                continue
            else:
                break
            i -= 1
        if i > 0 and ws[i][0] == "在" and "的" in out and any(w in r.class_bounds for w in out) and \
                self._nominal(*ws[i - 1]) and not self._name(*ws[i - 1]):
            out += [ws[i][0], ws[i - 1][0]]  # 投资总额在5亿元以上的项目: a class bounded by an attribute, whole
            i -= 2
        elif i >= 0 and ws[i][1] == "p" and "的" in out:  # 与经济运行质量密切相关的主体税种: a relative clause cut from
            k = out.index("的")                           # its preposition says nothing; what it modifies is the measure
            i, out = i + len(out) - k, out[:k]
        phrase = "".join(reversed(out))
        zone = self.rules.zone_end_re.match(phrase) if i >= 0 and self._name(*ws[i]) else None
        if zone:  # 广丰|经济开发区325.44亿元, 上饶|经济技术开发区主营业务收入: the zone words after a place's name are the
            phrase = phrase[zone.end():]  # rest of that name, not the measure
        head = "".join(w for w, _ in ws[: i + 1]) + (zone.group() if zone else "")
        for opener, closer in _PAIRS.items():  # a quoted name is whole: “三大改造”项目, not 大改造”项目
            if closer in phrase and opener not in phrase.split(closer)[0] and opener in head:
                cut = head.rindex(opener)
                head, phrase = head[:cut], head[cut:] + phrase
        phrase = self._whole_name(before, phrase)
        phrase = _ABBREVIATION_RE.sub("", _balanced(phrase.lstrip("的")))  # 地区生产总值(GDP): the name once
        phrase = _LEADING_ASIDE_RE.sub("", phrase)  # (经济观察)GDP: a column's tag before the phrase
        lead = r.keep_flow.search(head) if phrase else None
        if not lead and phrase and flow is not None:
            lead = _at_end(flow).search(head)
        if not lead and phrase:
            lead = r.short_heads.search(head)
            if lead and lead.group() + phrase not in r.verb_terms and lead.group() in r.attain_verbs and \
                    len(phrase) >= 2:  # not 投资|完成|量, a noun with the verb inside
                # 第一产业实现增加值, 零售业完成销售额, 金融业实现税收: the verb of attainment is the figure's, and
                # the noun before it says whose (第一产业增加值); 完成投资 is a term (meaning.yml verb_terms)
                line = head[head.rfind("\n", 0, lead.start()) + 1: lead.start()]  # (not a heading's words)
                whose = self._tail_phrase(line)
                if whose and unframed(line).endswith(whose) and not self._body(whose) and not _QUOTED_RE.fullmatch(whose):
                    # right before the verb, frame words aside (规上工业累计完成产值; not 项目年底前完成), and no body
                    phrase = whose + phrase  # (高新区实现生产总值, “一区五园”累计完成固定资产投资)
                lead = None
            elif len(phrase) > 2:
                lead = None
        if lead:
            phrase = lead.group() + phrase
            whose = self._tail_phrase(head[: lead.start()]) if lead.re is r.short_heads else ""
            if whose:  # 项目实际完成投资: the noun before the verb says whose
                phrase = head[head.rfind(whose, 0, lead.start()): lead.start()] + phrase
        ws = words(phrase)
        while len(ws) > 1 and ws[0][1] in ("t", "d", "q"):
            # 先后投入: an adverb of time opens no measure; nor does a count's measure word (3个|省重点项目), nor the
            # unit of the item listed before (204公顷|、绿道)
            phrase, ws = phrase[len(ws[0][0]):], ws[1:]
        if phrase.startswith(_LIST_SEP):
            phrase = phrase.lstrip(_LIST_SEP)
            ws = words(phrase)
        while len(ws) > 1 and ws[-1][1] in ("q", "t", "f") and len(phrase) - len(ws[-1][0]) >= 2:
            phrase, ws = phrase[: -len(ws[-1][0])], ws[:-1]  # a phrase ends in a noun, not a classifier (not 绿|道)
        at = before.rfind(phrase) if phrase[:1] in _PER_BASES else -1
        if at > 0 and before[at - 1] == "每":
            phrase = "每" + phrase  # 每|万人口发明专利拥有量: a figure per so many people keeps its 每
        if len(phrase) == 1 and ws and ws[0][1] in PROPER_FLAGS:
            return ""  # 上海张|江2.6万亿元: a name's last character, cut from it by the segmenter, measures nothing
        return "" if all(f in ("q", "t", "f", "m") for _, f in ws) else phrase

    def _amount_bound(self, ws: list, k: int) -> bool:
        """True when ws[k], a magnitude (亿元), is bounded right before it (超亿元, 超500亿元)."""
        return k > 0 and ws[k - 1][0] in self.rules.amount_bounds or \
            k > 1 and _NUMBER_RE.fullmatch(ws[k - 1][0]) is not None and ws[k - 2][0] in self.rules.amount_bounds

    def _whole_name(self, before: str, phrase: str) -> str:
        """``phrase`` from the start of a name of meaning.yml ``whole_names`` it begins inside (电子设备制造业增加值 in
        …计算机、通信和其他电子设备制造业增加值: 计算机、通信和其他电子设备制造业增加值), else as it is."""
        at = before.rfind(phrase) if phrase else -1
        if at < 0:
            return phrase
        for name in self.rules.whole_names:
            i = before.rfind(name, max(0, at - len(name)), at + len(name))
            if 0 <= i < at < i + len(name):
                return before[i: at] + phrase
        return phrase

    def head_phrase(self, after: str) -> str:
        """The noun phrase opening ``after`` (see :meth:`_head_phrase`)."""
        return self._head_phrase(after)

    def _head_phrase(self, after: str, scoped: bool = False) -> str:
        """The noun phrase opening ``after`` (the words right after a count's measure word). Quotes, a class bound
        (省级以上“专精特新”企业, with the amount that bounds it: 三十亿以上重大工业项目), 的 before a noun and a verb
        modifying the noun after it (省级创新龙头企业) stay inside while no noun has come (a possessive's noun, 专利的服务,
        and a verb after a noun, 项目到位资金, end it), and so do a 的 after a relative clause (处于国内领先水平的团队)
        and a one-character verb joined to the verb before it and to a noun after it (征|迁|资金). A time word or
        another verb ends it (10个城市上半年…), a time word right after the measure word opens none (剩余23个今冬完工),
        a locative ends none (四个副省级城市中), and verbs alone (有14个公布了…) are none. ``scoped``: a scope word may
        open it (after a share's 的: 80%的全国重点实验室)."""
        flow = self.rules.keep_flow_open.match(after)
        if flow:  # 117个|新签约项目中: a flow word opening it (新|签约, split by the segmenter) is part of what is counted
            rest = self._head_phrase(after[flow.end():], scoped)
            return flow.group() + rest if rest else ""
        out: list[str] = []
        after = _EDITION_YEAR_RE.sub("", after, count=1)  # 200家|2020年度|省专精特新中小企业: the list's edition
        ws = words(after[:24])
        bound = next((k for k, (_, f) in enumerate(ws) if f != "m"), 0)  # 三十|亿|以上重大工业项目: the amount of a bound
        bound = bound if bound < len(ws) and (ws[bound][0] in self.rules.class_bounds or
                                              ws[bound][0] in self.rules.scale_marks) else 0  # 千亿|级产业集聚区
        if len(ws) > 2 and ws[0][0] in self.rules.amount_bounds and ws[1][1] == "m":
            bound = 2  # 20个以上过亿项目: an amount's bound opening the class counted
        for k, (w, f) in enumerate(ws):
            nxt = ws[k + 1] if k + 1 < len(ws) else ("", "")
            since = max((j + 1 for j in range(k) if ws[j][0] == "的"), default=0)
            modifying = not any(g.startswith("n") or g in _HEAD_FLAGS for _, g in ws[since:k])  # 省级, 高层次, 处于…
            quoted = any(out.count(o) > out.count(c) for o, c in _PAIRS.items() if o in "“‘")  # 专精特新“小巨人|”企业:
            # a quoted name runs on to its end
            inside = bool(out) and (w in _ENCLOSING or w in self.rules.class_bounds or w in self.rules.scale_marks
                                    or quoted
                                    or (w == _LIST_SEP and len(out) == 1 and len(out[0]) == 1)  # 省、市重点项目
                                    or (w == "的" and self._nominal(*nxt) and (modifying or ws[0][1] == "v" or
                                                                               ws[k - 1][1] in ("a", "b")))
                                    # (国内一流|的: a standing before 的 describes the noun after it)
                                    or (f == "v" and modifying and nxt[1][:1] in ("n", "s") and self._nominal(w, f))
                                    # 省重点|在建|项目: a word of 在 (在建, 在孵) modifies the noun after it
                                    or (len(w) == 2 and w[0] == "在" and w[1] in self.rules.zai_word_heads
                                        and nxt[1][:1] == "n")
                                    # 世界500强企业: a rank class inside the name
                                    or (w.isdigit() and nxt[0] == "强") or (w == "强" and ws[k - 1][0].isdigit())
                                    or (f == "v" and len(w) == 1 and ws[k - 1][1] == "v" and nxt[1].startswith("n"))
                                    # 1070亩土地|征迁|任务: the work a plan names, its verb between the noun and the plan
                                    or (f == "v" and self._plan_after(ws[k + 1: k + 3]))
                                    # 数字化|改造|项目: a word of -化 and the verb after it modify the noun after them
                                    or (f == "v" and ws[k - 1][0].endswith("化") and len(ws[k - 1][0]) > 2
                                        and nxt[1][:1] == "n")
                                    # 产值|超|亿元|企业: an amount's bound inside the class counted
                                    or (w in self.rules.amount_bounds and nxt[1] == "m")
                                    or (f == "m" and ws[k - 1][0] in self.rules.amount_bounds)
                                    # 22个国家|和|地区, 127场投资贸易|和|文化交流活动: two nouns joined, one class counted
                                    or (w in self.rules.joiners and self._nominal(*ws[k - 1]) and self._nominal(*nxt) and
                                        not self._name(*nxt)))
            if w in _FIRST_PLACES:
                break  # 排在11个设区市|榜首: the place a rank names, no part of what is counted
            if inside or (not out and w in _PAIRS) or k < bound or (scoped and not out and w in self.rules.scope_words
                                                                     and self._nominal(*nxt)):
                out.append(w)  # (80%的全国|重点实验室: a scope word opening the name of the class a share is of)
            elif not out and f == "f":
                break  # 继2021年突破1万亿元后: a locative after the figure says when, and opens no noun phrase
            elif f == "t" or out and (f == "v" or f in ("a", "l") and any(g.startswith("n") for _, g in ws[:k])):
                break  # 企业经营状况良好, 产业集群初具规模: an adjective or an idiom after a noun is a predicate
            elif self._nominal(w, f) or (out == [] and f.startswith("v") and w not in self.rules.stop_verbs) or \
                    (out == [] and f == "vn" and nxt[1][:1] == "n"):  # 建设|用地: a verbal noun opening a compound
                out.append(w)
                if w.endswith(self.rules.zone_words) and nxt[0] != "的":
                    break  # 6个高新区现有企业数…: zones counted; what they have is the clause's next figure
            else:
                break
        while out and (not (self._nominal(*words(out[-1])[-1]) or out[-1] in _PAIRS.values())
                       or len(out) > 1 and words(out[-1])[-1][1] == "f"):  # 四个副省级城市中: a locative ends no noun
            out.pop()
        if all(f == "v" for x in out for _, f in words(x)):  # 有14个公布了…: a verb alone is the predicate, no noun
            return ""
        phrase = _balanced("".join(out))
        return phrase[: -len(_LIST_WORD)] if phrase.endswith(_LIST_WORD) and len(phrase) > 4 else phrase

    def _plan_after(self, ws) -> bool:
        """Whether the words open with a plan word (任务), or with a one-character verb and then one (征|迁|任务)."""
        if ws and len(ws[0][0]) == 1 and ws[0][1] == "v":
            ws = ws[1:]
        return bool(ws) and ws[0][0] in self.rules.plan_words

    def topic_measure(self, clause: str) -> str:
        """The measure a clause with no figure states a judgement of (工业投资持续高增长; its opening words, 其中, cut
        by the caller): the noun phrase opening it when a predicate (an adverb, adjective or verb) follows it; the
        figures of the clauses after it that name no measure of their own are of it (for the first figure of a
        sentence, see facts._sentence_topic). "" for a clause with a figure, one opened by a word that is no noun
        (再创历史新高; 创|历史, a verb jieba calls a noun), one whose noun is a place or body or names no measure
        (meaning.yml ``vague_topics``: 经济增长态势与全国基本一致), or one that is its noun alone."""
        clause = clause.strip()
        if not clause or re.search(r"\d", clause):
            return ""
        head = self._head_phrase(clause)
        rest = words(clause[len(head):]) if head and clause.startswith(head) else ()
        ws = words(head)
        if not rest or rest[0][1] not in _PREDICATE_TAGS or ws[0][1] == "v" or len(ws[0][0]) < 2 or \
                self._name(*ws[-1]) or ws[-1][0] in self.rules.body_words or head in self.rules.vague_topics or \
                self.rules.source_verb_re.fullmatch(rest[0][0]):  # (报告显示: a source, no topic of its figures)
            return ""
        named = 0
        while named < len(ws) - 1 and self._name(*ws[named]):
            named += 1  # 丰镇市|规模以上工业企业火力发电量最多: whose it is opens the phrase, no part of the measure
        return "".join(w for w, _ in ws[named:])

    def _nominal(self, w: str, f: str) -> bool:
        r = self.rules
        if w in r.stop_verbs or w in r.frame_words and w not in _CURRENCIES or f == "m" or \
                (_DIGIT_RE.search(w) and not _TECH_RE.fullmatch(w)):
            return False
        return f in r.nominal_flags or f.startswith("n") or (f.startswith("v") and len(w) >= 2
                                                             and w not in r.stop_verbs)

    def unnamed(self, phrase: str, subject: str) -> str:
        """``phrase`` without the place or zone written at its head when that is the figure's ``subject`` (高新区生产
        总值, 国家级经开区地区生产总值: whose figure it is, not what is measured), and what follows the name is a noun
        phrase of its own; ``phrase`` itself otherwise (工业园区产业集中度 of a county: concentration in its parks)."""
        r = self.rules
        ws = words(phrase)
        k = 0
        while k < len(ws) - 1 and ws[k][1] == "b":  # 国家级, 省级: the level of a zone named after it
            k += 1
        if k >= len(ws) - 1:
            return phrase
        w, f = ws[k]
        if subject and len(subject) > len(w) and phrase.startswith(subject):  # 萧山|高新区规上工业增加值: the name whole
            rest = phrase[len(subject):]
        elif not subject or not (w.endswith(r.zone_words) or w in self.places or w in gazetteer() or
                                 r.facility_re.fullmatch(w) or subject == self.default_subject) or \
                not (subject.endswith(w) or w.endswith(subject)):  # (重庆钢铁: 钢铁营业收入, the firm's own)
            return phrase
        else:
            rest = "".join(x for x, _ in ws[k + 1:])
        rest = rest[1:] if rest.startswith("的") else rest
        first = words(rest)[0] if rest else ("", "")
        if len(rest) < 2 or rest.startswith(("占", "和", "、", "等", "及")) or not self._nominal(*first) or \
                self.names_in(rest[: len(first[0])]):
            return phrase
        return rest

    def unselfed(self, phrase: str) -> str:
        """``phrase`` without the report's own place written at its head (我省GDP增速, 全市企业: whose, not what),
        when a noun phrase is left."""
        ws = words(phrase)
        rest = phrase[len(ws[0][0]):] if len(ws) > 1 and ws[0][0] in self.rules.self_reference else ""
        return rest if len(rest) >= 2 and self._nominal(*words(rest)[0]) else phrase

    def listed_names(self, phrase: str, n: int) -> list[str]:
        """:meth:`names_in`, or, when those are not ``n``, the ``n`` items ``phrase`` lists when every one ends with a
        kind of zone (杭州紫金港数字信息高新区、萧山高新区、余杭生物医药高新区分列…: zones the segmenter cannot name)."""
        items = self.list_items(phrase)
        if len(items) == n and all(x.endswith(self.rules.zone_words) for x in items):
            return items  # (余杭生物医药高新区: a place's zone named with more words than the place)
        names, at = [], 0
        zones = sorted(self.rules.zone_words, key=len, reverse=True)
        found = self.names_in(phrase)
        if len(found) > n:  # 南昌、新余、赣州、景德镇、鹰潭5家国家高新区: the places listed, not the class of zones they are
            found = [x for x in found if x not in self.rules.zone_classes]
        for name in found:  # 襄阳高新区、宜昌高新区营业收入: each place with the kind of zone after it
            at = phrase.find(name, at) + len(name)
            zone = next((z for z in zones if phrase.startswith(z, at)), "")
            names.append(name + zone)
            at += len(zone)
        if len(names) == n:
            return names
        heads = []  # 佛山高新区、东莞松山湖高新区营业收入: zones the segmenter splits (东莞|松山湖), each to its kind
        for x in items:
            ends = [x.find(z) + len(z) for z in zones if z in x]
            if ends and self._name(*words(x)[0]):
                heads.append(x[: min(ends)])
        if len(heads) == n == len(items):
            return heads
        return names

    def split_names(self, phrase: str, n: int) -> list[str]:
        """The ``n`` places ``phrase`` lists when the segmenter splits their names (观海卫、周巷、龙山新设小微企业数:
        观海|卫, 周|巷): short items each opening with a place's or a person's name, all but one a place's; the
        items before the last are whole names, the last one's name opens it. [] otherwise."""
        items = self.list_items(phrase)
        firsts = [words(x)[0] for x in items]
        if len(items) == n and all(f in ("ns", "nr") for _, f in firsts) and \
                sum(f == "ns" and self._name(w, f) for w, f in firsts) >= n - 1 and \
                all(len(x) <= 4 for x in items[:-1]):
            # (城镇、农村居民人均可支配收入: 城镇 is tagged a place, but names none)
            return items[:-1] + [firsts[-1][0]]
        return []

    def list_items(self, phrase: str, n: int = 0) -> list[str]:
        """The items ``phrase`` lists, split at 、 and the joiners (和, 及 …); with ``n``, when they are more than
        ``n`` and the items end with one class word (类, 业), the pieces of an item joined up to it (粮油食品类、
        日用品类和服装、鞋帽、针纺织品类: three items)."""
        pieces = [x.strip() for x in re.split(f"{self.rules.joiner_re.pattern}|{_LIST_SEP}", phrase) if x.strip()]
        mark = pieces[-1][-1:] if pieces else ""
        if n and len(pieces) > n and mark in CLASS_MARKS and sum(p.endswith(mark) for p in pieces) == n:
            items, run = [], []
            for p in pieces:
                run.append(p)
                if p.endswith(mark):
                    items.append(_LIST_SEP.join(run))
                    run = []
            return items
        return pieces

    def names_in(self, phrase: str) -> list[str]:
        """The names ``phrase`` holds, in order (杭州和武汉 listed before 分列第四和第五位: subjects, not measures)."""
        return [w for w, f in words(phrase) if self._name(w, f)]

    def _name(self, w: str, f: str) -> bool:
        """True for a word that names a place or body (the subject, never part of a measure)."""
        r = self.rules
        if len(w) < 2 or w in r.not_name or _DIGIT_RE.search(w) or w in ambiguous_places() or w[0] in r.each_words:
            return False  # (各县区, 每县: each of a kind, no name)
        if f != "ns" and w not in self.places and w not in _names() and (_generic_zone(w) or _done_area(w)):
            return False
        return f == "ns" or (f == "nz" and w in _names()) or w in self.places or bool(r.name_suffix.search(w))

    # -------------------------------------------------------------------------------------------- subject
    def _modified(self, before: tuple, w: str, f: str) -> str:
        """A name known only by its suffix (经开区, 技术开发区) with the level or kind written right before it
        (国家级经开区, 国家级经济技术开发区: jieba's b, and a noun after one): the class of zones named, whole."""
        if f == "ns" or w in self.places:
            return w
        k = len(before)
        while k > 0 and len(before) - k < 2 and before[k - 1][1] in ("b", "n") and \
                not self._name(*before[k - 1]) and before[k - 1][0] not in self.rules.not_name:
            k -= 1
        mods = before[k:]
        return "".join(x for x, _ in mods) + w if mods and mods[0][1] == "b" else w

    def _learned_places(self) -> frozenset[str]:
        """Short names the text itself shows to be places, whatever the segmenter's tag (宁德 is tagged a person's
        name): a word written before 全市, 市委, 市 … (宁德全市, 福鼎市委), the stem of a name ending 市, 省, 县
        (霞浦县 → 霞浦), or of one whose institutions follow it (洞头区人民政府 → 洞头)."""
        out = set()
        pos = 0
        for para in self.text.split("\n"):
            ws = words(para) if para.strip() else ()
            at, prev = pos, "x"
            for (w, f), (nxt, _) in zip(ws, ws[1:] + (("", ""),)):
                if len(w) >= 2 and not _NUMERAL_RE.search(w) and f in ("nr", "nrt", "ns") and w not in self.rules.not_name \
                        and self.rules.place_follower.match(nxt):
                    out.add(w)
                if len(w) >= 3 and f in ("ns", "nr", "nrt") and w[-1] in "市省县":
                    out.add(w[:-1])  # (德钦县, tagged a person's name: its stem 德钦 too)
                if len(w) >= 2 and f.startswith("n") and prev in ("x", "ns") and nxt in ("区", "县", "旗") and \
                        w not in self.rules.not_name and (nxt == "县" or
                                                          self.rules.institution_after.match(self.text, at + len(w) + 1)):
                    out.add(w)  # (温州市)洞头|区|人民政府, 资源|县: nouns to the segmenter, after a place or a stop (a
                    # 区 or 旗 with its institutions after it: a noun before 区 is mostly a kind of area, 园区; 政府|旗长)
                at, prev = at + len(w), f
            pos += len(para) + 1
        return frozenset(out)

    def most_named_place(self, level: str = "") -> str:
        """The place the text names most often (ties: the first named), the subject of a report whose sources give
        none and whose headline names none; "" if it names no place. ``level`` (省, 市 …): only places of it (of
        区, the zones it names by place and kind too: 洛阳高新区). A place is counted by its stem (涪城区 and 涪城全区
        are one place) and named in its most written form; a place written right before another (绵阳市涪城区) only
        qualifies it; one right after 在, 赴 … is where something happened (在县城东关剧院), unless the report's own
        institutions follow it (在正镶白旗第十五届人民代表大会); one of a list's examples (奥|瑞金、平安电工等重点企业: a
        firm the segmenter splits) is none, nor is one a comparison is made with (与比拼对象保康县比，), nor a class of
        places (全国36个大中城市: meaning.yml ``place_classes``)."""
        counts, forms, first = Counter(), Counter(), {}
        text = _DATELINE_LINE_RE.sub(lambda d: " " * len(d.group()), self.text)  # same offsets, no datelines
        # nor titles of documents (《中华人民共和国国民经济和社会发展第十四个五年规划…纲要》: a document's name)
        text = _TITLE_RE.sub(lambda d: " " * len(d.group()), text)
        pos = 0
        for para in text.split("\n"):
            at = pos
            ws = words(para) if para.strip() else ()
            for (w, f), (nxt, nf) in zip(ws, ws[1:] + (("", ""),)):
                if self._name(w, f) and self._place(w) and w not in self.rules.zone_classes and \
                        w not in self.rules.place_classes and (not level or place_level(w) == level) and \
                        not (self._name(nxt, nf) and self._place(nxt)) and \
                        not self.rules.example_after.match(self.text, at + len(w)) and \
                        not _COMPARED_AFTER_RE.match(self.text, at + len(w)) and \
                        (self.rules.institution_after.match(self.text, at + len(w)) or
                         not (self._locative(max(pos, at - 5), at) or
                              self.rules.object_before.search(self.text, max(pos, at - 4), at))):
                    stem = _place_stem(w)
                    counts[stem] += 1
                    forms[w] += 1
                    first.setdefault(stem, len(first))
                at += len(w)
            pos += len(para) + 1
        for at, _, zone in self._zones if level == "区" else ():
            if self.rules.object_before.search(self.text, max(0, at - 4), at):
                continue  # 我区(包括铜仁高新区): a zone taken in, not the place reported on
            counts[_place_stem(zone)] += 1
            forms[zone] += 1
            first.setdefault(_place_stem(zone), len(first))
        if not counts:
            return ""
        stem = min(counts, key=lambda w: (-counts[w], first[w]))
        return max((w for w in forms if _place_stem(w) == stem), key=lambda w: (forms[w], len(w)))

    def _own_place(self) -> str:
        """The subject of a report whose sources and headline give none: the place it names most, unless it calls
        itself by a higher level than that place's (我省, 本市; else the lowest of 全省, 全市 … it opens clauses
        with, not as a rank's scope), or the place has no level of China's (非洲, a trade partner; not a zone's
        place, 辽东湾新区): then the place of its own level it names most (a province's review naming a city's
        zones most: the province), else its own-place word as written (全市: a city's report naming only its
        counties). A government work report names its place first, in its subtitle (在长沙县第十八届人民代表大会…)."""
        congress = _CONGRESS_RE.search(self.text, 0, CONGRESS_WITHIN)
        if congress:  # ——2023年2月2日在长沙县第十八届人民代表大会第三次会议上: a work report names its own place
            return congress.group(1)
        named, own = self.most_named_place(), self.self_reference(first_person=True) or self._opening_self()
        zone = self._most_named_zone()
        if zone and self.text.count(zone) > max(self.text.count(named) if named else 0,
                                                  self.text.count(own) if own else 0):
            return zone  # 慈湖高新区深入实施…(three times; 全省首笔…, 马鞍山 once): a zone's own report

        def aside(name: str) -> bool:  # a zone named once by a report calling itself 我区 more often (碧江高新区签约
            return bool(name.endswith(self.rules.zone_words) and own[:1] in ("我", "本") and  # 项目41个: one of its
                        self.text.count(name) == 1 and self.text.count(own) >= 2)  # parts, after 我区完成…)

        named = "" if aside(named) else named

        if not named and (not own or own.endswith("区")):  # 高新区经发局召开…传达贯彻全区经济工作…: a zone's own report
            bare = self._bare_zone()
            if bare:
                return bare
        level = place_level(named) or (own[-1] if own and named and named + own[-1] in self.text else "")  # 洞头区
        zone = any(named and named in z for _, _, z in self._zones)  # 辽东湾 of 辽东湾新区: a zone's place
        below = own[:1] in ("我", "本") and level and _LEVELS.find(own[-1]) < _LEVELS.find(level)
        if own and (not level and not zone or level and _LEVELS.find(own[-1]) > _LEVELS.find(level) or below):
            # (a district's report, 我区, naming its city most, 铜仁高新区 and 铜仁: the district it calls its own)
            # the places it names most are items of its own (a province's review naming a city's zones most; a
            # city's naming its counties): the place of its own level it names, else its word as written
            same_level = self.most_named_place(own[-1])
            return ("" if aside(same_level) else same_level) or self.self_reference(level=own[-1])
        return named or self.self_reference() or self._national()

    def _most_named_zone(self) -> str:
        """The zone the text names by its name most often, at least twice and more than any other zone (not one
        taken in: 我区(包括铜仁高新区)), or ""."""
        counts = Counter(zone for at, _, zone in self._zones
                         if not self.rules.object_before.search(self.text, max(0, at - 4), at)).most_common(2)
        if not counts or counts[0][1] < 2 or len(counts) > 1 and counts[1][1] == counts[0][1]:
            return ""
        return counts[0][0]

    def _national(self) -> str:
        """全国 when a report naming no place opens its clauses with it at least twice (10月份，全国规模以上工业增加值
        同比增长6.9%: national statistics), else ""."""
        opened = [hit for hit in self._opening_re((_NATIONAL,)).finditer(self.text) if not self._ranks_after(hit.end())]
        return _NATIONAL if len(opened) >= 2 else ""

    def _bare_zone(self) -> str:
        """The kind of zone the text names most without a place before it (高新区, written at least twice), the
        subject of a zone's own report that names no place; "" if none."""
        named = {s for s, _, _ in self._zones}
        counts = Counter(m.group() for m in self.rules.zone_kind_re.finditer(self.text)
                         if not any(s <= m.start() < s + 12 for s in named))
        best = max(counts, key=lambda w: (counts[w], len(w)), default="")
        return best if counts.get(best, 0) >= 2 else ""

    def _opening_self(self) -> str:
        """The own-place word (全省, 全市) the text most often opens a clause with (全省开发区新认定…; not a scope:
        居全省首位, 占全市的), "" if none: the level of place the report is about."""
        opening = Counter(hit.group(1) for hit in self._opening_re(self.rules.self_reference).finditer(self.text)
                          if not self._ranks_after(hit.end()))  # …，全省第7位: a rank's scope
        usual = [w for w in opening if opening[w] > 1] or list(opening)
        # the lowest level written so (a city's report compares with 全省 too: …，全省第四)
        return min(usual, key=lambda w: (_LEVELS.find(w[-1]), -opening[w])) if usual else ""

    @staticmethod
    def _opening_re(names) -> re.Pattern:
        """Any of ``names`` opening a clause (全省开发区…, 10月份，全国规模以上…), the name as group 1."""
        return re.compile(f"(?:^|[，。；：,;:])({'|'.join(map(re.escape, names))})", re.M)

    def self_reference(self, first_person: bool = False, level: str = "") -> str:
        """The word the text most often names its own place by (全县, 我市; meaning.yml ``self_reference``), "" if
        none: the subject of a report that never names its place. ``first_person``: only 我市, 本省 … (the writer's
        own place; 全省 is also a scope, 居全省首位)."""
        counts = {w: self.text.count(w) for w in self.rules.self_reference
                  if (not first_person or w[0] in "我本") and w.endswith(level)}
        best = max(counts, key=lambda w: (counts[w], -self.rules.self_reference.index(w)))
        return best if counts[best] else ""

    def _locative(self, a: int, pos: int) -> bool:
        """True when a name at ``pos`` is inside a place phrase after 在/于 with one noun between (在县城东关剧院:
        where something happened, not whom a figure is about)."""
        hit = _LOCATIVE_RE.search(self.text, a, pos)
        ws = words(hit.group(1)) if hit else ()
        return len(ws) == 1 and ws[0][1].startswith("n")

    def _named(self, phrase: str) -> bool:
        """True for a phrase that is a name or a zone's (高新区, 洛阳高新区): whose figure it is, never what."""
        ws = words(phrase)
        return len(ws) == 1 and (self._name(*ws[0]) or phrase.endswith(self.rules.zone_words))

    def ranked_name(self, phrase: str) -> bool:
        """True for a measure phrase of a rank that is only who is ranked: a name, a zone or a class of zones or
        places (高新区, 县市区, 奇瑞汽车), no measure of its own."""
        ws = words(phrase)
        return self._named(phrase) or phrase.endswith(self.rules.zone_words) or \
            all(self._name(w, f) or w in self.rules.zone_classes or w in self.rules.not_name for w, f in ws)

    def _body(self, phrase: str) -> bool:
        """True for a phrase naming a place or body, the subject of a figure (高新区, 我省开发区, 焦作市), no measure."""
        r = self.rules
        return any(self._name(w, f) or w in r.not_name or w in r.self_reference or w.endswith(r.zone_words)
                   for w, f in words(phrase))

    def _place(self, name: str) -> bool:
        """True for a name of a place (jieba's ns, or a place suffix: …市, …省, …区)."""
        return words(name)[-1][1] == "ns" or name in self.places or bool(self.rules.place_suffix.search(name))

    def subject(self, start: int, clause_start: int, sentence_start: int, catalog_written: str = "") -> str:
        """The name the figure at ``start`` is about: the catalog's written name when it found one, else the last
        name of its clause before it that is not an object (比, 占, 在 ...), else a zone opening an earlier clause
        of its sentence, else a name opening its sentence, else a known place opening an earlier clause (山东省商务厅
        通报了…，青岛高新区在…中排名第5位，较上年度第11位上升6个位次: 青岛高新区's), else the report's subject. A
        figure in brackets right after a name (低于武汉(8.1%)、无锡(7.1%)) is that name's."""
        sentence_start = self._datelines.get(sentence_start, sentence_start)
        source = _SOURCE_LEAD_RE.match(self.text, sentence_start)
        if source and source.end() <= clause_start:  # 根据国家统计局，2023年末全国人口…: the sentence after its source
            sentence_start = source.end()
        clause_start = max(clause_start, sentence_start)
        closing = _RELATIVE_NAME_RE.match(self.text, start) if clause_start == sentence_start else None
        if closing and len(words(closing.group(1))) == 1 and self._name(*words(closing.group(1))[0]) and \
                not self.names_in(self.text[clause_start: start]):
            return closing.group(1)  # 去年经济总量首次突破1200亿元的鹰潭，: the place a sentence's opening clause describes
        bracketed = self.bracketed_owner(start)
        if bracketed:
            return bracketed
        if _OF_COMPARED_RE.match(self.text, start):  # 高于全国GDP5.5%的增长目标, 远低于东莞超3000亿元的经济体量:
            # the compared place's own figure, an attribute of what is compared (超 here is the figure's bound)
            compared = self._compared_place(words(self.text[clause_start: start].rstrip("超过近约逾")))
            if compared:
                return compared
        # an item of a list after its opener opens a sentence of its own (分别是：青岛经济技术开发区，位列第18位；…)
        opener = None
        for opener in LIST_OPENER_RE.finditer(self.text, sentence_start, clause_start):
            pass
        if opener is not None and opener.end() < clause_start:
            sentence_start = opener.end()
        opening = self._last_name(self._after_scope(sentence_start, clause_start), clause_start, first=True) \
            if clause_start > sentence_start else ""
        if not self._at_opening(sentence_start, opening) or self._counted_class(opening, sentence_start) or \
                self._source(opening, sentence_start):
            opening = ""
        opening = self._own_name(opening, sentence_start, clause_start) or opening  # 重庆|钢铁实现…: the firm
        opened = self._zone_in(sentence_start, clause_start) if opening else None
        if opened and opening in opened[2] and self.text.find(opening, sentence_start) >= opened[0]:
            opening = opened[2]  # 青岛经济技术开发区，位列第18位: the zone the sentence opens with, whole
        item = self.text.rfind(_LIST_SEP, clause_start, start)  # 江油市56个、安县24个: a listed item's own name
        if item >= 0 and not _DIGIT_RE.search(self.text, clause_start, item) and \
                not _CN_ORDINAL_RE.search(self.text, clause_start, item):  # (宝鸡位列第四、渭南位列第五)
            item = -1  # (对欧盟、美国、我国香港地区分别进出口: names listed with no figure of their own)
        own = (self._last_name(item + 1, start, first=False) if item >= 0 else "") or \
            self._last_name(clause_start, start, first=False)
        own = self._facility(own, clause_start, start) or self._own_name(own, clause_start, start) or own
        # (虹口景区接待游客: the facility the place names; 重庆|钢铁实现…: the report's firm its place begins)
        members = _MEMBERS_RE.search(self.text[clause_start: start]) if _COUNT_AT_RE.match(self.text, start) else None
        items = members.group().split("、") if members else []
        listed = members.group() if sum(bool(self.names_in(x)) for x in items) >= max(1, len(items) - 1) else ""
        # 南宁、桂林、柳州、北海4个国家高新区: names listed before the count (not 夷陵区集中签约、开工、竣工项目46个)
        if own and own in listed:                    # of them are what is counted, whose count it is not
            own = ""
        at = start - (self.text[start - 1: start] == "第")
        if _RANK_SCOPE_RE.fullmatch(own) and self.text.endswith(own, 0, at) and self._ranks_after(at):
            own = ""  # 居全国第10位、西部地区第5位: the scope the figure is ranked in (not 南京第4: whose rank)
        if own in self.rules.scope_words and self.text.endswith(own, 0, start) and _SHARE_OF_RE.match(self.text, start):
            own = ""  # 贡献了全市20%的GDP: the whole the share is of, not whose share it is
        verbs = list(self.rules.rank_verb_in.finditer(self.text, clause_start, start)) if own else []
        if verbs and self.text.rfind(own, clause_start, start) >= verbs[-1].end() and \
                any(c in self.rules.ordinal_starts for c in self.text[max(0, start - 1): start + 1]):
            own = ""  # 居全国粮食主产省第一位, 位列省内同类入围园区(经开区)第6位: the group ranked in, written after the verb
        own = own or self._first_person(clause_start, start) or self._opening_zone(clause_start, sentence_start)
        zone = self._zone_in(max(clause_start, item + 1), start)
        if zone and self.rules.example_after.match(self.text, zone[1]):
            zone = None  # 东侨经济技术开发区、…等3家: an example of the zones counted, not whose count it is
        if zone and (not own or own in zone[2] or self.text.rfind(own, clause_start, start) < zone[0]):
            own = zone[2]  # 碧江高新区签约项目41个: a zone's name the segmenter splits (碧|江|高新区)
        if self._counted_class(own, clause_start) or \
                (own in self.rules.zone_classes and self.rules.ranked_re.search(self.text, clause_start, start)):
            own = ""  # 其中国家高新区9家: the class counted, not whose count it is; a class has no rank of its own
        level = self._self_opened(sentence_start)
        if level and place_level(self.topic) != level or \
                (_BULLET_RE.match(self.text, self._topic_at) and "\n" in self.text[self._topic_at: sentence_start]) or \
                (self.text[self._topic_at - 1: self._topic_at] in _ITEM_ENDS and
                 FULL_STOP_RE.search(self.text, self._topic_at, sentence_start)) or \
                self._heading_between(self._topic_at, sentence_start) or \
                (load_rules().list_item.match(self.text, sentence_start) and self._topic_at < sentence_start) or \
                ("\n" in self.text[self._topic_at: sentence_start] and self._topic_at > 0 and
                 (self.text[self._topic_at - 1] != "\n" or in_table_row(self.text, self._topic_at))):
            self.topic = ""  # 全省开发区… after 上饶经开区…: the report's own place again (全市 after 厦门… stays 厦门);
            # a bullet is about its own place only (●广州经济总量突破3万亿元; then ●地方一般公共预算收入…), and so is
            # an item of a list (…；翔安区887.14亿元，增长6.0%。 then 去年城镇居民人均可支配收入…: the report's place);
            # a section under a heading of its own is about the report's place again (中欧班列…增长。 then a heading,
            # 对韩国、东盟…进出口大幅增长, and 对韩国进出口216.3亿元), and so is the paragraph after one a place opened
            # a sentence of only mid-paragraph (…青岛进出口4100.6亿元…。 then 对主要贸易伙伴进出口…: the province's);
            # an item of a list opening a sentence (extraction_rules.yml list_item: 一是…。南港区域在谈项目…。二是工业生产…)
            # is about the report's place again, and so is the paragraph after a table's rows (…十堰2012.72亿元 then
            # 全省17个市州中，有10个…)
        named = self.default_subject and self.default_subject not in self.rules.self_reference
        name = own or opening
        at = self.text.find(name, sentence_start) + len(name) if name else -1
        if self._opens(sentence_start, name) and not self.text.startswith(_LIST_SEP, at):
            # (郑州、洛阳、新乡三市集聚了497家企业: places listed together open no topic of one of them)
            self.topic, self._topic_at = name, sentence_start
        elif level and not named and self._self_word(sentence_start) != self.default_subject:
            # 全县实现进出口总额…。其中，进口… in a report calling itself 全区 most: the place the sentences after it
            # are about
            self.topic, self._topic_at = self._self_word(sentence_start), sentence_start
        segment = max([sentence_start] + [self.text.rfind(c, sentence_start, clause_start) + 1 for c in "；;"])
        stop = CLAUSE_RE.search(self.text, start)
        if own and self.text.find(own, segment, start) >= 0 and not CLAUSE_RE.search(self.text, segment, clause_start) \
                and not _in_aside_at(self.text, segment, start) \
                and not self.rules.lead_clause_re.search(self.text, clause_start, stop.start() if stop else len(self.text)):
            self._segment = (segment, own)  # 航空经开区累计完成产值9.18亿元，同比下降35.5%；…: the name a statement
        if self.doer:  # 其中，县属企业完成1094.2万吨，同比下降17.1%: the body its measure named as who did it
            self._segment = (segment, self.doer)
            return self.doer
        named_before = self._segment[1] if self._segment[0] == segment and clause_start > segment else ""  # opens with
        # (not a name inside an aside: 420亿元(兰州高新区292亿元、白银高新区128亿元)，比2019年增长5.86%)
        if catalog_written and catalog_written not in listed:
            return self._own_name(catalog_written, sentence_start, start) or catalog_written
        framed = _NATIONAL if _NATIONAL_FRAME_RE.match(self.text, full_sentence_start(self.text, sentence_start)) \
            else ""
        national = _NATIONAL if _NATIONAL in (self._opening_word(clause_start), self._opening_word(sentence_start),
                                              self._clause_opener(sentence_start, clause_start)) \
            and not self.rules.ranked_re.search(self.text, sentence_start, start) and \
            not _NATIONAL_CLASS_RE.search(self.text, sentence_start, start) or \
            self._national_measure(sentence_start, start) or self.text.startswith(_BREAKDOWN, sentence_start) and \
            self._national_measure(full_sentence_start(self.text, sentence_start), sentence_start) else ""
        # (…全国国内生产总值593034亿元，同比增长5.5%；其中二季度增长6.3%: a breakdown of the country's figure)
        # 目前，全国共有15个副省级城市: the country's figure, whatever the report is about (全国排名…: a rank's scope)
        if national and not own and self._opening_word(sentence_start) == _NATIONAL and \
                "的" not in CLAUSE_RE.split(self.text[self.text.find(_NATIONAL, sentence_start):], 1)[0]:
            self.topic, self._topic_at = _NATIONAL, sentence_start  # 2023年末全国人口…。全年出生人口902万人: the
            # country's sentences go on with it, as a place opening a sentence does (not 全国…前十强的稀土企业: a scope)
        opener = self._clause_opener(sentence_start, clause_start)
        if self._source(opener, sentence_start):
            opener = ""  # (青岛海关和济南海关联合举行新闻发布会: the figures' source)
        zone = opener if any(opener == name for _, _, name in self._zones) else ""
        opener = opener if opener in gazetteer() or opener in self.places else ""  # (not 城镇, tagged a place)
        chained = self._chained(sentence_start, clause_start) if not (own or national or named_before) else ""
        wider = self._self_written(clause_start, sentence_start) if named and \
            (level, place_level(self.default_subject)) in _WIDER_SELF else ""  # 全省一季度地区生产总值… in 徐州's report
        return own or national or named_before or chained or zone or opening or opener or framed or wider or \
            self.topic or (not named and self._self_written(clause_start, sentence_start)) or self.default_subject

    def _national_measure(self, a: int, b: int) -> bool:
        """Whether text[a:b] names the country's own measure as its topic (上半年国内生产总值593034亿元: GDP written as
        国内生产总值 is the nation's; not 占(我国)国内生产总值的比重, the whole a share is of)."""
        at = self.text.find(_NATIONAL_MEASURE, a, b)
        own = next((w for w in self.rules.self_reference if self.text.endswith(w, a, at)), "") if at >= 0 else ""
        return at >= 0 and not self._object(a, at, own)

    def _chained(self, sentence_start: int, clause_start: int) -> str:
        """The place opening the nearest clause of the sentence before ``clause_start`` (not its first: that is its
        opening), or "": a clause naming no one goes on with it (上半年山东省地区生产总值增长5.6%，济南增速居全省16市
        第3位，经济总量占全省的比重约为11.8%: 济南's share)."""
        starts = [m.end() for m in CLAUSE_RE.finditer(self.text, sentence_start, clause_start - 1)]
        for a, b in zip(reversed(starts), reversed(starts[1:] + [clause_start])):
            name = self._last_name(a, b, first=True)
            if not name or not self.text.startswith(name, a) or not self._place(name) or self._source(name, a):
                continue
            zone = self._zone_in(a, b)  # 青岛|高新区: the zone whole; 经开区 in 天津经开区's report: the report's own
            if zone and zone[0] == a and name in zone[2]:
                return zone[2]
            return self.default_subject if name in self.rules.zone_words and name in self.default_subject else name
        return ""

    def _first_person(self, a: int, b: int) -> str:
        """The report's own place when text[a:b] calls it so in the first person (去年我省GDP增速…排第一, 本市…; not
        an object: 比我省): its subject when of that level (or of none), else the word as written; "" if none."""
        for w in sorted((w for w in self.rules.self_reference if w[0] in "我本"), key=len, reverse=True):
            at = self.text.rfind(w, a, b)
            if at < 0 or self.rules.object_before.search(self.text, max(a, at - 4), at):
                continue
            own = self.default_subject
            return own if own and own not in self.rules.self_reference and \
                place_level(own) in ("", w[-1]) else w
        return ""

    def _opening_zone(self, clause_start: int, sentence_start: int) -> str:
        """A kind of zone written bare (no place before it) opening the clause or the sentence (2022年，自贸区实现规上
        工业总产值764亿元): the report's own zone when its name holds it (经开区 in 西安经开区's report), else that
        zone as written (a zone of another kind inside the report's place: 自贸区, 综保区); "" if none."""
        for at in (clause_start, sentence_start):
            scoped = _scoped_zone_re().match(self.text, self._after_period(at))
            if scoped and (not self._place(self.default_subject) or _scoped_zone_re().fullmatch(self.default_subject)):
                return scoped.group()  # 一季度全市工业园区入园企业达3636户 in news of 全市园区: the place's zones of a
                # kind, as a body (in a report about 上饶市, the place's figures)
            word = self._opening_word(at)
            pos = self.text.find(word, at) + len(word) if word in self.rules.zone_words else -1
            after = words(self.text[pos: pos + 6]) if pos >= 0 else ()
            if after and after[0][1] == "v":  # the zone does something (自贸区实现…; not 园区生产总值, 综保区进出口)
                own = self.default_subject
                return own if word in own else word  # (示范区 in 示范区（高新区）'s report: the report's own)
        return ""

    def _facility(self, name: str, a: int, b: int) -> str:
        """The facility or firm ``name`` is written at the head of in text[a:b] (灌县古城|景区, 台湾|电子科技园: meaning.yml
        ``facility_words``), or ""."""
        at = self.text.rfind(name, a, b) if name else -1
        hit = self.rules.facility_re.match(self.text, at + len(name), b) if at >= 0 else None
        return name + hit.group() if hit else ""

    def _own_name(self, name: str, a: int, b: int) -> str:
        """The report's own subject when ``name``, written in text[a:b], is the start of it as written there (重庆 of
        重庆钢铁: a firm named after its city), or ""."""
        own = self.default_subject
        at = self.text.rfind(name, a, b) if name and own and own != name and own.startswith(name) else -1
        return own if at >= 0 and self.text.startswith(own, at) and at + len(own) <= b else ""

    def is_facility(self, name: str) -> bool:
        """True for a name ending in a facility or firm word (灌县古城景区, 台湾电子科技园)."""
        return any(hit.end() == len(name) for hit in self.rules.facility_re.finditer(name))

    def bracketed_owner(self, start: int) -> str:
        """The place whose own figure the one at ``start`` is, written in brackets right after its name (低于武汉(8.1%),
        高于全国(5.4%)、全省(5.2%), 全国平均水平（6.7%）, 高于全省平均增速(16.8%)), or ""."""
        if self.text[start - 1: start] not in ("(", "（"):
            return ""
        ws = words(self.text[max(0, start - 13): start - 1])
        if len(ws) > 1 and ws[-1][0] in self.rules.compared_levels:
            ws = ws[:-1]  # 全国平均水平（6.7%）: the place's average
        if ws and (self._name(*ws[-1]) or ws[-1][0] in (_NATIONAL, *self.rules.self_reference)):
            return ws[-1][0]
        return self._compared_place(ws)

    def _compared_place(self, ws: tuple) -> str:
        """The place opening what a comparison names (高于|全省|平均|增速 (16.8%): 全省), whose figure is the one in
        brackets after it; "" when the words hold no comparison or it opens with no place."""
        at = max((i for i, (w, _) in enumerate(ws) if w in self.rules.comparators), default=-1)
        if at < 0 or at + 1 >= len(ws):
            return ""
        w, f = ws[at + 1]
        return w if w in (_NATIONAL, *self.rules.self_reference) or self._name(w, f) else ""

    def _source(self, name: str, a: int) -> bool:
        """True for a name written, from ``a`` on, right before a verb of reporting (科技部通报了…排名, 统计局发布) or
        an officer speaking for it: the figures' source, not their subject (meaning.yml ``source_verbs``)."""
        at = self.text.find(name, a) if name else -1
        return at >= 0 and (self.rules.source_verb_re.match(self.text, at + len(name)) is not None or
                            not self._place(name) and SPOKESMAN_RE.match(self.text, at + len(name)) is not None or
                            self.text.startswith(self.rules.district_offices, at + len(name)) or
                            name.endswith(self.rules.office_ends) and
                            self.text.startswith(("：", ":"), at + len(name)) or
                            (name == "中国" or name in self.rules.self_scope) and
                            _NATIONAL_OFFICE_RE.match(self.text, at + len(name)) is not None)
        # (科技部火炬中心副主任李有平介绍: a body its officer speaks for; not 江苏省|商务厅厅长…介绍, the place reported on;
        # 科技部：“十三五”期间国家高新区…: an office before a colon is the speaker of what follows;
        # 青岛|海关和济南海关联合举行新闻发布会: the customs district's seat; 中国|工信部: a national ministry, whose
        # figures are of what its sentences name, 178家国家高新区, not of the country's name before the ministry)

    def _counted_class(self, name: str, a: int) -> bool:
        """True for a class of zones (meaning.yml ``zone_classes``) written, from ``a`` on, right before a count of it
        (国家高新区9家, 省级高新区35家, 国家级高新区增加到9家): what is counted, not whose figures they are."""
        at = self.text.find(name, a) if name in self.rules.zone_classes else -1
        return at >= 0 and _COUNT_AFTER_RE.match(self.text, at + len(name)) is not None

    def _zone_in(self, a: int, b: int) -> tuple[int, int, str] | None:
        """The last named zone (上饶经济技术开发区, 碧江高新区: a place's name and a kind of zone) written in text[a:b]
        and not as an object (在…, 比…), or None."""
        i = bisect.bisect_left(self._zone_starts, a)  # the zones starting in text[a:b], by bisection
        j = bisect.bisect_left(self._zone_starts, b)
        for zs, ze, name in reversed(self._zones[i:j]):
            if ze <= b and not self.rules.object_before.search(self.text, max(a, zs - 4), zs) and \
                    not self._locative(max(a, zs - 5), zs):
                return zs, ze, name
        return None

    def _named_zones(self) -> list[tuple[int, int, str]]:
        """Every zone the text names by a place and a kind of zone (meaning.yml ``zone_kinds``), found by the kind
        word and the proper-name words right before it: (start, end, name)."""
        out = []
        for m in self.rules.zone_kind_re.finditer(self.text):
            ws = words(self.text[max(0, m.start() - 8): m.start()])
            level = ws[-1][0] if ws and ws[-1][0] in self.rules.zone_levels else ""  # 武进|国家|高新区
            k = end = len(ws) - bool(level)
            while k > 0 and (ws[k - 1][1] in PROPER_FLAGS or
                             (len(ws[k - 1][0]) == 1 and ws[k - 1][1] not in _NO_NAME_FLAGS)):
                k -= 1  # 上饶 (ns), 碧|江 (single characters the segmenter could not place)
            place = "".join(w for w, _ in ws[k:end])
            if place in gazetteer() or (2 <= len(place) <= 4 and place not in self.rules.not_name and
                                        any(f in PROPER_FLAGS for _, f in ws[k:end])):
                prefix = place + level
                out.append((m.start() - len(prefix), m.end(), prefix + m.group()))
        return out

    def _after_scope(self, a: int, b: int) -> int:
        """Where text[a:b] goes on after the leading clauses of scope (东北的四个副省级城市中，长春…): a name in one
        is the group's (东北), not the sentence's topic."""
        for end in CLAUSE_RE.finditer(self.text, a, b):
            if not self.rules.scope_lead_re.search(self.text, a, end.start()):
                break
            a = end.end()
        return a

    def _heading_between(self, a: int, b: int) -> bool:
        """True when a heading (a short line with no sentence punctuation at its end) stands between a and b."""
        start = self.text.find("\n", a, b)
        while start >= 0:
            end = self.text.find("\n", start + 1, b)
            if end < 0:
                return False
            if self.text[start + 1: end].strip() and is_heading(self.text, start + 1, end):
                return True
            start = end
        return False

    def _clause_opener(self, sentence_start: int, clause_start: int) -> str:
        """The last of the words opening the clauses of a sentence before ``clause_start`` that is 全国 or a place
        (…公告，全国粮食播种面积177498万亩，比2021年增加1052万亩: the country's, clause after clause), or ""."""
        got = ""
        for hit in CLAUSE_RE.finditer(self.text, sentence_start, clause_start - 1):
            w = self._opening_word(hit.end())
            if w and self.text.startswith(w, hit.end()) and (w == _NATIONAL or self._place(w)):
                got = w  # (not 拥有全国最大规模的制造业集群: 全国 inside what a verb opening the clause takes)
                at = self.text.find(w, hit.end())  # 青岛高新区在…中排名第5位: the zone its place's name opens, whole
                got = next((name for zs, _, name in self._zones if zs == at), got)
        return got

    def _opening_word(self, start: int) -> str:
        """The first word of the text at ``start``, period words (1-7月), adverbs and leading clauses aside."""
        start = self._after_period(start)
        lead = self.text[self._after_scope(start, len(self.text)):]
        ws = [w for w, f in words(lead[:12]) if f not in ("t", "x", "m", "c", "d", "eng", "q")]
        return ws[0] if ws else ""

    def _after_period(self, start: int) -> int:
        """Where the text at ``start`` goes on after a period expression opening it and its comma (1—6月份，全县…)."""
        i = bisect.bisect_left(self._starts, start)
        if i < len(self._starts) and self._starts[i] == start:
            end = self._blocked[i][1]
            end += self.text[end: end + 1] in ("末", "底", "初")  # 2023年|末，全国人口…: the year's end, a time too
            while end < len(self.text) and self.text[end] in "，,、 ":
                end += 1
            return end
        return start

    def _self_word(self, start: int) -> str:
        """The word for the report's own place (全省, 全市, 我区; meaning.yml ``self_reference``) opening the text at
        ``start``, or ""."""
        word = self._opening_word(start)
        own_zone = word.endswith(self.rules.zone_words) and len(self.default_subject) > len(word) and \
            self.default_subject.endswith(word)  # 经开区还加快… in 天津经开区's report: the zone itself
        if word not in self.rules.self_reference and not own_zone:
            return ""
        at = self.text.find(word, start) + len(word)  # 全省排名第5位, 全省第四: the rank's scope, not whose rank
        return "" if self._ranks_after(at) else word

    def _ranks_after(self, at: int) -> bool:
        """True when a rank follows at ``at`` (排名第5位, 第四): the words before it name the rank's scope."""
        return self.rules.rank_verb_in.match(self.text, at) is not None or self.text.startswith("第", at)

    def _self_written(self, clause_start: int, sentence_start: int) -> str:
        """The own-place word opening the figure's clause or sentence, as printed: the subject the text writes, for a
        report that names no place of its own."""
        return self._self_word(clause_start) or self._self_word(sentence_start)

    def _self_opened(self, sentence_start: int) -> str:
        """The level (省, 市 …) of an own-place word opening the sentence (全省开发区…, 全市…), or ""."""
        return self._self_word(sentence_start)[-1:]

    def _opens(self, sentence_start: int, name: str) -> bool:
        """True when ``name`` is a place standing in the first words of the sentence: a topic the next sentences
        carry (a company or body opening a sentence is that sentence's subject only)."""
        return self._at_opening(sentence_start, name) and self._place(name) and name not in self.rules.zone_classes \
            and not self.rules.facility_re.match(self.text, self.text.find(name, sentence_start) + len(name))
        # (其中国家高新区实现…: a class of zones, the subject of its own sentence only; 台湾电子科技园…标准厂房: a
        # facility the place names, whose sentence it is)

    def whole_of(self, counted: str, sentence_start: int, start: int) -> str:
        """The whole a count at ``start`` of places of the class ``counted`` is of (meaning.yml ``place_classes``):
        the country for provinces; for cities, the province its sentence names before it, else the report's own place
        if a province (for counties, a city); "" when there is none."""
        level = self.rules.place_classes[counted]
        if level == "国":
            return _NATIONAL
        named = [n for n in self.names_in(self.text[sentence_start: start]) if place_level(n) == level]
        own = self.default_subject
        return named[-1] if named else own if own and place_level(own) == level else ""

    def zones_owner(self, sentence_start: int, start: int) -> str:
        """The place a count at ``start`` of a class of zones (9家国家高新区, 3个国家级经开区) is of: the last place its
        clause names before it (嘉兴3个开发区), not the zones a list there names (南昌、新余…5家国家高新区: the
        members counted), or the word the report names its own place with (我省, 全市) in its sentence or headline,
        else the report's own place unless that is a class of zones; "" when there is none."""
        before = self.text[sentence_start: start]
        filed = [d.end() for d in _FILED_RE.finditer(before)]  # (新华社北京1月27日电: where the news was filed from)
        before = before[filed[-1]:] if filed else before
        clause = CLAUSE_RE.split(before)[-1]
        listed = self._places_in(clause)
        named = self._places_in(clause[: clause.find(listed[0])] if len(listed) >= 2 else clause)
        headline = self.text[: self.text.find("\n")]
        own = [w for w in self.rules.self_reference if w in before] or \
            [w for w in self.rules.self_reference if w in headline]  # (我省5家国家高新区跻身全国百强: the headline's)
        default = self.default_subject if not self.default_subject.endswith(self.rules.zone_words) else ""
        return named[-1] if named else own[0] if own else default

    def _places_in(self, phrase: str) -> list[str]:
        """The names of places ``phrase`` holds, not those of zones (嘉兴, not 嘉兴经济技术开发区)."""
        return [n for n in self.names_in(phrase) if place_level(n) and not n.endswith(self.rules.zone_words)]

    def _at_opening(self, sentence_start: int, name: str) -> bool:
        """True when ``name`` stands where a sentence's topic does: only period expressions, leading clauses of
        attribution or scope (数据显示，…; 15个城市中，…) and words that lead a sentence without saying what it is
        about (目前, 据, 同时: jieba's time words, prepositions, conjunctions, adverbs) come before it. A name after
        a verb (培育焦作市…人才, 实施…科技园二期) is an object."""
        pos = self.text.find(name, sentence_start) if name else -1
        if pos < 0:
            return False
        i = bisect.bisect_right(self._ends, pos) - 1
        *led, lead = CLAUSE_RE.split(self.text[max(sentence_start, self._ends[i]) if i >= 0 else sentence_start: pos])
        if name in self.rules.zone_classes:  # 88家国家高新区上报统计的企业…，实现营业总收入…: the zones counted, together
            lead = _GROUP_COUNT_END_RE.sub("", lead)
        if not led and lead.endswith(("的", "是")) and self.text.startswith(("，", ","), pos + len(name)):
            return True  # 紧随其后的是抚州，增速为7.3%; 排名第三的九江，…: the place a sentence's first clause closes on
        return (all(self.rules.lead_clause_re.search(c) for c in led if c.strip())
                and all(f in self.rules.opening_flags for w, f in words(lead) if w.strip()))

    def _object(self, a: int, pos: int, before: str) -> bool:
        """True when the name at ``pos`` is an object (meaning.yml ``object_before``: 比深圳, 对美国), also with the
        report's own place written between (对欧盟、美国、我国香港地区: a partner of ours, still an object)."""
        if self.rules.object_before.search(self.text, max(a, pos - 4), pos):
            return True
        return before in self.rules.self_reference and \
            self.rules.object_before.search(self.text, max(a, pos - len(before) - 4), pos - len(before)) is not None

    def _in_quoted_name(self, pos: int) -> bool:
        """True when ``pos`` is inside a name in quotes that is no place's or zone's (“姑苏领军人才计划”: a programme
        named after a place, whose figures are not the place's)."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i < 0 or not self._quotes[i][0] < pos < self._quotes[i][1]:
            return False
        quoted = self.text[self._quotes[i][0] + 1: self._quotes[i][1] - 1]
        if _SPEECH_RE.search(quoted):
            return False  # “从总量看，武汉市实现…。”: speech quoted, whose names are its figures' as unquoted
        return not (self._place(quoted) or quoted.endswith(self.rules.zone_words))

    def _last_name(self, a: int, b: int, first: bool) -> str:
        """The last (or, with ``first``, the first) name in text[a:b] that is not the object of a preposition;
        names written together (河南 焦作 高新区) are one name."""
        segment = self.text[a:b]  # a name before a period word still names the subject (广州上半年GDP)
        pos, best, run_end, flag = a, "", -1, "x"
        ws = words(segment)
        for j, (w, f) in enumerate(ws):
            if (self._name(w, f) or pos == run_end and _done_area(w)) and \
                    not self.rules.example_after.match(self.text, pos + len(w)) and not self._in_quoted_name(pos):
                if pos == run_end:  # (三亚|亚龙湾|度假区: an area's kind after a name is part of it)
                    best += w
                elif (flag not in ("v", "vn") or j and ws[j - 1][0] == "是" and
                      self.text.startswith(("，", ","), pos + len(w))) and \
                        not self._object(a, pos, ws[j - 1][0] if j else "") and \
                        not self._locative(max(a, pos - 5), pos):
                    # (紧随其后的是抚州，增速为7.3%: the place 是 introduces, closing its clause, is no object)
                    if first and best:
                        return best
                    best = self._modified(ws[:j], w, f)
                else:
                    pos += len(w)
                    continue
                run_end = pos + len(w)
            elif first and best:
                return best
            pos, flag = pos + len(w), f  # a name right after a verb is its object (培育焦作市…人才)
        return best


# a place a comparison is made with, written before its closing 比 (与比拼对象保康县比，…): not the place reported on
_COMPARED_AFTER_RE = re.compile(r"(?:相比|比较|比)[，,较]")


# one of a body's officers speaking for it (科技部火炬中心|副主任李有平介绍，…): the body is the figures' source, not
# whose figures they are
SPOKESMAN_RE = re.compile(r"[^，。；,;:：“”\d]{0,4}?"
                          r"(?:主任|局长|部长|厅长|处长|主席|负责人|发言人|书记|市长|县长|区长|省长|院长|总经理|董事长)"
                          r"[^，。；,;:：“”\d]{0,10}?(?:介绍|表示|透露|说|称|指出)[，,:：]")  # (…负责人在接受采访时说)


# a government work report's subtitle: the congress of the place it reports to (在|苏尼特右旗|第十六届人民代表大会)
_CONGRESS_RE = re.compile(r"在([^\s，。；,;：:在]{2,12}?)\s*第[一二三四五六七八九十\d]+届人民代表大会")
CONGRESS_WITHIN = 200  # characters from the text's start where a work report prints that subtitle


_COUNT_AFTER_RE = re.compile(r"中?(?:数量|总数)?(?:已经|已|共)?(?:增加到|增至|达到|达|突破|超过|为|有)?"
                             r"(?:\d+|[一二两三四五六七八九十百]+)[家个所]")
# (the level of an own-place word, the report's place's level) when the word names the place above it: 全省 in a
# city's or a county's report, 全市 in a district's (not 全市 in 义乌市's, a county-level city)
_WIDER_SELF = frozenset({("省", "市"), ("省", "县"), ("省", "区"), ("省", "州"), ("市", "区")})
_BREAKDOWN = "其中"  # a statement opening on it breaks down the one before it in its sentence
_NATIONAL = "全国"  # the country as a sentence's subject (全国共有15个副省级城市)
_NATIONAL_FRAME_RE = re.compile(r"\s*(?:放眼|纵观|从|就)全国(?:来看|看|而言|范围内?看?)?[，,]")  # 放眼全国，…: the
# country's figures, in the sentence it frames, where no name is written
_NATIONAL_MEASURE = "国内生产总值"  # the country's GDP (a region's is 地区生产总值)
# 全国 opening a noun phrase with 的 (全国综合实力前十强的稀土磁材企业已有6家落户稀土高新区): the class's scope, no subject
_NATIONAL_CLASS_RE = re.compile(r"(?<![\w\u4e00-\u9fff])全国[^，。；,;：:\d的]{2,20}的")
_BULLET_RE = re.compile(f"[{BULLETS}]")  # a paragraph opening as a bullet of a list
# 是全国平均水平的|5倍, 约为全国平均水平|5.7倍: the whole a multiple is of
_MULTIPLE_OF_RE = re.compile(r"(?:是[^，。；,;是]{1,20}?的|(?:为|相当于)[^，。；,;为]{1,20}?的?)\s*\Z")
_PER_BASES = "十百千万亿"  # the base of a figure per so many (每万人口, 每千人): a magnitude after 每
_PREDICATE_TAGS = frozenset({"d", "a", "ad", "v", "vd", "l", "i"})  # words a judgement of a topic opens with
_MODIFIER_TAGS = frozenset({"a", "ad", "b", "d", "f", "m", "q", "mq"})  # modifiers, directions, numerals: no noun
# a note's marker in a bulletin (地区生产总值[2]), a figure in brackets (高于全国(5.4%)、全省(5.2%)0.1和0.3个百分点:
# the compared places' own figures) and an editor's note (占湖北外贸总值的（下同）67.7%): no words of a measure
RECORD_RE = re.compile("创(?:历史|同期|年内|近年)?(?:新高|新低|新纪录|最好水平|最高水平|最好成绩)")  # a record set
_NOT_WORDS_RE = re.compile(r"\[\d{1,2}\]|〔\d{1,2}〕|【\d{1,2}】|[(（][^()（）]{0,12}?\d[^()（）]{0,12}[)）]|"
                           r"[(（][^()（）]{0,8}下同[)）]")
_LOCATIVE_RE = re.compile(r"[在于]([^，。；,;、\d在于]{1,4})\Z")  # 在|县城|东关剧院
PROPER_FLAGS = ("ns", "nr", "nrt", "nz", "j", "nt")  # jieba's tags of names and abbreviations
_NO_NAME_FLAGS = ("x", "m", "q", "uj", "ul", "p", "c", "r", "d", "v", "f")  # one character of these opens no name


@lru_cache(maxsize=1)
def _count_words() -> frozenset[str]:
    """The one-character measure words of counts (units.yml: 个, 家, 项 …), that a count's phrase ends with."""
    return frozenset(w for w, spec in load_units().units.items() if spec["unit"] == "count" and len(w) == 1)


@lru_cache(maxsize=4096)
def _generic_zone(w: str) -> bool:
    """True for a kind of zone named by a common noun (工业园区, 产业园区): no place or body of its own, unless a
    place or a level is written before the zone word (上饶经济技术开发区, 国家级经开区)."""
    zone = next((z for z in load_meaning_rules().zone_words if w.endswith(z) and len(w) > len(z)), "")
    if not zone:
        return False
    return all(f.startswith("n") and f not in ("ns", "nr", "nrt", "nz") and x not in gazetteer()
               for x, f in words(w[: -len(zone)]))


_AREA_VERB_FLAGS = ("v", "vn", "vd", "a", "ad", "d")  # jieba's verbs, adjectives and adverbs


def _done_area(w: str) -> bool:
    """True for an area named by what is done or found there (聚集区, 试验区: a verb and 区), a common noun the segmenter
    keeps whole: no place (not 鼓楼区, whose first part is a noun, nor a name it tags a place)."""
    return load_meaning_rules().place_suffix.search(w) is not None and w[:-1] not in gazetteer() and \
        all(f in _AREA_VERB_FLAGS for _, f in words(w[:-1]))


def names_no_place(word: str) -> bool:
    """True for a word that ends like a name but names no place of its own (全市, 我市, 辖区: whichever place
    the text is about)."""
    return word in load_meaning_rules().not_name


# a news dateline: 本报济南12月11日讯, 新华社北京1月2日电, 中新网2月1日电 (the place the news was filed from, not
# what it is about), and a credit before the news: 【香港商报网讯】, 柘城县电视台|… (who carried it); within its line
_FILED_RE = re.compile(r"\d{1,2}月\d{1,2}日(?:电|讯)")  # the day a dateline says the news was filed (…1月27日电)
_DATELINE_RE = re.compile(rf"^(?:【[^【】\d\n]{{1,16}}讯】|[^，。；,;|｜\d\n]{{2,12}}[|｜]|[^，。；,;\d\n]{{0,12}}?{_FILED_RE.pattern}"
                          r"|[^，。；,;|｜\d\s]{1,12}(?:日报|晚报|报|网|台|客户端|新闻)讯(?:\s*[(（][^()（）]{0,40}[)）])?)")
# (衡阳日报讯 (…), 长城网·冀云客户端讯(记者…), 大小新闻讯: an outlet's dateline)
_DATELINE_LINE_RE = re.compile(_DATELINE_RE.pattern, re.M)
_GROUP_COUNT_END_RE = re.compile(r"(?:\d+|[一二两三四五六七八九十百]+)\s*(?:家|个)\Z")  # 88家|国家高新区: a group's size


# a headline opening on a national office speaking or publishing (国家统计局：, 商务部:, 国家统计局网站发布… - no place
# before it) or on the country in the
# first person (2019年我国…, 全国…)
_NATIONAL_VOICE_RE = re.compile(r"(?:国家[\u4e00-\u9fff]{1,6}?|[\u4e00-\u9fff]{1,4}?部|海关总署)(?:网站|官网)?\s*(?:[：:]|发布|公布)|"
                                r"[\d年上下半前一二三四季度月份\s]*(?:我国|全国)")
_TITLE_RE = re.compile(r"《[^《》\n]{1,80}》")
HEADLINE_MAX = 60  # a first line longer than this, ending a sentence, is the report's first paragraph, no headline


_PUBLISHES_RE = re.compile(r"(?:发布|出台|印发)")  # a place publishing what it plans or reports: its own


def headline_subject(headline: str, text: str = "") -> str:
    """The first name of a headline (a place, zone or body; names written together are one), else the first zone
    it names by its kind (高新区经济运行呈现良好势头, 稀土高新区:…), or "". A first line that opens with a news dateline
    (本报济南12月11日讯 …山东省外贸进出口…) is read after it; one that is a long sentence (中国改革开放的巨轮破浪远航。…) is
    the body's first paragraph, whose first name says little. With the report's ``text``, a name of no known level
    that its body never writes again (砥砺奋进七十载，山河壮丽一幅画: a figure of speech) is no subject; a place with
    its level (毫州市…经济运行情况, then 全市 throughout) still is."""
    headline = _LEADING_ASIDE_RE.sub("", _DATELINE_RE.sub("", headline or ""))  # (安徽省)亳州市…: the name after it
    if not headline or len(headline) > HEADLINE_MAX and FULL_STOP_RE.search(headline) and \
            not _DATELINE_RE.match(headline or ""):
        return _lead_firm(text or headline) or _source_office_place(text)  # the body's first paragraph: the firm it
        # opens on, if any
    # read with the body, whose names show which short words are places (德钦县 in the body: 云南德钦 is one name)
    with names_of(headline + "\n" + text):
        reader = Reader(headline + "\n" + text if text else headline)
        name = reader._last_name(0, len(headline), first=True)
        national = _NATIONAL_VOICE_RE.match(headline)  # 国家统计局：…, 2019年我国国内生产总值…: the country's figures
        if name and reader._source(name, 0) and not (
                reader._place(name) and _PUBLISHES_RE.match(headline, headline.find(name) + len(name))):
            # 中国工信部:前三季度国家高新区…: the source's country, not the subject (武汉发布…规划: a place's own)
            name = reader._last_name(headline.find(name) + len(name), len(headline), first=True)
        name = load_meaning_rules().self_scope.get(name, name) or (_NATIONAL if national else "")  # (我国: 全国)
        name = name or _headline_zone(headline)
        zone = next((z for _, e, z in reader._named_zones() if e <= len(headline) and name and name in z), "")
        name = zone or name  # 园区经济-丰城市工业园区, 上饶经济技术开发区一季度…: the zone the place is written with
        if name and text:  # 泸州市庆祝…合江县专场新闻发布会: of the places it names, the one its body names most
            body = text.partition("\n")[2] if text.startswith(headline) else text
            places = [w for w in reader.names_in(headline) if reader._place(w) and
                      not reader.rules.preposition_re.search(headline, 0, headline.find(w))]
            # (重庆上半年经济总量反超广州: the place compared with is no subject)
            # (上半年安徽16市GDP排名出炉：合肥总量稳居首位: the body's 全省 is 安徽 too, its own place as it writes it)
            name = max(places, key=lambda w: (body.count(_place_stem(w)) + _self_mentions(body, w), -places.index(w)),
                       default=name) if name in places else name
            # 新乡市…新闻发布会高新区专场: the zone its body reports on, by its kind (not a place's zones, 绵阳市产业
            # 园区, nor a class counted, 新增5家省级高新区)
            kind = load_meaning_rules().zone_kind_re.search(headline)
            if kind and kind.group() not in name and headline[kind.start() - 1: kind.start()] not in _LEVELS + "级家个" \
                    and body.count(kind.group()) > body.count(_place_stem(name)):
                name = kind.group()
    opening = _opening_body(headline)
    body = text.partition("\n")[2] if text.startswith(headline) else text
    if opening and (not name or opening.startswith(name) and opening != name) and (not text or opening in body) and \
            not opening.endswith(load_meaning_rules().office_ends):
        name = opening  # 宁德时代一季度净利润…, 海尔智家上半年营收…: the firm the headline opens with, whole, when its
        # body names it again and it is no government office (松原市统计局…: a source of figures)
    if name and text and not place_level(name) and name != _NATIONAL:  # (the country a national office reports on)
        first, _, rest = text.partition("\n")
        body = rest if name in first else text  # the headline as the text's first line, or given apart
        if name not in body and words(name)[0][0] not in body:
            return ""
    return name or _lead_firm(text) or _source_office_place(text) or _outlet_place(text)


# a local outlet's dateline (洛阳网讯, 衡阳日报讯): the city it is named after, the news of which it reports
_OUTLET_RE = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?:日报|晚报|新闻网|网|广播电视台|电视台)讯", re.M)
OUTLET_LINES = 4  # the lines a dateline opens, the headline's among them


def _outlet_place(text: str) -> str:
    """The city a local outlet is named after (洛阳网讯（记者…）), for a report whose headline names no place and that
    calls its place 我市 or 本市 (a city's news in its city's paper), or ""."""
    head = "\n".join(text.split("\n")[:OUTLET_LINES])
    hit = _OUTLET_RE.search(head)
    own = hit is not None and re.search("我市|本市", text) is not None
    return hit.group(1) if own and place_level(hit.group(1)) == "市" else ""


# a government website or office named as a report's source (信息来源:慈溪市人民政府网站, 来源:固镇县统计局): its place
_NATIONAL_OFFICE_RE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:部|委员会|委|局|署)(?!分|门|面|势)|人民银行")  # 中国|工信部
_SOURCE_OFFICE_RE = re.compile(r"来源\s*[:：]\s*([\u4e00-\u9fff]{1,8}?(?:自治区|省|市|县|区|州|盟|旗))"
                               r"(?:人民政府|政府|[\u4e00-\u9fff]{0,8}?(?:局|委员会|委|厅|办公室))")


def _source_office_place(text: str) -> str:
    """The place whose government website or office a report names as its source, for a report whose headline names
    none (前三季度我市经济…, 信息来源:慈溪市人民政府网站: 慈溪市), or ""."""
    hit = _SOURCE_OFFICE_RE.search(text)
    return hit.group(1) if hit else ""


def _opening_body(headline: str) -> str:
    """The name a headline opens with, written right before a period (上半年, 2018年) or a result (实现, 营收, 净利润):
    a firm or body the segmenter may not know as a name (海尔智家, 比亚迪, 中国中车 read as 中国…), when its words hold
    a name's tag and it is no measure (深圳GDP…) nor the report's own place word (全省, 我市); "" otherwise."""
    regex, r = period_regex(), load_meaning_rules()
    stop = next((i for i in range(2, min(len(headline), 12)) if regex.match(headline, i) or
                 r.firm_result_re.match(headline, i) or not _NAME_CHAR_RE.match(headline[i])), 0)
    run = headline[:stop]
    ws = words(run) if _NAME_RUN_RE.fullmatch(run) else ()  # (1-10月，全县…: no name)
    if not ws or not regex.match(headline, stop) and not r.firm_result_re.match(headline, stop) or \
            not any(f in PROPER_FLAGS or f in ("nrt", "nz", "eng") for _, f in ws) or run.endswith(r.measure_heads) or \
            any(w in r.dictionary or w.upper() in _MEASURE_ACRONYMS for w, _ in ws) or \
            any(run.startswith(w) for w in r.self_reference) or _is_unit(run) or \
            any(f in ("v", "m", "t") for _, f in ws):
        return ""
    return run


_MEASURE_ACRONYMS = ("GDP", "CPI", "PPI")  # 深圳GDP上半年…: a place's measure, no firm
_NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
_NAME_RUN_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}")


def _lead_firm(text: str) -> str:
    """The firm a report with no headline opens on: the first clause of its first paragraph that, past the time and
    source words leading it (8月25日晚间，…; 据…显示，2016年上半年…), opens with a firm's name before its results or
    its report (中国中车发布2023年半年度报告, 重庆钢铁实现营业收入), when the text names it again; "" otherwise."""
    para = next((p for p in text.split("\n") if p.strip()), "")[:LEAD_FIRM_CHARS]
    regex = period_regex()
    for clause in CLAUSE_RE.split(para):
        at = 0
        while True:  # the time words leading the clause (2016年上半年, 昨日, 据)
            hit = regex.match(clause, at) or _LEAD_WORD_RE.match(clause, at)
            if not hit or hit.end() == at:
                break
            at = hit.end()
        firm = _opening_body(clause[at:])
        if firm and text.count(firm) >= 2 and not firm.endswith(load_meaning_rules().office_ends):
            return firm
    return ""


LEAD_FIRM_CHARS = 200  # the opening of a first paragraph read for the firm it is about
_LEAD_WORD_RE = re.compile(r"\s*(?:据|昨日|昨天|今日|今天|日前|近日|晚间|当日)\s*")


def _headline_zone(headline: str) -> str:
    """The first zone a headline names by its kind, with the nouns written right before it (稀土高新区), or ""."""
    ws, zones = words(headline), load_meaning_rules().zone_words
    for j, (w, _) in enumerate(ws):
        if w.endswith(zones):
            if j and ws[j - 1][0].rstrip("级") in _LEVELS + "国家":
                return ""  # 2020年度省开发区综合发展水平考核评价结果: a level's class of zones, no one zone
            nouns = [x for x, f in ws[max(0, j - 2): j] if f.startswith("n")]
            return "".join(nouns[-1:]) + w if j and ws[j - 1][1].startswith("n") else w
    return ""


def report_subject(source, text: str = "") -> str:
    """A report's own subject as printed: its ``subject`` in sources.yml, else the first name of its headline (see
    :func:`headline_subject`; ``text``: the report's clean text)."""
    return getattr(source, "subject", None) or headline_subject(getattr(source, "headline_zh", "") or "", text)
