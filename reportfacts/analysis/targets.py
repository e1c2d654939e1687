"""Promises and outcomes: every target or plan the reports set, held against what a later report says happened.

One row per fact of kind ``target`` or ``plan`` (data/processed/targets.csv). Each is matched, in this order:

1. an outcome for the deadline period (or, for a goal with no deadline, the latest period available) stated by a
   later report for the same metric (and subject), kinds other than target/plan; a partial period inside the
   deadline year (a quarter, Jan-Aug) is recorded in ``note`` but never decides;
2. an outcome the later reports imply (``derived`` in data/catalog/targets.yml: a rank change from the ranking
   timeline, "N new" from the difference of two stocks);
3. a later report restating the same goal (same metric and value) with a later deadline: ``moved``;
4. otherwise ``no_outcome_reported``.

Status: ``met`` when the outcome reaches the goal in its direction (a ceiling such as a rank: outcome <= goal; any
other goal: outcome >= goal; "about 8%" counts as 8%), ``missed`` otherwise. Both quotes and fact ids are kept.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR, resolve
from reportfacts.core.tables import read_table
from reportfacts.extract.periods import Period

STATUSES = ("met", "missed", "moved", "no_outcome_reported")
# How a promise stands: judged against a later report (met, missed, moved), due by the last report yet not reported
# on, not yet due when the last report appeared, or set with no deadline.
PROMISE_GROUPS = ("judged", "due_not_reported", "not_yet_due", "no_deadline")
COLUMNS = [
    "target_fact_id", "report_id", "published", "kind", "metric_id", "metric_en", "metric_zh", "subject",
    "target_value", "unit", "qualifier", "direction", "deadline", "deadline_stated", "goal_level", "status",
    "promise_group", "rule",
    "outcome_value", "outcome_period", "outcome_basis", "outcome_fact_ids", "outcome_report_id",
    "target_quote", "target_sentence", "outcome_quote", "outcome_sentence", "note",
]
GOAL_KINDS = ("target", "plan")
FACT_ID = re.compile(r"[a-z]+\d{4}-\d{3}")


# ---------------------------------------------------------------- inputs
def load_rules(path: str | Path | None = None) -> dict:
    """The matching rules of data/catalog/targets.yml (directions, subject groups, derived outcomes)."""
    path = resolve(path) if path else CATALOG_DIR / "targets.yml"
    if not path.exists():
        raise ValueError(f"target rules file {path} does not exist")
    rules = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
    for key, default in (("at_most", []), ("subject_free", []), ("same_subjects", []), ("outcome_metric", {}),
                         ("derived", {})):
        rules.setdefault(key, default)
    for metric, rule in rules["derived"].items():
        if rule.get("rule") not in ("rank_change", "stock_difference"):
            raise ValueError(f"{path}: derived rule of {metric} must be rank_change or stock_difference")
    return rules


VALUE_COLUMNS = ["metric_id", "subject", "period", "value", "unit", "kind", "fact_id", "report_id"]


def read_values(path: str | Path) -> pd.DataFrame:
    """The values goals are judged against and charts draw: reconciled.csv (or any table of VALUE_COLUMNS).

    reconciled.csv keeps one value per metric, subject and *year* in ``period`` and the chosen figure's own period
    (a quarter, January-November) in ``fact_period``; a value is placed on its own period, so a figure for part of a
    year is never taken for the whole year.
    """
    df = read_table(path, VALUE_COLUMNS, text=True)
    if "basis" in df.columns:
        df = df[df["basis"].ne("unresolved")].reset_index(drop=True)  # a series no value could be chosen for
    if "fact_period" in df.columns:
        df = df.assign(period=df["fact_period"].where(df["fact_period"].ne(""), df["period"]))
    return df


def basis_of(df: pd.DataFrame) -> pd.Series:
    """Whether each value is stated by a report or implied: the ``basis`` column, else from ``rule``/fact id."""
    if "basis" in df.columns:
        return df["basis"].where(df["basis"].ne(""), "stated")
    if "rule" in df.columns:
        return df["rule"].str.contains("impl", case=False).map({True: "implied", False: "stated"})
    return df["fact_id"].map(lambda f: "stated" if FACT_ID.fullmatch(str(f)) else "implied")


# ---------------------------------------------------------------- matching
def _keep(df: pd.DataFrame, mask: list[bool]) -> pd.DataFrame:
    """Rows of ``df`` where ``mask`` is true (an empty mask keeps the columns, unlike ``df[[]]``)."""
    return df[pd.Series(mask, index=df.index, dtype=bool)]


def _subject_ok(metric: str, a: str, b: str, rules: dict) -> bool:
    same = set(rules["same_subjects"])
    return metric in rules["subject_free"] or a == b or (a in same and b in same)


def _candidates(values: pd.DataFrame, metric: str, subject: str, after: str, rules: dict) -> pd.DataFrame:
    """Outcome rows of ``metric`` from reports published after ``after`` (kinds other than target/plan)."""
    rows = values[(values["metric_id"] == metric) & ~values["kind"].isin(GOAL_KINDS)
                  & (values["published"] > after)]
    return _keep(rows, [_subject_ok(metric, subject, s, rules) for s in rows["subject"]])


def _direction(metric: str, rules: dict) -> str:
    return "at_most" if metric in rules["at_most"] else "at_least"


def _status(outcome: float, goal: float, direction: str) -> str:
    return "met" if (outcome <= goal if direction == "at_most" else outcome >= goal) else "missed"


def _latest(rows: pd.DataFrame) -> pd.Series:
    key = rows.assign(_end=[Period.of(p).end for p in rows["period"]])
    return key.sort_values(["_end", "published", "fact_id"]).iloc[-1]


def _direct(goal: pd.Series, values: pd.DataFrame, rules: dict) -> tuple[pd.Series | None, str, str]:
    """(outcome row, rule, note) from a stated or reconciled outcome of a later report."""
    metric = rules["outcome_metric"].get(goal["metric_id"], goal["metric_id"])
    rows = _candidates(values, metric, goal["subject"], goal["published"], rules)
    rows = rows[rows["period"].ne("")]
    if rows.empty:
        return None, "", ""
    if not goal["period"]:
        latest = _latest(rows)
        direction = _direction(goal["metric_id"], rules)
        reached = [r for r in rows.sort_values(["published", "fact_id"]).itertuples()
                   if _status(r.value, goal["value"], direction) == "met"]
        note = f"first reached in a later report: {_fmt(reached[0].value)} for {reached[0].period} ({reached[0].fact_id})" \
            if reached else ""
        return latest, "no deadline stated: latest outcome of a later report", note
    exact = rows[rows["period"] == goal["period"]]
    if not exact.empty:
        return _latest(exact), "outcome for the deadline period", ""
    span = Period.of(goal["period"])
    inside = _keep(rows, [span.contains(Period.parse(p))
                          for p in rows["period"]])
    notes = [f"only part of the deadline period is reported: {_fmt(r.value)} {r.unit} for {r.period} ({r.fact_id})"
             for r in inside.itertuples()]
    stocks = rows[rows["kind"].isin(("count_stock", "rank"))]
    if not notes and not stocks.empty:
        r = _latest(stocks)
        notes = [f"latest later figure, not for the deadline: {_fmt(r['value'])} {r['unit']} for {r['period']} "
                 f"({r['fact_id']})"]
    return None, "", "; ".join(dict.fromkeys(notes))


def _fmt(value: float) -> str:
    """A value for a note: plain digits, thousands separated for large amounts."""
    return f"{value:,.0f}" if abs(value) >= 1e6 else f"{value:g}"


def _stock(values: pd.DataFrame, metric: str, year: int) -> pd.Series | None:
    rows = values[(values["metric_id"] == metric) & (values["period"] == str(year))
                  & ~values["kind"].isin(GOAL_KINDS)]
    return _latest(rows) if not rows.empty else None


def _derived(goal: pd.Series, values: pd.DataFrame, ranks: pd.DataFrame, rules: dict) -> dict | None:
    """An outcome the later reports imply (data/catalog/targets.yml ``derived``), or None."""
    rule = rules["derived"].get(goal["metric_id"])
    span = Period.of(goal["period"])
    if not rule or span is None:
        return None
    y = span.last_year
    if rule["rule"] == "rank_change":
        by_year = {int(r.evaluation_year): r for r in ranks.itertuples()}
        if y not in by_year or y - 1 not in by_year:
            return None
        before, after = by_year[y - 1], by_year[y]
        return {"value": float(before.rank) - float(after.rank), "period": f"{y - 1}..{y}", "basis": "implied",
                "fact_ids": f"{before.fact_ids};{after.fact_ids}", "goal_level": float(before.rank) - goal["value"],
                "rule": f"implied: rank {y - 1} minus rank {y} from the ranking timeline"}
    before, after = _stock(values, rule["from_metric"], y - 1), _stock(values, rule["from_metric"], y)
    if before is None or after is None or after["published"] <= goal["published"]:
        return None
    return {"value": after["value"] - before["value"], "period": f"{y - 1}..{y}", "basis": "implied",
            "fact_ids": f"{before['fact_id']};{after['fact_id']}", "goal_level": None,
            "rule": f"implied: {rule['from_metric']} {y} minus {y - 1}"}


def _moved(goal: pd.Series, goals: pd.DataFrame, rules: dict) -> pd.Series | None:
    """A later report's goal of the same metric and value with a later deadline, or None."""
    later = goals[(goals["metric_id"] == goal["metric_id"]) & (goals["published"] > goal["published"])
                  & (goals["value"] == goal["value"]) & goals["period"].ne("")]
    later = _keep(later, [_subject_ok(goal["metric_id"], goal["subject"], s, rules) for s in later["subject"]])
    if goal["period"]:
        later = _keep(later, [Period.of(p).end > Period.of(goal["period"]).end for p in later["period"]])
    return _latest(later) if not later.empty else None


