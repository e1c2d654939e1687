"""The pipeline's steps, each load -> transform -> save: seeds -> data/interim -> data/processed.

Notebooks and the command line call these functions; every output is written atomically, so a failing step
leaves the previous outputs untouched.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import re
import tempfile
from contextlib import contextmanager
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from reportfacts.core.paths import inside, resolve
from reportfacts.core.tables import TMP_SUFFIX, Writer, check_output_folder, staged_writes, write_text_atomic
from reportfacts.text.clean import CleanText, clean_text, split_paragraphs
from reportfacts.text.sources import Source, SourceError, check_not_seen, load_sources, read_report, text_digest

CLEAN_SUBDIR = "clean"
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
DIGIT_RE = re.compile(r"[0-9\uff10-\uff19]")


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
    ``offset_runs``: ``[clean start, raw start, length]`` triples (see :class:`reportfacts.text.clean.CleanText`)."""
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


def _report_rows(source: Source) -> tuple:
    """Read, check, clean and extract one report: (digest of the raw text, its clean text, its row of reports.csv,
    its fact row tuples, its mention row tuples), the rows in the tables' order (:func:`_sorted_rows`). Writes
    nothing, so it can run in another process."""
    from reportfacts.extract.catalog import load_catalog
    from reportfacts.extract.facts import extract_rows
    from reportfacts.extract.meaning import report_subject

    digest, ct = _read_clean(source)
    facts, mentions = _sorted_rows(*extract_rows(ct, source.report_id, source.file, source.published, load_catalog(),
                                                 default_subject=report_subject(source, ct.text)))
    return digest, ct, summarize(source, ct), facts, mentions


def _as_text(source: Source, result: tuple) -> tuple:
    """A :func:`_report_rows` result as :func:`run_facts` spills it: (digest, its row of reports.csv, its clean-text
    JSON, its facts.csv lines, its mentions.csv lines, how many facts, mentions and excluded numbers).

    Tuples of small objects held for a whole corpus slowed the extraction of later reports, hence CSV text.
    """
    from reportfacts.extract.facts import MENTION_COLUMNS

    digest, ct, row, facts, mentions = result
    fact_id = MENTION_COLUMNS.index("fact_id")
    excluded = sum(1 for m in mentions if not m[fact_id])
    return digest, row, clean_json(ct, source), _csv_lines(facts), _csv_lines(mentions), \
        len(facts), len(mentions), excluded


def _report_result(source: Source) -> tuple:
    """:func:`_report_rows` of one report as text (:func:`_as_text`), made in the worker that extracted it."""
    return _as_text(source, _report_rows(source))


def _extracted(sources: list[Source], extract: Callable, workers: int, progress: Callable | None) -> Iterator[tuple]:
    """``(source, extract(source))`` for each report in turn (``workers`` forked processes when > 1, results in
    order), refusing a report saved twice; ``progress(iterable, total)`` wraps the results as they come."""
    from reportfacts.extract.catalog import load_catalog

    if workers < 1:
        raise ValueError(f"workers={workers!r}: expected at least 1")
    load_catalog()  # once, before forking: every worker has it
    seen: dict[str, str] = {}
    with _gc_paused(), _mapper(workers) as map_:
        results = map_(extract, sources)
        for source, result in zip(sources, progress(results, len(sources)) if progress else results):
            check_not_seen(seen, source.file, result[0])
            yield source, result


def _frames(facts: list[tuple], mentions: list[tuple], rows: list[dict]) -> tuple[pd.DataFrame, ...]:
    """(facts, mentions, reports) DataFrames of the row tuples of every report, sorted (:func:`_sorted_rows`)."""
    from reportfacts.extract.facts import frames

    return (*frames(*_sorted_rows(facts, mentions)), pd.DataFrame(rows))


def extract_corpus(seeds_dir: str | Path, workers: int = 1, progress: Callable | None = None):
    """Read, clean and extract every report of ``seeds_dir``; write nothing (:func:`run_facts` writes the tables).

    Returns ``(facts, mentions, reports)``: one row per fact, one row per number in the clean texts (fact or not),
    and one row per report (reports.csv), by report then offset. ``workers`` and ``progress`` as in
    :func:`run_facts`. Raises on the first bad report, as :func:`run_facts` does.
    """
    facts, mentions, rows = [], [], []
    for _, (_, _, row, f, m) in _extracted(load_sources(seeds_dir), _report_rows, workers, progress):
        rows.append(row)
        facts += f
        mentions += m
    return _frames(facts, mentions, rows)


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


