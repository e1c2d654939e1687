"""The landing page's key findings, computed from the processed tables (never typed).

Each finding is a conclusion in a short English sentence whose figures are computed here and link to their
highlighted spans (:func:`reportfacts.publish.provenance.fact_link`) or to the chapter with the evidence: where the ranking
went, what the reports agree on and where they truly disagree, which promises were kept, and what no report tells.
Findings that rest on a table another chapter writes (:data:`DERIVED_TABLES`) say "not yet computed" while that
table is missing; once every one of them exists, a missing table is an error (``strict``).
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pandas as pd

from reportfacts.core.paths import PROCESSED_DIR, resolve
from reportfacts.core.tables import read_table
from reportfacts.publish import provenance
from reportfacts.text.sources import Source, load_sources, published_by

DERIVED_TABLES = ("verdicts.csv", "targets.csv", "reconciled.csv")
STATUS_COLUMNS = ("status", "outcome", "verdict", "result", "assessment")


@dataclass(frozen=True)
class Finding:
    """One key finding: a short title and an HTML sentence (escaped, figures linked); ``pending`` if no data yet."""

    key: str
    title: str
    html: str
    pending: bool = False


def _esc(text) -> str:
    return html.escape(str(text), quote=True)


def fmt(value: str | float) -> str:
    """A value as a reader writes it: no trailing zeros, thousands separators (``1640000000`` -> ``1,640,000,000``)."""
    d = Decimal(str(value))
    d = d.quantize(Decimal(1)) if d == d.to_integral() else d.normalize()
    return f"{d:,}"


def linked(fact: pd.Series, text: str | None = None) -> str:
    """A figure linked to its highlighted span, the sentence as the link's title."""
    label = text if text is not None else fmt(fact["value"])
    return (f'<a class="rf-fact-link" href="{_esc(provenance.fact_link(fact["fact_id"], fact["report_id"]))}" '
            f'title="{_esc(fact["sentence"])}">{_esc(label)}</a>')


def load_facts(processed_dir: str | Path, sources: list[Source]) -> pd.DataFrame:
    """facts.csv restricted to the reports in ``sources``, with the report's publication date."""
    facts = read_table(resolve(processed_dir) / "facts.csv", text=True)
    published = {s.report_id: s.published or "" for s in sources}
    facts = facts[facts["report_id"].isin(published)].copy()
    facts["published"] = facts["report_id"].map(published)
    return facts


def series(facts: pd.DataFrame, metric_id: str, kinds: tuple[str, ...], subject: str) -> pd.DataFrame:
    """The facts of one metric about ``subject`` with a period, oldest period first (then publication, id)."""
    rows = facts[(facts["metric_id"] == metric_id) & (facts["subject"] == subject) & facts["kind"].isin(kinds)
                 & facts["period"].ne("")]
    return rows.sort_values(["period", "published", "fact_id"]).reset_index(drop=True)


def _trend_html(rows: pd.DataFrame, unit_word: str) -> str:
    """``10 (2016) → 13 (2018-07) → 18 (2019, 2 reports) …``: one step per period, every report's figure linked."""
    steps = []
    for period, group in rows.groupby("period", sort=True):
        figures = " / ".join(dict.fromkeys(linked(r) for _, r in group.iterrows()))
        steps.append(f"{figures} ({_esc(period)})")
    return " → ".join(steps) + (f" {unit_word}" if unit_word else "")


def corpus_finding(facts: pd.DataFrame, sources: list[Source]) -> Finding:
    """How many figures, from how many reports, how many mapped to a metric."""
    mapped = int(facts["metric_id"].ne("").sum())
    share = f"{100 * mapped / len(facts):.0f}%" if len(facts) else "0%"
    dates = sorted(s.published for s in sources if s.published)
    span = f"published {_esc(dates[0])} to {_esc(dates[-1])}" if dates else "of unknown dates"
    text = (f"{len(facts):,} statistical figures were extracted from {len(sources)} reports {span}; "
            f"{mapped:,} ({share}) are mapped to a metric of the catalog, each traced to its characters.")
    return Finding("corpus", "Every figure traced", text)


