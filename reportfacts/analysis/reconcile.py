"""Where the reports disagree: group comparable facts, classify every disagreement, reconcile one value per series.

Facts are comparable when they share a metric, a body (a subject, or subjects that one administration runs:
``same_body_as`` in entities.yml) and a year (the last year of their periods). Targets are compared with targets,
whatever their deadline. A report that gives several different stated values in one group is listing different
things (several projects' investments), so only equal values are matched with it.

Kinds, decided in this order for two figures that differ in value, period or subject:
  definition_or_scope  different bodies (示范区 vs 高新区), or one family of metrics under different definitions
  arithmetic_mismatch  a figure implied by a report's own arithmetic differs from a stated one
  rounding             the values differ by less than one unit of the coarser printed figure (129亿 vs 129.53亿)
  different_period     the same quantity for periods of different length (1~11月 vs the whole year)
  genuine_conflict     anything else
  target_slipped       the same goal restated with a later deadline
  name_variant         one entity written differently (typo / OCR variants in entities.yml)
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import pandas as pd

from reportfacts.analysis import checks as ck
from reportfacts.analysis import ranking
from reportfacts.core.paths import resolve
from reportfacts.core.tables import read_table
from reportfacts.extract.periods import Period, last_year
from reportfacts.text.clean import paragraph_around

POLICIES = ("latest_report", "earliest_report", "most_specific_period")
POLICY_RULES = {
    "latest_report": "a stated figure over an implied one, then the figure of the most recently published "
                     "report (then the longer period, the more precise figure)",
    "earliest_report": "a stated figure over an implied one, then the figure of the earliest published report "
                       "(then the longer period, the more precise figure)",
    "most_specific_period": "a stated figure over an implied one, then the period covering most of the year "
                            "(a full year over January-November), then the more precise figure (129.53 over 129), "
                            "then the latest report",
}
CONFLICT_COLUMNS = ["conflict_id", "metric_id", "subject", "period", "fact_ids", "kind", "explanation",
                    "resolved_value", "resolved_unit", "resolved_fact_id", "resolution_rule"]
RECONCILED_COLUMNS = ["metric_id", "subject", "period", "value", "unit", "fact_id", "report_id", "fact_period",
                      "kind", "basis", "n_candidates", "alternatives", "rule"]
FLOW_KINDS = {"growth_rate", "count_flow", "change", "level", "plan"}


def check_policy(policy: str) -> str:
    """``policy`` if known; else ValueError listing the allowed policies."""
    if policy not in POLICIES:
        raise ValueError(f"unknown reconciliation policy {policy!r}; allowed: {', '.join(POLICIES)}")
    return policy


# --------------------------------------------------------------------------------------------- preparation
def body_key(subject: str, same_body: dict[str, tuple]) -> str:
    """The subject and the entities administered by the same body, as one grouping key."""
    return "|".join(sorted({subject, *same_body.get(subject, ())}))


def prepare(facts: pd.DataFrame, implied: pd.DataFrame | None, published: dict, rules: dict,
            same_body: dict[str, tuple]) -> pd.DataFrame:
    """Stated and implied facts with their grouping keys and ordering attributes."""
    cols = list(facts.columns)
    frames = [facts.assign(basis="stated", implied_tol=0.0)]
    if implied is not None and not implied.empty:
        frames.append(implied.assign(basis="implied"))
    df = pd.concat(frames, ignore_index=True) if frames else facts
    df = df[pd.to_numeric(df["value"], errors="coerce").notna()].copy()
    for c in ("period", "kind", "metric_id", "subject", "qualifier", "sentence", "value_as_written",
              "unit_as_written"):
        df[c] = df[c].fillna("").astype(str) if c in df else ""
    df["implied_tol"] = pd.to_numeric(df.get("implied_tol", 0.0), errors="coerce").fillna(0.0)
    free = set(rules.get("subject_free_metrics", []))
    df["v"] = df["value"].astype(float)
    df["published"] = df["report_id"].map(lambda r: published.get(r) or "")
    df["body"] = [("*" if m in free else body_key(s, same_body)) for m, s in zip(df["metric_id"], df["subject"])]
    # a multiple of last year's value (是去年的2倍) is a series of whatever it multiplies: 奖金 and 项目数 are two
    df["series"] = [m if k == "ratio" else "" for m, k in zip(df.get("measure_zh", pd.Series("", index=df.index))
                                                            .fillna("").astype(str), df["kind"])]
    df["year"] = df["period"].map(lambda p: last_year(p) or 0)
    df["months"] = df["period"].map(lambda p: Period.parse(p).months if p else 0)
    df["target"] = df["kind"].eq("target")
    df["step"] = [ck.digit_step(r) if r["basis"] == "stated" else abs(r["v"]) or 1.0 for r in df.to_dict("records")]
    df = df[df["metric_id"] != ""]
    return df[cols + [c for c in df.columns if c not in cols]].reset_index(drop=True)


def implied_tolerances(implied: pd.DataFrame) -> pd.DataFrame:
    """Implied facts with the uncertainty of their value (column ``implied_tol``, from ``tolerance``)."""
    tol = pd.to_numeric(implied["tolerance"], errors="coerce") if "tolerance" in implied else 0.0
    return implied.assign(implied_tol=tol).fillna({"implied_tol": 0.0})


# --------------------------------------------------------------------------------------------- comparing
def _groups(df: pd.DataFrame, keys: list[str]) -> list[list[dict]]:
    """The rows of ``df`` as records grouped by ``keys``, groups in key order, rows in table order.

    (What ``df.groupby(keys, sort=True)`` gives, without a DataFrame per group: this runs once per policy.)
    """
    groups: dict[tuple, list[dict]] = {}
    for record in df.to_dict("records"):
        groups.setdefault(tuple(record[k] for k in keys), []).append(record)
    return [groups[key] for key in sorted(groups)]


def _ambiguous(recs: list[dict]) -> set[str]:
    """Reports giving two or more different stated values in one group (they list different things); a figure
    and the same figure printed rounded (129.53亿 and 129亿) are one value."""
    values: dict[str, dict] = {}
    for r in recs:
        if r["basis"] == "stated" and r["v"] == r["v"]:  # NaN is not a value
            values.setdefault(r["report_id"], {}).setdefault(r["v"], r)
    return {report for report, vs in values.items()
            if any(not rounding_compatible(x, y) for x, y in itertools.combinations(vs.values(), 2))}


def _equal(x: dict, y: dict) -> bool:
    tol = max(x["implied_tol"], y["implied_tol"]) if "implied" in (x["basis"], y["basis"]) else 0.0
    tol += (ck.half_unit(x) if x["basis"] == "stated" else 0) + (ck.half_unit(y) if y["basis"] == "stated" else 0) \
        if tol else 0.0
    return abs(x["v"] - y["v"]) <= tol + 1e-9 * max(1.0, abs(x["v"]))


def rounding_compatible(x: dict, y: dict) -> bool:
    """Two stated figures where the one printed with fewer decimals is the other rounded or truncated."""
    if "implied" in (x["basis"], y["basis"]):
        return False
    (wx, dx), (wy, dy) = ck.printed(x), ck.printed(y)
    if wx is None or wy is None or dx == dy or not wx or not wy:
        return False
    if abs(x["v"] / float(wx) - y["v"] / float(wy)) > 1e-9 * abs(x["v"] / float(wx)):
        return False
    (coarse, dc), (fine, _) = sorted([(wx, dx), (wy, dy)], key=lambda t: t[1])
    q = Decimal(1).scaleb(-dc)
    return coarse in (fine.quantize(q, rounding=ROUND_HALF_UP), fine.quantize(q, rounding=ROUND_DOWN))


def classify(x: dict, y: dict) -> str | None:
    """The kind of disagreement between two comparable facts, or None when they agree."""
    same_value = _equal(x, y)
    if same_value and x["period"] == y["period"] and x["subject"] == y["subject"]:
        return None
    if not same_value and "implied" in (x["basis"], y["basis"]):
        stated = x if x["basis"] == "stated" else y
        if x["months"] != y["months"] and stated["kind"] in FLOW_KINDS:
            return "different_period"
        return "arithmetic_mismatch"
    if not same_value and rounding_compatible(x, y):
        return "rounding"
    if x["months"] != y["months"] and x["kind"] in FLOW_KINDS | {"share"}:
        return "different_period"
    if x["subject"] != y["subject"] and x["body"] != "*":
        return "definition_or_scope"
    if x["period"] != y["period"]:
        return "different_period"
    return "genuine_conflict"


def _pairs(recs: list[dict]):
    """Pairs worth comparing in one group: across reports, or within one report when one is implied or rounded."""
    amb = _ambiguous(recs)
    with_stated = {r["report_id"] for r in recs if r["basis"] == "stated"}
    nth = {}
    for r in recs:
        key = (r["report_id"], r["basis"], r["v"])
        r["_nth"] = nth[key] = nth.get(key, -1) + 1
    for x, y in itertools.combinations(recs, 2):
        if x["basis"] == y["basis"] == "implied":
            continue
        imp = x if x["basis"] == "implied" else y if y["basis"] == "implied" else None
        if imp is not None and imp["report_id"] in with_stated and x["report_id"] != y["report_id"]:
            continue
        if x["basis"] == y["basis"] == "stated" and x["report_id"] != y["report_id"] and x["v"] == y["v"] \
                and x["_nth"] != y["_nth"]:
            continue
        same_report = x["report_id"] == y["report_id"]
        if same_report and x["basis"] == y["basis"] == "stated":
            if not rounding_compatible(x, y):
                continue
        elif not _equal(x, y) and any(r["report_id"] in amb and r["basis"] == "stated" for r in (x, y)):
            continue
        yield x, y


def compare_values(df: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """Pairwise disagreements and agreements of non-target facts grouped by metric, body and year."""
    conflicts, agreements = [], []
    for group in _groups(df[~df["target"]], ["metric_id", "series", "body", "year"]):
        if len(group) < 2:
            continue
        for x, y in _pairs(group):
            kind = classify(x, y)
            (agreements if kind is None else conflicts).append({"kind": kind, "facts": [x, y]})
    return conflicts, agreements


def compare_targets(df: pd.DataFrame) -> list[dict]:
    """Targets of one metric and body in different reports: a later deadline for the same goal, or another goal."""
    out = []
    for _, group in df[df["target"]].groupby(["metric_id", "body"], sort=True):
        for x, y in itertools.combinations(group.sort_values(["published", "fact_id"]).to_dict("records"), 2):
            if x["report_id"] == y["report_id"]:
                continue
            if x["v"] == y["v"] and y["year"] > x["year"] > 0:
                out.append({"kind": "target_slipped", "facts": [x, y]})
            elif x["v"] != y["v"] and x["year"] == y["year"] and x["year"]:
                out.append({"kind": "genuine_conflict", "facts": [x, y]})
    return out


def scope_families(df: pd.DataFrame, rules: dict) -> list[dict]:
    """A family of metrics whose series mixes definitions across reports (e.g. provincial vs national SMEs)."""
    out = []
    for fam in rules.get("scope_families", []):
        scopes = fam.get("metrics", {})
        members = df[df["metric_id"].isin(scopes) & ~df["target"] & (df["basis"] == "stated")]
        if members["metric_id"].nunique() < 2 or members["report_id"].nunique() < 2:
            continue
        related = df[df["metric_id"].isin(fam.get("related", [])) & ~df["target"] & (df["basis"] == "stated")]
        facts = pd.concat([members, related]).sort_values(["year", "published", "fact_id"])
        out.append({"kind": "definition_or_scope", "facts": facts.to_dict("records"), "family": fam})
    return out


def name_variants(texts: dict[str, str], entities: dict, facts: pd.DataFrame) -> list[dict]:
    """Entities written in typo or OCR variants (entities.yml ``variants``) somewhere in the reports."""
    out = []
    for eid in sorted(entities):
        variants = [v for v in (entities[eid].variants or ()) if v.get("written")]
        if not any(v.get("status") in ("typo", "ocr") for v in variants):
            continue
        found = {}
        forms = sorted(variants, key=lambda v: -len(v["written"]))
        for rid in sorted(texts):
            t = texts[rid]
            for v in forms:
                n = t.count(v["written"])
                if n:
                    found.setdefault(v["written"], []).append((rid, n, v))
                    t = t.replace(v["written"], "\0" * len(v["written"]))
        bad = [w for w, hits in found.items() if hits[0][2].get("status") in ("typo", "ocr")]
        if not bad:
            continue
        mask = facts["sentence"].fillna("").map(lambda s: any(w in s for w in bad)) if not facts.empty else []
        out.append({"kind": "name_variant", "entity": entities[eid], "found": found,
                    "facts": facts[mask].to_dict("records") if len(facts) else []})
    return out


# --------------------------------------------------------------------------------------------- ledger rows
def _describe(f: dict) -> str:
    written = f"{f['value_as_written']}{f['unit_as_written']}".replace("\n", "").replace(" ", "") \
        if f["basis"] == "stated" else f"{ck.plain(f['v'])} {f['unit']} (implied by {f.get('check_id', '')})"
    return f"{f['report_id']} ({f['published'] or 'date unknown'}) gives {written} for {f['period'] or 'no period'}" \
           f" [{f['subject']}]"


def explain(kind: str, facts: list[dict], extra: dict | None = None) -> str:
    """An English explanation generated from the facts of one conflict."""
    parts = "; ".join(_describe(f) for f in facts)
    metric = ", ".join(dict.fromkeys(f["metric_id"] for f in facts))
    why = {
        "definition_or_scope": "The figures belong to different bodies or definitions, so they are not one series",
        "arithmetic_mismatch": "A figure implied by the reports' own arithmetic differs from the stated one",
        "rounding": "The two agree once the coarser figure is read as rounded or truncated",
        "different_period": "The figures are for periods of different length or a period was relabelled",
        "genuine_conflict": "The reports give different values for the same quantity and period",
        "target_slipped": "The same goal is restated with a later deadline",
    }.get(kind, "")
    if kind == "definition_or_scope" and extra and extra.get("family"):
        fam = extra["family"]
        scoped = "; ".join(f"{ck.plain(f['v'])} {fam['metrics'].get(f['metric_id'], 'related flow: ' + f['metric_id'])}"
                           f" ({f['period']}, {f['report_id']})" for f in facts)
        return (f"The reports count {fam['name_en']} under different definitions: {scoped}. The numbers cannot be "
                "read as one time series.")
    if kind == "target_slipped":
        a, b = facts[0], facts[-1]
        return (f"{metric}: {a['report_id']} ({a['published']}) sets {ck.plain(a['v'])} {a['unit']} by {a['period']}; "
                f"{b['report_id']} ({b['published']}) sets the same {ck.plain(b['v'])} by {b['period']}: the deadline "
                f"moved {b['year'] - a['year']} years later.")
    notes = ""
    bodies = sorted({f["subject"] for f in facts})
    if len(bodies) > 1 and kind != "definition_or_scope":
        notes += f" The reports also attribute the figures to different bodies ({', '.join(bodies)})."
    est = sorted({f["report_id"] for f in facts if "预计" in f["sentence"]})
    if est:
        notes += f" {', '.join(est)} gives its figures as an estimate (预计)."
    return f"{metric}: {parts}. {why}.{notes}"


def choose(facts: list[dict], policy: str) -> tuple[dict, str]:
    """The fact a policy picks among candidates, and why."""
    check_policy(policy)
    pubs = sorted({f["published"] for f in facts})
    order = {p: i for i, p in enumerate(pubs)}

    def key(f):
        # stated beats derived under every policy: a figure implied by arithmetic never replaces a stated one
        implied = f["basis"] != "stated"
        common = (-f["months"], f["step"] / max(abs(f["v"]), 1e-12), f["fact_id"])
        if policy == "latest_report":
            return (implied, -order[f["published"]]) + common
        if policy == "earliest_report":
            return (implied, order[f["published"]]) + common
        return (implied, -f["months"], f["step"] / max(abs(f["v"]), 1e-12), -order[f["published"]], f["fact_id"])

    best = min(facts, key=key)
    return best, f"{policy}: {POLICY_RULES[policy]}"


def _row(kind: str, facts: list[dict], policy: str, explanation: str) -> dict:
    best, rule = choose(facts, policy) if facts else ({}, "")
    return {"metric_id": ";".join(dict.fromkeys(f["metric_id"] for f in facts)),
            "subject": ";".join(dict.fromkeys(f["subject"] for f in facts)),
            "period": ";".join(dict.fromkeys(f["period"] for f in facts)),
            "fact_ids": ";".join(dict.fromkeys(f["fact_id"] for f in facts)), "kind": kind,
            "explanation": explanation, "resolved_value": ck.plain(best["v"]) if best else "",
            "resolved_unit": best.get("unit", ""), "resolved_fact_id": best.get("fact_id", ""),
            "resolution_rule": rule}


def merge_pairs(pairs: list[dict]) -> list[list[dict]]:
    """Pairwise conflicts of one kind between the same sentences become one conflict (all their facts)."""
    merged: dict = {}
    for p in pairs:
        stated = {(f["report_id"], f["sentence"]) for f in p["facts"] if f["basis"] == "stated"}
        key = (p["kind"], p["facts"][0]["metric_id"] if len(stated) < 2 else "",
               tuple(sorted(stated or {(f["report_id"], f["sentence"]) for f in p["facts"]})))
        bucket = merged.setdefault(key, {})
        for f in p["facts"]:
            bucket[f["fact_id"]] = f
    return [(k[0], sorted(v.values(), key=lambda f: (f["published"], f["fact_id"]))) for k, v in merged.items()]


def conflicts_table(df: pd.DataFrame, texts: dict, entities: dict, rules: dict, policy: str,
                    ranking_rows: list[dict] | None = None) -> pd.DataFrame:
    """The conflict ledger: every disagreement with its kind, explanation and the policy's resolution."""
    check_policy(policy)
    pairs, _ = compare_values(df)
    rows = []
    for kind, facts in merge_pairs(pairs + compare_targets(df)):
        rows.append(_row(kind, facts, policy, explain(kind, facts)))
    for fam in scope_families(df, rules):
        rows.append(_row(fam["kind"], fam["facts"], policy, explain(fam["kind"], fam["facts"], fam)))
    by_id = {f["fact_id"]: f for f in df.to_dict("records")}
    for r in ranking_rows or []:
        facts = [by_id[i] for i in r["fact_ids"].split(";") if i in by_id]
        rows.append({**_row(r["kind"], facts, policy, r["explanation"]), "metric_id": r["metric_id"],
                     "subject": r["subject"]})
    for nv in name_variants(texts, entities, df[df["basis"] == "stated"]):
        rows.append(_name_row(nv))
    out = pd.DataFrame(rows, columns=CONFLICT_COLUMNS[1:])
    out = out.sort_values(["kind", "fact_ids", "metric_id"], kind="stable").reset_index(drop=True)
    out.insert(0, "conflict_id", [f"K{n:03d}" for n in range(1, len(out) + 1)])
    return out


