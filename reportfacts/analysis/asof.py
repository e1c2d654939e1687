"""What a reader could have known at a date: the ``as_of`` parameter of the reconciliation, targets and trends.

With ``as_of`` (a month, ``YYYY-MM``) a chapter uses only the facts of the reports published by the end of that
month (:func:`reportfacts.text.sources.report_ids_by`) and writes its tables into another folder, ``processed_dir``:
the committed ``data/processed/`` (and the book's charts) always hold the tables of all the reports, so an
``as_of`` run can never overwrite them. Run the chapters in the book's order with the same two parameters::

    papermill notebooks/03_conflicts.ipynb /tmp/03.ipynb -p as_of 2020-06 -p processed_dir /tmp/asof
    papermill notebooks/06_targets.ipynb /tmp/06.ipynb -p as_of 2020-06 -p processed_dir /tmp/asof
    papermill notebooks/05_trends.ipynb /tmp/05.ipynb -p as_of 2020-06 -p processed_dir /tmp/asof \\
        -p charts_dir /tmp/asof/charts
"""

from __future__ import annotations

from pathlib import Path

from reportfacts.analysis.params import check_params
from reportfacts.core.paths import BOOK_DIR, PROCESSED_DIR, resolve
from reportfacts.core.tables import read_table
from reportfacts.text.sources import load_sources, report_ids_by

COMMITTED = {"processed_dir": PROCESSED_DIR, "charts_dir": BOOK_DIR / "_static" / "charts"}


def check(as_of: str, **outputs: str) -> None:
    """Validate ``as_of`` and, when it is set, that no output folder is the book's committed one.

    ``outputs`` maps parameter names (``processed_dir``, ``charts_dir``) to the folders a chapter writes into; the
    error names the parameter, the value given and what to give instead.
    """
    check_params(as_of=as_of, **{k: str(v) if isinstance(v, Path) else v for k, v in outputs.items()
                                 if k == "processed_dir"})
    if not as_of:
        return
    for name, folder in outputs.items():
        committed = COMMITTED.get(name)
        if committed is not None and resolve(folder).resolve() == committed.resolve():
            raise ValueError(f"parameter {name}={folder!r}: with as_of={as_of!r} give another folder "
                             f"(e.g. -p {name} /tmp/asof{'/charts' if name == 'charts_dir' else ''}); "
                             f"{folder} holds what the book shows for all the reports and is never overwritten by an as_of run")


def facts(facts_path: str | Path, seeds_dir: str | Path, as_of: str, processed_dir: str | Path) -> str:
    """The facts table a chapter should read: ``facts_path`` itself when ``as_of`` is empty; otherwise its rows
    of the reports published by ``as_of``, written to ``<processed_dir>/facts.csv`` (whose path is returned).
    """
    if not as_of:
        return str(facts_path)
    from reportfacts.core.tables import write_csv

    keep = report_ids_by(load_sources(seeds_dir), as_of)  # an as_of before every report stops here, naming the earliest
    table = read_table(facts_path, text=True)
    out = Path(resolve(processed_dir)) / "facts.csv"
    if resolve(facts_path) != out:
        write_csv(table[table["report_id"].isin(keep)], out)
    elif not set(table["report_id"]) <= keep:
        raise ValueError(f"{out} holds reports published after as_of={as_of!r}; give the book's facts_path")
    return str(out)


def label(as_of: str) -> str:
    """How the chapter names the reports it uses: ``"all reports"`` or ``"reports published by 2020-06"``."""
    return f"reports published by {as_of}" if as_of else "all reports"
