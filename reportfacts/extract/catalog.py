"""The bilingual catalog: metrics, entities and policy terms (``data/catalog/*.yml``).

``load_catalog()`` reads and validates the three YAML files and returns a :class:`Catalog`, which answers
two questions for the extractor:

* ``match_metric(context, unit, kind)`` - which metric does a number measure?
* ``match_entity(context)`` - which body (zone, city, company, cluster ...) is it about?

Matching rule for metrics (documented here once; the tests pin it):

1. Candidates are the metrics with the fact's canonical ``unit`` and a kind compatible with the fact's ``kind``
   (:data:`KIND_COMPATIBLE`; ``None``, ``target`` and ``plan`` accept every kind, because a target for GDP
   growth is still ``gdp_growth_pct``). ``growth_rate`` and ``change`` are compatible both ways.
2. A candidate matches through its ``name_zh`` or an alias found in the text; before the number, an alias
   directly counted by another number ("3个主导产业") is that number's noun and is skipped. Text and aliases
   are normalised first (whitespace, quotes and 的 dropped, full-width brackets folded, case folded). An alias may contain
   ``…``, a gap of up to 20 characters without clause punctuation. A metric with ``qualifiers_zh`` only
   matches when one of its qualifiers also occurs in the context.
3. Stages, the first stage with a match decides:
   a. "local": an alias ending in the last list item of ``context`` (after its last ，；。： and 、; the
      alias itself may start before a 、), the one ending closest to the number ("…，固定资产投资同比增长|11%");
   b. "phrase": an alias in the noun phrase right after the number, i.e. in ``after`` up to the first
      clause or list punctuation ("其中3个|省重点项目、…", "24家|省级以上专精特新企业、…"); earliest start wins;
   c. "before": the alias anywhere in ``context`` that ends closest to its end
      ("新认定国家高新技术企业10家，总数达到|18家");
   d. "after": the alias anywhere in ``after`` that starts earliest.
4. Ties are broken by: longer alias, then exact kind match, then the qualifier nearest the end, then the longer
   qualifier ending there ("市重点项目" over "重点项目": the more specific group).
   If two metrics are still tied the match is ambiguous and ``None`` is returned.
5. A ``count_flow`` metric ("新认定…") is not matched through an alias followed by a total cue (总数, 累计 ...):
   "新认定国家高新技术企业10家，总数达到|18家" is the stock, national_high_tech_enterprises_count.

``match_metric_sequence`` lists the metrics named one after another in a context, for lists such as
"高技术产业和战略性新兴产业增加值分别增长13.8%、98.2%" (one metric per figure, in order).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import Iterable

import ahocorasick
import yaml

from reportfacts.core import yamlio
from reportfacts.extract.meaning import add_names, load_meaning_rules

# canonical unit -> required id suffix
UNITS: dict[str, str] = {
    "yuan": "_yuan", "usd": "_usd", "percent": "_pct", "pp": "_pp", "rank": "_rank",
    "positions": "_positions", "count": "_count", "m2": "_m2", "km2": "_km2", "hectare": "_hectare",
    "mu": "_mu", "km": "_km", "tonnes": "_tonnes", "times": "_times", "years": "_years",
    "months": "_months", "quarters": "_quarters", "count_per_10k_people": "_per_10k_people", "fraction": "_fraction",
    "gwh": "_gwh", "mwh": "_mwh", "kwh": "_kwh", "gw": "_gw", "mw": "_mw", "kw": "_kw", "permille": "_permille",
    "teu": "_teu", "passenger_km": "_passenger_km", "tonne_km": "_tonne_km", "index": "_index", "ug_m3": "_ug_m3",
    "m3": "_m3", "kg": "_kg", "jin": "_jin", "eflops": "_eflops", "pflops": "_pflops",
}
KINDS = ("level", "growth_rate", "change", "rank", "rank_change", "share",
         "count_stock", "count_flow", "ratio", "duration")
FACT_KINDS = KINDS + ("target", "plan")
_PHYSICAL = ("level", "change")
# which metric kinds make sense for a unit (checked when loading)
UNIT_KINDS: dict[str, tuple[str, ...]] = {
    "yuan": _PHYSICAL, "usd": _PHYSICAL, "percent": ("growth_rate", "share", "ratio", "change"),
    "permille": ("growth_rate", "share", "change"),
    "pp": ("change",), "rank": ("rank",), "positions": ("rank_change",),
    "count": ("count_stock", "count_flow", "level", "change"), "m2": _PHYSICAL, "km2": _PHYSICAL,
    "hectare": _PHYSICAL, "mu": _PHYSICAL, "km": _PHYSICAL, "tonnes": _PHYSICAL,
    "times": ("ratio", "growth_rate"), "years": ("duration",), "months": ("duration",),
    "quarters": ("duration",),
    "count_per_10k_people": ("ratio", "level"), "fraction": ("share",),
    **{u: _PHYSICAL for u in ("gwh", "mwh", "kwh", "gw", "mw", "kw", "teu", "ug_m3", "m3", "kg", "jin",
                                     "passenger_km", "tonne_km", "eflops", "pflops")},
    "index": ("level", "ratio", "change"),
}
# fact kind -> metric kinds it may be matched to (target/plan/None: any)
KIND_COMPATIBLE: dict[str, frozenset[str]] = {
    "level": frozenset({"level", "count_stock", "count_flow", "change", "ratio"}),
    "count_stock": frozenset({"count_stock", "count_flow", "level"}),
    "count_flow": frozenset({"count_flow", "count_stock", "level", "change"}),
    "growth_rate": frozenset({"growth_rate", "change"}),
    "change": frozenset({"change", "growth_rate", "level", "count_flow"}),
    "share": frozenset({"share", "ratio"}),
    "ratio": frozenset({"ratio", "share"}),
    "rank": frozenset({"rank"}),
    "rank_change": frozenset({"rank_change"}),
    "duration": frozenset({"duration"}),
}
ENTITY_TYPES = ("zone", "city", "province", "country", "company", "cluster", "institution", "project")

METRIC_FIELDS = ("id", "name_en", "name_zh", "aliases_zh", "unit", "kind", "description")
METRIC_OPTIONAL = ("qualifiers_zh", "classifiers_zh")
ENTITY_FIELDS = ("id", "name_en", "name_zh", "aliases_zh", "type")
ENTITY_OPTIONAL = ("same_body_as", "part_of", "note", "variants")
VARIANT_KEYS = {"written", "status", "note"}  # a form of an entity's name as printed, and what it is
TERM_FIELDS = ("term_zh", "term_en", "explanation")
TERM_OPTIONAL = ("aliases_zh",)

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
GAP = "…"
_GAP_RE = r"[^，。；：,;:！？!?\n]{0,20}"
_PHRASE_END = re.compile(r"[、，,。；;：:！？!?\n]")
_QUAL_PHRASE_END = re.compile(r"[、，,。；;：:！？!?\n等]")
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?\n]")
# a number and a classifier right before an alias: the alias is the noun counted by that number
_MEASURE_WORDS = "个家项件名人条支只所座户套台批"
_COUNTED = re.compile(rf"[0-9.一二三四五六七八九十百千万两]+[余多]?[{_MEASURE_WORDS}]$")
_TOTAL_CUE = re.compile("总数|总量|累计|共计|总计|合计")
_DROP = re.compile(r"[\s的“”‘’\"'「」『』]")


class CatalogError(ValueError):
    """The catalog files are missing, malformed or inconsistent (message names file and line)."""


@dataclass(frozen=True)
class Metric:
    """One quantity the reports measure (a row of metrics.yml)."""

    id: str
    name_en: str
    name_zh: str
    aliases_zh: tuple[str, ...]
    unit: str
    kind: str
    description: str
    qualifiers_zh: tuple[str, ...] = ()
    classifiers_zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entity:
    """A subject a figure can be about (a row of entities.yml)."""

    id: str
    name_en: str
    name_zh: str
    aliases_zh: tuple[str, ...]
    type: str
    same_body_as: tuple[str, ...] = ()
    part_of: str | None = None
    note: str = ""
    variants: tuple[dict, ...] = ()


@dataclass(frozen=True)
class Term:
    """A policy term that is not a metric (a row of terms.yml)."""

    term_zh: str
    term_en: str
    explanation: str
    aliases_zh: tuple[str, ...] = ()


# ----------------------------------------------------------------------------------------------------------
# text matching helpers


def normalize(text: str) -> str:
    """Fold text for matching: drop whitespace, quotes and 的; fold full-width brackets; casefold."""
    return fold(_DROP.sub("", text))


def fold(text: str) -> str:
    """Full-width brackets folded and case folded (``str.replace`` is much faster than ``translate`` on CJK)."""
    return text.replace("（", "(").replace("）", ")").casefold()


@dataclass(frozen=True)
class _Alias:
    """A normalised alias; ``regex`` is set when it contains a ``…`` gap."""

    text: str
    regex: re.Pattern | None

    @classmethod
    def build(cls, alias: str) -> "_Alias":
        """Normalise ``alias`` and compile it when it has a gap."""
        text = normalize(alias)
        if GAP not in text:
            return cls(text, None)
        pattern = _GAP_RE.join(re.escape(part) for part in text.split(GAP))
        return cls(text, re.compile(f"(?=({pattern}))"))


def _counted(text: str, start: int, lo: int = 0) -> bool:
    """True if a number and a measure word end right before ``start`` ("3个|主导产业") in ``text[lo:]``:
    :data:`_COUNTED` on the (up to) 12 characters before, tried only when the character before is a measure
    word (or a newline, before which ``$`` also matches)."""
    if start <= lo:
        return False
    before = text[start - 1]
    if before not in _MEASURE_WORDS and before != "\n":
        return False
    return _COUNTED.search(text, max(lo, start - 12), start) is not None


NO_QUALIFIER = (-1, 0)  # what Catalog._qualifier answers for a metric without qualifiers


def _last_end(spans) -> tuple[int, int] | None:
    """Best (end, length) over alias occurrences ``spans`` ((start, length) pairs): latest end, then longest."""
    return max(((start + length, length) for start, length in spans), default=None)


class _Scan:
    """Every alias occurrence in one text, to answer what a scan of any stretch ``text[a:b]`` of it finds.

    ``hits`` are the sorted (start, length, key) of the plain aliases and ``gaps`` the (start, length, key, regex)
    of the aliases with a ``…`` gap, sorted by start, each matched in the whole text. A stretch holds the plain
    hits that lie inside it. A gap match running past the stretch's end is matched again inside it: the gap is
    greedy, and cutting the text short can only make candidate matches fail, so a match that ends inside the
    stretch is the stretch's match too.
    """

    def __init__(self, text: str, hits: list[tuple[int, int, tuple]],
                 gaps: list[tuple[int, int, tuple, re.Pattern]]):
        self.text, self.hits, self.gaps = text, hits, gaps
        self.starts = [h[0] for h in hits]
        self.gap_starts = [g[0] for g in gaps]

    @cached_property
    def clause_ends(self) -> list[int]:
        """The offsets of the clause punctuation (:data:`_CLAUSE_END`), to find the last clause of a stretch."""
        return [m.start() for m in _CLAUSE_END.finditer(self.text)]

    def inside(self, a: int, b: int) -> list[tuple[int, int, tuple]]:
        """(start, length, key) of every alias occurrence in ``text[a:b]`` (offsets into ``text``), plain aliases
        first."""
        starts = self.starts
        out = [h for h in self.hits[bisect_left(starts, a): bisect_left(starts, b)] if h[0] + h[1] <= b]
        return out + self._gaps_in(a, b) if self.gaps else out

    def keyed(self, a: int, b: int) -> dict[tuple, list[tuple[int, int]]]:
        """{key: [(start, length), ...]} of every alias occurrence in ``text[a:b]``, offsets from ``a``."""
        out: dict[tuple, list[tuple[int, int]]] = {}
        for s, n, key in self.inside(a, b):
            out.setdefault(key, []).append((s - a, n))
        return out

    def entity_mentions(self, a: int, b: int) -> list[tuple[int, int, str]]:
        """Non-overlapping entity mentions in ``text[a:b]`` as (start, end, entity id), offsets from ``a``, left to
        right, longest first."""
        spans = sorted([(s - a, -n, key[1]) for s, n, key in self.inside(a, b) if key[0] == "e"])
        out, end = [], -1
        for s, neg, eid in spans:
            if s >= end:
                out.append((s, s - neg, eid))
                end = s - neg
        return out

    def _gaps_in(self, a: int, b: int) -> list[tuple[int, int, tuple]]:
        """(start, length, key) of the gap-alias matches in ``text[a:b]`` (offsets into ``text``)."""
        out = []
        starts = self.gap_starts
        for s, n, key, rx in self.gaps[bisect_left(starts, a): bisect_left(starts, b)]:
            if s + n > b:
                m = rx.match(self.text, s, b)
                if m is None:
                    continue
                n = len(m.group(1))
            out.append((s, n, key))
        return out


DEICTIC = "@report_body"


class _AliasIndex:
    """All aliases of the catalog; :meth:`scanned` finds every occurrence in one pass over a text.

    Plain aliases are the words of one Aho-Corasick automaton (pyahocorasick), which reports every occurrence,
    overlapping ones included, in a single pass; aliases with a ``…`` gap are compiled regexes, tried only where
    their first part occurs. Scans are memoised per text.
    """

    def __init__(self, entries: list[tuple[str, tuple]]):
        by_text: dict[str, list[tuple]] = {}
        self.gaps: list[tuple[str, re.Pattern, tuple]] = []
        for alias, key in entries:
            a = _Alias.build(alias)
            if not a.text:
                continue
            if a.regex is not None:
                self.gaps.append((a.text.split(GAP)[0], a.regex, key))
            else:
                by_text.setdefault(a.text, []).append(key)
        # each alias -> (its length - 1, its length, its distinct keys): an occurrence ending at ``end`` starts
        # at ``end - (length - 1)``
        self._automaton = ahocorasick.Automaton()
        for t, keys in by_text.items():
            self._automaton.add_word(t, (len(t) - 1, len(t), tuple(dict.fromkeys(keys))))
        self._automaton.make_automaton()  # no words: stays empty, and :meth:`hits` finds nothing
        # any first part of a gap alias (most texts hold none, and then no gap regex is tried)
        self._gap_heads = re.compile("|".join(re.escape(head) for head, _, _ in self.gaps) or "(?!)")
        self._entity_gaps = [g for g in self.gaps if g[2][0] == "e"]
        self._memo: dict[str, _Scan] = {}

    def scan(self, text: str) -> _Scan:
        """The :class:`_Scan` of ``text``: every alias occurrence in it."""
        return _Scan(text, self.hits(text), self.gap_hits(text))

    def scanned(self, text: str) -> _Scan:
        """:meth:`scan`, memoised: the matchers often ask about the same text."""
        got = self._memo.get(text)
        if got is None:
            if len(self._memo) > 50000:
                self._memo.clear()
            got = self._memo[text] = self.scan(text)
        return got

    def forget(self) -> None:
        """Drop the memoised scans."""
        self._memo.clear()

    def hits(self, text: str) -> list[tuple[int, int, tuple]]:
        """Sorted (start, length, key) of every plain alias occurrence in ``text`` (the automaton reports them by
        end)."""
        if self._automaton.kind != ahocorasick.AHOCORASICK:
            return []
        out = [(end - back, n, key) for end, (back, n, keys) in self._automaton.iter(text) for key in keys]
        out.sort()
        return out

    def gap_hits(self, text: str, entities_only: bool = False) -> list[tuple[int, int, tuple, re.Pattern]]:
        """(start, length, key, regex) of every gap-alias match in ``text`` (only the entities' with
        ``entities_only``), sorted by start."""
        gaps = self._entity_gaps if entities_only else self.gaps
        if not gaps or self._gap_heads.search(text) is None:
            return []
        out = [(s, n, key, rx) for head, rx, key in gaps for s, n in _gap_spans(text, head, rx)]
        out.sort(key=itemgetter(0))
        return out


def _gap_spans(text: str, head: str, rx: re.Pattern) -> list[tuple[int, int]]:
    """(start, length) of every match of a gap alias ``rx`` (a lookahead, so matches overlap) in ``text``:
    tried only where its literal first part ``head`` occurs (``rx.finditer`` would try every position)."""
    spans = []
    i = text.find(head)
    while i >= 0:
        m = rx.match(text, i)
        if m is not None:
            spans.append((i, len(m.group(1))))
        i = text.find(head, i + 1)
    return spans


class _Report:
    """A report scanned once (see :meth:`Catalog.prepare`), to answer for any stretch of it by offset.

    ``norm`` scans the normalised report (metrics and qualifiers); ``folded`` holds the entity hits of the folded
    report in the report's own offsets (entity mentions are found in the folded text, which keeps whitespace,
    quotes and 的). Normalising goes character by character and, when :meth:`build` accepts a report, case
    folding keeps its length, so report offset ``i`` is normalised offset ``i - bisect_left(dropped, i)``, where
    ``dropped`` lists the offsets of the characters :func:`normalize` drops.
    """

    def __init__(self, index: _AliasIndex, text: str, folded: str, dropped: list[int]):
        self.text, self._index, self._folded, self._dropped = text, index, folded, dropped
        self._resume = [d - k for k, d in enumerate(dropped)]  # normalised offset of the character after each drop

    @classmethod
    def build(cls, index: _AliasIndex, text: str) -> "_Report | None":
        """The report of ``text``; None if case folding changes its length or a dropped character (the string
        matchers then answer)."""
        folded = fold(text)
        dropped = [m.start() for m in _DROP.finditer(text)]
        if len(folded) != len(text) or any(folded[d] != text[d] for d in dropped):
            return None
        return cls(index, text, folded, dropped)

    def view(self, part: str, at: int | None) -> tuple[_Scan, int, int] | None:
        """(scan, start, end) of ``part`` in the normalised report if ``part`` is the report's text at offset
        ``at``, else None."""
        if not self.holds(part, at):
            return None
        dropped = self._dropped
        return self.norm, at - bisect_left(dropped, at), at + len(part) - bisect_left(dropped, at + len(part))

    def holds(self, part: str, at: int | None) -> bool:
        """True if ``part`` is the report's text at offset ``at``."""
        return at is not None and at >= 0 and self.text.startswith(part, at)

    @cached_property
    def norm(self) -> _Scan:
        """The scan of the normalised report."""
        text = normalize(self.text)
        return self._index.scan(text)

    @cached_property
    def folded(self) -> _Scan:
        """The entity hits of the folded report: the normalised entity hits over characters that are contiguous in
        the report (an alias holds no dropped character) in report offsets, and the entities' gap aliases matched
        in the folded text itself."""
        resume, hits = self._resume, []
        for s, n, key in self.norm.hits:
            if key[0] == "e":
                k = bisect_right(resume, s)  # the drops before the hit; the next one must not fall inside it
                if k == len(resume) or resume[k] >= s + n:
                    hits.append((s + k, n, key))
        return _Scan(self._folded, hits, self._index.gap_hits(self._folded, entities_only=True))


