"""Sphinx extension loaded by the book's ``_config.yml``: quiet Chinese search, and Chinese glyphs for every reader.

- Sphinx's Chinese search indexer imports jieba, which prints its dictionary-loading chatter to stderr on every
  build; its logging is turned down before the indexer runs.
- The pages are readable without a Chinese system font: after the HTML is written, the Chinese characters the pages
  use are cut from Noto Sans CJK SC (the OFL face shipped by the ``mplfonts`` wheel, see :mod:`reportfacts.fonts`)
  into a small web font in ``_static/``, declared with a ``unicode-range`` so Latin text keeps the theme's fonts.
  Nothing is fetched from elsewhere.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

CSS_FILE = "cjk-font.css"
FONT_FAMILY = "Book CJK"
CJK_FROM = 0x2E80  # CJK radicals onwards: ideographs, CJK punctuation, full-width forms
UNICODE_RANGE = "U+2E80-2FFF, U+3000-303F, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF"


def quiet_jieba() -> None:
    """Turn down jieba's loggers (it is optional: without it the search page splits Chinese per character)."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    try:
        import jieba
    except ImportError:
        return
    jieba.setLogLevel(logging.WARNING)


def used_cjk_characters(outdir: Path) -> str:
    """Every CJK character in the built HTML pages, sorted."""
    chars: set[str] = set()
    for page in outdir.rglob("*.html"):
        chars.update(c for c in page.read_text(encoding="utf-8") if ord(c) >= CJK_FROM)
    return "".join(sorted(chars))


def write_subset_font(chars: str, target: Path) -> None:
    """Cut ``chars`` out of the CJK face into ``target`` (OpenType), with no build timestamp in it."""
    from fontTools import subset

    from reportfacts.fonts import font_path

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
    """After a successful HTML build, write the subset font and the stylesheet that declares it."""
    if exception is not None or app.builder.format != "html":
        return
    static = Path(app.outdir) / "_static"
    chars = used_cjk_characters(Path(app.outdir))
    name = f"cjk-{hashlib.sha256(chars.encode()).hexdigest()[:12]}.otf"
    if not (static / name).exists():
        for old in static.glob("cjk-*.otf"):
            old.unlink()
        write_subset_font(chars, static / name)
    css = (f'@font-face {{ font-family: "{FONT_FAMILY}"; src: url("{name}") format("opentype"); '
           f"unicode-range: {UNICODE_RANGE}; font-display: swap; }}\n"
           f'html {{ --pst-font-family-base: "{FONT_FAMILY}", var(--pst-font-family-base-system); }}\n')
    (static / CSS_FILE).write_text(css, encoding="utf-8")


def setup(app):
    """Register the hooks; Sphinx calls this when the book is built."""
    quiet_jieba()
    app.add_css_file(CSS_FILE)
    app.connect("build-finished", publish_cjk_font)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
