"""The search index's words: the dictionary words inside a longer word, and 前N as one word."""

from reportfacts.publish.sphinx_publish import split_with_subwords, subwords

KNOWN = {"国家": 5, "高新技术企业": 3, "高新技术": 4, "企业": 9, "技术": 8, "高新": 2, "新技": 0}


def test_a_long_word_is_also_indexed_by_the_words_inside_it():
    assert subwords("国家高新技术企业", KNOWN) == ["高新技术企业", "高新技术", "国家", "高新", "技术", "企业"]
    assert "新技" not in subwords("国家高新技术企业", KNOWN)  # frequency 0: not a word
    assert subwords("企业", KNOWN) == []


def test_rank_bands_are_one_word_and_short_words_are_left_alone():
    words = split_with_subwords(["进入", "前", "100", "名", "国家高新技术企业"], "进入前100名的国家高新技术企业", KNOWN)
    assert "前100" in words and "高新技术企业" in words and words[:5] == ["进入", "前", "100", "名", "国家高新技术企业"]
