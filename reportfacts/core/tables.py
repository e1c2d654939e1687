"""Writing outputs: every file the pipeline and the book's steps write goes through here, atomically (a temporary
file beside the target, then a rename), so a failing step leaves the previous outputs untouched; CSV tables are
UTF-8 with ``\n`` line ends.
"""

from __future__ import annotations

import filecmp
import os
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from reportfacts.core.signals import signals_held

Text = str | Iterable[str | bytes]  # a file's text, whole or as chunks written in turn (bytes: already UTF-8)
Writer = Callable[[Text, Path], None]
TMP_SUFFIX = ".tmp"


class OutputError(ValueError):
    """An output folder cannot be written: it is a file, or it (or a folder above it) is not writable."""


def check_output_folder(folder: Path, role: str = "output folder") -> None:
    """Raise :class:`OutputError` naming ``folder`` (and the part at fault) when it is a file, would have to be
    made under a file, or its nearest existing folder is not writable; checked before a long run starts."""
    for part in [folder, *folder.parents]:
        if not (part.exists() or part.is_symlink()):
            continue
        which = "it" if part == folder else str(part)
        if not part.is_dir():
            raise OutputError(f"{role} {folder}: {which} is a file, not a folder")
        if not os.access(part, os.W_OK | os.X_OK):
            raise OutputError(f"{role} {folder}: {which} is not writable")
        return


def _write_tmp(text: Text, path: Path) -> Path:
    """Write ``text`` (a str, or chunks written in turn: str, or bytes already in UTF-8) as UTF-8 to a new
    temporary file beside ``path`` (same folder, so a rename is atomic)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TMP_SUFFIX, dir=path.parent)
    except OSError as err:  # a read-only folder, a file where a folder should be (the checks above may race)
        raise OutputError(f"cannot write {path}: {err.strerror or err}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in [text] if isinstance(text, str) else text:
                fh.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; outputs are published files
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_bytes_atomic(data: bytes, path: Path) -> None:
    """:func:`write_text_atomic` for bytes (an SVG): an unchanged file is left alone, else replaced atomically."""
    if path.is_file() and path.read_bytes() == data:
        return
    os.replace(_write_tmp([data], path), path)


def write_text_atomic(text: str, path: Path) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and an atomic rename.

    An unchanged file is left alone, so its timestamp tells make that nothing downstream needs rebuilding.
    """
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    tmp = _write_tmp(text, path)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def staged_writes() -> Iterator[Writer]:
    """Yield a ``write(text, path)`` that stages files; they replace their targets only if the block succeeds.

    A step that fails half-way (a bad report, a failed extraction, an interrupt: SIGINT, and SIGTERM or SIGHUP
    once :func:`reportfacts.core.signals.stop_on_signals` is in force) leaves every previous output untouched and no staged file behind;
    the staged files stream to disk, so a large corpus is never held in memory. The renames that publish them
    run with those signals held, so they all happen or none does; a staged file with the bytes its target already
    holds is dropped instead, so the target keeps its timestamp.
    """
    pending: list[tuple[Path, Path]] = []

    def write(text: Text, path: Path) -> None:
        pending.append((_write_tmp(text, path), path))

    try:
        yield write
    except BaseException:
        for tmp, _ in pending:
            tmp.unlink(missing_ok=True)
        raise
    with signals_held():
        for tmp, path in pending:
            if path.is_file() and filecmp.cmp(tmp, path, shallow=False):
                tmp.unlink()  # the same bytes: the file and its timestamp stay (make rebuilds nothing for it)
            else:
                os.replace(tmp, path)


def _csv(df: pd.DataFrame) -> str:
    return df.to_csv(index=False, lineterminator="\n")


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """Write a table as UTF-8 CSV with ``\\n`` line ends, atomically; the caller fixes the row order."""
    write_text_atomic(_csv(df), path)


# ----------------------------------------------------------------------------------------------- reading
TABLES_FILE = "tables.yml"  # in data/catalog: the processed tables' columns and types
_DTYPES = {"integer": "Int64", "number": "float64", "boolean": "boolean"}
_BOOLEANS = {"True": True, "true": True, "False": False, "false": False}


@lru_cache(maxsize=4)
def table_schemas(path: str | Path | None = None) -> dict[str, dict[str, str]]:
    """{table name: {column: Frictionless type}} of data/catalog/tables.yml; raises ValueError naming the file and
    the table or field that lacks a name or type."""
    from reportfacts.core import yamlio
    from reportfacts.core.paths import CATALOG_DIR

    path = Path(path) if path else CATALOG_DIR / TABLES_FILE
    doc = yamlio.safe_load(path.read_text(encoding="utf-8")) or {}
    schemas: dict[str, dict[str, str]] = {}
    for i, table in enumerate(doc.get("tables") or ()):
        name = table.get("name") if isinstance(table, dict) else None
        if not name:
            raise ValueError(f"{path}: tables[{i}] has no name")
        fields = {}
        for j, f in enumerate(table.get("fields") or ()):
            if not isinstance(f, dict) or not f.get("name") or not f.get("type"):
                raise ValueError(f"{path}: tables.{name}.fields[{j}] needs a name and a type")
            fields[f["name"]] = f["type"]
        schemas[name] = fields
    return schemas


def read_table(table: str | Path, required: Iterable[str] = (), text: bool = False,
               usecols: list[str] | None = None) -> pd.DataFrame:
    """A processed table: ``"facts"`` (data/processed/facts.csv) or a path to one, named by its file stem.

    Typed from data/catalog/tables.yml: integer columns as Int64, numbers as float64 and booleans as boolean, with
    NA for an empty cell; strings keep ``""`` for an empty cell. ``text=True`` reads every column as it is written
    (``""`` for empty), for code that shows or compares figures as printed; a CSV tables.yml does not describe can
    only be read that way. Raises ValueError naming the file when it does not exist, lacks a ``required`` column,
    or holds a value its column's type cannot read.
    """
    from reportfacts.core.paths import PROCESSED_DIR, resolve

    path = PROCESSED_DIR / f"{table}.csv" if isinstance(table, str) and "/" not in table and \
        not table.endswith(".csv") else resolve(table)
    if not path.exists():
        raise ValueError(f"table {path} does not exist")
    schema = table_schemas().get(path.stem)
    if schema is None and not text:
        raise ValueError(f"table {path}: {path.stem!r} is not described in data/catalog/{TABLES_FILE}")
    df = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=usecols)
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise ValueError(f"{path} lacks the columns {missing} (has {list(df.columns)})")
    if text:
        return df
    for col in df.columns:
        kind = schema.get(col, "string")
        if kind not in _DTYPES:
            continue
        cells = df[col].str.strip()
        try:
            if kind == "boolean":
                bad = ~cells.isin([*_BOOLEANS, ""])
                if bad.any():
                    raise ValueError(repr(cells[bad].iloc[0]))
                df[col] = cells.map(lambda c: _BOOLEANS.get(c, pd.NA)).astype("boolean")
            else:
                df[col] = pd.to_numeric(cells.replace("", None), errors="raise").astype(_DTYPES[kind])
        except (ValueError, TypeError) as e:
            raise ValueError(f"{path}: column {col} ({kind} in data/catalog/{TABLES_FILE}) cannot read {e}") from None
    return df
