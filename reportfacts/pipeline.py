"""The pipeline's steps, each load -> transform -> save: seeds -> data/interim -> data/processed.

Notebooks and the command line call these functions; every output is written atomically, so a failing step
leaves the previous outputs untouched.
"""

from __future__ import annotations

import csv
import filecmp
import gc
import io
import json
import os
import re
import tempfile
from contextlib import contextmanager
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from reportfacts.clean import CleanText, clean_text, split_paragraphs
from reportfacts.paths import inside, resolve
from reportfacts.signals import signals_held
from reportfacts.sources import Source, SourceError, check_not_seen, load_sources, read_report, text_digest

CLEAN_SUBDIR = "clean"
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
DIGIT_RE = re.compile(r"[0-9\uff10-\uff19]")
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
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (reference counting still frees everything).

    Extraction makes no reference cycles, but it keeps many small objects alive for a whole report (mentions,
    spans, memoised scans), so the collector runs often and each full collection walks every live object: on a
    large corpus that is several percent of the run for nothing. The previous state is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def staged_writes() -> Iterator[Writer]:
    """Yield a ``write(text, path)`` that stages files; they replace their targets only if the block succeeds.

    A step that fails half-way (a bad report, a failed extraction, an interrupt: SIGINT, and SIGTERM or SIGHUP
    once :func:`reportfacts.signals.stop_on_signals` is in force) leaves every previous output untouched and no staged file behind;
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


def _csv_lines(rows: Iterable[tuple]) -> str:
    """The CSV lines of ``rows`` (``\\n`` line ends), by the ``csv`` writer that ``pandas.DataFrame.to_csv`` uses."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def _csv_chunks(columns: list[str], rows: list[tuple], size: int = 2000) -> Iterator[str]:
    """The CSV text of ``rows`` under a header of ``columns`` (what ``pandas.DataFrame.to_csv`` writes for rows of
    str, int, bool and None: it uses the same ``csv`` writer), in pieces of ``size`` rows, so a large table is never
    one string and no DataFrame is built."""
    yield _csv_lines([columns])
    for i in range(0, len(rows), size):
        yield _csv_lines(rows[i:i + size])


def _reports_csv(rows: list[dict]) -> Iterator[str]:
    """reports.csv of the :func:`summarize` rows of every report."""
    return _csv_chunks(list(rows[0]), [tuple(r.values()) for r in rows])


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """Write a table as UTF-8 CSV with ``\\n`` line ends, atomically; the caller fixes the row order."""
    write_text_atomic(_csv(df), path)


def _clean_path(interim_dir: Path, report_id: str) -> Path:
    return inside(interim_dir / CLEAN_SUBDIR, report_id, ".json")


def remove_stale_clean(interim_dir: Path, report_ids: Iterable[str]) -> list[Path]:
    """Remove from ``interim_dir/clean`` the clean texts of reports no longer in the folder, and the staged files
    a killed run may have left (``.<name>.*.tmp``); return what was removed. Called after a successful run."""
    folder = interim_dir / CLEAN_SUBDIR
    keep = {f"{r}.json" for r in report_ids}
    stale = [p for p in sorted(folder.glob("*.json")) if p.name not in keep] if folder.is_dir() else []
    stale += sorted(folder.glob(f".*{TMP_SUFFIX}")) if folder.is_dir() else []
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def clean_json(ct: CleanText, source: Source) -> str:
    """The interim file of one report: its clean text and its offset map back to the raw characters, as
    ``offset_runs``: ``[clean start, raw start, length]`` triples (see :class:`reportfacts.clean.CleanText`)."""
    doc = {"report_id": source.report_id, "source_file": source.file, "published": source.published,
           "text": ct.text, "offset_runs": ct.runs}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n"


def save_clean(ct: CleanText, source: Source, interim_dir: Path, write: Writer = write_text_atomic) -> Path:
    """Store :func:`clean_json` of one report in ``interim_dir/clean`` (through ``write``)."""
    path = _clean_path(interim_dir, source.report_id)
    write(clean_json(ct, source), path)
    return path


