"""The processed tables as a Frictionless Data Package: ``data/processed/datapackage.json``.

The description of every table and column is curated in ``data/catalog/tables.yml``; the sources (the reports,
with their sha256) come from ``seeds/sources.yml``; each table's own sha256 and size are measured, so the package
also pins the exact bytes of the CSVs it describes. Written with sorted keys and no timestamp (stable bytes).
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
from pathlib import Path

import pandas as pd

from reportfacts.core import yamlio
from reportfacts.core.paths import CATALOG_DIR, PROCESSED_DIR, SEEDS_DIR, resolve
from reportfacts.text.sources import load_corpus, load_sources, sha256_of

PACKAGE_FILE = "datapackage.json"
TABLES_FILE = "tables.yml"
FIELD_KEYS = ("name", "type", "description")
OPTIONAL_FIELD_KEYS = ("unit", "enum")
TYPES = {"string", "integer", "number", "boolean", "date", "datetime", "year", "yearmonth", "any"}


def load_tables(catalog_dir: str | Path = CATALOG_DIR) -> list[dict]:
    """The table descriptions of ``tables.yml``; a missing key or an unknown type stops naming the table/field."""
    path = resolve(catalog_dir) / TABLES_FILE
    tables = yamlio.safe_load(path.read_text(encoding="utf-8")).get("tables") or []
    for t in tables:
        for key in ("name", "title", "description", "fields"):
            if not t.get(key):
                raise ValueError(f"{path}: table {t.get('name', '?')!r} has no {key}")
        for f in t["fields"]:
            missing = [k for k in FIELD_KEYS if not f.get(k)]
            if missing:
                raise ValueError(f"{path}: table {t['name']} field {f.get('name', '?')!r} has no {', '.join(missing)}")
            unknown = [str(k) for k in f if k not in FIELD_KEYS + OPTIONAL_FIELD_KEYS]
            if unknown:  # (a description with a comma, unquoted in a {…} mapping, is cut there and its rest a key)
                raise ValueError(f"{path}: table {t['name']} field {f['name']!r}: unknown key(s) {', '.join(unknown)}"
                                 " (quote a description that has a comma)")
            if f["type"] not in TYPES:
                raise ValueError(f"{path}: table {t['name']} field {f['name']}: type {f['type']!r} is not one of "
                                 f"{', '.join(sorted(TYPES))}")
    return tables


def csv_header(path: Path) -> list[str]:
    """The column names of a CSV file."""
    with path.open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh), [])


def undescribed(processed_dir: str | Path = PROCESSED_DIR, catalog_dir: str | Path = CATALOG_DIR) -> list[str]:
    """Problems: CSVs in ``processed_dir`` not in tables.yml, or whose columns differ from the described fields."""
    processed_dir = resolve(processed_dir)
    tables = {t["name"]: t for t in load_tables(catalog_dir)}
    problems = []
    for path in sorted(processed_dir.glob("*.csv")):
        table = tables.get(path.stem)
        if table is None:
            problems.append(f"{path.name}: not described in data/catalog/{TABLES_FILE}")
            continue
        described = [f["name"] for f in table["fields"]]
        if csv_header(path) != described:
            problems.append(f"{path.name}: columns {csv_header(path)} differ from the fields {described} "
                            f"described in data/catalog/{TABLES_FILE}")
    return problems


def _field(f: dict) -> dict:
    out = {"name": f["name"], "type": f["type"], "description": f["description"]}
    if f.get("unit"):
        out["unit"] = f["unit"]
    if f.get("enum"):
        out["constraints"] = {"enum": f["enum"]}
    return out


def _resource(table: dict, path: Path) -> dict:
    data = path.read_bytes()
    schema = {"fields": [_field(f) for f in table["fields"]], "missingValues": [""]}
    if table.get("primary_key"):
        schema["primaryKey"] = list(table["primary_key"])
    return {
        "name": table["name"], "path": path.name, "title": table["title"], "description": table["description"],
        "profile": "tabular-data-resource", "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
        "bytes": len(data), "hash": f"sha256:{hashlib.sha256(data).hexdigest()}", "schema": schema,
    }


def sources_metadata(seeds_dir: str | Path = SEEDS_DIR) -> list[dict]:
    """The reports the tables were extracted from, each with its publication date and sha256."""
    return [{"title": s.headline_zh, "title_en": s.headline_en, "report_id": s.report_id,
             "path": f"seeds/{s.file}", "published": s.published, "sha256": s.sha256 or sha256_of(s.path)}
            for s in load_sources(seeds_dir)]


NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve")


def number_words(n: int) -> str:
    """A count as a reader writes it in a title: one to twelve in words, larger counts in digits."""
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else f"{n:,}"


def build(processed_dir: str | Path = PROCESSED_DIR, catalog_dir: str | Path = CATALOG_DIR,
          seeds_dir: str | Path = SEEDS_DIR) -> dict:
    """The data package descriptor for every described table present in ``processed_dir``.

    A CSV that is not described (or whose columns differ from its description) stops with the list of problems.
    """
    processed_dir = resolve(processed_dir)
    problems = undescribed(processed_dir, catalog_dir)
    if problems:
        raise ValueError("cannot describe the processed tables:\n" + "\n".join(problems))
    resources = [_resource(t, processed_dir / f"{t['name']}.csv") for t in load_tables(catalog_dir)
                 if (processed_dir / f"{t['name']}.csv").exists()]
    corpus = load_corpus(seeds_dir)
    n = len(load_sources(seeds_dir))
    what = corpus.title or corpus.title_zh or "News reports"
    about = corpus.full_title or corpus.title or corpus.full_title_zh or corpus.title_zh
    return {
        "name": corpus.name,
        "title": f"{what} in {number_words(n)} report{'s' if n != 1 else ''}: every figure traced to its sentence",
        "description": f"Statistical figures extracted from Chinese news reports{f' on the {about}' if about else ''}, "
                       "each with its unit, period and exact source span, and the tables derived from them.",
        "profile": "tabular-data-package",
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0 (the tables; the reports "
                      "remain their publishers')"}],
        "sources": sources_metadata(seeds_dir),
        "resources": resources,
    }


def write(processed_dir: str | Path = PROCESSED_DIR, catalog_dir: str | Path = CATALOG_DIR,
          seeds_dir: str | Path = SEEDS_DIR) -> Path:
    """Write ``datapackage.json`` into ``processed_dir`` (atomically, stable bytes) and return its path."""
    from reportfacts.core.tables import write_text_atomic

    package = build(processed_dir, catalog_dir, seeds_dir)
    path = resolve(processed_dir) / PACKAGE_FILE
    write_text_atomic(json.dumps(package, ensure_ascii=False, indent=2, sort_keys=True) + "\n", path)
    return path


def validate(path: str | Path) -> list[str]:
    """Frictionless validation of a data package (descriptor, schemas, every row, hashes): the errors, if any."""
    from frictionless import Package

    report = Package(str(resolve(path))).validate()
    return [f"{task.name}: {e.message}" for task in report.tasks for e in task.errors] + [
        e.message for e in report.errors]


def tables_summary(processed_dir: str | Path = PROCESSED_DIR) -> pd.DataFrame:
    """One row per table of the package: file, title, rows, columns, size and description (for the Data page)."""
    package = json.loads((resolve(processed_dir) / PACKAGE_FILE).read_text(encoding="utf-8"))
    rows = []
    for r in package["resources"]:
        with (resolve(processed_dir) / r["path"]).open(encoding="utf-8", newline="") as fh:
            n = sum(1 for _ in csv.reader(fh)) - 1
        rows.append({"file": r["path"], "title": r["title"], "rows": n, "columns": len(r["schema"]["fields"]),
                     "bytes": r["bytes"], "description": r["description"]})
    return pd.DataFrame(rows, columns=["file", "title", "rows", "columns", "bytes", "description"])


def fields_table(processed_dir: str | Path = PROCESSED_DIR) -> pd.DataFrame:
    """Every field of every table: table, field, type, unit, description."""
    package = json.loads((resolve(processed_dir) / PACKAGE_FILE).read_text(encoding="utf-8"))
    rows = [{"table": r["name"], "field": f["name"], "type": f["type"], "unit": f.get("unit", ""),
             "description": f["description"]} for r in package["resources"] for f in r["schema"]["fields"]]
    return pd.DataFrame(rows, columns=["table", "field", "type", "unit", "description"])


SITE_DATA_DIR = "data"  # where the book's build copies the tables (reportfacts.publish.sphinx_publish): _build/html/data/
BOM = "\ufeff".encode("utf-8")  # Excel reads a CSV as UTF-8 only when it starts with this byte-order mark


def site_files(processed_dir: str | Path = PROCESSED_DIR) -> list[Path]:
    """The files the built book offers for download: datapackage.json and every table it describes."""
    processed_dir = resolve(processed_dir)
    path = processed_dir / PACKAGE_FILE
    if not path.exists():
        return []
    package = json.loads(path.read_text(encoding="utf-8"))
    return [path] + [processed_dir / r["path"] for r in package["resources"]]


def publish(target: str | Path, processed_dir: str | Path = PROCESSED_DIR, seeds_dir: str | Path = SEEDS_DIR) -> list[Path]:
    """Write the site's copy of the data package into ``target`` and return the files written.

    The tables get a UTF-8 byte-order mark (so Excel opens the Chinese right; ``encoding: utf-8-sig``), the
    reports they come from are shipped in ``seeds/`` beside them (the package's ``sources`` point there), and the
    site's ``datapackage.json`` carries the bytes and sha256 of exactly these copies. The canonical CSVs in
    ``data/processed`` stay as they are (no mark)."""
    processed_dir, seeds_dir, target = resolve(processed_dir), resolve(seeds_dir), Path(target)
    path = processed_dir / PACKAGE_FILE
    if not path.exists():
        return []
    package = json.loads(path.read_text(encoding="utf-8"))
    (target / "seeds").mkdir(parents=True, exist_ok=True)
    written = []
    for r in package["resources"]:
        data = BOM + (processed_dir / r["path"]).read_bytes()
        r.update(encoding="utf-8-sig", bytes=len(data), hash=f"sha256:{hashlib.sha256(data).hexdigest()}")
        written.append(_write_bytes(target / r["path"], data))
    for s in package.get("sources", []):
        written.append(_write_bytes(target / s["path"], (seeds_dir / Path(s["path"]).name).read_bytes()))
    text = json.dumps(package, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return [_write_bytes(target / PACKAGE_FILE, text.encode("utf-8"))] + written


def _write_bytes(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_bytes() != data:
        path.write_bytes(data)
    return path


def download_links_html(processed_dir: str | Path = PROCESSED_DIR) -> str:
    """An HTML list linking each download, relative to a page in ``book/`` (the site's copy in ``data/``)."""
    processed_dir = resolve(processed_dir)
    package = json.loads((processed_dir / PACKAGE_FILE).read_text(encoding="utf-8"))
    items = [(PACKAGE_FILE, "the data package: every table's fields, types, units and sha256; the sources (the "
                            "report texts, in seeds/)")]
    items += [(r["path"], f"{r['title']}: {r['description']}") for r in package["resources"]]
    items += [(src["path"], f"the report {src['report_id']} ({src['published']}) as extracted from its PDF, UTF-8 text: "
               f"{src['title']}") for src in package.get("sources", [])]
    lis = "".join(f'<li><a href="../{SITE_DATA_DIR}/{html.escape(name, quote=True)}" download>'
                  f"<code>{html.escape(name)}</code></a> — {html.escape(text)}</li>" for name, text in items)
    return f'<ul class="rf-downloads">{lis}</ul>'


def sources_table(processed_dir: str | Path = PROCESSED_DIR) -> pd.DataFrame:
    """The sources listed in datapackage.json: report id, publication date, file, sha256 and headline."""
    package = json.loads((resolve(processed_dir) / PACKAGE_FILE).read_text(encoding="utf-8"))
    cols = ["report_id", "published", "path", "sha256", "title"]
    return pd.DataFrame([{c: s.get(c, "") for c in cols} for s in package["sources"]], columns=cols)
