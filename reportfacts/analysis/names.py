"""Name variants: every name the reports print, with near-identical forms clustered (``name_variants.csv``).

The names are the catalog's aliases (and typo/OCR forms) found in the clean texts and every ``subject_zh`` the
meaning step read from a sentence (facts.csv). Two forms are linked when rapidfuzz finds them one edit apart, two
neighbouring characters swapped, or equal once look-alike (OCR) and sound-alike characters are made one; the
clusters are the connected components. Thresholds and character tables are data (``data/catalog/name_variants.yml``):
nothing here knows a name of the corpus. The catalog's own typo/OCR variants are a check on the clusters
(:func:`missed_catalog_variants`), not their source.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR, resolve

RULES_FILE = CATALOG_DIR / "name_variants.yml"
COLUMNS = ["cluster_id", "form", "differs_by", "report_ids", "occurrences", "in_catalog", "entity_id", "status"]
BAD_STATUSES = ("catalog_variant", "new_variant")


def load_rules(path: str | Path | None = None) -> dict:
    """The thresholds and character tables of ``data/catalog/name_variants.yml``; a missing key stops naming it."""
    p = resolve(path) if path else RULES_FILE
    rules = yamlio.safe_load(p.read_text(encoding="utf-8")) or {}
    for key in ("min_similarity", "max_edits", "min_length", "transposition_min_length", "ocr_min_length"):
        if key not in rules:
            raise ValueError(f"{p.name}: missing key {key!r}")
    return rules


def _char_map(groups: Iterable[str]) -> dict[str, str]:
    """Each character of a group -> the group's first character."""
    return {c: g[0] for g in groups or () for c in g}


