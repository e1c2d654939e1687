"""Check a folder of hand-made answer keys against its texts before it is scored.

``python -m reportfacts.scoring.keycheck --texts TEXTS --keys KEYS [STEM ...]`` reads ``KEYS/<stem>.csv`` for
each text ``TEXTS/<stem>.txt`` (or the stems given) and prints one line per problem, naming the file and row:
an anchor that does not occur exactly once in the text with its whitespace removed, a figure not in its anchor
``occurrence`` times, a value that is not a decimal or ``low..high``, a unit the units table does not read, a
period that is not canonical, a kind outside the list, an empty measure or subject, a figure keyed twice.
The rules are those of ``tests/answer_key/devset/README.md``. Exit status 1 when any problem is found.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reportfacts.extract.catalog import FACT_KINDS, UNITS
from reportfacts.extract.periods import Period
from reportfacts.extract.units import load_units
from reportfacts.scoring.evaluate import as_decimal
from reportfacts.scoring.score import read_key

COLUMNS = ["report_id", "anchor", "figure", "occurrence", "value", "unit", "period", "kind", "measure_zh",
           "subject_zh", "note"]


def known_unit(unit: str) -> bool:
    """A canonical unit (catalog.UNITS, any case: kWh is kwh) or a unit as printed that the units table reads."""
    return unit.lower() in UNITS or unit in load_units().units


def check_key(text: str, key_path: Path) -> list[str]:
    """The problems of one key CSV against its report's text, each naming the file and its 1-based CSV line."""
    key = read_key(key_path)
    if list(key.columns) != COLUMNS:
        return [f"{key_path}: columns are {list(key.columns)}, expected {COLUMNS}"]
    flat = "".join(text.split())
    problems, seen = [], set()
    for i, r in enumerate(key.to_dict("records"), start=2):
        at = f"{key_path}:{i}"
        if r["report_id"] != key_path.stem:
            problems.append(f"{at}: report_id {r['report_id']!r} is not the file's stem {key_path.stem!r}")
        n = flat.count(r["anchor"]) if r["anchor"] else 0
        if n != 1:
            problems.append(f"{at}: anchor {r['anchor']!r} occurs {n} times in the text without whitespace")
        occ = int(r["occurrence"]) if r["occurrence"].isdigit() else 0
        if not r["figure"] or occ < 1 or r["anchor"].count(r["figure"]) < occ:
            problems.append(f"{at}: figure {r['figure']!r} does not occur {r['occurrence']!r} times in its anchor")
        parts = r["value"].split("..")
        if len(parts) > 2 or any(as_decimal(p) is None for p in parts):
            problems.append(f"{at}: value {r['value']!r} is not a decimal or low..high")
        if not known_unit(r["unit"]):
            problems.append(f"{at}: unit {r['unit']!r} is neither canonical nor read by units.yml")
        try:
            Period.of(r["period"])
        except ValueError:
            problems.append(f"{at}: period {r['period']!r} is not canonical (YYYY, YYYY-Qn, YYYY-MM, a..b)")
        if r["kind"] not in FACT_KINDS:
            problems.append(f"{at}: kind {r['kind']!r} is not one of {sorted(FACT_KINDS)}")
        for col in ("measure_zh", "subject_zh"):
            if not r[col].strip():
                problems.append(f"{at}: {col} is empty")
        ident = (r["anchor"], r["figure"], r["occurrence"])
        if ident in seen:
            problems.append(f"{at}: figure {r['figure']!r} (occurrence {r['occurrence']}) of this anchor keyed twice")
        seen.add(ident)
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reportfacts.scoring.keycheck", description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", required=True, help="folder of the texts (<stem>.txt)")
    ap.add_argument("--keys", required=True, help="folder of the keys (<stem>.csv)")
    ap.add_argument("stems", nargs="*", help="only these texts (file stems; a prefix selects every stem it opens)")
    args = ap.parse_args(argv)
    texts, keys = Path(args.texts), Path(args.keys)
    stems = sorted(p.stem for p in texts.glob("*.txt")
                   if not args.stems or any(p.stem.startswith(s) for s in args.stems))
    if not stems:
        print(f"keycheck: no text in {texts} matches {args.stems}", file=sys.stderr)
        return 1
    problems, rows = [], 0
    for stem in stems:
        path = keys / f"{stem}.csv"
        if not path.is_file():
            problems.append(f"{path}: missing (the key of {texts / (stem + '.txt')})")
            continue
        try:
            problems += check_key((texts / f"{stem}.txt").read_text(encoding="utf-8"), path)
            rows += len(read_key(path))
        except ValueError as e:
            problems.append(str(e))
    print("\n".join(problems) if problems else f"keycheck: {len(stems)} keys, {rows} rows, no problem")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