def trend_finding(facts: pd.DataFrame, key: str, title: str, metric_id: str, kinds: tuple[str, ...],
                  lead: str, unit_word: str = "", subject: str = "") -> Finding:
    """A metric's figures over time about ``subject`` (the corpus's main subject), one linked figure per report
    and period."""
    rows = series(facts, metric_id, kinds, subject)
    if rows.empty:
        return Finding(key, title, f"No report published by then gives this ({_esc(lead[0].lower() + lead[1:])}).", pending=True)
    return Finding(key, title, f"{_esc(lead)}: {_trend_html(rows, unit_word)}.")


def corroboration_finding(facts: pd.DataFrame) -> Finding:
    """Figures that more than one report states with the same metric, subject, period and value."""
    keyed = facts[facts["metric_id"].ne("") & facts["period"].ne("")]
    groups = keyed.groupby(["metric_id", "subject", "period", "value", "unit"], sort=True)["report_id"].nunique()
    repeated = groups[groups > 1]
    text = (f"{len(repeated):,} figures (same metric, subject, period and value) are stated by more than one "
            f"report; the others rest on a single report.")
    return Finding("corroborated", "Figures repeated across reports", text)


def _table(processed_dir: Path, name: str, strict: bool) -> pd.DataFrame | None:
    path = processed_dir / name
    if path.exists():
        return read_table(path, text=True)
    if strict:
        raise ValueError(f"{path} is missing: the landing page needs every one of {', '.join(DERIVED_TABLES)}")
    return None


def _status_counts(table: pd.DataFrame, name: str) -> str:
    column = next((c for c in STATUS_COLUMNS if c in table.columns), None)
    if column is None:
        raise ValueError(f"{name}: no status column (one of {', '.join(STATUS_COLUMNS)}); columns: "
                         f"{', '.join(table.columns)}")
    from reportfacts.analysis.labels import load_labels

    counts = table[column].replace("", "unknown").value_counts().sort_index()
    said = load_labels()["values"].get("status", {})  # "no outcome reported", never the code no_outcome_reported
    return ", ".join(f"{n:,} {_esc(said.get(status, status.replace('_', ' ')).lower())}" for status, n in counts.items())


def derived_finding(processed_dir: Path, name: str, key: str, title: str, what: str, strict: bool) -> Finding:
    """A count (by status, when the table has one) of a table written by another chapter; pending while absent."""
    table = _table(processed_dir, name, strict)
    if table is None:
        return Finding(key, title, f"Not yet computed ({_esc(name)} has not been written).", pending=True)
    has_status = any(c in table.columns for c in STATUS_COLUMNS)
    detail = f": {_status_counts(table, name)}" if has_status and len(table) else ""
    return Finding(key, title, f"{len(table):,} {_esc(what)}{detail}.")


def _pending(key: str, title: str, name: str) -> Finding:
    return Finding(key, title, f"Not yet computed ({_esc(name)} has not been written).", pending=True)


def disagreement_finding(processed_dir: Path, strict: bool) -> Finding:
    """What the reports agree on, what only seems to disagree (and mostly why), and what truly conflicts."""
    key, title = "disagreements", "Where the reports truly disagree"
    verdicts = _table(processed_dir, "verdicts.csv", strict)
    if verdicts is None:
        return _pending(key, title, "verdicts.csv")
    from reportfacts.analysis.checks import load_rules  # conflict_rules.yml: the verdicts and their names
    names = {v: spec.get("name_en", v) for v, spec in (load_rules().get("verdicts") or {}).items()}
    by_class = verdicts["disagreement"].value_counts()
    apparent = verdicts.loc[verdicts["disagreement"] == "apparent", "verdict"].value_counts()
    why = "; ".join(f"{n:,} {_esc(names.get(v, v))}" for v, n in apparent.head(2).items())
    genuine = verdicts[verdicts["disagreement"] == "genuine"]
    example = f" For example: {_esc(genuine['explanation'].iloc[-1])}" if len(genuine) else ""
    text = (f"Of {len(verdicts):,} comparisons (a figure stated more than once, or figures that check one another), "
            f"{int(by_class.get('none', 0)):,} agree and {int(by_class.get('apparent', 0)):,} only seem to disagree"
            f"{f' ({why})' if why else ''}; {int(by_class.get('genuine', 0)):,} truly disagree.{example} "
            f'<a href="03_conflicts.html">Every verdict, with both quotes</a>.')
    return Finding(key, title, text)


