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
    assert "vetguide.cli.command" in imported  # importtime did report the imports
    assert not [name for name in imported if name.startswith(HEAVY)]


def test_the_command_table_names_every_command_of_the_full_parser() -> None:
    from vetguide.cli.command import COMMANDS, build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert list(commands) == list(COMMANDS)
    for name, module in COMMANDS.items():  # each module adds the commands the table says
        only = build_parser(name)
        added = next(a for a in only._actions if a.dest == "command").choices
        assert name in added
        assert {COMMANDS[other] for other in added} == {module}


@pytest.mark.parametrize(
    ("argv", "module"),
    [
        (["recommend", "--help"], "vetguide.cli.guide"),
        (["calendar", "--help"], "vetguide.cli.planning"),
        (["self-test", "--help"], "vetguide.self_test"),
    ],
)
def test_a_command_imports_only_its_own_module(argv: list[str], module: str) -> None:
    from vetguide.cli.command import COMMANDS

    result, imported = _imports(*argv)
    assert result.returncode == 0, result.stderr[-2000:]
    assert module in imported
    assert set(COMMANDS.values()) & set(imported) == {module}


def test_the_command_turns_pydantic_plugins_off() -> None:
    code = (
        "import sys; from vetguide.cli import command; sys.argv = ['vetguide', 'recommend', "
        "'--profile', 'missing.json']\n"
        "try:\n    command.main()\nexcept SystemExit:\n    pass\n"
        "from pydantic.plugin import _loader\n"
        "print(list(_loader.get_plugins()), _loader._plugins)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.stdout.strip() == "[] None"  # no entry point was scanned
