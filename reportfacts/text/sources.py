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

from reportfacts.core import yamlio
from reportfacts.core.paths import SOURCES_FILE, resolve
from reportfacts.text.clean import CJK_CHAR_RE, HEADLINE_MIN_CJK

MAX_REPORT_BYTES = 5_000_000  # a newspaper report is ~20 KB; anything this large is not one
DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$")
# A report id names output files (interim/clean/<id>.json, book/report_<id>.ipynb) and anchors: letters, digits,
# `_` and `-` only, so it can never climb out of its folder (`..`, `/`) or become markup.
REPORT_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
REPORT_ID_RULE = "ASCII letters, digits, _ and - only, at most 64 characters"
REPORT_SUFFIX = ".txt"  # matched in any case: a.TXT is a report too
REQUIRED = ("file",)  # every other field has a default; see README "Your own folder of reports"
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
HEADLINE_CHARS = 80  # a headline taken from the text's first line is cut to this many characters
_MENU_RE = re.compile(r"[|｜>＞]")  # a separator of a web page's menu or breadcrumb (首页>新闻, 查看日志|返回日志列表)


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
    subject: str | None = None  # whom the report is about, as printed (optional in sources.yml; issue 14)

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
    """The report files of ``seeds_dir``: every ``*.txt``, whatever the case of its suffix (``a.TXT`` too)."""
    if not seeds_dir.is_dir():
        raise SourceError(f"seeds folder {seeds_dir} does not exist or is not a folder")
    files = sorted(p for p in seeds_dir.iterdir() if p.suffix.lower() == REPORT_SUFFIX and p.is_file())
    if not files:
        raise SourceError(f"seeds folder {seeds_dir} holds no reports (*.txt files)")
    return files


class _TextDatesLoader(yaml.SafeLoader):
    """YAML's safe loader with dates kept as the text written (``published: 2021-02-30`` is the string
    ``"2021-02-30"``, checked and named with its entry, instead of an error from the date constructor)."""


_TextDatesLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)
_FAST_TEXT_DATES = yamlio.fast_loader(_TextDatesLoader)


def _load_doc(path: Path) -> dict:
    try:
        doc = yamlio.safe_load(path.read_text(encoding="utf-8"), _TextDatesLoader, _FAST_TEXT_DATES)
    except yaml.YAMLError as err:
        raise SourceError(f"{path}: YAML syntax error: {err}") from None
    except UnicodeDecodeError as err:
        raise SourceError(f"{path}: not valid UTF-8 at byte {err.start}; save it as UTF-8") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("sources"), list):
        raise SourceError(f"{path}: expected a mapping with a list under `sources:`")
    return doc


def _load_yaml(path: Path) -> list:
    return _load_doc(path)["sources"]


# ---------------------------------------------------------------- the corpus: what the folder of reports is about
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DEFAULT_PACKAGE_NAME = "report-facts"
CORPUS_FIELDS = {  # key: what it is (README "Your own folder of reports"); every one optional, all text
    "subject": "the reports' main subject: a catalog entity id (jiaozuo_hitech_zone) or the name as printed",
    "name": "the data package's name: lowercase ASCII letters and digits in words joined by -",
    "title": "the subject's short name in English (Jiaozuo High-tech Zone)",
    "title_zh": "the subject's short name in Chinese (焦作高新区)",
    "full_title": "the subject's full name in English",
    "full_title_zh": "the subject's full name in Chinese",
    "location": "where the subject is, in English (Henan province)",
}


@dataclass(frozen=True)
class Corpus:
    """What a folder of reports is about (the ``corpus:`` block of sources.yml); empty strings when not given.

    ``subject`` empty means: the subject most of the facts are about (see ``reportfacts.analysis.corpus``)."""

    subject: str = ""
    name: str = DEFAULT_PACKAGE_NAME
    title: str = ""
    title_zh: str = ""
    full_title: str = ""
    full_title_zh: str = ""
    location: str = ""


