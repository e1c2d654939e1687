"""Judgement: a verdict on every pair (or group) of comparable figures, said so a journalist can quote it.

Comparable means the same measure (the catalog metric, or the sentence's ``measure_zh`` when the catalog has
none) of the same body, or the same attribute of one named thing (a project, a river section) across reports,
or figures tied together by a report's own arithmetic (the checks of :mod:`reportfacts.analysis.checks`). Each row of
``verdicts.csv`` gets one verdict; ``disagreement`` says whether the figures agree (``none``), only seem to
disagree (``apparent``, and the verdict says why) or truly conflict (``genuine``). The verdicts and their
classes are data: ``verdicts`` in ``data/catalog/conflict_rules.yml``.

Stated beats derived: a figure derived from other figures never replaces a stated one; where the two differ,
the verdict names the assumption that failed (a flow of new certifications is not a net change of the stock).
Nothing about one corpus is written here: markers, unit conversions and metric relations are in the YAML.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import pandas as pd

from reportfacts.analysis import checks as ck
from reportfacts.analysis import names
from reportfacts.analysis import reconcile as rc
from reportfacts.extract.periods import Period

VERDICT_COLUMNS = ["verdict_id", "verdict", "disagreement", "measure_zh", "subject_zh", "periods", "figures",
                   "report_ids", "fact_ids", "explanation", "found_by"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
PUNCT = "，。；：,;:！？、“”"


@dataclass
class Context:
    """What the judge reads: clean texts, publication dates, the rules, entities and the checks."""

    texts: dict
    published: dict
    rules: dict
    entities: dict = field(default_factory=dict)
    checks: dict = field(default_factory=dict)       # check_id -> row
    by_id: dict = field(default_factory=dict)        # fact_id -> prepared record (stated and implied)

    def verdict_class(self, verdict: str) -> str:
        return (self.rules.get("verdicts", {}).get(verdict) or {}).get("class", "genuine")


# --------------------------------------------------------------------------------------------- wording
def period_en(p: str) -> str:
    """A canonical period in words: 2019-01..2019-11 -> January-November 2019; 2018-H1 -> the first half of 2018."""
    if not p:
        return "no stated date"
    try:
        span = Period.parse(p)
    except ValueError:
        return p
    (y, m), (_, m2) = span.first, span.last
    if span.is_range:
        a, _, b = p.partition("..")
        if span.grain == span.last_grain == "month" and span.first_year == span.last_year:
            return f"{MONTHS[m - 1]}-{MONTHS[m2 - 1]} {y}"
        return f"{period_en(a)} to {period_en(b)}" if span.grain != "year" else f"{a}-{b}"
    if span.grain == "half":
        return f"the {'first' if m == 1 else 'second'} half of {y}"
    if span.grain == "quarter":
        return f"the {['first', 'second', 'third', 'fourth'][(m - 1) // 3]} quarter of {y}"
    if span.grain in ("month", "day"):
        day = f"{int(p[8:])} " if span.grain == "day" else ""
        return f"{day}{MONTHS[m - 1]} {y}"
    return p


def report_en(ctx: Context, rid: str) -> str:
    """A report named by its publication month: 'the January 2020 report'."""
    pub = ctx.published.get(rid) or ""
    return f"the {period_en(pub[:7])} report" if pub else "an undated report"


def reports_en(ctx: Context, rids: list[str]) -> str:
    """Several reports by publication month, oldest first: 'the January 2020, April 2020 and May 2021 reports'."""
    months = [period_en((ctx.published.get(r) or "")[:7]) for r in sorted(set(rids), key=lambda r: ctx.published.get(r) or "")]
    if len(months) == 1:
        return report_en(ctx, rids[0])
    return f"the {', '.join(months[:-1])} and {months[-1]} reports"


def cap(s: str) -> str:
    """``s`` with its first letter upper-cased (str.capitalize would lower the rest)."""
    return s[:1].upper() + s[1:]


def _clean_span(ctx: Context, f: dict) -> str:
    t = ctx.texts.get(f["report_id"], "")
    try:
        s, e = int(f["clean_start"]), int(f["clean_end"])
    except (TypeError, ValueError):
        return ""
    return "".join(t[s:e].split())


def figure(ctx: Context, f: dict) -> str:
    """The figure as the report prints it (129.53亿元, 3000余家); a derived figure in its sources' unit."""
    if f.get("basis") == "stated":
        span = _clean_span(ctx, f)
        return span or f"{f['value_as_written']}{f['unit_as_written']}"
    src = [ctx.by_id[i] for i in source_ids(ctx, f) if i in ctx.by_id and ctx.by_id[i]["unit"] == f["unit"]]
    return like(f["v"], src[0]) if src else f"{ck.plain(f['v'])} {f['unit']}"


def like(value: float, model: dict) -> str:
    """``value`` written the way ``model`` (a stated fact) writes its own: 421.3亿元 beside 417亿元."""
    w, _ = ck.printed(model)
    unit = model.get("unit_as_written", "")
    if w is None or not float(w):
        return f"{ck.plain(value)}{unit}"
    scaled = value / (float(model["value"]) / float(w))
    return f"{ck.plain(round(scaled, 2))}{unit}"


