"""Starting the app: window first, data right after; a damaged catalogue exits with 2."""

from __future__ import annotations

import gc
import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vetguide.model.resources import DataError
from vetguide.ui import app as app_module
from vetguide.ui.main_window import MainWindow


def guarded_exec(app):
    """The real event loop, ended after a while should the code under test never end it."""
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: app.exit(99))
    guard.start(20_000)
    try:
        return app.exec()
    finally:
        guard.stop()


def test_damaged_catalogue_is_explained_and_exits_with_2(qapp, monkeypatch, dialogs):
    def broken(*args, **kwargs):
        raise DataError("catalogue/2026.json", "actions.0.code: String should match pattern")

    monkeypatch.setattr("vetguide.model.resources.load_catalogue", broken)
    monkeypatch.setattr(app_module, "_exec", guarded_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    # The window shows first; loading the catalogue right after fails and ends the app.
    assert app_module.run_app(["vetguide"]) == 2
    (warning,) = dialogs.of("warn")
    assert "cannot start" in warning["title"] and "reinstall" in warning["text"]
    assert "actions.0.code" in warning["details"]
    assert not any(isinstance(w, MainWindow) and w.isVisible() for w in qapp.topLevelWidgets())


def test_run_app_shows_the_main_window_then_loads(qapp, qtbot, monkeypatch, dialogs):
    shown = []

    collecting = []

    def fake_exec(app):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown.extend(w for w in windows if w.isVisible())
        for window in shown:
            assert not window.catalogue_loaded  # shown before the data is loaded
            collecting.append(gc.isenabled())  # no garbage collection while starting
            qtbot.waitUntil(lambda w=window: w.catalogue_loaded)
            collecting.append(gc.isenabled())  # as usual once loaded
            window.close()
        return 0

    monkeypatch.setattr(app_module, "_exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    assert app_module.run_app(["vetguide"]) == 0
    assert len(shown) == 1
    assert collecting == [False, True]
    assert gc.isenabled()
    assert qapp.applicationName() == "vetguide"
    assert dialogs.calls == []


def test_unexpected_errors_become_a_message(qapp, monkeypatch, dialogs):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module._install_excepthook()
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    (warning,) = dialogs.of("warn")
    assert "boom" in warning["text"] and "RuntimeError" in warning["details"]


def test_the_self_test_window_check_opens_the_main_window_and_loads(qapp, dialogs):
    from vetguide import self_test

    result = self_test.run_check("window", self_test.check_window)
    assert result.ok, result.detail
    assert dialogs.calls == []


SCANNED = (
    "import sys, linecache, {first}; from vetguide.model.catalogue import Catalogue; "
    "print(sys.modules[Catalogue.__module__].__file__ in linecache.cache)"
)


def scanned_after(first: str) -> bool:
    """Whether importing a module after ``first`` left its whole source in linecache."""
    code = SCANNED.format(first=first)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip() == "True"


def test_modules_imported_after_the_app_module_are_not_read_for_pyside_features():
    # PySide6 alone reads each later module's source (its __feature__ check)...
    assert scanned_after("PySide6.QtWidgets")
    # ...the app's module turns that off for every import after it.
    assert not scanned_after("vetguide.ui.app")
