"""Tables written as text: a statistical bulletin's rows (|地区生产总值| 617.50 | 5.2 |) under a header that names each
column's unit and kind (|指标 |绝对数(亿元) |比上年增长(%) |). A bare number in a cell has no unit after it; the
column it stands in gives it one, and a growth column makes it a growth rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from reportfacts.extract import units
from reportfacts.text.clean import RANK_HEADER_RE, RANK_ROW_RE, TABLE_ROW_RE

_CELL_SEP_RE = re.compile("[|｜]")
_NUMBER_CELL_RE = re.compile(r"[-−]?\d[\d,]*(?:\.\d+)?")
_BRACKETED_RE = re.compile(r"[(（]([^()（）]{1,8})[)）]")
_GROWTH_RE = re.compile("增长|增速|增幅|增减")
_TABLE_UNIT_RE = re.compile(r"^\s*单位\s*[:：]\s*([^\s，。；,;|｜]{1,6})\s*$")  # 单位:亿元, the line above a table


@dataclass(frozen=True)
class Column:
    """What a header cell says of the numbers under it: their unit (canonical), magnitude and kind."""

    unit: str
    multiplier: Decimal
    kind: str  # growth_rate, or "" (the kind the sentence rules give)


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a row as (offset in the line, text stripped), the empty cells at its ends dropped."""
    out, at = [], 0
    for part in _CELL_SEP_RE.split(line):
        stripped = part.strip()
        out.append((at + (len(part) - len(part.lstrip())), stripped))
        at += len(part) + 1
    while out and not out[0][1]:
        out.pop(0)
    while out and not out[-1][1]:
        out.pop()
    return out


def column(header: str) -> Column | None:
    """The unit a header cell names: in brackets (绝对数(亿元), 比上年增长(%)) or a bare % (比上年增长%); None if none."""
    growth = "growth_rate" if _GROWTH_RE.search(header) else ""
    for inner in _BRACKETED_RE.findall(header):
        inner = inner.strip().lstrip("±")  # 比上年增减(±%)
        if inner in ("%", "％"):
            return Column("percent", Decimal(1), growth)
        try:
            unit, mult = units.unit_of(inner)
        except ValueError:
            continue
        return Column(unit, mult, growth)
    if header.rstrip().endswith(("%", "％")):
        return Column("percent", Decimal(1), growth)
    return None


_PART_OF_RE = re.compile(r"^(?:其中|内)[:：]?")  # 其中:第一产业: a part of the row above, named by what follows


def cell_columns(text: str, paras) -> dict[int, tuple[Column, str]]:
    """For every number standing alone in a cell of a table row, the column its header names and the row's label
    (its first cell, what the row measures): {start: (Column, label)}. A header is a row with no number cell; it
    governs the rows after it in the same run of table rows, aligned from the right (a header may leave out the
    label column)."""
    out: dict[int, tuple[Column, str]] = {}
    header: list[Column | None] | None = None
    table_unit: Column | None = None  # 单位:亿元 written on the line above the table: its cells' unit where the
    for ps, pe in paras:                # header names none (a year, 2021年; 绝对数)
        line = text[ps:pe]
        if not TABLE_ROW_RE.search(line):
            header = None  # a table ends where its rows end
            table_unit = _table_unit(line)
            continue
        cells = _cells(line)
        numbers = [i for i, (_, c) in enumerate(cells) if _NUMBER_CELL_RE.fullmatch(c)]
        if not numbers:
            header = [column(c) or (table_unit if i else None) for i, (_, c) in enumerate(cells)]
            continue
        if header is None:
            continue
        shift = len(cells) - len(header)
        label = _PART_OF_RE.sub("", cells[0][1]) if numbers[0] > 0 else ""
        for i in numbers:
            col = header[i - shift] if 0 <= i - shift < len(header) else None
            if col is not None:
                out[ps + cells[i][0]] = (col, label)
    return out


def _table_unit(line: str) -> Column | None:
    """The unit a line such as 单位:亿元 gives the table under it, or None."""
    hit = _TABLE_UNIT_RE.match(line)
    try:
        unit, mult = units.unit_of(hit.group(1)) if hit else ("", Decimal(1))
    except ValueError:
        return None
    return Column(unit, mult, "") if unit else None


def ranking_rows(text: str, paras) -> dict[int, str]:
    """For every row of a ranking printed as text (clean.RANK_HEADER_RE, then rows 1苏州工业园区江苏, 2广州…, each a
    paragraph of its own), the start of its rank and the name it ranks: {start: name}. A region written last in a
    row (江苏) is a column of its own, not part of the name."""
    from reportfacts.extract.meaning import gazetteer

    out: dict[int, str] = {}
    expect = 0
    for ps, pe in paras:
        line = text[ps:pe]
        if RANK_HEADER_RE.fullmatch(line):
            expect = 1
            continue
        row = RANK_ROW_RE.fullmatch(line)
        if not expect or row is None or int(row.group(1)) != expect:
            expect = 0
            continue
        name = row.group(2)
        region = next((p for p in gazetteer() if name.endswith(p) and len(p) < len(name) - 1), "")
        out[ps] = name[: len(name) - len(region)]
        expect += 1
    return out
