"""The built book in a real browser: headless Chromium (Debian's ``chromium``) driven by Playwright over CDP.

Needs the built book in ``_build/html`` (``make html``) and Chromium at ``/usr/bin/chromium`` (or ``$CHROMIUM``);
Playwright's own browser download is never used. Marked ``browser``: ``make test`` runs it after building the book.

For every page of the toc (and the search page): it loads with no console error and no failed request, requests
nothing off this machine (any such request is blocked and reported), every image loads; every internal link and
``#anchor`` of every page resolves (the anchor's id exists in the target page), and every provenance link lands on
the ``<mark>`` of its fact on its own report's page. The landing page is screenshotted and Chinese must render as
glyphs, not as missing-glyph boxes; searching the built book for a Chinese word finds pages.

Layout, at a desktop's 1,400 px and a phone's 390 px: every page is screenshotted (full page) into
``_build/screenshots/<page>-<width>.png`` for review, and fails when a table hides columns (a cell lies outside
the article's column), the page scrolls sideways, a chart is a bitmap instead of SVG, the landing page has no
chart, or the landing page's prose shows a code (a snake_case identifier). Searching for a Chinese sub-word
(高新技术企业, inside 国家高新技术企业) finds every page that uses it, and 前100 finds pages.
"""

from __future__ import annotations

import base64
import functools
import http.server
import os
import re
import shutil
import sys
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml

from reportfacts.core.paths import ROOT

pytestmark = pytest.mark.browser

SITE = ROOT / "_build" / "html"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LOCAL_HOSTS = {"127.0.0.1"}
SEARCH_WORDS = ("高新区", "科技型中小企业", "前100")
SUBWORD = "高新技术企业"  # inside 国家高新技术企业: a search must find the pages that only use the longer word
WIDTHS = (1400, 390)  # a desktop browser and a phone, in CSS px
SHOTS = ROOT / "_build" / "screenshots"
LANDING = "book/00_intro.html"
CODE_WORD = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")  # snake_case: a column, status or metric id
# A page loads in seconds alone, but while the rest of the suite runs on both cores it can take longer than
# playwright's default 30 s: a slow load is not a broken page.
LOAD_TIMEOUT_MS = 120_000
OPEN_AHEAD = 2  # pages loading while an earlier one is read (so its wait for readiness overlaps their loading)
# What the checks read is ready: the document, its web fonts and every image. Not playwright's "networkidle" (500 ms
# with no request in flight), which playwright itself discourages: two CI runs hung on it for 30 s and 120 s on a
# page whose every request had been answered. A request that fails or leaves the machine is still reported, by
# the listeners of _open.
READY_SCRIPT = ("() => document.readyState === 'complete' && document.fonts.status === 'loaded'"
                " && Array.from(document.images).every(i => i.complete)")
READY_POLL_MS = 100  # polled on a timer: requestAnimationFrame, playwright's default, pauses in a page out of view
FACT_HREF = re.compile(r"(?:^|/)report_([A-Za-z0-9_]+)\.html#fact-(.+)$")


# --------------------------------------------------------------------------------------------------- serving

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # no access log in the test output
        pass