def _name_row(nv: dict) -> dict:
    e = nv["entity"]
    forms = "; ".join(f"{w} ({hits[0][2].get('status', '')}) in " + ", ".join(f"{rid} x{n}" for rid, n, _ in hits)
                      for w, hits in sorted(nv["found"].items()))
    canonical = next((v["written"] for v in e.variants if v.get("status") == "short"), e.name_zh)
    return {"metric_id": "", "subject": e.id, "period": "",
            "fact_ids": ";".join(sorted({f["fact_id"] for f in nv["facts"]})), "kind": "name_variant",
            "explanation": f"{e.name_en} is written in several forms: {forms}. The typo/OCR forms name the same "
                           f"company.", "resolved_value": canonical, "resolved_unit": "", "resolved_fact_id": "",
            "resolution_rule": "name_variant: the company's short name as entities.yml records it"}


# --------------------------------------------------------------------------------------------- reconciled
def reconciled(df: pd.DataFrame, policy: str) -> tuple[pd.DataFrame, int]:
    """One value per metric, subject and year; and how many series were left out as lists of different things.

    An implied figure is a candidate only where no report states a figure for the same metric, body and year."""
    check_policy(policy)
    rows, skipped = [], 0
    stated_keys = set(zip(df.loc[df["basis"] == "stated", "metric_id"], df.loc[df["basis"] == "stated", "body"],
                          df.loc[df["basis"] == "stated", "year"]))
    # stated beats derived: an implied figure only fills a year for which no report of the same body states one
    derived_only = [(b != "stated") and (m, body, y) in stated_keys
                    for b, m, body, y in zip(df["basis"], df["metric_id"], df["body"], df["year"])]
    df = df[~pd.Series(derived_only, index=df.index, dtype=bool)]
    for facts in _groups(df[~df["target"]], ["metric_id", "subject", "year"]):
        if _ambiguous(facts):
            skipped += 1
            continue
        metric, subject, year = facts[0]["metric_id"], facts[0]["subject"], facts[0]["year"]
        best, rule = choose(facts, policy)
        rows.append({"metric_id": metric, "subject": subject, "period": str(year) if year else "",
                     "value": ck.plain(best["v"]), "unit": best["unit"], "fact_id": best["fact_id"],
                     "report_id": best["report_id"], "fact_period": best["period"], "kind": best["kind"],
                     "basis": best["basis"],
                     "n_candidates": len(facts),
                     "alternatives": ";".join(sorted(f["fact_id"] for f in facts if f is not best)), "rule": rule})
    return pd.DataFrame(rows, columns=RECONCILED_COLUMNS), skipped


