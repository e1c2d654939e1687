"""Sphinx extension: publish the processed tables with the built book, and keep the pages offline and error-free.

- After an HTML build, ``datapackage.json`` and every table it describes are published from ``data/processed/`` into
  ``_build/html/data/`` (the "Data" page links them as ``../data/<file>``): the CSVs with a UTF-8 byte-order mark
  so Excel opens them right, the report texts beside them in ``data/seeds/`` (see
  :func:`reportfacts.publish.datapackage.publish`).
- No build date: the theme's "Last updated on ..." footer is dropped from every page.
- The book's own stylesheet and script (:data:`BOOK_CSS`, :data:`BOOK_JS`): tables that fit the column at any
  width (stacked cards on a phone), charts that scale, the sentence of a followed figure highlighted, and a link
  back to the page the reader came from.
- sphinx-thebe (a default extension of Jupyter Book, for live code, switched off here: ``launch_buttons.thebe:
  false``) still puts its inline config on every page, twice, which throws "Identifier 'THEBE_JS_URL' has already
  been declared" in the browser and names a CDN script; its scripts and stylesheet are dropped from every page.
- Chinese search: jieba (which Sphinx's Chinese indexer uses) is kept quiet and taught the catalog's terms; every
  word is also indexed by the dictionary words inside it (高新技术企业 inside 国家高新技术企业) and "前N" is kept
  as one word (前100); the indexer's list of Latin words becomes a set and its English stemmer remembers its answers (the same index,
  without quadratic look-ups and repeated stemming).
- The pages are readable without a Chinese system font: after the HTML is written, the Chinese characters the pages
  use are cut from Noto Sans CJK SC (the OFL face shipped by the ``mplfonts`` wheel, see :mod:`reportfacts.publish.fonts`)
  into a small web font in ``_static/``, declared with a ``unicode-range`` so Latin text keeps the theme's fonts.
  Nothing is fetched from elsewhere. The cutting starts in a second process when the build starts, from the
  characters of the book's sources (which hold every character of the pages); if a page turns out to hold
  another one, the font is cut again from the pages.
- Titles are text (a report page's title is its headline): sphinx-book-theme puts the page title into its print
  header (``<h1>{{ pagetitle }}</h1>``) and the book's title into the sidebar unescaped, and Sphinx 7.4's search page
  shows the titles of the search index with ``innerHTML``; both get them escaped here.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import shutil
import tempfile
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

CSS_FILE = "cjk-font.css"
FONT_FAMILY = "Book CJK"
CJK_FROM = 0x2E80  # CJK radicals onwards: ideographs, CJK punctuation, full-width forms
UNICODE_RANGE = "U+2E80-2FFF, U+3000-303F, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF"
# The book's tables fit the column: Chinese may break between any two characters (breaking only at punctuation made
# a clause the narrowest a column could be, and tables two or three columns wider than the page), a long identifier
# in English text may break too, and a column of Chinese or English prose keeps a readable width of its own
# (.rf-zh, .rf-long in BOOK_CSS) so it never shrinks to a few characters. Fact ids and numbers do not break.
TABLE_CSS = (".rf-table td { overflow-wrap: break-word; } "
             ".rf-table td.rf-long, .rf-table td.rf-code { overflow-wrap: anywhere; }")
BOOK_CSS_FILE = "rf-book.css"
BOOK_JS_FILE = "rf-book.js"
NARROW = "48em"  # below this width (a phone), tables of many columns (.rf-cards) become stacked cards: one card per
# row, each value beside its label
BOOK_CSS = f"""
.rf-table {{ border-collapse: collapse; width: 100%; font-size: .85rem; line-height: 1.45; margin: .5rem 0 1rem; }}
.rf-table th {{ text-align: left; vertical-align: bottom; border-bottom: 2px solid #888; padding: .3rem .35rem; }}
.rf-table td {{ vertical-align: top; border-bottom: 1px solid #ddd; padding: .3rem .35rem; white-space: pre-line; }}
.rf-table td.rf-num {{ text-align: right; white-space: nowrap; }}
.rf-table th.rf-num {{ text-align: right; }}
.rf-table td.rf-zh {{ min-width: 14em; }}
.rf-table td.rf-long {{ min-width: 10em; }}
.cell_output .output.text_html {{ overflow-x: visible; }}
main img[src*="_images/"][src$=".svg"] {{ width: 100%; max-width: 56rem; height: auto; }}
main img[src*="_images/"][src$="_narrow.svg"] {{ display: none; }}
@media (max-width: {NARROW}) {{
  main h1 {{ font-size: 1.7rem; overflow-wrap: anywhere; }}
  main img[src*="_images/"][src$=".svg"] {{ display: none; }}
  main img[src*="_images/"][src$="_narrow.svg"] {{ display: block; max-width: 100%; }}
  .rf-table.rf-cards, .rf-table.rf-cards tbody, .rf-table.rf-cards tr, .rf-table.rf-cards td {{ display: block; width: 100%; box-sizing: border-box; }}
  .rf-table.rf-cards thead {{ display: none; }}
  .rf-table td.rf-zh, .rf-table td.rf-long {{ min-width: 8em; overflow-wrap: anywhere; }}
  .rf-table.rf-cards tr {{ border: 1px solid #ccc; border-radius: 4px; margin: 0 0 .6rem; padding: .2rem .5rem; }}
  .rf-table.rf-cards td {{ border: 0; padding: .15rem 0 .15rem 7.5rem; display: flow-root;
                  white-space: normal !important; text-align: left !important; min-width: 0 !important;
                  overflow-wrap: anywhere; }}
  .rf-table.rf-cards td:empty {{ display: none; }}
  /* the label floats in the cell's left padding; flow-root makes the cell as tall as a label of two lines */
  .rf-table.rf-cards td::before {{ content: attr(data-label); float: left; width: 7rem; margin-left: -7.5rem;
                          padding-top: .05rem; font-size: .75rem; line-height: 1.3; color: #555; font-weight: 600;
                          overflow-wrap: normal; }}
}}
.rf-report-text .rf-sentence:has(mark:target), .rf-report-text .rf-sentence:has(.rf-anchor:target) {{
  background: #dcebfa; box-decoration-break: clone; -webkit-box-decoration-break: clone; }}
.rf-report-text mark.rf-fact:target {{ background: #ffd54f; font-weight: 700; outline: 2px solid #d84315; }}
.rf-report-text h2.rf-heading {{ font-size: 1.3rem; margin: 1.4rem 0 .5rem; }}
.rf-report-text h3.rf-heading {{ font-size: 1.1rem; margin: 1.2rem 0 .4rem; }}
.rf-report-text p.rf-caption {{ font-size: .85rem; color: #555; font-style: italic; border-left: 3px solid #ccc;
                                 padding-left: .6rem; }}
.rf-headline-caption {{ font-size: 1.05rem; border-left: 4px solid #0072B2; padding-left: .8rem; }}
.rf-headline-caption .pasted-text {{ font-weight: normal; }}
a.rf-back {{ position: fixed; right: 1rem; bottom: 1rem; z-index: 1000; background: #0072B2; color: #fff;
             padding: .4rem .8rem; border-radius: 4px; font-size: .9rem; text-decoration: none;
             box-shadow: 0 1px 4px rgba(0,0,0,.3); }}
a.rf-back:hover {{ color: #fff; background: #005a8c; }}
"""
# A reader who followed a link from another page of the book gets a button back to it (the page and the place).
BOOK_JS = """document.addEventListener("DOMContentLoaded", () => {
  let from;
  try { from = new URL(document.referrer); } catch (e) { return; }
  if (from.origin !== location.origin || from.pathname === location.pathname) return;
  const title = sessionStorage.getItem("rf-title:" + from.pathname) || "the previous page";
  const back = document.createElement("a");
  back.className = "rf-back";
  back.href = from.href;
  back.textContent = "\u2190 Back to " + title;
  back.addEventListener("click", (e) => { if (history.length > 1) { e.preventDefault(); history.back(); } });
  document.body.appendChild(back);
});
document.addEventListener("DOMContentLoaded", () => {
  const h1 = document.querySelector("main h1");
  if (h1) sessionStorage.setItem("rf-title:" + location.pathname, h1.textContent.replace(/#$/, "").trim());
});
"""


def copy_tables(app, exception) -> None:
    """Copy the data package into the HTML output (only after a successful HTML build)."""
    if exception is not None or app.builder.format != "html":
        return
    from reportfacts.publish.datapackage import SITE_DATA_DIR, publish

    publish(Path(app.outdir) / SITE_DATA_DIR)


def write_assets(app, exception) -> None:
    """Write the book's stylesheet and script into ``_static`` (after a successful HTML build)."""
    if exception is not None or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"
    static.mkdir(parents=True, exist_ok=True)
    (static / BOOK_CSS_FILE).write_text(BOOK_CSS.lstrip(), encoding="utf-8")
    (static / BOOK_JS_FILE).write_text(BOOK_JS, encoding="utf-8")


def no_build_date(app, config) -> None:
    """No build date at all: Sphinx writes "Last updated on <today>" whenever ``html_last_updated_fmt`` is not None,
    and an empty format (``""`` in _config.yml) still means today's date in the default format."""
    config.html_last_updated_fmt = None


def drop_build_date(app, pagename, templatename, context, doctree) -> None:
    """No "Last updated on ..." in the footer: the pages carry no build date (the same sources, the same pages)."""
    context.pop("last_updated", None)


THEME_TEXT_CONTEXT = ("pagetitle", "root_title")  # sphinx-book-theme: plain text its templates print unescaped


def escape_theme_titles(app, pagename, templatename, context, doctree) -> None:
    """HTML-escape the plain-text titles sphinx-book-theme adds to a page's context (after it has added them):
    a headline such as ``<script>alert(1)</script>`` shows as those characters in the print header and sidebar."""
    for key in THEME_TEXT_CONTEXT:
        if isinstance(context.get(key), str):
            context[key] = html.escape(context[key], quote=False)


def escape_search_titles(app) -> None:
    """Make the search index hold every section title HTML-escaped: Sphinx 7.4's search page writes the titles of
    its results with ``innerHTML``, and the index keeps them as plain text (a page's own title it escapes). Only
    pages read in this build are escaped (titles loaded from an earlier build's index already are)."""
    from sphinx.search import IndexBuilder

    if getattr(IndexBuilder.feed, "escapes_titles", False):
        return
    original = IndexBuilder.feed

    def feed(self, docname, *args, **kwargs):
        original(self, docname, *args, **kwargs)
        titles = self._all_titles.get(docname)
        if titles:
            self._all_titles[docname] = [(html.escape(t, quote=False), i) for t, i in titles]
    feed.escapes_titles = True
    IndexBuilder.feed = feed


def _is_thebe(asset) -> bool:
    name = str(getattr(asset, "filename", "") or "")
    body = str(getattr(asset, "attributes", {}).get("body", ""))
    return "thebe" in name or "THEBE_JS_URL" in body


def drop_thebe(app, pagename, templatename, context, doctree) -> None:
    """Remove sphinx-thebe's scripts and stylesheet from a page about to be written."""
    for key in ("script_files", "css_files"):
        if key in context:
            context[key] = [a for a in context[key] if not _is_thebe(a)]


def search_words() -> list[str]:
    """The catalog's Chinese names (metrics, their aliases, terms, entities), for the search index's segmenter."""
    from reportfacts.extract.catalog import load_catalog

    catalog = load_catalog()
    words = set()
    for m in catalog.metrics.values():
        words.update((m.name_zh, *m.aliases_zh))
    for t in catalog.terms.values():
        words.update((t.term_zh, *t.aliases_zh))
    for e in catalog.entities.values():
        words.update((e.name_zh, *e.aliases_zh))
    return sorted(w for w in words if w and "…" not in w and len(w) > 1)


NUMBERED_WORD = re.compile(r"前\d+")  # 前100, 前50: a rank band, searched as one word


def subwords(word: str, known) -> list[str]:
    """The words of the dictionary ``known`` (a mapping word -> frequency) inside ``word``, longest first, ``word``
    itself excluded: 高新技术企业, 高新技术, 企业 ... inside 国家高新技术企业."""
    found = [word[i:j] for n in range(len(word) - 1, 1, -1) for i in range(len(word) - n + 1) for j in (i + n,)
             if known.get(word[i:j])]
    return list(dict.fromkeys(found))


def split_with_subwords(words: list[str], text: str, known) -> list[str]:
    """``words`` (what jieba's search mode gives) plus the dictionary words inside each and the 前N words of
    ``text``."""
    extra = [sub for w in words if len(w) > 2 for sub in subwords(w, known)]
    return words + extra + NUMBERED_WORD.findall(text)


class _TermSet(set):
    """A set with the list method Sphinx's Chinese indexer calls (``extend``)."""

    extend = set.update


class _RememberingStemmer:
    """A snowball stemmer that stems each word once (stemming is a pure function of the word)."""

    def __init__(self, stemmer):
        self._stemmer, self._stems = stemmer, {}

    def stemWord(self, word: str) -> str:  # noqa: N802 - snowballstemmer's name
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = self._stemmer.stemWord(word)
        return stem


def fast_chinese_index(app) -> None:
    """Sphinx 7.4's Chinese indexer (``sphinx.search.zh.SearchChinese``) appends every Latin word of every page to
    a list, ``latin_terms``, and looks up each word it stems in that list: quadratic in the book's size, and about
    half of the HTML build. It only ever asks whether a word is in it, so a set gives the same index; and its
    English stemmer is asked about the same words thousands of times, so it remembers its answers."""
    try:
        from sphinx.search.zh import SearchChinese
    except ImportError:
        return
    if isinstance(SearchChinese.latin_terms, list):
        SearchChinese.latin_terms = _TermSet(SearchChinese.latin_terms)
    if not getattr(SearchChinese.init, "remembers_stems", False):
        original = SearchChinese.init

        def init(self, options):
            original(self, options)
            self.stemmer = _RememberingStemmer(self.stemmer)
        init.remembers_stems = True
        SearchChinese.init = init
    if not getattr(SearchChinese.split, "finds_subwords", False):
        original_split = SearchChinese.split

        def split(self, input):
            words = original_split(self, input)
            try:
                import jieba
            except ImportError:
                return words
            return split_with_subwords(words, input, jieba.dt.FREQ)
        split.finds_subwords = True
        SearchChinese.split = split


def teach_search_words(app) -> None:
    """Make jieba (which Sphinx's Chinese search uses to split the pages into index words) keep the catalog's terms
    whole, so searching for 科技型中小企业 finds the pages that use it, not only its parts."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    try:
        import jieba
    except ImportError:  # the book still builds; search then splits Chinese per character
        return
    jieba.setLogLevel(logging.WARNING)  # no dictionary-loading chatter on stderr
    for word in search_words():
        jieba.add_word(word)


def cjk_characters(files) -> str:
    """Every CJK character in ``files`` (text), sorted."""
    chars: set[str] = set()
    for path in files:
        chars.update(c for c in path.read_text(encoding="utf-8") if ord(c) >= CJK_FROM)
    return "".join(sorted(chars))


def used_cjk_characters(outdir: Path) -> str:
    """Every CJK character in the built HTML pages, sorted."""
    return cjk_characters(outdir.rglob("*.html"))


def source_cjk_characters(srcdir: Path) -> str:
    """Every CJK character of the book's sources: the pages (notebooks, Markdown) and the configuration."""
    return cjk_characters([*(srcdir / "book").glob("*.ipynb"), *(srcdir / "book").glob("*.md"),
                           srcdir / "_config.yml", srcdir / "_toc.yml"])


class _EarlyFont:
    """The font for the sources' characters, being cut in a second process while Sphinx builds the pages."""

    pending: "_EarlyFont | None" = None

    def __init__(self, chars: str):
        import multiprocessing

        self.chars = chars
        self.folder = Path(tempfile.mkdtemp(prefix="cjk-font-"))
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
        self.future: Future = pool.submit(write_subset_font, chars, self.folder / "font.otf")
        pool.shutdown(wait=False)

    def finish(self, target: Path | None) -> None:
        """Wait for the font and move it to ``target``, or with None drop it (then a failed cut is no error);
        remove the temporary folder either way."""
        try:
            if target is None:
                self.future.exception()  # waits, and does not raise what the process raised
            else:
                self.future.result()
                shutil.move(str(self.folder / "font.otf"), target)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start_cjk_font(app) -> None:
    """When the build starts, cut the font for the sources' characters in a second process (where it can fork)."""
    import multiprocessing

    if app.builder.format == "html" and "fork" in multiprocessing.get_all_start_methods():
        _EarlyFont.pending = _EarlyFont(source_cjk_characters(Path(app.srcdir)))


def write_subset_font(chars: str, target: Path) -> None:
    """Cut ``chars`` out of the CJK face into ``target`` (OpenType), with no build timestamp in it."""
    from fontTools import subset

    from reportfacts.publish.fonts import font_path

    options = subset.Options()
    options.name_IDs = ["*"]  # keep the copyright and licence records
    options.hinting = False
    font = subset.load_font(str(font_path()), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    font.recalcTimestamp = False
    target.parent.mkdir(parents=True, exist_ok=True)
    subset.save_font(font, str(target), options)


def publish_cjk_font(app, exception) -> None:
    """After a successful HTML build, write the subset font and the stylesheet that declares it (with the rule for
    Chinese text in tables, :data:`TABLE_CSS`).

    The early font (cut from the sources' characters) is used when it covers every character of the pages.
    """
    early, _EarlyFont.pending = _EarlyFont.pending, None
    try:
        if exception is not None or app.builder.format != "html":
            return
        static = Path(app.outdir) / "_static"
        chars = used_cjk_characters(Path(app.outdir))
        usable = early is not None and set(chars) <= set(early.chars)
        name = f"cjk-{hashlib.sha256((early.chars if usable else chars).encode()).hexdigest()[:12]}.otf"
        if not (static / name).exists():
            for old in static.glob("cjk-*.otf"):
                old.unlink()
            if usable:
                early.finish(static / name)
                early = None  # moved into place: nothing left for the finally to drop
            else:
                write_subset_font(chars, static / name)
        css = (f'@font-face {{ font-family: "{FONT_FAMILY}"; src: url("{name}") format("opentype"); '
               f"unicode-range: {UNICODE_RANGE}; font-display: swap; }}\n"
               f'html {{ --pst-font-family-base: "{FONT_FAMILY}", var(--pst-font-family-base-system); '
               f'--pst-font-family-heading: "{FONT_FAMILY}", var(--pst-font-family-base-system); }}\n'
               f"{TABLE_CSS}\n")
        (static / CSS_FILE).write_text(css, encoding="utf-8")
    finally:
        if early is not None:
            early.finish(None)


def setup(app):
    """Register the hooks with Sphinx; called when the book is built."""
    app.add_css_file(CSS_FILE)
    app.add_css_file(BOOK_CSS_FILE)
    app.add_js_file(BOOK_JS_FILE)
    app.connect("build-finished", write_assets)
    app.connect("config-inited", no_build_date)
    app.connect("html-page-context", drop_build_date, priority=999)
    app.connect("builder-inited", teach_search_words)
    app.connect("builder-inited", fast_chinese_index)
    app.connect("builder-inited", start_cjk_font)
    app.connect("build-finished", copy_tables)
    app.connect("build-finished", publish_cjk_font)
    app.connect("builder-inited", escape_search_titles)
    app.connect("html-page-context", drop_thebe, priority=900)
    app.connect("html-page-context", escape_theme_titles, priority=900)  # after the theme's own, at 500
    return {"parallel_read_safe": True, "parallel_write_safe": True}