def load_clean(source: Source, interim_dir: Path) -> CleanText:
    """Rebuild a report's CleanText from the interim file and the raw seed, checking they still belong together."""
    path = _clean_path(interim_dir, source.report_id)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no clean text for {source.report_id}; run the cleaning step first")
    doc = json.loads(path.read_text(encoding="utf-8"))
    raw = read_report(source.path)
    runs = doc.get("offset_runs")
    if runs is None:
        raise ValueError(f"{path}: no offset_runs (written by an older version); re-run the cleaning step")
    ct = CleanText(raw=raw, text=doc["text"], runs=tuple(map(tuple, runs)))
    if doc["source_file"] != source.file or sum(n for _, _, n in ct.runs) != len(ct.text) or \
            (ct.runs and sum(ct.runs[-1][1:]) > len(raw)):
        raise ValueError(f"{path}: stale clean text for {source.file}; re-run the cleaning step")
    return ct


def summarize(source: Source, ct: CleanText) -> dict:
    """One row of the table of reports."""
    return {
        "report_id": source.report_id, "source_file": source.file, "published": source.published or "",
        "headline_zh": source.headline_zh, "headline_en": source.headline_en,
        "raw_chars": len(ct.raw), "clean_chars": len(ct.text), "paragraphs": len(split_paragraphs(ct)),
    }


def check_report_text(source: Source, text: str) -> None:
    """Refuse a decoded report that cannot be one: no Chinese characters (mojibake) or no number at all."""
    if not CJK_RE.search(text):
        raise SourceError(f"{source.path}: the report has no Chinese characters; it is not a report of this corpus "
                          f"or it was saved with the wrong encoding (mojibake)")
    if not DIGIT_RE.search(text):
        raise SourceError(f"{source.path}: the report has no numbers (no digit 0-9): there is no figure to extract")


def _read_clean(source: Source) -> tuple[str, CleanText]:
    """Read and check one report: the digest of its text (to find a report saved twice) and its clean text."""
    raw = read_report(source.path)
    check_report_text(source, raw)
    return text_digest(raw), clean_text(raw)


def _cleaned(seeds_dir: str | Path, interim_dir: Path, write: Writer) -> Iterator[tuple[Source, CleanText]]:
    """Read, check and clean each report in turn, staging its clean text with ``write``."""
    seen: dict[str, str] = {}
    for source in load_sources(seeds_dir):
        digest, ct = _read_clean(source)
        check_not_seen(seen, source.file, digest)
        save_clean(ct, source, interim_dir, write)
        yield source, ct


def clean_reports(seeds_dir: str | Path, interim_dir: str | Path) -> pd.DataFrame:
    """Clean every report of ``seeds_dir`` into ``interim_dir/clean`` and return the table of reports.

    Nothing is written unless every report is readable: a bad report leaves the previous outputs untouched.
    """
    interim_dir = resolve(interim_dir)
    check_output_folder(interim_dir / CLEAN_SUBDIR, "interim folder")
    with staged_writes() as write:
        rows = [summarize(source, ct) for source, ct in _cleaned(seeds_dir, interim_dir, write)]
        write(_reports_csv(rows), interim_dir / "reports.csv")
    remove_stale_clean(interim_dir, [r["report_id"] for r in rows])
    return pd.DataFrame(rows)


def cleaning_examples(ct: CleanText, report_id: str, n: int = 2, width: int = 60) -> pd.DataFrame:
    """The ``n`` paragraphs where cleaning removed the most layout whitespace, raw beside clean.

    Shows the first ``width`` clean characters of each such paragraph and the raw characters they came from.
    """
    rows = []
    for start, end in split_paragraphs(ct):
        end = min(end, start + width)
        raw_start, raw_end = ct.raw_span(start, end)
        removed = (raw_end - raw_start) - (end - start)
        rows.append((removed, start, ct.raw[raw_start:raw_end], ct.text[start:end]))
    rows.sort(key=lambda r: (-r[0], r[1]))
    return pd.DataFrame(
        [{"report_id": report_id, "clean_start": s, "removed_chars": k, "raw": raw, "clean": clean}
         for k, s, raw, clean in rows[:n]]
    )


