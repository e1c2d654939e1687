"""Benchmarks and reproducibility checks: ``make bench``, ``make determinism``, ``make drift``.

``python -m reportfacts.build.bench run [--reps N]`` works in a temporary clone of the repository (``git clone`` of HEAD,
or with ``--worktree`` a copy of the working tree's tracked and new files) that reuses this checkout's installed
``.venv``, so it never touches the working tree. It prints, each the median of N repetitions:

- cold ``make book`` (environment installed; executed notebooks, data/interim and _build removed);
- no-change ``make book`` (and how many notebooks it executed: must be 0);
- ``make book`` after changing one seed (and which notebooks it re-executed);
- ``make test``;
- extraction alone (clean + extract + write, ``python -m reportfacts facts``) on the five reports and on a synthetic
  corpus generated from the seeds with every figure perturbed, in MB/s with the process's peak memory (the five
  reports take some 50 ms, so each repetition times :data:`FIVE_RUNS` warm runs of them);
- papermill's execution of the book's notebooks (``notebooks --force``) beside Jupyter Book's own serial execution
  of the same notebooks (``execute_notebooks: "force"``), as a ratio;
- the size series: extraction of one dense report of 0.5, 1, 2 and 5 MB (``--sizes``; one run each, in its own
  process), with time per MB and peak memory: a report's cost should grow linearly with its size.

``python -m reportfacts.build.bench sizes [--sizes 0.5,1,2,5]`` runs the size series alone, in this checkout.

``determinism`` runs the notebooks twice with ``--force`` in this checkout and compares the sha256 of every file
under data/processed, book/*.ipynb and book/_static/charts; ``drift`` regenerates them once and fails if any
tracked file under data/ or book/ changed (what CI runs on a clean clone).

Only the standard library is imported at module level: the checks run the project through subprocesses.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
GENERATED = ("data/processed", "book")
NUMBER_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d年月日号季届期批])")
EXECUTED_RE = re.compile(r"^executed\s+(\S+)", re.M)
YEAR_RE = re.compile(r"(?:19|20)\d\d")
FIVE_RUNS = 10  # timed runs of the five reports per process: one run takes some 50 ms, too short to time alone
DENSE_SIZES_MB = (0.5, 1.0, 2.0, 5.0)  # the size series: one dense report of each size
LINE_BREAK_RE = re.compile(r"[ \t]*\r?\n\s*")


# --- running things ------------------------------------------------------------------------------------------


def _env(root: Path) -> dict:
    """Environment for subprocesses in ``root``: its package first on the path (also for notebook kernels)."""
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONHASHSEED="0", MPLBACKEND="Agg")
    env["PATH"] = f"{root / '.venv' / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    return env


def _run(cmd: list[str], root: Path, check: bool = True, cwd: Path | None = None) -> tuple[float, str]:
    """Run ``cmd`` for the checkout ``root`` (in ``cwd``, default ``root``); return (seconds, stdout+stderr).

    A failure prints the output and raises.
    """
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd or root, env=_env(root), capture_output=True, text=True)
    seconds = time.perf_counter() - start
    out = proc.stdout + proc.stderr
    if check and proc.returncode:
        sys.stderr.write(out[-4000:])
        raise SystemExit(f"bench: `{' '.join(cmd)}` failed in {root} (exit {proc.returncode})")
    return seconds, out


def _make(root: Path, target: str) -> tuple[float, str]:
    # STAMP points at a file newer than requirements.txt: the shared, installed .venv is never reinstalled
    return _run(["make", "--no-print-directory", target, "STAMP=.bench-stamp"], root)


def _py(root: Path) -> str:
    return str(root / ".venv" / "bin" / "python")


# --- the temporary clone -------------------------------------------------------------------------------------


def make_clone(dest: Path, worktree: bool) -> Path:
    """A clone of HEAD (or a copy of the working tree) in ``dest``, sharing this checkout's ``.venv``."""
    if worktree:
        files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                               capture_output=True, check=True).stdout.split(b"\0")
        for name in (f.decode() for f in files if f):
            src = ROOT / name
            if src.is_file():
                (dest / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, dest / name)
        for cmd in (["init", "-q"], ["add", "-A"], ["-c", "user.name=bench", "-c", "user.email=bench@localhost",
                                                     "commit", "-qm", "bench: working tree"]):
            subprocess.run(["git", *cmd], cwd=dest, check=True)
    else:
        subprocess.run(["git", "clone", "-q", str(ROOT), str(dest)], check=True)
    (dest / ".venv").symlink_to(ROOT / ".venv")
    (dest / ".bench-stamp").touch()  # made after the clone, so newer than requirements.txt: make never reinstalls
    _, where = _run([_py(dest), "-c", "import reportfacts; print(reportfacts.__file__)"], dest, cwd=dest / "book")
    if not where.strip().startswith(str(dest)):
        raise SystemExit(f"bench: the clone imports reportfacts from {where.strip()}, not from {dest}")
    return dest


