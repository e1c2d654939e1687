"""Which notebooks make the book, what each reads, and running only those whose inputs changed.

A job is re-executed when the content hash of its template, its parameters, the package code and the files it
reads differs from the hash recorded in its executed notebook (content, not timestamps, which a clone resets).
Jobs of one stage are independent and run in parallel processes.
"""

from __future__ import annotations

import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from reportfacts import notebooks
from reportfacts.paths import BOOK_DIR, NOTEBOOKS_DIR, ROOT, SEEDS_DIR


@dataclass(frozen=True)
class Job:
    """One papermill execution: a template, its parameters, its output and the files it reads."""

    template: str
    output: str
    parameters: dict = field(default_factory=dict)
    reads: tuple[Path, ...] = ()

    def inputs(self) -> list[Path]:
        """Every file whose content decides this job's output."""
        package = sorted((ROOT / "reportfacts").glob("*.py"))
        files: list[Path] = []
        for path in self.reads:
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
        return package + files

    def digest(self) -> str:
        """Content hash of the template, parameters and inputs."""
        return notebooks.input_hash(NOTEBOOKS_DIR / self.template, self.parameters, self.inputs())

    @property
    def output_path(self) -> Path:
        return BOOK_DIR / self.output


def stages() -> list[list[Job]]:
    """The book's jobs in dependency order; the jobs within a stage do not depend on each other."""
    seeds = tuple(sorted(SEEDS_DIR.iterdir()))
    return [
        [Job("01_reports.ipynb", "01_reports.ipynb", {"seeds_dir": "seeds", "interim_dir": "data/interim"}, seeds)],
    ]


def _run(job: Job, digest: str) -> tuple[str, float]:
    start = time.perf_counter()
    notebooks.execute(NOTEBOOKS_DIR / job.template, job.output_path, job.parameters, digest)
    return job.output, time.perf_counter() - start


def run(force: bool = False, workers: int = 2, log=print) -> list[str]:
    """Execute every job whose inputs changed (all with ``force``); return the outputs that were executed."""
    executed: list[str] = []
    for stage in stages():
        todo = []
        for job in stage:
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