class _Httpd(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """A page closed while a request of it was answered (the browser no longer reads): not the site's error."""
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


@dataclass
class Server:
    """The site served on 127.0.0.1 from a thread (http.server), on a free port."""

    root: Path
    httpd: http.server.ThreadingHTTPServer = field(init=False)

    def __enter__(self) -> "Server":
        handler = functools.partial(_Quiet, directory=str(self.root))
        self.httpd = _Httpd(("127.0.0.1", 0), handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --------------------------------------------------------------------------------------------------- the site

def toc_pages(site: Path = SITE) -> list[str]:
    """Site-relative HTML paths of every page in _toc.yml, the root first, then the search page."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                files.append(value) if key == "file" else walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(toc.get("parts", []))
    return [f"{f}.html" for f in files] + ["search.html"]


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.ids.add(value)


@functools.lru_cache(maxsize=None)
def static_ids(path: Path) -> frozenset[str]:
    """Ids in an HTML file's source (for link targets the browser did not open)."""
    parser = _Ids()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return frozenset(parser.ids)


@dataclass
class SiteReport:
    """What the browser saw: pages opened, links and anchors checked, and every problem found."""

    pages: int = 0
    links: int = 0
    anchors: int = 0
    fact_links: int = 0
    problems: list[str] = field(default_factory=list)


PAGE_SCRIPT = """() => ({
  links: Array.from(document.querySelectorAll('a[href]')).map(a => ({
      href: a.href, raw: a.getAttribute('href'), cls: a.className})),
  ids: Array.from(document.querySelectorAll('[id]')).map(e => e.id),
  marks: Array.from(document.querySelectorAll('mark.rf-fact[id], span.rf-anchor[id]')).map(e => e.id),
  images: Array.from(document.images).map(i => ({src: i.currentSrc || i.src,
      ok: i.complete && i.naturalWidth > 0})),
})"""


def _open(context, url: str, report: SiteReport, page_name: str):
    """Open one page until its load event; record console errors, page errors, failed and off-machine requests
    (the page stays open: :func:`_read` finishes it)."""
    page = context.new_page()
    page.on("console", lambda m: m.type == "error" and report.problems.append(
        f"{page_name}: console error: {m.text}"))
    page.on("pageerror", lambda e: report.problems.append(f"{page_name}: page error: {e}"))
    page.on("requestfailed", lambda r: urlsplit(r.url).hostname in LOCAL_HOSTS and report.problems.append(
        f"{page_name}: request failed: {r.url} ({r.failure})"))
    page.on("response", lambda r: r.status >= 400 and report.problems.append(
        f"{page_name}: HTTP {r.status} for {r.url}"))
    response = page.goto(url, wait_until="load")
    if response is None or not response.ok:
        report.problems.append(f"{page_name}: did not load ({response.status if response else 'no response'})")
    return page


def wait_ready(page) -> None:
    """Wait until the page's document, fonts and images are loaded (READY_SCRIPT)."""
    page.wait_for_function(READY_SCRIPT, polling=READY_POLL_MS)


def _read(context, page, shot: Path | None = None) -> tuple[dict, dict]:
    """Once an opened page is ready (READY_SCRIPT): its DOM facts and layout facts; save a full-page screenshot to
    ``shot`` (unless None) and close the page."""
    wait_ready(page)
    info, layout = page.evaluate(PAGE_SCRIPT), page.evaluate(LAYOUT_SCRIPT)
    if shot is not None:
        full_page_png(context, page, shot)
    page.close()
    return info, layout


# A screenshot for review shows a page's first SHOT_MAX_HEIGHT px (several screens: the prose, the charts and the
# first rows of every table); encoding the rest of the tallest pages (15,000 px of table rows) took most of the
# browser test's time. The layout checks read the whole page whatever its height.
SHOT_MAX_HEIGHT = 6000


def full_page_png(context, page, path: Path) -> None:
    """A PNG screenshot of the page from its top, as ``page.screenshot(full_page=True)`` takes it up to
    SHOT_MAX_HEIGHT px, through Chromium's ``optimizeForSpeed`` encoder (the same pixels, a larger file)."""
    cdp = context.new_cdp_session(page)
    size = cdp.send("Page.getLayoutMetrics")["cssContentSize"]
    shot = cdp.send("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True, "optimizeForSpeed": True,
        "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], SHOT_MAX_HEIGHT),
                 "scale": 1}})
    cdp.detach()
    path.write_bytes(base64.b64decode(shot["data"]))


def _check_links(site: Path, base: str, page_name: str, info: dict, dom_ids: dict[str, set[str]],
                 report: SiteReport) -> None:
    """Every same-site link's file exists and its #anchor is an id of the target page; fact links hit a mark."""
    for link in info["links"]:
        parts = urlsplit(link["href"])
        if not link["href"].startswith(base):
            continue  # another site (a reference link, never fetched) or mailto:
        target = unquote(parts.path[len(urlsplit(base).path):]) or "index.html"
        file = site / target
        if file.is_dir():
            file = file / "index.html"
            target = f"{target.rstrip('/')}/index.html".lstrip("/")
        report.links += 1
        if not file.is_file():
            report.problems.append(f"{page_name}: broken link {link['raw']!r} (no file {target})")
            continue
        fact = FACT_HREF.search(link["raw"] or "")
        if fact:
            report.fact_links += 1
            if not fact.group(2).startswith(fact.group(1) + "-"):
                report.problems.append(f"{page_name}: fact link {link['raw']!r} points at another report's page")
        if not parts.fragment:
            continue
        report.anchors += 1
        anchor = unquote(parts.fragment)
        ids = dom_ids.get(target) or static_ids(file)
        if anchor not in ids:
            report.problems.append(f"{page_name}: broken anchor {link['raw']!r} (no id {anchor!r} in {target})")
        elif fact and target in dom_ids and anchor not in dom_ids[target + "#marks"]:
            report.problems.append(f"{page_name}: fact link {link['raw']!r} does not land on a highlighted span")


