"""The reports' own arithmetic, recomputed from the figures they state.

Every rule reads the facts table and the clean text around the facts (sentence structure), never a list of
sentences: a growth rate after two levels "从X增长至Y"; "年均增速" over such a pair; a "分别增长了a、b" list against
as many pairs; "占年度投资计划的N%" against the completed and planned amounts; "高于<base>N个百分点" (which implies
the base); "比去年增长N%" / "是去年的N倍" against last year's stated level; parts after "其中" / "剩余" against their
total; several "占<denominator>的N%" with one denominator, and "占比N%" of a whole count.

Tolerances come from the precision the figures were printed with: a figure printed to 0.1 stands for anything
within +-0.05, a count printed as an integer is exact, "80余" is 80 to 90. The computed value is evaluated at the
corners of its inputs' intervals; the tolerance is the largest distance of a corner from the central value plus
half a unit of the stated figure. A check whose derived figure is not stated anywhere has status ``implied``.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR, resolve
from reportfacts.extract.periods import Period, last_year
from reportfacts.text.clean import paragraph_around
from reportfacts.extract.numbers import decimal_str
from reportfacts.extract.units import load_units

RULES_FILE = CATALOG_DIR / "conflict_rules.yml"
CHECK_COLUMNS = ["check_id", "fact_ids", "formula", "stated", "computed", "tolerance", "status", "rule",
                 "report_id", "explanation"]
EXACT_UNITS = {"count", "rank", "positions", "years", "months", "quarters"}
CLAUSE_END = "，。；;,：:"


CHECKS_FILE = CATALOG_DIR / "checks.yml"
PATTERN_KEYS = ("pair_link", "growth", "plan_share", "completed", "planned", "higher", "higher_words", "vs_last_year",
                "times_last_year", "new", "total", "parts_listing", "parts_done", "parts_rest", "parts_classes",
                "share_of", "share_of_plan", "share_marker")


@functools.lru_cache(maxsize=8)
def load_patterns(path: str | Path | None = None) -> dict[str, re.Pattern]:
    """The compiled patterns of data/catalog/checks.yml (``patterns``): every key of :data:`PATTERN_KEYS`,
    each a regular expression; raises ValueError naming the file and the key that is missing or wrong."""
    p = resolve(path) if path else CHECKS_FILE
    if not p.exists():
        raise ValueError(f"check patterns file {p} does not exist")
    doc = yamlio.safe_load(p.read_text(encoding="utf-8")) or {}
    found = doc.get("patterns") if isinstance(doc, dict) else None
    if not isinstance(found, dict):
        raise ValueError(f"{p}: needs a mapping `patterns` of check patterns")
    unknown = sorted(set(found) - set(PATTERN_KEYS))
    if unknown:
        raise ValueError(f"{p}: patterns.{unknown[0]} is not a pattern the checks use (they use {list(PATTERN_KEYS)})")
    out = {}
    for key in PATTERN_KEYS:
        if not isinstance(found.get(key), str) or not found[key]:
            raise ValueError(f"{p}: patterns.{key} is missing or not a non-empty string")
        try:
            out[key] = re.compile(found[key])
        except re.error as e:
            raise ValueError(f"{p}: patterns.{key} is not a valid regular expression: {e}") from None
    return out


@functools.lru_cache(maxsize=8)
def load_plan_metrics(path: str | Path | None = None) -> dict[str, str]:
    """``plan_metrics`` of data/catalog/checks.yml: the metric of an implied annual plan by the metric of the
    completed amount, with its ``default``; raises ValueError naming the file when it is missing or not strings."""
    p = resolve(path) if path else CHECKS_FILE
    doc = yamlio.safe_load(p.read_text(encoding="utf-8")) or {}
    found = doc.get("plan_metrics") if isinstance(doc, dict) else None
    if not isinstance(found, dict) or not isinstance(found.get("default"), str) or not all(
            isinstance(k, str) and isinstance(v, str) and v for k, v in found.items()):
        raise ValueError(f"{p}: needs a mapping `plan_metrics` of metric ids (completed -> planned) with a `default`")
    return dict(found)


def plan_metric(completed_metric: str) -> str:
    """The metric of the annual plan implied by a completed amount of ``completed_metric`` and its share."""
    metrics = load_plan_metrics()
    return metrics.get(completed_metric, metrics["default"])


def pattern(key: str) -> re.Pattern:
    """One compiled pattern of data/catalog/checks.yml."""
    return load_patterns()[key]


def load_rules(path: str | Path | None = None) -> dict:
    """The curated comparison rules (data/catalog/conflict_rules.yml)."""
    p = resolve(path) if path else RULES_FILE
    return yamlio.safe_load(p.read_text(encoding="utf-8")) or {}


# --------------------------------------------------------------------------------------------- precision
def printed(fact) -> tuple[Decimal | None, int]:
    """The printed number as a Decimal and its count of decimals (None when not Arabic digits)."""
    try:
        d = Decimal(str(fact["value_as_written"]).replace(",", ""))
    except (InvalidOperation, ValueError):
        return None, 0
    return d, max(0, -d.as_tuple().exponent)


def half_unit(fact) -> float:
    """Half a unit of the last printed digit, in the fact's canonical unit (0 for exact integer counts)."""
    written, decimals = printed(fact)
    value = float(fact["value"])
    if written is None or written == 0:
        return 0.0
    scale = value / float(written)
    if fact["unit"] in EXACT_UNITS and decimals == 0 and abs(scale - 1) < 1e-12:
        return 0.0
    return 0.5 * 10 ** -decimals * scale