def remove_outputs(root: Path) -> None:
    """What a cold build starts without: executed notebooks, clean texts, charts, the HTML and caches."""
    for nb in (root / "book").glob("*.ipynb"):
        nb.unlink()
    for folder in ("data/interim", "_build", "book/_static/charts", ".jupyter_cache"):
        shutil.rmtree(root / folder, ignore_errors=True)


# --- synthetic corpus --------------------------------------------------------------------------------------


def _perturb(text: str, rng: random.Random) -> str:
    """Every figure (not a year, date or ordinal) multiplied by a random factor, keeping its decimals.

    The same figure is changed the same way throughout one report, as a report writes one name ("1015工程",
    “1+13+N”) or a repeated figure alike: otherwise a quoted name and its later mentions would no longer match,
    and the synthetic reports would hold more facts per byte than real ones."""
    changed: dict[str, str] = {}

    def new(m: re.Match) -> str:
        s = m.group()
        if YEAR_RE.fullmatch(s):
            return s  # a year in a list or a range ("2019、2020年", "2021-2025") stays a year
        if s not in changed:
            decimals = len(s.split(".")[1]) if "." in s else 0
            changed[s] = f"{max(float(s) * rng.uniform(0.5, 1.5), 10 ** -decimals):.{decimals}f}"
        return changed[s]
    return NUMBER_RE.sub(new, text)


def make_corpus(seeds: Path, dest: Path, n: int) -> int:
    """``n`` reports made from the seeds with perturbed figures, and their sources.yml; returns total bytes."""
    import yaml  # the .venv's interpreter runs the bench

    entries = yaml.safe_load((seeds / "sources.yml").read_text(encoding="utf-8"))["sources"]
    dest.mkdir(parents=True, exist_ok=True)
    out, total = [], 0
    for i in range(n):
        e = entries[i % len(entries)]
        raw = (seeds / e["file"]).read_text(encoding="utf-8")
        data = _perturb(raw, random.Random(i)).encode("utf-8")
        name = f"{i:04d}_{e['report_id']}.txt"
        (dest / name).write_bytes(data)
        total += len(data)
        out.append({**{k: e[k] for k in ("headline_zh", "headline_en", "published")}, "report_id": f"r{i:04d}",
                    "file": name, "sha256": hashlib.sha256(data).hexdigest()})
    (dest / "sources.yml").write_text(yaml.safe_dump({"sources": out}, allow_unicode=True), encoding="utf-8")
    return total