def with_unresolved(rec: pd.DataFrame, df: pd.DataFrame, policy: str) -> pd.DataFrame:
    """reconciled.csv with a row, basis ``unresolved`` and no value, for every series the policy cannot resolve
    (one report gives two or more different values for it in one year), saying why: nothing is dropped silently."""
    rows = []
    for facts in _groups(df[~df["target"]], ["metric_id", "subject", "year"]):
        amb = _ambiguous(facts)
        if not amb:
            continue
        values = "; ".join(f"{r} gives " + ", ".join(sorted({f"{f['value_as_written']}{f['unit_as_written']}"
                                                             for f in facts if f["report_id"] == r
                                                             and f["basis"] == "stated"}))
                           for r in sorted(amb))
        year = facts[0]["year"]
        rows.append({"metric_id": facts[0]["metric_id"], "subject": facts[0]["subject"],
                     "period": str(year) if year else "", "value": "", "unit": facts[0]["unit"], "fact_id": "",
                     "report_id": ";".join(sorted(amb)), "fact_period": "", "kind": facts[0]["kind"],
                     "basis": "unresolved", "n_candidates": len(facts),
                     "alternatives": ";".join(sorted(f["fact_id"] for f in facts)),
                     "rule": f"unresolved: {values} for this series and year; a report giving several values lists "
                             "different things (or one is a change, not a level), so no one value is chosen"})
    if not rows:
        return rec
    out = pd.concat([rec, pd.DataFrame(rows, columns=RECONCILED_COLUMNS)], ignore_index=True)
    return out.sort_values(["metric_id", "subject", "period"], kind="stable").reset_index(drop=True)


