"""The chapter on one report: its header, its facts with their quotes, and what could not be mapped."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from reportfacts.core.paths import resolve
from reportfacts.core.tables import read_table
from reportfacts.publish import provenance
from reportfacts.publish.display import escape
from reportfacts.text.clean import clean_text
from reportfacts.text.sources import Source, load_sources, read_report

# What a reader needs beside the figure; the subject and the Chinese metric name are in facts.csv (and the text).
FACT_TABLE_COLUMNS = ["fact_id", "quote", "measure_zh", "subject_zh", "metric_en", "value", "unit", "period", "kind"]


@dataclass(frozen=True)
class ReportChapter:
    """What the per-report chapter shows."""

    source: Source
    facts: pd.DataFrame
    outlet: str | None = None  # the newspaper, when seeds/sources.yml names it (the text or its layout says)

    def header_html(self) -> str:
        """Headline (Chinese), newspaper (or "not stated"), byline, publication date and file, as escaped HTML (never Markdown: a headline or
        byline is report text, and must not become markup)."""
        s = self.source
        items = [f"Newspaper: {escape(self.outlet) if self.outlet else 'not stated'}",
                 f"Published: {escape(s.published or 'unknown')}",
                 f"Report id: <code>{escape(s.report_id)}</code>; its text: <code>data/seeds/{escape(s.file)}</code> "
                 f"(page Data)"]
        if s.byline:
            items.append(f"Byline: {escape(s.byline)}")
        items.append(f"Facts extracted: {len(self.facts)}")
        listing = "".join(f"<li>{item}</li>" for item in items)
        return f'<p lang="zh"><strong>{escape(s.headline_zh)}</strong></p><ul>{listing}</ul>'

    def facts_table(self) -> pd.DataFrame:
        """The report's facts in text order."""
        return self.facts[FACT_TABLE_COLUMNS].reset_index(drop=True)

    def sentences(self) -> dict[str, str]:
        """fact_id -> the sentence it was read from (the title of its link in the tables)."""
        return provenance.load_sentences(self.facts)

    def text_html(self) -> str:
        """The report's clean text as escaped HTML, every fact's span highlighted with its anchor."""
        text = clean_text(read_report(self.source.path)).text
        return provenance.highlight(text, provenance.spans_of(self.facts))

    def unmapped_table(self) -> pd.DataFrame:
        """The report's facts that have no metric."""
        return self.facts.loc[self.facts["metric_id"].eq(""), ["fact_id", "quote", "sentence"]].reset_index(drop=True)


def load_report_chapter(report_id: str, facts_path: str | Path, seeds_dir: str | Path) -> ReportChapter:
    """The chapter for ``report_id``; an unknown id stops with the list of known ones."""
    sources = {s.report_id: s for s in load_sources(seeds_dir)}
    if report_id not in sources:
        raise ValueError(f"report_id {report_id!r} is not in {seeds_dir}; known: {', '.join(sorted(sources))}")
    facts = read_table(facts_path, text=True)
    facts = facts[facts["report_id"] == report_id].sort_values("char_start", key=lambda c: c.astype(int))
    return ReportChapter(sources[report_id], facts, outlet_of(seeds_dir, report_id))


def outlet_of(seeds_dir: str | Path, report_id: str) -> str | None:
    """The ``outlet`` sources.yml records for a report (None when it is not stated or there is no sources.yml)."""
    from reportfacts.core import yamlio

    path = resolve(seeds_dir) / "sources.yml"
    if not path.exists():
        return None
    entries = (yamlio.safe_load(path.read_text(encoding="utf-8")) or {}).get("sources") or []
    return next((e.get("outlet") or None for e in entries if e.get("report_id") == report_id), None)