def quote(ctx: Context, f: dict, before: int = 24) -> str:
    """The clause around a stated figure, in the report's Chinese, from the last punctuation before it."""
    t = ctx.texts.get(f["report_id"], "")
    try:
        s, e = int(f["clean_start"]), int(f["clean_end"])
    except (TypeError, ValueError):
        return ""
    head = "".join(t[max(0, s - before):s].split())
    cut = max(head.rfind(c) for c in PUNCT)
    if cut >= 0:
        head = head[cut + 1:]
    elif s > before:  # the clause starts further back: show its last characters
        head = "…" + head[-16:]
    return f"“{head}{''.join(t[s:e].split())}”"


def cited(ctx: Context, f: dict) -> str:
    """A figure with its Chinese clause: 8.6% (“规模以上工业增加值增长8.6%”)."""
    if f.get("basis") != "stated":
        return figure(ctx, f)
    return f"{figure(ctx, f)} ({quote(ctx, f)})"


def source_ids(ctx: Context, f: dict) -> list[str]:
    """The stated facts a derived figure was computed from (its check's facts)."""
    chk = ctx.checks.get(f.get("check_id", ""), {})
    return [i for i in str(chk.get("fact_ids", "")).split(";") if i]


# --------------------------------------------------------------------------------------------- frame
def comparable_frame(facts: pd.DataFrame, implied: pd.DataFrame | None, published: dict, rules: dict,
                     same_body: dict) -> pd.DataFrame:
    """Stated and implied facts with reconcile's keys; a fact with no catalog metric is keyed by its measure_zh."""
    facts = facts.copy()
    if "measure_zh" in facts:
        no_metric = facts["metric_id"].eq("") & facts["measure_zh"].ne("")
        facts.loc[no_metric, "metric_id"] = "measure:" + facts.loc[no_metric, "measure_zh"]
    df = rc.prepare(facts, implied, published, rules, same_body)
    conv = rules.get("unit_conversions", {})
    df["base_unit"] = df["unit"].map(lambda u: (conv.get(u) or [u])[0])
    df["base_v"] = [v * float((conv.get(u) or [u, 1])[1]) for v, u in zip(df["v"], df["unit"])]
    return df


# --------------------------------------------------------------------------------------------- generators
def _pair(verdict: str, facts: list[dict], found_by: str, **note) -> dict:
    return {"verdict": verdict, "facts": facts, "found_by": found_by, "note": note}


def _rounded(fine: dict, coarse: dict) -> bool:
    """The coarse figure is the fine one rounded to the coarse one's printed decimals (units converted)."""
    wc, dc = ck.printed(coarse)
    if wc is None or not float(wc):
        return False
    scale_c = coarse["base_v"] / float(wc)
    fine_in_coarse = Decimal(str(fine["base_v"] / scale_c))
    q = Decimal(1).scaleb(-dc)
    return wc in (fine_in_coarse.quantize(q, rounding=ROUND_HALF_UP), fine_in_coarse.quantize(q, rounding=ROUND_DOWN))


def _kind_class(f: dict, rules: dict) -> str:
    """stock or flow: a flow figure dated at a point (a month, a day) with a cumulative marker (累计, 共引进) is a
    running total, i.e. a stock; over a span (2016..2020) it stays a flow."""
    cum = rules.get("markers", {}).get("cumulative")
    if f["kind"] in ("count_stock",):
        return "stock"
    if f["kind"] == "count_flow":
        point = f["months"] <= 1
        return "stock" if point and cum and re.search(cum, ctx_before(f)) else "flow"
    return f["kind"]


def ctx_before(f: dict) -> str:
    """The sentence up to the figure (approximate: the part before its printed number)."""
    s = str(f.get("sentence", ""))
    q = str(f.get("quote", "")).replace(" ", "")
    i = s.find(q) if q else -1
    return s[:i] if i >= 0 else s


def classify_pair(x: dict, y: dict, rules: dict, any_period: bool = False) -> str:
    """The verdict on two stated figures of one series (same measure and body). Rounding is a verdict only within
    one year, unless ``any_period`` (an attribute of a named thing, which has no period)."""
    kinds = {_kind_class(x, rules), _kind_class(y, rules)}
    if abs(x["base_v"] - y["base_v"]) <= 1e-9 * max(1.0, abs(x["base_v"])) \
            and (x["period"] == y["period"] or kinds != {"stock", "flow"}):
        return "restated"
    differ = abs(x["base_v"] - y["base_v"]) > 1e-9 * max(1.0, abs(x["base_v"]))
    if differ and x["base_unit"] == y["base_unit"] and (x["year"] == y["year"] or any_period) \
            and (_rounded(x, y) or _rounded(y, x)):
        return "rounding"
    if _kind_class(x, rules) != _kind_class(y, rules) and {"stock", "flow"} == {_kind_class(x, rules),
                                                                             _kind_class(y, rules)}:
        return "stock_vs_flow"
    if x["period"] != y["period"]:
        return "different_period"
    if x["subject"] != y["subject"] and x["body"] != "*":
        return "different_scope"
    return "genuine_conflict"