def make_dense_report(seeds: Path, dest: Path, size_mb: float) -> int:
    """One dense report of ``size_mb`` MB (10^6 bytes; never more than the 5,000,000 bytes a report may have) in
    ``dest``, with a sources.yml giving its publication date; returns its size in bytes.

    It is the seeds' texts one after another, each copy with its figures perturbed (:func:`_perturb`, a different
    perturbation per copy) and its line breaks removed: a single paragraph, as dense in figures as the seeds, and
    the worst case for anything that scans a paragraph per number. It is cut after the last full stop that fits.
    """
    import yaml

    from reportfacts.text.sources import MAX_REPORT_BYTES

    target = min(int(size_mb * 1_000_000), MAX_REPORT_BYTES)
    entries = yaml.safe_load((seeds / "sources.yml").read_text(encoding="utf-8"))["sources"]
    raws = [(seeds / e["file"]).read_text(encoding="utf-8").removeprefix("\ufeff") for e in entries]
    pieces, total, i = [], 0, 0
    while total <= target:
        piece = LINE_BREAK_RE.sub("", _perturb(raws[i % len(raws)], random.Random(i))).strip() + "。"
        pieces.append(piece)
        total += len(piece.encode("utf-8"))
        i += 1
    text = "".join(pieces).encode("utf-8")[:target].decode("utf-8", errors="ignore")
    text = text[: text.rindex("。") + 1]
    dest.mkdir(parents=True, exist_ok=True)
    report_id = f"dense_{int(size_mb * 1000)}kb"
    data = text.encode("utf-8")
    (dest / f"{report_id}.txt").write_bytes(data)
    sources = {"sources": [{"file": f"{report_id}.txt", "published": entries[-1]["published"]}]}
    (dest / "sources.yml").write_text(yaml.safe_dump(sources, allow_unicode=True), encoding="utf-8")
    return len(data)


def size_series(root: Path, tmp: Path, sizes: tuple[float, ...] = DENSE_SIZES_MB, log=print) -> list[dict]:
    """Extract one dense report (:func:`make_dense_report`) of each size, each in its own process: its bytes,
    seconds, seconds per MB, facts and the process's peak memory."""
    rows = []
    for size in sizes:
        folder = tmp / f"dense-{size:g}"
        nbytes = make_dense_report(root / "seeds", folder, size)
        r = _extraction(root, folder, tmp)
        rows.append({"size_mb": size, "bytes": nbytes, "seconds": r["seconds"][0], "facts": r["facts"],
                     "s_per_mb": r["seconds"][0] / (nbytes / 1e6), "peak_mb": r["peak_mb"]})
        shutil.rmtree(folder, ignore_errors=True)
        log(f"dense report {size:g} MB: {rows[-1]['seconds']:.1f} s, {rows[-1]['s_per_mb']:.2f} s/MB, "
            f"peak {rows[-1]['peak_mb']:.0f} MB")
    return rows


def size_rows(series: list[dict]) -> list[tuple[str, str, str]]:
    """The rows of the size series in the bench's table: one per size, then the ratio of the largest report's
    time per MB to the smallest's, beside the floors (1.5x; the 5 MB report in under 10 s)."""
    if not series:
        return []
    rows = [(f"dense report, {r['size_mb']:g} MB", f"{r['seconds']:.2f} s for {r['bytes'] / 1e6:.2f} MB: "
             f"{r['s_per_mb']:.2f} s/MB, {r['facts']:,} facts, peak {r['peak_mb']:.0f} MB",
             "< 10 s" if r["size_mb"] >= 5 else "") for r in series]
    first, last = series[0], series[-1]
    ratio = last["s_per_mb"] / first["s_per_mb"] if first["s_per_mb"] else float("nan")
    rows.append((f"  time per MB, {last['size_mb']:g} MB vs {first['size_mb']:g} MB", f"{ratio:.2f}x", "<= 1.5x"))
    return rows


def extract_once(seeds: Path, out: Path, workers: int = 1, runs: int = 1) -> dict:
    """(Run in a subprocess.) Clean + extract a folder ``runs`` times in ``workers`` processes, after an untimed
    warm-up; the seconds of each run, bytes, facts and peak RSS (of this process, and with workers of the largest
    worker too)."""
    import resource

    from reportfacts.core.paths import SEEDS_DIR
    from reportfacts.extract import pipeline
    from reportfacts.extract.catalog import load_catalog

    load_catalog()  # warm: the catalog is loaded once per run whatever the corpus size
    pipeline.run_facts(SEEDS_DIR, out / "warm-up")  # one-time costs (rules, compiled patterns) are not timed
    size = sum(p.stat().st_size for p in seeds.glob("*.txt"))
    seconds = []
    for i in range(runs):
        start = time.perf_counter()
        facts, numbers = pipeline.run_facts(seeds, out / f"run-{i}", workers)
        seconds.append(time.perf_counter() - start)
        shutil.rmtree(out / f"run-{i}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "bytes": size, "facts": facts, "numbers": numbers, "peak_mb": peak_mb,
            "worker_peak_mb": worker_mb}