def digit_step(fact) -> float:
    """One unit of the last significant digit of the printed figure (80 -> 10, 4100 -> 100, 2.5 -> 0.1)."""
    written, decimals = printed(fact)
    value = float(fact["value"])
    if written is None or written == 0:
        return abs(value) or 1.0
    scale = value / float(written)
    if decimals:
        return 10 ** -decimals * scale
    digits = str(int(written))
    zeros = len(digits) - len(digits.rstrip("0"))
    return 10 ** max(zeros, 0) * scale if zeros else scale


def interval(fact) -> tuple[float, float]:
    """The range of values the printed figure stands for, from its precision and qualifier."""
    v = float(fact["value"])
    direction = load_units().direction(str(fact.get("qualifier", "") or ""))
    if direction == "at_least":
        return v, v + digit_step(fact)
    if direction == "at_most":
        return v - digit_step(fact), v
    if direction == "about":
        return v - digit_step(fact) / 2, v + digit_step(fact) / 2
    h = half_unit(fact)
    return v - h, v + h


def evaluate(fn, facts: list, values: list[float] | None = None) -> tuple[float, float]:
    """``fn`` at the facts' central values, and the largest distance of any corner of their intervals from it."""
    centre = fn(*(values or [float(f["value"]) for f in facts]))
    spread = 0.0
    for corner in itertools.product(*(interval(f) for f in facts)):
        try:
            spread = max(spread, abs(fn(*corner) - centre))
        except (ZeroDivisionError, ValueError):
            continue
    return centre, spread


# --------------------------------------------------------------------------------------------- context
@dataclass
class Context:
    """The facts of one report in text order, with the clean text to read the words between them."""

    facts: pd.DataFrame
    texts: dict[str, str]
    rules: dict
    rows: list = field(default_factory=list)
    implied: list = field(default_factory=list)

    def text(self, report_id: str) -> str:
        return self.texts.get(report_id, "")

    def between(self, a, b) -> str:
        return self.text(a["report_id"])[int(a["clean_end"]):int(b["clean_start"])]

    def before(self, f, n: int = 20, clause: bool = True) -> str:
        """Up to ``n`` characters before the fact (cut at the previous clause mark when ``clause``)."""
        t = self.text(f["report_id"])[max(0, int(f["clean_start"]) - n):int(f["clean_start"])]
        if clause:
            cut = max(t.rfind(c) for c in CLAUSE_END)
            t = t[cut + 1:]
        return t

    def paragraph_of(self, f) -> tuple[int, int]:
        t = self.text(f["report_id"])
        return paragraph_around(t, int(f["clean_start"]))