def with_implied_ranks(rec: pd.DataFrame, tl: pd.DataFrame, published: dict) -> pd.DataFrame:
    """reconciled.csv with the ranking's implied ranks for evaluation years no report states (marked implied)."""
    rules = ck.load_rules().get("ranking", {})
    metric = rules.get("rank_metric")
    if tl.empty or not metric:
        return rec
    have = set(rec.loc[rec["metric_id"] == metric, "period"].astype(str))
    stated_years = set(tl.loc[tl["basis"] == "stated", "evaluation_year"].astype(int))
    subject = rec.loc[rec["metric_id"] == metric, "subject"]
    rows = []
    for r in tl[tl["basis"] == "implied"].drop_duplicates("evaluation_year").to_dict("records"):
        year = int(r["evaluation_year"])
        if year in stated_years or str(year) in have:
            continue
        rows.append({"metric_id": metric, "subject": subject.iloc[0] if len(subject) else "", "period": str(year),
                     "value": str(int(r["rank"])), "unit": "rank", "fact_id": r["fact_ids"].split(";")[0],
                     "report_id": r["report_ids"], "fact_period": str(year), "kind": "rank", "basis": "implied",
                     "n_candidates": 1, "alternatives": r["fact_ids"],
                     "rule": f"implied by the ranking: {r['reasoning']}"})
    if not rows:
        return rec
    out = pd.concat([rec, pd.DataFrame(rows, columns=RECONCILED_COLUMNS)], ignore_index=True)
    return out.sort_values(["metric_id", "subject", "period"], kind="stable").reset_index(drop=True)


