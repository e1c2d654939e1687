"""Clean Chinese newspaper text extracted from PDFs, keeping a 1:1 map back to the raw text.

`clean_text(raw)` joins lines that the PDF layout broke inside a sentence, removes the spaces that
justified columns put between Chinese characters, normalises full-width digits/letters/％/U+3000 to
ASCII (one char to one char) and separates paragraphs by exactly ``"\\n\\n"`` (or ``"\\n"``, see below).
Every clean char comes from exactly one raw char (``CleanText.offsets``, stored as runs of consecutive chars); the
two ``"\\n"`` of a paragraph break map to whitespace chars (a newline first) of the raw gap between the two
paragraphs.

How line breaks are judged (per document, linear time):

* Layout.  A document is a *column* layout when many lines have about the same visual width (a column's, at
  least ``MIN_COLUMN_WIDTH``: short numbered headings such as 一、综合 make no column) and most lines end
  mid-sentence (narrow newspaper columns, seeds 000/001/004); otherwise it is a
  *free* layout where one line is one paragraph (seeds 002/003). A text with a blank line after every line is
  always free: that is how a web page's text is saved, never a PDF column's wrapped lines.
* Hard rules (both layouts): a number at a line end followed by a CJK char / ``%`` is always
  joined ("1.67\\n倍"); two or more blank lines, a markdown ``#`` heading, a line opening with a bullet (●, ◆)
  and a photo credit ("... 本报记者 郭树勋 摄") always break.
* Column layout: the local column width is an upper quantile of the widths of nearby lines
  (ASCII chars and space runs count half).  A line that ends a sentence (。！？：) breaks when it
  is clearly shorter than that width; a line much wider than it (a headline) breaks; a heading
  breaks: a short line after a sentence end that ends in "，", is made of space-separated phrases
  ("创新前行 克难攻坚") or is much shorter and has no punctuation, and the punctuation-free line
  after it.  Anything else is a line wrapped by the layout and is joined.
* Free layout: a line breaks unless it plainly stops mid-sentence (ends in "，、；" or holds a
  sentence end / several commas but no final punctuation, e.g. "...的体系。认真落实...促进创新主体").
* A break needs at least two raw chars between the lines (room for the two mapped ``"\\n"``);
  otherwise the lines are joined (a two-line heading separated by one newline stays one paragraph) - except in
  a free layout (a text written one line per paragraph, as saved from a web page), where a line ending a
  sentence ends its paragraph at its lone newline, which becomes a lone ``"\\n"``, and so does a first line that
  is a headline (Chinese words, no clause punctuation).
* Spaces: a whitespace run inside a paragraph is dropped, except that one space (mapped to its
  first char) is kept between two printable ASCII chars ("12 5" is never merged into "125"). So is a pinyin gloss
  in brackets after a Chinese character (工業(yè), as mirror sites print them).
* Text already in clean form (the shape `clean_text` outputs) keeps its paragraphs, which makes
  cleaning idempotent.
* A text written in traditional characters (at least ``TRADITIONAL_SHARE`` of its Chinese characters, and
  ``TRADITIONAL_MIN``, change when simplified) is read in simplified ones, character for character (hanziconv's
  table, one char to one char, so the map back to the raw characters stands). A simplified text is left as it
  is: the table also maps a few characters simplified prose uses (著 -> 着).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, chain, takewhile
from typing import NamedTuple

__all__ = ["BULLETS", "CleanText", "clean_text", "paragraph_around", "simplified", "split_paragraphs",
           "split_paragraphs_of", "split_sentences"]

# --- character classes -------------------------------------------------------------------------
_LINE_BREAK_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on
# \s is the same set as str.isspace().  The patterns start with a character class (not a repeat or a lookaround)
# so that the regex engine skips in C to a character that can start a match.
# Dropped inside a paragraph: whitespace, a whole run, except the first char of a run between two printable ASCII
# chars (the space kept in "12 5").  Read as "\s(?<![!-~]\s)\s* | \s\s*(?![!-~\s])", the common "\s" in front.
# And a pinyin gloss a mirror site writes after a Chinese character (工业(yè), 我区(qū)): a toned syllable in
# brackets, no text of the report.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_GLOSS = rf"(?<=[\u3400-\u9fff])(?:[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}}[)）])+"
PINYIN_GLOSS_RE = re.compile(_GLOSS)
_DROPPED_RE = re.compile(rf"(\s(?:(?<![!-~]\s)\s*|\s*(?![!-~\s]))|{_GLOSS})")
# whitespace kept inside a paragraph: a char on its own (unlike the "\n\n" between paragraphs); it becomes " "
_KEPT_WS_RE = re.compile(r"\s(?<!\s\s)(?!\s)")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PHRASE_SPACE_RE = re.compile(f"[{_CJK}]\\s+[{_CJK}]")
CJK_CHAR_RE = re.compile(f"[{_CJK}]")
_DIGIT_CHARS = "0123456789０１２３４５６７８９"
_NUMBER_THEN_UNIT_RE = re.compile(f"[{_DIGIT_CHARS}][{_CJK}%％]")  # tested on last char of A + first of B
_PARA_END = "。！？!?：:"  # a line ending with one of these may end a paragraph
_PARA_END_SET = frozenset(_PARA_END)  # a set: the empty string is not in it
_CLOSERS = "”’）)」』》\"'"  # closing quotes/brackets that may follow the final punctuation
_SENTENCE_INSIDE_RE = re.compile("[。！？；!?;]")  # sentence (or clause) end inside a line
_COMMA_RE = re.compile("[，,、]")
_CLAUSE_PUNCT_RE = re.compile("[，,、：:；;。！？!?]")
BULLETS = "●•◆■▲★▪"  # a line opening with one of these is an item of a list
_BULLET_SET = frozenset(BULLETS)  # a set: the empty string is not in it
TABLE_ROW_RE = re.compile(r"^\s*[|｜]|[|｜][^|｜]*[|｜]")  # a row of a table written as text: |地区生产总值| 617.50 | 5.2 |
# ... or in columns apart by spaces: a name, then two figures or more, a figure's word before it in its column
# (宜昌　 987.64亿元　8.1%, 武汉　17716.76亿元　增长12.2%; not a PDF's line that ends on a number spaced from its
# words, 被评为教育部 2019)
SPACED_ROW_RE = re.compile(r"\s*[^\d\s，。；,;：:！？!?、]{1,16}"
                           r"(?:[\s\u3000]+[^\d\s，。；,;：:]{0,4}?[-−]?\d[\d,]*(?:\.\d+)?[^\d\s，。；,;]{0,4}){2,8}\s*")
# ... or a grid of indicators under a header of years (指标名称　2020年　2025年　年均增长（%）　属性 / 上云企业（万家）　1.8　3.5
# —　预期性): its cells stay apart, one space between them, and each line is a paragraph of its own
_GRID_SPLIT_RE = re.compile(r"[ \t\u3000]+")
GRID_YEAR_RE = re.compile(r"((?:19|20)\d\d)年(?:末|底)?(?:[（(]([^（）()]{1,6})[)）]|(目标值?|预期值?|基期值?|实际值?))?")
# (2025年（目标）, 2025年目标值: a column's year, and what its figures are)
GRID_FIGURE_RE = re.compile(r"[≥≤>＞<＜]?\s?[-−]?\d[\d,]*(?:\.\d+)?\s?[%％]?(?:左右|以上|以下|以内)?")  # ≥4.0, 60左右
GRID_VALUE_RE = re.compile(f"{GRID_FIGURE_RE.pattern}|[—–-]{{1,2}}|〔[\\d.]+〕")  # a cell's figure, or none
GRID_MIN_CELLS = 3
GRID_CELL_MAX = 30  # characters: a longer cell is a sentence, no grid's


def grid_cells(line: str) -> list[str]:
    """The cells of a line of a grid printed with spaces between them."""
    return _GRID_SPLIT_RE.split(line.strip())


# GDP（亿元）, 增速（%）, 2021年GDP(亿元): a column and its unit (the column's year before it)
GRID_UNIT_RE = re.compile(r"(?:\d{4}年)?[^（）()\s\d]{1,12}[（(][^（）()\d]{1,4}[)）]")
# a monthly release's columns: the month's figures (本月, 3月) and the year's to that month (本月止累计, 1-3月累计), and
# the growth of either (本月±%, 累计±%, 比去年同月增长（%）, 比去年同期增长（%）)
GRID_PERIOD_RE = re.compile(r"(?P<cum>1\s?[-—–~至]\s?本月|本月止累计|本年累计|累计|1\s?[-—–~至]\s?\d{1,2}月份?(?:累计)?)|"
                            r"(?P<month>本月|当月|\d{1,2}月份?)")
GRID_CHANGE_RE = re.compile(r"(?P<of>本月|当月|累计)?(?:±\s?[%％]|比(?:上年|去年)同(?P<same>月|期)增[长减][（(]?[%％][)）]?|"
                            r"同比增[长减](?:[（(]?[%％][)）]?)?)")


def is_grid_header(line: str) -> bool:
    """A grid's header: cells apart by spaces, two of them or more naming years (2020年, 2025年（目标）), or what
    the column holds and its unit (城市　GDP（亿元）　增速（%）), or a monthly release's periods and their growth (指标名称
    本月 本月±% 本月止累计 累计±%)."""
    cells = grid_cells(line)
    periods = sum(GRID_PERIOD_RE.fullmatch(c) is not None for c in cells)
    return len(cells) >= GRID_MIN_CELLS and (sum(GRID_YEAR_RE.fullmatch(c) is not None for c in cells) >= 2 or
                                             sum(GRID_UNIT_RE.fullmatch(c) is not None for c in cells) >= 2 or
                                             periods and periods + sum(GRID_CHANGE_RE.fullmatch(c) is not None
                                                                       for c in cells) >= 2)


def is_grid_row(line: str, columns: int) -> bool:
    """A row of a grid of ``columns`` columns: as many short cells apart by spaces (or one fewer: the label's column
    left empty), two figures or more, and words (the label of what the row measures)."""
    cells = grid_cells(line)
    values = sum(GRID_VALUE_RE.fullmatch(c) is not None for c in cells)
    return columns - 1 <= len(cells) <= columns and 2 <= values < len(cells) and \
        all(len(c) <= GRID_CELL_MAX for c in cells)


_CREDIT_RE = re.compile(r"\s\S{0,8}摄[)）]?$")  # photo credit: "本报记者 杨 帆 摄"
# full-width full stop used as decimal point, and a middle dot before a percentage's decimals (上涨1·8%; not 5·12,
# a date's name); the lookbehind follows the literal, which the regex engine then finds in C instead of trying the
# lookbehind at every position
_DIGIT_DOT_RE = re.compile("．(?<=[0-9]．)(?=[0-9])|·(?<=[0-9]·)(?=[0-9]+%)")
_SENT_END_RE = re.compile("[。！？；!?;]+[" + _CLOSERS + "]*|\n+")
_BRACKET_PAIRS = ("（）", "()", "“”", "《》", "【】")

# Full-width digits, Latin letters and ％ -> ASCII; the ideographic space U+3000 -> " ".
_FULLWIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(ord("０"), ord("９") + 1)}
_FULLWIDTH_TABLE.update({cp: cp - 0xFEE0 for cp in range(ord("Ａ"), ord("Ｚ") + 1)})
_FULLWIDTH_TABLE.update({cp: cp - 0xFEE0 for cp in range(ord("ａ"), ord("ｚ") + 1)})
_FULLWIDTH_TABLE.update({ord("％"): ord("%"), 0x3000: ord(" ")})
_FULLWIDTH_RE = re.compile("[０-９Ａ-Ｚａ-ｚ％\u3000][０-９Ａ-Ｚａ-ｚ％\u3000]*")

# Clean form = the exact shape clean_text produces; such text is passed through unchanged.
_NOT_CLEAN_RE = re.compile(
    r"[^\S \n]|\A\n|\n\Z"  # whitespace other than space/newline; a newline at either end
    r"|\n{3,}"  # more than a blank line (a lone newline: see _clean_form)
    r"|(?<![!-~]) | (?![!-~])"  # a space not between two printable ASCII chars
    r"|[０-９Ａ-Ｚａ-ｚ％]|(?<=[0-9])．(?=[0-9])|(?<=[0-9])·(?=[0-9]+%)"  # chars that normalisation would change
)

# --- tuning constants ---------------------------------------------------------------------------
HALF_WIDTH = 0.5  # an ASCII char, or a space run squeezed to one space, counts 1 - HALF_WIDTH CJK char widths
MIN_COLUMN_LINES = 8  # fewer lines than this cannot show a column layout
COLUMN_SHARE = 0.3  # share of lines within WIDTH_BIN of the modal width in a column layout
MIN_COLUMN_WIDTH = 8  # a modal width narrower than this is short headings (一、综合), no newspaper column
WRAPPED_SHARE = 0.4  # share of lines ending mid-sentence in a column layout
WIDTH_BIN = 1  # "about the same width": within this many character widths (rounded)
WINDOW = 4  # lines either side used for the local column width
UPPER_QUANTILE = 0.75  # local width = this quantile of the window (short lines pull a median down)
SHORT_TOLERANCE = 1.5  # a line at least this much narrower than the column is "short" ...
SHORT_FRACTION = 0.08  # ... or this fraction of the column width, whichever is larger
OVER_WIDE = 1.3  # a line this many times the column width is not part of the column
BARE_HEADING = 0.75  # a heading without any punctuation is at most this fraction of the column
MEANINGFUL_BLANKS = 0.5  # share of line boundaries without a blank line: blank lines then matter
MIN_JUSTIFIED_SINGLES = 3  # single-char chunks in a justified line "实 现 销 售 ..."
MAX_PHRASES = 6  # a phrase-spaced heading "创新前行 克难攻坚" has at most this many chunks
MIN_BREAK_GAP = 2  # raw chars needed between paragraphs to map the two "\n" (a lone newline: see _decide_breaks)


@dataclass(frozen=True)
class CleanText:
    """Clean text plus, for each clean char, the index of the raw char it came from.

    The map is stored as ``runs``: ``(clean start, raw start, length)`` triples, each saying that
    ``text[c:c + n]`` comes from ``raw[r:r + n]`` char by char, in order and without gaps between runs' clean
    spans (a paragraph is a few runs: cleaning drops whitespace, it never reorders).
    """

    raw: str
    text: str
    runs: tuple[tuple[int, int, int], ...]

    @cached_property
    def offsets(self) -> tuple[int, ...]:
        """The raw index of every clean char (the runs spelled out)."""
        return tuple(chain.from_iterable(range(r, r + n) for _, r, n in self.runs))

    @cached_property
    def _run_starts(self) -> list[int]:
        return [c for c, _, _ in self.runs]

    def raw_index(self, i: int) -> int:
        """The raw index of clean char ``i`` (0 <= i < len(text))."""
        c, r, _ = self.runs[bisect_right(self._run_starts, i) - 1]
        return r + i - c

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the raw ``(start, end)`` covering clean chars ``text[start:end]`` (end > start)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad clean span ({start}, {end}) for text of length {len(self.text)}")
        return self.raw_index(start), self.raw_index(end - 1) + 1


class _Line(NamedTuple):
    """A non-blank raw line: stripped content span, blank lines before it, and layout features."""

    start: int
    end: int
    blanks: int
    text: str
    width: float
    justified: bool
    final: bool  # ends with final punctuation (。！？：), possibly before closing quotes (”）)


def _split_lines(raw: str) -> list[_Line]:
    """Split ``raw`` into non-blank lines (any str.splitlines() break; "\\r\\n" counts once) and measure them."""
    starts: list[int] = []
    ends: list[int] = []
    blanks: list[int] = []
    texts: list[str] = []
    blank_run, pos = 0, 0
    for seg in raw.splitlines(keepends=True):
        stripped = seg.strip()
        if stripped:  # the leading whitespace ends where the first stripped character first occurs
            start = pos + seg.find(stripped[0])
            starts.append(start)
            ends.append(start + len(stripped))
            blanks.append(blank_run)
            texts.append(stripped)
            blank_run = 0
        else:
            blank_run += 1
        pos += len(seg)
    widths, justified = _measure(texts)
    final = [text.rstrip(_CLOSERS)[-1:] in _PARA_END_SET for text in texts]
    return list(map(_Line._make, zip(starts, ends, blanks, texts, widths, justified, final)))


def _measure(texts: list[str]) -> tuple[list[float], list[bool]]:
    """Visual width and justified spacing ("实 现 销 售") of each stripped line.

    The width counts ASCII chars and whitespace runs half: it is that of the line with each run squeezed to
    one space, whose ASCII chars are counted for all lines at once (in the "\\n"-joined squeezed lines)."""
    squeezed = [" ".join(text.split()) for text in texts]
    n_ascii = map(len, "\n".join(squeezed).encode("ascii", "ignore").split(b"\n"))
    widths = [len(line) - HALF_WIDTH * ascii_chars for line, ascii_chars in zip(squeezed, n_ascii)]
    return widths, [" " in line and _is_justified(line.split(" ")) for line in squeezed]


def _is_justified(chunks: list[str]) -> bool:
    """A justified line "实 现 销 售 ...": enough single-char chunks, at least half of all chunks."""
    singles = sum(1 for c in chunks if len(c) == 1)
    return singles >= MIN_JUSTIFIED_SINGLES and 2 * singles >= len(chunks)


def _is_phrase_spaced(text: str) -> bool:
    """A line of a few phrases separated by spaces between CJK chars ("创新前行 克难攻坚")."""
    return len(text.split()) <= MAX_PHRASES and bool(_PHRASE_SPACE_RE.search(text))


def _modal_width(widths: list[float]) -> tuple[float, int]:
    """Return the width with most lines within WIDTH_BIN of it, and that number of lines."""
    hist = Counter(map(round, widths))
    best, best_n = 0.0, 0
    for w in sorted(hist):
        near = sum(hist.get(w + d, 0) for d in range(-WIDTH_BIN, WIDTH_BIN + 1))
        if near > best_n:
            best, best_n = float(w), near
    return best, best_n


def _is_column_layout(lines: list[_Line], widths: list[float], near: int) -> bool:
    """Column layout: enough lines, many of the modal width (``near`` of the non-justified ``widths`` are within
    WIDTH_BIN of it), most ending mid-sentence."""
    if len(lines) < MIN_COLUMN_LINES or not widths:
        return False
    wrapped = sum(1 for ln in lines if not ln.final)
    return near >= COLUMN_SHARE * len(widths) and wrapped >= WRAPPED_SHARE * len(lines)


def _local_widths(lines: list[_Line], fallback: float) -> list[float]:
    """Local column width of each line: upper quantile of the non-justified widths of the lines at most WINDOW
    away (``fallback`` if all of them are justified), kept sorted in a window that slides down the lines."""
    widths = [None if ln.justified else ln.width for ln in lines]
    padded = [None] * (WINDOW + 1) + widths + [None] * WINDOW  # padded[i] is the width leaving at line i
    window = sorted(w for w in widths[:WINDOW] if w is not None)
    refs = []
    for leaving, entering in zip(padded, padded[2 * WINDOW + 1:]):
        if entering is not None:
            insort(window, entering)
        if leaving is not None:
            del window[bisect_left(window, leaving)]
        refs.append(window[int(UPPER_QUANTILE * (len(window) - 1))] if window else fallback)
    return refs


def _hard_rule(a: _Line, b: _Line) -> bool | None:
    """Rules valid in every layout: True = break, False = join, None = no opinion."""
    if a.text[-1] in _DIGIT_CHARS and _NUMBER_THEN_UNIT_RE.fullmatch(a.text[-1] + b.text[0]):
        return False  # "2.39\n亿元", "第138\n位": never split a number from its unit
    if b.blanks >= 2 or a.text[0] == "#" or b.text[0] == "#" or b.text[0] in BULLETS:
        return True  # a bullet opens an item of a list (●广州经济总量突破3万亿元; then ●地方一般公共预算收入…)
    if _table_row(a, b):
        return True  # each row of a table is a line of its own
    return ("摄" in a.text and bool(_CREDIT_RE.search(a.text))) or None


def _table_row(a: _Line, b: _Line) -> bool:
    """True when either line is a row of a table written as text (|地区生产总值| 617.50 | 5.2 |, 宜昌　987.64亿元　8.1%)."""
    return any(_is_row(t) for t in (a.text, b.text))


def _is_row(line: str) -> bool:
    """True for a row of a table written as text, with bars or in spaced columns."""
    return ("|" in line or "｜" in line) and TABLE_ROW_RE.search(line) is not None or \
        SPACED_ROW_RE.fullmatch(line) is not None


def _is_short(a: _Line, ref: float) -> bool:
    """A line clearly narrower than the local column width ``ref``."""
    return not a.justified and a.width <= ref - max(SHORT_TOLERANCE, SHORT_FRACTION * ref)


def _is_heading(a: _Line, ref: float, after_heading: bool) -> bool:
    """Heading line, for a short line at a block start or the line after a first heading line: a short block
    start ending in "，" or made of phrases, a much shorter block start without punctuation, or the line after
    such a heading line (without punctuation)."""
    if a.justified or _SENTENCE_INSIDE_RE.search(a.text) or a.text.endswith("—"):
        return False
    bare = not _CLAUSE_PUNCT_RE.search(a.text) and _balanced(a.text)
    if after_heading:
        return bare
    return a.text[-1] in "，," or _is_phrase_spaced(a.text) or (bare and a.width <= BARE_HEADING * ref)


def _balanced(text: str) -> bool:
    """True if every bracket/quote pair opens and closes the same number of times."""
    return all(text.count(o) == text.count(c) for o, c in _BRACKET_PAIRS)


def _column_break(
    a: _Line, b: _Line, ref: float, block_start: bool, after_heading: bool, blanks_matter: bool
) -> tuple[bool, bool]:
    """Column layout: return (break?, is a first heading line?) for the boundary a -> b."""
    hard = _hard_rule(a, b)
    if hard is not None:
        return hard, False
    over = not a.justified and a.width > OVER_WIDE * ref
    if a.final:
        return over or _is_short(a, ref) or (blanks_matter and b.blanks >= 1), False
    if over:
        return True, True  # a headline wider than the column
    if not after_heading and not (block_start and _is_short(a, ref)):
        return False, False  # a line wrapped by the layout
    heading = _is_heading(a, ref, after_heading)
    return heading, heading and not after_heading


def _free_break(a: _Line, b: _Line) -> bool:
    """Free layout (one line per paragraph): break unless the line plainly stops mid-sentence."""
    hard = _hard_rule(a, b)
    if hard is not None:
        return hard
    if a.final:
        return True
    if a.text[-1] in "，,、；;":
        return False
    if a.text[0] in BULLETS:
        return True  # an item of a list is a line of its own (■培育科技型企业1450家、…292家, then a heading: 园区升级)
    heading = b.blanks > 0 and len(a.text) <= HEADING_MAX_CHARS
    mid_sentence = _SENTENCE_INSIDE_RE.search(a.text) or len(_COMMA_RE.findall(a.text)) >= 2 and not heading
    return not mid_sentence  # (a short line of words listed with 、 and a blank line after it is a heading: 对韩国、
    # 东盟、日本进出口大幅增长 外资、民企进出口保持增长; a long one a paragraph a PDF broke mid-word)


# a numbered heading of a chapter (一、发展基础, （二）主要目标, 3.重点任务): its number, then a few words, no punctuation
_NUMBERED_HEADING_RE = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．])"
                                  r"[^\d，。；：！？,;:!?、\s]{2,20}")
HEADING_MAX_CHARS = 60  # a heading line is at most this long (here and in mentions.is_heading)
HEADLINE_MIN_CJK, HEADLINE_MAX = 6, 80  # a headline: a few words of Chinese at least, one line at most


def _headline(text: str) -> bool:
    """A first line that is a headline: Chinese words and no clause punctuation (焦作高新区开创又高又新发展新局面)."""
    return len(text) <= HEADLINE_MAX and len(CJK_CHAR_RE.findall(text)) >= HEADLINE_MIN_CJK and \
        not _CLAUSE_PUNCT_RE.search(text)


_EXCLAIMED_RE = re.compile("[！？!?]")


def _exclaimed_headline(text: str) -> bool:
    """A first line that is a headline of two parts, an exclamation or a question between them, clauses after it
    (中部地区GDP十强城市!武汉稳居首位,郑州重返第二,合肥第四), not a sentence stopping at a comma."""
    return len(text) <= HEADLINE_MAX and len(CJK_CHAR_RE.findall(text)) >= HEADLINE_MIN_CJK and \
        _EXCLAIMED_RE.search(text, 0, len(text) - 1) is not None and text[-1] not in "，,、；;：:"


_LONE_NEWLINE_RE = re.compile("\n(?<!\n\n)(?!\n)")


def _beside_table_row(raw: str, start: int, end: int) -> bool:
    """True when the line ending at ``start`` or the one starting at ``end`` is a row of a table."""
    prev = raw[raw.rfind("\n", 0, start) + 1: start]
    nxt_end = raw.find("\n", end)
    return _is_row(prev) or _is_row(raw[end: nxt_end if nxt_end >= 0 else len(raw)])


def _clean_form(raw: str) -> bool:
    """True for text in the shape clean_text outputs: no character normalisation would change, paragraphs apart by
    a blank line, or by a lone newline after a line that ends a sentence (closing quotes aside), after a first line
    that is a headline, before a bullet or beside a table's row."""
    if _NOT_CLEAN_RE.search(raw):
        return False
    own_end = -2  # where the last line of its own ends (:func:`_lines_of_their_own`)
    for m in _LONE_NEWLINE_RE.finditer(raw):
        before = raw[max(0, m.start() - 40): m.start()].rstrip(_CLOSERS)
        start = raw.rfind("\n", 0, m.start()) + 1
        previous = raw[:start].rstrip(" \t\u3000\r").rstrip(_CLOSERS)
        opens = start == 0 or raw[:start].endswith("\n\n") or previous[-1:] in _PARA_END_SET or own_end == start - 1
        if opens and _short_whole_line(raw[start: m.start()].strip()):
            own_end = m.start()
        first = raw.find("\n") == m.start() and (_headline(raw[: m.start()]) or _exclaimed_headline(raw[: m.start()])) \
            or own_end == m.start()
        if before[-1:] not in _PARA_END_SET and not first and raw[m.end(): m.end() + 1] not in _BULLET_SET and \
                not _beside_table_row(raw, m.start(), m.end()):
            return False
    return True


