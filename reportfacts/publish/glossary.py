"""The book's zh-en glossary, generated from the catalog: metrics (metrics.yml) and policy terms (terms.yml)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from reportfacts.core.paths import resolve
from reportfacts.extract.catalog import load_catalog


def metrics_table(catalog_dir: str | Path | None = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every metric: Chinese and English name, unit, kind, description, and (with ``facts``) how often it occurs."""
    catalog = load_catalog(resolve(catalog_dir) if catalog_dir else None)
    rows = [{"term_zh": m.name_zh, "term_en": m.name_en, "metric_id": m.id, "unit": m.unit, "kind": m.kind,
             "also_written_zh": "、".join(a for a in m.aliases_zh if a != m.name_zh), "description": m.description}
            for m in catalog.metrics.values()]
    table = pd.DataFrame(rows, columns=["term_zh", "term_en", "metric_id", "unit", "kind", "also_written_zh",
                                        "description"])
    if facts is not None:
        counts = facts["metric_id"].value_counts()
        table.insert(5, "facts", table["metric_id"].map(counts).fillna(0).astype(int))
    return table.sort_values("metric_id", kind="stable").reset_index(drop=True)


def terms_table(catalog_dir: str | Path | None = None) -> pd.DataFrame:
    """Every policy term: Chinese, English, other spellings and what it means."""
    catalog = load_catalog(resolve(catalog_dir) if catalog_dir else None)
    rows = [{"term_zh": t.term_zh, "term_en": t.term_en, "also_written_zh": "、".join(t.aliases_zh),
             "explanation": t.explanation} for t in catalog.terms.values()]
    table = pd.DataFrame(rows, columns=["term_zh", "term_en", "also_written_zh", "explanation"])
    return table.sort_values("term_en", key=lambda c: c.str.lower().str.strip("'\""), kind="stable").reset_index(
        drop=True)
