"""Start-up probes for the benchmarks: ``VETGUIDE_STARTUP_PROBE=1 vetguide``.

With that variable set, the app (started as users start it, through the ``vetguide``
command) prints to standard output, each on its own line:

* ``shown <t>``: the first event-loop turn after the main window's first paint;
* ``ready <t>``: the window's ``loaded`` signal (catalogue, texts and shortlists loaded, panes
  filled); then it quits;
* ``peak_kib <n>``: the process's peak resident memory at "ready" (VmHWM), in KiB;
* ``model_at_shown <names>``: the pydantic and ``vetguide.model`` modules already imported
  when the window was first painted (comma-separated; empty when none: the goal);
* ``models_built <names>``: the model classes whose validators were built by "ready"
  (comma-separated; see :mod:`vetguide.model.base`: only what the first screen used).

``<t>`` is ``time.time()``; the benchmark subtracts the moment it spawned the process
(benchmarks/issue15.py). Nothing here runs unless the variable is set.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PROBE_ENV = "VETGUIDE_STARTUP_PROBE"


def wanted() -> bool:
    return os.environ.get(PROBE_ENV) == "1"


def peak_kib() -> int:
    """This process's peak resident memory in KiB (0 where /proc is not there)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def model_modules() -> list[str]:
    """The pydantic and vetguide.model modules imported so far."""
    return sorted(
        m for m in sys.modules if m.split(".")[0] == "pydantic" or m.startswith("vetguide.model")
    )


def built_models() -> list[str]:
    """The vetguide model classes (if the model is loaded) whose validator is built."""
    base = sys.modules.get("vetguide.model.base")
    if base is None:
        return []
    found: list[str] = []
    todo = list(base.Model.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls.__pydantic_complete__ and not cls.__pydantic_generic_metadata__["origin"]:
            found.append(cls.__name__)
    return sorted(set(found))


def say(label: str, value: object) -> None:
    print(label, value, flush=True)


class _FirstPaint(QObject):
    """Calls ``then`` at the event-loop turn after ``window``'s first paint."""

    def __init__(self, window: QWidget, then: object) -> None:
        super().__init__(window)
        self._window = window
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # type: ignore[call-overload]
        return False


def install(app: QApplication, window: QWidget, *, quit_at_ready: bool = True) -> None:
    """Print "shown" after ``window``'s first paint, and "ready" (with the peak memory) when
    it emits ``loaded``; quit then. A window without ``loaded`` is ready when shown."""

    def ready() -> None:
        say("ready", time.time())
        say("peak_kib", peak_kib())
        say("models_built", ",".join(built_models()))
        if quit_at_ready:
            app.quit()

    def shown() -> None:
        say("shown", time.time())
        say("model_at_shown", ",".join(model_modules()))

    loaded = getattr(window, "loaded", None)
    _FirstPaint(window, shown if loaded else ready)
    if loaded is not None:
        loaded.connect(ready)