def profile_extraction(seeds: Path, reps: int, top: int = 30) -> str:
    """cProfile of ``reps`` warm runs of the extraction of ``seeds`` (one-time costs such as loading the rules
    and building the alias automaton are paid by an untimed run first): the package's functions by cumulative
    time."""
    import cProfile
    import io
    import pstats

    from reportfacts.extract import pipeline

    with tempfile.TemporaryDirectory() as tmp:
        pipeline.run_facts(seeds, Path(tmp) / "warm-up")
        profiler = cProfile.Profile()
        for i in range(reps):
            profiler.runcall(pipeline.run_facts, seeds, Path(tmp) / str(i))
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"reportfacts[/\\]", top)
    return out.getvalue()


def _extraction(root: Path, seeds: Path, tmp: Path, workers: int = 1, runs: int = 1) -> dict:
    out = tmp / f"out-{time.monotonic_ns()}"
    # this file runs the clone's package (cwd first on the path), whether or not the clone has this file
    code = ("import runpy, sys; sys.argv = ['bench', 'extract-once', *sys.argv[1:]]; "
            f"runpy.run_path({str(Path(__file__))!r}, run_name='__main__')")
    _, text = _run([_py(root), "-c", code, str(seeds), str(out), "--workers", str(workers),
                    "--runs", str(runs)], root)
    shutil.rmtree(out, ignore_errors=True)
    return json.loads(text.strip().splitlines()[-1])


# --- Jupyter Book's own execution ----------------------------------------------------------------------------


def jupyter_book_execution(root: Path, tmp: Path) -> tuple[float, float]:
    """Seconds for ``jupyter-book build`` of the same notebooks with execution forced, and with it off.

    The notebooks are the book's executed notebooks (with their injected parameters) with outputs cleared.
    """
    import nbformat

    copy = tmp / "jb"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(root, copy, symlinks=True, ignore=shutil.ignore_patterns("_build", ".git"))
    for path in (copy / "book").glob("*.ipynb"):
        nb = nbformat.read(path, as_version=4)
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        nbformat.write(nb, path)
    config = (copy / "_config.yml").read_text(encoding="utf-8")
    off = 'execute_notebooks: "off"'
    if off not in config:
        raise SystemExit(f"bench: {off} not found in _config.yml")
    (copy / "_config.yml").write_text(config.replace(off, 'execute_notebooks: "force"\n  timeout: 600'),
                                      encoding="utf-8")
    jb = [str(root / ".venv" / "bin" / "jupyter-book"), "build", ".", "--quiet"]
    forced, _ = _run(jb, copy)
    shutil.rmtree(copy, ignore_errors=True)
    shutil.rmtree(root / "_build", ignore_errors=True)
    rendered, _ = _run(jb, root)
    return forced, rendered


# --- the benchmark -------------------------------------------------------------------------------------------


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def _change_one_seed(root: Path, rep: int) -> str:
    """Perturb the figures of one seed (a different perturbation each repetition) and record its new sha256 in
    sources.yml, as a curator would (a recorded sha256 is checked); return its report id."""
    import yaml

    yml = root / "seeds" / "sources.yml"
    entry = yaml.safe_load(yml.read_text(encoding="utf-8"))["sources"][0]
    path = root / "seeds" / entry["file"]
    path.chmod(0o644)
    path.write_text(_perturb(path.read_text(encoding="utf-8"), random.Random(1000 + rep)), encoding="utf-8")
    if entry.get("sha256"):
        new = hashlib.sha256(path.read_bytes()).hexdigest()
        yml.write_text(yml.read_text(encoding="utf-8").replace(entry["sha256"], new), encoding="utf-8")
    return entry["report_id"]


