"""Which notebooks make the book, what each reads, and running only those whose inputs changed.

A job is re-executed when the content hash of its template, its parameters, the package code and the files it
reads differs from the hash recorded in its executed notebook (content, not timestamps, which a clone resets).
Jobs of one stage are independent and run in parallel processes.
"""

from __future__ import annotations

import csv
import json
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from reportfacts import notebooks
from reportfacts.paths import (
    BOOK_DIR, CATALOG_DIR, INTERIM_DIR, NOTEBOOKS_DIR, PROCESSED_DIR, ROOT, SEEDS_DIR, SOURCES_FILE,
)
from reportfacts.sources import load_sources


NOT_IMPORTED = ("bench.py",)  # package modules no notebook imports: editing them re-executes nothing


@dataclass(frozen=True)
class Job:
    """One papermill execution: a template, its parameters, its output and the files it reads.

    ``reads`` lists files or folders; ``rows_of`` lists ``(csv, column, value)``: only that table's rows whose
    ``column`` equals ``value`` count, so a per-report chapter does not re-run when another report's rows change.
    """

    template: str
    output: str
    parameters: dict = field(default_factory=dict)
    reads: tuple[Path, ...] = ()
    rows_of: tuple[tuple[Path, str, str], ...] = ()
    title: str = ""

    def inputs(self) -> list[Path]:
        """Every file whose whole content decides this job's output: the package code and ``reads``."""
        files = sorted(p for p in (ROOT / "reportfacts").glob("*.py") if p.name not in NOT_IMPORTED)
        for path in self.reads:
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
        return files

    def digest(self) -> str:
        """Content hash of the template, parameters, title, inputs and selected rows."""
        rows = [_rows(path, column, value) for path, column, value in self.rows_of]
        return notebooks.input_hash(NOTEBOOKS_DIR / self.template, {**self.parameters, "_title": self.title,
                                                                    "_rows": rows}, self.inputs())

    @property
    def output_path(self) -> Path:
        return BOOK_DIR / self.output


def _rows(path: Path, column: str, value: str) -> str:
    """The header and the rows of a CSV whose ``column`` equals ``value``, as one string to hash."""
    if not path.exists():
        return "<missing>"
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        i = header.index(column)
        return json.dumps([header] + [r for r in reader if r[i] == value], ensure_ascii=False)


def stages() -> list[list[Job]]:
    """The book's jobs in dependency order; the jobs within a stage do not depend on each other."""
    seeds = tuple(sorted(SEEDS_DIR.iterdir()))
    sources_yml = SEEDS_DIR / SOURCES_FILE
    facts_csv = PROCESSED_DIR / "facts.csv"
    key = ROOT / "tests" / "answer_key" / "facts.csv"
    reports = [
        Job("report.ipynb", f"report_{s.report_id}.ipynb", {"report_id": s.report_id}, (sources_yml, s.path),
            ((facts_csv, "report_id", s.report_id),), title=f"{s.headline_en} ({s.report_id})")
        for s in load_sources(SEEDS_DIR)
    ]
    return [
        [Job("01_reports.ipynb", "01_reports.ipynb", {}, seeds)],
        [Job("02_facts.ipynb", "02_facts.ipynb", {}, seeds + (INTERIM_DIR / "clean", CATALOG_DIR, key))],
        reports,
        reconciliation_pages(facts_csv, sources_yml),
        *trends_pages(facts_csv, sources_yml),
        *book_pages(sources_yml),
    ]


def reconciliation_pages(facts_csv: Path, sources_yml: Path) -> list[Job]:
    """"Where the reports disagree" (writes checks, implied facts, conflicts, reconciled) and "The national ranking"."""
    reads = (facts_csv, sources_yml, INTERIM_DIR / "clean", CATALOG_DIR)
    return [Job("03_conflicts.ipynb", "03_conflicts.ipynb", {"policy": "latest_report"}, reads),
            Job("04_ranking.ipynb", "04_ranking.ipynb", {}, (facts_csv, sources_yml, CATALOG_DIR))]


def trends_pages(facts_csv: Path, sources_yml: Path) -> list[list[Job]]:
    """"Promises and outcomes" writes targets.csv, which "Trends" draws: two stages, after the reconciled values."""
    reconciled = PROCESSED_DIR / "reconciled.csv"
    rules = CATALOG_DIR / "targets.yml"
    return [
        [Job("06_targets.ipynb", "06_targets.ipynb", {}, (facts_csv, reconciled, rules, sources_yml))],
        [Job("05_trends.ipynb", "05_trends.ipynb", {},
             (reconciled, PROCESSED_DIR / "targets.csv", facts_csv, CATALOG_DIR / "charts.yml", rules, sources_yml))],
    ]


def book_pages(sources_yml: Path) -> list[list[Job]]:
    """The landing page, glossary and data page: last, since they read every processed table.

    The "Data" page writes datapackage.json (read by no job), so it runs after the tables it describes.
    """
    tables = tuple(sorted(PROCESSED_DIR.glob("*.csv")))
    derived = tuple(PROCESSED_DIR / name for name in ("conflicts.csv", "checks.csv", "targets.csv"))
    return [[
        Job("00_intro.ipynb", "00_intro.ipynb", {}, tuple(dict.fromkeys(tables + derived)) + (sources_yml,)),
        Job("08_glossary.ipynb", "08_glossary.ipynb", {}, (CATALOG_DIR, PROCESSED_DIR / "facts.csv")),
        Job("09_data.ipynb", "09_data.ipynb", {}, tables + (CATALOG_DIR / "tables.yml", sources_yml)),
        Job("10_reproduce.ipynb", "10_reproduce.ipynb", {},
            tuple(dict.fromkeys(tables + derived)) + (sources_yml, INTERIM_DIR / "clean", CATALOG_DIR)),
    ]]


def _run(job: Job, digest: str) -> tuple[str, float]:
    start = time.perf_counter()
    notebooks.execute(NOTEBOOKS_DIR / job.template, job.output_path, job.parameters, digest, job.title)
    return job.output, time.perf_counter() - start


def run(force: bool = False, workers: int = 2, only: str = "", log=print) -> list[str]:
    """Execute every job whose inputs changed (all with ``force``); return the outputs that were executed.

    ``only`` restricts the run to the jobs whose output name contains it (e.g. ``report_``).
    """
    executed: list[str] = []
    for stage in stages():
        todo = []
        for job in (j for j in stage if only in j.output):
            digest = job.digest()
            if force or notebooks.recorded_hash(job.output_path) != digest:
                todo.append((job, digest))
            else:
                log(f"up to date  {job.output}")
        if len(todo) == 1 or workers == 1:
            results = [_run(job, digest) for job, digest in todo]
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                results = list(pool.map(_run, *zip(*todo))) if todo else []
        for output, seconds in results:
            log(f"executed    {output}  ({seconds:.1f} s)")
            executed.append(output)
    return executed