def _prepare(facts: pd.DataFrame) -> pd.DataFrame:
    df = facts.copy()
    for col in ("qualifier", "period", "kind", "metric_id", "subject", "sentence"):
        df[col] = df[col].fillna("").astype(str) if col in df else ""
    df = df[pd.to_numeric(df["value"], errors="coerce").notna()].copy()
    df["clean_start"] = df["clean_start"].astype(int)
    df["clean_end"] = df["clean_end"].astype(int)
    return df.sort_values(["report_id", "clean_start"], kind="stable").reset_index(drop=True)


def sentences(records: list[dict]):
    """(report_id, sentence facts in text order) for every sentence with facts, in order of first appearance
    (``records`` of a table as :func:`_prepare` makes it: sorted by report and offset)."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for record in records:
        groups.setdefault((record["report_id"], record["sentence"]), []).append(record)
    for (rid, _), facts in groups.items():
        yield rid, facts


SIGNIFICANT_DIGITS = 12  # a computed value is a float: keep it exact to far below any printed precision


def plain(x: float) -> str:
    """A value as plain decimal digits (never an exponent), to 12 significant digits: stated figures come out as
    printed (1.2953e10 -> 12953000000), computed ones without float noise."""
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    d = Decimal(repr(float(x)))
    if d:
        d = round(d, SIGNIFICANT_DIGITS - 1 - d.adjusted())
    return decimal_str(d)


def _wr(f) -> str:
    """A fact as printed: value as written with its unit as written (e.g. 2.65亿元)."""
    return f"{f['value_as_written']}{f.get('unit_as_written', '')}".replace("\n", "").replace(" ", "")


def _add(ctx: Context, rule: str, anchor, facts: list, formula: str, stated, computed: float, tol: float,
         explanation: str, implied: list | None = None, status: str | None = None) -> str:
    """Record one check (status from stated vs computed; ``implied`` when nothing is stated) and its implied facts."""
    check_id = f"{rule}-{anchor['fact_id']}"
    n = sum(1 for r in ctx.rows if r["check_id"].startswith(check_id))
    check_id = check_id if n == 0 else f"{check_id}-{n + 1}"
    if status:
        pass
    elif stated is None:
        status = "implied"
    else:
        status = "pass" if abs(float(stated) - computed) <= tol + 1e-9 * max(1.0, abs(computed)) else "fail"
    ctx.rows.append({"check_id": check_id, "fact_ids": ";".join(f["fact_id"] for f in facts), "formula": formula,
                     "stated": "" if stated is None else plain(float(stated)), "computed": plain(computed),
                     "tolerance": plain(tol), "status": status, "rule": rule, "report_id": anchor["report_id"],
                     "explanation": explanation})
    for k, spec in enumerate(implied or [], start=1):
        spec.setdefault("tolerance", _spread_of(facts, spec))
        ctx.implied.append(_implied_row(anchor, facts, spec, f"{check_id}-implied-{k}", check_id))
    return check_id


def _spread_of(facts: list, spec: dict) -> float:
    """Fallback uncertainty of an implied value: set by the rules that know it (``tolerance`` in the spec)."""
    return 0.0


def _implied_row(anchor, facts: list, spec: dict, fact_id: str, check_id: str) -> dict:
    row = dict(anchor)
    same = [f for f in facts if f["report_id"] == anchor["report_id"]]
    first = min(same, key=lambda f: int(f["char_start"]))
    last = max(same, key=lambda f: int(f["char_end"]))
    row.update({"fact_id": fact_id, "kind": "implied", "qualifier": "", "value_as_written": "",
                "unit_as_written": "", "metric_en": "", "metric_zh": "", "check_id": check_id,
                "char_start": int(first["char_start"]), "char_end": int(last["char_end"]),
                "clean_start": int(first["clean_start"]), "clean_end": int(last["clean_end"]),
                "quote": spec.pop("_quote", "")})
    row.update(spec)
    row["value"] = f"{float(row['value']):.10g}"
    row["tolerance"] = f"{float(row.get('tolerance', 0.0)):.6g}"
    return row


# --------------------------------------------------------------------------------------------- rules
def level_pairs(ctx: Context, fs: list) -> list[tuple]:
    """Consecutive facts "从A…至B" of one unit in a sentence: (a, b) pairs in text order."""
    pairs = []
    for a, b in zip(fs, fs[1:]):
        if a["unit"] != b["unit"] or "target" in (a["kind"], b["kind"]) or a["unit"] in ("percent", "pp"):
            continue
        if pattern("pair_link").match(ctx.between(a, b)) and "从" in ctx.before(a, 16):
            pairs.append((a, b))
    return pairs


def _growth(a, b):
    return (b / a - 1) * 100


def check_span_growth(ctx: Context, rid: str, fs: list) -> None:
    """A growth rate stated after "从A增长至B": the average annual rate if "年均", else the total increase."""
    pairs = [(a, b) for a, b in level_pairs(ctx, fs) if a["unit"] not in ("rank", "positions")]
    if not pairs:
        return
    last_end = int(pairs[-1][1]["clean_end"])
    rates = [f for f in fs if f["unit"] == "percent" and int(f["clean_start"]) > last_end
             and f["kind"] != "target"]
    avg = ctx.rules.get("markers", {}).get("avg_annual", "年均")
    if len(pairs) == 1 and rates:
        a, b = pairs[0]
        r = rates[0]
        ya, yb = last_year(a["period"]), last_year(b["period"])
        if re.search(avg, ctx.between(b, r)) and ya and yb and yb > ya:
            n = yb - ya
            fn = lambda x, y, n=n: ((y / x) ** (1 / n) - 1) * 100
            comp, spread = evaluate(fn, [a, b])
            _add(ctx, "cagr", r, [a, b, r], f"(({_wr(b)} / {_wr(a)})^(1/{n}) - 1) x 100", r["value"], comp,
                 spread + half_unit(r), f"Average annual growth from {a['period']} to {b['period']} "
                 f"({n} years of compounding) recomputed from the two levels.")
            return
    if "分别" in ctx.text(rid)[last_end:int(rates[0]["clean_start"])] if rates else False:
        if len(rates) == len(pairs):
            for n, ((a, b), r) in enumerate(zip(pairs, rates), start=1):
                comp, spread = evaluate(_growth, [a, b])
                _add(ctx, "growth", r, [a, b, r], f"({_wr(b)} / {_wr(a)} - 1) x 100", r["value"], comp,
                     spread + half_unit(r), f"Increase from {a['period']} to {b['period']} recomputed from the "
                     f"two levels (item {n} of a \"respectively\" list).")
    elif len(pairs) == 1 and len(rates) >= 1 and not re.search(avg, ctx.between(pairs[0][1], rates[0])):
        a, b = pairs[0]
        r = rates[0]
        if pattern("growth").search(ctx.between(b, r)):
            comp, spread = evaluate(_growth, [a, b])
            _add(ctx, "growth", r, [a, b, r], f"({_wr(b)} / {_wr(a)} - 1) x 100", r["value"], comp,
                 spread + half_unit(r), f"Increase from {a['period']} to {b['period']} recomputed from the levels.")


def check_plan_completion(ctx: Context, rid: str, fs: list, para: list) -> None:
    """"完成投资X，占年度投资计划的N%": against the planned amount if stated, else the plan it implies."""
    for s in fs:
        if s["unit"] != "percent" or not pattern("plan_share").search(ctx.before(s, 14)):
            continue
        done = [f for f in fs if f["unit"] == "yuan" and int(f["clean_end"]) <= int(s["clean_start"])
                and pattern("completed").search(ctx.before(f, 8))]
        if not done:
            continue
        c = done[-1]
        plans = [f for f in para if f["unit"] == "yuan" and f["fact_id"] != c["fact_id"]
                 and int(f["clean_end"]) <= int(s["clean_start"])
                 and (f["kind"] == "plan" or pattern("planned").search(ctx.before(f, 10)))]
        if plans:
            p = plans[-1]
            comp, spread = evaluate(lambda x, y: x / y * 100, [c, p])
            _add(ctx, "plan_share", s, [c, p, s], f"{_wr(c)} / {_wr(p)} x 100", s["value"], comp,
                 spread + half_unit(s), "Share of the annual plan recomputed from the completed and planned amounts.")
        else:
            comp, spread = evaluate(lambda x, y: x / (y / 100), [c, s])
            _add(ctx, "plan_share", s, [c, s], f"{_wr(c)} / {_wr(s)}", None, comp, spread,
                 "The annual plan is not stated; the completed amount and its share imply it.",
                 [{"metric_id": plan_metric(c["metric_id"]), "value": comp, "unit": "yuan",
                   "period": str(last_year(s["period"]) or s["period"]), "subject": c["subject"], "tolerance": spread}])


def _base_of(ctx: Context, phrase: str) -> dict:
    for base in sorted(ctx.rules.get("comparison_bases", []), key=lambda b: -len(b["phrase"])):
        if base["phrase"] in phrase:
            return base
    return {"phrase": phrase, "metric": "same", "subject": "", "name_en": "the compared figure"}


def check_higher_than(ctx: Context, rid: str, fs: list, report_facts: pd.DataFrame) -> None:
    """"增长R%，高于<base>N个百分点" implies base = R - N; checked against a stated base when there is one."""
    pps = [f for f in fs if f["unit"] == "pp"]
    groups = []
    for p in pps:
        m = pattern("higher").search(ctx.before(p, 40, clause=False).split("。")[-1].split("；")[-1])
        if not m:
            continue
        rates = [f for f in fs if f["unit"] == "percent" and f["kind"] != "target"
                 and int(f["clean_end"]) <= int(p["clean_start"])]
        if rates:
            groups.append((p, m, rates))
    listed = [g for g in groups if "分别" in ctx.before(g[0], 40, clause=False)]
    implied_by_base: dict = {}
    for i, (p, m, rates) in enumerate(groups):
        k = len(listed)
        listed_ids = [g[0]["fact_id"] for g in listed]
        if p["fact_id"] in listed_ids and len(rates) >= k:
            r = rates[-k:][listed_ids.index(p["fact_id"])]
        else:
            r = rates[-1]
        sign = -1 if pattern("higher_words").search(m.group(1)) else 1
        base = _base_of(ctx, m.group(2))
        metric = r["metric_id"] if base["metric"] == "same" else base["metric"]
        subject = base["subject"] or r["subject"]
        comp, spread = evaluate(lambda x, y, s=sign: x + s * y, [r, p])
        implied_by_base.setdefault((metric, subject if base["subject"] else "", r["period"]), []).append(
            (r, p, comp, spread, base, metric, subject, sign))
    for (metric, subj, period), items in implied_by_base.items():
        stated = report_facts[(report_facts["metric_id"] == metric) & (report_facts["period"] == period)
                              & (report_facts["kind"] != "target")
                              & ((report_facts["subject"] == subj) if subj else True)]
        for j, (r, p, comp, spread, base, metric_, subject, sign) in enumerate(items):
            op = "-" if sign < 0 else "+"
            spec = [{"metric_id": metric_, "value": comp, "unit": "percent", "period": r["period"],
                     "subject": subject, "tolerance": spread}]
            name = base["name_en"]
            if len(stated) == 1:
                st = stated.iloc[0].to_dict()
                _add(ctx, "higher_than", p, [r, p, st], f"{_wr(r)} {op} {_wr(p)} = {_wr(st)}", st["value"], comp,
                     spread + half_unit(st), f"The figure is {p['value']} points {'above' if sign < 0 else 'below'} "
                     f"{name}; that implies {name} = {plain(comp)}%, which the report states elsewhere.", spec)
            elif j > 0:
                r0, p0, c0, s0 = items[0][:4]
                _add(ctx, "higher_than", p, [r0, p0, r, p], f"{_wr(r0)} {'-' if items[0][7] < 0 else '+'} "
                     f"{_wr(p0)} = {_wr(r)} {op} {_wr(p)}", c0, comp, spread + s0,
                     f"Two comparisons in one sentence imply {name} twice; the two implied values must agree.", spec)
            else:
                _add(ctx, "higher_than", p, [r, p], f"{_wr(r)} {op} {_wr(p)}", None, comp, spread,
                     f"The figure is {p['value']} points {'above' if sign < 0 else 'below'} {name}, which is "
                     f"therefore {plain(comp)}% (not stated).", spec)


def _previous_stated(all_facts: pd.DataFrame, f, metric: str | None = None) -> pd.DataFrame:
    """Stated facts (any report) of the same metric for the period a year before ``f``'s."""
    prev = Period.parse(f["period"]).shift(-1) if f["period"] else ""
    m = all_facts[(all_facts["metric_id"] == (metric or f["metric_id"])) & (all_facts["period"] == prev)
                  & (all_facts["kind"] != "target") & (all_facts["fact_id"] != f["fact_id"])]
    return m