def series_pairs(df: pd.DataFrame, rules: dict) -> list[dict]:
    """Stated non-target figures of one measure and body: the same year, or neighbouring years across reports."""
    out = []
    generic = set(rules.get("generic_metrics", []))
    stated = df[(df["basis"] == "stated") & ~df["target"]]
    for _, g in stated.groupby(["metric_id", "series", "body"], sort=True):  # series: see reconcile.prepare
        recs = g.sort_values(["year", "published", "fact_id"]).to_dict("records")
        amb = {(r["report_id"], r["year"]) for r in recs
               if len({o["v"] for o in recs if o["report_id"] == r["report_id"] and o["year"] == r["year"]}) > 1}
        years = sorted({r["year"] for r in recs})
        if recs[0]["kind"] == "rank" and recs[0]["body"] != "*":
            continue  # "位居全市第一" of different things: a rank is compared only on a subject-free ranking
        repeats = {}
        for r in recs:
            repeats[(r["report_id"], r["year"], r["v"])] = repeats.get((r["report_id"], r["year"], r["v"]), 0) + 1
        for x, y in itertools.combinations(recs, 2):
            if x["base_unit"] != y["base_unit"]:
                continue
            same_year = x["year"] == y["year"]
            if not same_year:
                if x["report_id"] == y["report_id"] or years.index(y["year"]) != years.index(x["year"]) + 1 \
                        or x["metric_id"].startswith("measure:") \
                        or (x["metric_id"] in generic and not similar_measures(x, y)) \
                        or (x["report_id"], x["year"]) in amb or (y["report_id"], y["year"]) in amb:
                    continue
            if x["report_id"] == y["report_id"] and repeats[(x["report_id"], x["year"], x["v"])] > 2:
                continue  # one value printed three or more times in a report is a list of different things
            verdict = classify_pair(x, y, rules)
            if (x["report_id"], x["year"]) in amb or (y["report_id"], y["year"]) in amb:
                if verdict != "restated" and verdict != "rounding":
                    continue  # a report listing several different things of one measure: only equal figures pair
            if x["report_id"] == y["report_id"] and verdict not in ("restated", "rounding", "different_period"):
                continue
            out.append(_pair(verdict, [x, y], "same_series" if same_year else "series_over_time"))
    return out


def similar_measures(x: dict, y: dict) -> bool:
    """Two measures share two consecutive characters (民生财政支出, 民生支出), or one is too short to tell."""
    a, b = str(x.get("measure_zh", "")), str(y.get("measure_zh", ""))
    if len(a) < 2 or len(b) < 2:
        return False  # a count of what, unknown
    return any(a[i:i + 2] in b for i in range(len(a) - 1))


def named_thing_pairs(df: pd.DataFrame, rules: dict, entities: dict) -> list[dict]:
    """The same attribute (unit) of one named thing (a project, a river section) in different reports."""
    kinds = set(rules.get("named_thing_types", []))
    stated = df[(df["basis"] == "stated") & ~df["target"]]
    if stated.empty:
        return []
    named = stated[[getattr(entities.get(s), "type", "") in kinds for s in stated["subject"]]]
    out = []
    for (_, _), g in named.groupby(["subject", "base_unit"], sort=True):
        for x, y in itertools.combinations(g.sort_values(["published", "fact_id"]).to_dict("records"), 2):
            if x["report_id"] == y["report_id"] or x["metric_id"] == y["metric_id"]:
                continue  # the same metric is paired by series_pairs
            mx, my = x["metric_id"], y["metric_id"]
            if not (mx.startswith("measure:") or my.startswith("measure:")):
                continue  # two catalog metrics that differ measure different things
            verdict = classify_pair(x, y, rules, any_period=True)
            if verdict in ("different_period", "genuine_conflict"):
                hi, lo = max(x["base_v"], y["base_v"]), min(x["base_v"], y["base_v"])
                if lo <= 0 or hi / lo > float(rules.get("named_thing_max_ratio", 1.25)):
                    continue  # far apart: two different attributes of the thing (a green area, a water surface)
                verdict = "genuine_conflict"  # an attribute of a thing (its length) does not change with the date
            out.append(_pair(verdict, [x, y], "named_thing"))
    return out


def name_variant(pair: dict, entities: dict, kinds: set, cluster_of: dict | None = None) -> dict:
    """A restated figure of a named thing whose name is written in two forms becomes a name variant: two aliases
    of one catalog entity, or two printed names (``subject_zh``) of one cluster of near-identical names."""
    x, y = pair["facts"][:2]
    if pair["verdict"] == "restated" and cluster_of:
        fx, fy = ("".join(str(f.get("subject_zh") or "").split()) for f in (x, y))
        if fx and fy and fx != fy and cluster_of.get(fx) and cluster_of.get(fx) == cluster_of.get(fy):
            return {**pair, "verdict": "name_variant", "note": {**pair["note"], "forms": [fx, fy]}}
    e = entities.get(x["subject"])
    if pair["verdict"] != "restated" or e is None or x["subject"] != y["subject"] or not e.aliases_zh \
            or e.type not in kinds:
        return pair
    forms = []
    for f in (x, y):
        s = "".join(str(f["sentence"]).split())
        hits = [a for a in e.aliases_zh if a in s]
        forms.append(max(hits, key=len) if hits else "")
    if all(forms) and forms[0] != forms[1]:
        return {**pair, "verdict": "name_variant", "note": {**pair["note"], "forms": forms}}
    return pair


def stock_flow_pairs(df: pd.DataFrame, rules: dict) -> list[dict]:
    """A stock beside the flow that adds to it (stock_flow_metrics): same body, same year, any reports."""
    out = []
    rel = rules.get("stock_flow_metrics", {})
    stated = df[(df["basis"] == "stated") & ~df["target"]]
    for stock_m, flows in rel.items():
        stocks = stated[stated["metric_id"] == stock_m].to_dict("records")
        flow_recs = stated[stated["metric_id"].isin(flows)].to_dict("records")
        for s in stocks:
            for f in flow_recs:
                if f["body"] == s["body"] and f["year"] == s["year"] and f["report_id"] != s["report_id"]:
                    out.append(_pair("stock_vs_flow", [f, s], "stock_flow"))
    return out