def check_pages(browser, site: Path, pages: list[str], width: int = WIDTHS[0],
                shots: Path | None = None) -> tuple[SiteReport, dict]:
    """Open ``pages`` of the site in ``browser`` at ``width`` px, once each, and check everything this module's
    docstring lists; return the report and {(page, width): layout facts}, with a screenshot of each page in
    ``shots`` (unless None)."""
    report, seen = SiteReport(), {}
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    with Server(site) as server:
        context = browser.new_context(viewport={"width": width, "height": 900}, service_workers="block")
        context.set_default_timeout(LOAD_TIMEOUT_MS)
        context.route("**/*", lambda route: route.continue_() if urlsplit(route.request.url).hostname in LOCAL_HOSTS
                      else (report.problems.append(f"off-machine request blocked: {route.request.url}"),
                            route.abort())[1])
        infos, dom_ids, opened = {}, {}, []

        def read(name, page):
            shot = shots / shot_name(name, width) if shots is not None else None
            infos[name], seen[(name, width)] = _read(context, page, shot)

        for name in pages:
            if not (site / name).is_file():
                report.problems.append(f"{name}: listed in the toc but not built")
                continue
            # A page is read OPEN_AHEAD pages after it loaded: its wait for an idle network has then mostly passed.
            opened.append((name, _open(context, server.base + name, report, name)))
            if len(opened) > OPEN_AHEAD:
                read(*opened.pop(0))
        for name, page in opened:
            read(name, page)
        for name in infos:
            dom_ids[name] = set(infos[name]["ids"])
            dom_ids[name + "#marks"] = set(infos[name]["marks"])
            report.pages += 1
            report.problems += [f"{name}: image did not load: {i['src']}" for i in infos[name]["images"]
                                if not i["ok"]]
        for name, info in infos.items():
            _check_links(site, server.base, name, info, dom_ids, report)
        context.close()
    return report, seen


def check_site(browser, site: Path, pages: list[str]) -> SiteReport:
    """Open ``pages`` of the site in ``browser`` and check everything this module's docstring lists."""
    return check_pages(browser, site, pages)[0]


LAYOUT_SCRIPT = """() => {
  const article = document.querySelector('article.bd-article') || document.querySelector('main') || document.body;
  const box = article.getBoundingClientRect();
  const tables = [...article.querySelectorAll('table')].map((t, i) => {
    const cells = [...t.querySelectorAll('th, td')].filter(c => c.getClientRects().length);
    const outside = cells.filter(c => { const r = c.getBoundingClientRect();
                                        return r.right > box.right + 1 || r.left < box.left - 1; });
    let p = t.parentElement, clipped = false;
    for (; p && p !== article; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if ((o === 'auto' || o === 'scroll' || o === 'hidden') && p.scrollWidth > p.clientWidth + 1) clipped = true;
    }
    const head = [...t.querySelectorAll('th')].map(h => h.textContent.trim()).slice(0, 3).join(' | ');
    return {i, head, outside: outside.length, clipped, width: Math.round(t.scrollWidth),
            column: Math.round(box.width)};
  });
  const imgs = [...article.querySelectorAll('img')].map(im => im.currentSrc || im.src);
  const prose = [...article.querySelectorAll('p, li, h1, h2, h3, figcaption')]
      .filter(e => !e.closest('table, pre, code, .cell_input, .rf-data'))
      .map(e => e.innerText).join('\\n');
  return {scroll: document.documentElement.scrollWidth, viewport: window.innerWidth, tables, imgs, prose};
}"""


def shot_name(page_name: str, width: int) -> str:
    return f"{Path(page_name).stem}-{width}.png"


