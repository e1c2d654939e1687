"""Tiny inline fact tables for the reconciliation tests (shared by test_checks, test_reconcile, test_ranking)."""

import re

import pandas as pd

COLUMNS = ["fact_id", "source_file", "report_id", "char_start", "char_end", "quote", "sentence", "metric_id",
           "metric_en", "metric_zh", "subject", "value", "unit", "value_as_written", "unit_as_written", "qualifier",
           "period", "kind", "clean_start", "clean_end"]


def facts_from(report_id: str, text: str, specs: list[tuple]) -> pd.DataFrame:
    """One fact per spec ``(written, unit_as_written, value, unit, metric_id, period, kind[, subject, qualifier])``,
    located in ``text`` left to right; the sentence is the 。-delimited sentence around it."""
    rows, pos = [], 0
    for n, spec in enumerate(specs, start=1):
        written, unit_w, value, unit, metric, period, kind = spec[:7]
        subject = spec[7] if len(spec) > 7 else "zone"
        qualifier = spec[8] if len(spec) > 8 else ""
        start = text.index(written + unit_w, pos)
        end = start + len(written + unit_w)
        pos = start + len(written)
        s0 = max(text.rfind(c, 0, start) for c in "。；\n") + 1
        s1 = min([i for i in (text.find(c, end) for c in "。；") if i >= 0] or [len(text)]) + 1
        rows.append({"fact_id": f"{report_id}-{n:03d}", "source_file": f"{report_id}.txt", "report_id": report_id,
                     "char_start": start, "char_end": end, "quote": text[start:end],
                     "sentence": text[s0:s1].strip(), "metric_id": metric, "metric_en": "", "metric_zh": "",
                     "subject": subject, "value": str(value), "unit": unit, "value_as_written": written,
                     "unit_as_written": unit_w, "qualifier": qualifier, "period": period, "kind": kind,
                     "clean_start": start, "clean_end": end})
    return pd.DataFrame(rows, columns=COLUMNS)


def empty() -> pd.DataFrame:
    return pd.DataFrame(columns=COLUMNS)