def implied_pairs(df: pd.DataFrame, ctx: Context) -> list[dict]:
    """A figure derived by a check that states nothing itself (status implied) against the stated figures of its
    series and year. Stated beats derived: the verdict says which assumption of the derivation failed."""
    out = []
    implied = df[df["basis"] == "implied"]
    stated = df[(df["basis"] == "stated") & ~df["target"]]
    for imp in implied.to_dict("records"):
        chk = ctx.checks.get(imp.get("check_id", ""), {})
        if chk.get("status") != "implied":
            continue
        same = stated[(stated["metric_id"] == imp["metric_id"]) & (stated["body"] == imp["body"])
                      & (stated["year"] == imp["year"])]
        srcs = [ctx.by_id[i] for i in source_ids(ctx, imp) if i in ctx.by_id]
        for s in same.to_dict("records"):
            if s["fact_id"] in {f["fact_id"] for f in srcs}:
                continue
            if imp["report_id"] != s["report_id"] and (same["report_id"] == imp["report_id"]).any():
                continue  # judged against its own report's figure
            rule = chk.get("rule", "")
            tol = float(imp.get("implied_tol") or 0) + ck.half_unit(s)
            if abs(imp["v"] - s["v"]) <= tol + 1e-9:
                verdict = "agrees"
            elif rule == "stock_flow":
                verdict = "stock_vs_flow"
            elif imp["months"] != s["months"]:
                verdict = "different_period"
            else:
                verdict = "arithmetic_mismatch"
            out.append(_pair(verdict, [*srcs, imp, s], "derived_vs_stated", implied=imp, stated=s, rule=rule))
    return out


def loose_round(stated: float, computed: float, rules: dict) -> bool:
    """A round percentage printed loosely: a multiple of N equal to the computed value rounded to N."""
    n = float(rules.get("loose_rounding", {}).get("multiple", 10))
    return stated % n == 0 and round(computed / n) * n == stated


def whole_share_possible(n: int, pct: float, decimals: int) -> tuple[bool, int]:
    """Whether some whole k of n gives ``pct`` printed with ``decimals`` decimals; and the nearest k."""
    q = Decimal(1).scaleb(-decimals)
    target = Decimal(str(pct)).quantize(q)
    for k in range(n + 1):
        if (Decimal(k) * 100 / Decimal(n)).quantize(q, rounding=ROUND_HALF_UP) == target:
            return True, k
    return False, int(math.floor(n * pct / 100))


def check_pairs(ctx: Context) -> list[dict]:
    """The reports' own arithmetic (checks.csv, status pass or fail) as verdicts."""
    out = []
    for cid, c in sorted(ctx.checks.items()):
        if c["status"] not in ("pass", "fail"):
            continue
        facts = [ctx.by_id[i] for i in str(c["fact_ids"]).split(";") if i in ctx.by_id]
        if len(facts) < 2:
            continue
        stated, computed = float(c["stated"]), float(c["computed"])
        shown = stated_fact(c, facts)
        printed = ck.half_unit(shown) if shown is not None else 0.0
        if c["rule"] in INEQUALITY_RULES:
            verdict = "agrees" if c["status"] == "pass" else "arithmetic_mismatch"
        elif c["rule"] == "share_of_count":
            total, share = facts[0], facts[-1]
            _, d = ck.printed(share)
            ok, _k = whole_share_possible(int(total["v"]), share["v"], d)
            verdict = "agrees" if ok else "impossible"
        elif c["status"] == "pass":
            verdict = "agrees" if abs(stated - computed) <= max(printed, 1e-9) + 1e-9 else "rounding"
        elif loose_round(stated, computed, ctx.rules):
            verdict = "rounding"
        elif _period_dropped(ctx, facts):
            verdict = "different_period"
        else:
            verdict = "arithmetic_mismatch"
        out.append(_pair(verdict, facts, "arithmetic", check=c, loose=c["status"] == "fail"))
    return out


INEQUALITY_RULES = {"parts_within_total"}  # checks that a part is not larger than its total: no precision involved


def stated_fact(c: dict, facts: list[dict]) -> dict | None:
    """The figure a check compares with its computation: the (last) fact printed with the check's stated value."""
    try:
        want = float(c["stated"])
    except (TypeError, ValueError):
        return None
    same = [f for f in facts if f["basis"] == "stated" and abs(f["v"] - want) <= 1e-9 * max(1.0, abs(want))]
    return same[-1] if same else None


def _period_dropped(ctx: Context, facts: list[dict]) -> bool:
    """One of the figures is another report's figure reprinted without its shorter period (1~11月)."""
    for f in facts:
        for g in ctx.by_id.values():
            if g["basis"] == "stated" and g["report_id"] != f["report_id"] and g["metric_id"] == f["metric_id"] \
                    and g["v"] == f["v"] and g["year"] == f["year"] and g["months"] < f["months"]:
                return True
    return False


