"""The book's configuration: Jupyter Book 1.x settings that keep papermill's outputs, and a complete toc."""

from pathlib import Path

import yaml

from reportfacts.build import build
from reportfacts.core.paths import ROOT


def _toc_files(node) -> list[str]:
    files = []
    if isinstance(node, dict):
        for key, value in node.items():
            files += [value] if key in ("file", "root") else _toc_files(value)
    elif isinstance(node, list):
        for item in node:
            files += _toc_files(item)
    return files


def test_every_executed_notebook_is_in_the_toc_and_every_entry_exists():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    listed = _toc_files(toc)
    executed = [f"book/{Path(job.output).stem}" for stage in build.stages() for job in stage]
    assert set(executed) <= set(listed), set(executed) - set(listed)
    for entry in listed:
        assert list(ROOT.glob(entry + ".*")), f"_toc.yml lists {entry}, which does not exist"


def test_config_keeps_papermill_outputs_and_builds_only_the_toc():
    text = (ROOT / "_config.yml").read_text(encoding="utf-8")
    config = yaml.safe_load(text)
    assert 'execute_notebooks: "off"' in text  # quoted: unquoted off is YAML's boolean false
    assert config["execute"]["execute_notebooks"] == "off"
    assert config["only_build_toc_files"] is True
    assert {".venv", "_build"} <= set(config["exclude_patterns"])
    assert config["sphinx"]["config"]["html_search_language"] == "zh"


def test_templates_have_no_outputs_and_one_parameters_cell():
    import nbformat

    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert not any(c.outputs for c in code), path.name
        assert sum("parameters" in c.metadata.get("tags", []) for c in code) == 1, path.name
        assert nb.metadata["kernelspec"]["name"] == "reportfacts", path.name


def test_code_is_hidden_the_same_way_in_every_chapter():
    """One choice, said in the README: the parameters cell is removed (remove-cell), every other code cell shows
    its output only (remove-input); no "Show code cell source" bar anywhere."""
    import json

    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "code":
                continue
            tags = cell["metadata"].get("tags", [])
            wanted = "remove-cell" if "parameters" in tags else "remove-input"
            assert wanted in tags and "hide-input" not in tags, (path.name, cell.get("id"), tags)
