"""Report text is data, never markup: a fixture report full of <script>, {{ }}, MyST roles, Markdown links and
emphasis goes through cleaning and extraction, and every HTML or Markdown the package renders from it shows those
characters as plain text.

HTML outputs are parsed: only the package's own tags may appear (tables, paragraphs, marks, its fact links), and the
hostile strings must be in the text content, character for character. The Markdown header of a report chapter is
rendered the way MyST reads it (CommonMark + MyST roles), with the same check.
"""

import shutil

import pandas as pd
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportfacts.analysis import summaries
from reportfacts.extract import pipeline
from reportfacts.publish import display
from reportfacts.text.sources import check_hashes, load_sources

FIXTURE = Path(__file__).parent / "fixtures" / "escaping"
HOSTILE = ["<script>alert(1)</script>", "{{ x }}", "{glue:text}`k`", "[link](http://example.com)", "**bold**",
           "<img src=x onerror=alert(2)>", "{ref}`intro`"]
PACKAGE_TAGS = {"strong", "code", "ul", "li", "table", "thead", "tbody", "tr", "th", "td", "p", "div", "mark", "span", "br", "style", "a",
                "h2", "h3", "h4"}  # the report text's own headings ("# ", "## " lines) are rendered as headings, escaped


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


def assert_plain(rendered: str, must_show: list[str], nbsp: bool = False) -> None:
    """``rendered`` HTML holds only the package's tags, no script or event handler, and shows ``must_show`` as text
    (``nbsp``: a no-break space counts as a space, as pandas writes runs of spaces)."""
    parser = _Tags()
    parser.feed(rendered)
    for tag, attrs in parser.tags:
        assert tag in PACKAGE_TAGS, f"<{tag}> came from report text: {rendered[:300]}"
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":
            assert attrs.get("class") == "rf-fact-link" and attrs["href"].startswith("report_"), attrs
    text = "".join(parser.text).replace("\n", "")
    text = text.replace("\xa0", " ") if nbsp else text
    for s in must_show:
        s = s.replace("\xa0", " ") if nbsp else s
        assert s in text, f"{s!r} not shown as text"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """The fixture folder cleaned and extracted into a temporary out dir: (seeds, out, facts, mentions)."""
    seeds = tmp_path_factory.mktemp("escaping") / "seeds"
    shutil.copytree(FIXTURE, seeds)
    out = seeds.parent / "out"
    counts = pipeline.run_facts(seeds, out)
    facts, mentions, _ = pipeline.extract_corpus(seeds)  # the same tables again
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
    from reportfacts.publish import provenance, report

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
    from reportfacts.publish import report

    chapter = report.load_report_chapter("hostile2019", out / "processed" / "facts.csv", seeds)
    source = chapter.source
    assert_plain(chapter.header_html(), [source.headline_zh, source.byline])


# --- every string from a report or sources.yml is text, wherever it lands (issue 17) ------------------------

import html as _html  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from reportfacts.build.notebooks import set_title  # noqa: E402

FRAGMENTS = ["<script>alert(1)</script>", "{{ 6*7 }}", "{{x}}", "{glue:text}`k`", "{ref}`intro`", "```{note}",
             ":::{warning}", "[link](http://example.com)", "**bold**", "*em*", "_u_", "`code`", "<b>", "</b>",
             "&amp;", "&lt;", "$x^2$", "\\", "\\*", "# ", "> ", "- ", "1. ", "|a|b|", "<!--", "-->", "{", "}", "[", "]",
             "(", ")", "!", "~~s~~", "<img src=x onerror=alert(2)>", "\n", "  ", "高新区", "“引号”", "\t", "'", '"',
             "https://example.com/a_b", "{#id}", "(target)=", "^", "+++", "---", "===", ":", "@"]
# control characters cannot reach a title or cell: a report with NUL is refused, and YAML refuses them in sources.yml
PRINTABLE = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=4)
MARKUP = st.lists(st.one_of(st.sampled_from(FRAGMENTS), PRINTABLE), min_size=1, max_size=12).map("".join)


def _one_line(text: str) -> str:
    """What a title or cell shows of ``text``: whitespace runs as one space, trimmed."""
    return " ".join(text.split())


def _myst_html(markdown: str) -> str:
    """``markdown`` rendered by MyST's Markdown parser with the book's extensions (``_config.yml``)."""
    import yaml
    from markdown_it.renderer import RendererHTML
    from myst_parser.config.main import MdParserConfig
    from myst_parser.parsers.mdit import create_md_parser

    from reportfacts.core.paths import ROOT

    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    extensions = set(config["parse"]["myst_enable_extensions"])
    return create_md_parser(MdParserConfig(enable_extensions=extensions), RendererHTML).render(markdown)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MARKUP)
