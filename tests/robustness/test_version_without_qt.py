"""``vetguide --version`` answers without loading Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from vetguide import __version__

ROOT = Path(__file__).resolve().parents[2]


def test_version_imports_no_qt() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "vetguide", "--version"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"vetguide {__version__}"
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "vetguide.cli" in imported  # importtime did report the imports
    assert not [name for name in imported if name.startswith(("PySide6", "shiboken6"))]
