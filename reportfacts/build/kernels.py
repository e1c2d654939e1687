"""Jupyter kernels that start in a few milliseconds: forked from a process that has already imported ipykernel.

A new kernel process spends most of a second of CPU importing IPython, ipykernel, pandas and this package before
it runs a line of the notebook; the book starts fifteen. :func:`start_kernel` instead forks the calling process
(which imports those once, see :func:`preload_modules`) and runs ipykernel's own entry point in the fork, with
the command line, environment and working folder that jupyter_client prepared for the usual ``python -m
ipykernel_launcher`` process. jupyter_client still manages it (connection file, signals, shutdown) through
:class:`ForkProvisioner`, a ``LocalProvisioner`` whose process is the fork; kernel and client talk over Unix
sockets. Where ``os.fork`` is missing, or the kernel spec runs another program, the kernel starts the usual way.

Then the modules the notebook imports are imported silently and outside the history, so the notebook gets the
execution counts, outputs and namespace of a fresh kernel, only sooner.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import tempfile
import uuid

from jupyter_client.manager import AsyncKernelManager
from jupyter_client.provisioning import LocalProvisioner
from jupyter_core.utils import run_sync

from reportfacts.build.notebooks import KERNEL_NAME, NOT_NOTEBOOK_MODULES
from reportfacts.core.paths import ROOT

KERNEL_ARGS = ["--HistoryManager.hist_file=:memory:"]  # what nbclient passes to the kernels it starts itself
PRELOAD = ("ipykernel.kernelapp", "pandas", "cn2an")  # imported before forking, with this package's modules
WARM_CODE = """def _reportfacts_warm(modules):
    import importlib
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:
            pass  # not a module (from x import function), or broken: the notebook's own import reports it