def test_any_markup_in_a_string_is_shown_as_text_wherever_it_lands(s):
    from reportfacts.publish import provenance, report
    from reportfacts.text.sources import Source

    shown = _one_line(s)
    # the page title of a report chapter (Markdown heading, parsed by MyST)
    nb = _notebook_with_title(s)
    rendered = _myst_html(nb.cells[0].source.splitlines()[0])
    parser = _Tags()
    parser.feed(rendered)
    assert [t for t, _ in parser.tags] == ["h1"], rendered
    assert "".join(parser.text).strip() == shown, rendered
    # table cells (a tab or line break in a cell is whitespace, shown as a space), the chapter header, the
    # highlighted report text, a fact link's title
    assert_plain(display.table(pd.DataFrame({"headline": [s]})).data, [], nbsp=True)
    table_text = _Tags()
    table_text.feed(display.table(pd.DataFrame({"headline": [s]})).data)
    assert "".join(s.split()) in "".join("".join(table_text.text).split())
    source = Source(report_id="r1", file="r1.txt", path=Path("r1.txt"), published=None, headline_zh=s, byline=s)
    assert_plain(report.ReportChapter(source, pd.DataFrame()).header_html(), [s.replace("\n", "")])
    assert_plain(provenance.highlight(s, []), [])
    link = provenance.link_html("r1-001", {"r1-001": s})
    assert_plain(link, ["r1-001"])
    assert _html.unescape(link.split('title="', 1)[1].split('"', 1)[0]) == s


def _notebook_with_title(title: str):
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# Report\n\nBody.")]
    set_title(nb, title)
    return nb


BUILD_TITLES = ["<script>alert(1)</script>", "{{ 6*7 }}", "{glue:text}`n_facts`", ":::{note}\nhi\n:::",
                "<img src=x onerror=alert(2)> **b** [l](http://e.com) $x$ &amp; \\q {ref}`intro`"]


def test_the_built_pages_show_hostile_titles_as_text(tmp_path):
    """A small Sphinx build with the book's theme, MyST extensions and escaping hooks: each page's title is a
    hostile headline, set the way `make book` sets it; the built page, its print header, the navigation of every
    page and the search index all hold it as text."""
    import json

    import nbformat
    from sphinx.application import Sphinx

    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["myst_nb"]\nhtml_theme = "sphinx_book_theme"\nnb_execution_mode = "off"\n'
        'myst_enable_extensions = ["colon_fence", "deflist", "substitution"]\nexclude_patterns = ["_build"]\n'
        "from reportfacts.publish import sphinx_publish\n"
        "def setup(app):\n"
        '    app.connect("builder-inited", sphinx_publish.escape_search_titles)\n'
        '    app.connect("html-page-context", sphinx_publish.escape_theme_titles, priority=900)\n',
        encoding="utf-8")
    for i, title in enumerate(BUILD_TITLES):
        nb = _notebook_with_title(f"{title} (r{i})")
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, src / f"p{i}.ipynb")
    pages = "\n".join(f"p{i}" for i in range(len(BUILD_TITLES)))
    (src / "index.md").write_text(f"# Home\n\n```{{toctree}}\n{pages}\n```\n", encoding="utf-8")
    out = tmp_path / "html"
    Sphinx(str(src), str(src), str(out), str(tmp_path / "doctrees"), "html", status=None, warning=None,
           warningiserror=True, freshenv=True).build()
    for i, title in enumerate(BUILD_TITLES):
        text = f"{_one_line(title)} (r{i})"
        page = (out / f"p{i}.html").read_text(encoding="utf-8")
        assert "<script>alert" not in page and "<img src=x" not in page and "<strong>" not in page
        assert f"<title>{_html.escape(text)} " in page.replace("&#8212;", "—")  # Sphinx escapes " as &quot;
        assert f"<h1>{_html.escape(text, quote=False)}<a class=\"headerlink\"" in page  # the page's heading
        assert f"<h1>{_html.escape(text, quote=False)}</h1>" in page  # the theme's print header
        for other in range(len(BUILD_TITLES)):  # the navigation of every page
            nav = (out / f"p{other}.html").read_text(encoding="utf-8")
            href = "#" if other == i else f"p{i}.html"
            assert f'href="{href}">{_html.escape(text, quote=False)}</a>' in nav
    index = (out / "searchindex.js").read_text(encoding="utf-8")
    data = json.loads(index[index.index("(") + 1:index.rindex(")")])
    for i, title in enumerate(BUILD_TITLES):  # the search page writes these with innerHTML: they must be escaped
        assert _html.escape(f"{_one_line(title)} (r{i})", quote=False) in data["alltitles"]


def test_chart_labels_are_never_mathtext():
    from matplotlib.text import Text

    from reportfacts.publish import fonts

    fonts.use_cjk_font()
    assert Text(0, 0, "$x^2$")._preprocess_math("$x^2$") == ("$x^2$", False)
