"""Extraction: whose figure a fact is (the subject: the report's main subject, or a named body that owns it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR
from reportfacts.extract.catalog import DEICTIC
from reportfacts.extract.meaning import SPOKESMAN_RE, load_meaning_rules
from reportfacts.extract.mentions import CLAUSE_RE, Mention


# ----------------------------------------------------------------------------------------------- subjects
@dataclass(frozen=True)
class SubjectRules:
    """Compiled ``subject`` rules of extraction_rules.yml (when a named body owns a figure)."""

    object_before: re.Pattern
    not_owner_after: re.Pattern
    topic_prefix: re.Pattern
    topic_opener: re.Pattern  # the same words opening a clause (其中，项目投资拉动作用明显)
    area_types: frozenset
    attributive: re.Pattern


@lru_cache(maxsize=2)
def load_subject_rules(path: str | None = None) -> SubjectRules:
    """Load and compile the subject rules."""
    doc = yamlio.safe_load(Path(path or CATALOG_DIR / "extraction_rules.yml").read_text(encoding="utf-8"))["subject"]
    source = load_meaning_rules().source_verb_re.pattern  # 科技部通报了…: a name before a verb of reporting is a source
    source += f"|{SPOKESMAN_RE.pattern}"  # so is one its officer speaks for (科技部火炬中心副主任李有平介绍，)
    return SubjectRules(re.compile(f"(?:{doc['object_before']})\\Z"), re.compile(f"{doc['not_owner_after']}|{source}"),
                        re.compile(f"(?:{doc['topic_prefix']})\\Z"), re.compile(f"\\A(?:{doc['topic_prefix']})[，,]?"),
                        frozenset(doc["area_types"]),
                        re.compile(doc["attributive_after_number"]))


def main_subject(text: str, catalog) -> tuple[str, str]:
    """The report's main body and its most frequent written form: the zone the report names most often
    (ties: the one named first), or ("", "") without a catalog or a named zone."""
    if catalog is None:
        return "", ""
    from collections import Counter
    count, first, written = Counter(), {}, {}
    for s, e, eid in catalog.entity_mentions(text, at=0):
        if eid == DEICTIC or catalog.entities[eid].type != "zone":
            continue
        count[eid] += 1
        first.setdefault(eid, s)
        written.setdefault(eid, Counter())[text[s:e]] += 1
    if not count:
        return "", ""
    best = min(count, key=lambda eid: (-count[eid], first[eid]))
    return best, written[best].most_common(1)[0][0]


def own_body(printed: str, catalog) -> str:
    """The report's subject as printed (sources.yml ``subject``) when it is a body the catalog does not know but
    ends with one of its generic names (洛阳高新区 ends with 高新区, an alias of the seeds' zone): that body is the
    report's main subject, and its generic name in the text stands for it, not for the catalog's entity
    (issue 18). "" otherwise (a catalog name, or a name that starts with one, keeps the catalog's reading)."""
    if catalog is None or not printed:
        return ""
    try:
        catalog.canonical_entity(printed)
        return ""
    except KeyError:
        pass
    found = [(a, b) for a, b, eid in catalog.entity_mentions(printed, at=0) if eid != DEICTIC]
    if not found or any(a == 0 for a, _ in found) or not any(b == len(printed) for _, b in found):
        return ""
    return printed


class SubjectResolver:
    """Decides the subject of each figure of one report (see :meth:`subject`)."""

    def __init__(self, text: str, catalog, spans_of, printed: str = ""):
        self.text, self.catalog, self.spans_of = text, catalog, spans_of
        self.own = own_body(printed, catalog)
        self.body, self.body_written = (self.own, self.own) if self.own else main_subject(text, catalog)
        self.rules = load_subject_rules() if catalog is not None else None
        self._mentions: dict[int, list] = {}
        self._topic_owners: dict[int, bool] = {}

    def _sentence_mentions(self, ss: int, se: int) -> list[tuple[int, int, str]]:
        """Entity mentions of the sentence [ss, se) in clean offsets (memoised per sentence)."""
        if ss not in self._mentions:
            self._mentions[ss] = [(ss + a, ss + b, eid) for a, b, eid in
                                  self.catalog.entity_mentions(self.text[ss:se], at=ss)]
        return self._mentions[ss]

    def _owner(self, s: int, e: int, eid: str, clause_start: int, limit: int, ms) -> bool:
        """True if the mention [s, e) is the grammatical owner of what follows it (not an object, a list
        item, a modifier of another name, or a scope such as 全市第一)."""
        text, r = self.text, self.rules
        if r.object_before.search(text, max(clause_start, s - 4), s) or \
                r.not_owner_after.match(text, e) or any(o[0] == e for o in ms):
            return False
        if self._area(eid):
            return not any(o[1] == s for o in ms) and \
                self.catalog.metric_alias_starts(text[e: min(limit, e + 14)], at=e)
        return True

    def subject(self, m: Mention) -> tuple[str, str]:
        """(entity id, written form) of the body a figure is about.

        1. "总投资15亿元的蒙牛四期工厂": a name right after "<figure>的" owns the figure.
        2. Else the last owning name before the figure in its own clause.
        3. Else a name in topic position (opening an earlier clause of the same sentence) carries over.
        4. Else the report's main body, with an empty written form (the figure names no body).
        A deictic word (该区, 全区) stands for the main body.
        """
        if self.catalog is None:
            return "", ""
        text, r = self.text, self.rules
        sp = self.spans_of(m)
        (cs, ce), (ss, se) = sp["clause"], sp["sentence"]
        ms = self._sentence_mentions(ss, se)
        end = m.unit.end
        if r.attributive.match(text, end):
            for s, e, eid in ms:
                if s == end + 1:
                    return self._resolve(eid, s, e)
        best = None
        for s, e, eid in ms:
            if s < m.start and e >= end:
                return self._resolve(eid, s, e)  # the figure is part of the name (年产1万台…项目)
            if s >= m.start:
                break
            if s >= cs and self._owner(s, e, eid, cs, m.start, ms):
                best = (eid, s, e)
            elif s < cs and self._topic_owner(s, e, eid, ss, ms):
                best = best if best and best[1] >= cs else (eid, s, e)
        return self._resolve(*best) if best else (self.body, "")

    def _area(self, eid: str) -> bool:
        """True for an administrative area (city, province, country): a scope unless it owns a metric."""
        return eid != DEICTIC and self.catalog.entities[eid].type in self.rules.area_types

    def _topic_owner(self, s: int, e: int, eid: str, ss: int, ms) -> bool:
        """True if the mention [s, e) of the sentence starting at ``ss`` is a name in topic position that owns
        what follows (rule 3 of :meth:`subject`); memoised per mention, as it does not depend on the figure."""
        got = self._topic_owners.get(s)
        if got is None:
            got = self._topic_owners[s] = not self._area(eid) and self._topic(s, ss) and \
                self._owner(s, e, eid, ss, s + 14, ms)
        return got

    def _topic(self, s: int, ss: int) -> bool:
        """True if the mention at ``s`` opens its clause (only period or linking words before it)."""
        bounds = [x.end() for x in CLAUSE_RE.finditer(self.text, ss, s)]
        start = bounds[-1] if bounds else ss
        return self.rules.topic_prefix.match(self.text[start:s]) is not None

    def _resolve(self, eid: str, s: int, e: int) -> tuple[str, str]:
        if self.own and self.own.endswith(self.text[s:e]):  # 洛阳高新区, 高新区: the report's own body
            return self.own, self.text[s:e]
        return (self.body if eid == DEICTIC else eid), self.text[s:e]
