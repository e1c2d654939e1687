"""Every path the project uses, resolved from this file so nothing depends on the working directory."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS_DIR = ROOT / "seeds"
DATA_DIR = ROOT / "data"
CATALOG_DIR = DATA_DIR / "catalog"
INTERIM_DIR = DATA_DIR / "interim"
PROCESSED_DIR = DATA_DIR / "processed"
NOTEBOOKS_DIR = ROOT / "notebooks"
BOOK_DIR = ROOT / "book"
SOURCES_FILE = "sources.yml"


def resolve(path: str | Path) -> Path:
    """Return ``path`` as an absolute path; relative paths are taken from the repository root."""
    p = Path(path)
    return p if p.is_absolute() else ROOT / p


def inside(folder: Path, name: str, suffix: str = "") -> Path:
    """``folder / (name + suffix)``, proven to stay in ``folder``: a ``name`` with a separator, ``..`` or anything
    else that would lead out of it raises ValueError naming both (ids are checked where they are read; this is
    the last guard where a file is named after one)."""
    path = folder / f"{name}{suffix}"
    if Path(name).name != name or name in ("", ".", "..") or path.resolve().parent != folder.resolve():
        raise ValueError(f"{name!r} cannot name a file in {folder}: it would be written outside that folder")
    return path
