"""Writing files safely: the one place that checks a target and replaces it atomically.

Every file vetguide writes (exports: PDF memo, .ics calendar, shortlist JSON; the desktop
entry; data files) goes through :func:`check_target` first, then is written beside the
target and swapped in (:func:`write_replace`), so the target holds either the old or the
new content, never a part. The PDF memo, written through Qt's QSaveFile, uses the same check.

The policy, for every export:

* Only a **regular file** is ever replaced. A folder, a FIFO, a device (``/dev/null``), a
  socket or any other special file at the target is refused with one clear message
  (:class:`TargetError`) and left untouched.
* A **symbolic link** is followed: the file it points to is checked like any target and
  written (atomically); the link itself stays as it was. A link to a missing file creates
  that file, if its folder exists.
* A **read-only file** (no write bit in its mode, or no write access for this user) is
  refused. The mode bits are read, so the check holds for root too, for whom writing is
  never denied by the system.
* A file written here gets the permissions of the file it replaces, or for a new file the
  usual ones: ``0666`` minus the umask (e.g. ``0644``), never the ``0600`` of a temp file.

A write that is interrupted (power cut, kill) may leave a temp file
``.<name>.<random>.tmp`` beside the target; :func:`remove_stale_temp_files` removes those
that are old enough not to belong to a write still going on.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TEMP_SUFFIX = ".tmp"
MAX_INPUT_BYTES = 512 * 1024 * 1024
"""The largest file vetguide reads (a shortlist of a thousand actions with 100 KB notes
each is about 100 MB): a bigger one, or an endless one, is not a vetguide file."""
_TEMP_NAME_CHARS = 100  # of the target's name in a temp file's name: within every name limit
STALE_AFTER_S = 3600.0
"""A temp file older than this is left over from an interrupted write (a write takes
seconds at most)."""

# mkstemp names: prefix + 8 characters of [a-z0-9_] + suffix.
_TEMP_NAME = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp$")


class TargetError(OSError):
    """The target cannot be written; ``strerror`` says why in words, ``filename`` names it."""


def _kind(mode: int) -> str | None:
    """What a special file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "it is a folder"
    if stat.S_ISFIFO(mode):
        return "it is a named pipe (FIFO), not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "it is a device, not a regular file"
    if stat.S_ISSOCK(mode):
        return "it is a socket, not a regular file"
    return "it is not a regular file"


def _refuse(path: Path, reason: str, code: int = errno.EPERM) -> TargetError:
    return TargetError(code, reason, str(path))


def check_target(path: Path) -> Path:
    """Check that ``path`` may be written; return the file to write (symlinks resolved).

    Raise :class:`TargetError` when the target is not a regular file, is read-only, or
    its folder is missing, not a folder or not writable. Nothing is created or changed.
    """
    path = Path(path)
    try:
        target = path.resolve(strict=False)
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise _refuse(path, f"the link cannot be followed ({exc})") from exc
    try:
        info = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):  # the folder is checked below
        info = None
    except OSError as exc:
        raise _refuse(path, exc.strerror or str(exc), exc.errno or errno.EIO) from exc
    if info is not None:
        kind = _kind(info.st_mode)
        if kind is not None:
            code = errno.EISDIR if stat.S_ISDIR(info.st_mode) else errno.EPERM
            raise _refuse(path, kind, code)
        if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
            raise _refuse(path, "the file is read-only", errno.EACCES)
    folder = target.parent
    if not folder.exists():
        raise _refuse(path, f"the folder {folder} does not exist", errno.ENOENT)
    if not folder.is_dir():
        raise _refuse(path, f"{folder} is not a folder", errno.ENOTDIR)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise _refuse(path, f"the folder {folder} is not writable", errno.EACCES)
    return target


def _umask() -> int:
    """The process umask (read without changing it where the system tells it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def write_replace(
    path: Path, data: bytes, before_replace: Callable[[], None] | None = None
) -> os.stat_result:
    """Check ``path``, write ``data`` to a temp file beside it, fsync, then swap it in.

    Return the stat of the written file (taken from the temp file before the rename, so it
    names our bytes even if another process writes right after). On any failure the temp file
    is removed and ``path`` is untouched. A missing folder is created first.
    """
    path = Path(path)
    folder = path.resolve(strict=False).parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:  # a file where a folder should be: "File exists" says little
        raise NotADirectoryError(
            errno.ENOTDIR, f"{exc.filename or folder} is not a folder", str(folder)
        ) from exc
    target = check_target(path)
    remove_stale_temp_files(folder, target.name)
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=_temp_prefix(target.name), suffix=TEMP_SUFFIX, dir=folder
        )
    except PermissionError as exc:
        raise PermissionError(
            exc.errno, f"the folder {folder} is not writable", str(folder)
        ) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), _mode_for(target))
            os.fsync(handle.fileno())
            written = os.fstat(handle.fileno())
        if before_replace is not None:
            before_replace()
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            # The data are written; only the swap failed: on Windows, the file is open in
            # another program (a viewer, a calendar, a sync client).
            raise PermissionError(
                exc.errno,
                f"{exc.strerror or 'permission denied'} (is {path.name} open in another "
                "program? Close it and try again)",
                str(path),
            ) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return written


def _temp_prefix(name: str) -> str:
    return f".{name[:_TEMP_NAME_CHARS]}."


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` so that ``path`` holds either the old or the new content, never a part."""
    write_replace(path, text.encode("utf-8"))


def remove_stale_temp_files(
    folder: Path, name: str | None = None, *, older_than_s: float = STALE_AFTER_S
) -> list[Path]:
    """Remove temp files of our naming left in ``folder`` by interrupted writes.

    Only regular files named ``.<name>.<8 characters>.tmp`` (of ``name`` when given) and
    last changed more than ``older_than_s`` seconds ago are removed; a write going on in
    another window is younger. Return what was removed; never raise.
    """
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.match(entry.name)
        if match is None or (name is not None and match["name"] != name[:_TEMP_NAME_CHARS]):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < older_than_s:
                continue
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def read_text(path: Path, *, limit: int = MAX_INPUT_BYTES) -> str:
    """The UTF-8 text of the file ``path``; the one way vetguide reads a file it is given.

    A folder or a device (``/dev/zero``, a terminal) is refused, and so is a file larger
    than ``limit`` bytes (read no further than that): raise :class:`TargetError` (an
    OSError) saying why. A named pipe is read. Raise FileNotFoundError, other OSErrors and
    UnicodeDecodeError as reading does.
    """
    path = Path(path)
    with path.open("rb") as handle:
        mode = os.fstat(handle.fileno()).st_mode
        if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
            code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EPERM
            raise _refuse(path, _kind(mode) or "it is not a regular file", code)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _refuse(
            path,
            f"it is larger than {limit // (1024 * 1024)} MB: not a file vetguide wrote",
            errno.EFBIG,
        )
    return data.decode("utf-8")
