"""How tables look in the book: plain HTML, escaped, no index, stable bytes for nbval."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping

import pandas as pd
from IPython.display import HTML

from reportfacts.analysis.labels import amount, load_labels, number, period_label

# Columns that hold fact ids (one, or ``;``-separated) in the book's tables: pass as ``link_columns``.
LINK_COLUMNS = ("fact_id", "resolved_fact_id", "fact_ids", "target_fact_id", "outcome_fact_id", "outcome_fact_ids",
                "alternatives")


FACTS_FOR_LINKS: list = [None]  # the facts.csv whose sentences titles the links of :func:`table` (None: the default)


def use_facts(facts_path) -> None:
    """Make :func:`table` title its fact links from ``facts_path`` (a notebook run on another folder of reports
    calls this with its own facts.csv, so no sentence of another corpus is shown)."""
    FACTS_FOR_LINKS[0] = facts_path


def table(df: pd.DataFrame, max_rows: int | None = None, link_columns: tuple[str, ...] = (),
          sentences: Mapping[str, str] | None = None, readable: bool = True, anchors: tuple[str, str] | None = None) -> HTML:
    """An HTML table of ``df`` for readers, with every cell escaped (report text can never become markup).

    With ``readable`` (the default) the headers, coded values and amounts are written as
    ``data/catalog/labels.yml`` says: "Status" and "No outcome reported" instead of ``status`` and
    ``no_outcome_reported``, 42.13亿元 instead of 4213043478 and ``yuan`` (see :func:`readable_frame`). Every cell
    carries its header as ``data-label``, so on a phone the stylesheet can show each row as a card of labelled
    values. ``readable=False`` shows the names and values as they are in the CSVs.

    ``link_columns`` (e.g. :data:`LINK_COLUMNS`) names columns of fact ids (one id, or ``;``-separated ids): each
    id becomes a link to its highlighted span on its report's page, with the Chinese sentence as the link's title.
    ``sentences`` maps fact ids to sentences (default: read, when needed, from the facts.csv given to
    :func:`use_facts`, else ``data/processed/facts.csv``).
    ``anchors`` = (column, prefix) gives each row the id ``<prefix><value>``, a target for links (one table a page).
    """
    shown = df if max_rows is None else df.head(max_rows)
    links = [c for c in link_columns if c in shown.columns]
    if links and sentences is None:
        from reportfacts.publish import provenance

        sentences = provenance.load_sentences(FACTS_FOR_LINKS[0])
    body = table_html(shown, links, sentences or {}, readable, anchors)
    note = "" if max_rows is None or len(df) <= max_rows else f"<p>First {max_rows} of {len(df)} rows.</p>"
    return HTML(body + note)
CARD_COLUMNS = 3  # on a phone, a table of more columns shows each row as a card of labelled values
PERIOD_COLUMNS = ("period", "deadline", "outcome_period", "fact_period")
CJK = re.compile(r"[\u3400-\u9fff]")
CODE = re.compile(r"[A-Za-z0-9_\-.]+(?:; [A-Za-z0-9_\-.]+)*")  # identifiers, one or a ;-separated list


def header(column: str, labels: Mapping | None = None) -> str:
    """The header a reader sees for ``column``: its label, else the name with spaces for underscores."""
    labels = load_labels() if labels is None else labels
    name = str(column)
    return labels["columns"].get(name) or (name.replace("_", " ").capitalize() if "_" in name else name)


def readable_frame(df: pd.DataFrame, labels: Mapping | None = None) -> pd.DataFrame:
    """``df`` with amounts in the reports' units (the unit column dropped), coded values labelled and periods
    written out; the column names are kept (see :func:`header` for the headers)."""
    labels = load_labels() if labels is None else labels
    out = df.copy()
    used_units = set()
    for pair in labels["amounts"]:
        v, u = pair["value"], pair["unit"]
        if v in out.columns and u in out.columns:
            out[v] = [amount(a, b, labels) for a, b in zip(out[v], out[u].astype(str))]
            used_units.add(u)
    out = out.drop(columns=sorted(used_units))
    names = catalog_names()
    for col, key in (("metric_id", "metrics"), ("subject", "entities")):
        if col in out.columns:
            out[col] = [_names(x, names[key]) if isinstance(x, str) else x for x in out[col]]
    for col in labels.get("prose", ()):
        if col in out.columns:
            out[col] = [humanize(x, labels) if isinstance(x, str) else x for x in out[col]]
    for col, codes in labels["values"].items():
        if col in out.columns and not pd.api.types.is_numeric_dtype(out[col]):
            out[col] = [codes.get(x, x) if isinstance(x, str) else x for x in out[col]]
    for col in PERIOD_COLUMNS:
        if col in out.columns:
            out[col] = [period_label(x) if isinstance(x, str) else x for x in out[col]]
    for col in out.columns:
        if pd.api.types.is_bool_dtype(out[col]):
            out[col] = out[col].map({True: "yes", False: "no"})
        elif out[col].dtype == object and not _as_written(col) and _numeric_text(out[col]):
            out[col] = [number(float(x)) if isinstance(x, str) and x else x for x in out[col]]
    return out


def _as_written(column: str) -> bool:
    """Columns that quote the reports, whose numbers must stay exactly as printed."""
    return str(column).endswith("as_written") or str(column) in ("quote", "text", "example", "raw", "clean")


def _numeric_text(series: pd.Series) -> bool:
    """True when every non-empty value of a text column is a number (a CSV column with empty cells)."""
    texts = [x for x in series if isinstance(x, str) and x]
    if not texts or any(not isinstance(x, str) and not pd.isna(x) for x in series):
        return False
    try:
        [float(x) for x in texts]
    except ValueError:
        return False
    return all(any(ch.isdigit() for ch in x) for x in texts)


@functools.lru_cache(maxsize=1)
def catalog_names() -> dict[str, dict[str, str]]:
    """English names of the catalog's metrics and entities by id (data/catalog/metrics.yml, entities.yml)."""
    from reportfacts.extract.catalog import load_catalog

    catalog = load_catalog()
    return {"metrics": {m.id: m.name_en for m in catalog.metrics.values()},
            "entities": {e.id: e.name_en for e in catalog.entities.values()}}


IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")  # metric_id, entity_id: snake_case
PERIOD_CODE = re.compile(r"\b\d{4}-\d{2}\.\.\d{4}-\d{2}\b|\b\d{4}-(?:Q[1-4]|H[12])\b")
UNIT_AFTER = re.compile(r"(-?\d+(?:\.\d+)?) (count|percent|yuan|usd|m2|pp|rank|positions)\b")


def humanize(text: str, labels: Mapping | None = None) -> str:
    """An English explanation written by the code, for readers: catalog ids by name (short names from labels.yml
    first), canonical units as the reports write them, period codes written out. Check ids (with a report id in
    them) and report ids stay, since readers can find them in the tables."""
    labels = load_labels() if labels is None else labels
    names = catalog_names()
    short = labels.get("short_names", {})

    def name(m: re.Match) -> str:
        word = m.group(0)
        return short.get(word) or names["metrics"].get(word) or names["entities"].get(word) or word

    text = UNIT_AFTER.sub(lambda m: amount(m.group(1), m.group(2), labels), text)
    text = PERIOD_CODE.sub(lambda m: period_label(m.group(0)), text)
    return IDENTIFIER.sub(name, text)


def _names(ids: str, names: Mapping[str, str]) -> str:
    """An id, or ``;``-separated ids, by name (an id the catalog lacks stays as it is)."""
    return "; ".join(names.get(i.strip(), i.strip()) for i in ids.split(";")) if ids else ids


def _column_class(series: pd.Series, link: bool) -> str:
    if link:
        return "rf-id"
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return "rf-num"
    texts = [str(x) for x in series if isinstance(x, str) and x]
    mean = sum(len(t) for t in texts) / len(texts) if texts else 0
    cjk_share = sum(len(CJK.findall(t)) for t in texts) / max(sum(len(t) for t in texts), 1)
    if mean > 16 and cjk_share > 0.3:
        return "rf-zh"  # Chinese text: a readable width of its own
    if mean > 40:
        return "rf-long"  # English prose, which may hold long identifiers: may break inside a word
    if texts and mean > 12 and all(CODE.fullmatch(t) for t in texts):
        return "rf-code"  # identifiers (cagr-review2020-012): may break inside
    if texts and _numeric_text(series):
        return "rf-num"
    return ""


def _cell(value, numeric: bool) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if numeric and isinstance(value, (int, float)) and not isinstance(value, bool):
        return html.escape(number(float(value)) if isinstance(value, float) else str(value), quote=False)
    return html.escape(str(value), quote=False)


def table_html(df: pd.DataFrame, links: list[str], sentences: Mapping[str, str], readable: bool = True,
               anchors: tuple[str, str] | None = None) -> str:
    """``df`` as a plain HTML table: a header row, every cell escaped (fact-id columns as links) and labelled."""
    from reportfacts.publish import provenance

    labels = load_labels() if readable else {"columns": {}}
    shown = readable_frame(df, labels) if readable else df
    heads = [header(c, labels) if readable else str(c) for c in shown.columns]
    amounts = {p["value"] for p in labels.get("amounts", ()) if p["value"] in df.columns and p["unit"] in df.columns}
    classes = ["rf-num" if c in amounts else _column_class(shown[c], c in links) for c in shown.columns]
    numeric = [cls == "rf-num" and c not in amounts for c, cls in zip(shown.columns, classes)]
    th = "".join(f'<th{f" class={chr(34)}{cls}{chr(34)}" if cls == "rf-num" else ""}>{html.escape(h, quote=False)}</th>'
                 for h, cls in zip(heads, classes))
    rows = []
    ids = [f' id="{html.escape(anchors[1] + str(v), quote=True)}"' for v in df[anchors[0]]] if anchors else None
    for i, record in enumerate(shown.itertuples(index=False, name=None)):
        tds = []
        for col, value, h, cls, num in zip(shown.columns, record, heads, classes, numeric):
            inner = provenance.link_html(value, sentences) if col in links else _cell(value, num)
            attr = f' class="{cls}"' if cls else ""
            tds.append(f'<td data-label="{html.escape(h, quote=True)}"{attr}>{inner}</td>')
        rows.append(f"<tr{ids[i] if ids else ''}>" + "".join(tds) + "</tr>")
    cards = " rf-cards" if len(shown.columns) > CARD_COLUMNS else ""
    return (f'<table class="rf-table{cards}">\n<thead><tr>{th}</tr></thead>\n<tbody>\n' + "\n".join(rows)
            + "\n</tbody>\n</table>")


def joined(df: pd.DataFrame, columns: list[str], name: str) -> pd.DataFrame:
    """``df`` with ``columns`` replaced by one column ``name`` (where the first was) holding their non-empty values,
    one per line: fewer, fuller columns for a page of limited width."""
    present = [c for c in columns if c in df.columns]
    if not present:
        return df
    values = ["\n".join(str(v) for v in row if isinstance(v, str) and v) for row in df[present].itertuples(index=False)]
    out = df.drop(columns=present)
    out.insert(list(df.columns).index(present[0]), name, values)
    return out


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