def layout_problems(info: dict, page_name: str, width: int) -> list[str]:
    """What a reader at ``width`` px could not see: sideways scrolling, tables with columns out of the column,
    charts drawn as bitmaps."""
    where = f"{page_name} at {width} px"
    problems = []
    if info["scroll"] > info["viewport"] + 1:
        problems.append(f"{where}: the page scrolls sideways ({info['scroll']} px wide in a {info['viewport']} px window)")
    for t in info["tables"]:
        if t["outside"] or t["clipped"]:
            problems.append(f"{where}: table {t['i']} ({t['head']}) hides columns: {t['width']} px wide in a "
                            f"{t['column']} px column ({t['outside']} cells outside it)")
    problems += [f"{where}: chart is a bitmap: {src}" for src in info["imgs"]
                 if re.search(r"\.(png|jpe?g|gif|webp)(\?|$)", src, re.I)]
    return problems


def check_layout(browser, site: Path, pages: list[str], widths=WIDTHS, shots: Path | None = SHOTS) -> dict:
    """Open every page at every width, screenshot it into ``shots``; {(page, width): layout facts}."""
    seen = {}
    for width in widths:
        seen.update(check_pages(browser, site, pages, width, shots)[1])
    return seen


# --------------------------------------------------------------------------------------------------- fixtures

