"""A windowed bundle or ``pythonw`` runs with no stderr (``sys.stderr is None``): an
unexpected error must still reach the crash dialog and the log file, traceback and all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

no_stderr = sys.stderr is None
app = QApplication([])
from vetguide.ui import app as app_module, dialogs

shown = []
dialogs.warn = lambda parent, title, text, details="": shown.append(
    {"title": title, "text": text, "details": details}
)
app_module._install_excepthook()

def fail_deep_inside():
    raise RuntimeError("boom without stderr")

QTimer.singleShot(0, fail_deep_inside)  # raised in a slot, as a click would
QTimer.singleShot(0, app.quit)
app.exec()
print(json.dumps({"no_stderr": no_stderr, "shown": shown}))
"""


def _close_stderr() -> None:
    os.close(2)


def test_an_error_without_stderr_shows_the_dialog_and_is_logged(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "VETGUIDE_LOG_DIR": str(tmp_path / "log"),
        "VETGUIDE_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        preexec_fn=_close_stderr,  # the child starts with no file descriptor 2
        text=True,
        timeout=120,
        check=True,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["no_stderr"], "the child was meant to start without stderr"
    (dialog,) = report["shown"]
    assert "boom without stderr" in dialog["text"]
    assert "fail_deep_inside" in dialog["details"]  # the traceback, not just the message
    log = (tmp_path / "log" / "vetguide.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom without stderr" in log
    assert "fail_deep_inside" in log


def test_the_windowed_program_ends_cleanly_without_stdout_or_stderr(tmp_path: Path) -> None:
    """A windowed Windows bundle has neither stream: closing the app must not fail on them."""
    script = (
        "import sys\n"
        "sys.stdout = sys.stderr = None\n"
        "import vetguide.cli.command as cli\n"
        "cli.launch_gui = lambda *args, **kwargs: 0  # the window opened and was closed\n"
        "sys.argv = ['vetguide']\n"
        "cli.main()\n"
    )
    env = {**os.environ, "VETGUIDE_LOG_DIR": str(tmp_path), "VETGUIDE_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0
