"""Which notebooks make the book, what each reads, and running only those whose inputs changed.

A job is re-executed when the content hash of its template, its parameters, the package code and the files it
reads differs from the hash recorded in its executed notebook (content, not timestamps, which a clone resets).
A job waits only for the jobs that write what it reads; independent jobs run in parallel processes.
"""

from __future__ import annotations

import csv
import functools
import json
import shutil
import signal
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from reportfacts.build import kernels, notebooks
from reportfacts.core import signals
from reportfacts.core.paths import (
    BOOK_DIR, CATALOG_DIR, INTERIM_DIR, NOTEBOOKS_DIR, PROCESSED_DIR, ROOT, SEEDS_DIR, SOURCES_FILE, inside,
)
from reportfacts.text.sources import load_corpus, load_sources


PROCESSED_TABLES = ("checks", "conflicts", "facts", "implied_facts", "mentions", "name_variants", "ranking",
                    "reconciled", "targets", "verdicts")
# What every chapter's tables read through reportfacts.publish.display: the labels of headers, codes and units, and the
# catalog's names of metrics and entities (so a changed label re-executes every chapter that shows a table).
DISPLAY_READS = tuple(CATALOG_DIR / name for name in ("labels.yml", "metrics.yml", "entities.yml", "terms.yml"))


@dataclass(frozen=True)
class Job:
    """One papermill execution: a template, its parameters, its output and the files it reads.

    ``reads`` lists files or folders; ``rows_of`` lists ``(csv, column, value)``: only that table's rows whose
    ``column`` equals ``value`` count, so a per-report chapter does not re-run when another report's rows change;
    ``entry`` holds the fields of its report's ``sources.yml`` entry that its page shows, for the same reason (a
    per-report chapter does not read the whole sources.yml, whose sha256 values change with any seed).
    """

    template: str
    output: str
    parameters: dict = field(default_factory=dict)
    reads: tuple[Path, ...] = ()
    rows_of: tuple[tuple[Path, str, str], ...] = ()
    title: str = ""
    writes: tuple[Path, ...] = ()
    entry: tuple[tuple[str, object], ...] = ()

    def inputs(self) -> list[Path]:
        """Every file whose whole content decides this job's output: the package code and ``reads``."""
        files = sorted(p for p in (ROOT / "reportfacts").rglob("*.py") if p.stem not in notebooks.NOT_NOTEBOOK_MODULES)
        for path in dict.fromkeys((*DISPLAY_READS, *self.reads)):
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
        return list(dict.fromkeys(files))

    def digest(self) -> str:
        """Content hash of the template, parameters, title, sources.yml entry, inputs and selected rows."""
        rows = [_rows(path, column, value) for path, column, value in self.rows_of]
        extra = {"_title": self.title, "_rows": rows, **({"_entry": dict(self.entry)} if self.entry else {})}
        return notebooks.input_hash(NOTEBOOKS_DIR / self.template, {**self.parameters, **extra}, self.inputs())

    @property
    def output_path(self) -> Path:
        return BOOK_DIR / self.output

    def needs(self, other: "Job") -> bool:
        """True when this job reads a file (or a folder holding a file) that ``other`` writes."""
        read = list(self.reads) + [path for path, _, _ in self.rows_of]
        return any(w == r or r in w.parents for w in other.writes for r in read)


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
        Job("report.ipynb", inside(BOOK_DIR, f"report_{s.report_id}.ipynb").name, {"report_id": s.report_id},  # in book/
            (s.path,), ((facts_csv, "report_id", s.report_id),),
            title=f"{s.headline_en or s.headline_zh} ({s.report_id})", entry=_shown_entry(s))
        for s in load_sources(SEEDS_DIR)
    ]
    return [
        [Job("01_reports.ipynb", "01_reports.ipynb", {}, seeds, writes=(INTERIM_DIR / "clean",))],
        [Job("02_facts.ipynb", "02_facts.ipynb", {}, seeds + (INTERIM_DIR / "clean", CATALOG_DIR, key),
             writes=(facts_csv, PROCESSED_DIR / "mentions.csv"))],
        reports,
        reconciliation_pages(facts_csv, sources_yml),
        *trends_pages(facts_csv, sources_yml),
        *book_pages(sources_yml),
    ]


def _shown_entry(source) -> tuple[tuple[str, object], ...]:
    """The fields of a report's sources.yml entry that its page can show: all but its path and sha256 (the file's
    bytes are an input of the page themselves)."""
    import dataclasses

    return tuple((k, v) for k, v in dataclasses.asdict(source).items() if k not in ("path", "sha256"))


def reconciliation_pages(facts_csv: Path, sources_yml: Path) -> list[Job]:
    """"Where the reports disagree" (writes checks, implied facts, conflicts, reconciled, verdicts, ranking, name
    variants) and "The national ranking"."""
    reads = (facts_csv, sources_yml, INTERIM_DIR / "clean", CATALOG_DIR)
    writes = tuple(PROCESSED_DIR / f"{name}.csv" for name in ("checks", "implied_facts", "conflicts", "reconciled",
                                                               "verdicts", "ranking", "name_variants"))
    return [Job("03_conflicts.ipynb", "03_conflicts.ipynb", {"policy": "latest_report"}, reads, writes=writes),
            Job("04_ranking.ipynb", "04_ranking.ipynb", {}, (facts_csv, sources_yml, CATALOG_DIR))]