def run_facts(seeds_dir: str | Path, out_dir: str | Path | None = None, workers: int = 1,
              progress: Callable | None = None, stats: dict | None = None, *, processed_dir: str | Path | None = None,
              interim: bool = True, tables: dict | None = None) -> tuple[int, int]:
    """Clean and extract a whole folder of reports into ``out_dir/interim`` and ``out_dir/processed``; return the
    number of facts and of mentions written. The one writer of facts.csv and mentions.csv.

    ``processed_dir``, when given, is where facts.csv and mentions.csv go instead of ``out_dir/processed``;
    ``interim=False`` writes no clean texts and no interim reports.csv (the chapter "The reports" writes those),
    and then ``out_dir`` is not needed.
    ``progress(iterable, total)``, when given, wraps the reports' results as they come (a progress bar);
    ``stats``, when given, gets ``reports``, ``facts``, ``mentions`` and ``excluded`` (numbers that are not facts);
    ``tables``, when given, gets the ``facts``, ``mentions`` and ``reports`` DataFrames of :func:`extract_corpus`
    (then every row is also held in memory).
    Clean texts of reports no longer in the folder are removed from ``out_dir/interim/clean`` after a success.

    One report at a time, every file staged: a bad report anywhere leaves the previous interim and processed
    outputs untouched. Each report's rows go to a temporary file as CSV text, in the tables' order, and are copied
    out by report at the end, so memory does not grow with the corpus. ``workers`` > 1 reads, cleans and extracts
    the reports in that many forked processes (where the system can fork); the outputs are the same bytes, in the
    same order, and so is the first error.
    """
    from reportfacts.extract.facts import MENTION_COLUMNS, fact_columns

    if processed_dir is None and out_dir is None:
        raise ValueError("run_facts: give out_dir or processed_dir (where facts.csv and mentions.csv go)")
    if interim and out_dir is None:
        raise ValueError("run_facts: out_dir is needed for the interim outputs (or interim=False)")
    processed = resolve(processed_dir) if processed_dir is not None else resolve(out_dir) / "processed"
    interim_dir = resolve(out_dir) / "interim" if interim else None
    folders = [resolve(out_dir), interim_dir / CLEAN_SUBDIR] if interim else []
    for folder in folders + [processed]:
        check_output_folder(folder)
    sources, rows, kept_facts, kept_mentions = load_sources(seeds_dir), [], [], []
    total_facts = total_mentions = total_excluded = 0
    extract = _report_result if tables is None else _report_rows
    with staged_writes() as write, _Spill() as facts, _Spill() as mentions:
        for source, result in _extracted(sources, extract, workers, progress):
            if tables is not None:
                kept_facts += result[3]
                kept_mentions += result[4]
                result = _as_text(source, result)
            _, row, doc, fact_lines, mention_lines, n_facts, n_mentions, n_excluded = result
            if interim:
                write(doc, _clean_path(interim_dir, source.report_id))
            rows.append(row)
            facts.put(source.report_id, fact_lines)
            mentions.put(source.report_id, mention_lines)
            total_facts += n_facts
            total_mentions += n_mentions
            total_excluded += n_excluded
        if interim:
            write(_reports_csv(rows), interim_dir / "reports.csv")
        # by report: with each report's rows sorted, the order of _sorted_rows
        write(chain([_csv_lines([fact_columns(False)])], facts.sorted()), processed / "facts.csv")
        write(chain([_csv_lines([MENTION_COLUMNS])], mentions.sorted()), processed / "mentions.csv")
    if interim:
        remove_stale_clean(interim_dir, [s.report_id for s in sources])
    if stats is not None:
        stats.update(reports=len(sources), facts=total_facts, mentions=total_mentions, excluded=total_excluded)
    if tables is not None:
        tables.update(zip(("facts", "mentions", "reports"), _frames(kept_facts, kept_mentions, rows)))
    return total_facts, total_mentions


def _sorted_rows(facts: list[tuple], mentions: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """Fact and mention row tuples (:func:`reportfacts.extract.facts.extract_rows`) in the tables' order: by report, then
    by offset (stable)."""
    from reportfacts.extract.facts import FACT_COLUMNS, MENTION_COLUMNS

    by_char = itemgetter(FACT_COLUMNS.index("report_id"), FACT_COLUMNS.index("char_start"))
    by_clean = itemgetter(MENTION_COLUMNS.index("report_id"), MENTION_COLUMNS.index("clean_start"))
    return sorted(facts, key=by_char), sorted(mentions, key=by_clean)


def clean_texts(seeds_dir: str | Path, interim_dir: str | Path) -> dict[str, str]:
    """The clean text of every report, by report id."""
    return {s.report_id: load_clean(s, resolve(interim_dir)).text for s in load_sources(seeds_dir)}