def load_corpus(seeds_dir: str | Path) -> Corpus:
    """The ``corpus:`` block of ``seeds_dir/sources.yml`` (defaults without one, or without the file), validated:
    an unknown key, a value that is not text or a package name that is no slug is a SourceError naming the file
    and the key."""
    yml = resolve(seeds_dir) / SOURCES_FILE
    if not yml.exists():
        return Corpus()
    block = _load_doc(yml).get("corpus")
    if block is None:
        return Corpus()
    if not isinstance(block, dict):
        raise SourceError(f"{yml}: corpus: expected a mapping of {', '.join(CORPUS_FIELDS)}, got {block!r}")
    unknown = sorted(str(k) for k in block if k not in CORPUS_FIELDS)
    if unknown:
        raise SourceError(f"{yml}: corpus: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(CORPUS_FIELDS)}")
    values = {}
    for key in CORPUS_FIELDS:
        value = block.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not value.strip():
            raise SourceError(f"{yml}: corpus.{key} {value!r} is not text ({CORPUS_FIELDS[key]})")
        values[key] = value.strip()
    if "name" in values and not SLUG_RE.match(values["name"]):
        raise SourceError(f"{yml}: corpus.name {values['name']!r} is not a package name ({CORPUS_FIELDS['name']})")
    return Corpus(**values)


