"""How a reader reads a value or a period: labels.yml (data/catalog) and the wording it gives an amount in the
reports' units (129.53亿元, 98.5%, 第138位) or a canonical period (2019 Jan–Nov). Used by the goals' table of
:mod:`reportfacts.analysis.targets` and by every table of :mod:`reportfacts.publish.display`.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping

import pandas as pd

from reportfacts.extract.periods import Period



LABELS_FILE = "labels.yml"


@functools.lru_cache(maxsize=4)
def load_labels(catalog_dir: str | None = None) -> dict:
    """``data/catalog/labels.yml``: column headers, labels of coded values, amount pairs and unit styles."""
    from reportfacts.core import yamlio
    from reportfacts.core.paths import CATALOG_DIR, resolve

    path = (resolve(catalog_dir) if catalog_dir else CATALOG_DIR) / LABELS_FILE
    labels = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
    lists = ("amounts", "prose")
    return {key: labels.get(key) or ([] if key in lists else {})
            for key in ("columns", "values", "amounts", "units", "prose", "short_names")}


def amount(value, unit: str, labels: Mapping | None = None) -> str:
    """A canonical value written in the reports' units: (12953000000, "yuan") -> "129.53亿元", (98.5, "percent")
    -> "98.5%", (138, "rank") -> "第138位". An empty value gives ""; an unknown unit is written after the number."""
    labels = load_labels() if labels is None else labels
    try:
        v = float(value)
    except (TypeError, ValueError):
        return "" if value is None or str(value) == "" else f"{value} {unit}".strip()
    if math.isnan(v):
        return ""
    style = labels["units"].get(unit)
    if style is None:
        return f"{number(v)} {unit}".strip()
    for scale in style.get("scales", ()):
        if abs(v) >= scale["by"] or scale is style["scales"][-1]:
            scaled = v / scale["by"]
            text = number(round(scaled, 2)) if scale["by"] > 1 else number(scaled)
            return f"{style.get('prefix', '')}{text}{scale['suffix']}"
    return f"{style.get('prefix', '')}{number(v)}{style.get('suffix', '')}"


def period_label(period: str) -> str:
    """A canonical period as a reader reads it: 2019-01..2019-11 -> 2019 Jan–Nov, 2020-Q1 -> 2020 Q1."""
    if not period:
        return ""
    try:
        return Period.parse(period).label
    except (ValueError, TypeError):
        return period


def number(value: float) -> str:
    """A float as a table shows it: never an exponent, every digit of its integer part and at most six significant
    digits in all (four decimals, or three significant digits below 0.001), no trailing zeros: 2.8, 26480000000,
    91.5966, 0.899, 0.00012, 8."""
    if pd.isna(value):
        return ""
    size = abs(value)
    if size >= 1:
        decimals = min(4, max(0, 6 - len(str(int(size)))))
    else:
        decimals = max(4, 2 - math.floor(math.log10(size))) if size else 0
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
