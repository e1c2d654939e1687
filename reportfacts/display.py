"""How tables look in the book: plain HTML, escaped, no index, stable bytes for nbval."""

from __future__ import annotations

import html
import math
from collections.abc import Mapping

import pandas as pd
from IPython.display import HTML

# Columns that hold fact ids (one, or ``;``-separated) in the book's tables: pass as ``link_columns``.
LINK_COLUMNS = ("fact_id", "resolved_fact_id", "fact_ids", "target_fact_id", "outcome_fact_id", "outcome_fact_ids",
                "alternatives")


def table(df: pd.DataFrame, max_rows: int | None = None, link_columns: tuple[str, ...] = (),
          sentences: Mapping[str, str] | None = None) -> HTML:
    """An HTML table of ``df`` with every cell escaped (report text can never become markup).

    ``link_columns`` (e.g. :data:`LINK_COLUMNS`) names columns of fact ids (one id, or ``;``-separated ids): each
    id becomes a link to its highlighted span on its report's page, with the Chinese sentence as the link's title.
    ``sentences`` maps fact ids to sentences (default: read from ``data/processed/facts.csv``).
    """
    shown = df if max_rows is None else df.head(max_rows)
    links = [c for c in link_columns if c in shown.columns]
    if links:
        body = _linked_html(shown, links, sentences)
    else:
        body = shown.to_html(index=False, escape=True, border=0, classes="rf-table", na_rep="", float_format=number)
    note = "" if max_rows is None or len(df) <= max_rows else f"<p>First {max_rows} of {len(df)} rows.</p>"
    return HTML(body + note)


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


def visible_whitespace(text: str) -> str:
    """Show line breaks and spaces of raw text so a reader sees what the cleaner removed."""
    return text.replace("\n", "⏎").replace(" ", "·")


def escape(text: str) -> str:
    """HTML-escape report text for inline use."""
    return html.escape(text, quote=True)


MARKDOWN_SPECIAL = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")  # CommonMark's backslash-escapable characters


def markdown_text(text: str) -> str:
    """``text`` as one line of Markdown/MyST that renders as exactly that text: every ASCII punctuation character
    is backslash-escaped (CommonMark lets any of them be), so no emphasis, link, HTML tag, entity, role
    (``{glue:text}`...```), substitution (``{{ x }}``) or directive can start; line breaks and other whitespace
    runs become one space (a heading is one line)."""
    return "".join("\\" + c if c in MARKDOWN_SPECIAL else c for c in " ".join(str(text).split()))


def _escape_cell(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=False)


def _linked_html(df: pd.DataFrame, links: list[str], sentences: Mapping[str, str] | None) -> str:
    """``df`` as HTML with fact-id columns as links; every other text cell and every header escaped by hand."""
    from reportfacts import provenance

    sentences = provenance.load_sentences() if sentences is None else sentences
    formatters = {}
    for col in df.columns:
        if col in links:
            formatters[col] = lambda v: provenance.link_html(v, sentences)
        elif not pd.api.types.is_numeric_dtype(df[col]) or pd.api.types.is_bool_dtype(df[col]):
            formatters[col] = _escape_cell
    shown = df.copy()
    shown.columns = [html.escape(str(c), quote=False) for c in df.columns]
    formatters = {html.escape(str(c), quote=False): f for c, f in formatters.items()}
    return shown.to_html(index=False, escape=False, border=0, classes="rf-table", na_rep="", formatters=formatters,
                         float_format=number)