def bench(reps: int, corpus_size: int, corpus_reps: int, worktree: bool, log=print,
          sizes: tuple[float, ...] = DENSE_SIZES_MB) -> dict:
    """Every figure of ``make bench`` (see the module docstring), as a dict of medians and details."""
    res: dict = {"reps": reps, "corpus_size": corpus_size, "cores": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="rf-bench-") as tmpdir:
        tmp = Path(tmpdir)
        root = make_clone(tmp / "repo", worktree)
        cold, nochange, nochange_exec, seed, seed_exec, tests, pm, jbf, jbo = ([] for _ in range(9))
        for rep in range(reps):
            remove_outputs(root)
            seconds, out = _make(root, "book")
            cold.append(seconds)
            res["all_notebooks"] = sorted(EXECUTED_RE.findall(out))
            log(f"cold make book: {cold[-1]:.1f} s")
            seconds, out = _make(root, "book")
            nochange.append(seconds)
            nochange_exec.append(EXECUTED_RE.findall(out))
            changed = _change_one_seed(root, rep)
            seconds, out = _make(root, "book")
            seed.append(seconds)
            seed_exec.append((changed, EXECUTED_RE.findall(out)))
            log(f"no-change: {nochange[-1]:.1f} s; one seed ({changed}): {seed[-1]:.1f} s, {seed_exec[-1][1]}")
            subprocess.run(["git", "checkout", "-q", "--", "seeds"], cwd=root, check=False)
            pm.append(_run([_py(root), "-m", "reportfacts", "notebooks", "--force"], root)[0])
            forced, rendered = jupyter_book_execution(root, tmp)
            jbf.append(forced)
            jbo.append(rendered)
            log(f"papermill --force: {pm[-1]:.1f} s; jupyter-book force: {forced:.1f} s, off: {rendered:.1f} s")
        _make(root, "book")  # untimed: bring the book back in step with the restored seed before testing it
        for _ in range(reps):
            tests.append(_make(root, "test")[0])
            log(f"make test: {tests[-1]:.1f} s")
        five = [_extraction(root, root / "seeds", tmp, runs=FIVE_RUNS) for _ in range(reps)]
        corpus = tmp / "corpus"
        corpus_bytes = make_corpus(root / "seeds", corpus, corpus_size)
        big = [_extraction(root, corpus, tmp) for _ in range(corpus_reps)]
        parallel = [_extraction(root, corpus, tmp, os.cpu_count() or 1) for _ in range(corpus_reps)]
        res["dense"] = size_series(root, tmp, sizes, log)
    res.update(
        cold_s=_median(cold), nochange_s=_median(nochange), nochange_executed=nochange_exec,
        one_seed_s=_median(seed), one_seed_executed=seed_exec, test_s=_median(tests),
        papermill_s=_median(pm), jb_force_s=_median(jbf), jb_render_s=_median(jbo),
        five_s=_median([t for r in five for t in r["seconds"]]), five_runs=len(five) * FIVE_RUNS,
        five_bytes=five[0]["bytes"], five_numbers=five[0]["numbers"],
        five_peak_mb=max(r["peak_mb"] for r in five),
        corpus_s=_median([r["seconds"][0] for r in big]), corpus_bytes=corpus_bytes,
        corpus_peak_mb=max(r["peak_mb"] for r in big), corpus_facts=big[0]["facts"],
        parallel_s=_median([r["seconds"][0] for r in parallel]),
        parallel_peak_mb=max(max(r["peak_mb"], r["worker_peak_mb"]) for r in parallel),
    )
    jb_exec = res["jb_force_s"] - res["jb_render_s"]
    res["papermill_vs_jb"] = res["papermill_s"] / jb_exec if jb_exec > 0 else float("nan")
    return res


