"""Start-up time of vetguide commands, bundle vs venv: the median of 5 runs of each.

    python scripts/time_start.py bundle=dist/vetguide/vetguide-cli venv=.venv/bin/vetguide

Times ``--version`` (starting the program), ``catalogue --format json`` (loading the data,
no Qt) and ``self-test --window`` (every check, the main window opened offscreen and its data
loaded); prints the size of each program's folder when it is a bundle. Runs with the data
and log folders of the environment (set VETGUIDE_DATA_DIR / VETGUIDE_LOG_DIR first).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 5
COMMANDS = (("--version",), ("catalogue", "--format", "json"), ("self-test", "--window"))


def median_seconds(program: str, args: tuple[str, ...]) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run([program, *args], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def folder_size(program: Path) -> str:
    if not (program.parent / "_internal").is_dir():
        return ""
    files = [f for f in program.parent.rglob("*") if f.is_file() and not f.is_symlink()]
    total = sum(f.stat().st_size for f in files)
    return f", folder {total / 1e6:.0f} MB"


def main(argv: list[str]) -> int:
    if not argv or any("=" not in a for a in argv):
        print(__doc__)
        return 2
    for label, program in (a.split("=", 1) for a in argv):
        timings = ", ".join(
            f"{' '.join(args)} {median_seconds(program, args):.2f} s" for args in COMMANDS
        )
        print(f"start-up {label} ({program}{folder_size(Path(program))}): {timings}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