# ---------------------------------------------------------------- assembly
def prepare(values: pd.DataFrame, published: dict[str, str]) -> pd.DataFrame:
    """Values as floats with their report's publication date and basis (stated/implied)."""
    out = values.copy()
    out["value"] = pd.to_numeric(out["value"], errors="coerce")
    out = out[out["value"].notna()]
    first = out["report_id"].str.split(r"[;, ]+").str[0] if len(out) else out["report_id"]
    out["published"] = first.map(published).fillna("")
    out["basis"] = basis_of(out) if len(out) else pd.Series(dtype=str)
    return out


def rank_timeline(values: pd.DataFrame, facts: pd.DataFrame | None = None,
                  published: dict[str, str] | None = None) -> pd.DataFrame:
    """The zone's national rank by evaluation year (stated, else implied): reportfacts.analysis.ranking.timeline from the
    facts when given, else the yearly rank values. Columns: evaluation_year, rank, basis, fact_ids.
    """
    if facts is not None and published is not None:
        from reportfacts.analysis import ranking  # the reconciliation helper's evaluation-year rules

        table = ranking.timeline(facts, published)
        table = table[table["basis"].isin(("stated", "implied"))]
        table = table.assign(_o=table["basis"].map({"stated": 0, "implied": 1}))
        table = table.sort_values(["evaluation_year", "_o", "fact_ids"]).drop_duplicates("evaluation_year")
        return table[["evaluation_year", "rank", "basis", "fact_ids"]].reset_index(drop=True)
    rows = values[(values["metric_id"] == "national_ranking_rank") & (values["kind"] == "rank")
                  & values["period"].str.fullmatch(r"\d{4}")]
    table = pd.DataFrame({"evaluation_year": rows["period"].astype(int), "rank": rows["value"].astype(float),
                          "basis": basis_of(rows) if len(rows) else [], "fact_ids": rows["fact_id"]})
    return table.drop_duplicates("evaluation_year", keep="last").sort_values("evaluation_year")