def _genuine_lead(verdicts: pd.DataFrame) -> str:
    """The sentence that opens the list of true disagreements, for any number of them (none, with as_of)."""
    n = int((verdicts["disagreement"] == "genuine").sum())
    if not n:
        return ("Of every figure the reports state more than once or tie together by their own arithmetic, none truly "
                "disagrees: every difference is explained by a period, a scope, rounding or a restatement.")
    return (f"Of every figure the reports state more than once or tie together by their own arithmetic, "
            f"{'this disagreement is' if n == 1 else f'these {n:,} disagreements are'} real: nothing in the reports "
            f"explains {'it' if n == 1 else 'them'} away. Hover a figure for its sentence; click it to see it highlighted "
            f"in its report.")


def genuine_html(verdicts: pd.DataFrame, facts: pd.DataFrame, labels: dict | None = None) -> str:
    """The true disagreements as HTML a reader starts from: a sentence saying how many there are (none, with as_of,
    is said too), then a list of them, each verdict's name, its explanation (the Chinese quotes beside the English)
    and its figures, each linked to its highlighted span (a figure the reports only imply is named by its id)."""
    from reportfacts.analysis.labels import load_labels
    names = ((labels if labels is not None else load_labels()).get("values") or {}).get("verdict") or {}
    rows = facts.set_index("fact_id", drop=False)
    items = []
    for v in verdicts[verdicts["disagreement"] == "genuine"].to_dict("records"):
        ids = [i for i in str(v["fact_ids"]).split(";") if i]
        figures = ", ".join(linked(rows.loc[i], rows.loc[i, "quote"]) if i in rows.index else _esc(i) for i in ids)
        items.append(f"<li><strong>{_esc(names.get(v['verdict'], v['verdict']))}.</strong> "
                     f"{_esc(v['explanation'])} <span class=\"rf-figures\">({figures})</span></li>")
    lead = f"<p>{_esc(_genuine_lead(verdicts))}</p>"
    return lead + (f'<ul class="rf-genuine">{"".join(items)}</ul>' if items else "")


def promise_finding(processed_dir: Path, strict: bool) -> Finding:
    """Which goals were kept, missed or moved, and how many no later report speaks of."""
    key, title = "promises", "Promises kept, missed and moved"
    table = _table(processed_dir, "targets.csv", strict)
    if table is None:
        return _pending(key, title, "targets.csv")
    status = table["status"].value_counts()
    group = table["promise_group"].value_counts() if "promise_group" in table.columns else pd.Series(dtype=int)
    text = (f"The reports set {len(table):,} goals and plans. A later report settles "
            f"{int(group.get('judged', 0)):,}: {int(status.get('met', 0)):,} met, {int(status.get('missed', 0)):,} "
            f"missed and {int(status.get('moved', 0)):,} moved to a later deadline. "
            f'<a href="06_targets.html">Every goal, with the sentence that set it</a>.')
    return Finding(key, title, text)


def gaps_finding(processed_dir: Path, strict: bool) -> Finding:
    """What no report tells: goals due and never reported on, series left unresolved."""
    key, title = "gaps", "What no report tells us"
    targets, values = _table(processed_dir, "targets.csv", strict), _table(processed_dir, "reconciled.csv", strict)
    if targets is None or values is None:
        return _pending(key, title, "targets.csv and reconciled.csv")
    due = int((targets.get("promise_group", pd.Series(dtype=str)) == "due_not_reported").sum())
    unresolved = int((values.get("basis", pd.Series(dtype=str)) == "unresolved").sum())
    text = (f"{due:,} goals were due by the last report and no report says what became of them; "
            f"{unresolved:,} series cannot be settled from the reports (one report gives two values, or only "
            f"figures of different kinds).")
    return Finding(key, title, text)


