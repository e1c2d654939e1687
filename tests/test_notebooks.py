"""The papermill wrapper: executed notebooks are byte-stable, written atomically, and skipped when unchanged."""

import json
import subprocess
import sys

import nbformat
import pytest

from reportfacts.build import build, notebooks
from reportfacts.core.paths import BOOK_DIR, ROOT


def _executed_like_papermill():
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell("x = 1")
    params.metadata["tags"] = ["parameters"]
    injected = nbformat.v4.new_code_cell("x = 2")
    injected.metadata.update(tags=["injected-parameters"], papermill={"start_time": "2026-01-01T00:00:00"})
    injected.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00"}
    nb.cells = [params, injected]
    nb.metadata["papermill"] = {"parameters": {"x": 2}, "start_time": "t", "end_time": "t", "duration": 1.0,
                                "input_path": str(ROOT / "notebooks/t.ipynb"), "output_path": "/tmp/x/t.ipynb",
                                "environment_variables": {}}
    return nb


def test_sanitize_removes_timestamps_and_hides_the_injected_cell():
    nb = notebooks.sanitize(_executed_like_papermill(), ROOT / "notebooks/t.ipynb", ROOT / "book/t.ipynb")
    assert nb.metadata["papermill"] == {"parameters": {"x": 2}, "input_path": "notebooks/t.ipynb",
                                        "output_path": "book/t.ipynb"}
    injected = nb.cells[1]
    assert injected.id == "injected-parameters"
    assert "remove-cell" in injected.metadata["tags"]
    assert "execution" not in injected.metadata and "papermill" not in injected.metadata
    assert "start_time" not in json.dumps(nb)


def test_write_atomic_leaves_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "out.ipynb"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(Exception):
        notebooks.write_atomic({"not": "a notebook"}, target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert list(tmp_path.iterdir()) == [target]


def test_input_hash_changes_with_template_parameters_and_inputs(tmp_path):
    template, data = tmp_path / "t.ipynb", tmp_path / "d.csv"
    template.write_text("{}", encoding="utf-8")
    data.write_text("a\n1\n", encoding="utf-8")
    base = notebooks.input_hash(template, {"p": 1}, [data])
    assert base == notebooks.input_hash(template, {"p": 1}, [data])
    assert base != notebooks.input_hash(template, {"p": 2}, [data])
    data.write_text("a\n2\n", encoding="utf-8")
    assert base != notebooks.input_hash(template, {"p": 1}, [data])


def test_row_digest_sees_only_its_own_rows(tmp_path):
    table = tmp_path / "facts.csv"
    table.write_text("report_id,value\na,1\nb,2\n", encoding="utf-8")
    before = build._rows(table, "report_id", "a")
    table.write_text("report_id,value\na,1\nb,3\n", encoding="utf-8")
    assert build._rows(table, "report_id", "a") == before
    table.write_text("report_id,value\na,9\nb,3\n", encoding="utf-8")
    assert build._rows(table, "report_id", "a") != before


def test_committed_notebooks_are_up_to_date_with_their_inputs():
    """A no-change `make book` executes nothing: every executed notebook records the hash of its current inputs."""
    stale = [job.output for stage in build.stages() for job in stage
             if notebooks.recorded_hash(job.output_path) != job.digest()]
    assert not stale, f"re-run `make book` and commit: stale notebooks {stale}"


def test_nbval_fails_when_a_stored_output_is_changed(tmp_path):
    nb = nbformat.read(BOOK_DIR / "01_reports.ipynb", as_version=4)
    cell = next(c for c in nb.cells if c.get("outputs") and c.outputs[0].output_type == "execute_result")
    cell.outputs[0]["data"]["text/html"] = cell.outputs[0]["data"]["text/html"].replace("profile2018", "profile2019")
    target = tmp_path / "tampered.ipynb"
    nbformat.write(nb, target)
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
                          "--nbval-current-env", str(target)], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 1, run.stdout[-2000:]
    assert "profile2019" in run.stdout