def _greedy_sequence(hits: list[tuple[int, int, int, str]]) -> list[str]:
    """Metric ids of non-overlapping hits (start, -length, -exact, id), sorted; see match_metric_sequence."""
    out: list[str] = []
    end = -1
    for i, (start, neg_len, neg_exact, metric_id) in enumerate(hits):
        if start < end:
            continue
        rivals = {h[3] for h in hits[i:] if h[:3] == (start, neg_len, neg_exact)}
        if len(rivals) == 1 and (not out or out[-1] != metric_id):
            out.append(metric_id)
        end = start - neg_len
    return out


# ----------------------------------------------------------------------------------------------------------
# the catalog


class Catalog:
    """Validated metrics, entities and terms, with the metric and entity matchers."""

    def __init__(self, metrics: dict[str, Metric], entities: dict[str, Entity], terms: dict[str, Term],
                 directory: Path | None = None, deictic: Iterable[str] = ()):
        """Index the aliases; use :func:`load_catalog` rather than calling this directly."""
        self.metrics = metrics
        self.entities = entities
        self.terms = terms
        self.directory = directory
        self.deictic = tuple(deictic)
        entries = [(a, ("m", m.id)) for m in metrics.values() for a in dict.fromkeys((m.name_zh, *m.aliases_zh))]
        entries += [(q, ("q", m.id)) for m in metrics.values() for q in m.qualifiers_zh]
        entries += [(a, ("e", e.id)) for e in entities.values() for a in dict.fromkeys((e.name_zh, *e.aliases_zh))]
        entries += [(a, ("e", DEICTIC)) for a in self.deictic]
        self._index = _AliasIndex(entries)
        self._quals = {m.id for m in metrics.values() if m.qualifiers_zh}
        self._cands: dict[tuple, frozenset[str]] = {}
        self._report: _Report | None = None

    def __repr__(self) -> str:
        return (f"Catalog({len(self.metrics)} metrics, {len(self.entities)} entities, "
                f"{len(self.terms)} terms from {self.directory})")

    def metric(self, metric_id: str) -> Metric:
        """The metric with this id (KeyError naming the id if unknown)."""
        try:
            return self.metrics[metric_id]
        except KeyError:
            raise KeyError(f"unknown metric id {metric_id!r}") from None

    def entity(self, entity_id: str) -> Entity:
        """The entity with this id (KeyError naming the id if unknown)."""
        try:
            return self.entities[entity_id]
        except KeyError:
            raise KeyError(f"unknown entity id {entity_id!r}") from None

    # -- metric matching -------------------------------------------------------------------------------

    def knows_measure(self, metric_id: str, measure_zh: str) -> bool:
        """True when the measure a sentence prints (``measure_zh``) names this metric: one of the metric's names
        lies inside its head, the words after its last 的 (荣获服务企业先进单位称号的单位 counts 单位, not 企业) unless
        those are a generic head (…的比重, …的总数); an alias with gaps, ``A…B``, when its parts do, in order."""
        head = measure_zh.rsplit("的", 1)[-1]
        if not head or head in load_meaning_rules().generic_heads:  # 研发投入占主营业务收入的比重: the whole phrase
            head = measure_zh
        measure = fold(normalize(head))
        met = self.metrics[metric_id]
        for alias in (met.name_zh, *met.aliases_zh):
            pos = 0
            for part in fold(normalize(alias)).split("…"):
                pos = measure.find(part, pos)
                if pos < 0:
                    break
                pos += len(part)
            else:
                return True
        return False

    def candidates(self, unit: str, kind: str | None) -> list[Metric]:
        """Metrics with this unit whose kind is compatible with the fact kind (see module docstring)."""
        return [self.metrics[i] for i in sorted(self._candidate_ids(unit, kind))]

    def _candidate_ids(self, unit: str, kind: str | None, classifier: str = "") -> frozenset[str]:
        """Ids of :meth:`candidates` (memoised per unit and kind; ValueError for an unknown unit or kind).

        ``classifier``: the measure word written with a count ("232条"). A metric with ``classifiers_zh`` is a
        candidate only for those measure words: projects are counted in 个/项, so "招商引资项目232条" are leads
        and "20多次提到…项目" is not a project count.
        """
        if classifier:
            key = (unit, kind, classifier)
            if key not in self._cands:
                base = self._candidate_ids(unit, kind)
                self._cands[key] = frozenset(
                    i for i in base if not self.metrics[i].classifiers_zh or classifier in self.metrics[i].classifiers_zh)
            return self._cands[key]
        key = (unit, kind)
        if key not in self._cands:
            if unit not in UNITS:
                raise ValueError(f"unknown unit {unit!r}; expected one of {sorted(UNITS)}")
            if kind is not None and kind not in FACT_KINDS:
                raise ValueError(f"unknown kind {kind!r}; expected one of {FACT_KINDS}")
            allowed = KIND_COMPATIBLE.get(kind) if kind else None
            self._cands[key] = frozenset(m.id for m in self.metrics.values()
                                         if m.unit == unit and (allowed is None or m.kind in allowed))
        return self._cands[key]

    def _view(self, text: str, at: int | None = None) -> tuple[_Scan, int, int]:
        """(scan, start, end) of ``text`` normalised: a stretch of the prepared report's scan when ``text`` is the
        report's text at offset ``at``, else the scan of the normalised text itself (the same hits either way)."""
        view = None if self._report is None else self._report.view(text, at)
        if view is not None:
            return view
        norm = normalize(text)
        return self._index.scanned(norm), 0, len(norm)

    def _qualifier(self, metric_id: str, view: tuple[_Scan, int, int]) -> tuple[int, int] | None:
        """(end, length) of the nearest qualifier in a stretch, the longest of those ending there (市重点项目 is more
        specific than 重点项目); :data:`NO_QUALIFIER` if the metric has none; None if required but absent."""
        if metric_id not in self._quals:
            return NO_QUALIFIER
        scan, a, b = view
        key = ("q", metric_id)
        return _last_end((s - a, n) for s, n, k in scan.inside(a, b) if k == key)

    def rank_metrics(self, context: str, unit: str, kind: str | None = None, after: str = "",
                     classifier: str = "", at: tuple[int, int] | None = None) -> list[tuple[str, tuple]]:
        """All matching metrics with their scores, best first, from the first stage that matched.

        ``at``: the offsets of ``context`` and ``after`` in the report given to :meth:`prepare`, when they are
        stretches of it; they are then looked up in its one scan (the answer is the same).
        """
        cands = self._candidate_ids(unit, kind, classifier)
        ctx_at, aft_at = at if at is not None else (None, None)
        ctx, aft = self._view(context, ctx_at), self._view(after, aft_at)
        scan, a, b = ctx
        ends = scan.clause_ends
        i = bisect_left(ends, b)
        local = ends[i - 1] + 1 if i and ends[i - 1] >= a else a  # after the last clause punctuation
        ascan, c, d = aft
        m = _PHRASE_END.search(ascan.text, c, d)
        stages = (("local", scan, local, b), ("phrase", ascan, c, m.start() if m else d),
                  ("before", scan, a, b), ("after", ascan, c, d))
        for stage, sc, s, e in stages:
            scored = []
            for metric_id, hit in self._stage_hits(stage, sc, s, e, cands).items():
                metric = self.metrics[metric_id]
                if metric_id not in self._quals:
                    qual = NO_QUALIFIER
                else:
                    qual = self._qualifier(metric_id, ctx) if stage in ("local", "before") else None
                    qual = qual if qual is not None else self._phrase_qualifier(metric_id, ctx, aft)
                    if qual is None:
                        continue
                scored.append((metric_id, (hit[0], hit[1], int(metric.kind == kind), qual)))
            if scored:
                return sorted(scored, key=lambda s: (s[1], s[0]), reverse=True)
        return []

    def _stage_hits(self, stage: str, scan: _Scan, s: int, e: int, cands: frozenset[str]) -> dict[str, tuple[int, int]]:
        """{metric id: (position, length)} of each candidate's best alias in one stage, the stretch
        ``scan.text[s:e]`` (larger position is better; position and offsets count from ``s``).

        "phrase" and "after": the alias starting first (then the longest). "local" and "before": the alias
        ending last (then the longest) that no other number counts ("3个|主导产业"); in "local" it must end
        after the last 、, and a ``count_flow`` metric's alias must not be followed by a total cue (总数 ...).
        """
        text, best = scan.text, {}
        earliest = stage in ("phrase", "after")
        for start, n, key in scan.inside(s, e):
            if key[0] != "m" or key[1] not in cands:
                continue
            if earliest:
                hit = (s - start, n)
            elif _counted(text, start, s):
                continue
            else:
                hit = (start + n - s, n)
            if key[1] not in best or hit > best[key[1]]:
                best[key[1]] = hit
        if earliest:
            return best
        last_item = text.rfind("、", s, e) - s if stage == "local" else -1
        return {metric_id: hit for metric_id, hit in best.items() if hit[0] > last_item and not (
            self.metrics[metric_id].kind == "count_flow" and _TOTAL_CUE.search(text, s + hit[0], e))}

    def _phrase_qualifier(self, metric_id: str, ctx, aft) -> tuple[int, int] | None:
        """:meth:`_qualifier` in the context followed by the noun phrase after the number (up to
        :data:`_QUAL_PHRASE_END`); ``ctx`` and ``aft`` are views (see :meth:`_view`)."""
        ascan, c, d = aft
        m = _QUAL_PHRASE_END.search(ascan.text, c, d)
        end = m.start() if m else d
        if end == c:  # no phrase
            return self._qualifier(metric_id, ctx)
        scan, a, b = ctx
        joined = scan.text[a:b] + ascan.text[c:end]
        return self._qualifier(metric_id, (self._index.scanned(joined), 0, len(joined)))

    def match_metric(self, context: str, unit: str, kind: str | None = None, after: str = "",
                     classifier: str = "", at: tuple[int, int] | None = None) -> str | None:
        """The metric measured by a number, from the text before it (and optionally after it).

        ``context``: clause text immediately before the number; ``after``: text right after the number and
        its unit; ``unit``: the fact's canonical unit; ``kind``: the fact's kind or None; ``at``: see
        :meth:`rank_metrics`. Returns None when nothing matches or two metrics tie (ambiguous). The full rule is
        in the module docstring.
        """
        ranked = self.rank_metrics(context, unit, kind, after, classifier, at)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def match_metric_sequence(self, context: str, unit: str, kind: str | None = None,
                              at: int | None = None) -> list[str]:
        """Metrics named one after another in ``context`` (left to right, longest alias per span).

        For "A和B分别增长x%、y%" lists: returns [A, B]. Overlapping alias hits keep the longest; a span
        claimed equally by two metrics is skipped; repeats of the same metric in a row are collapsed.
        ``at``: the offset of ``context`` in the prepared report (see :meth:`rank_metrics`).
        """
        view = self._view(context, at)
        cands = self._candidate_ids(unit, kind)
        hits = []
        for key, spans in view[0].keyed(view[1], view[2]).items():
            if key[0] != "m" or key[1] not in cands or self._qualifier(key[1], view) is None:
                continue
            mk = int(self.metrics[key[1]].kind == kind)
            hits += [(start, -length, -mk, key[1]) for start, length in spans]
        return _greedy_sequence(sorted(hits))

    # -- entities ----------------------------------------------------------------------------------------

    def match_entity(self, context: str) -> str | None:
        """The entity whose alias ends closest to the end of ``context`` (longest alias wins ties).

        Words that name whichever zone a report is about (``deictic_zh``: 该区, 全区 ...) are not entities.
        """
        scan, a, b = self._view(context)
        best: tuple[tuple[int, int], str] | None = None
        for key, spans in scan.keyed(a, b).items():
            if key[0] != "e" or key[1] == DEICTIC:
                continue
            hit = _last_end(spans)
            if hit is not None and (best is None or (hit, key[1]) > best):
                best = (hit, key[1])
        return None if best is None else best[1]

    def prepare(self, text: str | None) -> None:
        """Scan a whole report once, so that questions about stretches of it that pass their offset (``at``) are
        answered from that scan (None: forget it)."""
        self._index.forget()
        self._report = None if text is None else _Report.build(self._index, text)

    def metric_alias_starts(self, text: str, within: int = 2, at: int | None = None) -> bool:
        """True if some metric alias starts in the first ``within`` + 1 characters of ``text`` (normalised);
        ``at``: the offset of ``text`` in the prepared report (see :meth:`rank_metrics`)."""
        scan, a, b = self._view(text, at)
        for key, spans in scan.keyed(a, b).items():
            if key[0] == "m" and any(st <= within for st, _ in spans):
                return True
        return False

    def entity_mentions(self, text: str, at: int | None = None) -> list[tuple[int, int, str]]:
        """Non-overlapping entity mentions in ``text`` as (start, end, entity id), left to right, longest first.

        Offsets are into ``text`` itself (only brackets and case are folded, which keeps lengths), so the
        caller can look at the words around a mention. A deictic word (该区, 全区) has the id :data:`DEICTIC`.
        ``at``: the offset of ``text`` in the prepared report (see :meth:`rank_metrics`).
        """
        report = self._report
        if report is not None and report.holds(text, at):
            return report.folded.entity_mentions(at, at + len(text))
        folded = fold(text)
        if len(folded) != len(text):  # case folding changed lengths: the text itself is scanned
            folded = text
        return self._index.scanned(folded).entity_mentions(0, len(folded))

    def canonical_entity(self, name: str) -> str:
        """The entity id for an id, name_zh, name_en or alias written exactly (KeyError if unknown)."""
        key = normalize(name)
        for e in self.entities.values():
            names = (e.id, e.name_en, e.name_zh, *e.aliases_zh)
            if key in {normalize(n) for n in names}:
                return e.id
        raise KeyError(f"unknown entity {name!r}")


