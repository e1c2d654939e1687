"""How tables look in the book: plain HTML, escaped, no index, stable bytes for nbval."""

from __future__ import annotations

import html

import pandas as pd
from IPython.display import HTML


def table(df: pd.DataFrame, max_rows: int | None = None) -> HTML:
    """An HTML table of ``df`` with every cell escaped (report text can never become markup)."""
    shown = df if max_rows is None else df.head(max_rows)
    body = shown.to_html(index=False, escape=True, border=0, classes="rf-table", na_rep="")
    note = "" if max_rows is None or len(df) <= max_rows else f"<p>First {max_rows} of {len(df)} rows.</p>"
    return HTML(body + note)


def visible_whitespace(text: str) -> str:
    """Show line breaks and spaces of raw text so a reader sees what the cleaner removed."""
    return text.replace("\n", "⏎").replace(" ", "·")


def escape(text: str) -> str:
    """HTML-escape report text for inline use."""
    return html.escape(text, quote=True)
