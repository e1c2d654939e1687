"""Command line: ``python -m reportfacts notebooks [--force]`` executes the book's notebooks (what ``make book``
runs); ``python -m reportfacts facts --seeds-dir DIR --out-dir DIR`` cleans and extracts any folder of reports.

Errors print one line naming the file, entry or parameter at fault (``--debug``: the traceback too); Ctrl-C,
SIGTERM and SIGHUP stop the run leaving nothing staged and the previous outputs as they were.
"""

from __future__ import annotations

import argparse
import sys
import time

from reportfacts.text.sources import SourceError


def _count(least: int):
    """An argparse type: an integer of at least ``least``."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = least - 1
        if value < least:
            raise argparse.ArgumentTypeError(f"expected an integer >= {least}, got {text!r}")
        return value
    return parse


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen step; errors print one line naming the problem."""
    parser = argparse.ArgumentParser(prog="python -m reportfacts")
    parser.add_argument("--debug", action="store_true", help="on an error, print the traceback too")
    sub = parser.add_subparsers(dest="command", required=True)
    nb = sub.add_parser("notebooks", help="execute the notebooks whose inputs changed into book/")
    nb.add_argument("--force", action="store_true", help="execute every notebook")
    nb.add_argument("--workers", type=_count(1), default=2, help="parallel notebook executions (default 2)")
    nb.add_argument("--ahead", type=_count(0), default=2,
                    help="kernels started early, imports done, for the notebooks that run next (default 2)")
    nb.add_argument("--only", default="", help="only the notebooks whose output name contains this text")
    facts = sub.add_parser("facts", help="clean and extract the facts of a folder of reports")
    facts.add_argument("--seeds-dir", default="seeds")
    facts.add_argument("--out-dir", default="data", help="gets interim/ and processed/ subfolders")
    facts.add_argument("--workers", type=_count(1), default=1, help="processes that clean and extract (default 1)")
    args = parser.parse_args(argv)
    errors: tuple[type[Exception], ...] = (SourceError, FileNotFoundError, ValueError)
    if args.command == "notebooks":
        from reportfacts.build import build  # only here: it imports jupyter_client, which `facts` does not need

        errors += (build.NotebookError,)
        kept = "the notebooks being executed keep their previous outputs"

        def step():
            build.run(force=args.force, workers=args.workers, only=args.only, ahead=args.ahead)
    else:
        kept = "nothing was written: the previous outputs are untouched"

        def step():
            _facts(args.seeds_dir, args.out_dir, args.workers)
    from reportfacts.core.signals import stop_on_signals

    try:
        with stop_on_signals():
            step()
    except KeyboardInterrupt as err:
        signum = getattr(err, "signum", 2)
        name = f" ({err})" if getattr(err, "signum", None) else ""
        print(f"interrupted{name}: {kept}", file=sys.stderr)
        return 128 + signum
    except Exception as err:  # noqa: BLE001 - one line for the user; --debug shows where
        if args.debug:
            raise
        print(f"error: {_message(err, errors)}", file=sys.stderr)
        return 2
    return 0


def _message(err: Exception, known: tuple[type[Exception], ...]) -> str:
    """One line for an error: the project's own messages as they are; an OS error with its file; anything else
    with its type and a pointer to ``--debug``."""
    if isinstance(err, known):
        return str(err)
    if isinstance(err, OSError):
        where = f"{err.filename}: " if err.filename else ""
        return f"{where}{err.strerror or err}"
    return f"{type(err).__name__}: {err} (an unexpected error; run with --debug for the traceback)"


def _facts(seeds_dir: str, out_dir: str, workers: int) -> None:
    """``make facts``: clean and extract, with a progress bar on a terminal, and end with a one-line summary."""
    from reportfacts.extract import pipeline

    start = time.perf_counter()
    stats: dict = {}
    pipeline.run_facts(seeds_dir, out_dir, workers, progress=_progress_bar(), stats=stats)
    print(f"facts: {stats['reports']:,} reports, {stats['facts']:,} facts, {stats['excluded']:,} excluded numbers, "
          f"{time.perf_counter() - start:.1f} s -> {pipeline.resolve(out_dir)}")


def _progress_bar():
    """A tqdm wrapper for the reports' results when stderr is a terminal (else None: the summary line alone)."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return lambda results, total: tqdm(results, total=total, unit="report", file=sys.stderr, leave=False,
                                       disable=total < 2)


if __name__ == "__main__":
    sys.exit(main())
