"""The log file: warnings and errors, so a damaged file or a failed save can be traced later.

:func:`setup_logging` is called once at start-up. The file is ``vetguide.log`` in the user log
folder (Linux: ``~/.local/state/vetguide/log``, Windows: ``%LOCALAPPDATA%\\vetguide\\Logs``,
macOS: ``~/Library/Logs/vetguide``), or in ``$VETGUIDE_LOG_DIR``; it rotates at 1 MB and
keeps three old files. Nothing but warnings and errors is written: no notes, no profiles.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import sys
from pathlib import Path

from platformdirs import user_log_path

LOG_DIR_ENV = "VETGUIDE_LOG_DIR"
LOG_FILE = "vetguide.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_HANDLER_NAME = "vetguide-file"


def log_dir() -> Path:
    """$VETGUIDE_LOG_DIR if set, else the platform's user log folder."""
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else user_log_path("vetguide", appauthor=False)


def log_file() -> Path:
    """Where the log file is (or would be)."""
    return log_dir() / LOG_FILE


def setup_logging() -> Path | None:
    """Send warnings of every logger to the rotating log file; return its path.

    Never raises: if the folder or file cannot be made, say so on stderr and go on without a
    log file (return None). Calling it again replaces the handler it added before.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)
    logging.captureWarnings(True)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = log_file()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=False
        )
    except Exception as exc:  # any failure here must not stop the app
        _say(f"vetguide: warning: no log file ({exc}); continuing without one\n")
        return None
    handler.set_name(_HANDLER_NAME)
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path


def ensure_logging() -> Path | None:
    """The log file, set up now if start-up has not done it yet (an error that early)."""
    for handler in logging.getLogger().handlers:
        if handler.get_name() == _HANDLER_NAME and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return setup_logging()


def log_crash(details: str) -> None:
    """Keep the traceback of an unexpected error: in the log file, and on stderr if there is
    one (a windowed bundle or ``pythonw`` has none: ``sys.stderr`` is None)."""
    ensure_logging()
    logging.getLogger("vetguide").error("unexpected error\n%s", details.rstrip())
    _say(details)


def _say(message: str) -> None:
    stream = sys.stderr
    if stream is None:  # pythonw / gui-scripts on Windows have no console
        return
    with contextlib.suppress(Exception):  # a broken stderr is no reason to fail
        stream.write(message)
