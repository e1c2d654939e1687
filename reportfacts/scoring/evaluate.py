"""Locate a hand-made answer key's figures in the texts and match extracted facts to them (scored field by field
in :mod:`reportfacts.scoring.score`).

Key columns: report_id, anchor, figure, occurrence, value, unit, period, kind, measure_zh, subject_zh, note. An
anchor is a clause of the report with all whitespace removed and lists ALL its facts; ``figure`` is the written
figure inside the anchor and ``occurrence`` (1-based) says which of its occurrences in the anchor is meant. An
extracted fact matches a key row when it is in the same report and its clean span overlaps the key figure's span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import pandas as pd

from reportfacts.text.clean import clean_text, simplified


WS_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Stripped:
    """A text with whitespace removed and the map from stripped positions back to the original."""

    text: str
    index: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "Stripped":
        idx = tuple(i for i, c in enumerate(text) if not c.isspace())
        return cls("".join(text[i] for i in idx), idx)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of stripped ``[start, end)``."""
        return self.index[start], self.index[end - 1] + 1


def _occurrences(hay: str, needle: str) -> list[int]:
    """Start of every (possibly overlapping) occurrence of ``needle`` in ``hay``."""
    out, i = [], hay.find(needle)
    while needle and i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def as_decimal(v) -> Decimal | None:
    """``v`` as a Decimal, or None if it is not a number."""
    try:
        return Decimal(str(v).strip())
    except (InvalidOperation, ValueError):
        return None


def locate_key(key: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Add to each key row the clean spans of its anchor occurrences and of its figure (``spans``: list of
    (anchor_start, anchor_end, fig_start, fig_end)); rows whose anchor or figure is not found get ``[]``."""
    stripped = {rid: Stripped.of(t) for rid, t in texts.items()}
    spans = []
    for r in key.itertuples():
        st = stripped.get(r.report_id)
        # the key quotes the raw text; the texts are clean (1·8% reads 1.8%, full-width digits are ASCII)
        anchor, fig = (clean_text(WS_RE.sub("", str(x))).text for x in (r.anchor, r.figure))
        if st and anchor not in st.text:  # a short quote of a text in traditional characters, read in simplified
            anchor = simplified(anchor, always=True)
        if fig not in anchor:
            fig = simplified(fig, always=True)
        occ = int(r.occurrence) if str(r.occurrence).strip() not in ("", "nan") else 1
        row = []
        for a in _occurrences(st.text, anchor) if st else []:
            f = _occurrences(anchor, fig)
            if len(f) >= occ:
                fs = a + f[occ - 1]
                row.append((*st.span(a, a + len(anchor)), *st.span(fs, fs + len(fig))))
        spans.append(row)
    out = key.copy()
    out["spans"] = spans
    return out


def match(facts: pd.DataFrame, key: pd.DataFrame, texts: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (key rows with ``spans`` and ``matched_fact``, facts with ``in_anchor`` and ``matched_key``), one to
    one: a key row is matched by the first unmatched fact overlapping its figure (one of equal value first), so
    that value and unit can then be scored as fields."""
    key = locate_key(key.reset_index(drop=True), texts)
    facts = facts.reset_index(drop=True).copy()
    facts["in_anchor"], facts["matched_key"] = False, -1
    key["matched_fact"] = -1
    by_report = {rid: g for rid, g in facts.groupby("report_id")}
    for ki, r in key.iterrows():
        g = by_report.get(r.report_id)
        for a0, a1, f0, f1 in r.spans if g is not None else []:
            inside = g[(g.clean_start < a1) & (g.clean_end > a0)]
            facts.loc[inside.index, "in_anchor"] = True
            over = [fi for fi, f in inside.iterrows() if facts.at[fi, "matched_key"] < 0
                    and f.clean_start < f1 and f.clean_end > f0]
            same = [fi for fi in over if as_decimal(facts.at[fi, "value"]) == as_decimal(r.value)]
            best = (same or over)[:1]
            if best and key.at[ki, "matched_fact"] < 0:
                key.at[ki, "matched_fact"], facts.at[best[0], "matched_key"] = best[0], ki
    return key, facts
