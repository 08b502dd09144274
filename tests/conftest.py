"""Test-wide settings, and a guard: the test suite never touches the user's own folders.

Before any test module is imported, HOME and the XDG folders point into a temporary home
(and ``VETGUIDE_DATA_DIR`` / ``VETGUIDE_LOG_DIR`` into it as well), so a test that forgets
to isolate itself, or a test process it starts, writes there. The vetguide folders of the
real home are listed at the start and compared at the end: a change by this run fails it
(see tests/isolation.py: text added to a shared log file by another test run is not ours).

(Found in issue 12: the tests that start the app through ``run_app`` let it set up the log
file in the real log folder, and the handler stayed on the root logger for the rest of the
run, so every later warning of the suite was appended to the user's ``vetguide.log``.)
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Iterator

import pytest

# Qt tests run without a display; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.isolation import TEST_HOME, our_changes


@pytest.fixture(autouse=True)
def no_log_file_handler_left() -> Iterator[None]:
    """A log file set up during a test (run_app does) is closed after it."""
    yield
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == "vetguide-file":
            root.removeHandler(handler)
            handler.close()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    markers = [str(TEST_HOME)]
    with contextlib.suppress(AttributeError, OSError, ValueError):
        factory = session.config._tmp_path_factory  # type: ignore[attr-defined]
        markers.append(str(factory.getbasetemp()))
    changed = our_changes(markers)
    shutil.rmtree(TEST_HOME, ignore_errors=True)
    if changed:
        print(f"\nThe tests changed the user's own vetguide files: {', '.join(changed)}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
