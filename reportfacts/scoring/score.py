"""``make score``: the extractor against the hand-made answer keys, field by field.

Sets: the seeds' key (``tests/answer_key/facts.csv``) and the development set's keys
(``tests/answer_key/devset/<file stem>.csv``, texts in ``../shared/devset/``), in its two halves: ``tune`` (rules
may be tuned while looking at it) and ``held`` (read once, at the end). For each set it prints the recall and
precision of figures and, over the figures found, the accuracy of value, unit, period, measure, subject and kind;
then how often each catalog metric and each rule of extraction_rules.yml (non_statistic, fact_patterns; mentions.csv
``rule``) fired across all sets, so that one-off entries show (``--fired`` lists them).
With the seeds it also prints how often a second keyer, keying 100 of the seeds' figures blind
(``tests/answer_key/second_keyer.csv``), agrees with the key on measure and subject: the ceiling for one reading.

Matching (see :func:`reportfacts.scoring.evaluate.match`): a key row is found when an extracted fact of its report
overlaps its figure in the text. Fields are then compared:

* value: equal as decimals (ranges ``low..high`` against value_low..value_high; fractions to 6 places);
* measure_zh, subject_zh: after dropping whitespace and 的, equal to one of the key's ``|``-separated
  alternatives, or one contains the other (for a measure, only when the shorter is at least 60% of the longer).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from reportfacts.core import yamlio
from reportfacts.core.paths import ROOT
from reportfacts.extract.periods import Period
from reportfacts.extract.units import load_units
from reportfacts.scoring.evaluate import as_decimal, match

FIELDS = ("value", "unit", "period", "measure", "subject", "kind")
SEEDS_KEY = ROOT / "tests" / "answer_key" / "facts.csv"
SECOND_KEYER = ROOT / "tests" / "answer_key" / "second_keyer.csv"
DEVSET_KEYS = ROOT / "tests" / "answer_key" / "devset"
DEVSET_TEXTS = ROOT.parent / "shared" / "devset"


def same_value(key: str, fact: dict) -> bool:
    """The key's value (``a`` or ``low..high``) equals the fact's."""
    if ".." in key:
        lo, hi = key.split("..")
        return as_decimal(lo) == as_decimal(fact.get("value_low")) and \
            as_decimal(hi) == as_decimal(fact.get("value_high"))
    k, f = as_decimal(key), as_decimal(fact.get("value"))
    return k is not None and f is not None and abs(k - f) <= Decimal("0.000001") * max(1, abs(k))


def _norm(s) -> str:
    """A phrase as compared: no spaces, no 的, no pinyin gloss (產(chǎn)業(yè): a mirror site's, which the clean text
    drops), half-width brackets, simplified characters (a report printed in traditional characters names the same
    measure as its key's simplified alternative)."""
    from reportfacts.text.clean import PINYIN_GLOSS_RE, simplified
    s = PINYIN_GLOSS_RE.sub("", "".join(str(s).split()))
    return simplified(s, always=True).replace("的", "").replace("（", "(").replace("）", ")")


def same_phrase(key: str, got: str, ratio: float = 0.0) -> bool:
    """``got`` matches one of the key's ``|``-separated alternatives (equal, or one inside the other when the
    shorter is at least ``ratio`` of the longer)."""
    g = _norm(got)
    if not g:
        return False
    for alt in str(key).split("|"):
        a = _norm(alt)
        if not a:
            continue
        if a == g:
            return True
        short, long_ = sorted((a, g), key=len)
        if short in long_ and len(short) >= ratio * len(long_):
            return True
    return False


def field_ok(field: str, k: dict, f: dict) -> bool:
    """Whether the fact ``f`` gets ``field`` of the key row ``k`` right."""
    if field == "value":
        return same_value(k["value"], f)
    if field == "measure":
        return same_phrase(k["measure_zh"], f.get("measure_zh", ""), 0.6)
    if field == "subject":
        return same_phrase(k["subject_zh"], f.get("subject_zh", ""))
    if field == "period":
        return same_period(str(k["period"]), str(f.get("period", "")))
    if field == "unit":
        return same_unit(str(k["unit"]), str(f.get("unit", "")))
    return str(f.get(field, "")) == str(k[field])


def same_unit(key: str, got: str) -> bool:
    """Whether a key's unit is the fact's: the same canonical name in any case (kWh is kwh), or a unit the key writes
    as printed (‰, 微克/立方米; the keying rules allow it when their list has none) that units.yml reads as it."""
    if key.lower() == got.lower():
        return True
    spec = load_units().units.get(key)
    return spec is not None and spec["unit"] == got


def same_period(key: str, got: str) -> bool:
    """Whether two periods are the same months, however written: 2021-01..2021-06 is 2021-H1, 2020-01..2020-03 is
    2020-Q1 (the keying guide writes cumulative part-years as month ranges, and a quarter or half by its name). A
    day is not its month."""
    key, got = ("" if v in ("nan", "None") else v.strip() for v in (key, got))
    if key == got:
        return True
    try:
        a, b = Period.parse(key), Period.parse(got)
    except ValueError:
        return False
    return "day" not in (a.grain, a.last_grain, b.grain, b.last_grain) and (a.first, a.last) == (b.first, b.last)


def score_set(facts: pd.DataFrame, key: pd.DataFrame, texts: dict[str, str]) -> dict:
    """Recall and precision of figures, and each field's accuracy over the figures found."""
    k, f = match(facts, key, texts)
    found = k[k.matched_fact >= 0]
    out = {"key_rows": len(k), "anchors_not_found": int((k.spans.str.len() == 0).sum()), "found": len(found),
           "recall": len(found) / len(k) if len(k) else 1.0}
    inside = f[f.in_anchor]
    out["precision"] = int((inside.matched_key >= 0).sum()) / len(inside) if len(inside) else 1.0
    frec = f.to_dict("records")
    for field in FIELDS:
        ok = sum(field_ok(field, r._asdict(), frec[int(r.matched_fact)]) for r in found.itertuples())
        out[field] = ok / len(found) if len(found) else 1.0
    return out


def agreement(facts: pd.DataFrame, key: pd.DataFrame, second: pd.DataFrame, texts: dict[str, str]) -> dict:
    """How often a second keyer, keying the same figures blind, agrees with the key on measure and subject (first
    choice only, as the extractor gives one phrase), and the extractor's accuracy on those same rows: the ceiling
    a single reading can be held to. ``second``: rows of the key (report_id, anchor, figure, occurrence) with the
    second keyer's measure_zh and subject_zh."""
    cols = ["report_id", "anchor", "figure", "occurrence"]
    k, f = match(facts, key, texts)
    k = k.astype({"occurrence": str}).merge(second.astype({"occurrence": str}), on=cols, suffixes=("", "_2"))
    if k.empty:
        raise ValueError(f"{SECOND_KEYER}: no row matches a key row by {', '.join(cols)}")
    frec = f.to_dict("records")
    out = {"rows": len(k)}
    for field in ("measure", "subject"):
        col = f"{field}_zh_2"
        first = [{"measure_zh": str(v).split("|")[0], "subject_zh": str(v).split("|")[0]} for v in k[col]]
        out[f"second_{field}"] = sum(field_ok(field, r, g) for r, g in zip(k.to_dict("records"), first)) / len(k)
        out[f"extractor_{field}"] = sum(field_ok(field, r, frec[int(r["matched_fact"])]) if r["matched_fact"] >= 0
                                        else False for r in k.to_dict("records")) / len(k)
    return out


def read_key(path: Path) -> pd.DataFrame:
    """An answer key CSV, every cell as written; a malformed row (a comma outside quotes) stops with its file."""
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    except pd.errors.ParserError as e:
        raise ValueError(f"{path}: not a well-formed CSV ({e}); quote a cell that holds a comma") from None


def score_key(facts: pd.DataFrame, key_path, texts: dict[str, str]) -> dict:
    """:func:`score_set` against the key CSV at ``key_path`` (resolved from the repository root)."""
    from reportfacts.core.paths import resolve
    return score_set(facts, read_key(resolve(key_path)), texts)


def devset_sources(keys: Path = DEVSET_KEYS) -> list[dict]:
    """The development set's entries (file, published, split) from ``sources.yml`` in the folder of its keys."""
    doc = yamlio.safe_load((keys / "sources.yml").read_text(encoding="utf-8"))
    return doc["sources"]


class ScoredSet(NamedTuple):
    """A set to score: its facts, key and clean texts, and how often each extraction rule decided one of its
    numbers (mentions.csv ``rule``)."""

    facts: pd.DataFrame
    key: pd.DataFrame
    texts: dict[str, str]
    rules: Counter


def extract_texts(folder: Path, entries: list[dict]) -> tuple[pd.DataFrame, dict[str, str], Counter]:
    """Facts of the reports ``entries`` in ``folder`` (report id = file stem), their clean texts and the rules
    that decided their numbers. A report's subject is its entry's ``subject``, else its headline's, as the pipeline
    reads a sources.yml."""
    from reportfacts.extract.catalog import load_catalog
    from reportfacts.extract.facts import extract_clean
    from reportfacts.extract.meaning import headline_subject
    from reportfacts.text.clean import clean_text
    from reportfacts.text.sources import first_line, read_report
    catalog = load_catalog()
    frames, texts, rules = [], {}, Counter()
    for e in entries:
        raw = read_report(folder / e["file"])
        ct = clean_text(raw)
        rid = e.get("report_id") or Path(e["file"]).stem
        f, m = extract_clean(ct, rid, e["file"], e.get("published"), catalog,
                             default_subject=e.get("subject") or headline_subject(first_line(folder / e["file"]),
                                                                                  ct.text))
        rules.update(r for r in m.rule if r)
        frames.append(f)
        texts[rid] = ct.text
    return pd.concat(frames, ignore_index=True), texts, rules


def seeds_set() -> ScoredSet:
    """The seeds, with their key."""
    from reportfacts.core.paths import SEEDS_DIR
    from reportfacts.extract.pipeline import extract_corpus
    from reportfacts.text.clean import clean_text
    from reportfacts.text.sources import load_sources, read_report
    sources = load_sources(SEEDS_DIR)
    facts, mentions, _ = extract_corpus(SEEDS_DIR)
    texts = {s.report_id: clean_text(read_report(s.path)).text for s in sources}
    return ScoredSet(facts, read_key(SEEDS_KEY), texts,
                     Counter(r for r in mentions.rule if r))


def devset(split: str, folder: Path = DEVSET_TEXTS, keys: Path = DEVSET_KEYS) -> ScoredSet:
    """One half of a development set: texts in ``folder``, keys and ``sources.yml`` in ``keys``."""
    entries = [e for e in devset_sources(keys) if e["split"] == split]
    if not entries:
        raise ValueError(f"{keys / 'sources.yml'}: no entry has split: {split}")
    facts, texts, rules = extract_texts(folder, entries)
    found = [keys / f"{Path(e['file']).stem}.csv" for e in entries]
    frames = [read_key(p) for p in found if p.is_file()]
    return ScoredSet(facts, pd.concat(frames, ignore_index=True), texts, rules)


def fired(all_facts: list[pd.DataFrame]) -> Counter:
    """How often each catalog metric was given to a fact, across all sets (every catalog metric listed)."""
    from reportfacts.extract.catalog import load_catalog
    counts = Counter({mid: 0 for mid in load_catalog().metrics})
    for f in all_facts:
        counts.update(x for x in f.metric_id if x)
    return counts


def rules_fired(counted: Counter) -> Counter:
    """``counted`` (rule -> numbers it decided) with every rule of extraction_rules.yml's non_statistic and
    fact_patterns listed, by its mentions.csv name, the ones that never fired at 0."""
    from reportfacts.core.paths import CATALOG_DIR
    doc = yamlio.safe_load((CATALOG_DIR / "extraction_rules.yml").read_text(encoding="utf-8"))
    return Counter({f"{lst} #{i}": counted[f"{lst} #{i}"]
                    for lst in ("non_statistic", "fact_patterns") for i in range(1, len(doc[lst]) + 1)})


def _table(rows: list[tuple[str, dict]]) -> str:
    head = f"{'set':<10}{'keys':>6}{'found':>7}{'recall':>8}{'precis.':>8}" + "".join(f"{x:>9}" for x in FIELDS)
    lines = [head, "-" * len(head)]
    for name, r in rows:
        lines.append(f"{name:<10}{r['key_rows']:>6}{r['found']:>7}{r['recall']:>8.3f}{r['precision']:>8.3f}"
                     + "".join(f"{r[x]:>9.3f}" for x in FIELDS))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reportfacts.scoring.score", description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="seeds,tune,held", help="comma-separated: seeds, tune, held")
    ap.add_argument("--devset", default=str(DEVSET_TEXTS), help="folder of the development set's texts")
    ap.add_argument("--keys", default=str(DEVSET_KEYS),
                    help="folder of the development set's keys (<file stem>.csv) and its sources.yml (file, "
                         "published, split)")
    ap.add_argument("--fired", action="store_true", help="also list every metric by how often it fired")
    args = ap.parse_args(argv)
    rows, facts, agreed, counted = [], [], {}, Counter()
    for name in args.sets.split(","):
        if name == "seeds":
            f, k, t, rules = seeds_set()
        else:
            if not Path(args.devset).is_dir():
                print(f"score: no development set at {args.devset}; skipping {name}", file=sys.stderr)
                continue
            f, k, t, rules = devset(name, Path(args.devset), Path(args.keys))
        rows.append((name, score_set(f, k, t)))
        facts.append(f)
        counted.update(rules)
        if name == "seeds" and SECOND_KEYER.exists():
            agreed = agreement(f, k, read_key(SECOND_KEYER), t)
    print(_table(rows))
    if agreed:
        print(f"\nsecond keyer, {agreed['rows']} seeds rows keyed blind (tests/answer_key/second_keyer.csv): agrees with "
              f"the key on measure {agreed['second_measure']:.3f}, subject {agreed['second_subject']:.3f}; "
              f"the extractor on the same rows: measure {agreed['extractor_measure']:.3f}, "
              f"subject {agreed['extractor_subject']:.3f}")
    counts = fired(facts)
    once = sorted(m for m, n in counts.items() if n == 1)
    never = sorted(m for m, n in counts.items() if n == 0)
    print(f"\ncatalog metrics: {len(counts)}; fired once: {len(once)}; never: {len(never)}")
    rules = rules_fired(counted)
    print(f"extraction rules (non_statistic, fact_patterns): {len(rules)}; fired once: "
          f"{sum(n == 1 for n in rules.values())}; never: {sum(n == 0 for n in rules.values())}")
    if args.fired:
        for name, table in (("metric", counts), ("rule", rules)):
            for key, n in sorted(table.items(), key=lambda x: (-x[1], x[0])):
                print(f"{n:>5}  {name} {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
