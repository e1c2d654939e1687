"""The zone's rank in the national evaluation of high-tech zones, by evaluation year rather than report year.

Rules (the evaluation of year Y is published during year Y+1, so a report published in year P cites at most the
evaluation of year P-1; ``publication_lag_years`` in conflict_rules.yml):

1. A stated rank whose sentence names "N年度" belongs to evaluation year N.
2. Any other stated rank belongs to the last year of its period (from "从A位提升至B位" over a span, the first and
   last year of the span), capped at the latest evaluation published before the report.
3. A rank change "前移N个位次" in the sentence of a stated rank for year E is the change from E-1 (or, over a
   period of k years such as "两年", from E-k), so rank(E-k) = rank(E) + N is implied. A change with no rank
   beside it ends at the latest evaluation published before the report.
4. Targets: a target rank ("前100名") for its deadline; a target change ("前移10个位次") for year Y implies the
   target rank(Y) = rank(Y-1) - N.
"""

from __future__ import annotations

import re

import pandas as pd

from reportfacts.analysis.checks import load_rules, plain
from reportfacts.extract.periods import Period, last_year

TIMELINE_COLUMNS = ["evaluation_year", "rank", "basis", "fact_ids", "report_ids", "reasoning"]


def _published_year(published: dict, report_id: str) -> int | None:
    p = published.get(report_id) or ""
    return int(p[:4]) if p[:4].isdigit() else None


def ranking_facts(facts: pd.DataFrame, rules: dict | None = None) -> pd.DataFrame:
    """The rank and rank-change facts (any subject: these metrics only describe the zone)."""
    rules = rules if rules is not None else load_rules()
    r = rules.get("ranking", {})
    metrics = {r.get("rank_metric", "national_ranking_rank"), r.get("change_metric", "national_ranking_change_positions")}
    if facts.empty:
        return facts.iloc[0:0]
    return facts[facts["metric_id"].isin(metrics)].sort_values(["report_id", "clean_start"], kind="stable")


def _evaluation_year(f: dict, published: dict, lag: int) -> tuple[int | None, str]:
    """Evaluation year of a stated rank and why (rules 1 and 2)."""
    m = re.search(r"(\d{4})年度", f["sentence"])
    if m:
        return int(m.group(1)), f"the sentence names the {m.group(1)} evaluation (\"{m.group(0)}\")"
    y = last_year(f["period"])
    pub = _published_year(published, f["report_id"])
    if y is None:
        return (pub - lag if pub else None), "no period: the latest evaluation published before the report"
    if pub is not None and y > pub - lag:
        return pub - lag, (f"period {f['period']}, but a report of {published[f['report_id']]} can cite at most the "
                           f"{pub - lag} evaluation")
    return y, f"period {f['period']} (report {f['report_id']}, published {published.get(f['report_id'], '?')})"


def _stated(rank_facts: list, published: dict, lag: int) -> list[dict]:
    rows = []
    for f in rank_facts:
        year, why = _evaluation_year(f, published, lag)
        rows.append({"evaluation_year": year, "rank": int(float(f["value"])), "basis": "stated",
                     "fact_ids": f["fact_id"], "report_ids": f["report_id"],
                     "reasoning": f"Stated: rank {int(float(f['value']))}; {why}."})
    return rows


def _implied(change_facts: list, stated: list[dict], facts_by_id: dict, published: dict, lag: int) -> list[dict]:
    rows = []
    for c in change_facts:
        n = int(float(c["value"]))
        same = [s for s in stated if facts_by_id[s["fact_ids"]]["sentence"] == c["sentence"]
                and facts_by_id[s["fact_ids"]]["report_id"] == c["report_id"]]
        span = Period.of(c["period"])
        k = (span.last_year - span.first_year + 1) if span else 1
        if same:
            end, anchor_why = same[0]["evaluation_year"], f"the rank stated beside it ({same[0]['fact_ids']})"
        else:
            pub = _published_year(published, c["report_id"])
            y = last_year(c["period"])
            end = min(y, pub - lag) if (y and pub) else (y or (pub - lag if pub else None))
            anchor_why = f"the latest evaluation a report of {published.get(c['report_id'], '?')} can cite"
        if end is None:
            continue
        at_end = [s for s in stated if s["evaluation_year"] == end]
        if not at_end:
            continue
        rank = at_end[0]["rank"] + n
        rows.append({"evaluation_year": end - k, "rank": rank, "basis": "implied",
                     "fact_ids": ";".join([c["fact_id"], at_end[0]["fact_ids"]]), "report_ids": c["report_id"],
                     "reasoning": f"Implied: a move of {n} places over {k} year(s) ending at evaluation {end} "
                                  f"({anchor_why}), from rank {at_end[0]['rank']} in {end}: "
                                  f"{at_end[0]['rank']} + {n} = {rank} in {end - k}."})
    return rows


def _targets(target_facts: list, stated: list[dict], published: dict) -> list[dict]:
    rows = []
    for t in target_facts:
        y = last_year(t["period"])
        v = int(float(t["value"]))
        if t["unit"] == "rank":
            rows.append({"evaluation_year": y, "rank": v, "basis": "target", "fact_ids": t["fact_id"],
                         "report_ids": t["report_id"],
                         "reasoning": f"Target of {t['report_id']} ({published.get(t['report_id'], '?')}): "
                                      f"within the top {v} by {y}."})
        elif t["unit"] == "positions" and y:
            prev = [s for s in stated if s["evaluation_year"] == y - 1 and s["basis"] == "stated"]
            if prev:
                rows.append({"evaluation_year": y, "rank": prev[0]["rank"] - v, "basis": "target",
                             "fact_ids": ";".join([t["fact_id"], prev[0]["fact_ids"]]), "report_ids": t["report_id"],
                             "reasoning": f"Target of {t['report_id']}: move up {v} places in {y} from "
                                          f"{prev[0]['rank']} ({y - 1}), i.e. rank {prev[0]['rank'] - v}."})
    return rows