def check_vs_last_year(ctx: Context, rid: str, fs: list, all_facts: pd.DataFrame) -> None:
    """"(分别)比去年增长N%" or "是去年的N倍" after this year's levels: against last year's stated levels."""
    for kind, unit in (("vs_last_year", "percent"), ("times_last_year", "times")):
        marker = pattern(kind)
        rates = [f for f in fs if f["unit"] == unit and f["kind"] != "target"]
        hits = [r for k, r in enumerate(rates) if marker.search(ctx.before(r, 16, clause=False).split("，")[-1])
                or (k > 0 and marker.search(ctx.before(rates[0], 16, clause=False)))]
        if not hits:
            continue
        first = hits[0]
        levels = [f for f in fs if f["unit"] not in ("percent", "pp", "times")
                  and int(f["clean_end"]) <= int(first["clean_start"]) and f["kind"] != "target"]
        if len(levels) < len(hits) or str(first["qualifier"]):
            continue
        for level, r in zip(levels[-len(hits):], hits):
            _one_vs_last_year(ctx, kind, level, r, all_facts)


def _one_vs_last_year(ctx: Context, kind: str, level, r, all_facts: pd.DataFrame) -> None:
    prev = _previous_stated(all_facts, level)
    prev_values = sorted(set(prev["value"].astype(float)))
    if kind == "vs_last_year":
        implied_fn, check_fn, word = (lambda x, g: x / (1 + g / 100)), _growth, "increase"
    else:
        implied_fn, check_fn, word = (lambda x, t: x / t), (lambda a, b: b / a), "multiple"
    comp_prev, spread_prev = evaluate(implied_fn, [level, r])
    spec = [{"metric_id": level["metric_id"], "value": comp_prev, "unit": level["unit"],
             "period": Period.parse(level["period"]).shift(-1) if level["period"] else "", "subject": level["subject"],
             "tolerance": spread_prev}]
    if len(prev_values) == 1:
        p = prev.iloc[0].to_dict()
        comp, spread = evaluate(check_fn, [p, level])
        _add(ctx, kind, r, [p, level, r], ("(" if kind == "vs_last_year" else "") + f"{_wr(level)} / {_wr(p)}" + (" - 1) x 100" if kind == "vs_last_year"
                                                                        else ""),
             r["value"], comp, spread + half_unit(r),
             f"The stated {word} over last year recomputed from last year's stated level ({p['fact_id']}, "
             f"{p['period']}); the {word} implies last year's level was {plain(comp_prev)}.", spec)
    else:
        _add(ctx, kind, r, [level, r], f"{_wr(level)} / {'(1 + ' + _wr(r) + ')' if kind == 'vs_last_year' else _wr(r)}",
             None, comp_prev, spread_prev, f"Last year's level is not stated; the {word} implies {plain(comp_prev)}.",
             spec)


