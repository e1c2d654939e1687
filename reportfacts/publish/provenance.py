"""Span-level provenance: a report's clean text as escaped HTML with every fact highlighted, and links to it.

Each fact's clean span becomes ``<mark id="fact-<fact_id>" class="rf-fact" title="<sentence>">…</mark>`` on the
report's page ``report_<report_id>.html``; any table in the book links a fact id to that anchor with
:func:`fact_link`. Every character of report text goes through :func:`html.escape`, so markup written in a report
can never become HTML.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from reportfacts.core.paths import PROCESSED_DIR, resolve
from reportfacts.core.tables import read_table
from reportfacts.text.clean import split_paragraphs_of

ANCHOR_PREFIX = "fact-"
# Inline so the page needs no extra static file: a followed link outlines its span and scrolls it clear of the
# theme's fixed header.
STYLE = (
    "<style>"
    ".rf-report-text mark.rf-fact{background:#fff3b0;padding:0 1px;scroll-margin-top:5rem}"
    ".rf-report-text mark.rf-fact:target{background:#ffd54f;outline:3px solid #d84315;font-weight:700}"
    ".rf-report-text .rf-sentence:has(mark:target),.rf-report-text .rf-sentence:has(.rf-anchor:target)"
    "{background:#dcebfa}"
    ".rf-report-text .rf-anchor{scroll-margin-top:5rem}"
    "</style>"
)


@dataclass(frozen=True)
class Span:
    """One fact's place in a clean text: ``text[start:end]``, its id and the sentence shown on hover."""

    start: int
    end: int
    fact_id: str
    sentence: str = ""


def fact_anchor(fact_id: str) -> str:
    """The HTML id of a fact's highlighted span."""
    return f"{ANCHOR_PREFIX}{fact_id}"


def report_of(fact_id: str) -> str:
    """The report id inside a fact id (``f"{report_id}-{n:03d}"``)."""
    report_id, sep, n = fact_id.rpartition("-")
    if not sep or not report_id or not n.isdigit():
        raise ValueError(f"fact_id {fact_id!r} is not of the form <report_id>-<number>")
    return report_id


def fact_link(fact_id: str, report_id: str | None = None) -> str:
    """Relative URL of a fact's highlighted span, from any page in ``book/``: ``report_<id>.html#fact-<id>``."""
    report_id = report_id or report_of(fact_id)
    return f"report_{report_id}.html#{fact_anchor(fact_id)}"


def spans_of(facts: pd.DataFrame, report_id: str | None = None) -> list[Span]:
    """The spans of ``facts`` (one report's rows, or the rows of ``report_id``), sorted by position then id."""
    if report_id is not None:
        facts = facts[facts["report_id"] == report_id]
    spans = [Span(int(r.clean_start), int(r.clean_end), str(r.fact_id), str(r.sentence))
             for r in facts.itertuples(index=False)]
    return sorted(spans, key=lambda s: (s.start, s.end, s.fact_id))


def _check(text: str, spans: list[Span]) -> None:
    seen: set[str] = set()
    for s in spans:
        if not 0 <= s.start < s.end <= len(text):
            raise ValueError(f"fact {s.fact_id}: span {s.start}:{s.end} is outside the text (0:{len(text)})")
        if s.fact_id in seen:
            raise ValueError(f"fact {s.fact_id} appears twice; fact ids must be unique")
        seen.add(s.fact_id)


HEADING = re.compile(r"#{1,3}")  # a paragraph the PDF's extraction marked as a heading: "# 标题", "## 小标题"
# A photo caption: it ends with the photographer's credit (本报记者郭树勋摄, 诗咏摄) or is the page's picture note.
CAPTION = re.compile(r"(?:摄[)）]?$)|(?:^[(（]?本版图片)")
SENTENCE_END = re.compile(r"[。！？；!?;][”’」』）)]*")


@dataclass(frozen=True)
class Block:
    """One paragraph of a clean text: ``text[start:end]`` (the heading marker left out), shown as ``kind``:
    ``p`` (a paragraph), ``h2``/``h3`` (a heading: "#" or "##" in the text) or ``caption`` (a photo caption)."""

    kind: str
    start: int
    end: int


def blocks(text: str, spans: list[Span] = ()) -> list[Block]:
    """The paragraphs of ``text`` (separated by a blank line) with what each is; a paragraph that a span crosses
    is joined to the next, so a figure is never cut in two."""
    ranges = [list(p) for p in split_paragraphs_of(text)] or [[0, len(text)]]
    for s in spans:
        while True:
            i = max((i for i, r in enumerate(ranges) if r[0] <= s.start), default=0)
            if s.end <= ranges[i][1] or i + 1 == len(ranges):
                break
            ranges[i][1] = ranges.pop(i + 1)[1]
    out = []
    for start, end in ranges:
        para = text[start:end]
        marker = HEADING.match(para)
        if marker and not any(start <= s.start < start + marker.end() for s in spans):
            level = min(len(marker.group()) + 1, 3)
            skip = marker.end() + len(para[marker.end():]) - len(para[marker.end():].lstrip())
            out.append(Block(f"h{level}", start + skip, end))
        elif CAPTION.search(para.strip()):
            out.append(Block("caption", start, end))
        else:
            out.append(Block("p", start, end))
    return out


