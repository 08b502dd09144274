"""``vetguide --version`` and ``--help`` answer without loading Qt or the model (pydantic)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from vetguide import __version__

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "shiboken6", "pydantic", "vetguide.model", "vetguide.ui", "vetguide.report")


def _imports(*argv: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run ``python -m vetguide ARGV`` in a fresh interpreter; the modules it imported."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "vetguide", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    return result, imported


def test_version_imports_no_qt() -> None:
    result, imported = _imports("--version")
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == f"vetguide {__version__}"
    assert "vetguide.cli.command" in imported  # importtime did report the imports
    assert not [name for name in imported if name.startswith(HEAVY)]


@pytest.mark.parametrize("argv", [["--help"], ["calendar", "--help"], ["shortlist", "--help"]])
def test_help_imports_neither_qt_nor_pydantic(argv: list[str]) -> None:
    result, imported = _imports(*argv)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("usage: vetguide")
    assert "vetguide.languages" in imported  # the --lang choices
    assert not [name for name in imported if name.startswith(HEAVY)]
