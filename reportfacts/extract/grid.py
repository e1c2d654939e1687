"""Tables written as text: a statistical bulletin's rows (|地区生产总值| 617.50 | 5.2 |) under a header that names each
column's unit and kind (|指标 |绝对数(亿元) |比上年增长(%) |). A bare number in a cell has no unit after it; the
column it stands in gives it one, and a growth column makes it a growth rate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from reportfacts.extract import units
from reportfacts.text.clean import (
    GRID_CHANGE_RE, GRID_FIGURE_RE, GRID_PERIOD_RE, GRID_VALUE_RE, GRID_YEAR_RE, RANK_HEADER_RE, RANK_ROW_RE,
    TABLE_ROW_RE, grid_cells, is_grid_header, is_grid_row,
)

_CELL_SEP_RE = re.compile("[|｜]")
_NUMBER_CELL_RE = GRID_FIGURE_RE  # (15.5%, ≥4.0, 60左右: a rate with its unit, a bounded figure)
_BRACKETED_RE = re.compile(r"[(（]([^()（）]{1,8})[)）]")
_GROWTH_RE = re.compile("增长|增速|增幅|增减")
_TABLE_UNIT_RE = re.compile(r"^\s*单位\s*[:：]\s*([^\s，。；,;|｜]{1,6})\s*$")  # 单位:亿元, the line above a table


@dataclass(frozen=True)
class Column:
    """What a header cell says of the numbers under it: their unit (canonical), magnitude and kind."""

    unit: str
    multiplier: Decimal
    kind: str  # growth_rate, or "" (the kind the sentence rules give)
    period: str = ""  # the year a header names (2025年), or the years of an average growth over them (2021..2025)
    goal: bool = False  # a column of goals (2025年（目标）)
    name: str = ""  # what a grid's header says the column holds, its unit cut (GDP（亿元）: GDP)


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
_ROW_NUMBER_RE = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])(?=\D)")  # 1.粮油、食品类: a row's number


_AVERAGE_RE = re.compile("年均")  # 年均增长（%）: a growth each year over the years of the grid
_UNIT_HEADER = "单位"  # a column of the units of the rows' figures
_GOAL_NOTE = "目标"  # 2025年（目标）


_TABLE_MONTH_RE = re.compile(r"((?:19|20)\d\d)年(\d{1,2})月")  # 社会消费品零售总额(2021年8月): the month a release is of
_CAPTION_REACH = 120  # characters before a header read for its month


def table_month(text: str, at: int) -> str:
    """The month (YYYY-MM) a table's caption, written right before its header at ``at``, names; "" if none."""
    hits = list(_TABLE_MONTH_RE.finditer(text, max(0, at - _CAPTION_REACH), at))
    return f"{hits[-1].group(1)}-{int(hits[-1].group(2)):02d}" if hits and 1 <= int(hits[-1].group(2)) <= 12 else ""


def _period_columns(cells: list[str], month: str) -> list[Column | None]:
    """The columns of a monthly release's header (本月 本月±% 本月止累计 累计±%) in the caption's ``month``: the month's
    figures, the year's to that month, and the growth of either (of the column before when the cell does not say)."""
    out: list[Column | None] = []
    cumulative = f"{month[:4]}-01..{month}" if month else ""
    last = ""
    for c in cells:
        if (hit := GRID_PERIOD_RE.fullmatch(c)) is not None:
            last = cumulative if hit.group("cum") else month
            out.append(Column("", Decimal(1), "", last))
        elif (hit := GRID_CHANGE_RE.fullmatch(c)) is not None:
            of = hit.group("of") or ""
            own = month if of in ("本月", "当月") or hit.group("same") == "月" else cumulative \
                if of == "累计" or hit.group("same") == "期" else last
            out.append(Column("percent", Decimal(1), "growth_rate", own))
        else:
            out.append(None)
    return out


def _grid_header(cells: list[str], month: str = "") -> tuple[list[Column | None], int]:
    """The columns of a grid's header of years (指标名称 2020年 2025年 年均增长（%） 属性): a year's column is of that
    year, a goal's when its note says so; an average growth's is of the years after the first the grid names up to
    its last; or of a monthly release's periods (:func:`_period_columns`). Returns the columns and the index of the
    column of units (-1: none)."""
    hits = [GRID_YEAR_RE.fullmatch(c) for c in cells]
    named = [int(y.group(1)) for y in hits if y]
    at_unit = next((i for i, c in enumerate(cells) if c == _UNIT_HEADER), -1)
    if not named and any(GRID_PERIOD_RE.fullmatch(c) for c in cells):
        return _period_columns(cells, month), at_unit
    out: list[Column | None] = []
    for c, y in zip(cells, hits):
        if y:
            out.append(Column("", Decimal(1), "", y.group(1), _GOAL_NOTE in (y.group(2) or y.group(3) or "")))
        elif _AVERAGE_RE.search(c) and _GROWTH_RE.search(c) and named:
            out.append(Column("percent", Decimal(1), "growth_rate", f"{min(named) + 1}..{max(named)}"))
        elif _RANK_HEADER_RE.search(c) or column(c) is not None:  # (GDP排行 盟市 2021年GDP(亿元) 增速(%))
            out.append(_rank_or_unit(c))
        else:
            out.append(None)
    return out, at_unit


