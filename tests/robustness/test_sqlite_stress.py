"""The library database under two writing processes and under hard kills (issue 12).

Both tests drive the real storage API in child processes on one data folder: the window's
path (read the library, change it, :meth:`LibraryStore.save` the difference) and nothing else.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from vetguide.model.library_db import check_database, open_library

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 500
KILLS = 8
WRITES = 100

_WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vetguide.model.library_db import open_library, snapshot

    folder, who, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    store = open_library(folder).store
    print("ready", flush=True)
    sys.stdin.readline()  # both start together
    for n in range(rounds):
        library = store.refresh()  # what the other process wrote so far, as a window sees it
        saved = snapshot(library)
        shortlist = next(s for s in library.shortlists if s.id == "shared")
        shortlist.add(f"{who}-{n:04d}")
        store_saved = store.save(saved, library)
        shortlist.items[-1].note = f"{who} wrote note {n}"
        if n:  # and edit the note of the item added the round before
            previous = next(i for i in shortlist.items if i.code == f"{who}-{n - 1:04d}")
            previous.note += " (edited)"
        store.save(store_saved, library)
    print("done", flush=True)
    """
)


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_two_processes_editing_one_library_lose_nothing(tmp_path: Path) -> None:
    from vetguide.model.shortlist import Shortlist

    store = open_library(tmp_path).store
    store.new_shortlist(Shortlist(id="shared", name="Shared"))
    store.close()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(tmp_path), who, str(ROUNDS)],
            env=_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("A", "B")
    ]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, err = writer.communicate()
        assert (writer.returncode, err) == (0, ""), err
        assert out.strip() == "done"
    (shortlist,) = open_library(tmp_path).library.shortlists
    notes = {item.code: item.note for item in shortlist.items}
    expected = {
        f"{who}-{n:04d}": f"{who} wrote note {n}" + (" (edited)" if n < ROUNDS - 1 else "")
        for who in ("A", "B")
        for n in range(ROUNDS)
    }
    assert len(shortlist.items) == 2 * ROUNDS
    assert notes == expected


_KILLED = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from vetguide.model.library_db import open_library
    from vetguide.model.shortlist import ShortlistItem

    folder, run, writes = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    store = open_library(folder).store
    note = "x" * 50_000
    for n in range(writes):
        store.add_item("shared", ShortlistItem(code=f"R{run}-{n:03d}", note=f"{n} {note}"))
        print(n, flush=True)  # committed
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_at_any_moment_keeps_every_committed_edit(tmp_path: Path) -> None:
    from vetguide.model.shortlist import Shortlist

    store = open_library(tmp_path).store
    store.new_shortlist(Shortlist(id="shared", name="Shared"))
    store.close()
    chance = random.Random(12)
    committed: list[str] = []
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", _KILLED, str(tmp_path), str(run), str(WRITES)],
            env=_env(),
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        # Kill it right after a random number of commits, while it writes the next one.
        for _ in range(chance.randint(1, WRITES - 1)):
            committed.append(f"R{run}-{int(child.stdout.readline()):03d}")
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        assert check_database(tmp_path / "library.sqlite") is None
        opened = open_library(tmp_path)
        assert opened.damaged_copy is None
        codes = opened.library.shortlists[0].codes()
        opened.store.close()
        assert set(committed) <= set(codes)
        notes = {item.code: item.note for item in opened.library.shortlists[0].items}
        assert all(notes[code] == f"{int(code[-3:])} {'x' * 50_000}" for code in notes)