# ----------------------------------------------------------------------------------------------------------
# loading and validation


class _Map(dict):
    """A YAML mapping that remembers the line it starts on."""

    line: int = 0


class _Loader(yaml.SafeLoader):
    """SafeLoader that records mapping lines and rejects duplicate keys."""


def _construct_map(loader: _Loader, node: yaml.MappingNode):
    """Build a :class:`_Map`, failing on a duplicate key with its line."""
    data = _Map()
    data.line = node.start_mark.line + 1
    yield data
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    data.update(loader.construct_mapping(node))


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_FAST_LOADER = yamlio.fast_loader(_Loader)  # libyaml parses; _Loader reports any syntax error


def _read_yaml(path: Path, key: str) -> list:
    """The list under ``key`` in a YAML file; CatalogError with file and line on any problem."""
    if not path.is_file():
        raise CatalogError(f"{path}: catalog file not found")
    try:
        data = yamlio.safe_load(path.read_text(encoding="utf-8"), _Loader, _FAST_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise CatalogError(f"{where}: YAML syntax error: {problem}") from exc
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise CatalogError(f"{path}: expected a top-level key {key!r} holding a list")
    return data[key]


def _where(path: Path, item) -> str:
    """'file:line' for an item read by :func:`_read_yaml`."""
    return f"{path}:{getattr(item, 'line', '?')}"


def _check_fields(item, required, optional, where: str) -> list[str]:
    """Errors for a non-mapping item, missing/empty required fields and unknown fields."""
    if not isinstance(item, dict):
        return [f"{where}: expected a mapping, got {type(item).__name__}"]
    errors = [f"{where}: missing field {f!r}" for f in required if item.get(f) in (None, "", [])]
    errors += [f"{where}: unknown field {f!r}" for f in item if f not in required and f not in optional]
    for f in required:
        if f != "aliases_zh" and item.get(f) not in (None, "") and not isinstance(item[f], str):
            errors.append(f"{where}: field {f!r} must be a string, got {item[f]!r}")
    return errors


def _check_aliases(item, field: str, where: str) -> list[str]:
    """Errors for an alias list that is not a list of non-empty, distinct strings."""
    aliases = item.get(field, [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        return [f"{where}: {field} must be a list of non-empty strings, got {aliases!r}"]
    errors = [f"{where}: {field} lists {a!r} twice" for a in set(aliases) if aliases.count(a) > 1]
    errors += [f"{where}: alias {a!r} starts or ends with the gap {GAP!r}" for a in aliases
               if a.startswith(GAP) or a.endswith(GAP)]
    return errors


def _suffix_of(metric_id: str) -> str | None:
    """The unit whose suffix ``metric_id`` ends with (longest suffix), or None."""
    units = [u for u, s in UNITS.items() if metric_id.endswith(s)]
    return max(units, key=lambda u: len(UNITS[u])) if units else None


def _check_metric(item, where: str) -> list[str]:
    """Field, id, unit, kind and alias errors of one metric."""
    errors = _check_fields(item, METRIC_FIELDS, METRIC_OPTIONAL, where)
    if errors:
        return errors
    mid, unit, kind = item["id"], item["unit"], item["kind"]
    if not SNAKE_CASE.match(mid):
        errors.append(f"{where}: metric id {mid!r} is not snake_case")
    if unit not in UNITS:
        errors.append(f"{where}: metric {mid!r} has unknown unit {unit!r}; expected one of {sorted(UNITS)}")
    elif not mid.endswith(UNITS[unit]):
        has = _suffix_of(mid)
        hint = f"ends with {UNITS[has]!r} (unit {has})" if has else "has no unit suffix"
        errors.append(f"{where}: metric id {mid!r} {hint} but its unit is {unit!r} (needs {UNITS[unit]!r})")
    if kind not in KINDS:
        errors.append(f"{where}: metric {mid!r} has unknown kind {kind!r}; expected one of {KINDS}"
                      + (" (target/plan are fact kinds, not metric kinds)" if kind in FACT_KINDS else ""))
    elif unit in UNITS and kind not in UNIT_KINDS[unit]:
        errors.append(f"{where}: metric {mid!r}: kind {kind!r} does not fit unit {unit!r} "
                      f"(allowed: {UNIT_KINDS[unit]})")
    return errors + _check_aliases(item, "aliases_zh", where) + _check_aliases(item, "qualifiers_zh", where) \
        + _check_aliases(item, "classifiers_zh", where)


def _load_metrics(path: Path) -> tuple[dict[str, Metric], list[str]]:
    """Metrics from metrics.yml and the validation errors found."""
    metrics, errors = {}, []
    for item in _read_yaml(path, "metrics"):
        where = _where(path, item)
        problems = _check_metric(item, where)
        errors += problems
        if problems:
            continue
        if item["id"] in metrics:
            errors.append(f"{where}: duplicate metric id {item['id']!r}")
            continue
        metrics[item["id"]] = Metric(
            id=item["id"], name_en=item["name_en"], name_zh=item["name_zh"],
            aliases_zh=tuple(item["aliases_zh"]), unit=item["unit"], kind=item["kind"],
            description=item["description"], qualifiers_zh=tuple(item.get("qualifiers_zh", ())),
            classifiers_zh=tuple(item.get("classifiers_zh", ())))
    return metrics, errors


def _check_entity(item, where: str) -> list[str]:
    """Field, id, type and alias errors of one entity."""
    errors = _check_fields(item, ENTITY_FIELDS, ENTITY_OPTIONAL, where)
    if errors:
        return errors
    if not SNAKE_CASE.match(item["id"]):
        errors.append(f"{where}: entity id {item['id']!r} is not snake_case")
    if item["type"] not in ENTITY_TYPES:
        errors.append(f"{where}: entity {item['id']!r} has unknown type {item['type']!r}; "
                      f"expected one of {ENTITY_TYPES}")
    for v in item.get("variants") or ():
        unknown = sorted(map(str, set(v) - VARIANT_KEYS)) if isinstance(v, dict) else ["(not a mapping)"]
        if unknown or not isinstance(v, dict) or not v.get("written"):
            # (a note with a comma, unquoted in a {…} mapping, is cut there and its rest read as a key)
            errors.append(f"{where}: entity {item['id']!r} variant {v!r}: needs 'written' and only "
                          f"{sorted(VARIANT_KEYS)}, not {unknown} (quote a note that has a comma)")
    return errors + _check_aliases(item, "aliases_zh", where) + _check_aliases(item, "same_body_as", where)


def _entity_from(item) -> Entity:
    """An :class:`Entity` from a validated mapping."""
    return Entity(id=item["id"], name_en=item["name_en"], name_zh=item["name_zh"],
                  aliases_zh=tuple(item["aliases_zh"]), type=item["type"],
                  same_body_as=tuple(item.get("same_body_as", ())), part_of=item.get("part_of"),
                  note=item.get("note") or "", variants=tuple(item.get("variants") or ()))


def _alias_clashes(path: Path, items: list) -> list[str]:
    """Errors for an alias (or name_zh) claimed by two different entities."""
    owner: dict[str, tuple[str, str]] = {}
    errors = []
    for item in items:
        for alias in {item["name_zh"], *item["aliases_zh"]}:
            key = normalize(alias)
            prev = owner.setdefault(key, (item["id"], _where(path, item)))
            if prev[0] != item["id"]:
                errors.append(f"{_where(path, item)}: alias {alias!r} of entity {item['id']!r} is already "
                              f"claimed by entity {prev[0]!r} ({prev[1]})")
    return errors


def _load_entities(path: Path) -> tuple[dict[str, Entity], list[str]]:
    """Entities from entities.yml and the validation errors found."""
    entities, errors, good = {}, [], []
    for item in _read_yaml(path, "entities"):
        where = _where(path, item)
        problems = _check_entity(item, where)
        if not problems and item["id"] in entities:
            problems = [f"{where}: duplicate entity id {item['id']!r}"]
        errors += problems
        if not problems:
            entities[item["id"]] = _entity_from(item)
            good.append(item)
    errors += _alias_clashes(path, good)
    for item in good:
        refs = [item.get("part_of")] + list(item.get("same_body_as", []))
        errors += [f"{_where(path, item)}: entity {item['id']!r} refers to unknown entity {r!r}"
                   for r in refs if r is not None and r not in entities]
    return entities, errors


def _load_terms(path: Path) -> tuple[dict[str, Term], list[str]]:
    """Terms from terms.yml and the validation errors found."""
    terms, errors = {}, []
    for item in _read_yaml(path, "terms"):
        where = _where(path, item)
        problems = _check_fields(item, TERM_FIELDS, TERM_OPTIONAL, where)
        problems = problems or _check_aliases(item, "aliases_zh", where)
        if not problems and item["term_zh"] in terms:
            problems = [f"{where}: duplicate term {item['term_zh']!r}"]
        errors += problems
        if not problems:
            terms[item["term_zh"]] = Term(item["term_zh"], item["term_en"], item["explanation"],
                                          tuple(item.get("aliases_zh", ())))
    return terms, errors


def default_catalog_dir() -> Path:
    """``reportfacts.core.paths.CATALOG_DIR`` if available, else ``<repo>/data/catalog`` from this file."""
    try:
        from ..core.paths import CATALOG_DIR
    except ImportError:
        return Path(__file__).resolve().parent.parent.parent / "data" / "catalog"
    return Path(CATALOG_DIR)


_LOADED: dict[tuple, Catalog] = {}
CATALOG_FILES = ("metrics.yml", "entities.yml", "terms.yml")


def load_catalog(catalog_dir: str | Path | None = None) -> Catalog:
    """The validated catalog of ``catalog_dir``, loaded once per process while its files are unchanged."""
    directory = (Path(catalog_dir) if catalog_dir is not None else default_catalog_dir()).resolve()
    stamp = (directory,) + tuple((p.stat().st_mtime_ns, p.stat().st_size) if p.exists() else None
                                 for p in (directory / name for name in CATALOG_FILES))
    if stamp not in _LOADED:
        _LOADED.clear()
        _LOADED[stamp] = catalog = _read_catalog(directory)
        # the segmenter knows the catalog's names from the moment the catalog is loaded, so a report is read the
        # same (its headline's subject too) whether it is the first read in a process or not
        add_names(a for e in catalog.entities.values() for a in (e.name_zh, *e.aliases_zh))
    return _LOADED[stamp]


def _read_catalog(directory: Path) -> Catalog:
    """Load and validate metrics.yml, entities.yml and terms.yml; raise CatalogError listing every problem."""
    metrics, errors = _load_metrics(directory / "metrics.yml")
    entities, entity_errors = _load_entities(directory / "entities.yml")
    terms, term_errors = _load_terms(directory / "terms.yml")
    errors += entity_errors + term_errors
    if errors:
        raise CatalogError(f"invalid catalog in {directory} ({len(errors)} problem(s)):\n" + "\n".join(errors))
    return Catalog(metrics, entities, terms, directory, _load_deictic(directory / "entities.yml"))


def _load_deictic(path: Path) -> tuple[str, ...]:
    """The optional top-level ``deictic_zh`` list of entities.yml: words naming the zone a report is about."""
    data = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
    words = data.get("deictic_zh") or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise CatalogError(f"{path}: deictic_zh must be a list of non-empty strings, got {words!r}")
    return tuple(words)