def share_of_small_count(df: pd.DataFrame, rules: dict) -> list[dict]:
    """Rates of a whole count given in one sentence ("项目21个,其中,开工率100%,投产率60%"): a rate no whole number
    of the count gives is impossible."""
    marker = rules.get("share_of_count_markers")
    if not marker:
        return []
    out = []
    stated = df[df["basis"] == "stated"]
    for _, g in stated.groupby(["report_id", "sentence"], sort=True):
        recs = g.sort_values("clean_start").to_dict("records")
        for i, s in enumerate(recs):
            if s["unit"] != "percent" or not re.search(marker, ctx_before(s)[-8:]):
                continue
            prior = [c for c in recs[:i] if c["unit"] != "percent"]
            if not prior or re.search(r"占比$", ctx_before(s)[-4:]):
                continue  # "占比" after a count is checks.share_of_count's
            n = prior[-1]  # the rate is of the figure just before it (not of a sum of money: 节资率)
            if n["unit"] != "count" or str(n["qualifier"]) or n["v"] <= 0 or n["v"] != int(n["v"]):
                continue
            _, d = ck.printed(s)
            ok, _k = whole_share_possible(int(n["v"]), s["v"], d)
            if not ok:
                out.append(_pair("impossible", [n, s], "share_of_count"))
    return out


def target_pairs(df: pd.DataFrame, tl: pd.DataFrame, rules: dict) -> list[dict]:
    """Goals restated with a later deadline; ranking goals beside the rank reached; a goal below the level the
    same report says is already reached."""
    out = [_pair("target_slipped", p["facts"], "target") for p in rc.compare_targets(df)
           if p["kind"] == "target_slipped"]
    by_id = {f["fact_id"]: f for f in df.to_dict("records")}
    from reportfacts.analysis import ranking
    for t in ranking.target_outcomes(tl).to_dict("records"):
        if not str(t["met"]).startswith("no"):
            continue
        year = t["evaluation_year"]
        reached = tl[(tl["evaluation_year"] == year) & (tl["basis"] != "target")]
        ids = str(t["fact_ids"]).split(";") + [i for r in reached["fact_ids"] for i in str(r).split(";")]
        facts = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
        out.append(_pair("target_slipped", facts, "ranking_target", outcome=t))
    targets = df[df["target"] & df["period"].eq("") & (df["basis"] == "stated")]
    stated = df[~df["target"] & (df["basis"] == "stated")]
    for t in targets.to_dict("records"):
        same = stated[(stated["metric_id"] == t["metric_id"]) & (stated["report_id"] == t["report_id"])
                      & (stated["body"] == t["body"]) & (stated["v"] > t["v"])]
        for s in same.to_dict("records"):
            out.append(_pair("genuine_conflict", [t, s], "goal_below_level"))
    return out


def scope_pairs(df: pd.DataFrame, rules: dict) -> list[dict]:
    """Members of one scope family (provincial vs national registers) in different reports, nearest in time."""
    out = []
    stated = df[(df["basis"] == "stated") & ~df["target"]]
    for fam in rules.get("scope_families", []):
        members = stated[stated["metric_id"].isin(fam.get("metrics", {}))].to_dict("records")
        for x, y in itertools.combinations(sorted(members, key=lambda f: (f["year"], f["fact_id"])), 2):
            if x["metric_id"] != y["metric_id"] and x["report_id"] != y["report_id"] \
                    and abs(x["year"] - y["year"]) <= 2:
                out.append(_pair("different_scope", [x, y], "scope_family", family=fam))
    return out


def cluster_name_variants(ctx: Context, df: pd.DataFrame, table: pd.DataFrame) -> list[dict]:
    """Names printed in near-identical forms (the clusters of :mod:`reportfacts.analysis.names`, name_variants.csv) with
    a slip or misread form among them, with the stated figures whose sentences print such a form; one row per
    cluster, its forms and where each occurs in the explanation."""
    out = []
    stated = df[df["basis"] == "stated"].to_dict("records")
    for _, rows in table.groupby("cluster_id", sort=True):
        forms = rows.to_dict("records")
        bad = [r["form"] for r in forms if r["status"] in names.BAD_STATUSES]
        if not bad:
            continue
        good = sorted((r["form"] for r in forms if r["form"] not in bad), key=len, reverse=True)

        def prints_bad(sentence: str) -> bool:
            s = "".join(str(sentence).split())
            for g in good:
                s = s.replace(g, "\0")
            return any(b in s for b in bad)

        facts = [f for f in stated if prints_bad(f.get("sentence", ""))]
        eid = forms[0]["entity_id"]
        out.append(_pair("name_variant", facts, "name_clusters", forms=forms,
                         entity=ctx.entities.get(eid) if eid else None))
    return out


def _say_name_cluster(ctx: Context, p: dict) -> str:
    e, forms = p["note"]["entity"], p["note"]["forms"]
    known = names.catalog_forms(ctx.entities)
    slips = {"typo": ", a slip", "ocr": ", a misread character"}
    by_kind = {"ocr": ", a misread character", "homophone": ", a slip of a like-sounding character",
               "transposition": ", characters swapped", "edit": ", one character off"}
    parts = []
    for r in sorted(forms, key=lambda r: -int(r["occurrences"])):
        where = reports_en(ctx, str(r["report_ids"]).split(";"))
        label = ""
        if r["status"] == "catalog_variant":
            label = slips.get(known.get(r["form"], ("", ""))[1], "")
        elif r["status"] == "new_variant":
            label = by_kind.get(r["differs_by"], ", a variant spelling")
        parts.append(f"“{r['form']}” in {where}{label}")
    who = f"{e.name_en} ({e.name_zh})" if e is not None else f"The name “{forms[0]['form']}”"
    return f"{who} is written " + "; ".join(parts) + ": one name, several spellings."


