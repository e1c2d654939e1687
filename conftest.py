"""How pytest-xdist shares the tests between workers (``make test`` runs ``pytest -n auto --dist loadgroup`` over
tests/ and, with nbval, book/). At the repository's root so that it applies to ``make nbval`` (book/ alone) too."""

import re

import pytest

BROWSER_PASS = re.compile(r"^tests/test_browser\.py::.*\[(\d+)\]$")  # a test of one width's pass over every page


def group(nodeid: str) -> str:
    """The tests that must run on one worker, by node id: a file's (a notebook's cells run in order in one kernel;
    a module's tests share its fixtures), except in the browser test, where the tests of one width (their ids end in
    ``[<width>]``) share that width's pass over every page (tests/test_browser.py ``passes``) and every other test is
    a group of its own."""
    path = nodeid.split("::", 1)[0]
    if path != "tests/test_browser.py":
        return path
    width = BROWSER_PASS.match(nodeid)
    return f"browser-{width.group(1)}" if width else nodeid


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Collect the browser test's passes first: they are the longest groups, and a worker that starts them early
    does not finish last (xdist hands out the groups in collection order)."""
    items.sort(key=lambda item: not group(item.nodeid).startswith("browser-"))  # stable: otherwise as collected


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadgroup`` with the groups of :func:`group` (xdist's own ``xdist_group`` marks do not reach the
    scheduler under pytest 9, whose node ids xdist 3.8 cannot suffix)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    # Hand out the groups in collection order (browser passes first, see above), not xdist's default of the groups
    # with the most tests first, which left a browser pass, the longest group, to run alone at the end.
    config.option.loadscopereorder = False

    class Groups(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return group(nodeid)

    return Groups(config, log)