def _quotes(facts: pd.DataFrame, fact_ids: str) -> tuple[str, str]:
    ids = FACT_ID.findall(fact_ids or "")
    rows = facts.set_index("fact_id").reindex(ids).dropna(how="all")
    return " / ".join(rows["quote"].str.replace(r"\s+", "", regex=True)), " / ".join(dict.fromkeys(rows["sentence"]))


def _row(goal: pd.Series, rules: dict) -> dict:
    return {"target_fact_id": goal["fact_id"], "report_id": goal["report_id"], "published": goal["published"],
            "kind": goal["kind"], "metric_id": goal["metric_id"], "metric_en": goal.get("metric_en", ""),
            "metric_zh": goal.get("metric_zh", ""), "subject": goal["subject"], "target_value": goal["value"],
            "unit": goal["unit"], "qualifier": goal["qualifier"], "direction": _direction(goal["metric_id"], rules),
            "deadline": goal["period"], "deadline_stated": bool(goal["period"]), "goal_level": None,
            "status": "no_outcome_reported", "outcome_value": None,
            "rule": ("" if goal["period"] else "no deadline stated; ") + "no later report gives an outcome",
            "outcome_period": "", "outcome_basis": "", "outcome_fact_ids": "", "outcome_report_id": "", "note": ""}


