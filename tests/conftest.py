"""Test-wide settings, and a guard: the test suite never touches the user's own folders.

Before any test module is imported, HOME and the XDG folders point into a temporary home
(and ``VETGUIDE_DATA_DIR`` / ``VETGUIDE_LOG_DIR`` into it as well), so a test that forgets
to isolate itself, or a test process it starts, writes there. The vetguide folders of the
real home are listed at the start and compared at the end: any change fails the run.

(Found in issue 12: the tests that start the app through ``run_app`` let it set up the log
file in the real log folder, and the handler stayed on the root logger for the rest of the
run, so every later warning of the suite was appended to the user's ``vetguide.log``.)
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator

import pytest

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from tests.isolation import REAL_BEFORE, REAL_FOLDERS, TEST_HOME, snapshot


@pytest.fixture(autouse=True)
def no_log_file_handler_left() -> Iterator[None]:
    """A log file set up during a test (run_app does) is closed after it."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == "vetguide-file":
            root.removeHandler(handler)
            handler.close()


def _ours(session: pytest.Session, path: str, before: tuple[int, int] | None) -> bool:
    """Whether a change to ``path`` was made by this run.

    Other test runs may share this machine (and the real log file). A change to a log file
    counts when the new text names this run's temporary folder; any other change counts.
    """
    if not path.endswith(".log"):
        return True
    try:
        base = str(session.config._tmp_path_factory.getbasetemp())  # type: ignore[attr-defined]
        with open(path, "rb") as log:
            log.seek(before[0] if before and before[0] <= os.path.getsize(path) else 0)
            added = log.read().decode("utf-8", "replace")
    except (AttributeError, OSError, ValueError):
        return True
    return base in added or str(TEST_HOME) in added


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    now = snapshot(REAL_FOLDERS)
    changed = sorted(
        path
        for path in set(now) | set(REAL_BEFORE)
        if now.get(path) != REAL_BEFORE.get(path) and _ours(session, path, REAL_BEFORE.get(path))
    )
    shutil.rmtree(TEST_HOME, ignore_errors=True)
    if changed:
        print(f"\nThe tests changed the user's own vetguide files: {', '.join(changed)}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