def policy_changes(df: pd.DataFrame) -> pd.DataFrame:
    """For each pair of policies, how many series get a different fact (computed)."""
    tables = {p: reconciled(df, p)[0].set_index(["metric_id", "subject", "period"])["fact_id"] for p in POLICIES}
    rows = []
    for a, b in itertools.combinations(POLICIES, 2):
        rows.append({"policy_a": a, "policy_b": b, "series_that_change": int((tables[a] != tables[b]).sum()),
                     "series": len(tables[a])})
    return pd.DataFrame(rows)


# --------------------------------------------------------------------------------------------- driver
@dataclass
class Ledger:
    facts: pd.DataFrame
    prepared: pd.DataFrame
    checks: pd.DataFrame
    implied: pd.DataFrame
    timeline: pd.DataFrame
    conflicts: pd.DataFrame
    reconciled: pd.DataFrame
    skipped_series: int
    texts: dict
    published: dict
    verdicts: pd.DataFrame | None = None
    ranking: pd.DataFrame | None = None
    name_variants: pd.DataFrame | None = None


def build_ledger(facts_path: str, processed_dir: str, policy: str, seeds_dir: str = "seeds",
                 interim_dir: str = "data/interim", write: bool = True, as_of: str = "") -> Ledger:
    """Run checks, ranking, conflicts and reconciliation; write checks.csv, implied_facts.csv, conflicts.csv and
    reconciled.csv to ``processed_dir``.

    With ``as_of`` (``YYYY-MM``) only the facts and texts of the reports published by then are used
    (:func:`reportfacts.text.sources.report_ids_by`); ``processed_dir`` must then be another folder than the book's
    (:func:`reportfacts.analysis.asof.check`).
    """
    from reportfacts.analysis import asof as asof_
    from reportfacts.extract import pipeline
    from reportfacts.extract.catalog import load_catalog
    from reportfacts.text.sources import load_sources, report_ids_by

    check_policy(policy)
    asof_.check(as_of, **({"processed_dir": processed_dir} if write else {}))
    sources = load_sources(seeds_dir)
    keep = report_ids_by(sources, as_of)
    facts = read_table(facts_path, text=True)
    facts = facts[facts["report_id"].isin(keep)].reset_index(drop=True)
    published = {s.report_id: s.published for s in sources}
    texts = {rid: t for rid, t in pipeline.clean_texts(seeds_dir, interim_dir).items() if rid in keep}
    catalog = load_catalog()
    rules = ck.load_rules()
    same_body = {e.id: tuple(e.same_body_as) for e in catalog.entities.values()}
    tl = ranking.timeline(facts, published, rules)
    checks, implied = ck.run_checks(facts, texts, rules, extra_checks=ranking.consistency_checks(tl))
    df = prepare(facts, implied_tolerances(implied), published, rules, same_body)
    conflicts = conflicts_table(df, texts, catalog.entities, rules, policy,
                                ranking.ranking_conflict(tl, ranking.ranking_facts(facts, rules)))
    rec, skipped = reconciled(df, policy)
    rec = with_unresolved(with_implied_ranks(rec, tl, published), df, policy)
    from reportfacts.analysis import judge, names
    name_table = names.variants_table(texts, catalog.entities, facts["subject_zh"])
    verdicts = judge.judge(judge.comparable_frame(facts, implied_tolerances(implied), published, rules, same_body),
                           checks, tl, texts, published, rules, catalog.entities, name_table)
    rank_table = ranking.ranking_table(tl)
    if write:
        from reportfacts.core.tables import write_csv
        out = resolve(processed_dir)
        write_csv(checks, out / "checks.csv")
        write_csv(implied, out / "implied_facts.csv")
        write_csv(conflicts, out / "conflicts.csv")
        write_csv(rec, out / "reconciled.csv")
        write_csv(verdicts, out / "verdicts.csv")
        write_csv(rank_table, out / "ranking.csv")
        write_csv(name_table, out / "name_variants.csv")
    return Ledger(facts, df, checks, implied, tl, conflicts, rec, skipped, texts, published, verdicts, rank_table,
                  name_table)


