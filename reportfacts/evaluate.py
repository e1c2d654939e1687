"""Score extracted facts against a hand-checked answer key (``tests/answer_key/facts.csv``).

Key columns: report_id, anchor, figure, occurrence, value, unit, period, kind, note.  An anchor is a clause of
the report with all whitespace removed and lists ALL its facts; ``figure`` is the written figure inside the
anchor and ``occurrence`` (1-based) says which of its occurrences in the anchor is meant.

* An extracted fact matches a key row when it is in the same report, its clean span overlaps the key figure's
  span, and value (as an exact decimal) and unit are equal.
* recall = matched key rows / key rows; precision = matched extracted facts / extracted facts lying inside
  anchors; period accuracy = matched facts whose period equals the key's / matched facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from reportfacts.paths import resolve

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


def _dec(v) -> Decimal | None:
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
        anchor, fig = WS_RE.sub("", str(r.anchor)), WS_RE.sub("", str(r.figure))
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


def match(facts: pd.DataFrame, key: pd.DataFrame, texts: dict[str, str],
          by_value: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (key rows with ``matched_fact``, facts with ``in_anchor`` and ``matched_key``), one-to-one.

    A key row is matched by an unmatched fact overlapping its figure: with ``by_value``, one whose value and unit
    equal the key's; without, the first overlapping one (preferring an equal value), so that value and unit can be
    scored as fields (:func:`match_spans`)."""
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
            same = [fi for fi in over if _dec(facts.at[fi, "value"]) == _dec(r.value)
                    and (not by_value or str(facts.at[fi, "unit"]) == str(r.unit))]
            best = (same or ([] if by_value else over))[:1]
            if best and key.at[ki, "matched_fact"] < 0:
                key.at[ki, "matched_fact"], facts.at[best[0], "matched_key"] = best[0], ki
    return key, facts


def match_spans(facts: pd.DataFrame, key: pd.DataFrame, texts: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`match` by position alone (value and unit are then scored as fields)."""
    return match(facts, key, texts, by_value=False)


def score(facts: pd.DataFrame, key_path: str | Path, texts: dict[str, str] | None = None) -> dict:
    """Recall, precision and period accuracy of ``facts`` against the key at ``key_path``.

    ``texts`` maps report_id -> clean text (default: the seeds cleaned with reportfacts.clean).
    Returns a dict with recall, precision, period_accuracy, kind_accuracy (informative; not a gate) and the
    counts behind them.
    """
    key = pd.read_csv(resolve(key_path), dtype=str, keep_default_na=False)
    texts = texts if texts is not None else seed_texts()
    k, f = match(facts, key, texts)
    matched = k[k.matched_fact >= 0]
    inside = f[f.in_anchor]
    same_period = sum(str(f.at[int(m.matched_fact), "period"]) == str(m.period) for m in matched.itertuples())
    same_kind = sum(str(f.at[int(m.matched_fact), "kind"]) == str(m.kind) for m in matched.itertuples()) \
        if "kind" in f.columns else 0
    return {"key_rows": len(k), "anchors_not_found": int((k.spans.str.len() == 0).sum()),
            "matched": len(matched), "facts_in_anchors": len(inside),
            "recall": len(matched) / len(k) if len(k) else 1.0,
            "precision": int((inside.matched_key >= 0).sum()) / len(inside) if len(inside) else 1.0,
            "period_accuracy": same_period / len(matched) if len(matched) else 1.0,
            "kind_accuracy": same_kind / len(matched) if len(matched) else 1.0}


def seed_texts() -> dict[str, str]:
    """report_id -> clean text of every seed report."""
    from reportfacts.clean import clean_text
    from reportfacts.paths import SEEDS_DIR
    from reportfacts.sources import load_sources, read_report
    return {s.report_id: clean_text(read_report(s.path)).text for s in load_sources(SEEDS_DIR)}


def misses(facts: pd.DataFrame, key_path: str | Path, texts: dict[str, str] | None = None) -> dict:
    """Diagnostics: key rows not matched, extracted facts in anchors not matched, period disagreements."""
    key = pd.read_csv(resolve(key_path), dtype=str, keep_default_na=False)
    texts = texts if texts is not None else seed_texts()
    k, f = match(facts, key, texts)
    m = k[k.matched_fact >= 0].copy()
    m["got_period"] = [f.at[int(i), "period"] for i in m.matched_fact]
    return {"missed_key_rows": k[k.matched_fact < 0].drop(columns="spans"),
            "extra_facts": f[f.in_anchor & (f.matched_key < 0)],
            "period_diff": m[m.got_period.astype(str) != m.period.astype(str)].drop(columns="spans")}
