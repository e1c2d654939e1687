"""Trend charts drawn from the reconciled values (never from typed numbers), as SVG, per chart, language and width.

What a chart cell of the notebook emits (so nbval compares it cleanly): :func:`show` writes two SVG files,
``book/_static/charts/<id>_<lang>.svg`` for a desktop column and ``<id>_<lang>_narrow.svg`` for a phone (taller,
the legend under the plot, panels stacked), and returns Markdown: both images with their alt text and a caption;
the book's stylesheet shows the one that fits the width. The SVG bytes are deterministic (a fixed
``svg.hashsalt`` for the element ids, no ``Date`` metadata, glyphs as paths from the one font file). The Markdown is
stable text, compared by nbval; the SVG is not embedded in the notebook, so there is no image nor
``<Figure size ...>`` output. Figures are built with :class:`matplotlib.figure.Figure`, never pyplot, so nothing is
displayed implicitly. The source line names the reports by their publication dates; the legend lists only the
kinds of mark the chart draws.

Conventions in every chart: Okabe-Ito colours; a value stated by a report is a filled marker or bar; a value the
reports only imply is hollow with a dashed edge; a partial-year figure is hatched and labelled with its period
(never drawn as a full year); goals are black diamonds or dotted lines. A missing glyph is an error.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from reportfacts.analysis.targets import GOAL_KINDS
from reportfacts.extract.periods import Period
from reportfacts.core import yamlio
from reportfacts.core.paths import BOOK_DIR, CATALOG_DIR, resolve
from reportfacts.core.tables import read_table
from reportfacts.publish import fonts

OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442", "#000000"]
LANGS = ("en", "zh")
SIZE = (8.0, 4.5)  # inches, the desktop layout
DPI = 100
CHART_DIR = BOOK_DIR / "_static" / "charts"
TYPES = ("timeline", "bars", "ranking", "panels")
HASH_SALT = "reportfacts"  # matplotlib's svg.hashsalt: the SVG element ids, and so the bytes, never change
NARROW_SUFFIX = "_narrow"


@dataclass(frozen=True)
class Layout:
    """Where a figure's parts go: its size (inches), the plot's rectangle (figure fractions), where the legend
    goes (right of the plot, or under it from ``legend_top``), how many characters a line of the title and of
    the source holds, and the rectangle the panels of a panel chart share (side by side, or stacked)."""

    name: str
    size: tuple[float, float]
    axes: tuple[float, float, float, float]
    legend_right: bool
    legend_top: float
    title_chars: int
    source_chars: int
    panels_box: tuple[float, float, float, float]
    stacked: bool


LAYOUTS = {
    "wide": Layout("wide", SIZE, (0.09, 0.23, 0.6, 0.65), True, 0.88, 110, 150, (0.07, 0.25, 0.65, 0.63), False),
    "narrow": Layout("narrow", (3.8, 6.2), (0.19, 0.56, 0.76, 0.29), False, 0.46, 40, 58,
                     (0.19, 0.47, 0.76, 0.38), True),
}


@dataclass(frozen=True)
class Spec:
    """One chart of data/catalog/charts.yml."""

    id: str
    type: str
    text: dict
    series: tuple[dict, ...]
    scale: float = 1.0
    goals: bool = True
    panels: tuple[dict, ...] = ()  # type panels: one axes each ({y_en, y_zh, scale}); series carry their panel

    def t(self, key: str, lang: str) -> str:
        return self.text.get(f"{key}_{lang}", "")


def load_specs(path: str | Path | None = None) -> dict[str, Spec]:
    """The chart specs by id; raises naming the file on an unknown type or a series without metric."""
    path = resolve(path) if path else CATALOG_DIR / "charts.yml"
    items = (yamlio.safe_load(path.read_text(encoding="utf-8")) or {}).get("charts", [])
    specs = {}
    for item in items:
        if item.get("type") not in TYPES:
            raise ValueError(f"{path}: chart {item.get('id')!r} has type {item.get('type')!r}; allowed: {TYPES}")
        panels, series = _panel_series(path, item)
        if not series or any("metric" not in s for s in series):
            raise ValueError(f"{path}: chart {item['id']!r} needs series with a metric each")
        for s in series:
            if "facts" in s or "exclude_facts" in s:
                raise ValueError(f"{path}: chart {item['id']!r}: a series is chosen by metric and subject, never by "
                                 f"fact id (`facts`/`exclude_facts` of {s['metric']!r}); see `several`")
            if s.get("several", SEVERAL[0]) not in SEVERAL:
                raise ValueError(f"{path}: chart {item['id']!r}: several={s['several']!r} of {s['metric']!r}; "
                                 f"allowed: {list(SEVERAL)}")
        text = {k: v for k, v in item.items() if k[-3:] in ("_en", "_zh") or k.endswith("_no_goal")}
        specs[item["id"]] = Spec(item["id"], item["type"], text, series, float(item.get("scale", 1)),
                                 bool(item.get("goals", True)), panels)
    return specs


def _panel_series(path: Path, item: dict) -> tuple[tuple[dict, ...], tuple[dict, ...]]:
    """For type panels: the panels and their series flattened (each series gets ``panel`` and the panel's scale)."""
    if item["type"] != "panels":
        return (), tuple(item.get("series") or ())
    if not item.get("panels"):
        raise ValueError(f"{path}: chart {item['id']!r} of type panels needs a list `panels`")
    panels, series = [], []
    for i, panel in enumerate(item["panels"]):
        panels.append({k: v for k, v in panel.items() if k != "series"})
        for s in panel.get("series") or ():
            series.append({"scale": panel.get("scale", item.get("scale", 1)), **s, "panel": i})
    return tuple(panels), tuple(series)


def check_parameters(metrics, lang: str, specs: dict[str, Spec]) -> list[str]:
    """The chart ids to draw (all when ``metrics`` is empty; a string is one id, or ids separated by commas);
    ValueError listing what is allowed."""
    if lang not in LANGS:
        raise ValueError(f"lang={lang!r} is not supported; allowed: {list(LANGS)}")
    if isinstance(metrics, str):  # -p metrics ranking gives a string: one id, or several separated by commas
        metrics = [m.strip() for m in metrics.split(",") if m.strip()]
    if not isinstance(metrics, (list, tuple)) or not all(isinstance(m, str) for m in metrics):
        raise ValueError(f"parameter metrics={metrics!r} ({type(metrics).__name__}): expected a list of chart ids "
                         f"(or one id, or ids separated by commas); allowed: {list(specs)}")
    ids = list(metrics) if metrics else list(specs)
    unknown = [m for m in ids if m not in specs]
    if unknown:
        raise ValueError(f"unknown chart ids {unknown} in metrics; allowed: {list(specs)}")
    return ids


# ---------------------------------------------------------------- the data behind a chart
POINT_COLUMNS = ["chart", "series", "role", "period", "label", "x", "value", "basis", "partial", "status",
                 "fact_ids", "report_ids"]
RANK_CHANGE = "national_ranking_change_positions"  # a "move up N places" goal, drawn at its implied rank


def _in_range(span: Period, year_from: int, year_to: int) -> bool:
    return span.end > year_from and span.start < year_to + 1


SEVERAL = ("largest",)  # charts.yml `several`: what a series draws in a year a report gives several values for


def _series_values(series: dict, values: pd.DataFrame, facts: pd.DataFrame | None) -> pd.DataFrame:
    """The values of one series: reconciled rows of its metric (and subject), the plans or the other figures as the
    series asks (``plan``). With ``several: largest``, a year reconciled.csv leaves unresolved (a report gives
    several values of the metric for it) gets the largest figure of facts.csv/implied_facts.csv of the same metric
    and subject for that whole year: the whole list, not one of its parts (首批实施重点项目228个 over 18个重点项目
    实行领导分包); a figure for part of the year (a month, a quarter) is not a value of the year."""
    sel = values[values["metric_id"] == series["metric"]]
    if "subject" in series:
        sel = sel[sel["subject"] == series["subject"]]
    sel = sel[_kinds_drawn(series, sel)]
    if series.get("several") != "largest" or facts is None or not len(facts):
        return sel
    have = {Period.parse(p).last_year for p in sel["period"] if p}
    extra = facts[facts["metric_id"] == series["metric"]]
    if "subject" in series:
        extra = extra[extra["subject"] == series["subject"]]
    extra = extra[_kinds_drawn(series, extra) & extra["period"].ne("")]
    spans = [Period.of(p) for p in extra["period"]]
    whole = [not s.partial and s.end - s.start == 1 and int(s.start) not in have for s in spans]  # a year, unresolved
    extra = extra[pd.Series(whole, index=extra.index, dtype=bool)]
    extra = extra.sort_values(["value", "fact_id"], ascending=[False, True]).drop_duplicates("period")
    return pd.concat([sel, extra[[c for c in sel.columns if c in extra.columns]]], ignore_index=True)


def _kinds_drawn(series: dict, sel: pd.DataFrame) -> pd.Series:
    """A series of plans (``plan: true``) draws the plans (and implied values), any other series the other kinds."""
    if series.get("plan"):
        return sel["kind"].isin(GOAL_KINDS) | sel["basis"].eq("implied")
    return ~sel["kind"].isin(GOAL_KINDS)


def _goals_of(series: dict, goals: pd.DataFrame) -> pd.DataFrame:
    """The goals of targets.csv for a series: same metric and, when the series names a subject, that subject or
    one of its ``goal_subjects`` (a goal set for the same body under another name)."""
    if "metric" not in series or not series.get("goals", True):
        return goals.iloc[:0]
    mine = goals[goals["metric_id"] == series["metric"]]
    if "subject" in series and "subject" in mine.columns:
        mine = mine[mine["subject"].isin([series["subject"], *series.get("goal_subjects", [])])]
    return mine


def points(spec: Spec, values: pd.DataFrame, goals: pd.DataFrame, year_from: int, year_to: int,
           ranks: pd.DataFrame | None = None, facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every value a chart draws, with its role (value/goal), basis, partial flag and fact ids; sorted."""
    rows = []
    for n, series in enumerate(spec.series):
        scale = float(series.get("scale", spec.scale))
        if spec.type == "ranking" and ranks is not None:
            sel = pd.DataFrame({"period": ranks["evaluation_year"].astype(int).astype(str), "value": ranks["rank"],
                                "basis": ranks["basis"], "fact_id": ranks["fact_ids"],
                                "report_id": ranks["fact_ids"].str.replace(r"-\d{3}", "", regex=True),
                                "kind": "rank"})
        else:
            sel = _series_values(series, values, facts)
            sel = sel[sel["period"].ne("")]
        for r in sel.itertuples():
            span = Period.of(r.period)
            if _in_range(span, year_from, year_to):
                flow = r.kind not in ("count_stock", "rank", "share") and spec.type != "ranking"
                flow = flow or (spec.type == "panels" and r.kind != "rank")  # a share of an annual plan, too
                role = "plan" if spec.type != "ranking" and series.get("plan") else "value"
                rows.append([spec.id, n, role, r.period, span.label, (span.start + span.end) / 2,
                             float(r.value) / scale, r.basis, bool(flow and span.partial), "", r.fact_id,
                             r.report_id])
        if spec.goals and len(goals):
            mine = _goals_of(series, goals)
            if spec.type == "ranking":
                mine = pd.concat([mine, goals[(goals["metric_id"] == RANK_CHANGE) & goals["goal_level"].ne("")]
                                  .assign(target_value=lambda d: d["goal_level"])])
            for g in mine.itertuples():
                span = Period.of(g.deadline)
                if span is None or _in_range(span, year_from, year_to):
                    x = (span.start + span.end) / 2 if span else float("nan")
                    basis = "implied" if g.metric_id == RANK_CHANGE else "stated"
                    rows.append([spec.id, n, "goal", g.deadline, span.label if span else "no deadline", x,
                                 float(g.target_value) / scale, basis, False, g.status, g.target_fact_id,
                                 g.report_id])
    out = pd.DataFrame(rows, columns=POINT_COLUMNS)
    return out.sort_values(["series", "role", "x", "fact_ids"], na_position="first").reset_index(drop=True)


# ---------------------------------------------------------------- drawing
LINE_H = 0.026  # height of one line of 6.5 pt text, as a fraction of the figure height


def _frame(spec: Spec, lang: str, pts: pd.DataFrame, sources: dict[str, str], layout_name: str = "wide"):
    """A fixed-size figure with the title and the source line (wrapped) naming the reports drawn."""
    import textwrap

    from matplotlib.figure import Figure

    layout = LAYOUTS[layout_name]
    size = layout.size if not (layout.stacked and spec.type == "panels") else (layout.size[0], layout.size[1] * 1.3)
    fig = Figure(figsize=size, dpi=DPI)
    fig.rf_layout = layout
    if lang == "zh":
        title = "\n".join(textwrap.wrap(spec.t("title", "zh"), layout.title_chars // 2))
    elif layout.legend_right:
        title = "\n".join(textwrap.wrap(f"{spec.t('title', 'en')} ({spec.t('title', 'zh')})", layout.title_chars))
    else:  # a phone: the English title wrapped, the Chinese one on a line of its own (its characters are wider)
        title = "\n".join(textwrap.wrap(spec.t("title", "en"), layout.title_chars) + [spec.t("title", "zh")])
    fig.suptitle(title, x=0.01, y=0.985, ha="left", va="top", fontsize=11 if layout.legend_right else 10)
    lines = textwrap.wrap(source_line(pts, sources, lang, spec.t("corpus", "zh")), layout.source_chars // (2 if lang == "zh" else 1))
    fig.rf_source = fig.text(0.01, 0.012, "\n".join(lines), fontsize=6.5, color="#444444", va="bottom",
                             linespacing=1.3)
    fig.rf_notes = None
    line_h = LINE_H * SIZE[1] / size[1] * (1 if layout.legend_right else NARROW_TEXT_SCALE)
    fig.notes_y = 0.012 + line_h * len(lines) + 0.008  # where notes above the source line start
    return fig


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def report_date(published: str | None, lang: str) -> str:
    """A report's publication date as a reader writes it: Jul 2018, 1 Oct 2024 (zh: 2018年7月, 2024年10月1日)."""
    parts = [int(p) for p in str(published or "").split("-") if p.isdigit()]
    if not parts:
        return "未注明日期" if lang == "zh" else "undated"
    if lang == "zh":
        return "".join(f"{v}{u}" for v, u in zip(parts, "年月日"))
    return " ".join([*([str(parts[2])] if len(parts) > 2 else []), *([MONTHS[parts[1] - 1]] if len(parts) > 1 else []),
                     str(parts[0])])


def source_line(pts: pd.DataFrame, sources: dict[str, str], lang: str, about_zh: str = "") -> str:
    """The chart's source: the reports it draws from, named by their dates (never a file of this repository);
    ``about_zh``: whom the reports are about (``title_zh`` of the ``corpus:`` block of sources.yml)."""
    reports = sorted({r for ids in pts["report_ids"] for r in str(ids).split(";") if r},
                     key=lambda r: (sources.get(r) or "", r))
    dates = [report_date(sources.get(r), lang) for r in reports]
    if lang == "zh":
        return (f"数据来源：{about_zh}相关新闻报道（{'、'.join(dates)}），报纸名称未注明。" if about_zh else
                f"数据来源：新闻报道（{'、'.join(dates)}），报纸名称未注明。") if dates else "数据来源：无"
    said = ", ".join(dates[:-1]) + (" and " if len(dates) > 1 else "") + (dates[-1] if dates else "")
    return (f"Source: newspaper reports on the zone of {said} (newspaper not stated); see the book's page "
            f"\"The reports\"." if dates else "Source: no report.")


def _style_axes(ax, ylabel: str) -> None:
    narrow = not getattr(ax.figure, "rf_layout", LAYOUTS["wide"]).legend_right
    ax.set_ylabel(_wrap(ylabel, 36) if narrow else ylabel, fontsize=8)
    ax.tick_params(labelsize=8)
    ax.grid(axis="y", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)


def _figure(spec: Spec, lang: str, pts: pd.DataFrame, sources: dict[str, str], layout_name: str = "wide"):
    """A fixed-size figure with the title, one axes with the y label, and the source line."""
    fig = _frame(spec, lang, pts, sources, layout_name)
    ax = fig.add_axes(fig.rf_layout.axes)
    _style_axes(ax, spec.t("y", lang))
    return fig, ax


def _series_label(spec: Spec, n: int, lang: str) -> str:
    return spec.series[n].get(f"label_{lang}", spec.series[n]["metric"])


def _year_ticks(ax, lo: int, hi: int, offset: float = 0.0) -> None:
    """A tick per year; on a phone, with more than six years, a label every other year."""
    step = 2 if not ax.figure.rf_layout.legend_right and hi - lo > 6 else 1
    years = range(lo, hi + 1)
    ax.set_xticks([y + offset for y in years], [str(y) if (y - lo) % step == 0 else "" for y in years])


def _year_axis(ax, xs: list[float], year_from: int, year_to: int) -> None:
    lo = max(year_from, int(min(xs)) if xs else year_from)
    hi = min(year_to, int(max(xs)) if xs else year_to)
    ax.set_xlim(lo - 0.1, hi + 1.1)
    _year_ticks(ax, lo, hi, 0.5)


def marks_drawn(pts: pd.DataFrame) -> set[str]:
    """The kinds of mark a chart's points make: stated, implied, partial (part of a year), plan, goal."""
    values = pts[pts["role"] == "value"]
    kinds = set()
    if len(values[(values["basis"] == "stated") & ~values["partial"].astype(bool)]):
        kinds.add("stated")
    if len(pts[(pts["role"] != "goal") & (pts["basis"] != "stated")]):
        kinds.add("implied")
    if values["partial"].astype(bool).any():
        kinds.add("partial")
    kinds.update(r for r in ("plan", "goal") if (pts["role"] == r).any())
    return kinds


def _place_legend(fig, ax, handles, labels, extra_top: float = 0.0) -> None:
    """The legend right of the plot (desktop) or under it (phone)."""
    layout = fig.rf_layout
    width = 34 if layout.legend_right else 60
    labels = [_wrap(t, width) for t in labels]
    if layout.legend_right:
        ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize=7, frameon=False)
    else:
        fig.legend(handles, labels, loc="upper left", bbox_to_anchor=(0.01, layout.legend_top - extra_top),
                   fontsize=7, frameon=False, ncol=1)


def _legend_notes(fig, ax, lang: str, notes: list[str], pts: pd.DataFrame, extra_top: float = 0.0) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    zh = lang == "zh"
    drawn = marks_drawn(pts)
    handles = ax.get_legend_handles_labels()
    keys = {"stated": Line2D([], [], marker="o", color="#555555", label="报道所述" if zh else "stated by a report"),
            "implied": Line2D([], [], marker="o", mfc="white", ls="--", color="#555555",
                              label="推算" if zh else "implied"),
            "partial": Patch(facecolor="#bbbbbb", hatch="///", edgecolor="#555555",
                             label="非全年" if zh else "part of a year"),
            "goal": Line2D([], [], marker="D", ls=":", color="black", mfc="white", label="目标" if zh else "goal")}
    keys = [k for name, k in keys.items() if name in drawn]
    _place_legend(fig, ax, handles[0] + keys, handles[1] + [k.get_label() for k in keys], extra_top)
    _notes(fig, notes)


def _notes(fig, notes: list[str]) -> None:
    import textwrap

    if notes:
        width = fig.rf_layout.source_chars + (20 if fig.rf_layout.legend_right else 0)
        lines = [line for note in notes for line in textwrap.wrap(note, width)]
        fig.rf_notes = fig.text(0.01, fig.notes_y, "\n".join(lines), fontsize=6.5, color="#444444", va="bottom")


def _goal_text(row, lang: str, unit: str, sources: dict) -> str:
    deadline = row.label if row.period else ("无期限" if lang == "zh" else "no deadline")
    said = report_date(sources.get(row.report_ids), lang)
    return (f"目标 {row.value:g}{unit}（{deadline}，{said}提出）" if lang == "zh" else
            f"goal {row.value:g}{unit} ({deadline}, set {said})")


def draw_timeline(spec: Spec, pts: pd.DataFrame, lang: str, year_from: int, year_to: int, sources: dict,
                  layout: str = "wide"):
    """Values over calendar time, one colour per series; series of another definition are never joined."""
    fig, ax = _figure(spec, lang, pts, sources, layout)
    notes = []
    for n in sorted(pts["series"].unique()):
        c = OKABE_ITO[n % len(OKABE_ITO)]
        vals = pts[(pts["series"] == n) & (pts["role"] == "value")].sort_values("x")
        joined = vals[~vals["partial"]]  # a part-year figure is never joined to full years
        ax.plot(joined["x"], joined["value"], color=c, lw=1.5, label=_series_label(spec, n, lang))
        beside = n == 0 and pts["series"].nunique() > 1  # the first series labelled to the right, others above
        for r in vals.itertuples():
            hollow = r.basis != "stated" or r.partial
            ax.plot([r.x], [r.value], marker="v" if r.partial else "o", ms=6, color=c, mfc="white" if hollow else c)
            ax.annotate(f"{r.value:g}" + (f" ({r.label})" if r.partial else ""), (r.x, r.value), fontsize=7,
                        xytext=(6, -8) if beside else (0, 5), textcoords="offset points",
                        ha="left" if beside else "center", color="#222222")
        for r in pts[(pts["series"] == n) & (pts["role"] == "goal")].itertuples():
            if r.period:  # a goal with a deadline: a diamond at the deadline, labelled beside it
                ax.plot([r.x], [r.value], marker="D", ms=7, color=c, mec="black", mfc="white", ls="none")
                ax.annotate(_goal_text(r, lang, "", sources), (r.x, r.value), fontsize=6.5, xytext=(-6, 0),
                            textcoords="offset points", ha="right", va="center", color="#222222")
            else:  # no deadline: a dotted line across, labelled at the right end
                ax.axhline(r.value, color=c, ls=":", lw=1)
                ax.annotate(_goal_text(r, lang, "", sources), (1, r.value), xycoords=("axes fraction", "data"), fontsize=6.5,
                            xytext=(-2, 2), textcoords="offset points", ha="right", color="#222222")
        note = spec.series[n].get(f"break_{lang}")
        if note and len(vals):
            notes.append(("定义不同：" if lang == "zh" else "Definition differs: ") + note)
    xs = list(pts["x"].dropna())
    _year_axis(ax, xs, year_from, year_to)
    ax.set_ylim(bottom=0, top=max(list(pts["value"]) + [1]) * 1.15)
    _legend_notes(fig, ax, lang, notes, pts)
    return fig


def draw_bars(spec: Spec, pts: pd.DataFrame, lang: str, year_from: int, year_to: int, sources: dict,
              layout: str = "wide"):
    """One group per series, one bar per period; partial periods hatched, implied hollow, goals dotted."""
    fig, ax = _figure(spec, lang, pts, sources, layout)
    keys = pts.assign(key=pts["label"] + pts["role"].map({"value": "", "goal": " goal"}))
    order = keys.sort_values(["role", "x"], key=lambda s: s if s.name == "x" else s.map({"value": 0, "goal": 1}))
    periods = list(dict.fromkeys(order["key"]))
    colour = {k: OKABE_ITO[i % len(OKABE_ITO)] for i, k in enumerate(periods)}
    groups = sorted(keys["series"].unique())
    for g_i, n in enumerate(groups):
        bars = order[order["series"] == n]
        width = 0.8 / max(len(bars), 1)
        for b_i, r in enumerate(bars.itertuples()):
            x = g_i - 0.4 + width * (b_i + 0.5)
            c = colour[r.key]
            style = dict(color=c, edgecolor=c)
            if r.role == "goal":
                style = dict(facecolor="white", edgecolor="black", linestyle=":", linewidth=1.2)
            elif r.basis != "stated":
                style = dict(facecolor="white", edgecolor=c, linestyle="--", linewidth=1.2)
            elif r.partial:
                style = dict(facecolor="white", edgecolor=c, hatch="///")
            ax.bar(x, r.value, width * 0.9, **style)
            ax.annotate(f"{r.value:g}", (x, r.value), fontsize=6.5, ha="center", xytext=(0, 2),
                        textcoords="offset points")
    for k in periods:
        part = " (非全年)" if lang == "zh" else " (part of year)"
        is_partial = bool(keys[keys["key"] == k]["partial"].any())
        label = k.replace(" goal", " 目标" if lang == "zh" else " goal") + (part if is_partial else "")
        goal = dict(facecolor="white", edgecolor="black", linestyle=":") if k.endswith(" goal") else dict(color=colour[k])
        ax.bar([0], [0], 0, label=label, **goal)
    narrow = not fig.rf_layout.legend_right
    names = [_series_label(spec, n, lang) for n in groups]
    if narrow:  # the English name only, under a bar group a phone's width allows
        names = [name.split(" (")[0] for name in names]
    ax.set_xticks(range(len(groups)), [_wrap(name, 9 if narrow else 14) for name in names], fontsize=6 if narrow else 6.5)
    ax.set_xlim(-0.6, len(groups) - 0.4)
    # the colours name the periods, "(part of year)" and "goal" included: only an implied value needs a key
    _legend_notes(fig, ax, lang, [], pts[pts["role"].eq("value") & pts["basis"].ne("stated")], extra_top=0.03)
    return fig


def _wrap(text: str, width: int = 22) -> str:
    words, lines, line = text.split(" "), [], ""
    for w in words:
        if line and len(line) + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "\n".join(lines + [line])


def nice_step(span: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is at least a third of ``span`` (3 to 4 ticks)."""
    import math

    want = max(span / 3, 1)
    power = 10 ** math.floor(math.log10(want))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= want)


def rank_limits(values: list[float]) -> tuple[float, float]:
    """The rank axis (bottom, top), inverted: from the drawn ranks and goals out to the next whole step beyond
    them (ranks 100..146 give 160..80); rank 1 stays in view."""
    import math

    values = [v for v in values if v == v] or [1.0]
    lo, hi = min(values), max(values)
    step = nice_step(hi - lo)
    return math.ceil((hi + 1) / step) * step, max(0.0, math.floor((lo - 1) / step) * step)


def draw_ranking(spec: Spec, pts: pd.DataFrame, lang: str, year_from: int, year_to: int, sources: dict,
                 layout: str = "wide"):
    """The rank by evaluation year (1 at the top), the goals of a top group (前N名) and of moving up N places at their
    deadlines, and what became of them."""
    zh = lang == "zh"
    fig, ax = _figure(spec, lang, pts, sources, layout)
    c = OKABE_ITO[3]
    vals = pts[pts["role"] == "value"].sort_values("x")
    for a, b in zip(vals.itertuples(), vals.iloc[1:].itertuples()):
        solid = a.basis == "stated" and b.basis == "stated"
        ax.plot([a.x, b.x], [a.value, b.value], color=c, lw=1.5, ls="-" if solid else "--")
    for r in vals.itertuples():
        ax.plot([r.x], [r.value], "o", ms=7, color=c, mfc=c if r.basis == "stated" else "white")
        ax.annotate(f"{r.value:g}", (r.x, r.value), fontsize=8, xytext=(0, -13), textcoords="offset points",
                    ha="center")
    ax.plot([], [], "o-", color=c, label=_series_label(spec, 0, lang))
    goals = pts[pts["role"] == "goal"]
    # a goal stated as a rank (进入前N名) is "stated"; a move of N places, drawn at the rank it implies, "implied"
    for band in sorted(set(goals.loc[goals["basis"] == "stated", "value"])):
        ax.axhline(band, color="black", ls=":", lw=1)
        ax.annotate(f"前{band:g}名目标" if zh else f"top-{band:g} goal (前{band:g}名)",
                    (vals["x"].min() if len(vals) else year_from, band), fontsize=7, xytext=(0, 4),
                    textcoords="offset points")
    before = dict(zip(vals["x"], vals["value"]))  # the rank of each evaluation year, for "up N places"
    tops = 0
    for r in goals.itertuples():
        moved = r.status == "moved"
        ax.plot([r.x], [r.value], marker="D" if r.basis == "stated" else "X", ms=8, color="black",
                mfc="white" if moved or r.basis != "stated" else "black")
        status = {"moved": "推迟" if zh else "moved", "missed": "未完成" if zh else "missed",
                  "met": "完成" if zh else "met"}.get(r.status, "待定" if zh else "no outcome yet")
        said = report_date(sources.get(r.report_ids), lang)
        if r.basis == "stated":
            text = (f"{said}提出：\n{r.period}年前进入前{r.value:g}\n{status}" if zh else
                    f"set {said}:\ntop {r.value:g} by {r.period}\n{status}")
            tops += 1  # on a phone the labels of neighbouring deadlines alternate: below the line, above it
            above = not fig.rf_layout.legend_right and tops % 2 == 0
            ax.annotate(text, (r.x, r.value), fontsize=6.5, xytext=(0, 9) if above else (0, -36),
                        textcoords="offset points", ha="center", va="bottom" if above else "baseline")
        else:
            places = before.get(r.x - 1)  # the goal's rank is N places above the year before
            places = f"{places - r.value:g}" if places is not None else "N"
            text = (f"{said}提出：{r.period}年前移{places}位\n（第{r.value:g}位）— {status}" if zh else
                    f"set {said}: up {places} places\nin {r.period} (rank {r.value:g}) — {status}")
            narrow = not fig.rf_layout.legend_right  # on a phone below and right of the point, clear of the others
            ax.annotate(text, (r.x, r.value), fontsize=6.5, xytext=(10, -16) if narrow else (10, -4),
                        textcoords="offset points", ha="left", va="top" if narrow else "baseline")
    xs = list(pts["x"].dropna())
    lo, hi = int(min(xs)) if xs else year_from, int(max(xs)) if xs else year_to
    ax.set_xlim(lo - 0.5, hi + (0.8 if fig.rf_layout.legend_right else 2.4))
    _year_ticks(ax, lo, hi)
    ax.set_xlabel("评价年度" if zh else "Evaluation year (评价年度)", fontsize=8)
    ax.set_ylim(*rank_limits(list(pts["value"])))  # inverted: rank 1 is best
    _legend_notes(fig, ax, lang, [], pts, extra_top=0.03)
    return fig


def _bar_style(r, c: str) -> dict:
    """Filled = stated full period; hatched = part of a year; dashed hollow = implied; dotted = plan or goal."""
    if r.role == "goal":
        return dict(facecolor="white", edgecolor="black", linestyle=":", linewidth=1.2)
    if r.role == "plan":
        return dict(facecolor="white", edgecolor=c, linestyle="--" if r.basis != "stated" else ":", linewidth=1.4)
    if r.basis != "stated":
        return dict(facecolor="white", edgecolor=c, linestyle="--", linewidth=1.2)
    if r.partial:
        return dict(facecolor="white", edgecolor=c, hatch="///", linewidth=1.0)
    return dict(color=c, edgecolor=c)


def _panel(ax, spec: Spec, pts: pd.DataFrame, lang: str) -> None:
    """One panel: periods on x (in time order), one bar per series (and goal) within a period."""
    zh = lang == "zh"
    # one group per calendar year (a plan for 2024 beside what was completed Jan-Aug 2024); multi-year spans apart
    key = [lab if re.fullmatch(r"\d{4}\.\.\d{4}", str(p)) else str(p)[:4] for p, lab in zip(pts["period"], pts["label"])]
    pts = pts.assign(order=pts["role"].map({"plan": 0, "value": 1, "goal": 2}), key=key)
    groups = list(dict.fromkeys(pts.sort_values(["x", "key"])["key"]))
    ticks = []
    for p_i, k in enumerate(groups):
        grp = pts[pts["key"] == k].sort_values(["series", "order", "fact_ids"])
        width = min(0.8 / max(len(grp), 1), 0.35)
        texts = [f"{round(v, 2):g}" for v in grp["value"]]
        upright = len(grp) > 3 or (len(grp) > 1 and max(map(len, texts)) > 4)
        for b_i, r in enumerate(grp.itertuples()):
            x = p_i + width * (b_i - (len(grp) - 1) / 2)
            c = OKABE_ITO[int(spec.series[r.series].get("colour", r.series)) % len(OKABE_ITO)]
            ax.bar(x, r.value, width * 0.9, **_bar_style(r, c))
            ax.annotate(f"{round(r.value, 2):g}", (x, r.value), fontsize=6, ha="center", va="bottom",
                        xytext=(0, 2), textcoords="offset points", rotation=90 if upright else 0)
        parts = list(dict.fromkeys(lab[5:] for lab, part in zip(grp["label"], grp["partial"]) if part))
        ticks.append(k + (f"\n{', '.join(parts)}\n({'非全年' if zh else 'part of year'})" if parts else ""))
    ax.set_xticks(range(len(groups)), ticks, fontsize=7)
    periods = groups
    ax.set_xlim(-0.6, max(len(periods), 1) - 0.4)
    top = max(list(pts["value"]) + [1])
    ax.set_ylim(0, top * 1.15)
    if ax.figure.rf_layout.legend_right:  # on a phone the panels are stacked: the ticks say it, the label would clash
        ax.set_xlabel("年份/期间" if zh else "Year or period (年份/期间)", fontsize=7)


def _panel_rects(layout: Layout, n_p: int) -> list[tuple[float, float, float, float]]:
    """The rectangles of ``n_p`` panels: side by side (desktop) or stacked (phone)."""
    left, bottom, width, height = layout.panels_box
    if layout.stacked:
        left, width = 0.1, 0.85  # no y label beside stacked panels: their titles say what they measure
        gap = 0.11
        h = (height - gap * (n_p - 1)) / n_p
        return [(left, bottom + (n_p - 1 - i) * (h + gap), width, h) for i in range(n_p)]
    gap = 0.08
    w = (width - gap * (n_p - 1)) / n_p
    return [(left + i * (w + gap), bottom, w, height) for i in range(n_p)]


def draw_panels(spec: Spec, pts: pd.DataFrame, lang: str, year_from: int, year_to: int, sources: dict,
                layout: str = "wide"):
    """Panels side by side (stacked on a phone), each with its own y axis and unit, periods on x; one legend."""
    from matplotlib.patches import Patch

    zh = lang == "zh"
    fig = _frame(spec, lang, pts, sources, layout)
    rects = _panel_rects(fig.rf_layout, max(len(spec.panels), 1))
    handles = []
    for i, panel in enumerate(spec.panels):
        ax = fig.add_axes(rects[i])
        if fig.rf_layout.stacked:  # a phone: the panel's quantity in its title, not a long label along its side
            _style_axes(ax, "")
            ax.set_title(_wrap(f"{panel.get(f'title_{lang}', '')}: {panel.get(f'y_{lang}', '')}", 44), fontsize=8,
                         loc="left")
        else:
            _style_axes(ax, panel.get(f"y_{lang}", ""))
            ax.set_title(panel.get(f"title_{lang}", ""), fontsize=8, loc="left")
        mine = pts[pts["series"].map(lambda n: spec.series[int(n)].get("panel") == i).astype(bool)]
        _panel(ax, spec, mine, lang)
        ref = panel.get("reference")
        if ref is not None:  # a definitional line (e.g. 100% = the whole annual plan), not a reported figure
            ax.axhline(float(ref), color="black", lw=0.8, ls="-.")
            ax.annotate(panel.get(f"reference_{lang}", ""), (0, float(ref)), xycoords=("axes fraction", "data"),
                        fontsize=6.5, xytext=(2, 2), textcoords="offset points")
    names: dict[str, str] = {}  # one legend entry per colour: its group name, else its first series' label
    for n, series in enumerate(spec.series):
        c = OKABE_ITO[int(series.get("colour", n)) % len(OKABE_ITO)]
        if len(pts[pts["series"] == n]) and (c not in names or series.get(f"group_{lang}")):
            names[c] = series.get(f"group_{lang}") or names.get(c) or _series_label(spec, n, lang)
    handles = [Patch(color=c, label=_wrap(name, 30)) for c, name in names.items()]
    grey = "#555555"
    keys = {"stated": Patch(color=grey, label="报道所述，全年" if zh else "stated, full year"),
            "partial": Patch(facecolor="white", edgecolor=grey, hatch="///", label="非全年" if zh else "part of a year"),
            "implied": Patch(facecolor="white", edgecolor=grey, ls="--", label="推算" if zh else "implied"),
            "plan": Patch(facecolor="white", edgecolor=grey, ls=":", lw=1.4, label="计划" if zh else "plan"),
            "goal": Patch(facecolor="white", edgecolor="black", ls=":", label="目标" if zh else "goal")}
    drawn = marks_drawn(pts)
    handles += [k for name, k in keys.items() if name in drawn]
    if fig.rf_layout.legend_right:
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.745, 0.88), fontsize=7, frameon=False)
    else:
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.01, fig.rf_layout.panels_box[1] - 0.08),
                   fontsize=7, frameon=False)
    notes = [spec.series[n].get(f"break_{lang}") for n in sorted(pts["series"].unique())]
    _notes(fig, [("注：" if zh else "Note: ") + t for t in dict.fromkeys(x for x in notes if x)])
    return fig


DRAW = {"timeline": draw_timeline, "bars": draw_bars, "ranking": draw_ranking, "panels": draw_panels}


def _ranking_x(pts: pd.DataFrame) -> pd.DataFrame:
    """The ranking chart's x is the evaluation (or deadline) year itself."""
    return pts.assign(x=[float(Period.parse(p).last_year) if p else float("nan") for p in pts["period"]])


NARROW_TEXT_SCALE = 1.2  # a phone shows the narrow figure at about its own size: every text a fifth larger


def _stack_under_legend(fig) -> None:
    """On a phone: the notes and the source line straight under the legend (not at the foot of a fixed-height
    figure), so :func:`render` can cut the empty space below them."""
    fig.draw_without_rendering()
    height = fig.bbox.height
    boxes = [leg.get_window_extent() for leg in fig.legends]
    boxes += [ax.get_legend().get_window_extent() for ax in fig.axes if ax.get_legend() is not None]
    boxes += [ax.get_tightbbox() for ax in fig.axes]
    y = min(b.y0 for b in boxes) / height - 0.015
    for text in (fig.rf_notes, fig.rf_source):
        if text is not None:
            text.set_verticalalignment("top")
            text.set_y(y)
            fig.draw_without_rendering()
            y = text.get_window_extent().y0 / height - 0.01
    fig.rf_tight = True


def _scale_text(fig, factor: float) -> None:
    """Every text of ``fig`` (titles, labels, ticks, annotations, legend) ``factor`` times its size."""
    from matplotlib.text import Text

    for text in fig.findobj(Text):
        text.set_fontsize(text.get_fontsize() * factor)


def render(fig, path: Path) -> Path:
    """Write ``fig`` as deterministic SVG (fixed hash salt, no Date metadata, glyphs as paths); a missing glyph
    raises instead of warning. A file that already holds these bytes is left alone (its timestamp tells make that
    the book need not be rebuilt, e.g. after nbval re-ran the notebooks); otherwise it is replaced atomically."""
    import io

    import matplotlib

    from reportfacts.core.tables import write_bytes_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    svg = io.BytesIO()
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*missing from font.*")
        warnings.filterwarnings("error", message=r"Glyph \d+")
        with matplotlib.rc_context({"svg.hashsalt": HASH_SALT, "svg.fonttype": "path"}):
            tight = {"bbox_inches": "tight", "pad_inches": 0.08} if getattr(fig, "rf_tight", False) else {}
            fig.savefig(svg, format="svg", dpi=DPI, metadata={"Date": None}, **tight)
    write_bytes_atomic(svg.getvalue(), path)
    return path


def alt_text(spec: Spec, pts: pd.DataFrame, lang: str) -> str:
    """A plain-language description of the chart, made from the values it draws."""
    kind = {"timeline": "Line chart", "bars": "Bar chart", "ranking": "Line chart, rank axis inverted",
            "panels": f"Bar charts in {len(spec.panels)} panels"}[spec.type]
    parts = [f"{kind}: {spec.t('title', 'en')}."]
    for n in sorted(pts["series"].unique()):
        rows = pts[pts["series"] == n].sort_values(["role", "x"])
        items = [f"{r.label}{' ' + r.role if r.role != 'value' else ''} {round(r.value, 4):g}"
                 + (" (implied)" if r.basis != "stated" else "") + (" (part of year)" if r.partial else "")
                 + (f" ({r.status.replace('_', ' ')})" if r.status else "") for r in rows.itertuples()]
        parts.append(f"{_series_label(spec, n, 'en')}: {'; '.join(items)}.")
    return " ".join(parts)


# ---------------------------------------------------------------- the notebook's entry points
def load_inputs(values_csv: str, targets_csv: str, seeds_dir: str = "seeds",
                facts_csv: str = "data/processed/facts.csv") -> dict:
    """Reconciled values, goals, ranking timeline and report dates, read once for all charts."""
    from reportfacts.analysis import targets as tg
    from reportfacts.analysis.corpus import main_subject
    from reportfacts.text.sources import load_corpus, load_sources

    published = {s.report_id: s.published for s in load_sources(resolve(seeds_dir))}
    values = tg.prepare(tg.read_values(values_csv), published)
    goals = read_table(targets_csv, ["target_fact_id", "metric_id", "subject", "target_value", "deadline",
                                        "status", "goal_level", "report_id"], text=True)
    facts = read_table(facts_csv, ["fact_id", "report_id", "metric_id", "subject", "value", "unit", "period", "kind"],
                       text=True)
    ranks = tg.rank_timeline(values, facts, published)
    corpus = load_corpus(resolve(seeds_dir))
    return {"values": values, "goals": goals, "ranks": ranks, "published": published,
            "facts": candidate_facts(facts, resolve(values_csv).parent / "implied_facts.csv"),
            "corpus": corpus, "subject": main_subject(values, corpus)}


def candidate_facts(facts: pd.DataFrame, implied_csv: Path) -> pd.DataFrame:
    """The figures a series with ``several`` chooses from in a year reconciled.csv leaves unresolved: facts.csv
    stated, implied_facts.csv implied."""
    cols = ["fact_id", "report_id", "metric_id", "subject", "value", "unit", "period", "kind"]
    frames = [facts.reindex(columns=cols, fill_value="").assign(basis="stated")]
    if implied_csv.exists():
        frames.append(read_table(implied_csv, cols, text=True).reindex(columns=cols).assign(basis="implied"))
    out = pd.concat(frames, ignore_index=True)
    return out.assign(value=pd.to_numeric(out["value"], errors="coerce")).dropna(subset=["value"])


CORPUS_SUBJECT = "corpus"  # charts.yml: `subject: corpus` is the reports' main subject (sources.yml `corpus:`)
SAME_BODY = "same_body"  # charts.yml: `goal_subjects: same_body`: the catalog's bodies run as one with it


def for_corpus(spec: Spec, inputs: dict, pts: pd.DataFrame | None = None) -> Spec:
    """``spec`` for the corpus of ``inputs``: `subject: corpus` becomes the corpus's main subject, `goal_subjects:
    same_body` the catalog's bodies that are the same as it; in titles ``{title_zh}``/``{title}`` become the
    corpus's names and ``{top}`` the top group of the stated rank goals drawn (``pts``), the title being
    ``title_<lang>_no_goal`` when there is none."""
    from dataclasses import replace

    from reportfacts.analysis.corpus import same_body

    subject = inputs.get("subject", "")
    corpus = inputs.get("corpus")
    series = []
    for item in spec.series:
        item = dict(item)
        if item.get("subject") == CORPUS_SUBJECT:
            item["subject"] = subject
            if item.get("goal_subjects") == SAME_BODY:
                item["goal_subjects"] = same_body(subject)
        series.append(item)
    names = {"title_zh": getattr(corpus, "title_zh", ""), "title": getattr(corpus, "title", "")}
    text = dict(spec.text, corpus_zh=names["title_zh"])
    goals = pts[(pts["role"] == "goal") & (pts["basis"] == "stated")] if pts is not None and len(pts) else None
    top = f"{goals['value'].min():g}" if goals is not None and len(goals) else ""
    for lang in LANGS:
        title = spec.t("title", lang)
        if "{top}" in title and not top:
            title = spec.t("title", f"{lang}_no_goal") or title.replace("{top}", "N")
        text[f"title_{lang}"] = title.replace("{top}", top).format(**names) if "{" in title else title
    return replace(spec, series=tuple(series), text=text)


def chart_points(chart_id: str, inputs: dict, year_from: int, year_to: int, specs: dict | None = None):
    """The data a chart draws (see :func:`points`), x in evaluation years for the ranking."""
    spec = for_corpus((specs or load_specs())[chart_id], inputs)
    pts = points(spec, inputs["values"], inputs["goals"], year_from, year_to, inputs["ranks"], inputs.get("facts"))
    return _ranking_x(pts) if spec.type == "ranking" else pts


def draw(chart_id: str, inputs: dict, year_from: int, year_to: int, lang: str = "en",
         out_dir: str = "book/_static/charts", layout: str = "wide") -> tuple[Path, str]:
    """Draw one chart to ``<out_dir>/<id>_<lang>.svg`` (``layout="narrow"``: ``<id>_<lang>_narrow.svg``, for a
    phone); return the file and its alt text."""
    specs = load_specs()
    check_parameters([chart_id], lang, specs)
    if layout not in LAYOUTS:
        raise ValueError(f"layout={layout!r} is not supported; allowed: {list(LAYOUTS)}")
    fonts.use_cjk_font()
    pts = chart_points(chart_id, inputs, year_from, year_to, specs)
    spec = for_corpus(specs[chart_id], inputs, pts)
    fig = DRAW[spec.type](spec, pts, lang, year_from, year_to, inputs["published"], layout)
    if layout == "narrow":
        _scale_text(fig, NARROW_TEXT_SCALE)
        _stack_under_legend(fig)
    suffix = NARROW_SUFFIX if layout == "narrow" else ""
    path = render(fig, resolve(out_dir) / f"{chart_id}_{lang}{suffix}.svg")
    return path, alt_text(spec, pts, lang)


def show(chart_id: str, inputs: dict, year_from: int, year_to: int, lang: str = "en",
         out_dir: str = "book/_static/charts"):
    """Draw a chart and return it as Markdown (image + alt text + caption): stable text for nbval."""
    from IPython.display import Markdown

    path, alt = draw(chart_id, inputs, year_from, year_to, lang, out_dir)
    narrow, _ = draw(chart_id, inputs, year_from, year_to, lang, out_dir, "narrow")
    srcs = [p.relative_to(BOOK_DIR).as_posix() if p.is_relative_to(BOOK_DIR) else p.as_posix() for p in (path, narrow)]
    alt = alt.replace("[", "(").replace("]", ")").replace("\n", " ")
    pts = chart_points(chart_id, inputs, year_from, year_to)
    return Markdown(f"![{alt}]({srcs[0]})\n\n![{alt}]({srcs[1]})\n\n*{caption(pts)}*")


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 112th, 130th."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ranking_sentence(pts: pd.DataFrame, sources: dict[str, str]) -> str:
    """One sentence from a ranking chart's points: the first and the latest rank the reports give, and what became
    of the goal of the top group (each deadline, who set it, its status). Empty when there is no rank."""
    values = pts[pts["role"] == "value"].sort_values("x")
    if values.empty:
        return ""
    first, last = values.iloc[0], values.iloc[-1]
    text = (f"In the latest evaluation the reports cite ({int(last.x)}), the zone ranked "
            f"{ordinal(int(round(last.value)))} among China's national high-tech zones")
    if int(first.x) != int(last.x):
        text += f", {'up' if last.value < first.value else 'down'} from {ordinal(int(round(first.value)))} in {int(first.x)}"
    all_goals = pts[(pts["role"] == "goal") & pts["period"].ne("")].sort_values("x")
    top = all_goals["value"].min() if len(all_goals) else None
    said = {"met": "met", "missed": "missed", "moved": "later moved", "no_outcome_reported": "not yet judged"}
    for g in all_goals[all_goals["value"] != top].itertuples():
        text += (f"; it {said.get(g.status, g.status).replace('not yet judged', 'has no outcome for')} the goal of "
                 f"{ordinal(int(round(g.value)))} place in {int(g.x)} (set {report_date(sources.get(g.report_ids), 'en')})")
    goals = all_goals[all_goals["value"] == top]
    if len(goals):
        parts = [f"{int(g.x)} (set {report_date(sources.get(g.report_ids), 'en')}, {said.get(g.status, g.status)})"
                 for g in goals.itertuples()]
        text += (f"; the goal of a place in the top {int(goals.iloc[0].value)} was set for "
                 + " and then for ".join(parts))
    return text + "."


def caption(pts: pd.DataFrame) -> str:
    """How to read the marks, for the marks the chart draws only."""
    said = {"stated": "filled = stated by a report", "implied": "hollow or dashed = implied by the reports",
            "partial": "hatched = part of a year only", "plan": "dotted outline = a plan",
            "goal": "diamonds and dotted lines = goals"}
    parts = [text for kind, text in said.items() if kind in marks_drawn(pts)]
    return ("; ".join(parts).capitalize() + ".") if parts else ""


def year_range(inputs: dict, ids: list[str] | None = None) -> tuple[int, int]:
    """The calendar years the charts ``ids`` (all when None) span: from the first value drawn to the last value or
    goal deadline (the notebooks' ``year_from``/``year_to`` when given as 0)."""
    specs = load_specs()
    frames = [chart_points(i, inputs, 0, 9999, specs) for i in (ids or list(specs))]
    xs = [x for f in frames for x in f["x"].dropna()]
    if not xs:
        raise ValueError("no chart has a value with a period: there is no year range to draw")
    return int(min(xs)), int(max(xs))


def all_points(ids: list[str], inputs: dict, year_from: int, year_to: int) -> pd.DataFrame:
    """The data behind every chart drawn, for the table under the charts (rounded for display)."""
    specs = load_specs()
    frames = [chart_points(i, inputs, year_from, year_to, specs) for i in ids]
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=POINT_COLUMNS)
    out["series"] = [_series_label(specs[c], int(n), "en") for c, n in zip(out["chart"], out["series"])]
    out["value"] = out["value"].round(4)
    return out.drop(columns=["x"])