def kind_counts(conflicts: pd.DataFrame) -> pd.DataFrame:
    """Conflicts by kind (every kind listed, zero included)."""
    kinds = ["different_period", "rounding", "definition_or_scope", "arithmetic_mismatch", "name_variant",
             "target_slipped", "genuine_conflict"]
    n = conflicts["kind"].value_counts() if not conflicts.empty else {}
    return pd.DataFrame({"kind": kinds, "conflicts": [int(n.get(k, 0)) for k in kinds]})


SNIPPET_MAX = 120  # characters of one window of a quote in the side-by-side tables


def snippet(texts: dict, facts: list[dict], before: int = 30, after: int = 15) -> str:
    """The clean text around each of a report's figures (within its paragraph), nearby windows merged.

    Each figure gets its own window, so figures far apart in a report never pull in the text between them.
    """
    if not facts:
        return ""
    t = texts.get(facts[0]["report_id"], "")
    windows: list[list[int]] = []
    for s, e in sorted((int(f["clean_start"]), int(f["clean_end"])) for f in facts):
        (p0, _), (_, p1) = paragraph_around(t, s), paragraph_around(t, e)
        a, b = max(p0, s - before), min(p1, e + after)
        b = min(b, a + SNIPPET_MAX)  # an implied figure's span can cover a whole statement
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    parts = [t[a:b].replace("\n", " ") for a, b in windows]
    return ("…" if windows[0][0] > 0 else "") + " … ".join(parts) + ("…" if windows[-1][1] < len(t) else "")


