"""Command line: ``python -m reportfacts notebooks [--force]`` executes the book's notebooks (what ``make book``
runs); ``python -m reportfacts facts --seeds-dir DIR --out-dir DIR`` cleans and extracts any folder of reports."""

from __future__ import annotations

import argparse
import sys

from reportfacts.sources import SourceError


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
        from reportfacts import build  # only here: it imports jupyter_client, which `facts` does not need

        errors += (build.NotebookError,)
        kept = "the notebooks being executed keep their previous outputs"

        def step():
            build.run(force=args.force, workers=args.workers, only=args.only, ahead=args.ahead)
    else:
        from reportfacts import pipeline

        kept = "nothing was written: the previous outputs are untouched"

        def step():
            pipeline.run_facts(args.seeds_dir, args.out_dir, args.workers)
    try:
        step()
    except errors as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"interrupted: {kept}", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