# --------------------------------------------------------------------------------------------- grouping
def merge_restated(pairs: list[dict]) -> list[dict]:
    """Restated pairs sharing a figure become one group (the same figure in three reports is one row)."""
    rest = [p for p in pairs if p["verdict"] == "restated"]
    others = [p for p in pairs if p["verdict"] != "restated"]
    parent: dict = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            a = parent[a]
        return a
    for p in rest:
        ids = [f["fact_id"] for f in p["facts"]]
        for a in ids[1:]:
            parent[find(a)] = find(ids[0])
    groups: dict = {}
    for p in rest:
        g = groups.setdefault(find(p["facts"][0]["fact_id"]), {"verdict": "restated", "facts": {},
                                                                "found_by": p["found_by"], "note": {}})
        for f in p["facts"]:
            g["facts"][f["fact_id"]] = f
    merged = [{**g, "facts": sorted(g["facts"].values(), key=lambda f: (f["published"], f["fact_id"]))}
              for g in groups.values()]
    return merged + others


def dedupe(pairs: list[dict]) -> list[dict]:
    """One verdict per set of figures: the first generator's (arithmetic and derived before series)."""
    seen, out = set(), []
    for p in pairs:
        key = frozenset(f["fact_id"] for f in p["facts"]) or id(p)  # a name cluster may hold no figure
        if key in seen:
            continue
        seen.add(key)
        out.append(p)
    return out


# --------------------------------------------------------------------------------------------- explaining
def explain(ctx: Context, p: dict) -> str:
    """One or two English sentences a journalist can quote: figures in the reports' units, Chinese quoted."""
    v, fs, note = p["verdict"], p["facts"], p["note"]
    if p["found_by"] == "name_clusters":
        return _say_name_cluster(ctx, p)
    fn = {"restated": _say_restated, "name_variant": _say_name_variant, "different_period": _say_period,
          "stock_vs_flow": _say_stock_flow, "impossible": _say_impossible, "target_slipped": _say_target,
          "different_scope": _say_scope}.get(v)
    if note.get("check") is not None:
        return _say_check(ctx, p)
    if p["found_by"] == "goal_below_level":
        t, s = fs[0], fs[-1]
        return (f"{cap(report_en(ctx, t['report_id']))} sets the goal {cited(ctx, t)} yet says the zone already has "
                f"{cited(ctx, s)}: a goal below the level already reached cannot both be right.")
    if note.get("implied") is not None and v != "stock_vs_flow":
        return _say_derived(ctx, p)
    if fn:
        return fn(ctx, p)
    a, b = fs[0], fs[-1]
    where = _where(ctx, a, b)
    if v == "rounding":
        return (f"{where[0]} prints {cited(ctx, a)} and {where[1]} prints {cited(ctx, b)}: the same figure at "
                "different precision (or in another unit), not a disagreement.")
    if v == "agrees":
        return f"{where[0]} gives {cited(ctx, a)} and {where[1]} gives {cited(ctx, b)}; the two fit."
    return (f"{where[0]} gives {cited(ctx, a)} for {period_en(a['period'])} and {where[1]} gives {cited(ctx, b)} "
            f"for {period_en(b['period'])}; nothing in the reports explains the difference.")


def _where(ctx: Context, a: dict, b: dict) -> tuple[str, str]:
    ra = report_en(ctx, a["report_id"])
    rb = "the same report" if a["report_id"] == b["report_id"] else report_en(ctx, b["report_id"])
    return ra[0].upper() + ra[1:], rb


def _say_restated(ctx: Context, p: dict) -> str:
    fs = p["facts"]
    a = fs[0]
    later = fs[1:]
    if all(f["report_id"] == a["report_id"] for f in fs):
        return (f"{cap(report_en(ctx, a['report_id']))} prints {figure(ctx, a)} {len(fs)} times "
                f"({'; '.join(quote(ctx, f) for f in fs)}): the same figure repeated.")
    reps = list(dict.fromkeys(report_en(ctx, f["report_id"]) for f in later if f["report_id"] != a["report_id"]))
    others = " and ".join(reps)
    s = (f"{cap(others)} repeat{'s' if len(reps) == 1 else ''} the figure of {report_en(ctx, a['report_id'])}, "
         f"{cited(ctx, a)} for {period_en(a['period'])}: the same figure again, not a second source.")
    zones = [ctx.entities.get(f["subject"]) for f in fs]
    names = list(dict.fromkeys(e.name_zh for e in zones if e is not None and e.type == "zone"))
    if len(names) > 1:
        s += (f" The body is called {' and '.join(names)} in turn: one administration under two names, so this is "
              "agreement, not a conflict.")
    periods = list(dict.fromkeys(f["period"] for f in fs))
    if len(periods) > 1:
        s += f" The period is printed as {' and '.join(period_en(x) for x in periods)}: the later text drops it."
    return s


def _say_name_variant(ctx: Context, p: dict) -> str:
    a, b = p["facts"][0], p["facts"][-1]
    fa, fb = p["note"].get("forms", ["", ""])
    wa, wb = _where(ctx, a, b)
    return (f"The same {figure(ctx, a)} is attached to “{fa}” in {wa[0].lower() + wa[1:]} and to “{fb}” in {wb}: "
            "two spellings of one name, and one figure.")