def judge(goal: pd.Series, values: pd.DataFrame, goals: pd.DataFrame, ranks: pd.DataFrame, rules: dict) -> dict:
    """One row of targets.csv for ``goal`` (a fact row of kind target/plan, with ``published``)."""
    row = _row(goal, rules)
    found, rule, note = _direct(goal, values, rules)
    row["note"] = note
    if found is not None:
        row.update(outcome_value=found["value"], outcome_period=found["period"], outcome_basis=found["basis"],
                   outcome_fact_ids=found["fact_id"], outcome_report_id=found["report_id"], rule=rule,
                   status=_status(found["value"], goal["value"], row["direction"]))
        return row
    implied = _derived(goal, values, ranks, rules)
    if implied is not None:
        ids = implied["fact_ids"]
        reports = sorted({i.rsplit("-", 1)[0] for i in FACT_ID.findall(ids)})
        row.update(outcome_value=implied["value"], outcome_period=implied["period"], outcome_basis="implied", note="",
                   outcome_fact_ids=ids, outcome_report_id=";".join(reports), rule=implied["rule"],
                   goal_level=implied["goal_level"], status=_status(implied["value"], goal["value"], "at_least"))
        return row
    moved = _moved(goal, goals, rules)
    if moved is not None:
        row.update(status="moved", outcome_period=moved["period"], outcome_fact_ids=moved["fact_id"],
                   outcome_report_id=moved["report_id"], outcome_basis="stated",
                   rule=f"restated by {moved['report_id']} with the later deadline {moved['period']}")
    return row


def build(facts: pd.DataFrame, values: pd.DataFrame, published: dict[str, str], ranks: pd.DataFrame | None = None,
          rules: dict | None = None) -> pd.DataFrame:
    """targets.csv: every fact of kind target or plan in ``facts`` judged against ``values`` of later reports."""
    rules = rules if rules is not None else load_rules()
    facts = facts.assign(published=facts["report_id"].map(published).fillna(""))
    goals = facts[facts["kind"].isin(GOAL_KINDS) & facts["metric_id"].ne("")].copy()
    goals["value"] = pd.to_numeric(goals["value"], errors="coerce")
    vals = prepare(values, published)
    ranks = ranks if ranks is not None else rank_timeline(vals, facts, published)
    rows = [judge(g, vals, goals, ranks, rules) for _, g in goals.iterrows()]
    out = pd.DataFrame(rows, columns=[c for c in COLUMNS if c not in
                                      ("target_quote", "target_sentence", "outcome_quote", "outcome_sentence")])
    if out.empty:
        return pd.DataFrame(columns=COLUMNS)
    out["note"] = [_register_note(r, facts, rules) for r in out.to_dict("records")]
    last = max((p for p in published.values() if p), default="")
    out["promise_group"] = [promise_group(st, d, last) for st, d in zip(out["status"], out["deadline"])]
    out[["target_quote", "target_sentence"]] = [list(_quotes(facts, f)) for f in out["target_fact_id"]]
    out[["outcome_quote", "outcome_sentence"]] = [list(_quotes(facts, f)) for f in out["outcome_fact_ids"]]
    return out[COLUMNS].sort_values(["published", "target_fact_id"]).reset_index(drop=True)


def register_of(measure: str, rules: dict) -> str:
    """The register a measure is counted on (the first of ``registers`` in targets.yml it names), or ""."""
    return next((w for w in rules.get("registers", ()) if w in str(measure)), "")


