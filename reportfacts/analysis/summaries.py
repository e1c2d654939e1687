"""Tables and headline figures the chapter "All the facts" shows, computed from facts.csv and mentions.csv."""

from __future__ import annotations

import re

import pandas as pd

DIGIT_RUN = re.compile(r"[0-9]+")


def uncovered_digit_runs(texts: dict[str, str], mentions: pd.DataFrame) -> pd.DataFrame:
    """Digit runs of each clean text that no mention covers entirely (must be empty: nothing dropped silently)."""
    rows = []
    for report_id, text in texts.items():
        spans = mentions.loc[mentions["report_id"] == report_id, ["clean_start", "clean_end"]].to_numpy()
        for m in DIGIT_RUN.finditer(text):
            if not ((spans[:, 0] <= m.start()) & (spans[:, 1] >= m.end())).any():
                rows.append({"report_id": report_id, "clean_start": m.start(), "text": m.group()})
    return pd.DataFrame(rows, columns=["report_id", "clean_start", "text"])


def coverage(facts: pd.DataFrame, mentions: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    """Per report: numbers found, facts, facts mapped to a metric, non-statistics, and uncovered digit runs."""
    uncovered = uncovered_digit_runs(texts, mentions)
    rows = []
    for report_id in sorted(texts):
        f = facts[facts["report_id"] == report_id]
        m = mentions[mentions["report_id"] == report_id]
        rows.append({
            "report_id": report_id, "numbers": len(m), "facts": len(f),
            "mapped_to_metric": int(f["metric_id"].fillna("").ne("").sum()),
            "non_statistics": int((m["status"] == "non_statistic").sum()),
            "digit_runs": len(DIGIT_RUN.findall(texts[report_id])),
            "digit_runs_unaccounted": int((uncovered["report_id"] == report_id).sum()),
        })
    table = pd.DataFrame(rows)
    total = table.drop(columns="report_id").sum().to_dict()
    return pd.concat([table, pd.DataFrame([{"report_id": "all", **total}])], ignore_index=True)


def non_statistic_reasons(mentions: pd.DataFrame, texts: dict[str, str] | None = None, around: int = 8) -> pd.DataFrame:
    """Non-statistics grouped by reason, with their count and the first example of each: the number with up to
    ``around`` characters of its clause on each side when the clean ``texts`` (report id -> text) are given."""
    ns = mentions[mentions["status"] == "non_statistic"]
    first = ns.groupby("reason", sort=True).head(1).set_index("reason")
    examples = [_in_context(texts.get(r.report_id, ""), int(r.clean_start), int(r.clean_end), around)
                if texts else r.text for r in first.itertuples()]
    return pd.DataFrame({"count": ns.groupby("reason", sort=True).size(),
                         "example": pd.Series(examples, index=first.index)}).reset_index()


def _in_context(text: str, start: int, end: int, around: int) -> str:
    """text[start:end] with up to ``around`` characters on each side, not across a clause or line break."""
    left = text[max(0, start - around): start]
    right = text[end: end + around]
    left = re.split(r"[，。；：！？,;:\n]", left)[-1]
    right = re.split(r"[，。；：！？,;:\n]", right)[0]
    return f"{left}{text[start:end]}{right}"


def unmapped(facts: pd.DataFrame) -> pd.DataFrame:
    """Facts with no metric, with what they measure and whom they are about as printed, and their sentence, so a
    reader (or the catalog's curator) can see what they are."""
    cols = ["fact_id", "value_as_written", "unit_as_written", "measure_zh", "subject_zh", "kind", "period", "sentence"]
    return facts.loc[facts["metric_id"].fillna("").eq(""), cols].reset_index(drop=True)


SCORE_LABELS = {"key_rows": "Figures in the key", "anchors_not_found": "Key sentences not found in the text",
                "found": "Figures found", "recall": "Recall",
                "precision": "Precision", "value": "Value right", "unit": "Unit right", "period": "Period right",
                "measure": "Measure right", "subject": "Subject right", "kind": "Kind right"}


def score_table(scores: dict) -> pd.DataFrame:
    """The answer-key scores (:func:`reportfacts.scoring.score.score_set`) as a two-column table of readable rows (empty
    when no key was given); shares as percentages with one decimal."""
    counts = ("key_rows", "anchors_not_found", "found")
    rows = [(SCORE_LABELS.get(k, k), v if k in counts else f"{100 * v:.1f}%") for k, v in scores.items()]
    return pd.DataFrame(rows, columns=["score", "result"])
