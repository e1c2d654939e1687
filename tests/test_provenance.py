"""Span-level provenance: escaped report text with every fact's span marked, and links from tables to it."""

import html
import re

import pandas as pd
import pytest

from reportfacts.analysis import labels
from reportfacts.publish import display, provenance, report
from reportfacts.publish.provenance import Span
from reportfacts.text import sources


def test_fact_link_is_relative_to_the_report_page():
    assert provenance.fact_link("plan2021-007", "plan2021") == "report_plan2021.html#fact-plan2021-007"
    assert provenance.fact_link("plan2021-007") == "report_plan2021.html#fact-plan2021-007"
    with pytest.raises(ValueError, match="not of the form"):
        provenance.report_of("nonsense")


def test_highlight_wraps_each_span_and_keeps_paragraphs():
    text = "增长13.8%、98.2%。\n\n第二段12家。"
    spans = [Span(2, 7, "r-001", "句子一"), Span(8, 13, "r-002", "句子一"), Span(19, 22, "r-003", "句子二")]
    out = provenance.highlight(text, spans)
    assert '<mark id="fact-r-001" class="rf-fact" title="句子一">13.8%</mark>' in out
    assert '<mark id="fact-r-003" class="rf-fact" title="句子二">12家</mark>' in out
    assert out.count("</p>\n<p>") == 1
    assert re.sub(r"<[^>]+>", "", out.split("</style>", 1)[1]).replace("\n", "") == text.replace("\n", "")


def test_report_text_and_sentences_are_escaped():
    text = '<script>alert("x")</script> 5家 & more'
    out = provenance.highlight(text, [Span(29, 31, "r-001", '<b onmouseover="x">')])
    body = out.split("</style>", 1)[1]
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert 'title="&lt;b onmouseover=&quot;x&quot;&gt;"' in body
    assert "&amp; more" in body


def test_empty_text_and_no_spans():
    assert provenance.highlight("", []).endswith('<div class="rf-report-text"><p></p></div>')


def test_overlapping_span_still_gets_an_anchor():
    out = provenance.highlight("前100名企业", [Span(0, 5, "r-001", "s"), Span(1, 4, "r-002", "s")])
    assert 'id="fact-r-001"' in out and 'id="fact-r-002"' in out
    assert out.index('id="fact-r-002"') < out.index('id="fact-r-001"')


def test_bad_spans_are_refused():
    with pytest.raises(ValueError, match="outside the text"):
        provenance.highlight("abc", [Span(2, 9, "r-001")])
    with pytest.raises(ValueError, match="appears twice"):
        provenance.highlight("abcdef", [Span(0, 1, "r-001"), Span(2, 3, "r-001")])


def test_link_html_single_list_unknown_and_empty():
    sentences = {"a-001": "甲<句>", "a-002": "乙"}
    one = provenance.link_html("a-001", sentences)
    assert one == '<a class="rf-fact-link" href="report_a.html#fact-a-001" title="甲&lt;句&gt;">a-001</a>'
    assert provenance.link_html("a-001; a-002", sentences).count("<a ") == 2
    assert provenance.link_html("<x>", sentences) == "&lt;x&gt;"
    assert provenance.link_html(float("nan"), sentences) == "" and provenance.link_html("", sentences) == ""


def test_display_table_is_escaped_labelled_and_links_are_opt_in():
    df = pd.DataFrame({"fact_id": ["a-001"], "quote": ["<i>5</i>"], "value": [5.0]})
    plain = display.table(df).data
    assert "<th>Figure</th>" in plain and "<th>As printed</th>" in plain  # headers from data/catalog/labels.yml
    assert 'data-label="As printed">&lt;i&gt;5&lt;/i&gt;</td>' in plain and "<a " not in plain
    linked = display.table(df, link_columns=display.LINK_COLUMNS, sentences={"a-001": "句"}).data
    assert 'href="report_a.html#fact-a-001"' in linked and "&lt;i&gt;5&lt;/i&gt;" in linked
    assert 'class="rf-num">5</td>' in linked and 'class="rf-num">5</td>' in plain
    assert display.table(df.iloc[:0], link_columns=display.LINK_COLUMNS, sentences={}).data.count("<tr") == 1
    raw = display.table(df, readable=False).data
    assert "<th>fact_id</th>" in raw and "<th>quote</th>" in raw


@pytest.mark.parametrize("value, unit, shown", [
    (12953000000, "yuan", "129.53亿元"), (4213043478, "yuan", "42.13亿元"), (3042_0000, "yuan", "3042万元"),
    (5000, "yuan", "5000元"), (98.5, "percent", "98.5%"), (138, "rank", "第138位"), (28, "count", "28"),
    (300000, "m2", "30万平方米"), (2.5, "pp", "2.5个百分点"), ("", "yuan", ""), (7, "furlongs", "7 furlongs"),
])
def test_amounts_are_written_in_the_reports_units(value, unit, shown):
    assert labels.amount(value, unit) == shown