def trends_pages(facts_csv: Path, sources_yml: Path) -> list[list[Job]]:
    """"Promises and outcomes" writes targets.csv, which "Trends" draws: two stages, after the reconciled values."""
    reconciled = PROCESSED_DIR / "reconciled.csv"
    rules = CATALOG_DIR / "targets.yml"
    return [
        [Job("06_targets.ipynb", "06_targets.ipynb", {}, (facts_csv, reconciled, rules, sources_yml),
             writes=(PROCESSED_DIR / "targets.csv",))],
        [Job("05_trends.ipynb", "05_trends.ipynb", {},
             (reconciled, PROCESSED_DIR / "targets.csv", facts_csv, CATALOG_DIR / "charts.yml", rules, sources_yml))],
    ]


def book_pages(sources_yml: Path) -> list[list[Job]]:
    """The landing page, glossary and data page: last, since they read every processed table.

    The "Data" page writes datapackage.json (read by no job), so it runs after the tables it describes.
    """
    tables = tuple(PROCESSED_DIR / f"{name}.csv" for name in PROCESSED_TABLES)
    derived = tuple(PROCESSED_DIR / name for name in ("conflicts.csv", "checks.csv", "targets.csv"))
    about = load_corpus(sources_yml.parent).title  # the `corpus:` block of sources.yml: the book's subject
    return [[
        Job("00_intro.ipynb", "00_intro.ipynb", {},
            tuple(dict.fromkeys(tables + derived)) + (sources_yml, CATALOG_DIR / "charts.yml"),
            title=f"{about} in the news: every figure traced to its sentence" if about else ""),
        Job("08_glossary.ipynb", "08_glossary.ipynb", {}, (CATALOG_DIR, PROCESSED_DIR / "facts.csv")),
        Job("09_data.ipynb", "09_data.ipynb", {}, tables + (CATALOG_DIR / "tables.yml", sources_yml)),
        Job("10_reproduce.ipynb", "10_reproduce.ipynb", {},
            tuple(dict.fromkeys(tables + derived)) + (sources_yml, INTERIM_DIR / "clean", CATALOG_DIR)),
    ]]


def _plan(only: str) -> list[tuple[Job, list[Job]]]:
    """Every selected job with the earlier jobs it must wait for (those that write what it reads).

    Jobs that more jobs wait for (directly or not) come first, so the longest chain starts as early as possible.
    """
    jobs = [job for stage in stages() for job in stage]
    plan = [(job, [other for other in jobs[:i] if job.needs(other)]) for i, job in enumerate(jobs)]
    waiting: dict[str, set[str]] = {job.output: set() for job in jobs}
    for job, deps in reversed(plan):
        for dep in deps:
            waiting[dep.output] |= {job.output} | waiting[job.output]
    plan = [(job, deps) for job, deps in plan if only in job.output]
    return sorted(plan, key=lambda item: -len(waiting[item[0].output]))


class NotebookError(RuntimeError):
    """A notebook failed to execute (its output is left as it was); the message names it and the error."""


def _exit_on_signal(signum, frame) -> None:
    """SIGTERM as SystemExit, so that ``finally`` blocks stop the kernels."""
    raise SystemExit(128 + signum)


def _child(conn, modules: list[str], socket_dir: str) -> None:
    """(In its own process.) Start a kernel and import ``modules`` in it, say ``("warm",)``, then wait for the
    word: ``("go", job, digest)`` executes the job's notebook into ``book/`` and replies ``("done", seconds)`` or
    ``("error", message)``; ``("stop",)`` (or a closed pipe) ends the process unused. Terminated, it still
    stops its kernel (and removes the kernel's socket files)."""
    signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        km = kernels.start_kernel(modules, socket_dir)
    except Exception as err:  # noqa: BLE001 - reported to the parent, which names the notebook
        conn.send(("error", f"the kernel did not start: {err}"))
        return
    try:
        conn.send(("warm",))
        command, *job = conn.recv()
        if command == "go":
            job, digest = job
            start = time.perf_counter()
            notebooks.execute(NOTEBOOKS_DIR / job.template, job.output_path, job.parameters, digest, job.title, km)
            conn.send(("done", time.perf_counter() - start))
    except EOFError:
        pass  # the parent is gone
    except Exception as err:  # noqa: BLE001
        evalue = f"{getattr(err, 'ename', type(err).__name__)}: {getattr(err, 'evalue', err)}"
        conn.send(("error", f"{evalue}\n{err}" if hasattr(err, "ename") else evalue))
    finally:
        kernels.stop_kernel(km)


