"""Load the reports of a seeds folder and the curated ``sources.yml`` that describes them.

Every problem is raised as :class:`SourceError` naming the file (and the entry or byte) at fault.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from reportfacts import yamlio
from reportfacts.paths import SOURCES_FILE, resolve

MAX_REPORT_BYTES = 5_000_000  # a newspaper report is ~20 KB; anything this large is not one
DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
REQUIRED = ("report_id", "file", "headline_zh", "headline_en", "published", "sha256")


class SourceError(ValueError):
    """A seeds folder, a report file or a sources.yml entry is unusable."""


@dataclass(frozen=True)
class Source:
    """One report: where it is, what it is, and when it was published (``None`` when unknown)."""

    report_id: str
    file: str
    path: Path
    published: str | None
    headline_zh: str = ""
    headline_en: str = ""
    byline: str | None = None
    sha256: str | None = None
    subject: str | None = None  # whom the report is about, as printed (default subject_zh of its figures)

    @property
    def year(self) -> int | None:
        """The publication year, or ``None`` when the date is unknown."""
        return int(self.published[:4]) if self.published else None


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _utf16_without_bom(data: bytes) -> str | None:
    """'UTF-16LE'/'UTF-16BE' when ``data`` looks like UTF-16 without a byte-order mark, else None.

    UTF-16 text with ASCII characters (digits, punctuation) has its NUL bytes all at odd (LE) or all at even (BE)
    offsets; a binary file has them anywhere.
    """
    if len(data) % 2:
        return None
    odd, even = data[1::2].count(0), data[0::2].count(0)
    for name, nuls, other in (("UTF-16LE", odd, even), ("UTF-16BE", even, odd)):
        if nuls and not other:
            try:
                data.decode(name.lower())
            except UnicodeDecodeError:
                return None
            return name
    return None


def _decodes_as(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def read_report(path: Path) -> str:
    """Decode one report as UTF-8 (a UTF-8 byte-order mark is dropped), refusing by name anything that would
    become mojibake: UTF-16, GBK and other encodings, binary files, empty files and files too large to be a report.
    """
    size = path.stat().st_size
    if size > MAX_REPORT_BYTES:  # checked before reading: a 50 MB file is never loaded
        raise SourceError(f"{path}: {size:,} bytes is more than the {MAX_REPORT_BYTES:,} a report may have")
    data = path.read_bytes()
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise SourceError(f"{path}: the report is empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise SourceError(f"{path}: the report is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16:
            raise SourceError(f"{path}: the report looks like {utf16} without a byte-order mark; save it as UTF-8")
        raise SourceError(f"{path}: the report contains NUL bytes: it is binary, not a text report")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        hint = "if it is GBK, convert it with `iconv -f GBK -t UTF-8`" if _decodes_as(data, "gbk") else \
            "save it as UTF-8"
        raise SourceError(f"{path}: not valid UTF-8 at byte {err.start} (line {line}); {hint}") from None
    return text.removeprefix("\ufeff")


def _report_files(seeds_dir: Path) -> list[Path]:
    if not seeds_dir.is_dir():
        raise SourceError(f"seeds folder {seeds_dir} does not exist or is not a folder")
    files = sorted(seeds_dir.glob("*.txt"))
    if not files:
        raise SourceError(f"seeds folder {seeds_dir} holds no reports (*.txt files)")
    return files


def _load_yaml(path: Path) -> list[dict]:
    try:
        doc = yamlio.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise SourceError(f"{path}: YAML syntax error: {err}") from None
    except ValueError as err:  # an unquoted impossible date such as 2021-02-30
        raise SourceError(f"{path}: unreadable value ({err}); write dates quoted, as \"YYYY-MM-DD\"") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("sources"), list):
        raise SourceError(f"{path}: expected a mapping with a list under `sources:`")
    return doc["sources"]


def _real_date(published: str) -> bool:
    """True when a ``YYYY-MM-DD`` date exists in the calendar (``2021-02-30`` does not); ``YYYY-MM`` always."""
    try:
        date.fromisoformat(published) if len(published) == 10 else None
    except ValueError:
        return False
    return True


def _check_entry(entry: dict, n: int, yml: Path, seeds_dir: Path) -> Source:
    where = f"{yml}: entry {n} ({entry.get('report_id', '?')})"
    missing = [k for k in REQUIRED if not entry.get(k)]
    if missing:
        raise SourceError(f"{where}: missing field(s) {', '.join(missing)}")
    published = str(entry["published"])
    if not DATE_RE.match(published) or not _real_date(published):
        raise SourceError(f"{where}: published {published!r} is not a date of the form YYYY-MM or YYYY-MM-DD")
    path = seeds_dir / entry["file"]
    if not path.is_file():
        raise SourceError(f"{where}: file {entry['file']} is not in {seeds_dir}")
    return Source(
        report_id=str(entry["report_id"]), file=entry["file"], path=path, published=published,
        headline_zh=entry["headline_zh"], headline_en=entry["headline_en"], byline=entry.get("byline"),
        sha256=entry["sha256"], subject=entry.get("subject"),
    )


def load_sources(seeds_dir: str | Path) -> list[Source]:
    """The reports of ``seeds_dir`` sorted by publication date then id.

    With a ``sources.yml`` every ``.txt`` file must have an entry; without one each file becomes a source
    named after its stem, with an unknown publication date (relative periods then stay unresolved).
    """
    seeds_dir = resolve(seeds_dir)
    files = _report_files(seeds_dir)
    yml = seeds_dir / SOURCES_FILE
    if not yml.exists():
        sources = [Source(report_id=f.stem, file=f.name, path=f, published=None) for f in files]
    else:
        sources = [_check_entry(e, n, yml, seeds_dir) for n, e in enumerate(_load_yaml(yml), 1)]
        _check_unique(sources, yml)
        unlisted = sorted({f.name for f in files} - {s.file for s in sources})
        if unlisted:
            raise SourceError(f"{yml}: no entry for report file(s) {', '.join(unlisted)}")
    return sorted(sources, key=lambda s: (s.published or "", s.report_id))


def _check_unique(sources: list[Source], yml: Path) -> None:
    for attr in ("report_id", "file"):
        seen: set[str] = set()
        for s in sources:
            value = getattr(s, attr)
            if value in seen:
                raise SourceError(f"{yml}: duplicate {attr} {value!r}")
            seen.add(value)


def check_hashes(sources: list[Source]) -> None:
    """Raise if a report's bytes differ from the sha256 recorded for it, or two reports are the same bytes."""
    by_hash: dict[str, str] = {}
    for s in sources:
        actual = sha256_of(s.path)
        if s.sha256 and actual != s.sha256:
            raise SourceError(f"{s.path}: sha256 {actual} differs from {s.sha256} recorded in {SOURCES_FILE}")
        if actual in by_hash:
            raise SourceError(f"{s.path}: the same bytes as {by_hash[actual]} (a report listed twice)")
        by_hash[actual] = s.file