def timeline(facts: pd.DataFrame, published: dict, rules: dict | None = None) -> pd.DataFrame:
    """One row per (evaluation year, rank, basis): stated, implied and target ranks, with their reasoning."""
    rules = rules if rules is not None else load_rules()
    lag = int(rules.get("ranking", {}).get("publication_lag_years", 1))
    rf = ranking_facts(facts, rules)
    if rf.empty:
        return pd.DataFrame(columns=TIMELINE_COLUMNS)
    recs = rf.fillna("").to_dict("records")
    by_id = {f["fact_id"]: f for f in recs}
    ranks = [f for f in recs if f["unit"] == "rank" and f["kind"] != "target"]
    changes = [f for f in recs if f["unit"] == "positions" and f["kind"] != "target"]
    targets = [f for f in recs if f["kind"] == "target"]
    stated = _stated(ranks, published, lag)
    rows = stated + _implied(changes, stated, by_id, published, lag)
    rows += _targets(targets, [r for r in rows if r["basis"] == "stated"], published)
    out = pd.DataFrame(rows, columns=TIMELINE_COLUMNS)
    order = {"stated": 0, "implied": 1, "target": 2}
    out["_o"] = out["basis"].map(order)
    out = out.sort_values(["evaluation_year", "_o", "fact_ids"], kind="stable").drop(columns="_o")
    return out.reset_index(drop=True)


RANKING_COLUMNS = ["evaluation_year", "rank", "basis", "fact_ids", "report_ids", "derivation"]


def ranking_table(tl: pd.DataFrame) -> pd.DataFrame:
    """data/processed/ranking.csv: the national rank by evaluation year, stated, implied or target, with the fact
    ids and the derivation in words."""
    return tl.rename(columns={"reasoning": "derivation"}).reindex(columns=RANKING_COLUMNS)


def consistency_checks(tl: pd.DataFrame) -> list[dict]:
    """Checks (checks.csv rows) wherever two figures give the same evaluation year's rank."""
    rows = []
    actual = tl[tl["basis"] != "target"]
    for year, g in actual.groupby("evaluation_year", sort=True):
        if len(g) < 2:
            continue
        first = g.iloc[0]
        for _, other in g.iloc[1:].iterrows():
            ok = int(other["rank"]) == int(first["rank"])
            ids = ";".join(dict.fromkeys(first["fact_ids"].split(";") + other["fact_ids"].split(";")))
            rows.append({"check_id": f"ranking-{int(year)}-{other['fact_ids'].split(';')[0]}", "fact_ids": ids,
                         "formula": f"rank({int(year)}) by {first['basis']} = rank({int(year)}) by {other['basis']}",
                         "stated": plain(float(first["rank"])), "computed": plain(float(other["rank"])),
                         "tolerance": "0", "status": "pass" if ok else "fail", "rule": "ranking",
                         "report_id": other["report_ids"],
                         "explanation": f"Two derivations of the {int(year)} evaluation rank: {first['reasoning']} "
                                        f"{other['reasoning']}"})
    return rows


def target_outcomes(tl: pd.DataFrame) -> pd.DataFrame:
    """Each target beside the actual rank for its year (empty actual when the year is not yet covered)."""
    actual = tl[tl["basis"] != "target"].drop_duplicates("evaluation_year").set_index("evaluation_year")["rank"]
    rows = []
    for _, t in tl[tl["basis"] == "target"].iterrows():
        y = t["evaluation_year"]
        a = actual.get(y)
        rows.append({"evaluation_year": y, "target_rank": t["rank"], "actual_rank": "" if a is None else int(a),
                     "met": "" if a is None else ("yes" if int(a) <= int(t["rank"]) else
                                                  f"no (missed by {int(a) - int(t['rank'])})"),
                     "fact_ids": t["fact_ids"]})
    return pd.DataFrame(rows, columns=["evaluation_year", "target_rank", "actual_rank", "met", "fact_ids"])


def ranking_conflict(tl: pd.DataFrame, rf: pd.DataFrame) -> list[dict]:
    """The ranking figures as one ledger row: how the report-year labels map to evaluation years."""
    actual = tl[tl["basis"] != "target"]
    ids = [i for i in rf[rf["kind"] != "target"]["fact_id"]] if not rf.empty else []
    if len(set(rf["report_id"])) < 2 if not rf.empty else True:
        return []
    dup = actual.groupby("evaluation_year")["rank"].nunique()
    consistent = bool((dup <= 1).all())
    from reportfacts.analysis.corpus import main_subject

    subject = main_subject(rf[rf["kind"] != "target"])  # whom the rank figures are about
    seq = "; ".join(f"{int(y)}: {int(g.iloc[0]['rank'])} ({g.iloc[0]['basis']})"
                    for y, g in actual.groupby("evaluation_year", sort=True))
    return [{"metric_id": "national_ranking_rank", "subject": subject, "period": "",
             "fact_ids": ";".join(ids), "kind": "different_period" if consistent else "arithmetic_mismatch",
             "explanation": ("The reports date the national rank by report year or five-year plan; aligned to "
                             f"evaluation years they give {seq}. "
                             + ("Every evaluation year that two figures reach gets the same rank, so they are "
                                "consistent." if consistent else "Some evaluation year gets two different ranks."))}]