class _Kernel:
    """A child process holding a started kernel, waiting for a job (see :func:`_child`)."""

    def __init__(self, context, modules: list[str], socket_dir: str):
        self.job: Job | None = None
        self.conn, child_end = context.Pipe()
        self.process = context.Process(target=_child, args=(child_end, modules, socket_dir), daemon=True)
        self.process.start()
        child_end.close()

    def go(self, job: Job, digest: str) -> None:
        self.job = job
        try:
            self.conn.send(("go", job, digest))
        except OSError:
            pass  # the child has exited: its error is waiting in the pipe

    def stop(self) -> None:
        """Stop a kernel that got no job."""
        try:
            self.conn.send(("stop",))
        except OSError:
            pass  # already gone
        self.process.join(timeout=30)

    def receive(self) -> tuple:
        """The child's next message: ("warm",), ("done", seconds) or ("error", message)."""
        try:
            reply = self.conn.recv()
        except (EOFError, OSError):
            self.process.join(timeout=30)
            reply = ("error", f"its process exited with code {self.process.exitcode}")
        if reply[0] != "warm":
            self.process.join(timeout=30)
        return reply


CHILD_PRELOAD = ["papermill"]  # and kernels.preload_modules(), which holds this module


def _context():
    """Children forked by multiprocessing's fork server, which imports :data:`CHILD_PRELOAD` and
    :func:`reportfacts.build.kernels.preload_modules` once: each child, and each kernel it forks, starts with them
    imported (instead of about a second of imports) and with no thread or event loop of this process (which a
    plain fork would copy, half alive). Spawned where there is no fork."""
    import multiprocessing

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(CHILD_PRELOAD + kernels.preload_modules())
    return context


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _waiting(plan: list[tuple[Job, list[Job]]], running: dict) -> int:
    """How many planned jobs wait on a job that is executing (they will probably need a kernel soon)."""
    return sum(any(d.output in running for d in deps) for _, deps in plan)


def run(force: bool = False, workers: int = 2, only: str = "", log=print, ahead: int = 2) -> list[str]:
    """Execute every job whose inputs changed (all with ``force``); return the outputs that were executed.

    A job starts as soon as the jobs that write its inputs are done (its hash is taken then, on their outputs);
    up to ``workers`` run at once, those more jobs wait for first. While jobs are queued or wait on one that is
    executing, up to ``ahead`` more kernels are started, with the templates' modules imported, so that the next
    notebook does not wait for a kernel; none is started when nothing needs executing. ``only`` restricts the run
    to the jobs whose output name contains it.
    """
    import multiprocessing.connection

    if workers < 1 or ahead < 0:
        raise ValueError(f"workers={workers!r}, ahead={ahead!r}: expected workers >= 1 and ahead >= 0")
    plan, done, executed, failed = _plan(only), set(), [], []
    rank = {job.output: i for i, (job, _) in enumerate(plan)}
    selected = {job.output for job, _ in plan}  # a dependency left out by ``only`` is not waited for
    templates = dict.fromkeys(NOTEBOOKS_DIR / job.template for job, _ in plan)
    modules = list(dict.fromkeys(m for t in templates for m in notebooks.template_imports(t)))
    context, queue, spare = _context(), [], []
    running: dict[str, _Kernel] = {}
    sockets = tempfile.mkdtemp(prefix="rf-kernels-")  # the kernels' socket files, removed at the end whatever happens
    start = functools.partial(_Kernel, context, modules, sockets)
    stops = [getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)] if _main_thread() else []
    previous = {s: signal.signal(s, signals.raise_stopped) for s in stops}  # as Ctrl-C: the kernels are stopped
    try:
        while plan or queue or running:
            for job, deps in [(j, d) for j, d in plan if all(x.output in done for x in d if x.output in selected)]:
                plan.remove((job, deps))
                digest = job.digest()
                if force or notebooks.recorded_hash(job.output_path) != digest:
                    queue.append((job, digest))
                else:
                    log(f"up to date  {job.output}")
                    done.add(job.output)
            queue.sort(key=lambda item: rank[item[0].output])
            while queue and len(running) < workers and not failed:
                job, digest = queue.pop(0)
                kernel = spare.pop(0) if spare else start()
                kernel.go(job, digest)
                running[job.output] = kernel
            wanted = 0 if failed else min(ahead, len(queue) + _waiting(plan, running))
            while len(spare) < wanted:
                spare.append(start())
            if not running:
                if failed or not (plan or queue):
                    break
                continue
            ready = multiprocessing.connection.wait([k.conn for k in running.values()])
            for output, kernel in sorted(running.items()):
                if kernel.conn not in ready:
                    continue
                status, *value = kernel.receive()
                if status == "warm":
                    continue
                del running[output]
                if status == "done":
                    log(f"executed    {output}  ({value[0]:.1f} s)")
                    executed.append(output)
                    done.add(output)
                else:
                    failed.append(f"{output} (from notebooks/{kernel.job.template}): {value[0]}")
    finally:
        for kernel in spare:
            kernel.stop()
        for kernel in running.values():  # only when interrupted: a job in flight is abandoned, its output untouched
            kernel.process.terminate()
            kernel.process.join(timeout=30)
        shutil.rmtree(sockets, ignore_errors=True)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if failed:
        raise NotebookError("notebook failed, its output left as it was: " + "\n".join(failed))
    return executed
