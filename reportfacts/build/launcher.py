"""The ``reportfacts`` kernel's command: ipykernel's own launcher without its warning about TCP.

A kernel that jupyter_client starts the usual way (papermill run by hand, nbval) talks to it over TCP on 127.0.0.1,
and ipykernel then logs "Kernel is running over TCP without encryption..." on every start: noise in every
papermill run, about a connection that never leaves the machine. The kernel spec installed in ``.venv`` (``python
-m reportfacts.build.launcher install``, run by the Makefile) starts kernels with ``python -m reportfacts.build.launcher -f
{connection_file}``, which is ``python -m ipykernel_launcher`` with that one message filtered from the kernel's
log; every other message stays. The kernels ``make book`` forks (:mod:`reportfacts.build.kernels`) use Unix sockets and
never log it.
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

MODULE = "reportfacts.build.launcher"
TCP_WARNING = "Kernel is running over TCP without encryption."


class QuietTcp(logging.Filter):
    """Drops ipykernel's warning about TCP without encryption; passes every other record."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(TCP_WARNING)


def launch() -> None:
    """Run the kernel as ``python -m ipykernel_launcher`` does (the working folder out of ``sys.path`` while
    ipykernel loads), with :class:`QuietTcp` on its log."""
    if sys.path and (sys.path[0] == "" or Path(sys.path[0]) == Path.cwd()):
        del sys.path[0]
    from ipykernel.kernelapp import IPKernelApp

    app = IPKernelApp.instance()
    app.log.addFilter(QuietTcp())
    app.initialize()
    app.start()


def install(prefix: str = sys.prefix) -> Path:
    """Point the ``reportfacts`` kernel spec in ``prefix`` (installed by ``ipykernel install --sys-prefix``) at
    this launcher; return the kernel.json. Idempotent."""
    from reportfacts.build.notebooks import KERNEL_NAME

    path = Path(prefix) / "share" / "jupyter" / "kernels" / KERNEL_NAME / "kernel.json"
    spec = json.loads(path.read_text(encoding="utf-8"))
    spec["argv"] = [MODULE if a == "ipykernel_launcher" else a for a in spec["argv"]]
    if MODULE not in spec["argv"]:
        raise ValueError(f"{path}: expected `-m ipykernel_launcher` or `-m {MODULE}` in argv, got {spec['argv']}")
    text = json.dumps(spec, indent=1) + "\n"
    if path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")
    else:
        path.touch()  # make sees it is up to date
    return path


if __name__ == "__main__":
    if sys.argv[1:] == ["install"]:
        print(f"kernel spec: {install()}")
    else:
        launch()