def side_by_side(ledger: Ledger, kinds: tuple[str, ...] | None = None) -> pd.DataFrame:
    """One row per conflict: the Chinese text of each report involved, side by side, and the explanation."""
    by_id = {f["fact_id"]: f for f in ledger.prepared.to_dict("records")}
    rows = []
    for c in ledger.conflicts.to_dict("records"):
        if kinds and c["kind"] not in kinds:
            continue
        facts = [by_id[i] for i in c["fact_ids"].split(";") if i in by_id]
        quotes = []
        if c["kind"] == "name_variant":
            quotes = _variant_snippets(ledger.texts, c)
        else:
            for rid in dict.fromkeys(f["report_id"] for f in facts):
                mine = [f for f in facts if f["report_id"] == rid]
                quotes.append(f"[{rid}] " + snippet(ledger.texts, mine))
        quotes += [""] * (3 - len(quotes))
        rows.append({"conflict": c["conflict_id"], "kind": c["kind"], "fact_ids": c["fact_ids"],
                     "quote 1": quotes[0], "quote 2": quotes[1],
                     "quote 3+": " ".join(quotes[2:]).strip(), "explanation": c["explanation"],
                     "resolved": f"{c['resolved_value']} {c['resolved_unit']}".strip(),
                     "resolved_fact_id": c["resolved_fact_id"]})
    return pd.DataFrame(rows, columns=["conflict", "kind", "fact_ids", "quote 1", "quote 2", "quote 3+",
                                       "explanation", "resolved", "resolved_fact_id"])


