"""A save that fails at any step leaves the previous file intact and no temp file behind."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from vetguide.model import storage
from vetguide.model.shortlist import Library, Shortlist, ShortlistItem

ROOT = Path(__file__).resolve().parents[2]


def _library(note: str) -> Library:
    items = [ShortlistItem(code=f"KA{n:03d}-VET", note=note) for n in range(50)]
    return Library(shortlists=[Shortlist(name="Autumn", items=items)])


def _disk_full(*args: Any, **kwargs: Any) -> Any:
    raise OSError(errno.ENOSPC, "No space left on device")


class _FailingFile:
    """Wraps the temp file object; ``step`` ("write" or "flush") fails as a full disk would."""

    def __init__(self, handle: Any, step: str) -> None:
        self._handle = handle
        self._step = step

    def write(self, data: bytes) -> int:
        if self._step == "write":
            self._handle.write(data[: len(data) // 2])  # a part gets written, then it fails
            _disk_full()
        return int(self._handle.write(data))

    def flush(self) -> None:
        if self._step == "flush":
            _disk_full()
        self._handle.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def _fail_file_step(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return _FailingFile(real_fdopen(fd, *args, **kwargs), step)

    monkeypatch.setattr(os, "fdopen", fdopen)


def _interrupt(*args: Any, **kwargs: Any) -> Any:
    raise KeyboardInterrupt


STEPS: dict[str, Callable[[pytest.MonkeyPatch], None]] = {
    "create temp file": lambda mp: mp.setattr(tempfile, "mkstemp", _disk_full),
    "write": lambda mp: _fail_file_step(mp, "write"),
    "flush": lambda mp: _fail_file_step(mp, "flush"),
    "fsync": lambda mp: mp.setattr(os, "fsync", _disk_full),
    "replace": lambda mp: mp.setattr(os, "replace", _disk_full),
    "interrupted before replace": lambda mp: mp.setattr(os, "replace", _interrupt),
}

OLD = _library("old")
NEW = _library("new " * 100)


def _save_text(path: Path) -> None:
    storage.atomic_write_text(path, NEW.model_dump_json())


def _save_model(path: Path) -> None:
    storage.save_model(path, NEW)


def _write_shortlist_file(path: Path) -> None:
    storage.write_shortlist_file(path, NEW.shortlists[0])


SAVERS: dict[str, tuple[Callable[[Path], None], type[BaseException]]] = {
    "atomic_write_text": (_save_text, OSError),
    "save_model": (_save_model, storage.StorageError),
    "write_shortlist_file": (_write_shortlist_file, storage.StorageError),
}


def _listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("saver", SAVERS)
@pytest.mark.parametrize("step", STEPS)
@pytest.mark.parametrize("existing", [True, False], ids=["over a file", "new file"])
def test_a_failed_save_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, saver: str, step: str, existing: bool
) -> None:
    path = tmp_path / "library.json"
    if existing:
        storage.save_model(path, OLD)
    save, error = SAVERS[saver]
    before = _listing(tmp_path)
    STEPS[step](monkeypatch)
    expected: type[BaseException] = KeyboardInterrupt if "interrupted" in step else error
    with pytest.raises(expected):
        save(path)
    monkeypatch.undo()
    after = _listing(tmp_path)
    leftovers = [name for name in after if name.endswith(".tmp")]
    assert leftovers == [], f"temp files left behind: {leftovers}"
    assert after == before
    if existing:
        assert storage.load_or_default(path, Library).value == OLD


def test_the_failure_says_what_and_where(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(storage.StorageError, match=r"could not save .*library\.json.*No space"):
        storage.save_model(tmp_path / "library.json", NEW)


_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vetguide.model import storage
    from vetguide.model.shortlist import Library, Shortlist, ShortlistItem

    path = Path(sys.argv[1])
    versions = [
        Library(shortlists=[Shortlist(name=name, items=[
            ShortlistItem(code=f"KA{n:03d}-VET", note=name * 2000) for n in range(100)])])
        for name in ("A", "B")
    ]
    print("ready", flush=True)
    n = 0
    while True:
        storage.save_model(path, versions[n % 2])
        n += 1
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_the_process_mid_save_leaves_a_whole_file(tmp_path: Path) -> None:
    """A hard kill at any moment: the library is one whole version, A or B, never a mix."""
    path = tmp_path / "library.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for delay in (0.05, 0.13, 0.21, 0.34):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(path)], env=env, stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(delay)  # let it save for a while; kill it wherever it is
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        if path.exists():
            names = [s.name for s in storage.load_or_default(path, Library).value.shortlists]
            assert names in (["A"], ["B"])
        for stale in tmp_path.glob(".library.json.*.tmp"):  # a killed process leaves these
            stale.unlink()
