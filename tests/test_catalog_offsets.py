"""The catalog's answers by offset into a prepared report (``at=``) equal its answers for the strings alone.

Texts are made of catalog aliases (gaps filled in), clause and list punctuation, counted numbers, total cues and
the characters normalisation drops or folds, so that hits cross stretch ends, dropped characters and gaps.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportfacts.extract.catalog import DEICTIC, FACT_KINDS, GAP, UNITS, _AliasIndex, load_catalog, normalize

CAT = load_catalog()
ALIASES = sorted({a.replace(GAP, filler) for m in CAT.metrics.values()
                  for a in (m.name_zh, *m.aliases_zh, *m.qualifiers_zh) for filler in ("", "及其")}
                 | {a for e in CAT.entities.values() for a in (e.name_zh, *e.aliases_zh)} | set(CAT.deictic))
SPLIT = [a[:1] + drop + a[1:] for a in ALIASES if len(a) > 1 for drop in (" ", "的")]  # match normalised only
PIECES = ["，", "。", "、", "；", "：", "\n", " ", "的", "“", "”", "（", "）", "3个", "12家", "增长", "8%", "总数",
          "达到", "分别", "GDP", "Ab"]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def report_and_stretches(draw):
    parts = draw(st.lists(st.sampled_from(ALIASES) | st.sampled_from(SPLIT) | st.sampled_from(PIECES),
                          min_size=1, max_size=40))
    text = "".join(parts)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=4, max_size=4)))
    return text, cuts


@SETTINGS
@given(report_and_stretches(), st.sampled_from(sorted(UNITS)), st.sampled_from((None,) + FACT_KINDS),
       st.sampled_from(["", "个", "条", "家"]))
def test_answers_by_offset_equal_answers_for_the_strings(case, unit, kind, classifier):
    text, (a, b, c, d) = case
    context, after = text[a:b], text[c:d]
    plain = (CAT.rank_metrics(context, unit, kind, after, classifier), CAT.entity_mentions(text[a:d]),
             CAT.entity_mentions(text), CAT.metric_alias_starts(text[b:d]),
             CAT.match_metric_sequence(context, unit, kind))
    CAT.prepare(text)
    try:
        assert (CAT.rank_metrics(context, unit, kind, after, classifier, at=(a, c)),
                CAT.entity_mentions(text[a:d], at=a), CAT.entity_mentions(text, at=0),
                CAT.metric_alias_starts(text[b:d], at=b), CAT.match_metric_sequence(context, unit, kind, at=a)) \
            == plain
        # an offset where the string is not the report's text is ignored
        assert CAT.rank_metrics(context, unit, kind, after, classifier, at=(a + 1, c)) == plain[0]
    finally:
        CAT.prepare(None)


@pytest.mark.parametrize("text", [
    "Straße：高新技术企业达到18家，园区GDP增长5%。",  # case folding changes the length: the strings are scanned
    "焦作高新区（示范区）的“高新技术企业” 达到 18家，焦作市 高新技术企业增长 5%。",
])
def test_prepared_reports_answer_as_the_strings(text):
    i = text.index("18")
    plain = (CAT.rank_metrics(text[:i], "count", None, "家"), CAT.entity_mentions(text[3:30]))
    CAT.prepare(text)
    try:
        assert (CAT.rank_metrics(text[:i], "count", None, "家", at=(0, i + 2)),
                CAT.entity_mentions(text[3:30], at=3)) == plain
    finally:
        CAT.prepare(None)


def _entries(cat) -> list[tuple[str, tuple]]:
    """(alias, key) of every alias the catalog indexes, as :class:`Catalog` lists them."""
    out = [(a, ("m", m.id)) for m in cat.metrics.values() for a in (m.name_zh, *m.aliases_zh)]
    out += [(q, ("q", m.id)) for m in cat.metrics.values() for q in m.qualifiers_zh]
    out += [(a, ("e", e.id)) for e in cat.entities.values() for a in (e.name_zh, *e.aliases_zh)]
    return out + [(a, ("e", DEICTIC)) for a in cat.deictic]


def _plain_hits(entries, text: str) -> list[tuple[int, int, tuple]]:
    """Sorted (start, length, key) of every occurrence of every plain alias, found by trying each position."""
    found = set()
    for alias, key in entries:
        t = normalize(alias)
        if t and GAP not in t:
            found |= {(i, len(t), key) for i in range(len(text)) if text.startswith(t, i)}
    return sorted(found)


# one-character aliases, prefixes, overlaps, an alias shared by two keys or listed twice, a character outside the
# BMP, a lone surrogate and NUL, and aliases that are no plain hits (a gap alias, an alias normalised away)
TOY = [("a", ("m", "x")), ("ab", ("m", "y")), ("ab", ("e", "z")), ("ab", ("m", "y")), ("b", ("q", "x")),
       ("bab", ("m", "x")), ("😀b", ("e", "w")), ("\ud800\x00", ("m", "s")), ("a…c", ("m", "g")),
       ("的", ("m", "dropped"))]


@SETTINGS
@given(st.lists(st.sampled_from(ALIASES) | st.sampled_from(PIECES) | st.text(max_size=3), max_size=30))
def test_the_scan_finds_every_plain_alias_occurrence(parts):
    text = normalize("".join(parts))
    entries = _entries(CAT)
    assert CAT._index.hits(text) == _plain_hits(entries, text)


@SETTINGS
@given(st.text(alphabet="ab😀c的x\ud800\x00", max_size=30))
def test_overlapping_and_one_character_aliases_are_all_found(text):
    assert _AliasIndex(TOY).hits(text) == _plain_hits(TOY, text)
    assert _AliasIndex([]).hits(text) == _AliasIndex(TOY[-2:]).hits(text) == []