def key_findings(processed_dir: str | Path = PROCESSED_DIR, seeds_dir: str | Path = "seeds",
                 as_of: str = "") -> list[Finding]:
    """The landing page's conclusions from the reports published by ``as_of`` (``YYYY-MM``; empty for all)."""
    processed_dir = resolve(processed_dir)
    sources = published_by(load_sources(seeds_dir), as_of)
    facts = load_facts(processed_dir, sources)
    strict = all((processed_dir / name).exists() for name in DERIVED_TABLES)
    from reportfacts.analysis.corpus import corpus_subject

    zone = corpus_subject(seeds_dir, load_facts(processed_dir, load_sources(seeds_dir)))  # the same for any as_of
    return [
        trend_finding(facts, "ranking", "The national ranking", "national_ranking_rank", ("rank",),
                      "Place among national high-tech zones in the Torch Centre's evaluation, by year", "", zone),
        trend_finding(facts, "hte", "High-tech enterprises", "national_high_tech_enterprises_count",
                      ("count_stock",), "National high-tech enterprises in the zone, by date", "firms", zone),
        disagreement_finding(processed_dir, strict),
        promise_finding(processed_dir, strict),
        gaps_finding(processed_dir, strict),
    ]


def findings_html(findings: list[Finding]) -> str:
    """The findings as one HTML list (titles escaped; sentences already escaped with their links)."""
    items = [f'<li class="rf-finding{" rf-pending" if f.pending else ""}" id="finding-{_esc(f.key)}">'
             f"<strong>{_esc(f.title)}.</strong> {f.html}</li>" for f in findings]
    return '<ol class="rf-findings">' + "".join(items) + "</ol>"


def corpus_words(seeds_dir: str | Path = "seeds") -> dict[str, str]:
    """Whom the reports are about, in words for the prose (glued), from the ``corpus:`` block of sources.yml:
    ``corpus_about`` ("the Jiaozuo National High-tech Zone (焦作国家高新技术产业开发区, 焦作高新区) in Henan
    province"), "the place the reports name most" when the block gives no name."""
    from reportfacts.text.sources import load_corpus

    c = load_corpus(seeds_dir)
    name = c.full_title or c.title
    zh = ", ".join(dict.fromkeys(n for n in (c.full_title_zh, c.title_zh) if n))
    about = f"the {name}" if name else (zh or "the place the reports name most")
    if name and zh:
        about += f" ({zh})"
    return {"corpus_about": about + (f" in {c.location}" if c.location else ""),
            "corpus_title": c.title or c.title_zh or "the reports' subject"}


def example_fact_id(processed_dir: str | Path = PROCESSED_DIR) -> str:
    """A fact id to show as an example: the first of ranking.csv (the first figure of the headline chart) when
    it has one, else the first of facts.csv."""
    processed_dir = resolve(processed_dir)
    for name, column in (("ranking.csv", "fact_ids"), ("facts.csv", "fact_id")):
        path = processed_dir / name
        if path.exists():
            ids = pd.read_csv(path, dtype=str, keep_default_na=False).get(column, pd.Series(dtype=str))
            ids = [i.split(";")[0] for i in ids if i]
            if ids:
                return ids[0]
    return "(none)"


def headline_numbers(processed_dir: str | Path = PROCESSED_DIR, seeds_dir: str | Path = "seeds",
                     as_of: str = "") -> dict[str, str]:
    """Figures for the landing page's prose (glued): reports, facts, metrics used, first and last publication."""
    sources = published_by(load_sources(seeds_dir), as_of)
    facts = load_facts(resolve(processed_dir), sources)
    dates = sorted(s.published for s in sources if s.published)
    return {"n_reports": str(len(sources)), "n_facts": f"{len(facts):,}",
            "n_metrics": str(facts.loc[facts["metric_id"].ne(""), "metric_id"].nunique()),
            "first_published": dates[0] if dates else "unknown", "last_published": dates[-1] if dates else "unknown",
            "as_of": as_of or "all reports"}
