"""Clean Chinese newspaper text extracted from PDFs, keeping a 1:1 map back to the raw text.

`clean_text(raw)` joins lines that the PDF layout broke inside a sentence, removes the spaces that
justified columns put between Chinese characters, normalises full-width digits/letters/％/U+3000 to
ASCII (one char to one char) and separates paragraphs by exactly ``"\\n\\n"``.  Every clean char
comes from exactly one raw char (``CleanText.offsets``); the two ``"\\n"`` of a paragraph break map
to whitespace chars (a newline first) of the raw gap between the two paragraphs.

How line breaks are judged (per document, linear time):

* Layout.  A document is a *column* layout when many lines have about the same visual width and
  most lines end mid-sentence (narrow newspaper columns, seeds 000/001/004); otherwise it is a
  *free* layout where one line is one paragraph (seeds 002/003).
* Hard rules (both layouts): a number at a line end followed by a CJK char / ``%`` is always
  joined ("1.67\\n倍"); two or more blank lines, a markdown ``#`` heading and a photo credit
  ("... 本报记者 郭树勋 摄") always break.
* Column layout: the local column width is an upper quantile of the widths of nearby lines
  (ASCII chars and space runs count half).  A line that ends a sentence (。！？：) breaks when it
  is clearly shorter than that width; a line much wider than it (a headline) breaks; a heading
  breaks: a short line after a sentence end that ends in "，", is made of space-separated phrases
  ("创新前行 克难攻坚") or is much shorter and has no punctuation, and the punctuation-free line
  after it.  Anything else is a line wrapped by the layout and is joined.
* Free layout: a line breaks unless it plainly stops mid-sentence (ends in "，、；" or holds a
  sentence end / several commas but no final punctuation, e.g. "...的体系。认真落实...促进创新主体").
* A break needs at least two raw chars between the lines (room for the two mapped ``"\\n"``);
  otherwise the lines are joined (a two-line heading separated by one newline stays one paragraph).
* Spaces: a whitespace run inside a paragraph is dropped, except that one space (mapped to its
  first char) is kept between two printable ASCII chars ("12 5" is never merged into "125").
* Text already in clean form (the shape `clean_text` outputs) keeps its paragraphs, which makes
  cleaning idempotent.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["CleanText", "clean_text", "split_paragraphs", "split_sentences"]

# --- character classes -------------------------------------------------------------------------
_LINE_BREAK_CHARS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on
_BREAK_RE = re.compile(r"\r\n|[" + _LINE_BREAK_CHARS + "]")
# runs are written "X X*" rather than "X+" so that the regex engine skips in C to a character that can start one
_WS_RE = re.compile(r"\s\s*")  # same set as str.isspace()
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PHRASE_SPACE_RE = re.compile(f"[{_CJK}]\\s+[{_CJK}]")
_DIGIT_CHARS = "0123456789０１２３４５６７８９"
_NUMBER_THEN_UNIT_RE = re.compile(f"[{_DIGIT_CHARS}][{_CJK}%％]")  # tested on last char of A + first of B
_PARA_END = "。！？!?：:"  # a line ending with one of these may end a paragraph
_CLOSERS = "”’）)」』》\"'"  # closing quotes/brackets that may follow the final punctuation
_SENTENCE_INSIDE_RE = re.compile("[。！？；!?;]")  # sentence (or clause) end inside a line
_COMMA_RE = re.compile("[，,、]")
_CLAUSE_PUNCT_RE = re.compile("[，,、：:；;。！？!?]")
_CREDIT_RE = re.compile(r"\s\S{0,8}摄[)）]?$")  # photo credit: "本报记者 杨 帆 摄"
# full-width full stop used as decimal point; the lookbehind follows the literal, which the regex engine then
# finds in C instead of trying the lookbehind at every position
_DIGIT_DOT_RE = re.compile("．(?<=[0-9]．)(?=[0-9])")
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
    r"|(?<!\n)\n(?!\n)|\n{3,}"  # a newline that is not part of an exact "\n\n"
    r"|(?<![!-~]) | (?![!-~])"  # a space not between two printable ASCII chars
    r"|[０-９Ａ-Ｚａ-ｚ％]|(?<=[0-9])．(?=[0-9])"  # chars that normalisation would change
)

# --- tuning constants ---------------------------------------------------------------------------
HALF_WIDTH = 0.5  # visual width of an ASCII char or of a space run, in CJK character widths
MIN_COLUMN_LINES = 8  # fewer lines than this cannot show a column layout
COLUMN_SHARE = 0.3  # share of lines within WIDTH_BIN of the modal width in a column layout
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
MIN_BREAK_GAP = 2  # raw chars needed between paragraphs to map the two "\n"


@dataclass(frozen=True)
class CleanText:
    """Clean text plus, for each clean char, the index of the raw char it came from."""

    raw: str
    text: str
    offsets: tuple[int, ...]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the raw ``(start, end)`` covering clean chars ``text[start:end]`` (end > start)."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad clean span ({start}, {end}) for text of length {len(self.text)}")
        return self.offsets[start], self.offsets[end - 1] + 1


class _Line(NamedTuple):
    """A non-blank raw line: stripped content span, blank lines before it, and layout features."""

    start: int
    end: int
    blanks: int
    text: str
    width: float
    justified: bool
    phrase_spaced: bool
    ends: bool  # ends with final punctuation (see _ends_paragraph)


def _line_features(text: str, start: int, blanks: int) -> _Line:
    """Measure one stripped line ``text`` starting at raw offset ``start``: visual width, justified spacing,
    phrase-separating spaces."""
    chunks = text.split()
    if len(chunks) == 1:  # no space inside (most lines): neither justified nor phrase-spaced
        width = len(text) - HALF_WIDTH * len(text.encode("ascii", "ignore"))
        justified = phrased = False
    else:
        compact = "".join(chunks)
        ascii_chars = len(compact.encode("ascii", "ignore"))
        width = len(compact) - HALF_WIDTH * ascii_chars + HALF_WIDTH * (len(chunks) - 1)
        singles = sum(1 for c in chunks if len(c) == 1)
        justified = singles >= MIN_JUSTIFIED_SINGLES and 2 * singles >= len(chunks)
        phrased = not justified and len(chunks) <= MAX_PHRASES and bool(_PHRASE_SPACE_RE.search(text))
    body = text.rstrip(_CLOSERS)
    ends = bool(body) and body[-1] in _PARA_END
    return _Line(start, start + len(text), blanks, text, width, justified, phrased, ends)


def _split_lines(raw: str) -> list[_Line]:
    """Split ``raw`` into non-blank lines (any str.splitlines() break; "\\r\\n" counts once)."""
    lines: list[_Line] = []
    blanks, pos = 0, 0
    for seg in raw.splitlines(keepends=True):
        stripped = seg.strip()
        if stripped:  # the leading whitespace ends where the first stripped character first occurs
            lines.append(_line_features(stripped, pos + seg.find(stripped[0]), blanks))
            blanks = 0
        else:
            blanks += 1
        pos += len(seg)
    return lines


def _ends_paragraph(line: _Line) -> bool:
    """True if the line ends with final punctuation (。！？：), possibly before closing quotes (measured once,
    in _line_features)."""
    return line.ends


def _modal_width(widths: list[float]) -> tuple[float, int]:
    """Return the width with most lines within WIDTH_BIN of it, and that number of lines."""
    hist = Counter(round(w) for w in widths)
    best, best_n = 0.0, 0
    for w in sorted(hist):
        near = sum(hist.get(w + d, 0) for d in range(-WIDTH_BIN, WIDTH_BIN + 1))
        if near > best_n:
            best, best_n = float(w), near
    return best, best_n


def _is_column_layout(lines: list[_Line]) -> bool:
    """Column layout: enough lines, many of the modal width, most ending mid-sentence."""
    widths = [ln.width for ln in lines if not ln.justified]
    if len(lines) < MIN_COLUMN_LINES or not widths:
        return False
    _, near = _modal_width(widths)
    wrapped = sum(1 for ln in lines if not _ends_paragraph(ln))
    return near >= COLUMN_SHARE * len(widths) and wrapped >= WRAPPED_SHARE * len(lines)


def _local_widths(lines: list[_Line]) -> list[float]:
    """Local column width of each line: upper quantile of the non-justified widths around it."""
    fallback, _ = _modal_width([ln.width for ln in lines if not ln.justified] or [0.0])
    widths = [None if ln.justified else ln.width for ln in lines]
    windows = [widths[max(0, i - WINDOW): i + WINDOW + 1] for i in range(len(widths))]
    if None in widths:  # justified lines do not count
        windows = [[w for w in window if w is not None] for window in windows]
    return [window[int(UPPER_QUANTILE * (len(window) - 1))] if window else fallback
            for window in map(sorted, windows)]


def _hard_rule(a: _Line, b: _Line) -> bool | None:
    """Rules valid in every layout: True = break, False = join, None = no opinion."""
    if a.text[-1] in _DIGIT_CHARS and _NUMBER_THEN_UNIT_RE.fullmatch(a.text[-1] + b.text[0]):
        return False  # "2.39\n亿元", "第138\n位": never split a number from its unit
    if b.blanks >= 2 or a.text.startswith("#") or b.text.startswith("#"):
        return True
    return ("摄" in a.text and bool(_CREDIT_RE.search(a.text))) or None


def _is_heading(a: _Line, ref: float, short: bool, block_start: bool, after_heading: bool) -> bool:
    """Heading line: a short block start ending in "，" or made of phrases, a much shorter block
    start without punctuation, or the line after such a heading line (without punctuation)."""
    if a.justified or _SENTENCE_INSIDE_RE.search(a.text) or a.text.endswith("—"):
        return False
    if not after_heading and not (block_start and short):
        return False
    bare = not _CLAUSE_PUNCT_RE.search(a.text) and _balanced(a.text)
    if after_heading:
        return bare
    return a.text[-1] in "，," or a.phrase_spaced or (bare and a.width <= BARE_HEADING * ref)


def _balanced(text: str) -> bool:
    """True if every bracket/quote pair opens and closes the same number of times."""
    return all(text.count(o) == text.count(c) for o, c in _BRACKET_PAIRS)


def _column_break(
    a: _Line, b: _Line, ref: float, state: tuple[bool, bool, bool]
) -> tuple[bool, bool]:
    """Column layout: return (break?, is a first heading line?) for the boundary a -> b."""
    block_start, after_heading, blanks_matter = state
    hard = _hard_rule(a, b)
    if hard is not None:
        return hard, False
    short = not a.justified and a.width <= ref - max(SHORT_TOLERANCE, SHORT_FRACTION * ref)
    over = not a.justified and a.width > OVER_WIDE * ref
    if _ends_paragraph(a):
        return short or over or (blanks_matter and b.blanks >= 1), False
    if over:
        return True, True  # a headline wider than the column
    heading = _is_heading(a, ref, short, block_start, after_heading)
    return heading, heading and not after_heading


def _free_break(a: _Line, b: _Line) -> bool:
    """Free layout (one line per paragraph): break unless the line plainly stops mid-sentence."""
    hard = _hard_rule(a, b)
    if hard is not None:
        return hard
    if _ends_paragraph(a):
        return True
    if a.text[-1] in "，,、；;":
        return False
    mid_sentence = _SENTENCE_INSIDE_RE.search(a.text) or len(_COMMA_RE.findall(a.text)) >= 2
    return not mid_sentence


def _decide_breaks(raw: str, lines: list[_Line]) -> list[bool]:
    """For each line, True if a paragraph break precedes it (index 0 is always True)."""
    clean_form = not _NOT_CLEAN_RE.search(raw)
    column = not clean_form and _is_column_layout(lines)
    refs = _local_widths(lines) if column else []
    no_blank = sum(1 for ln in lines[1:] if ln.blanks == 0)
    blanks_matter = no_blank >= MEANINGFUL_BLANKS * max(1, len(lines) - 1)
    breaks = [True] * len(lines)
    block_start, after_heading = True, False
    for i in range(1, len(lines)):
        a, b = lines[i - 1], lines[i]
        heading = False
        if clean_form:
            want = _hard_rule(a, b) is not False
        elif column:
            state = (block_start, after_heading, blanks_matter)
            want, heading = _column_break(a, b, refs[i - 1], state)
        else:
            want = _free_break(a, b)
        breaks[i] = want and b.start - a.end >= MIN_BREAK_GAP
        if heading and i >= 2 and not breaks[i - 1] and _ends_paragraph(lines[i - 2]):
            breaks[i - 1] = a.start - lines[i - 2].end >= MIN_BREAK_GAP  # heading after a full line
        block_start, after_heading = breaks[i] or _ends_paragraph(a), heading
    return breaks


def _is_word_char(ch: str) -> bool:
    """Printable ASCII (after normalisation): a space between two of these is kept."""
    return "!" <= ch <= "~"


def _emit_span(norm: str, start: int, end: int, out: list[str], offsets: list[int]) -> None:
    """Append the clean form of norm[start:end], a paragraph with no leading/trailing space
    (``norm`` is the raw text with full-width chars already mapped 1:1 to ASCII)."""
    pos = start
    for m in _WS_RE.finditer(norm, start, end):
        ws_start, ws_end = m.span()
        out.append(norm[pos:ws_start])
        offsets.extend(range(pos, ws_start))
        if "!" <= norm[ws_start - 1] <= "~" and "!" <= norm[ws_end] <= "~":  # _is_word_char of both sides
            out.append(" ")
            offsets.append(ws_start)
        pos = ws_end
    out.append(norm[pos:end])
    offsets.extend(range(pos, end))


def _break_offsets(raw: str, a_end: int, b_start: int) -> tuple[int, int]:
    """Raw indices for the two "\\n" of a paragraph break in the gap raw[a_end:b_start]."""
    first = _BREAK_RE.search(raw, a_end, b_start).start()
    last = next(i for i in range(b_start - 1, a_end - 1, -1) if raw[i] in _LINE_BREAK_CHARS)
    if first == last:
        return (first, b_start - 1) if first + 1 < b_start else (a_end, first)
    return first, last


def _emit(raw: str, lines: list[_Line], breaks: list[bool]) -> tuple[str, list[int]]:
    """Build the clean text and its offsets from the lines and the break decisions."""
    norm = _FULLWIDTH_RE.sub(lambda m: m.group().translate(_FULLWIDTH_TABLE), raw)  # 1:1
    out: list[str] = []
    offsets: list[int] = []
    para_start = lines[0].start
    for i in range(1, len(lines) + 1):
        if i < len(lines) and not breaks[i]:
            continue
        _emit_span(norm, para_start, lines[i - 1].end, out, offsets)
        if i < len(lines):
            out.append("\n\n")
            offsets.extend(_break_offsets(raw, lines[i - 1].end, lines[i].start))
            para_start = lines[i].start
    return _DIGIT_DOT_RE.sub(".", "".join(out)), offsets


def clean_text(raw: str) -> CleanText:
    """Clean PDF-extracted Chinese text; see the module docstring for the rules.

    Pure, deterministic and linear in ``len(raw)``.  Raises ValueError if ``raw`` is not a str.
    """
    if not isinstance(raw, str):
        raise ValueError(f"clean_text expects a str, got {type(raw).__name__}")
    lines = _split_lines(raw)
    if not lines:
        return CleanText(raw, "", ())
    text, offsets = _emit(raw, lines, _decide_breaks(raw, lines))
    return CleanText(raw, text, tuple(offsets))


def split_paragraphs(ct: CleanText) -> list[tuple[int, int]]:
    """Clean-text ``(start, end)`` spans of the paragraphs (separated by "\\n\\n")."""
    spans, pos, text = [], 0, ct.text
    while pos < len(text):
        sep = text.find("\n\n", pos)
        end = len(text) if sep < 0 else sep
        if end > pos:
            spans.append((pos, end))
        pos = end + 2
    return spans


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
