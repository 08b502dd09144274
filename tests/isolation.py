"""The temporary home of a test run, set up once (see tests/conftest.py, which imports this
first); kept out of conftest.py so that tests can import it without running it again."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def real_folders() -> list[Path]:
    """The user's vetguide folders, as vetguide finds them outside the tests."""
    from platformdirs import user_data_path, user_log_path

    folders = [
        user_log_path("vetguide", appauthor=False),
        user_data_path("vetguide", appauthor=False),
        user_data_path("applications", appauthor=False) / "vetguide.desktop",
    ]
    folders += [
        Path(os.environ[name])
        for name in ("VETGUIDE_DATA_DIR", "VETGUIDE_LOG_DIR")
        if os.environ.get(name)
    ]
    return folders


def snapshot(paths: list[Path]) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file in ``paths`` (files or folder trees)."""
    found: dict[str, tuple[int, int]] = {}
    for top in paths:
        tops = [top] if top.is_file() else (top.rglob("*") if top.is_dir() else [])
        for path in tops:
            try:
                info = path.lstat()
            except OSError:
                continue
            found[str(path)] = (info.st_size, info.st_mtime_ns)
    return found


REAL_FOLDERS = real_folders()
REAL_BEFORE = snapshot(REAL_FOLDERS)
_cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
TEST_HOME = Path(tempfile.mkdtemp(prefix="vetguide-test-home-"))
os.environ.update(
    {
        "HOME": str(TEST_HOME),
        "XDG_DATA_HOME": str(TEST_HOME / ".local" / "share"),
        "XDG_STATE_HOME": str(TEST_HOME / ".local" / "state"),
        "XDG_CONFIG_HOME": str(TEST_HOME / ".config"),
        "XDG_CACHE_HOME": _cache,  # font caches: not user data, and slow to rebuild
        "VETGUIDE_DATA_DIR": str(TEST_HOME / "vetguide-data"),
        "VETGUIDE_LOG_DIR": str(TEST_HOME / "vetguide-log"),
    }
)


def our_changes(markers: list[str]) -> list[str]:
    """The user's vetguide files changed since the start, by this run.

    Other test runs may share this machine (and its real log file, when they lack this
    guard). A change to a log file counts when the text added names one of ``markers``
    (this run's temporary folders); any other change counts.
    """
    now = snapshot(REAL_FOLDERS)
    changed = []
    for path in sorted(set(now) | set(REAL_BEFORE)):
        before = REAL_BEFORE.get(path)
        if now.get(path) == before:
            continue
        if path.endswith(".log") and not _names_one_of(path, before, markers):
            continue
        changed.append(path)
    return changed


def _names_one_of(path: str, before: tuple[int, int] | None, markers: list[str]) -> bool:
    try:
        with open(path, "rb") as log:
            size = os.fstat(log.fileno()).st_size
            log.seek(before[0] if before and before[0] <= size else 0)
            added = log.read().decode("utf-8", "replace")
    except OSError:
        return True
    return any(marker in added for marker in markers)
