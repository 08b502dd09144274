"""Promises the project makes about itself."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _sh_blocks(text: str) -> list[str]:
    return [block.strip() for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S)]


def test_ci_runs_exactly_the_readme_test_command():
    blocks = _sh_blocks((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(blocks) == 2, "the README keeps exactly two set-up commands"
    test_command = blocks[1]
    assert "pytest" in test_command
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


def test_readme_documents_every_cli_command():
    from vetguide.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name in commands:
        assert f"vetguide {name}" in readme, name


def test_the_version_has_one_source():
    """pyproject takes the version from vetguide.__version__; the installed metadata agrees."""
    import importlib.metadata
    import tomllib

    from vetguide import __version__

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "vetguide.__version__"}
    assert importlib.metadata.version("vetguide") == __version__


def test_the_entry_points_name_functions_that_exist():
    import importlib
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    entry_points = {**project["scripts"], **project["gui-scripts"]}
    assert set(entry_points) == {"vetguide", "vetguide-gui"}
    for target in entry_points.values():
        module, _, name = target.partition(":")
        assert callable(getattr(importlib.import_module(module), name)), target