def first_line(path: Path, limit: int = HEADLINE_CHARS) -> str:
    """The first line of a report (read from its first 64 KB only) that holds at least ``HEADLINE_MIN_CJK`` Chinese
    characters and no menu separator (|, >), else its first non-empty line, cut to ``limit`` characters with an
    ellipsis: the default headline of a report whose entry gives none (a saved web page's chrome before it, 登录站点,
    查看日志|返回日志列表, is none). Whitespace runs become one space."""
    with path.open("rb") as fh:
        head = fh.read(65536)
    text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    line = next((x for x in lines if len(CJK_CHAR_RE.findall(x)) >= HEADLINE_MIN_CJK and not _MENU_RE.search(x)),
                lines[0] if lines else "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _real_date(published: str) -> bool:
    """True when a ``YYYY-MM-DD`` date exists in the calendar (``2021-02-30`` does not); ``YYYY-MM`` always."""
    try:
        date.fromisoformat(published) if len(published) == 10 else None
    except ValueError:
        return False
    return True


def check_report_id(report_id: object, where: str) -> str:
    """``report_id`` when it matches :data:`REPORT_ID_RE`; else a SourceError starting with ``where``."""
    if not isinstance(report_id, str) or not REPORT_ID_RE.match(report_id):
        raise SourceError(f"{where}: report_id {report_id!r} is not a valid id ({REPORT_ID_RULE})")
    return report_id


def _id_from_file(path: Path, where: str) -> str:
    """The report id a file name gives (its stem), or an error saying how to give another."""
    if not REPORT_ID_RE.match(path.stem):
        raise SourceError(f"{where}: the file name gives report_id {path.stem!r}, which is not a valid id "
                          f"({REPORT_ID_RULE}); rename the file or give its entry in {SOURCES_FILE} a report_id")
    return path.stem


def _text_field(entry: dict, key: str, where: str) -> str | None:
    """An optional text field of an entry: None when absent or null, else a string (numbers are refused)."""
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise SourceError(f"{where}: {key} {value!r} is not text; write it quoted")
    return value


def _entry_file(entry: dict, where: str, seeds_dir: Path) -> Path:
    """The report file an entry names: a plain file name inside ``seeds_dir``."""
    name = entry.get("file")
    if not isinstance(name, str) or not name.strip():
        raise SourceError(f"{where}: missing field(s) file")
    path = seeds_dir / name
    if Path(name).name != name or name in (".", ".."):
        raise SourceError(f"{where}: file {name!r} must be a file name in {seeds_dir}, not a path")
    if not path.is_file():
        raise SourceError(f"{where}: file {name} is not in {seeds_dir}")
    if path.suffix.lower() != REPORT_SUFFIX:
        raise SourceError(f"{where}: file {name} is not a .txt report")
    return path


def _check_entry(entry: object, n: int, yml: Path, seeds_dir: Path) -> Source:
    """One ``sources.yml`` entry as a Source: only ``file`` is required (see :data:`REQUIRED`); ``report_id``
    defaults to the file's stem, ``headline_zh`` to the report's first non-empty line, ``headline_en`` to "",
    ``published`` and ``sha256`` to unknown."""
    if not isinstance(entry, dict):
        raise SourceError(f"{yml}: entry {n}: expected a mapping with at least `file:`, got {entry!r}")
    given_id = entry.get("report_id")
    where = f"{yml}: entry {n} ({given_id if isinstance(given_id, str) else entry.get('file', '?')})"
    path = _entry_file(entry, where, seeds_dir)
    report_id = _id_from_file(path, where) if given_id is None else check_report_id(given_id, where)
    published = entry.get("published")
    if published is not None:
        published = str(published)
        if not DATE_RE.match(published) or not _real_date(published):
            raise SourceError(f"{where}: published {published!r} is not a date of the form YYYY-MM or YYYY-MM-DD")
    sha256 = _text_field(entry, "sha256", where)
    if sha256 is not None and not SHA256_RE.match(sha256):
        raise SourceError(f"{where}: sha256 {sha256!r} is not 64 lowercase hex digits")
    headline_zh = _text_field(entry, "headline_zh", where)
    return Source(
        report_id=report_id, file=path.name, path=path, published=published or None,
        headline_zh=first_line(path) if headline_zh is None else headline_zh,
        headline_en=_text_field(entry, "headline_en", where) or "", byline=_text_field(entry, "byline", where),
        sha256=sha256, subject=_text_field(entry, "subject", where),
    )


def _unlisted_source(path: Path) -> Source:
    """A report of a folder without ``sources.yml``: named after its file, headline from its first line."""
    report_id = _id_from_file(path, str(path))
    return Source(report_id=report_id, file=path.name, path=path, published=None, headline_zh=first_line(path))


def load_sources(seeds_dir: str | Path) -> list[Source]:
    """The reports of ``seeds_dir`` sorted by publication date then id.

    With a ``sources.yml`` every ``.txt`` file must have an entry; without one each file becomes a source
    named after its stem, with an unknown publication date (relative periods then stay unresolved). A sha256
    given in an entry is checked against the file's bytes.
    """
    seeds_dir = resolve(seeds_dir)
    files = _report_files(seeds_dir)
    yml = seeds_dir / SOURCES_FILE
    if not yml.exists():
        sources = [_unlisted_source(f) for f in files]
        _check_unique(sources, seeds_dir)
    else:
        sources = [_check_entry(e, n, yml, seeds_dir) for n, e in enumerate(_load_yaml(yml), 1)]
        _check_unique(sources, yml)
        unlisted = sorted({f.name for f in files} - {s.file for s in sources})
        if unlisted:
            raise SourceError(f"{yml}: no entry for report file(s) {', '.join(unlisted)}")
        _check_recorded_hashes(sources)
    return sorted(sources, key=lambda s: (s.published or "", s.report_id))


def _check_recorded_hashes(sources: list[Source]) -> None:
    """Raise naming the file when a report's bytes differ from the sha256 its entry gives."""
    for s in sources:
        if s.sha256:
            actual = sha256_of(s.path)
            if actual != s.sha256:
                raise SourceError(f"{s.path}: sha256 {actual} differs from {s.sha256} recorded in {SOURCES_FILE}")


def _check_unique(sources: list[Source], where: Path) -> None:
    """Refuse two reports with one id or one file (ids compared without case: they name files on disks that
    ignore it)."""
    for attr in ("report_id", "file"):
        seen: dict[str, str] = {}
        for s in sources:
            value = getattr(s, attr)
            if value.lower() in seen:
                first = seen[value.lower()]
                also = "" if first == value else f" (the same as {first!r} but for case)"
                raise SourceError(f"{where}: duplicate {attr} {value!r}{also}")
            seen[value.lower()] = value


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
    A report with an unknown date cannot be placed in time: with an ``as_of`` it stops with an error naming it;
    so does an ``as_of`` before every report (the error gives the earliest date), which would give empty tables.
    """
    if not as_of:
        return list(sources)
    if not AS_OF_RE.match(str(as_of)):
        raise ValueError(f"as_of {as_of!r} is not a month of the form YYYY-MM (e.g. 2020-06); \"\" for all reports")
    undated = [s.report_id for s in sources if not s.published]
    if undated:
        raise ValueError(f"as_of {as_of}: report(s) {', '.join(undated)} have no publication date to compare with")
    kept = [s for s in sources if s.published[:7] <= as_of]
    if sources and not kept:
        first = min(sources, key=lambda s: (s.published, s.report_id))
        raise ValueError(f"parameter as_of={as_of!r}: no report was published by then; the earliest, "
                         f"{first.report_id}, was published {first.published} (give as_of {first.published[:7]} "
                         f"or later)")
    return kept


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
