"""Execute a notebook template with papermill into ``book/``, byte-stable and atomically.

papermill's traps, handled here:
- the injected-parameters cell would show in the book: it is tagged ``remove-cell`` and given a fixed id;
- ``metadata.papermill`` and ``metadata.execution`` carry timestamps and absolute paths: they are removed or made
  relative, keeping the parameters so the output records how it was made;
- papermill saves after every cell: here it saves nothing, and the finished notebook is written to a temporary
  file that replaces the target only on success, so a failing run leaves the previous output untouched;
- papermill runs in the caller's directory: the kernel is started in the repository root, and notebooks resolve
  every path through :mod:`reportfacts.core.paths` anyway.

A kernel can also be started ahead of its turn (:func:`reportfacts.build.kernels.start_kernel`, with the modules of
:func:`template_imports` imported) and handed to :func:`execute`: that is how ``make book`` hides kernel start-up
behind other notebooks' work.
"""

from __future__ import annotations

import ast
import hashlib
import json
from pathlib import Path

import nbformat

from reportfacts.core.paths import ROOT

KERNEL_NAME = "reportfacts"
VOLATILE_CELL_METADATA = ("execution", "papermill", "collapsed", "scrolled")
INJECTED_ID = "injected-parameters"
# this package's modules that no notebook imports and that shape no notebook's output: editing one re-executes
# nothing (see reportfacts.build.build.Job.inputs), and the kernels do not preload them (reportfacts.build.kernels)
NOT_NOTEBOOK_MODULES = ("__main__", "bench", "launcher", "sphinx_publish")


def _relative(path: str | Path) -> str:
    p = Path(path).resolve()
    return p.relative_to(ROOT).as_posix() if p.is_relative_to(ROOT) else p.name


def sanitize(nb: nbformat.NotebookNode, template: Path, output: Path) -> nbformat.NotebookNode:
    """Strip the volatile parts of an executed notebook so that re-running it gives the same bytes."""
    papermill = nb.metadata.get("papermill", {})
    nb.metadata["papermill"] = {
        "parameters": papermill.get("parameters", {}),
        "input_path": _relative(template),
        "output_path": _relative(output),
    }
    for n, cell in enumerate(nb.cells):
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = INJECTED_ID
            cell.metadata["tags"] = ["injected-parameters", "remove-cell"]
        elif not cell.get("id"):
            cell.id = f"cell-{n}"
    return nb


def write_atomic(nb: nbformat.NotebookNode, output: Path) -> None:
    """Validate ``nb``, then write it to ``output`` through a temporary file and an atomic rename."""
    from reportfacts.core.tables import write_text_atomic

    nbformat.validate(nb)
    write_text_atomic(nbformat.writes(nb) + "\n", output)


def input_hash(template: Path, parameters: dict, inputs: list[Path]) -> str:
    """Content hash of everything an execution depends on: the template, its parameters and its input files."""
    h = hashlib.sha256()
    h.update(template.read_bytes())
    h.update(json.dumps(parameters, sort_keys=True, ensure_ascii=False).encode())
    for path in sorted(inputs):
        h.update(_relative(path).encode())
        h.update(path.read_bytes() if path.exists() else b"<missing>")
    return h.hexdigest()


def recorded_hash(output: Path) -> str | None:
    """The input hash an executed notebook was made from, or None when it is missing or unreadable."""
    try:
        nb = nbformat.read(output, as_version=4)
    except (OSError, ValueError):
        return None
    return nb.metadata.get("reportfacts", {}).get("input_hash")


def set_title(nb: nbformat.NotebookNode, title: str) -> None:
    """Replace the first heading of the first markdown cell: a template run once per report gets its own title.

    ``title`` is text (it holds a report's headline): it is escaped so that it shows as written in the page, its
    navigation entry and the search index, never as Markdown, MyST or HTML.
    """
    from reportfacts.publish.display import markdown_text

    cell = next(c for c in nb.cells if c.cell_type == "markdown")
    lines = cell.source.splitlines()
    cell.source = "\n".join([f"# {markdown_text(title)}"] + lines[1:])


def template_imports(template: Path) -> list[str]:
    """Modules the code cells of ``template`` import, in order: ``import a.b`` gives ``a.b``; ``from a import b``
    gives ``a`` and ``a.b`` (which may be a name rather than a module). Cells that are not Python are skipped."""
    modules = []
    for cell in nbformat.read(template, as_version=4).cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue  # IPython magics
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                modules += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
    return list(dict.fromkeys(modules))


def execute(template: Path, output: Path, parameters: dict, digest: str | None = None, title: str = "",
            km=None) -> None:
    """Run ``template`` with ``parameters`` through papermill and write the sanitized result to ``output``.

    ``title``, when given, replaces the template's first heading (the page title in the book). ``km``: a kernel
    from :func:`reportfacts.build.kernels.start_kernel` to run in (the caller stops it); by default papermill starts one.
    """
    import papermill  # imported here: it is slow to import and only needed when something runs

    nb = papermill.execute_notebook(
        str(template), None, parameters=parameters, kernel_name=KERNEL_NAME, cwd=str(ROOT),
        progress_bar=False, request_save_on_cell_execute=False, km=km,
    )
    nb = sanitize(nb, template, output)
    if title:
        set_title(nb, title)
    if digest:
        nb.metadata["reportfacts"] = {"input_hash": digest}
    write_atomic(nb, output)
