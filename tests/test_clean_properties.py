"""Property tests for reportfacts.text.clean: offsets, round trip, idempotency, sentence spans."""

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportfacts.text.clean import clean_text, simplified, split_paragraphs, split_sentences

# Characters the PDF texts are made of: CJK, Chinese punctuation, ASCII and full-width digits and
# letters, %/％/．, every kind of space and line break the cleaner has to handle.
ALPHABET = (
    "焦作高新区增长亿元万个位倍年月日同比第一二三"
    "，。；：！？、“”‘’（）《》——#■▶"
    "0123456789.%+-ABCxyz()|,:;!?"
    "０１２３４５６７８９．％ＡＢＣｘｙｚ"
    " \u3000\t\n\n\n\r\x0b\x0c\x85\u2028\xa0"
)
texts = st.text(alphabet=ALPHABET, max_size=300) | st.text(max_size=80)
# Multi-line documents built from lines, so that column-like layouts also get generated.
lines = st.text(alphabet=ALPHABET.replace("\n", ""), min_size=0, max_size=25)
documents = st.lists(lines, min_size=0, max_size=30).flatmap(
    lambda ls: st.sampled_from(["\n", "\n\n", "\n\n\n\n", "\r\n"]).map(lambda sep: sep.join(ls))
)
SETTINGS = settings(max_examples=200, deadline=1000, suppress_health_check=[HealthCheck.too_slow])


def check_offsets_and_round_trip(raw: str) -> None:
    """Offsets strictly increase, stay in range, and every clean char normalises from its raw char."""
    ct = clean_text(raw)
    assert ct.raw == raw
    assert len(ct.offsets) == len(ct.text)
    assert all(a < b for a, b in zip(ct.offsets, ct.offsets[1:]))
    assert all(0 <= o < len(raw) for o in ct.offsets)
    for ch, off in zip(ct.text, ct.offsets):
        src = raw[off]
        if ch in " \n":
            assert src.isspace()
        else:
            assert src == ch or unicodedata.normalize("NFKC", src) == ch or simplified(src) == ch
    for start in range(0, len(ct.text), 7):
        end = min(len(ct.text), start + 5)
        raw_start, raw_end = ct.raw_span(start, end)
        assert (raw_start, raw_end) == (ct.offsets[start], ct.offsets[end - 1] + 1)
    # the runs tile the clean text, and each is as long as it can be (the next run does not continue it)
    ends = [c + n for c, _, n in ct.runs]
    assert [c for c, _, _ in ct.runs] == ([0] + ends)[:len(ends)] and sum(n for _, _, n in ct.runs) == len(ct.text)
    assert all(n > 0 for _, _, n in ct.runs)
    assert all(r + n != r2 for (_, r, n), (_, r2, _) in zip(ct.runs, ct.runs[1:]))


@SETTINGS
@given(texts)
def test_offsets_and_round_trip_on_text(raw):
    check_offsets_and_round_trip(raw)


@SETTINGS
@given(documents)
def test_offsets_and_round_trip_on_documents(raw):
    check_offsets_and_round_trip(raw)


@SETTINGS
@given(texts | documents)
def test_cleaning_is_idempotent(raw):
    once = clean_text(raw).text
    assert clean_text(once).text == once


@SETTINGS
@given(texts | documents)
def test_clean_text_shape(raw):
    text = clean_text(raw).text
    assert text == text.strip()
    assert "\n\n\n" not in text
    for start, end in split_paragraphs(clean_text(raw)):
        para = text[start:end]
        assert para and para == para.strip() and "\n" not in para


@SETTINGS
@given(texts | documents)
def test_sentences_cover_non_space_text(raw):
    text = clean_text(raw).text
    spans = split_sentences(text)
    assert all(s < e for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())