def _register_note(row: dict, facts: pd.DataFrame, rules: dict) -> str:
    """``row['note']``, with a warning when a settled goal and its stated outcome are counted on different registers
    (国家级高新技术企业 against 高新技术企业): the verdict then says so."""
    note = row.get("note") or ""
    if row["status"] not in ("met", "missed") or "measure_zh" not in facts.columns:
        return note
    measures = facts.set_index("fact_id")["measure_zh"]
    ids = [i for i in str(row["outcome_fact_ids"]).split(";") if i in measures.index]
    if len(ids) != 1 or row["target_fact_id"] not in measures.index:
        return note
    goal, outcome = measures[row["target_fact_id"]], measures[ids[0]]
    if register_of(goal, rules) == register_of(outcome, rules):
        return note
    said = (f"{row['status']}, but counted on another register: the goal counts {goal}, the outcome {outcome}")
    return f"{note}; {said}" if note else said


def promise_group(status: str, deadline: str, last_published: str) -> str:
    """Where a goal stands (:data:`PROMISE_GROUPS`): judged when a later report settles it; else by its deadline
    against the last report's publication month (``YYYY-MM``): due and not reported on, not yet due, or none."""
    if status != "no_outcome_reported":
        return "judged"
    span = Period.of(deadline)
    if span is None:
        return "no_deadline"
    last = Period.of(last_published[:7]) if last_published else None
    return "due_not_reported" if last is not None and span.end <= last.end else "not_yet_due"


def for_readers(targets: pd.DataFrame) -> pd.DataFrame:
    """The goals as the book shows them, grouped by where they stand: the goal and its deadline in the report's units
    (31.5亿元 by 2020), the status, the outcome with its period, the figures behind both and the sentence that set the goal. The full
    table, quotes and rules included, is targets.csv."""
    from reportfacts.analysis.labels import amount, period_label

    def said(value, unit, period, joiner):
        text = amount(value, unit)
        return f"{text}{joiner}{period_label(period)}" if text and period else text

    out = targets[["target_fact_id", "metric_en"]].copy()
    out["goal"] = [said(v, u, d, " by ") for v, u, d in zip(targets["target_value"], targets["unit"], targets["deadline"])]
    # where the goal stands: its status when a later report settles it, else its promise group
    groups = targets["promise_group"] if "promise_group" in targets else targets["status"]
    out["status"] = [st if g in ("judged", st) else g for st, g in zip(targets["status"], groups)]
    if "note" in targets:
        other = targets["note"].astype(str).str.contains("another register")
        out.loc[other, "status"] = out.loc[other, "status"] + "_other_register"
    out["outcome"] = [said(v, u, p, " in ") for v, u, p in
                      zip(targets["outcome_value"], targets["unit"], targets["outcome_period"])]
    out["outcome_fact_ids"] = targets["outcome_fact_ids"]
    out["target_sentence"] = targets["target_sentence"]
    order = {g: i for i, g in enumerate(PROMISE_GROUPS)}  # settled goals (any status) first, then by group
    return out.sort_values("status", key=lambda s: s.map(order).fillna(0), kind="stable")


def summary(targets: pd.DataFrame) -> pd.DataFrame:
    """How many goals are met, missed, moved or unreported (every status listed, zero included)."""
    counts = targets["status"].value_counts().reindex(list(STATUSES), fill_value=0)
    return pd.DataFrame({"status": list(STATUSES), "goals": counts.to_numpy()})


def group_summary(targets: pd.DataFrame) -> pd.DataFrame:
    """How many goals stand in each promise group (every group listed, zero included)."""
    counts = targets["promise_group"].value_counts().reindex(list(PROMISE_GROUPS), fill_value=0)
    return pd.DataFrame({"promise_group": list(PROMISE_GROUPS), "goals": counts.to_numpy()})


def write_targets(facts_csv: str = "data/processed/facts.csv", values_csv: str = "data/processed/reconciled.csv",
                  seeds_dir: str = "seeds", out_csv: str = "data/processed/targets.csv") -> pd.DataFrame:
    """Build targets.csv from the facts (the goals) and the reconciled values (the outcomes) and write it."""
    from reportfacts.core.tables import write_csv
    from reportfacts.text.sources import load_sources

    published = {s.report_id: s.published for s in load_sources(resolve(seeds_dir))}
    facts = read_table(facts_csv, ["fact_id", "report_id", "metric_id", "subject", "value", "unit", "qualifier",
                                   "period", "kind", "quote", "sentence"], text=True)
    values = read_values(values_csv)
    table = build(facts, values, published)
    write_csv(table, resolve(out_csv))
    return table