_LABEL_HEADER = "指标"  # 指标, 指标名称: the column of the rows' labels (after a 类别 or 序号 column)


def _label_column(cells: list[str]) -> int:
    """The index of a header's column of labels, -1 if it names none."""
    return next((i for i, c in enumerate(cells) if c.startswith(_LABEL_HEADER)), -1)


def _first_digit(cell: str) -> int:
    """Where a cell's figure starts (≥4.0: at 4)."""
    return next((i for i, ch in enumerate(cell) if ch.isdigit()), 0)


def _unit_column(word: str) -> Column | None:
    """The unit a unit's cell (万辆, %) or a label's brackets (上云企业（万家）) name, or None."""
    word = word.strip().lstrip("±")
    if word in ("%", "％"):
        return Column("percent", Decimal(1), "")
    per = units.match_unit(word, 0) if "/" in word else None
    if per is not None and word[per.end: per.end + 1] == "/":  # 万元/人年: an amount per person, as prose reads it
        return Column(per.unit, per.multiplier, "")
    try:
        unit, mult = units.unit_of(word)
    except ValueError:
        return None
    return Column(unit, mult, "")


def grid_columns(text: str, paras) -> dict[int, tuple[Column, str, str]]:
    """For every figure in a row of a grid printed with spaces (clean.is_grid_header, then its rows), its column,
    the row's label (its bracketed unit cut) and the place the row is of: {start: (Column, label, place)}. A figure
    takes the unit its row's unit cell or its label's brackets name (数字经济核心产业增加值（亿元） 3,060 5,000 10.3
    预期性), and the year of its column. Under a header one of whose columns holds places (城市　GDP（亿元）　增速（%）),
    the label is the row's place and the column names what is measured (a growth column: the growth of the first
    column's measure)."""
    out: dict[int, tuple[Column, str, str]] = {}
    header: list[Column | None] = []
    at_unit, at_label, places, years, monthly = -1, -1, False, False, False
    carried: Column | None = None  # a monthly release's amounts: the unit its first row names, for the rows under it
    for ps, pe in paras:
        line = text[ps:pe]
        if is_grid_header(line):
            header, at_unit = _grid_header(grid_cells(line), table_month(text, ps))
            monthly, carried = any(GRID_PERIOD_RE.fullmatch(c) for c in grid_cells(line)), None
            places = any(PLACE_HEADER_RE.fullmatch(c) for c in grid_cells(line))
            years = _YEAR_HEADER_RE.fullmatch(grid_cells(line)[0]) is not None
            at_label = _label_column(grid_cells(line))
            continue
        if not header or not is_grid_row(line, len(header)):
            header = []
            continue
        cells, at = [], ps
        for cell in grid_cells(line):
            at = text.index(cell, at)
            cells.append((at, cell))
            at += len(cell)
        shift = len(header) - len(cells)  # (a row leaving its label's column empty)
        words = [(i, c) for i, (_, c) in enumerate(cells) if not GRID_VALUE_RE.fullmatch(c) and i + shift != at_unit]
        unit = _unit_column(cells[at_unit - shift][1]) if 0 <= at_unit - shift < len(cells) else None
        named = cells[at_label - shift][1] if at_label >= 0 and 0 <= at_label - shift < len(cells) else ""
        named = named or (words[0][1] if words else "")
        label, labelled = _label_unit(_ROW_NUMBER_RE.sub("", _PART_OF_RE.sub("", named)))
        if monthly:
            carried = labelled = labelled or carried
        level = _level_name(header)
        year = GRID_YEAR_RE.fullmatch(label) if years else None
        for i, (start, cell) in enumerate(cells):
            col = header[i + shift] if 0 <= i + shift < len(header) else None
            if col is not None and GRID_VALUE_RE.fullmatch(cell) and any(ch.isdigit() for ch in cell):
                col, measure = _by_column(col, level, year) if places or year else (col, label)
                _put(out, start + _first_digit(cell), col, unit or labelled, measure, label if places else "")
    return out


def _label_unit(label: str) -> tuple[str, Column | None]:
    """A row's label without the unit its last brackets name (上云企业（万家）: 上云企业, 万家), and that unit."""
    brackets = list(_BRACKETED_RE.finditer(label))
    unit = _unit_column(brackets[-1].group(1)) if brackets else None
    return (label[: brackets[-1].start()] + label[brackets[-1].end():], unit) if unit is not None else (label, None)


