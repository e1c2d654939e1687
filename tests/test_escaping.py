"""Report text is data, never markup: a fixture report full of <script>, {{ }}, MyST roles, Markdown links and
emphasis goes through cleaning and extraction, and every HTML or Markdown the package renders from it shows those
characters as plain text.

HTML outputs are parsed: only the package's own tags may appear (tables, paragraphs, marks, its fact links), and the
hostile strings must be in the text content, character for character. The Markdown header of a report chapter is
rendered the way MyST reads it (CommonMark + MyST roles), with the same check.
"""

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportfacts import display, pipeline, summaries
from reportfacts.sources import check_hashes, load_sources

FIXTURE = Path(__file__).parent / "fixtures" / "escaping"
HOSTILE = ["<script>alert(1)</script>", "{{ x }}", "{glue:text}`k`", "[link](http://example.com)", "**bold**",
           "<img src=x onerror=alert(2)>", "{ref}`intro`"]
PACKAGE_TAGS = {"strong", "code", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "p", "div", "mark", "span", "br", "style", "a"}


class _Tags(HTMLParser):
    """Collects start tags with their attributes, and the text content."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def assert_plain(rendered: str, must_show: list[str]) -> None:
    """``rendered`` HTML holds only the package's tags, no script or event handler, and shows ``must_show`` as text."""
    parser = _Tags()
    parser.feed(rendered)
    for tag, attrs in parser.tags:
        assert tag in PACKAGE_TAGS, f"<{tag}> came from report text: {rendered[:300]}"
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":
            assert attrs.get("class") == "rf-fact-link" and attrs["href"].startswith("report_"), attrs
    text = "".join(parser.text).replace("\n", "")
    for s in must_show:
        assert s in text, f"{s!r} not shown as text"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The fixture folder cleaned and extracted into a temporary out dir: (seeds, out, facts, mentions)."""
    seeds = tmp_path_factory.mktemp("escaping") / "seeds"
    shutil.copytree(FIXTURE, seeds)
    out = seeds.parent / "out"
    counts = pipeline.run_facts(seeds, out)
    facts, mentions = pipeline.extract_facts(seeds, out / "interim", out / "processed")  # the same tables again
    assert (len(facts), len(mentions)) == counts
    return seeds, out, facts, mentions


def test_the_fixture_is_a_valid_report_whose_facts_quote_the_markup(extracted):
    seeds, _, facts, _ = extracted
    check_hashes(load_sources(seeds))
    assert len(facts) >= 5
    sentences = "".join(facts["sentence"])
    for s in ("<script>alert(1)</script>", "{{ x }}", "{glue:text}`k`", "[link](http://example.com)", "**bold**"):
        assert s in sentences


def test_every_table_renders_the_markup_as_text(extracted):
    seeds, out, facts, mentions = extracted
    interim = out / "interim"
    texts = pipeline.clean_texts(seeds, interim)
    examples = pipeline.cleaning_examples_for(seeds, interim, n=3)
    examples["raw"] = examples["raw"].map(display.visible_whitespace)
    tables = {
        "facts": facts, "mentions": mentions, "reports": pipeline.clean_reports(seeds, interim),
        "examples": examples, "coverage": summaries.coverage(facts, mentions, texts),
        "reasons": summaries.non_statistic_reasons(mentions), "unmapped": summaries.unmapped(facts),
    }
    shown = "".join(facts["sentence"])
    must = [s for s in HOSTILE if s in shown]
    for name, df in tables.items():
        html = display.table(df).data
        assert "<script" not in html and "<img" not in html and "<strong" not in html, name
        assert_plain(html, must if name == "facts" else [])
    assert_plain(display.table(facts, max_rows=2).data, [])
    headline = load_sources(seeds)[0].headline_zh
    assert_plain(display.table(tables["reports"]).data, [headline])


def test_fact_links_and_the_highlighted_report_text_are_escaped(extracted):
    seeds, out, facts, _ = extracted
    from reportfacts import provenance, report

    chapter = report.load_report_chapter("hostile2019", out / "processed" / "facts.csv", seeds)
    linked = display.table(chapter.facts_table(), link_columns=display.LINK_COLUMNS, sentences=chapter.sentences())
    assert_plain(linked.data, [s for s in HOSTILE if s in "".join(chapter.facts_table()["quote"])])
    assert 'class="rf-fact-link"' in linked.data  # the links are there, and their titles are escaped sentences
    assert_plain(display.table(chapter.unmapped_table(), link_columns=display.LINK_COLUMNS,
                               sentences=chapter.sentences()).data, [])
    page = chapter.text_html()
    assert_plain(page, HOSTILE[:5] + ["<img src=x onerror=alert(2)>&amp;"])
    assert page.count('class="rf-fact"') == len(facts)
    assert_plain(provenance.link_html('hostile2019-001; <script>x</script>', chapter.sentences()),
                 ["<script>x</script>"])


def test_the_chapter_header_renders_headline_and_byline_as_text(extracted):
    seeds, out, _, _ = extracted
    from reportfacts import report

    chapter = report.load_report_chapter("hostile2019", out / "processed" / "facts.csv", seeds)
    source = chapter.source
    assert_plain(chapter.header_html(), [source.headline_zh, source.byline])