def test_readable_tables_label_codes_merge_units_and_write_periods_out():
    df = pd.DataFrame({"status": ["no_outcome_reported"], "target_value": [42130434780.0], "unit": ["yuan"],
                       "deadline": ["2019-01..2019-11"]})
    out = display.table(df).data
    assert "No outcome reported" in out and "421.3亿元" in out and "2019 Jan–Nov" in out
    assert "no_outcome_reported" not in out and ">Unit<" not in out and "yuan" not in out


def test_every_fact_of_every_report_is_marked_once_with_its_quote_text():
    facts = pd.read_csv(provenance.PROCESSED_DIR / "facts.csv", dtype=str, keep_default_na=False)
    for s in sources.load_sources("seeds"):
        chapter = report.load_report_chapter(s.report_id, "data/processed/facts.csv", "seeds")
        out = chapter.text_html()
        ids = re.findall(r'<mark id="fact-([^"]+)"', out)
        assert sorted(ids) == sorted(facts.loc[facts.report_id == s.report_id, "fact_id"]), s.report_id
        for fid, inner in re.findall(r'<mark id="fact-([^"]+)"[^>]*>([^<]*)</mark>', out)[:50]:
            row = facts[facts.fact_id == fid].iloc[0]
            assert html.unescape(inner) == chapter_text(s)[int(row.clean_start):int(row.clean_end)]


def chapter_text(source):
    from reportfacts.text.clean import clean_text

    return clean_text(sources.read_report(source.path)).text


@pytest.mark.parametrize("value, shown", [
    (2.8, "2.8"), (8.0, "8"), (26_480_000_000.0, "26480000000"), (91.5966386555, "91.5966"), (7815713.698, "7815714"),
    (0.899008524273, "0.899"), (0.00012, "0.00012"), (-3.5, "-3.5"), (-0.00001, "-0.00001"), (0.0, "0"),
    (float("nan"), ""),
])
def test_number_never_shows_an_exponent_or_trailing_zeros(value, shown):
    assert labels.number(value) == shown


@pytest.mark.parametrize("links", [(), ("fact_id",)])
def test_tables_show_floats_of_mixed_sizes_as_plain_numbers(links):
    # one column holding 2.8 (%) and 2.648e10 (yuan): pandas alone writes both with an exponent
    df = pd.DataFrame({"fact_id": ["a-001", "a-002"], "target_value": [2.8, 2.648e10]})
    html = display.table(df, link_columns=links, sentences={"a-001": "句一", "a-002": "句二"}).data
    assert ">2.8</td>" in html and ">26480000000</td>" in html and "e+" not in html


def test_headings_lose_their_markers_and_captions_are_captions():
    text = "##集聚创新要素\n\n企业达到28家。其他句子。\n\n国家级科技企业孵化器。本报记者郭树勋摄"
    out = provenance.highlight(text, [Span(14, 17, "r-001", "企业达到28家。")])
    assert '<h3 class="rf-heading">集聚创新要素</h3>' in out and "##" not in out
    assert '<p class="rf-caption">国家级科技企业孵化器。本报记者郭树勋摄</p>' in out
    # the sentence with the figure is wrapped (the stylesheet highlights it when the figure is followed)
    assert '<span class="rf-sentence">企业达到<mark id="fact-r-001"' in out and "</mark>。</span>其他句子。" in out
    assert [b.kind for b in provenance.blocks(text)] == ["h3", "p", "caption"]


def test_a_span_across_a_sentence_end_keeps_one_sentence():
    text = "甲。乙12。3家。"
    assert provenance.sentences(text, 0, len(text), [Span(3, 7, "r-001")]) == [(0, 2), (2, len(text))]


def test_an_implied_figure_links_to_the_check_that_made_it():
    out = provenance.link_html("cagr-a-003-implied-1; a-001", {"a-001": "句"})
    assert '<a class="rf-check-link" href="03_conflicts.html#check-cagr-a-003"' in out and 'href="report_a.html' in out
    rows = display.table(pd.DataFrame({"check_id": ["cagr-a-003"], "status": ["pass"]}),
                         anchors=("check_id", provenance.CHECK_PREFIX)).data
    assert '<tr id="check-cagr-a-003">' in rows


def test_explanations_name_metrics_and_bodies_and_write_units_and_periods_out():
    text = ("national_high_tech_enterprises_count: a2018 (2018-07) gives 8 count (implied by stock_flow-a2018-046) "
            "for 2019-01..2019-11 [jiaozuo_demo_zone]")
    out = display.humanize(text)
    assert out.startswith("National high-tech enterprises: a2018 (2018-07) gives 8 (implied by stock_flow-a2018-046)")
    assert "2019 Jan–Nov [demonstration zone]" in out