def cleaning_examples_for(seeds_dir: str | Path, interim_dir: str | Path, n: int = 2) -> pd.DataFrame:
    """:func:`cleaning_examples` for every report of ``seeds_dir``, from the clean texts in ``interim_dir``."""
    frames = [cleaning_examples(load_clean(s, resolve(interim_dir)), s.report_id, n) for s in load_sources(seeds_dir)]
    return pd.concat(frames, ignore_index=True)


def extract_facts(seeds_dir: str | Path, interim_dir: str | Path, processed_dir: str | Path):
    """Extract the facts of every cleaned report; write ``facts.csv`` and ``mentions.csv`` to ``processed_dir``.

    Returns ``(facts, mentions)``: one row per fact, and one row per number in the clean texts (fact or not).
    """
    from reportfacts.catalog import load_catalog
    from reportfacts.extract import extract_rows
    from reportfacts.meaning import report_subject

    catalog = load_catalog()
    facts, mentions = [], []
    with _gc_paused():
        for s in load_sources(seeds_dir):
            f, m = extract_rows(load_clean(s, resolve(interim_dir)), s.report_id, s.file, s.published, catalog,
                                default_subject=report_subject(s))
            facts += f
            mentions += m
        with staged_writes() as write:
            return _write_fact_rows(facts, mentions, resolve(processed_dir), write)


def _report_result(source: Source) -> tuple:
    """Read, check, clean and extract one report: (digest of the raw text, its row of reports.csv, its clean-text
    JSON, its facts.csv lines, its mentions.csv lines, how many of each). Writes nothing, so it can run in another
    process.

    The rows come as CSV text, in the tables' order (by offset), for :func:`run_facts` to spill to disk: tuples
    of small objects held for a whole corpus slowed the extraction of later reports.
    """
    from reportfacts.catalog import load_catalog
    from reportfacts.extract import MENTION_COLUMNS, extract_rows
    from reportfacts.meaning import report_subject

    digest, ct = _read_clean(source)
    facts, mentions = _sorted_rows(*extract_rows(ct, source.report_id, source.file, source.published, load_catalog(),
                                                 default_subject=report_subject(source)))
    fact_id = MENTION_COLUMNS.index("fact_id")
    excluded = sum(1 for m in mentions if not m[fact_id])
    return digest, summarize(source, ct), clean_json(ct, source), _csv_lines(facts), _csv_lines(mentions), \
        len(facts), len(mentions), excluded


@contextmanager
def _mapper(workers: int) -> Iterator[Callable]:
    """``map`` in this process (one worker), or over ``workers`` forked processes, results in order."""
    import multiprocessing

    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield map
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield lambda fn, items: pool.map(fn, items, chunksize=4)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Spill:
    """Text chunks put in one order and read back sorted by a key, kept meanwhile in an unlinked temporary file
    (in ``TMPDIR``): the rows of a large corpus are never held in memory, and nothing is left behind."""

    def __init__(self):
        self._file = tempfile.TemporaryFile()
        self._chunks: list[tuple[str, int, int]] = []  # (key, offset, length in bytes) of each chunk

    def __enter__(self) -> "_Spill":
        return self

    def __exit__(self, *exc) -> None:
        self._file.close()

    def put(self, key: str, text: str) -> None:
        data = text.encode("utf-8")
        self._chunks.append((key, self._file.tell(), len(data)))
        self._file.write(data)

    def sorted(self) -> Iterator[bytes]:
        """The chunks by key (chunks of one key in the order they were put), in UTF-8."""
        for _, offset, length in sorted(self._chunks, key=itemgetter(0)):
            self._file.seek(offset)
            yield self._file.read(length)