def report(res: dict) -> str:
    """The table ``make bench`` prints, each figure beside its floor."""
    mb = 1e6
    five_rate = res["five_bytes"] / mb / res["five_s"]
    big_rate = res["corpus_bytes"] / mb / res["corpus_s"]
    scale = res["corpus_s"] / res["five_s"]
    size_ratio = res["corpus_size"] / 5
    last = res["one_seed_executed"][-1] if res["one_seed_executed"] else ("", [])
    rows = [
        ("cold make book", f"{res['cold_s']:.1f} s", "<= 20 s on 2 cores"),
        ("no-change make book", f"{res['nochange_s']:.1f} s, executed "
         f"{max(len(e) for e in res['nochange_executed'])} notebooks", "<= 2 s, 0 notebooks"),
        (f"make book after changing seed {last[0]}", f"{res['one_seed_s']:.1f} s, executed {len(last[1])}: "
         f"{', '.join(last[1])}; not re-executed: "
         f"{', '.join(n for n in res.get('all_notebooks', []) if n not in last[1]) or '-'}", "only its dependants"),
        ("make test", f"{res['test_s']:.1f} s", ""),
        ("extraction, 5 reports", f"{five_rate:.3f} MB/s ({res['five_bytes'] / 1e3:.0f} KB in {res['five_s']:.3f} s, "
         f"median of {res['five_runs']} warm runs), peak {res['five_peak_mb']:.0f} MB", ">= 5 MB/s per core"),
        ("  per number", f"{res['five_numbers']} numbers: {res['five_s'] / res['five_numbers'] * 1e6:.0f} us a number, "
         f"{res['five_numbers'] / res['five_s']:,.0f} numbers/s", ""),
        (f"extraction, {res['corpus_size']} synthetic reports",
         f"{big_rate:.3f} MB/s ({res['corpus_bytes'] / mb:.1f} MB in {res['corpus_s']:.1f} s, "
         f"{res['corpus_facts']} facts), peak {res['corpus_peak_mb']:.0f} MB", "peak < 500 MB"),
        ("  cost vs 5 reports", f"{scale:.0f}x for {size_ratio:.0f}x the reports",
         f"<= {size_ratio:.0f}x (linear)"),
        (f"  the same in {res['cores']} processes (facts --workers)",
         f"{res['corpus_bytes'] / mb / res['parallel_s']:.3f} MB/s ({res['parallel_s']:.1f} s), "
         f"largest process {res['parallel_peak_mb']:.0f} MB", ""),
        ("papermill notebooks --force", f"{res['papermill_s']:.1f} s", ""),
        ("Jupyter Book execute force / off", f"{res['jb_force_s']:.1f} s / {res['jb_render_s']:.1f} s", ""),
        ("papermill / Jupyter Book execution", f"{res['papermill_vs_jb']:.2f}x", "<= 0.6x"),
        *size_rows(res.get("dense", [])),
    ]
    width = max(len(r[0]) for r in rows)
    lines = [f"reportfacts bench: median of {res['reps']} run(s) on {res['cores']} core(s); {_machine()}"]
    lines += [f"{name:<{width}}  {value}" + (f"   [floor: {floor}]" if floor else "") for name, value, floor in rows]
    return "\n".join(lines)


def _machine() -> str:
    cpu = ""
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                   if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu or 'unknown CPU'}, Python {sys.version.split()[0]}"


# --- determinism and drift (run in the current checkout) ----------------------------------------------------


def generated_hashes(root: Path = ROOT) -> dict[str, str]:
    """sha256 of every generated file: data/processed/*, book/*.ipynb, book/_static/charts/*."""
    files = [*(root / "data" / "processed").glob("*"), *(root / "book").glob("*.ipynb"),
             *(root / "book" / "_static" / "charts").glob("*")]
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(files) if p.is_file()}


def determinism(workers: int = 2, root: Path = ROOT) -> int:
    """Execute every notebook twice; 1 (listing the files) if any generated file's bytes differ."""
    runs = []
    for n in (1, 2):
        _run([_py(root), "-m", "reportfacts", "notebooks", "--force", "--workers", str(workers)], root)
        runs.append(generated_hashes(root))
        print(f"determinism: run {n}: {len(runs[-1])} files hashed")
    differ = sorted(k for k in runs[0].keys() | runs[1].keys() if runs[0].get(k) != runs[1].get(k))
    for name in differ:
        first, second = (run.get(name, "missing")[:12] for run in runs)
        print(f"determinism: DIFFERS {name}: {first} != {second}")
    print("determinism: two builds are byte-identical" if not differ else f"determinism: {len(differ)} file(s) differ")
    return 1 if differ else 0