@pytest.fixture(scope="session")
def browser():
    if not (SITE / "index.html").is_file():
        pytest.fail(f"no built book in {SITE}: run `make html` first (make test does)")
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install -y chromium (or set $CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture(scope="session")
def passes(browser):
    """The pass over every page of the book at a width (site check, layout, screenshots), made once per width:
    ``passes(width) -> (SiteReport, {(page, width): layout facts})``. tests/conftest.py keeps the tests of one
    width on one pytest-xdist worker, so the two widths' passes run side by side."""
    done = {}

    def at(width: int) -> tuple[SiteReport, dict]:
        if width not in done:
            done[width] = check_pages(browser, SITE, toc_pages(), width, SHOTS)
        return done[width]

    return at


# --------------------------------------------------------------------------------------------------- tests

@pytest.mark.parametrize("width", WIDTHS[:1])  # the pass at the first width (tests/conftest.py groups by width)
def test_every_page_loads_clean_offline_and_every_link_and_anchor_resolves(passes, width):
    site_report = passes(width)[0]
    print(f"\nbrowser: {site_report.pages} pages, {site_report.links} internal links, {site_report.anchors} anchors, "
          f"{site_report.fact_links} provenance links checked")
    assert site_report.problems == []
    assert site_report.pages == len(toc_pages())


@pytest.mark.parametrize("width", WIDTHS[:1])
def test_every_fact_has_a_provenance_link_target(passes, width):
    import pandas as pd

    site_report = passes(width)[0]

    facts = pd.read_csv(ROOT / "data" / "processed" / "facts.csv", dtype=str, keep_default_na=False)
    assert site_report.fact_links >= len(facts)  # each fact is linked at least from its report's table
    for report_id, group in facts.groupby("report_id"):
        ids = static_ids(SITE / "book" / f"report_{report_id}.html")
        missing = sorted(set("fact-" + group["fact_id"]) - ids)
        assert not missing, f"report_{report_id}.html lacks anchors {missing[:5]}"


def test_a_broken_provenance_anchor_is_reported(browser, tmp_path):
    site = tmp_path / "html"
    shutil.copytree(SITE, site)
    page = site / "book" / "report_plan2021.html"
    text = page.read_text(encoding="utf-8")
    assert 'id="fact-plan2021-014"' in text
    page.write_text(text.replace('id="fact-plan2021-014"', 'id="fact-plan2021-014-broken"'), encoding="utf-8")
    report = check_site(browser, site, ["book/00_intro.html", "book/report_plan2021.html"])
    broken = [p for p in report.problems if "broken anchor" in p and "fact-plan2021-014" in p]
    assert broken, report.problems
    assert {p.split(":")[0] for p in broken} == {"book/00_intro.html", "book/report_plan2021.html"}


def test_one_click_from_a_figure_lands_on_its_highlighted_sentence(browser):
    with Server(SITE) as server:
        page = browser.new_page()
        page.goto(server.base + "book/00_intro.html", wait_until="load")
        link = page.locator("a.rf-fact-link").first
        href, title = link.get_attribute("href"), link.get_attribute("title")
        fact_id = href.split("#fact-")[1]
        link.click()  # wait for the navigation itself: a load state can be read before it starts
        page.wait_for_url(f"**/report_{fact_id.rsplit('-', 1)[0]}.html#fact-{fact_id}", wait_until="load")
        target = page.evaluate("() => { const e = document.querySelector(':target');"
                               " return e && {tag: e.tagName, title: e.title, text: e.textContent}; }")
        assert target and target["tag"] == "MARK" and target["title"] == title and target["text"]
        # the sentence is highlighted, the figure in it emphasised, and a link leads back to where the reader was
        looks = page.evaluate("""() => { const e = document.querySelector(':target');
          const s = e.closest('.rf-sentence');
          return {sentence: s && getComputedStyle(s).backgroundColor, weight: getComputedStyle(e).fontWeight}; }""")
        assert looks["sentence"] not in (None, "rgba(0, 0, 0, 0)", "transparent") and int(looks["weight"]) >= 600
        back = page.locator("a.rf-back")
        assert back.count() == 1 and "00_intro.html" in back.get_attribute("href")
        back.click()
        page.wait_for_url("**/book/00_intro.html*", wait_until="load")
        page.close()


def test_landing_page_renders_chinese_glyphs(browser, tmp_path):
    with Server(SITE) as server:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(server.base + "book/00_intro.html", wait_until="load")
        wait_ready(page)
        shot = tmp_path / "landing.png"
        page.screenshot(path=str(shot), full_page=False)
        assert shot.stat().st_size > 10_000
        # Draw each character in the page's own font: missing glyphs all draw as the same box (tofu), real glyphs
        # differ from each other and from the box of a private-use character that no font has.
        result = page.evaluate("""() => {
          const font = getComputedStyle(document.querySelector('main p') || document.body).font;
          const draw = ch => { const c = document.createElement('canvas'); c.width = 64; c.height = 64;
            const g = c.getContext('2d'); g.font = font.replace(/\\d+(\\.\\d+)?px/, '48px'); g.fillStyle = '#000';
            g.textBaseline = 'top'; g.fillText(ch, 4, 4); return c.toDataURL(); };
          const chars = ['高', '新', '区', '焦', '作'];
          return {font, glyphs: chars.map(draw), tofu: draw('\\uE000')};
        }""")
        glyphs = result["glyphs"]
        assert len(set(glyphs)) == len(glyphs), f"Chinese characters draw identically (tofu) in {result['font']}"
        assert result["tofu"] not in glyphs
        text = page.inner_text("main")
        assert "焦作高新区" in text
        page.close()


def test_chinese_sentences_in_tables_keep_a_readable_width(browser):
    # A table squeezed into the column gives each column its narrowest width: a column of Chinese sentences, which
    # may break between any two characters, was once about 10 em wide and the table 18,000 px tall.
    with Server(SITE) as server:
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(server.base + "book/06_targets.html", wait_until="load")
        width = page.evaluate("""() => {
          const heads = t => [...t.querySelectorAll('th')].map(th => th.textContent.trim());
          const table = [...document.querySelectorAll('.rf-table')].find(t => heads(t).includes('Goal as set (Chinese)'));
          const cell = table.querySelector('tbody tr').children[heads(table).indexOf('Goal as set (Chinese)')];
          return cell.getBoundingClientRect().width / parseFloat(getComputedStyle(cell).fontSize);
        }""")
        page.close()
    assert width >= 14, f"the sentence column is {width:.1f} em wide"  # .rf-zh keeps 14 em: 14 characters a line


@pytest.mark.parametrize("word", SEARCH_WORDS)
def test_chinese_full_text_search_finds_pages(browser, word):
    with Server(SITE) as server:
        page = browser.new_page()
        page.goto(server.base + f"search.html?q={word}", wait_until="load")
        page.wait_for_selector("#search-results ul.search li", timeout=15_000)
        hits = page.locator("#search-results ul.search li").count()
        assert hits > 0
        page.close()


def test_built_html_references_nothing_off_machine():
    """Static check too: no script, stylesheet, font, import or iframe from another host in any built file."""
    pattern = re.compile(r"""(?:<script[^>]+src|<link[^>]+href|<img[^>]+src|<iframe[^>]+src)=["']((?:https?:)?//[^"']+)"""
                         r"""|@import\s+(?:url\()?["']?((?:https?:)?//[^"')]+)|url\(["']?((?:https?:)?//[^"')]+)""",
                         re.I)
    offenders = []
    for path in sorted(SITE.rglob("*")):
        if path.suffix in (".html", ".css", ".js") and "_sources" not in path.parts:
            for m in pattern.finditer(path.read_text(encoding="utf-8", errors="replace")):
                url = next(g for g in m.groups() if g)
                if "w3.org/2000/svg" not in url:
                    offenders.append(f"{path.relative_to(SITE)}: {url}")
    assert offenders == []


# --------------------------------------------------------------------------------------------------- layout

@pytest.mark.parametrize("width", WIDTHS)
def test_no_table_hides_columns_no_page_scrolls_sideways_and_charts_are_vector(passes, width):
    report, layout = passes(width)
    problems = [p for (name, w), info in sorted(layout.items()) if w == width
                for p in layout_problems(info, name, w)]
    assert problems == []
    assert report.problems == [] and report.pages == len(toc_pages())  # every page loads clean at this width too
    assert all((SHOTS / shot_name(name, w)).is_file() for name, w in layout if w == width)


@pytest.mark.parametrize("width", WIDTHS)
def test_landing_page_has_a_chart_and_its_prose_shows_no_code(passes, width):
    info = passes(width)[1][(LANDING, width)]
    assert [src for src in info["imgs"] if src.endswith(".svg")], "the landing page has no chart"
    assert CODE_WORD.findall(info["prose"]) == []


def test_the_layout_check_catches_a_wide_table_a_bitmap_and_a_code_in_prose(browser, tmp_path):
    site = tmp_path / "html"
    shutil.copytree(SITE, site)
    page = site / LANDING
    wide = "<table><tr>" + "".join(f"<td>{'x' * 40}{i}</td>" for i in range(12)) + "</tr></table>"
    added = f'{wide}<img src="a.png"><p>61 no_outcome_reported</p></article>'
    page.write_text(page.read_text(encoding="utf-8").replace("</article>", added, 1), encoding="utf-8")
    seen = check_layout(browser, site, [LANDING], widths=(1400,), shots=None)
    problems = layout_problems(seen[(LANDING, 1400)], LANDING, 1400)
    assert any("hides columns" in p for p in problems) and any("bitmap" in p for p in problems), problems
    assert CODE_WORD.findall(seen[(LANDING, 1400)]["prose"]) == ["no_outcome_reported"]


def _search(browser, word: str) -> set[str]:
    """The pages (site-relative) a search of the built book for ``word`` lists."""
    with Server(SITE) as server:
        page = browser.new_page()
        page.goto(server.base + f"search.html?q={word}", wait_until="load")
        page.wait_for_function("() => document.querySelector('#search-results p.search-summary') &&"
                               " !document.querySelector('#search-results h2')?.textContent.includes('Searching')",
                               timeout=15_000)
        hrefs = page.eval_on_selector_all("#search-results ul.search li a", "as => as.map(a => a.href)")
        page.close()
    return {urlsplit(h).path.lstrip("/") for h in hrefs}


def _page_text(name: str) -> str:
    """The text of a built page's article (tags, and so attributes such as link titles, removed)."""
    html = (SITE / name).read_text(encoding="utf-8")
    article = "".join(re.findall(r'<article class="bd-article".*?</article>', html, re.S))
    return re.sub(r"<[^>]+>", "", re.sub(r"<(style|script)\b.*?</\1>", "", article, flags=re.S))


def test_a_chinese_sub_word_finds_every_page_that_uses_it(browser):
    texts = {name: _page_text(name) for name in toc_pages()[:-1]}
    using = {name for name, text in texts.items() if SUBWORD in text}
    only_longer = [n for n in using if SUBWORD not in re.sub(r"国家级?高新技术企业", "", texts[n])]
    assert only_longer, f"no page uses {SUBWORD} only inside a longer word: the test proves nothing"
    found = _search(browser, SUBWORD)
    assert found, f"searching {SUBWORD} finds nothing"
    assert using - found == set(), f"searching {SUBWORD} misses {sorted(using - found)}"


def test_no_page_carries_a_build_date():
    dated = [name for name in toc_pages() if "Last updated" in (SITE / name).read_text(encoding="utf-8")]
    assert dated == []
