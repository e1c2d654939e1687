"""Stopping a run cleanly: SIGTERM and SIGHUP raised as an interrupt like Ctrl-C, so that every ``finally`` and
every staged write cleans up (nothing half-written is left, the previous outputs stay); and holding those signals
while a set of files is published, so that it is never cut half-way.

Kept apart from :mod:`reportfacts.extract.pipeline` so that the notebook scheduler can use it without importing pandas.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator

STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP for the block (where the system can): one arriving meanwhile is delivered
    when it ends, so a set of renames is never cut half-way."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised as an interrupt so that every ``finally`` and staged write cleans up."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def raise_stopped(signum, frame) -> None:
    """A signal handler: raise :class:`Stopped`."""
    raise Stopped(signum)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block (main thread only), SIGTERM and SIGHUP stop the run the way Ctrl-C does: as an exception
    (:class:`Stopped`, a KeyboardInterrupt), so nothing staged is left and the previous outputs stay."""
    names = [n for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n)]
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {n: signal.signal(getattr(signal, n), raise_stopped) for n in names}
    try:
        yield
    finally:
        for n, handler in previous.items():
            signal.signal(getattr(signal, n), handler)
