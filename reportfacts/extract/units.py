"""Units written after a number: the table lives in ``data/catalog/units.yml`` (written unit -> canonical unit).

A written unit is an optional magnitude (万, 亿 ...) plus a base unit (元, 家, 平方米 ...), possibly with
qualifiers around it: ``3000余家`` (余 before the unit), ``4100余万元`` (余 before the magnitude),
``1万余人`` (余 after the magnitude), ``80%以上``, ``2倍多``, ``8个多月``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR



@dataclass(frozen=True)
class UnitTable:
    """Magnitude words, base units and per-capita context units, as loaded from YAML."""

    magnitudes: dict[str, Decimal]
    units: dict[str, dict]
    context_units: tuple[tuple[re.Pattern, str], ...]  # (the words before a number, the unit they imply)
    regex: re.Pattern
    before_qualifiers: tuple[str, ...]
    directions: dict[str, str]  # qualifier -> at_least, at_most, about or exact (``qualifiers.directions``)

    def direction(self, qualifier: str) -> str:
        """What a fact's qualifier says of its value: at_least, at_most, about or exact (no qualifier, or several
        joined, which no single direction describes)."""
        return self.directions.get(qualifier, "exact")


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found right after a number.

    ``end`` is the end of the whole unit phrase (qualifiers included); ``written`` is magnitude + base unit
    as written (``"万元"``); ``qualifier`` joins the qualifiers found (``"余"``, ``"以上"``).
    """

    end: int
    written: str
    unit: str
    multiplier: Decimal
    qualifier: str


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _bases(units: dict) -> str:
    """The base units as one alternation, longest first, each with its ``not_before`` (a regex of what may not
    follow it: 天 before 津 is 天津, a city) as a negative lookahead."""
    return "|".join(re.escape(w) + (f"(?!{units[w]['not_before']})" if units[w].get("not_before") else "")
                    for w in sorted(units, key=len, reverse=True))


@lru_cache(maxsize=4)
def load_units(path: str | Path | None = None) -> UnitTable:
    """Load and validate the unit table (default ``data/catalog/units.yml``)."""
    path = Path(path) if path else CATALOG_DIR / "units.yml"
    doc = yamlio.safe_load(path.read_text(encoding="utf-8"))
    mags = {k: Decimal(str(v)) for k, v in doc["magnitudes"].items()}
    units = doc["units"]
    for w, spec in units.items():
        if not isinstance(spec, dict) or not spec.get("unit"):
            raise ValueError(f"{path}: unit {w!r} needs a canonical `unit`")
    quals = doc["qualifiers"]
    q_in, q_after = _alt(quals["inner"]), _alt(quals["after"])
    # a base unit that starts like a magnitude (千瓦 and 千) is tried whole first: 12千瓦 is kW, not 12千 + 瓦
    clash = [b for b in units if any(b.startswith(m) for m in mags)]
    whole = rf"(?P<whole>{_alt(clash)})|" if clash else ""
    regex = re.compile(
        rf"[ \t]*(?P<q1>{q_in})?[ \t]*(?:{whole}(?P<mag>{_alt(mags)})?(?P<q2>{q_in})?[ \t]*"
        rf"(?P<base>{_bases(units)})?)(?P<q3>{q_after})?")
    context = tuple((re.compile(r["before"] + r"[^，。；,;：:]{0,16}$"), r["unit"]) for r in doc.get("context_units") or ())
    return UnitTable(mags, units, context, regex, tuple(quals["before"]), _directions(quals, units, path))


DIRECTIONS = ("at_least", "at_most", "about", "exact")


def _directions(quals: dict, units: dict, path: Path) -> dict[str, str]:
    """``qualifiers.directions`` validated: a known direction for every qualifier the table lists (before, inner,
    after, and the units that carry one); raises ValueError naming the file and the key."""
    directions = quals.get("directions")
    if not isinstance(directions, dict):
        raise ValueError(f"{path}: qualifiers.directions must map each qualifier to one of {list(DIRECTIONS)}")
    for q, d in directions.items():
        if d not in DIRECTIONS:
            raise ValueError(f"{path}: qualifiers.directions.{q} is {d!r}, not one of {list(DIRECTIONS)}")
    listed = [*quals["before"], *quals["inner"], *quals["after"], *(u["qualifier"] for u in units.values()
                                                                   if isinstance(u, dict) and u.get("qualifier"))]
    missing = [q for q in dict.fromkeys(listed) if q not in directions]
    if missing:
        raise ValueError(f"{path}: qualifiers.directions lacks {missing} (every qualifier needs a direction)")
    return dict(directions)


_NO_UNIT = {"unit": ""}  # the spec of a magnitude written without a base unit (read, never changed)
_ONE = Decimal(1)


def match_unit(text: str, pos: int, table: UnitTable | None = None) -> UnitMatch | None:
    """The unit written at ``text[pos:]`` (right after a number), or ``None`` if there is none.

    A magnitude alone (``"50亿"``) is returned with unit ``""``; a trailing qualifier alone (``"20多"``)
    without a unit is not a unit.
    """
    t = table or load_units()
    m = t.regex.match(text, pos)
    if not m:
        return None
    q1, mag, q2, base, q3 = m.group("q1", "mag", "q2", "base", "q3")
    base = base or m.groupdict().get("whole")
    if not (mag or base):
        return None
    mag, base = mag or "", base or ""
    if base and not mag and t.units[base].get("with_magnitude"):
        return None  # 30度 is a temperature or an angle; only 亿度, 万度 are electricity
    spec = t.units.get(base, _NO_UNIT)
    mult = t.magnitudes.get(mag, _ONE)
    q_spec = spec.get("qualifier")
    written = mag + base.replace("多", "") if q_spec else mag + base
    # the qualifiers found, each once in order of appearance (most units have none)
    quals = "".join(dict.fromkeys(q for q in (q1, q2, q_spec, q3) if q)) if q1 or q2 or q_spec or q3 else ""
    return UnitMatch(m.end(), written, spec["unit"], mult, quals)


def context_unit(before: str, table: UnitTable | None = None) -> str | None:
    """A unit implied by the words of its clause just before the number (``每万人口发明专利拥有量`` ->
    count_per_10k_people)."""
    t = table or load_units()
    return next((unit for words, unit in t.context_units if words.search(before)), None)


def unit_of(written: str, table: UnitTable | None = None) -> tuple[str, Decimal]:
    """Canonical unit and multiplier of a written unit such as ``"万元"`` (ValueError if unknown)."""
    t = table or load_units()
    m = t.regex.fullmatch(written)
    base = m and (m["base"] or m.groupdict().get("whole"))
    if not base or m["q1"] or m["q2"] or m["q3"]:
        raise ValueError(f"unknown unit {written!r}")
    return t.units[base]["unit"], t.magnitudes.get(m["mag"] or "", Decimal(1))
