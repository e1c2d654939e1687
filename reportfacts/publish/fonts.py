"""The CJK font the charts use: Noto Sans CJK SC Regular, from the ``mplfonts`` wheel, registered by its file.

``mplfonts`` (pinned in requirements.txt) ships the font file inside the package, so no system font or apt step is
needed. The wheel also carries other faces, one of them (SimHei) proprietary: only the openly licensed
Noto Sans CJK SC (SIL Open Font License 1.1, copyright Adobe) is used, found by its exact file name. Its licence is
read from the font's own name table (``FONT_LICENSE``), so the book credits what the file says.

:func:`use_cjk_font` registers the file with ``matplotlib.font_manager.fontManager`` and sets ``rcParams`` so that
every text (Latin and Chinese) is drawn in that face; it raises when the file is missing, never falls back silently.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

FONT_PACKAGE = "mplfonts"
FONT_FILE = "NotoSansCJKsc-Regular.otf"  # the only face of the wheel we use (SimHei beside it is proprietary)
FONT_FAMILY = "Noto Sans CJK SC"
FONT_LICENSE = "SIL Open Font License 1.1"
FONT_CREDIT = (f"Chinese text in the charts is set in {FONT_FAMILY} Regular (© Adobe, {FONT_LICENSE}), "
               f"installed from the PyPI package {FONT_PACKAGE}.")


class FontError(RuntimeError):
    """The CJK font file is not where the pinned package puts it."""


def font_path(package: str = FONT_PACKAGE, filename: str = FONT_FILE) -> Path:
    """The absolute path of ``filename`` inside the installed ``package`` (its ``fonts/`` folder); raise if absent."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise FontError(f"the font package {package!r} is not installed: pip install -r requirements.txt "
                        f"(it ships {filename})")
    for folder in spec.submodule_search_locations:
        path = Path(folder) / "fonts" / filename
        if path.is_file():
            return path
    raise FontError(f"{filename} not found in the fonts/ folder of the installed package {package!r} "
                    f"({list(spec.submodule_search_locations)})")


def use_cjk_font(path: Path | None = None) -> str:
    """Register the CJK font file with matplotlib and make it the default face; return its family name.

    Idempotent. Raises :class:`FontError` when the file is missing or matplotlib reads another family from it.
    """
    import matplotlib
    from matplotlib import font_manager

    path = path or font_path()
    if not path.is_file():
        raise FontError(f"font file {path} does not exist")
    family = font_manager.FontProperties(fname=str(path)).get_name()
    if family != FONT_FAMILY:
        raise FontError(f"{path} holds the family {family!r}, expected {FONT_FAMILY!r}")
    manager = font_manager.fontManager
    # A system copy of the same family (e.g. a Debian fonts-noto-cjk .ttc) must not win: the charts would then
    # differ between machines. Keep only the wheel's file under this family name.
    manager.ttflist = [f for f in manager.ttflist if f.name != FONT_FAMILY]
    manager.addfont(str(path))
    manager._findfont_cached.cache_clear()
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [FONT_FAMILY, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = True
    matplotlib.rcParams["text.parse_math"] = False  # a label is text: "$x$" is never drawn as mathematics
    return family


def resolved_font_file() -> Path:
    """The file matplotlib picks for the default text face (after :func:`use_cjk_font`): a check for tests."""
    from matplotlib import font_manager

    return Path(font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]), fallback_to_default=False))