def check_stock_flow(ctx: Context, rid: str, fs: list) -> None:
    """"新认定N家，总数达到M家" implies the stock before: M - N (an implied fact for the earlier period)."""
    for a, b in zip(fs, fs[1:]):
        if a["unit"] == b["unit"] == "count" and pattern("new").search(ctx.before(a, 16)) and pattern("total").search(ctx.before(b, 6)):
            comp, spread = evaluate(lambda n, m: m - n, [a, b])
            y = last_year(b["period"])
            _add(ctx, "stock_flow", b, [a, b], f"{_wr(b)} - {_wr(a)}", None, comp, spread,
                 f"A stock of {b['value']} after {a['value']} new ones implies {plain(comp)} at the end of the "
                 f"previous year.", [{"metric_id": b["metric_id"], "value": comp, "unit": "count",
                                      "period": str(y - 1) if y else "", "subject": b["subject"],
                                      "tolerance": spread}])


def check_parts(ctx: Context, rid: str, fs: list) -> None:
    """Parts listed after "其中" (or "已…剩余") against their total: equal for a classification (…类) or a remainder."""
    t = ctx.text(rid)
    for i, total in enumerate(fs):
        after = [f for f in fs[i + 1:] if f["unit"] == total["unit"]]
        if not after or total["kind"] == "target":
            continue
        gap = t[int(total["clean_end"]):int(after[0]["clean_start"])]
        if pattern("parts_listing").search(gap):
            clause_end = min([t.find(c, int(after[0]["clean_start"])) for c in "；;。"
                              if t.find(c, int(after[0]["clean_start"])) >= 0] or [len(t)])
            parts = [f for f in after if int(f["clean_start"]) < clause_end]
            span = t[int(after[0]["clean_start"]):int(parts[-1]["clean_end"])] if parts else ""
            exact = bool(pattern("parts_classes").search(span))
        elif pattern("parts_done").search(t[int(total["clean_end"]):int(after[0]["clean_start"])]) \
                and len(after) >= 2 and pattern("parts_rest").search(t[int(after[0]["clean_end"]):int(after[1]["clean_start"])]):
            parts, exact = after[:2], True
        else:
            continue
        if len(parts) < 2:
            continue
        if total["kind"] == "plan" or any(p["kind"] in ("plan", "target") for p in parts):
            continue
        comp, spread = evaluate(lambda *xs: sum(xs), parts)
        formula = " + ".join(_wr(p) for p in parts)
        if exact:
            _add(ctx, "parts_sum", total, [total] + parts, f"{formula} = {_wr(total)}", total["value"], comp,
                 spread + half_unit(total), "The parts of a classification (or done + remaining) must add up to "
                 "the total.")
        else:
            ok = comp - spread <= float(total["value"]) + half_unit(total)
            _add(ctx, "parts_within_total", total, [total] + parts, f"{formula} <= {_wr(total)}", total["value"],
                 comp, spread + half_unit(total), status="pass" if ok else "fail", explanation=
                 "Sub-groups listed after 其中 (possibly overlapping or not exhaustive) cannot exceed the total; "
                 f"they add up to {plain(comp)}.")