def drift(root: Path = ROOT) -> int:
    """Regenerate data and notebooks from the seeds; 1 (with git's account) if anything under data/ or book/ moved."""
    _run([_py(root), "-m", "reportfacts", "notebooks", "--force"], root)
    status = subprocess.run(["git", "status", "--porcelain", "--", "data", "book"], cwd=root,
                            capture_output=True, text=True, check=True).stdout
    if not status.strip():
        print("drift: regenerated data/ and book/ are identical to the committed files")
        return 0
    diff = subprocess.run(["git", "diff", "--stat", "--", "data", "book"], cwd=root, capture_output=True,
                          text=True).stdout
    print("drift: regenerating from the seeds changed committed files; run `make book` and commit them:\n"
          f"{status}{diff}")
    return 1


def _sizes(text: str) -> tuple[float, ...]:
    """An argparse type: sizes in MB separated by commas (``0.5,1,2,5``), each above 0 and at most 5."""
    try:
        sizes = tuple(float(x) for x in text.split(",") if x.strip())
    except ValueError:
        sizes = ()
    if not sizes or not all(0 < x <= 5 for x in sizes):
        raise argparse.ArgumentTypeError(f"expected sizes in MB above 0 and at most 5, separated by commas; got {text!r}")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reportfacts.build.bench")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="the benchmark, in a temporary clone")
    run.add_argument("--reps", type=int, default=3, help="repetitions of each figure (median; default 3)")
    run.add_argument("--corpus", type=int, default=1000, help="synthetic reports for the extraction figure")
    run.add_argument("--corpus-reps", type=int, default=1, help="repetitions of the synthetic-corpus run")
    run.add_argument("--worktree", action="store_true", help="bench the working tree's files, not HEAD")
    run.add_argument("--json", default="", help="also write the figures to this file")
    run.add_argument("--sizes", type=_sizes, default=DENSE_SIZES_MB, help="the size series, in MB (default 0.5,1,2,5)")
    sizes = sub.add_parser("sizes", help="the size series alone, in this checkout")
    sizes.add_argument("--sizes", type=_sizes, default=DENSE_SIZES_MB, help="sizes in MB (default 0.5,1,2,5)")
    det = sub.add_parser("determinism", help="execute twice, compare hashes")
    det.add_argument("--workers", type=int, default=2)
    sub.add_parser("drift", help="regenerate and compare with the committed files")
    prof = sub.add_parser("profile", help="where extraction spends its time (cProfile of warm runs)")
    prof.add_argument("--seeds", default=str(ROOT / "seeds"), help="a seeds folder (default: the seeds)")
    prof.add_argument("--reps", type=int, default=20, help="profiled runs (default 20)")
    once = sub.add_parser("extract-once")
    once.add_argument("seeds")
    once.add_argument("out")
    once.add_argument("--workers", type=int, default=1)
    once.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    if args.command == "extract-once":
        print(json.dumps(extract_once(Path(args.seeds), Path(args.out), args.workers, args.runs)))
        return 0
    if args.command == "profile":
        print(profile_extraction(Path(args.seeds), args.reps))
        return 0
    if args.command == "determinism":
        return determinism(args.workers)
    if args.command == "drift":
        return drift()
    if args.command == "sizes":
        with tempfile.TemporaryDirectory(prefix="rf-sizes-") as tmp:
            rows = size_rows(size_series(ROOT, Path(tmp), args.sizes))
        width = max(len(r[0]) for r in rows)
        print("\n".join(f"{name:<{width}}  {value}" + (f"   [floor: {floor}]" if floor else "")
                        for name, value, floor in rows))
        return 0
    start = time.perf_counter()
    res = bench(args.reps, args.corpus, args.corpus_reps, args.worktree, sizes=args.sizes)
    print(report(res))
    print(f"(bench took {time.perf_counter() - start:.0f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
