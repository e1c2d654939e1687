"""The judge's verdicts against a hand-made ledger of comparable figures (``tests/answer_key/ledger.csv``).

A ledger row names its figures by quote: each quote is a span of its report with the whitespace removed, and
``figures`` gives the printed figure(s) inside it. A figure is found when an extracted fact of its report overlaps
it in the raw text. A ledger row is *recalled* when one verdict row holds figures of at least two of its quotes
(of every quote, for a group of two quotes; for a row of one quote, two of its figures); among several, the row
holding most of them counts. Its verdict is *right* when that row's verdict is the ledger's.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from reportfacts.scoring.evaluate import Stripped


def figure_facts(row: dict, facts: pd.DataFrame, raws: dict[str, str]) -> list[set[str]]:
    """For each quote of a ledger row, the ids of the facts overlapping its figures."""
    out = []
    reports = row["report_ids"].split(";")
    for rid, q, figs in zip(reports, row["quotes"].split(";"), row["figures"].split(";")):
        stripped = Stripped.of(raws[rid])
        qpos = stripped.text.find(q)
        ids: set[str] = set()
        mine = facts[facts["report_id"] == rid]
        starts, ends = mine["char_start"].astype(int), mine["char_end"].astype(int)
        for fig in figs.split("|"):
            if qpos < 0 or fig not in q:
                continue
            fpos = qpos + q.index(fig)
            lo, hi = stripped.span(fpos, fpos + len(fig))
            ids |= set(mine.loc[(starts < hi) & (ends > lo), "fact_id"])
        out.append(ids)
    return out


def _coverage(groups: list[set[str]], ids: set[str], one_quote_figures: int) -> int:
    if len(groups) == 1:
        return len(groups[0] & ids) if len(groups[0] & ids) >= min(2, one_quote_figures) else 0
    return sum(1 for g in groups if g & ids)


def score(ledger: pd.DataFrame, verdicts: pd.DataFrame, facts: pd.DataFrame, raws: dict[str, str]) -> dict:
    """Recall of the ledger's rows, verdict accuracy over the recalled ones, and the rows themselves."""
    vrows = [(set(str(r["fact_ids"]).split(";")), r["verdict"], r["verdict_id"]) for r in verdicts.to_dict("records")]
    results = []
    for row in ledger.to_dict("records"):
        groups = figure_facts(row, facts, raws)
        nfig = len(row["figures"].split(";")[0].split("|"))
        need = 2 if len(groups) > 1 else min(2, nfig)
        best = None
        for ids, verdict, vid in vrows:
            cov = _coverage(groups, ids, nfig)
            if cov >= need and (best is None or cov > best[0] or (cov == best[0] and verdict == row["verdict"])):
                best = (cov, verdict, vid)
        results.append({"ledger_id": row["ledger_id"], "expected": row["verdict"],
                        "got": best[1] if best else "", "verdict_id": best[2] if best else "",
                        "found": best is not None, "right": bool(best and best[1] == row["verdict"])})
    res = pd.DataFrame(results)
    found = res[res["found"]]
    return {"recall": len(found) / len(res) if len(res) else 0.0,
            "accuracy": float(found["right"].mean()) if len(found) else 0.0,
            "rows": res, "expected_counts": Counter(res["expected"]), "n": len(res)}