def check_shares(ctx: Context, rid: str, para: list) -> None:
    """"X，占<denominator>的N%" in one paragraph: the implied denominator; two shares of one must agree."""
    by_denominator: dict = {}
    for s in para:
        m = pattern("share_of").search(ctx.before(s, 16))
        if s["unit"] != "percent" or not m or pattern("share_of_plan").search(m.group(1)):
            continue
        fs = [f for f in para if f["sentence"] == s["sentence"]]
        parts = [f for f in fs if f["unit"] not in ("percent", "pp") and int(f["clean_end"]) <= int(s["clean_start"])
                 and not re.search(r"[，。；]", ctx.between(f, s).split("占")[0].rstrip("，,"))]
        if not parts:
            continue
        by_denominator.setdefault(m.group(1), []).append((parts[-1], s))
    for den, items in by_denominator.items():
        for j, (part, s) in enumerate(items):
            comp, spread = evaluate(lambda x, y: x / (y / 100), [part, s])
            spec = [{"metric_id": "", "value": comp, "unit": part["unit"], "period": s["period"],
                     "subject": part["subject"], "_quote": den, "tolerance": spread}]
            if j == 0 and len(items) == 1:
                _add(ctx, "share_total", s, [part, s], f"{_wr(part)} / {_wr(s)}", None, comp, spread,
                     f"{part['value']} is {s['value']}% of \"{den}\", which is therefore about {plain(comp)}.", spec)
            elif j > 0:
                p0, s0 = items[0]
                c0, sp0 = evaluate(lambda x, y: x / (y / 100), [p0, s0])
                _add(ctx, "share_total", s, [p0, s0, part, s], f"{_wr(p0)} / {_wr(s0)} = {_wr(part)} / {_wr(s)}",
                     c0, comp, spread + sp0, f"Two shares of the same \"{den}\" imply its size twice; the two "
                     "must agree within the precision of the percentages.", spec)
    for i, s in enumerate(para):
        if s["unit"] != "percent" or not pattern("share_marker").search(ctx.before(s, 6)) or i == 0:
            continue
        total = para[i - 1]
        if total["unit"] != "count" or half_unit(total) or str(total["qualifier"]):
            continue
        part = round(float(total["value"]) * float(s["value"]) / 100)
        comp = part / float(total["value"]) * 100
        _add(ctx, "share_of_count", s, [total, s], f"round({_wr(total)} x {_wr(s)}) / {_wr(total)} x 100",
             s["value"], comp, half_unit(s), f"A share of a whole count must come from a whole number: the nearest "
             f"part is {part} of {total['value']}, i.e. {plain(comp)}%.",
             [{"metric_id": "", "value": part, "unit": "count", "period": s["period"], "subject": s["subject"]}])