def _variant_snippets(texts: dict, c: dict) -> list[str]:
    out = []
    forms = [p.split(" (")[0] for p in c["explanation"].split(": ", 1)[-1].split("; ")]
    for rid in sorted(texts):
        for w in forms:
            i = texts[rid].find(w)
            if i >= 0 and not any(o.startswith(f"[{rid}] ") and w in o for o in out):
                out.append(f"[{rid}] …{texts[rid][max(0, i - 15):i + len(w) + 15].replace(chr(10), ' ')}…")
                break
    return out


def failed_checks(ledger: Ledger) -> pd.DataFrame:
    """Every failed check with the Chinese text of its figures and the arithmetic."""
    by_id = {f["fact_id"]: f for f in ledger.prepared.to_dict("records")}
    rows = []
    for c in ledger.checks[ledger.checks["status"] == "fail"].to_dict("records"):
        facts = [by_id[i] for i in c["fact_ids"].split(";") if i in by_id]
        quotes = [f"[{rid}] " + snippet(ledger.texts, [f for f in facts if f["report_id"] == rid])
                  for rid in dict.fromkeys(f["report_id"] for f in facts)]
        quotes += [""] * (2 - len(quotes))
        rows.append({"check": c["check_id"], "fact_ids": c["fact_ids"], "quote 1": quotes[0], "quote 2": " ".join(quotes[1:]).strip(),
                     "formula": c["formula"], "stated": c["stated"], "computed": c["computed"],
                     "tolerance": c["tolerance"], "explanation": c["explanation"]})
    return pd.DataFrame(rows, columns=["check", "fact_ids", "quote 1", "quote 2", "formula", "stated", "computed", "tolerance",
                                       "explanation"])