AS_OF_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def published_by(sources: list[Source], as_of: str | None) -> list[Source]:
    """The sources a reader could have read by the end of month ``as_of`` (``YYYY-MM``); all of them when empty.

    A report is kept when its publication date (``YYYY-MM`` or ``YYYY-MM-DD``) falls in or before that month.
    A report with an unknown date cannot be placed in time: with an ``as_of`` it stops with an error naming it.
    """
    if not as_of:
        return list(sources)
    if not AS_OF_RE.match(str(as_of)):
        raise ValueError(f"as_of {as_of!r} is not a month of the form YYYY-MM (e.g. 2020-06); \"\" for all reports")
    undated = [s.report_id for s in sources if not s.published]
    if undated:
        raise ValueError(f"as_of {as_of}: report(s) {', '.join(undated)} have no publication date to compare with")
    return [s for s in sources if s.published[:7] <= as_of]


def report_ids_by(sources: list[Source], as_of: str | None) -> set[str]:
    """The ids of :func:`published_by`: filter any table with ``df[df.report_id.isin(report_ids_by(...))]``."""
    return {s.report_id for s in published_by(sources, as_of)}


def text_digest(text: str) -> str:
    """sha256 of a decoded report (two files with the same text are the same report)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def check_not_seen(seen: dict[str, str], name: str, digest: str) -> None:
    """Raise if a text with this :func:`text_digest` was already read under another name (``seen`` maps digests to
    file names)."""
    if digest in seen:
        raise SourceError(f"{name}: the same text as {seen[digest]} (one report saved twice under two names)")
    seen[digest] = name
