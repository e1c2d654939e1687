"""Sphinx extension: publish the processed tables with the built book, and keep the pages offline and error-free.

- After an HTML build, ``datapackage.json`` and every table it describes are copied from ``data/processed/`` into
  ``_build/html/data/`` (the "Data" page links them as ``../data/<file>``).
- sphinx-thebe (a default extension of Jupyter Book, for live code, switched off here: ``launch_buttons.thebe:
  false``) still puts its inline config on every page, twice, which throws "Identifier 'THEBE_JS_URL' has already
  been declared" in the browser and names a CDN script; its scripts and stylesheet are dropped from every page.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def copy_tables(app, exception) -> None:
    """Copy the data package into the HTML output (only after a successful HTML build)."""
    if exception is not None or app.builder.format != "html":
        return
    from reportfacts.datapackage import SITE_DATA_DIR, site_files

    target = Path(app.outdir) / SITE_DATA_DIR
    target.mkdir(parents=True, exist_ok=True)
    for path in site_files():
        shutil.copyfile(path, target / path.name)


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
    from reportfacts.catalog import load_catalog

    catalog = load_catalog()
    words = set()
    for m in catalog.metrics.values():
        words.update((m.name_zh, *m.aliases_zh))
    for t in catalog.terms.values():
        words.update((t.term_zh, *t.aliases_zh))
    for e in catalog.entities.values():
        words.update((e.name_zh, *e.aliases_zh))
    return sorted(w for w in words if w and "…" not in w and len(w) > 1)


def teach_search_words(app) -> None:
    """Make jieba (which Sphinx's Chinese search uses to split the pages into index words) keep the catalog's terms
    whole, so searching for 科技型中小企业 finds the pages that use it, not only its parts."""
    try:
        import jieba
    except ImportError:  # the book still builds; search then splits Chinese per character
        return
    for word in search_words():
        jieba.add_word(word)


def setup(app):
    """Register the copy and the clean-up with Sphinx; called when the book is built."""
    app.connect("builder-inited", teach_search_words)
    app.connect("build-finished", copy_tables)
    app.connect("html-page-context", drop_thebe, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