_reportfacts_warm({modules!r})
del _reportfacts_warm
"""


class ForkedProcess:
    """The little of ``subprocess.Popen`` that jupyter_client uses, for a forked child process."""

    stdin = stdout = stderr = None

    def __init__(self, pid: int):
        self.pid = pid
        self.returncode: int | None = None

    def _reap(self, flags: int) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, flags)
            except ChildProcessError:
                self.returncode = 0  # already reaped
                return self.returncode
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def poll(self) -> int | None:
        return self._reap(os.WNOHANG)

    def wait(self, timeout: float | None = None) -> int | None:
        return self._reap(0)

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def kill(self) -> None:
        self.send_signal(signal.SIGKILL)

    def terminate(self) -> None:
        self.send_signal(signal.SIGTERM)


def _run_kernel(argv: list[str], env: dict, cwd: str | None) -> None:
    """(In the fork.) Become ``python -m ipykernel_launcher <argv>`` in a new session; never returns."""
    code = 1
    try:
        os.setsid()
        if cwd:
            os.chdir(cwd)
        os.environ.clear()
        os.environ.update(env)
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)  # as jupyter_client's launcher: the kernel reads no terminal
        asyncio.events._set_running_loop(None)  # the fork happened inside the parent's running event loop
        asyncio.set_event_loop(None)
        # as jupyter_client's launcher: the kernel exits by itself if the process that started it dies
        os.environ["JPY_PARENT_PID"] = str(os.getppid())
        sys.argv = ["ipykernel_launcher", *argv, f"--IPKernelApp.parent_handle={os.getppid()}"]
        from ipykernel import kernelapp

        kernelapp.launch_new_instance()
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    except BaseException:  # noqa: BLE001 - reported on stderr, then the fork exits
        import traceback

        traceback.print_exc()
    finally:
        os._exit(code)


LAUNCHERS = ("ipykernel_launcher", "reportfacts.build.launcher")  # the kernel spec's module: ipykernel's, or its quiet twin


def _launcher_args(cmd: list[str]) -> list[str] | None:
    """The arguments of ``<this python> [-X...] -m ipykernel_launcher <args>`` (or ``-m reportfacts.build.launcher``, see
    :mod:`reportfacts.build.launcher`), or None for any other command (another interpreter or kernel: started the usual
    way). Interpreter options (the kernel spec's ``-Xfrozen_modules=off``, for the debugger) are this process's
    own in the fork."""
    if len(cmd) < 3 or os.path.realpath(cmd[0]) != os.path.realpath(sys.executable):
        return None
    for i in range(1, len(cmd) - 1):
        if cmd[i] == "-m" and cmd[i + 1] in LAUNCHERS:
            return cmd[i + 2:] if all(c.startswith("-X") for c in cmd[1:i]) else None
    return None


class ForkProvisioner(LocalProvisioner):
    """A LocalProvisioner that forks the current process for ``python -m ipykernel_launcher`` commands."""

    async def launch_kernel(self, cmd: list[str], **kwargs):
        argv = _launcher_args(cmd)
        if argv is None or not hasattr(os, "fork"):
            return await super().launch_kernel(cmd, **kwargs)
        env, cwd = dict(kwargs.get("env") or os.environ), kwargs.get("cwd")
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _run_kernel(argv, env, None if cwd is None else str(cwd))
        self.process = ForkedProcess(pid)
        self.pid = self.pgid = pid  # the fork leads its own session, so signals go to its process group
        self.cwd = cwd
        return self.connection_info


def preload_modules() -> list[str]:
    """What every kernel is given imported: IPython's kernel, pandas, cn2an and this package's modules (none of
    which reads a data file or imports matplotlib when imported; matplotlib is left to the kernel itself, which
    picks its backend at start-up)."""
    import pkgutil

    import reportfacts

    own = [m.name for m in pkgutil.walk_packages(reportfacts.__path__, "reportfacts.")
           if not m.ispkg and m.name.rpartition(".")[2] not in NOT_NOTEBOOK_MODULES]
    return [*PRELOAD, *own]


def preload() -> None:
    """Import :func:`preload_modules`, once, in the process that will fork the kernels."""
    import importlib

    for name in preload_modules():
        importlib.import_module(name)


async def _start(km: AsyncKernelManager, modules: list[str]) -> None:
    """Start the kernel, wait until it answers, and import ``modules`` in it silently."""
    await km.start_kernel(cwd=str(ROOT), extra_arguments=KERNEL_ARGS)
    kc = km.client()
    kc.start_channels()
    try:
        await kc.wait_for_ready(timeout=60)
        if modules:
            await kc.execute_interactive(WARM_CODE.format(modules=list(modules)), silent=True, store_history=False,
                                         timeout=300)
    finally:
        kc.stop_channels()


def start_kernel(modules: list[str] = (), socket_dir: str | None = None) -> AsyncKernelManager:
    """A started ``reportfacts`` kernel in the repository root that has imported ``modules`` (errors ignored).

    The imports run silently and outside the history: the notebook executed in this kernel gets the same
    execution counts, outputs and namespace as in a fresh kernel, only without waiting for start-up and imports.
    The kernel talks over Unix sockets (no TCP port to race other kernels for), files in ``socket_dir`` (default:
    the temporary folder); stop it with :func:`stop_kernel`.
    """
    preload()
    km = AsyncKernelManager(kernel_name=KERNEL_NAME, transport="ipc")
    km.kernel_id = str(uuid.uuid4())
    km.ip = os.path.join(socket_dir or tempfile.gettempdir(), f"rf-kernel-{km.kernel_id[:12]}")  # files <ip>-<n>
    km.provisioner = ForkProvisioner(kernel_id=km.kernel_id, kernel_spec=km.kernel_spec, parent=km)
    try:
        run_sync(_start)(km, list(modules))
    except BaseException:
        stop_kernel(km)
        raise
    return km


def stop_kernel(km: AsyncKernelManager) -> None:
    """Kill the kernel and remove its connection and socket files."""
    if km.has_kernel:
        run_sync(km.shutdown_kernel)(now=True)
