"""Name variants (reportfacts.analysis.names): near-identical names clustered with rapidfuzz and the look-alike table, on
tiny inline lists; and, on the five reports, the catalog's typo/OCR forms found by the clustering."""

import json

import pandas as pd
import pytest

from reportfacts.analysis import names
from reportfacts.core.paths import INTERIM_DIR, PROCESSED_DIR
from reportfacts.extract.catalog import Entity, load_catalog

RULES = names.load_rules()
M = names.Matcher(RULES)


def together(forms):
    """The clusters of ``forms`` as sets."""
    return [set(c) for c in M.clusters(forms)]


def test_a_typo_pair_clusters():
    assert M.differs_by("天宝桓祥", "天宝恒祥") in ("homophone", "edit")
    assert {"天宝桓祥", "天宝恒祥"} in together(["天宝桓祥", "天宝恒祥", "蒙牛公司"])


def test_an_ocr_pair_clusters_and_is_named_ocr():
    assert M.differs_by("甲己公司", "甲已公司") == "ocr"
    assert M.differs_by("未来城", "末来城") == "ocr"
    assert M.differs_by("乙己", "乙巳") == "ocr"  # two characters: only a look-alike links them
    assert {"甲己公司", "甲已公司"} in together(["甲己公司", "甲已公司"])


def test_a_transposition_clusters():
    assert M.differs_by("明仁", "仁明") == "transposition"
    assert M.differs_by("明仁", "仁名") == "transposition"  # swapped, with a like-sounding character


@pytest.mark.parametrize("a, b", [
    ("焦作高新区", "焦作示范区"),        # two different bodies, two characters apart
    ("蒙牛一期项目", "蒙牛二期项目"),    # a number changed: another phase
    ("东区公园", "西区公园"),            # a direction changed
    ("焦作市", "焦作市委"),              # an affix: the city and its party committee
    ("高新区", "焦作高新区"),            # a fuller name is not a misspelling
    ("甲乙", "甲丙"),                    # two characters, one replaced: too short to tell
])
def test_different_names_do_not_cluster(a, b):
    assert M.differs_by(a, b) is None
    assert together([a, b]) == []


def test_no_names_no_clusters():
    assert M.clusters([]) == []
    t = names.variants_table({}, {}, [], RULES)
    assert t.empty and list(t.columns) == names.COLUMNS


def test_table_says_where_each_form_occurs_and_its_status():
    ents = {"co": Entity("co", "a company", "甲乙丙公司", ("甲乙丙公司", "乙丙公司", "乙丙"), "company",
                         variants=({"written": "乙丙公司", "status": "short"},
                                   {"written": "乙丙", "status": "short"}))}
    texts = {"a": "乙丙公司营收增长5%，乙丙公司\n扩产。", "b": "乙丙公可营收增长6%，戊已科技成立。",
             "c": "戊己科技成立，戊己科技扩产。"}
    t = names.variants_table(texts, ents, ["乙丙公可", "戊己科技", "戊已科技", "乙丙"], RULES)
    rows = {r["form"]: r for r in t.to_dict("records")}
    assert rows["乙丙公司"]["report_ids"] == "a" and rows["乙丙公司"]["occurrences"] == 2  # a line break inside
    assert rows["乙丙公可"]["status"] == "new_variant" and rows["乙丙公可"]["differs_by"] == "edit"
    assert rows["乙丙公可"]["in_catalog"] is False and rows["乙丙公司"]["status"] == "catalog_name"
    assert rows["戊己科技"]["status"] == "name" and rows["戊己科技"]["report_ids"] == "c"  # the commoner form leads
    assert rows["戊已科技"]["status"] == "new_variant" and rows["戊已科技"]["differs_by"] == "ocr"
    assert rows["戊已科技"]["report_ids"] == "b" and rows["戊已科技"]["occurrences"] == 1
    assert rows["乙丙公司"]["cluster_id"] == rows["乙丙公可"]["cluster_id"]
    main = t[t["cluster_id"] == rows["乙丙公可"]["cluster_id"]].iloc[0]
    assert main["form"] == "乙丙公司" and main["differs_by"] == ""  # the catalog's correct form leads


def test_two_catalog_entities_linked_are_flagged_distinct():
    ents = {"x": Entity("x", "x", "文昌街道", ("文昌街道",), "district"),
            "y": Entity("y", "y", "文苑街道", ("文苑街道",), "district")}
    t = names.variants_table({"a": "文昌街道和文苑街道"}, ents, [], RULES)
    assert set(t["status"]) == {"catalog_name", "catalog_distinct"}


def test_the_check_reports_a_catalog_variant_the_clusters_miss():
    ents = {"co": Entity("co", "co", "甲乙丙公司", ("甲乙丙公司", "丁戊"), "company",
                         variants=({"written": "丁戊", "status": "typo"},))}
    texts = {"a": "甲乙丙公司与丁戊"}
    t = names.variants_table(texts, ents, [], RULES)
    assert names.missed_catalog_variants(t, texts, ents) == ["丁戊"]


def _real_texts():
    out = {}
    for p in sorted((INTERIM_DIR / "clean").glob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        out[d["report_id"]] = d["text"]
    return out


def test_every_catalog_variant_printed_in_the_reports_is_clustered_with_its_name():
    texts = _real_texts()
    if not texts:
        pytest.skip("no clean texts (run make facts)")
    ents = load_catalog().entities
    facts = pd.read_csv(PROCESSED_DIR / "facts.csv", dtype=str, keep_default_na=False)
    t = names.variants_table(texts, ents, facts["subject_zh"], RULES)
    printed = names.collect_names(texts, ents, ())
    variants = [f for f, (_, s) in names.catalog_forms(ents).items() if s in ("typo", "ocr") and f in printed]
    assert variants, "the catalog records typo/OCR forms printed in the reports"
    assert names.missed_catalog_variants(t, texts, ents) == []
    committed = pd.read_csv(PROCESSED_DIR / "name_variants.csv", dtype=str, keep_default_na=False)
    assert set(variants) <= set(committed["form"])


def test_the_book_shows_the_clusters_with_wrapping_report_lists_and_counts_them():
    from reportfacts.analysis.names import counts, for_readers
    table = pd.DataFrame({"cluster_id": ["N001", "N001", "N002", "N002"], "form": ["明仁", "仁名", "甲区", "乙区"],
                          "differs_by": ["", "transposition", "", "ocr"], "report_ids": ["a;b", "b", "a", "b"],
                          "occurrences": [3, 1, 1, 1], "in_catalog": [True, True, False, False],
                          "entity_id": ["m", "m", "", ""],
                          "status": ["catalog_name", "catalog_variant", "name", "new_variant"]})
    assert list(for_readers(table)["report_ids"]) == ["a; b", "b", "a", "b"]
    assert counts(table) == {"n_name_clusters": 2, "n_name_slips": 2, "n_new_variants": 1}