def sentences(text: str, start: int, end: int, spans: list[Span]) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into sentences (after 。！？；), a sentence a span crosses joined to the next."""
    cuts = [m.end() for m in SENTENCE_END.finditer(text, start, end) if m.end() < end]
    cuts = [c for c in cuts if not any(s.start < c < s.end for s in spans)]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _plain(text: str) -> str:
    """Escaped text between marks; a line break inside a paragraph stays a line break."""
    return html.escape(text, quote=True).replace("\n", "<br>")


def _anchor(span: Span) -> str:
    return (f'<span id="{html.escape(fact_anchor(span.fact_id), quote=True)}" '
            f'class="rf-anchor" title="{html.escape(span.sentence, quote=True)}"></span>')


def _mark(span: Span, inner: str) -> str:
    return (f'<mark id="{html.escape(fact_anchor(span.fact_id), quote=True)}" class="rf-fact" '
            f'title="{html.escape(span.sentence, quote=True)}">{inner}</mark>')


def _inline(text: str, start: int, end: int, spans: list[Span]) -> str:
    """``text[start:end]`` escaped, with every span in it wrapped in its ``<mark>``.

    A span that starts inside the previous one (overlapping figures) cannot be wrapped: it gets an empty
    ``<span id="fact-…" class="rf-anchor">`` where the previous mark begins, so its link still lands there.
    """
    out, pos = [], start
    for s in spans:
        if s.start < pos:
            out.insert(len(out) - 1, _anchor(s))
            continue
        out.append(_plain(text[pos:s.start]))
        out.append(_mark(s, html.escape(text[s.start:s.end], quote=True).replace("\n", " ")))
        pos = s.end
    out.append(_plain(text[pos:end]))
    return "".join(out)


def _block_html(text: str, block: Block, spans: list[Span]) -> str:
    """One paragraph, heading or caption; each sentence holding a figure in a ``<span class="rf-sentence">`` (the
    stylesheet highlights the sentence of a followed figure, and the figure in it)."""
    parts = []
    for a, b in sentences(text, block.start, block.end, spans):
        mine = [s for s in spans if a <= s.start < b]
        inner = _inline(text, a, b, mine)
        parts.append(f'<span class="rf-sentence">{inner}</span>' if mine else inner)
    body = "".join(parts)
    if block.kind == "caption":
        return f'<p class="rf-caption">{body}</p>'
    if block.kind != "p":
        return f'<{block.kind} class="rf-heading">{body}</{block.kind}>'
    return f"<p>{body}</p>"


def highlight(text: str, spans: Iterable[Span]) -> str:
    """``text`` as escaped HTML: paragraphs, headings (the "#" markers dropped) and photo captions, every span
    wrapped in its ``<mark>`` and every sentence with a figure in a ``<span class="rf-sentence">``."""
    spans = sorted(spans, key=lambda s: (s.start, s.end, s.fact_id))
    _check(text, spans)
    out = []
    for block in blocks(text, spans):
        mine = [s for s in spans if block.start <= s.start < block.end]
        out.append(_block_html(text, block, mine))
    return STYLE + '<div class="rf-report-text">' + "\n".join(out) + "</div>"


IMPLIED = re.compile(r"(.+)-implied-\d+")  # an implied figure's id: <check_id>-implied-<n>
CHECKS_PAGE = "03_conflicts.html"  # the chapter whose table of all checks has a row anchor per check
CHECK_PREFIX = "check-"


def check_link(check_id: str) -> str:
    """Relative URL of a check's row in the table of all checks, from any page in ``book/``."""
    return f"{CHECKS_PAGE}#{CHECK_PREFIX}{check_id}"


def load_sentences(facts_path: str | pd.DataFrame | None = None) -> dict[str, str]:
    """fact_id -> its sentence, from facts.csv (default ``data/processed/facts.csv``) or a facts table."""
    if isinstance(facts_path, pd.DataFrame):
        facts = facts_path
    else:
        path = resolve(facts_path) if facts_path else PROCESSED_DIR / "facts.csv"
        facts = read_table(path, text=True, usecols=["fact_id", "sentence"])
    return dict(zip(facts["fact_id"].astype(str), facts["sentence"].astype(str)))


def link_html(fact_ids: str, sentences: Mapping[str, str]) -> str:
    """A cell of fact ids (one, or a ``;``-separated list) as escaped links to their highlighted spans.

    An implied figure (``<check_id>-implied-<n>``, which no report prints) links to the row of the check that made
    it in the chapter "Where the reports disagree" (:func:`check_link`). Any other id that is not a known fact stays
    plain (escaped) text.
    """
    if fact_ids is None or (isinstance(fact_ids, float) and pd.isna(fact_ids)):
        return ""
    parts = [p.strip() for p in str(fact_ids).split(";")]
    out = []
    for p in (p for p in parts if p):
        text = html.escape(p, quote=True)
        implied = IMPLIED.fullmatch(p)
        if p in sentences:
            out.append(f'<a class="rf-fact-link" href="{html.escape(fact_link(p), quote=True)}" '
                       f'title="{html.escape(sentences[p], quote=True)}">{text}</a>')
        elif implied:
            out.append(f'<a class="rf-check-link" href="{html.escape(check_link(implied.group(1)), quote=True)}" '
                       f'title="implied by the check {html.escape(implied.group(1), quote=True)}">{text}</a>')
        else:
            out.append(text)
    return "; ".join(out)
