"""Check a notebook's papermill parameters before anything runs: a wrong type or an unknown value stops the
notebook with a ValueError naming the parameter, the value given and what is allowed.

papermill injects whatever ``-p name value`` says (``-p examples_per_report two`` gives the string ``"two"``), and
without a check the mistake surfaces cells later as an unrelated pandas error. Every template calls
:func:`check_params` in its first code cell after the parameters cell, with each of its parameters by name.
A notebook that adds a parameter adds its rule to :data:`RULES`.
"""

from __future__ import annotations

import re
from typing import Any, Callable

MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


def _path(value: Any) -> str | None:
    """A path relative to the repository root (or absolute): a non-empty string."""
    return None if isinstance(value, str) and value.strip() else "a non-empty path string"


def _optional_path(value: Any) -> str | None:
    return None if isinstance(value, str) else 'a path string, or "" for none'


def _small_count(value: Any) -> str | None:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 20
    return None if ok else "an integer from 0 to 20"


def _report_id(value: Any) -> str | None:
    from reportfacts.text.sources import REPORT_ID_RE, REPORT_ID_RULE

    return None if isinstance(value, str) and REPORT_ID_RE.match(value) else f"a report id ({REPORT_ID_RULE})"


def _month_or_empty(value: Any) -> str | None:
    ok = isinstance(value, str) and (value == "" or MONTH_RE.match(value))
    return None if ok else 'a month YYYY-MM, or "" for all reports'


RULES: dict[str, Callable[[Any], str | None]] = {
    "seeds_dir": _path,
    "interim_dir": _path,
    "processed_dir": _path,
    "facts_path": _path,
    "answer_key": _optional_path,
    "examples_per_report": _small_count,
    "report_id": _report_id,
    "as_of": _month_or_empty,
}


def _describe(value: Any) -> str:
    return f"{value!r} ({type(value).__name__})"


def check_params(**params: Any) -> None:
    """Raise ValueError for the first parameter whose value breaks its rule in :data:`RULES`.

    With both ``report_id`` and ``seeds_dir``, the id must also be one of the reports of that folder.
    """
    for name, value in params.items():
        rule = RULES.get(name)
        if rule is None:
            raise ValueError(f"parameter {name}: no rule for it in reportfacts.analysis.params.RULES (known: "
                             f"{', '.join(sorted(RULES))})")
        expected = rule(value)
        if expected:
            raise ValueError(f"parameter {name}={_describe(value)}: expected {expected}")
    if "report_id" in params and "seeds_dir" in params:
        _check_known_report(params["report_id"], params["seeds_dir"])


def _check_known_report(report_id: str, seeds_dir: str) -> None:
    from reportfacts.text.sources import load_sources

    known = sorted(s.report_id for s in load_sources(seeds_dir))
    if report_id not in known:
        raise ValueError(f"parameter report_id={report_id!r}: expected one of the reports in {seeds_dir}: "
                         f"{', '.join(known)}")