def _put(out: dict, start: int, col: Column, unit: Column | None, label: str, place: str = "") -> None:
    """Record the figure at ``start`` under ``col``, with the row's ``unit`` where the column names none."""
    own = unit if not col.unit else col
    if own is not None:
        out[start] = (Column(own.unit, own.multiplier, col.kind, col.period, col.goal), label, place)


def cell_columns(text: str, paras) -> dict[int, tuple[Column, str, str]]:
    """For every number standing alone in a cell of a table row, the column its header names and the row's label
    (its first cell, or the cell under 指标: what the row measures): {start: (Column, label, "")}. A header is a row
    with no number cell (one of years reads as :func:`grid_columns` reads it); it governs the rows after it in the
    same run of table rows, aligned from the right (a header may leave out the label column)."""
    out: dict[int, tuple[Column, str, str]] = {}
    header: list[Column | None] | None = None
    at_unit = at_label = at_place = at_year = -1  # the columns of the rows' units, labels, places and years
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
            words = [c for _, c in cells]
            header, at_unit = _grid_header(words) if sum(GRID_YEAR_RE.fullmatch(c) is not None for c in words) >= 2 \
                else ([_rank_or_unit(c) or (table_unit if i else None) for i, c in enumerate(words)], -1)
            at_label = _label_column(words)  # (a header of years reads as a grid's)
            at_place = next((i for i, c in enumerate(words) if PLACE_HEADER_RE.fullmatch(c)), -1)
            at_year = next((i for i, c in enumerate(words) if _YEAR_HEADER_RE.fullmatch(c)), -1)
            continue
        if header is None:
            continue
        shift = len(cells) - len(header)
        named = cells[at_label + shift][1] if at_label >= 0 and 0 <= at_label + shift < len(cells) else ""
        label, labelled = _label_unit(_PART_OF_RE.sub("", named or (cells[0][1] if numbers[0] > 0 else "")))
        unit = _unit_column(cells[at_unit + shift][1]) if 0 <= at_unit + shift < len(cells) else None
        place = cells[at_place + shift][1] if at_place >= 0 and 0 <= at_place + shift < len(cells) else ""
        year = GRID_YEAR_RE.fullmatch(cells[at_year + shift][1]) if at_year >= 0 and 0 <= at_year + shift < len(
            cells) else None
        level = _level_name(header)
        for i in numbers:
            col = header[i - shift] if 0 <= i - shift < len(header) else None
            if col is not None:
                col, measure = _by_column(col, level, year) if place or year else (col, label)
                _put(out, ps + cells[i][0] + _first_digit(cells[i][1]), col, unit or labelled, measure, place)
    return out


_RANK_HEADER_RE = re.compile("排名|排行|名次|排序|位次")  # GDP排行: a column of ranks
_YEAR_HEADER_RE = re.compile("年份|年度|年")  # a column of years: each row is of its year
_YEAR_LEAD_RE = re.compile(r"^(?:19|20)\d\d年")  # 2018年GDP(亿元): the year a column's name opens on


def _rank_or_unit(header: str) -> Column | None:
    """What a header cell says of the numbers under it: a rank (GDP排行), else the unit it names (:func:`column`),
    with the name of what the column holds (its unit cut)."""
    if _RANK_HEADER_RE.search(header):
        return Column("rank", Decimal(1), "rank", name=_RANK_HEADER_RE.sub("", header))
    col = column(header)
    return replace(col, name=_BRACKETED_RE.sub("", header).strip()) if col is not None else None


def _by_column(col: Column, level: str, year: re.Match | None) -> tuple[Column, str]:
    """The column and measure of a cell in a row of a place or a year (泉州市 | 8467.98 | 8.9; 2017年 | 32182.1): the
    column names what is measured (a growth or a rank: what the first column of amounts, ``level``, holds), and a
    row of a year is of that year."""
    measure = level if col.kind or col.unit == "rank" else _YEAR_LEAD_RE.sub("", col.name)
    return (replace(col, period=year.group(1)) if year else col), measure


def _level_name(header: list[Column | None]) -> str:
    """The name of the first column of amounts, its year cut (2018年GDP(亿元): GDP): what its rates and ranks are of."""
    return next((_YEAR_LEAD_RE.sub("", c.name) for c in header if c is not None and c.name and not c.kind
                 and c.unit != "rank"), "")


PLACE_HEADER_RE = re.compile("城市|地区|地市|市州|州市|盟市|设区市|省份|省区|区县|县区|县市|园区|开发区|高新区|"
                             "港口|港名|机场|企业名称|企业|公司名称|公司")  # a column of places, or of the bodies a table ranks


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
