"""The notebook scheduler and its kernels: forked kernels give a fresh kernel's outputs; jobs run in dependency
order, only when their inputs changed, and a failing notebook is named and leaves its output as it was."""

import sys
from pathlib import Path

import nbformat
import pytest

from reportfacts.build import build, kernels, notebooks


def _template(path: Path, *cells: str) -> Path:
    """A notebook with a ``parameters`` cell (``out = ""``) followed by ``cells``."""
    params = nbformat.v4.new_code_cell('out = ""\nvalue = 0')
    params.metadata["tags"] = ["parameters"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# T"), params,
                                         *map(nbformat.v4.new_code_cell, cells)])
    nb.metadata["kernelspec"] = {"name": notebooks.KERNEL_NAME, "display_name": "Python", "language": "python"}
    nbformat.write(nb, path)
    return path


def _outputs(path: Path) -> list:
    nb = nbformat.read(path, as_version=4)
    return [(c.get("execution_count"), c.get("outputs")) for c in nb.cells if c.cell_type == "code"]


def test_template_imports_lists_modules_and_from_imports_in_order(tmp_path):
    path = _template(tmp_path / "t.ipynb", "import a.b\nfrom c import d, e\nfrom . import x", "%matplotlib inline",
                     "import a.b as ab, f")
    assert notebooks.template_imports(path) == ["a.b", "c", "c.d", "c.e", "f"]


@pytest.mark.parametrize("cmd, args", [
    ([sys.executable, "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "c.json"], ["-f", "c.json"]),
    ([sys.executable, "-m", "ipykernel_launcher", "-f", "c.json"], ["-f", "c.json"]),
    ([sys.executable, "-Xfrozen_modules=off", "-m", "reportfacts.build.launcher", "-f", "c.json"], ["-f", "c.json"]),
    (["/usr/bin/other-python", "-m", "ipykernel_launcher", "-f", "c.json"], None),
    ([sys.executable, "-c", "pass", "-m", "ipykernel_launcher"], None),
    ([sys.executable, "-m", "other_kernel", "-f", "c.json"], None),
])
def test_only_this_interpreters_ipykernel_launcher_is_forked(cmd, args):
    assert kernels._launcher_args(cmd) == args


def test_a_forked_warm_kernel_gives_the_outputs_of_a_fresh_kernel(tmp_path):
    """Execution counts, printed namespace and results are the same; the early imports leave no name behind."""
    template = _template(tmp_path / "t.ipynb", "import json\nprint(json.dumps(value))",
                         "print(sorted(k for k in dir() if not k.startswith('_')))", "value * 2")
    fresh, forked = tmp_path / "fresh.ipynb", tmp_path / "forked.ipynb"
    notebooks.execute(template, fresh, {"value": 21})
    km = kernels.start_kernel(notebooks.template_imports(template) + ["csv"])
    try:
        assert isinstance(km.provisioner.process, kernels.ForkedProcess)
        notebooks.execute(template, forked, {"value": 21}, km=km)
    finally:
        kernels.stop_kernel(km)
    assert not km.has_kernel and not list(Path(km.ip).parent.glob(Path(km.ip).name + "-*"))
    assert _outputs(forked) == _outputs(fresh)
    assert _outputs(fresh)[-1][0] == 5 and "42" in str(_outputs(fresh)[-1][1])


@pytest.fixture
def jobs(tmp_path, monkeypatch):
    """Two jobs: ``write`` writes data.txt, which ``read`` prints; the book's own stages are replaced by them."""
    data = tmp_path / "data.txt"
    write = _template(tmp_path / "write.ipynb", "from pathlib import Path\nPath(out).write_text(f'v={value}')")
    read = _template(tmp_path / "read.ipynb", "from pathlib import Path\nprint(Path(out).read_text())")
    make = [build.Job(str(write), str(tmp_path / "write.out.ipynb"), {"out": str(data), "value": 7}, writes=(data,)),
            build.Job(str(read), str(tmp_path / "read.out.ipynb"), {"out": str(data)}, reads=(data,))]
    monkeypatch.setattr(build, "stages", lambda: [make[:1], make[1:]])
    return make


def test_jobs_run_after_what_they_read_and_not_again_when_nothing_changed(jobs, monkeypatch):
    executed = build.run(log=lambda line: None)
    assert sorted(executed) == sorted(job.output for job in jobs)
    assert "v=7" in str(_outputs(Path(jobs[1].output))[-1][1])

    def no_kernel(*args):
        raise AssertionError("a kernel was started although nothing changed")
    monkeypatch.setattr(build, "_Kernel", no_kernel)
    assert build.run(log=lambda line: None) == []


def test_a_changed_input_reruns_only_the_jobs_that_read_it(jobs):
    build.run(log=lambda line: None)
    Path(jobs[0].writes[0]).write_text("v=8")  # changed behind the scheduler's back: only the reader re-runs
    assert build.run(log=lambda line: None) == [jobs[1].output]


def test_a_failing_notebook_is_named_and_its_output_left_as_it_was(tmp_path, jobs, monkeypatch):
    bad = _template(tmp_path / "bad.ipynb", "raise ValueError('boom')")
    output = tmp_path / "bad.out.ipynb"
    output.write_text("previous", encoding="utf-8")
    monkeypatch.setattr(build, "stages", lambda: [[build.Job(str(bad), str(output))]])
    with pytest.raises(build.NotebookError, match=r"bad\.out\.ipynb .*ValueError: boom"):
        build.run(log=lambda line: None)
    assert output.read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize("argv, message", [(["--workers", "0"], "--workers: expected an integer >= 1, got '0'"),
                                           (["--ahead", "two"], "--ahead: expected an integer >= 0, got 'two'")])
def test_the_command_line_names_a_bad_count(argv, message, capsys):
    from reportfacts.__main__ import main

    with pytest.raises(SystemExit) as stop:
        main(["notebooks", *argv])
    assert stop.value.code == 2 and message in capsys.readouterr().err


def test_run_refuses_no_workers():
    with pytest.raises(ValueError, match="workers=0"):
        build.run(workers=0)


def test_a_changed_seed_with_its_new_sha256_reruns_its_own_report_page_only(tmp_path, monkeypatch):
    """A report page reads its seed and its own sources.yml entry, not the whole file: recording a seed's new
    sha256 (as `make bench` does when it changes one) leaves the other report pages up to date."""
    import shutil

    from reportfacts.build import bench
    from reportfacts.core.paths import SEEDS_DIR
    from reportfacts.text.sources import load_sources

    shutil.copytree(SEEDS_DIR, tmp_path / "seeds")
    monkeypatch.setattr(build, "SEEDS_DIR", tmp_path / "seeds")

    def digests():
        return {j.output: j.digest() for stage in build.stages() for j in stage if j.template == "report.ipynb"}

    before = digests()
    changed = bench._change_one_seed(tmp_path, 0)
    assert len(load_sources(tmp_path / "seeds")) == 5  # the recorded sha256 matches the changed seed
    after = digests()
    assert [name for name in before if before[name] != after[name]] == [f"report_{changed}.ipynb"]