# A ranking printed as lines of text (排名国家级经开区省份 / 1苏州工业园区江苏 / 2广州经济技术开发区广东 …): a header
# naming the rank column first, then rows opening with the rank, counting up from 1, right before the name ranked
RANK_HEADER_RE = re.compile(r"(?:排名|名次|排序|位次)[^\d\n]{0,30}")
RANK_ROW_RE = re.compile(r"(\d{1,3})(?=[\u3400-\u9fff])([^\d\n，。；,;]{2,40})")


def _ranking_lines(lines: list[_Line]) -> set[int]:
    """The indices of the lines of every ranking printed as text (its header and at least two rows counting up from
    1) and of the line after it: each is a paragraph of its own, whatever the layout."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not RANK_HEADER_RE.fullmatch(line.text.strip()):
            continue
        j = i + 1
        while j < len(lines) and (row := RANK_ROW_RE.fullmatch(lines[j].text.strip())) and int(row.group(1)) == j - i:
            j += 1
        if j - i > 2:
            out.update(range(i, j + 1))
    return out


def _lines_of_their_own(lines: list[_Line]) -> list[bool]:
    """For each line, whether it is a short line that opens a paragraph and does not stop mid-sentence, in a text
    written one line per paragraph: a headline with clause punctuation in it (合肥市政府工作报告出炉：去年GDP达
    12673.8亿元，今年预期增长6%左右), a byline (来源：安徽财经网　记者 李晓雯), a dateline. A line opens a paragraph
    when it is the text's first, or comes after a blank line, a sentence's end or a line of its own (the byline after
    a headline)."""
    own: list[bool] = []
    for i, line in enumerate(lines):
        opens = i == 0 or line.blanks > 0 or lines[i - 1].final or own[i - 1]
        own.append(opens and _short_whole_line(line.text))
    return own


def _short_whole_line(text: str) -> bool:
    """A short line that does not stop mid-sentence (nor on a number its unit may follow on the next line)."""
    return 0 < len(text) <= HEADING_MAX_CHARS and text[-1] not in "，,、；;" and not text[-1].isdigit()


def _grid_lines(lines: list[_Line]) -> set[int]:
    """The indices of the lines of grids (:func:`is_grid_header`, then its rows)."""
    out: set[int] = set()
    columns = 0
    for i, line in enumerate(lines):
        if is_grid_header(line.text):
            out.add(i)
            columns = len(grid_cells(line.text))
        elif i - 1 in out and is_grid_row(line.text, columns):
            out.add(i)
    return {i for i in out if i + 1 in out or not is_grid_header(lines[i].text)}  # (a header with no row is none)


# the columns of labels a grid printed one cell per line opens its header with
_STACKED_HEADS = frozenset(("指标", "指标名称", "项目", "项目名称", "类别", "序号", "单位", "领域", "类型"))
_SENTENCE_MARKS_RE = re.compile("[。，；,;：:！？]")
_PART_LABEL_RE = re.compile("^其中[：:]")
# the columns a stacked grid's header may have after its years (年均增长（%）, 属性), and the words of an 属性 column
_STACKED_TRAIL_RE = re.compile(r"(?:年均)?增[长速]率?(?:[（(]%[)）])?|(?:指标)?属性")
_ATTRIBUTE_CELL_RE = re.compile("预期性|约束性")


def _period_column(cell: str) -> bool:
    return bool(GRID_PERIOD_RE.fullmatch(cell) or GRID_CHANGE_RE.fullmatch(cell))


def _stacked_grids(lines: list[_Line]) -> tuple[dict[int, bool], frozenset[int]]:
    """Grids printed one cell per line, as a web page's table saves as text (类别 / 指标 / 2017年 / 2020年 / 2022年,
    then each row's category and label and one figure per year, each on a line of its own): {line index: whether a
    paragraph starts at it} for their lines and the line after each grid; and the first lines of their header and
    rows, each of which reads as one line of a grid printed with spaces (:func:`is_grid_header`, :func:`_emit`). A
    row is one or two label cells and a cell for each column of the header after them (years, 年均增长, 属性); the
    grid ends at the first group of lines that is no such row."""
    cells = ["".join(ln.text.split()).strip("|｜") for ln in lines]  # (数字 产业 化, (% ): a cell's stray spaces; 162.06 |:
    # a cell closed by its table's rule)

    def value(c: str) -> bool:
        return bool(GRID_VALUE_RE.fullmatch(c) or _ATTRIBUTE_CELL_RE.fullmatch(c))

    def label(c: str) -> bool:  # (其中：城镇: a part of the row above, its colon no sentence's)
        c = _PART_LABEL_RE.sub("", c)
        return 0 < len(c) <= GRID_CELL_MAX and not value(c) and not _SENTENCE_MARKS_RE.search(c)

    out: dict[int, bool] = {}
    firsts: set[int] = set()
    i = 0
    while i < len(cells):
        j = i
        while j < len(cells) and cells[j] in _STACKED_HEADS:
            j += 1
        k = j
        while k < len(cells) and GRID_YEAR_RE.fullmatch(cells[k]):
            k += 1
        years = k - j
        while years and k < len(cells) and _STACKED_TRAIL_RE.fullmatch(cells[k]):
            k += 1
        periods = 0 if years else sum(1 for _ in takewhile(_period_column, cells[k:]))  # (本月 本月±% 本月止累计 累计±%)
        k += periods
        units = 0 if years or periods else sum(1 for _ in takewhile(GRID_UNIT_RE.fullmatch, cells[k:]))
        k += units  # (指标 / 年末数(万人) / 比重(%): columns named by what they count, in their units)
        starts, r = [], k
        while j > i and (years >= 2 or periods >= 2 and GRID_PERIOD_RE.fullmatch(cells[j]) or units >= 2):
            a = r
            while a < len(cells) and a - r < 2 and label(cells[a]):
                a += 1
            b = a
            while b < len(cells) and b - a < k - j and value(cells[b]):
                b += 1
            if a == r or b - a != k - j:
                break
            starts.append(r)
            r = b
        if len(starts) < 2:
            i += 1
            continue
        out.update((x, x == i or x in starts) for x in range(i, r))
        out[r] = True  # (the line after the grid, if any, opens a paragraph)
        firsts.update([i, *starts])
        i = r
    return out, frozenset(firsts)


def _decide_breaks(raw: str, lines: list[_Line], grid: frozenset[int], stacked: dict[int, bool]) -> list[bool]:
    """For each line, True if a paragraph break precedes it (index 0 is always True); ``grid``: the lines of grids
    (:func:`_grid_lines`), each a paragraph of its own; ``stacked``: the breaks of grids printed one cell per line
    (:func:`_stacked_grids`)."""
    clean_form = _clean_form(raw)
    ranking = _ranking_lines(lines)
    body = [ln for i, ln in enumerate(lines) if not _is_row(ln.text) and i not in grid]
    # (a table's rows are no column's wrapped lines)
    widths = [ln.width for ln in body if not ln.justified]
    modal, near = _modal_width(widths)
    no_blank = sum(1 for ln in lines[1:] if ln.blanks == 0)
    # a blank line after every line: a web page's text as saved (free layout), never a PDF column's wrapped lines
    spaced = len(lines) > 2 and no_blank == 0
    column = not clean_form and not spaced and modal >= MIN_COLUMN_WIDTH and _is_column_layout(body, widths, near)
    refs = _local_widths(lines, modal) if column else []
    blanks_matter = no_blank >= MEANINGFUL_BLANKS * max(1, len(lines) - 1)
    breaks = [True] * len(lines)
    own = _lines_of_their_own(lines)
    block_start, after_heading = True, False
    for i in range(1, len(lines)):
        a, b = lines[i - 1], lines[i]
        heading = False
        if clean_form:
            want = _hard_rule(a, b) is not False
        elif column:
            want, heading = _column_break(a, b, refs[i - 1], block_start, after_heading, blanks_matter)
        else:
            want = _free_break(a, b) or i == 1 and _exclaimed_headline(a.text)
        # one line per paragraph, written with lone newlines (a text saved from a web page): a line that ends a
        # sentence, a headline on the first line or a heading after a sentence (赶超发展的五年), or one before a
        # bullet, ends its paragraph at its newline, which maps to a single "\n"
        lone = b.start - a.end >= 1 and (not column and (a.final or b.text[0] in BULLETS or (
            i == 1 and (_headline(a.text) or _exclaimed_headline(a.text)) or
            i > 1 and _headline(a.text) and lines[i - 2].final or
            i > 1 and lines[i - 2].final and _NUMBERED_HEADING_RE.fullmatch(a.text)) or own[i - 1])
            or _table_row(a, b))
        if i in ranking or i in grid or i - 1 in grid:
            want = lone = True  # a line of a ranking or a grid printed as text
        if i in stacked:
            want = lone = stacked[i]  # a grid printed one cell per line: its header and each row, one line
        breaks[i] = want and (b.start - a.end >= MIN_BREAK_GAP or lone)
        if heading and i >= 2 and not breaks[i - 1] and lines[i - 2].final:
            breaks[i - 1] = a.start - lines[i - 2].end >= MIN_BREAK_GAP  # heading after a full line
        block_start, after_heading = breaks[i] or a.final, heading
    return breaks


def _break_offsets(raw: str, a_end: int, b_start: int) -> tuple[int, int]:
    """Raw indices for the two "\\n" of a paragraph break in the gap raw[a_end:b_start]: its first and last line
    break, or its one line break and a whitespace char next to it."""
    first, last = a_end, b_start - 1
    while raw[first] not in _LINE_BREAK_CHARS:  # trailing whitespace of the line before
        first += 1
    while raw[last] not in _LINE_BREAK_CHARS:  # leading whitespace of the line after
        last -= 1
    if first == last:
        return (first, b_start - 1) if first + 1 < b_start else (a_end, first)
    return first, last


def _cell_parts(line: str, stacked: bool = False) -> list[str]:
    """The kept and dropped parts of a grid's line: one whitespace char between two cells kept (as " "), the rest of
    its run dropped. ``stacked``: a grid's header or row printed one cell per line (:func:`_stacked_grids`), whose
    cells are apart by line breaks only (a run of spaces inside a cell, 数字 产业 化, is dropped whole)."""
    parts = [""]
    for run in re.finditer(r"\S+|\s+", line):
        if not run.group()[0].isspace():
            parts[-1] += run.group()
        elif not stacked or any(c in _LINE_BREAK_CHARS for c in run.group()):
            parts[-1] += " "
            parts += [run.group()[1:], ""]
        else:
            parts += [run.group(), ""]
    return parts


def _emit(raw: str, lines: list[_Line], breaks: list[bool], grid: frozenset[int] = frozenset(),
          stacked: frozenset[int] = frozenset()) -> tuple[str, tuple[tuple[int, int, int], ...]]:
    """Build the clean text and its offset runs (see :class:`CleanText`) from the lines and the break decisions.

    The raw text from the first line to the last is cut into parts that are alternately kept and dropped: each
    paragraph is split at the whitespace it drops, each break between paragraphs keeps two "\\n".  The kept
    parts make the clean text; the raw offsets of their chars follow from the lengths of all parts."""
    norm = _FULLWIDTH_RE.sub(lambda m: m.group().translate(_FULLWIDTH_TABLE), raw)  # 1:1
    firsts = [i for i, brk in enumerate(breaks) if brk]  # first line of each paragraph
    parts: list[str] = []
    for first, after in zip(firsts, firsts[1:] + [len(lines)]):
        start, end = lines[first].start, lines[after - 1].end
        # kept, dropped, kept, ..., kept; a whitespace char kept inside a paragraph becomes " "
        parts += _cell_parts(norm[start:end], first in stacked) if first in grid or first in stacked else (
            p if i % 2 else _KEPT_WS_RE.sub(" ", p) for i, p in enumerate(_DROPPED_RE.split(norm[start:end])))
        if after < len(lines) and lines[after].start - end < MIN_BREAK_GAP:  # a lone newline: one "\n"
            parts += "", "\n", ""
        elif after < len(lines):
            nl1, nl2 = _break_offsets(raw, end, lines[after].start)
            parts += raw[end:nl1], "\n", raw[nl1 + 1:nl2], "\n", raw[nl2 + 1:lines[after].start]
    bounds = list(accumulate(map(len, parts), initial=lines[0].start))
    text = "".join(parts[0::2])
    return _DIGIT_DOT_RE.sub(".", text), _runs(bounds[0::2], bounds[1::2])


def _runs(starts: list[int], ends: list[int]) -> tuple[tuple[int, int, int], ...]:
    """The offset runs of kept raw spans ``[starts[i], ends[i])`` laid end to end in the clean text; a span that
    continues the raw text of the previous one extends its run, so every run is as long as it can be."""
    runs: list[tuple[int, int, int]] = []
    clean = 0
    for r, e in zip(starts, ends):
        if e == r:
            continue
        if runs and runs[-1][1] + runs[-1][2] == r:
            c0, r0, n0 = runs[-1]
            runs[-1] = (c0, r0, n0 + e - r)
        else:
            runs.append((clean, r, e - r))
        clean += e - r
    return tuple(runs)


def clean_text(raw: str) -> CleanText:
    """Clean PDF-extracted Chinese text; see the module docstring for the rules.

    Pure, deterministic and linear in ``len(raw)``.  Raises ValueError if ``raw`` is not a str.
    """
    if not isinstance(raw, str):
        raise ValueError(f"clean_text expects a str, got {type(raw).__name__}")
    lines = _split_lines(raw)
    if not lines:
        return CleanText(raw, "", ())
    grid = frozenset(_grid_lines(lines))
    stacked, stacked_firsts = _stacked_grids(lines)
    text, runs = _emit(raw, lines, _decide_breaks(raw, lines, grid, stacked), grid, stacked_firsts)
    return CleanText(raw, simplified(text), runs)


TRADITIONAL_SHARE = 0.1  # traditional texts change ~40% of their Chinese characters, simplified ones under 1%
TRADITIONAL_MIN = 3      # ... and at least this many (a short simplified phrase may hold one: 显著)


def simplified(text: str, always: bool = False) -> str:
    """``text`` in simplified characters when it is written in traditional ones (see the module docstring; or,
    with ``always``, whatever it is written in: a phrase quoted from a text known to be traditional), else ``text``
    itself; the same length either way."""
    from hanziconv import HanziConv

    han = len(CJK_CHAR_RE.findall(text))
    if not han:
        return text
    conv = HanziConv.toSimplified(text)
    if len(conv) != len(text):  # the table is one char to one char; never shift the map back to the raw text
        return text
    changed = sum(a != b for a, b in zip(text, conv))
    return conv if always or changed >= max(TRADITIONAL_MIN, TRADITIONAL_SHARE * han) else text


PARAGRAPH_RE = re.compile("[^\n][^\n]*")  # a paragraph of clean text: no newline inside


def split_paragraphs(ct: CleanText) -> list[tuple[int, int]]:
    """Clean-text ``(start, end)`` spans of the paragraphs (separated by "\\n\\n", or by "\\n" in a text written one
    line per paragraph)."""
    return split_paragraphs_of(ct.text)


def split_paragraphs_of(text: str) -> list[tuple[int, int]]:
    """:func:`split_paragraphs` of a clean text given as a string."""
    return [m.span() for m in PARAGRAPH_RE.finditer(text)]


def paragraph_around(text: str, pos: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph of clean ``text`` holding the character at ``pos``."""
    a, b = text.rfind("\n", 0, pos), text.find("\n", pos)
    return a + 1, (b if b >= 0 else len(text))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``: split after 。！？； (and ASCII !?;), keeping closing
    quotes/brackets (”’）) with their sentence, and at paragraph ends; whitespace is trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _SENT_END_RE.finditer(text, start, end):
        stop = m.start() if m.group().startswith("\n") else m.end()
        _add_trimmed(text, cur, stop, spans)
        cur = m.end()
    _add_trimmed(text, cur, end, spans)
    return spans


def _add_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    """Append (start, end) with surrounding whitespace removed, unless it is empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