def run_facts(seeds_dir: str | Path, out_dir: str | Path, workers: int = 1, progress: Callable | None = None,
              stats: dict | None = None) -> tuple[int, int]:
    """Clean and extract a whole folder of reports into ``out_dir/interim`` and ``out_dir/processed``; return the
    number of facts and of mentions written.

    ``progress(iterable, total)``, when given, wraps the reports' results as they come (a progress bar);
    ``stats``, when given, gets ``reports``, ``facts``, ``mentions`` and ``excluded`` (numbers that are not facts).
    Clean texts of reports no longer in the folder are removed from ``out_dir/interim/clean`` after a success.

    One report at a time, every file staged: a bad report anywhere leaves the previous interim and processed
    outputs untouched. Each report's rows go to a temporary file as CSV text, in the tables' order, and are copied
    out by report at the end, so memory does not grow with the corpus. ``workers`` > 1 reads, cleans and extracts
    the reports in that many forked processes (where the system can fork); the outputs are the same bytes, in the
    same order, and so is the first error. (:func:`extract_facts` gives the tables as DataFrames.)
    """
    from reportfacts.catalog import load_catalog
    from reportfacts.extract import MENTION_COLUMNS, _fact_columns

    if workers < 1:
        raise ValueError(f"workers={workers!r}: expected at least 1")
    out_dir = resolve(out_dir)
    processed = out_dir / "processed"
    for folder in (out_dir, out_dir / "interim" / CLEAN_SUBDIR, processed):
        check_output_folder(folder)
    load_catalog()  # once, before forking: every worker has it
    sources, seen, rows = load_sources(seeds_dir), {}, []
    total_facts = total_mentions = total_excluded = 0
    with _gc_paused(), staged_writes() as write, _Spill() as facts, _Spill() as mentions, _mapper(workers) as map_:
        results = map_(_report_result, sources)
        for source, (digest, row, doc, fact_lines, mention_lines, n_facts, n_mentions, n_excluded) in \
                zip(sources, progress(results, len(sources)) if progress else results):
            check_not_seen(seen, source.file, digest)
            write(doc, _clean_path(out_dir / "interim", source.report_id))
            rows.append(row)
            facts.put(source.report_id, fact_lines)
            mentions.put(source.report_id, mention_lines)
            total_facts += n_facts
            total_mentions += n_mentions
            total_excluded += n_excluded
        write(_reports_csv(rows), out_dir / "interim" / "reports.csv")
        # by report: with each report's rows sorted, the order of _sorted_rows
        write(chain([_csv_lines([_fact_columns(False)])], facts.sorted()), processed / "facts.csv")
        write(chain([_csv_lines([MENTION_COLUMNS])], mentions.sorted()), processed / "mentions.csv")
    remove_stale_clean(out_dir / "interim", [s.report_id for s in sources])
    if stats is not None:
        stats.update(reports=len(sources), facts=total_facts, mentions=total_mentions, excluded=total_excluded)
    return total_facts, total_mentions


def _sorted_rows(facts: list[tuple], mentions: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """Fact and mention row tuples (:func:`reportfacts.extract.extract_rows`) in the tables' order: by report, then
    by offset (stable)."""
    from reportfacts.extract import FACT_COLUMNS, MENTION_COLUMNS

    by_char = itemgetter(FACT_COLUMNS.index("report_id"), FACT_COLUMNS.index("char_start"))
    by_clean = itemgetter(MENTION_COLUMNS.index("report_id"), MENTION_COLUMNS.index("clean_start"))
    return sorted(facts, key=by_char), sorted(mentions, key=by_clean)


def _write_fact_rows(facts: list[tuple], mentions: list[tuple], processed_dir: Path, write: Writer):
    """Stage facts.csv and mentions.csv of the row tuples of every report, sorted (:func:`_sorted_rows`), and
    return them as DataFrames (built once)."""
    from reportfacts.extract import MENTION_COLUMNS, _fact_columns, _frames

    facts, mentions = _sorted_rows(facts, mentions)
    write(_csv_chunks(_fact_columns(False), facts), processed_dir / "facts.csv")
    write(_csv_chunks(MENTION_COLUMNS, mentions), processed_dir / "mentions.csv")
    return _frames(facts, mentions)


def clean_texts(seeds_dir: str | Path, interim_dir: str | Path) -> dict[str, str]:
    """The clean text of every report, by report id."""
    return {s.report_id: load_clean(s, resolve(interim_dir)).text for s in load_sources(seeds_dir)}