def _say_period(ctx: Context, p: dict) -> str:
    a, b = p["facts"][0], p["facts"][-1]
    wa, wb = _where(ctx, a, b)
    return (f"{wa} gives {cited(ctx, a)} for {period_en(a['period'])}; {wb} gives {cited(ctx, b)} for "
            f"{period_en(b['period'])}. The figures cover different periods, so they do not contradict each other.")


def _say_stock_flow(ctx: Context, p: dict) -> str:
    imp, st = p["note"].get("implied"), p["note"].get("stated")
    if imp is not None:
        srcs = [ctx.by_id[i] for i in source_ids(ctx, imp) if i in ctx.by_id]
        srcs_txt = " and ".join(cited(ctx, f) for f in srcs)
        return (f"Subtracting the new ones from the total ({srcs_txt}) would give {figure(ctx, imp)} for "
                f"{period_en(imp['period'])}, but {report_en(ctx, st['report_id'])} states {cited(ctx, st)}. "
                "New certifications are not the net change: some lapse or leave, so the stated figure stands.")
    flow, stock = sorted(p["facts"][:2], key=lambda f: _kind_class(f, ctx.rules) != "flow")
    return (f"{cited(ctx, flow)} counts new ones during {period_en(flow['period'])} "
            f"({report_en(ctx, flow['report_id'])}); {cited(ctx, stock)} is the total at "
            f"{period_en(stock['period'])} ({report_en(ctx, stock['report_id'])}). A flow and a stock are not "
            "the same quantity.")


def _say_scope(ctx: Context, p: dict) -> str:
    a, b = p["facts"][0], p["facts"][-1]
    fam = p["note"].get("family") or {}
    sa = fam.get("metrics", {}).get(a["metric_id"], a.get("measure_zh", ""))
    sb = fam.get("metrics", {}).get(b["metric_id"], b.get("measure_zh", ""))
    wa, wb = _where(ctx, a, b)
    return (f"{wa} gives {cited(ctx, a)}, counted on the {sa}; {wb} gives {cited(ctx, b)}, on the {sb}. "
            "They count different things, so the numbers are not one series.")


def _say_impossible(ctx: Context, p: dict) -> str:
    n, s = p["facts"][0], p["facts"][-1]
    count = int(n["v"])
    _, d = ck.printed(s)
    k = int(math.floor(count * s["v"] / 100))
    lo, hi = k * 100 / count, (k + 1) * 100 / count
    return (f"{cap(report_en(ctx, s['report_id']))} gives {cited(ctx, s)} of {cited(ctx, n)}: that is "
            f"{ck.plain(round(count * s['v'] / 100, 2))} of {count}, and no whole number fits ({k} would be "
            f"{lo:.{max(d, 1)}f}%, {k + 1} would be {hi:.{max(d, 1)}f}%). One of the two figures is wrong.")


def _say_target(ctx: Context, p: dict) -> str:
    out = p["note"].get("outcome")
    fs = p["facts"]
    if out is not None:
        t = fs[0]
        return (f"{cap(report_en(ctx, t['report_id']))} set the goal {cited(ctx, t)} for "
                f"{out['evaluation_year']}, i.e. rank {out['target_rank']}; the rank reached was "
                f"{out['actual_rank']}, so the goal was missed by {int(out['actual_rank']) - int(out['target_rank'])} "
                "places.")
    a, b = fs[0], fs[-1]
    return (f"{cap(report_en(ctx, a['report_id']))} set the goal {cited(ctx, a)} for "
            f"{period_en(a['period'])}; {report_en(ctx, b['report_id'])} sets the same goal {cited(ctx, b)} for "
            f"{period_en(b['period'])}: the deadline moved {b['year'] - a['year']} years later.")


def _say_check(ctx: Context, p: dict) -> str:
    c, v = p["note"]["check"], p["verdict"]
    stated_f = stated_fact(c, p["facts"]) or p["facts"][-1]
    inputs = " and ".join(cited(ctx, f) for f in p["facts"] if f is not stated_f)
    computed = float(c["computed"])
    comp = f"{computed:.2f}".rstrip("0").rstrip(".")
    unit = "%" if stated_f.get("unit") in ("percent",) else ""
    if c["rule"] in INEQUALITY_RULES:
        return (f"The parts {inputs} fit within the total {cited(ctx, stated_f)}."
                if v == "agrees" else f"The parts {inputs} add up to more than the total {cited(ctx, stated_f)}.")
    if c["rule"] == "ranking" or stated_fact(c, p["facts"]) is None:
        return ("Two derivations from " + " and ".join(cited(ctx, f) for f in p["facts"]) +
                f" give the same figure, {comp}{unit if c['rule'] != 'ranking' else ''}: the figures fit.")
    if v == "impossible":
        return _say_impossible(ctx, p)
    if v == "agrees":
        return f"Recomputed from {inputs}, the figure is {comp}{unit}; the report prints {cited(ctx, stated_f)}, which fits."
    if v == "rounding" and p["note"].get("loose"):
        return (f"Recomputed from {inputs}, the figure is {comp}{unit}; the report prints the round "
                f"{cited(ctx, stated_f)}. News reports print round percentages loosely, so this is rounding, not an error.")
    if v == "rounding":
        return (f"Recomputed from {inputs}, the figure is {comp}{unit}; {cited(ctx, stated_f)} fits only once the "
                "printed inputs are read as rounded.")
    if v == "different_period":
        return (f"Recomputed from {inputs}, the figure is {comp}{unit}, not the {cited(ctx, stated_f)} printed: "
                "one input is another report's figure for a shorter period, reprinted without its months.")
    return f"Recomputed from {inputs}, the figure is {comp}{unit}, not the {cited(ctx, stated_f)} the report prints."


