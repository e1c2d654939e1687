"""The package's stages import only downwards: core < text < extract < analysis < publish, scoring < build < the
command line (see ARCHITECTURE.md). Every module is parsed; an import at any depth (a lazy one inside a function
included) of a higher stage, or of a sibling stage of the same height (publish and scoring), fails naming both."""

import ast
from pathlib import Path

import pytest

import reportfacts

PACKAGE = Path(reportfacts.__file__).parent
# the height of each stage; an import must go to a lower height, or stay in its own stage
HEIGHT = {"core": 0, "text": 1, "extract": 2, "analysis": 3, "publish": 4, "scoring": 4, "build": 5, "__main__": 6}
MODULES = sorted(PACKAGE.rglob("*.py"))


def _stage(module: str) -> str | None:
    """The stage of a dotted module name in the package (``reportfacts.extract.facts`` -> ``extract``); None for
    the bare package ``reportfacts`` (its ``__init__`` imports nothing, see below)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, dotted module) of every import of this package in ``path``, at any depth; ``from a import b``
    gives ``a.b`` (``b`` may be a name rather than a module: it does not change the stage)."""
    name = _name(path)
    package = name if path.stem == "__init__" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "reportfacts"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            if module.split(".")[0] == "reportfacts":
                found += [(node.lineno, f"{module}.{a.name}") for a in node.names]
    return found


def test_every_module_belongs_to_a_stage():
    stray = [_name(p) for p in MODULES if _name(p) != "reportfacts" and _stage(_name(p)) not in HEIGHT]
    assert not stray, f"modules outside the stages {sorted(HEIGHT)}: {stray}"


def test_the_package_root_imports_nothing():
    assert _imports(PACKAGE / "__init__.py") == []


@pytest.mark.parametrize("path", MODULES, ids=[_name(p) for p in MODULES])
def test_imports_go_down_the_stages(path):
    own = _stage(_name(path))
    if own is None:
        return
    wrong = []
    for line, module in _imports(path):
        other = _stage(module)
        if other is None or other == own:
            continue
        if other not in HEIGHT or HEIGHT[other] >= HEIGHT[own]:
            wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module} "
                         f"(stage {own} may not import stage {other})")
    assert not wrong, "\n".join(wrong)