class Matcher:
    """Decides whether two printed names are one name written two ways, and how they differ."""

    def __init__(self, rules: dict):
        self.rules = rules
        self.look = _char_map(rules.get("ocr_confusions"))
        self.sound = _char_map(rules.get("homophones"))
        self.contrast = [set(g) for g in rules.get("contrast_sets") or ()]
        self.affixes = set(rules.get("affixes") or "")

    def norm(self, s: str, sound: bool = True) -> str:
        """``s`` with look-alike (and, with ``sound``, sound-alike) characters made one."""
        s = "".join(self.look.get(c, c) for c in s)
        return "".join(self.sound.get(c, c) for c in s) if sound else s

    def _contrasting(self, a: str, b: str) -> bool:
        """Some substituted pair of characters lies in one contrast set (一期/二期): two names, not two spellings."""
        for op in Levenshtein.editops(a, b):
            if op.tag == "replace":
                x, y = a[op.src_pos], b[op.dest_pos]
                if any(x in g and y in g for g in self.contrast):
                    return True
        return False

    def _affixed(self, a: str, b: str) -> bool:
        """One is the other with an affix character added at its start or end (焦作市 / 焦作市委)."""
        short, long_ = sorted((a, b), key=len)
        if len(long_) != len(short) + 1:
            return False
        return (long_.startswith(short) and long_[-1] in self.affixes) or \
            (long_.endswith(short) and long_[0] in self.affixes)

    def differs_by(self, a: str, b: str) -> str | None:
        """How ``b`` differs from ``a`` (ocr, homophone, transposition, edit), or None when they are two names."""
        r = self.rules
        if a == b:
            return "same"
        na, nb = self.norm(a), self.norm(b)
        short = min(len(a), len(b))
        if na == nb and short >= r["ocr_min_length"]:
            return "ocr" if self.norm(a, sound=False) == self.norm(b, sound=False) else "homophone"
        d = OSA.distance(na, nb)
        if d == 1 and len(na) == len(nb) and sorted(na) == sorted(nb) and short >= r["transposition_min_length"]:
            return "transposition"
        if d > r["max_edits"] or short < r["min_length"] or self._contrasting(na, nb) \
                or self._affixed(a, b):
            return None
        if 1 - d / max(len(na), len(nb)) < r["min_similarity"]:
            return None
        return "edit"

    def clusters(self, forms: list[str]) -> list[list[str]]:
        """Connected components of linked forms (each of at least two forms), candidates found with rapidfuzz."""
        forms = sorted(set(forms))
        normed = [self.norm(f) for f in forms]
        cutoff = max(1, int(self.rules["max_edits"]))
        dist = process.cdist(normed, normed, scorer=OSA.distance, score_cutoff=cutoff, workers=1)
        parent = list(range(len(forms)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i in range(len(forms)):
            for j in range(i + 1, len(forms)):
                if dist[i][j] <= cutoff and self.differs_by(forms[i], forms[j]):
                    parent[find(j)] = find(i)
        groups: dict[int, list[str]] = {}
        for i, f in enumerate(forms):
            groups.setdefault(find(i), []).append(f)
        return [g for g in groups.values() if len(g) > 1]


# --------------------------------------------------------------------------------------------- the names printed
def catalog_forms(entities: dict) -> dict[str, tuple[str, str]]:
    """Every form the catalog knows -> (entity id, status: name, or the variant's typo/ocr/short/registered)."""
    out: dict[str, tuple[str, str]] = {}
    for eid in sorted(entities):
        e = entities[eid]
        for a in (e.name_zh, *e.aliases_zh):
            out.setdefault(a, (eid, "name"))
        for v in e.variants or ():
            if v.get("written"):
                out[v["written"]] = (eid, v.get("status") or "name")
    return out


def collect_names(texts: dict[str, str], entities: dict, subjects: Iterable[str]) -> dict[str, dict[str, int]]:
    """Every name printed in the reports -> {report id: occurrences}: catalog forms found in the texts and every
    ``subject_zh`` (a name as a sentence prints it). Line breaks and spaces inside a name are ignored."""
    flat = {rid: "".join(t.split()) for rid, t in texts.items()}
    forms = set(catalog_forms(entities)) | {"".join(str(s).split()) for s in subjects if isinstance(s, str)}
    out = {}
    for form in sorted(f for f in forms if len(f) >= 2):
        hits = {rid: flat[rid].count(form) for rid in sorted(flat)}
        hits = {rid: n for rid, n in hits.items() if n}
        if hits:
            out[form] = hits
    return out


def _main_form(forms: list[str], names: dict, known: dict, entities: dict) -> str:
    """The form the others vary from: the catalog's entity name, else a correct catalog form, else the commonest."""
    def rank(f):
        eid, status = known.get(f, ("", ""))
        is_name = bool(eid) and entities[eid].name_zh == f
        correct = bool(eid) and status not in ("typo", "ocr")
        return (not is_name, not correct, -sum(names[f].values()), -len(f), f)
    return min(forms, key=rank)


def _status(form: str, main: str, known: dict) -> str:
    eid, status = known.get(form, ("", ""))
    main_eid = known.get(main, ("", ""))[0]
    if eid and main_eid and eid != main_eid:
        return "catalog_distinct"  # the catalog says these are two entities: not a variant
    if status in ("typo", "ocr"):
        return "catalog_variant"
    if eid:
        return "catalog_name"
    return "name" if form == main else "new_variant"


def variants_table(texts: dict[str, str], entities: dict, subjects: Iterable[str],
                   rules: dict | None = None) -> pd.DataFrame:
    """One row per form of every cluster of near-identical names, the cluster's main form first."""
    matcher = Matcher(rules if rules is not None else load_rules())
    names = collect_names(texts, entities, subjects)
    known = catalog_forms(entities)
    clusters = []
    for forms in matcher.clusters(list(names)):
        main = _main_form(forms, names, known, entities)
        rest = sorted((f for f in forms if f != main), key=lambda f: (-sum(names[f].values()), f))
        clusters.append([main, *rest])
    clusters.sort(key=lambda c: (-sum(sum(names[f].values()) for f in c), c[0]))
    rows = []
    for n, forms in enumerate(clusters, 1):
        for f in forms:
            rows.append({"cluster_id": f"N{n:03d}", "form": f,
                         "differs_by": "" if f == forms[0] else matcher.differs_by(forms[0], f) or "via_other_form",
                         "report_ids": ";".join(names[f]), "occurrences": sum(names[f].values()),
                         "in_catalog": f in known, "entity_id": known.get(f, ("", ""))[0],
                         "status": _status(f, forms[0], known)})
    return pd.DataFrame(rows, columns=COLUMNS)


def missed_catalog_variants(table: pd.DataFrame, texts: dict[str, str], entities: dict) -> list[str]:
    """The check: each catalog typo/OCR form printed in the reports must share a cluster with a correct form of its
    entity. Returns the forms that do not (empty when the clustering finds every one)."""
    names = collect_names(texts, entities, ())
    known = catalog_forms(entities)
    cluster_of = dict(zip(table["form"], table["cluster_id"]))
    missed = []
    for form, (eid, status) in sorted(known.items()):
        if status not in ("typo", "ocr") or form not in names:
            continue
        mates = set(table.loc[table["cluster_id"] == cluster_of.get(form, ""), "form"])
        if not any(known.get(m, ("", ""))[0] == eid and known[m][1] not in ("typo", "ocr") for m in mates):
            missed.append(form)
    return missed


def for_readers(table: pd.DataFrame) -> pd.DataFrame:
    """The clusters as the book shows them: cluster, form, how it differs, where it occurs (a list that wraps), how
    often and its status; the full table is name_variants.csv."""
    shown = table.assign(report_ids=table["report_ids"].str.replace(";", "; "))
    return shown[["cluster_id", "form", "differs_by", "report_ids", "occurrences", "status"]]


def counts(table: pd.DataFrame) -> dict[str, int]:
    """How many clusters, how many of them hold a slip or a misreading, and how many forms the catalog lacks."""
    slips = table[table["status"].isin(["catalog_variant", "new_variant"])]
    return {"n_name_clusters": table["cluster_id"].nunique(), "n_name_slips": slips["cluster_id"].nunique(),
            "n_new_variants": int((table["status"] == "new_variant").sum())}