def _say_derived(ctx: Context, p: dict) -> str:
    imp, st, v = p["note"]["implied"], p["note"]["stated"], p["verdict"]
    srcs = [ctx.by_id[i] for i in source_ids(ctx, imp) if i in ctx.by_id]
    how = " and ".join(cited(ctx, f) for f in srcs)
    head = (f"From {how}, {report_en(ctx, imp['report_id'])} implies {figure(ctx, imp)} for "
            f"{period_en(imp['period'])}; {report_en(ctx, st['report_id'])} states {cited(ctx, st)} for "
            f"{period_en(st['period'])}.")
    return head + {"agrees": " The two fit.",
                   "different_period": " The periods differ, so this is not a mismatch; the stated figure stands.",
                   "arithmetic_mismatch": " They do not fit; the stated figure stands."}.get(v, "")


# --------------------------------------------------------------------------------------------- driver
def judge(df: pd.DataFrame, checks: pd.DataFrame, tl: pd.DataFrame, texts: dict, published: dict, rules: dict,
          entities: dict, name_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every comparable pair or group with its verdict, class and explanation (the rows of verdicts.csv).

    ``name_table`` is name_variants.csv (:func:`reportfacts.analysis.names.variants_table`); computed here when None."""
    if name_table is None:
        name_table = names.variants_table(texts, entities, df.get("subject_zh", pd.Series(dtype=str)))
    linked = name_table[name_table["status"] != "catalog_distinct"]
    cluster_of = dict(zip(linked["form"], linked["cluster_id"]))
    ctx = Context(texts, published, rules, entities,
                  {c["check_id"]: c for c in checks.fillna("").to_dict("records")} if not checks.empty else {},
                  {f["fact_id"]: f for f in df.to_dict("records")})
    pairs = (check_pairs(ctx) + implied_pairs(df, ctx) + share_of_small_count(df, rules) + target_pairs(df, tl, rules)
             + stock_flow_pairs(df, rules) + scope_pairs(df, rules)
             + cluster_name_variants(ctx, df, name_table)
             + [name_variant(p, entities, set(rules.get("named_thing_types", [])), cluster_of) for p in series_pairs(df, rules) + named_thing_pairs(df, rules, entities)])
    pairs = dedupe(merge_restated(dedupe(pairs)))
    return verdict_table(ctx, pairs)


def verdict_table(ctx: Context, pairs: list[dict]) -> pd.DataFrame:
    rows = []
    for p in pairs:
        fs = p["facts"]
        rows.append({"verdict": p["verdict"], "disagreement": ctx.verdict_class(p["verdict"]),
                     "measure_zh": ";".join(dict.fromkeys(str(f.get("measure_zh", "")) for f in fs if f.get("measure_zh"))),
                     "subject_zh": ";".join(dict.fromkeys(str(f.get("subject_zh", "")) for f in fs if f.get("subject_zh"))),
                     "periods": ";".join(f["period"] for f in fs),
                     "figures": ";".join(figure(ctx, f) for f in fs),
                     "report_ids": ";".join(f["report_id"] for f in fs),
                     "fact_ids": ";".join(f["fact_id"] for f in fs),
                     "explanation": explain(ctx, p), "found_by": p["found_by"]})
    out = pd.DataFrame(rows, columns=VERDICT_COLUMNS[1:])
    order = {v: i for i, v in enumerate(ctx.rules.get("verdicts", {}))}
    out["_o"] = out["verdict"].map(lambda v: order.get(v, 99))
    out = out.sort_values(["_o", "fact_ids"], kind="stable").drop(columns="_o").reset_index(drop=True)
    out.insert(0, "verdict_id", [f"V{n:03d}" for n in range(1, len(out) + 1)])
    return out


def disagreements(verdicts: pd.DataFrame) -> pd.DataFrame:
    """The verdicts other than agreement, what truly conflicts first, then what only seems to (each group in table
    order): a reader looks for the conflicts before the explained differences."""
    order = {"genuine": 0, "apparent": 1}
    rest = verdicts[verdicts["disagreement"] != "none"]
    return rest.iloc[sorted(range(len(rest)), key=lambda i: order.get(rest["disagreement"].iloc[i], 2))]


def counts(verdicts: pd.DataFrame, rules: dict) -> pd.DataFrame:
    """Verdicts counted apart: what the reports agree on, what only seems to disagree (and why), what conflicts."""
    classes = {"none": "agree", "apparent": "only seem to disagree", "genuine": "truly disagree"}
    rows = []
    n = verdicts["verdict"].value_counts() if not verdicts.empty else {}
    for v, spec in (rules.get("verdicts") or {}).items():
        rows.append({"class": classes.get(spec.get("class", ""), ""), "verdict": v,
                     "meaning": spec.get("name_en", ""), "pairs": int(n.get(v, 0))})
    return pd.DataFrame(rows, columns=["class", "verdict", "meaning", "pairs"])