# --------------------------------------------------------------------------------------------- driver
def run_checks(facts: pd.DataFrame, texts: dict[str, str], rules: dict | None = None,
               extra_checks: list[dict] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """All checks of all reports: (checks table, implied facts table). ``texts``: clean text by report id."""
    rules = rules if rules is not None else load_rules()
    df = _prepare(facts)
    ctx = Context(df, texts, rules)
    seen_paragraphs = set()
    records = df.to_dict("records")
    by_report: dict[str, list[dict]] = {}
    for r in records:
        by_report.setdefault(r["report_id"], []).append(r)
    reports = dict(iter(df.groupby("report_id", sort=False)))  # report id -> its facts table
    for rid, fs in sentences(records):
        para_bounds = ctx.paragraph_of(fs[0])
        para = [r for r in by_report[rid] if para_bounds[0] <= r["clean_start"] < para_bounds[1]]
        if (rid, para_bounds) not in seen_paragraphs:
            seen_paragraphs.add((rid, para_bounds))
            check_shares(ctx, rid, para)
        check_span_growth(ctx, rid, fs)
        check_plan_completion(ctx, rid, fs, para)
        check_higher_than(ctx, rid, fs, reports[rid])
        check_vs_last_year(ctx, rid, fs, df)
        check_stock_flow(ctx, rid, fs)
        check_parts(ctx, rid, fs)
    rows = ctx.rows + list(extra_checks or [])
    checks = pd.DataFrame(rows, columns=CHECK_COLUMNS).sort_values("check_id", kind="stable").reset_index(drop=True)
    implied_cols = list(facts.columns) + ["check_id", "tolerance"]
    implied = pd.DataFrame(ctx.implied, columns=implied_cols)
    implied = implied.sort_values("fact_id", kind="stable").reset_index(drop=True)
    return checks, implied


def summary(checks: pd.DataFrame) -> pd.DataFrame:
    """Checks by rule and status."""
    if checks.empty:
        return pd.DataFrame(columns=["rule", "pass", "fail", "implied"])
    t = checks.pivot_table(index="rule", columns="status", values="check_id", aggfunc="count", fill_value=0)
    for c in ("pass", "fail", "implied"):
        if c not in t:
            t[c] = 0
    return t[["pass", "fail", "implied"]].reset_index().sort_values("rule")
