"""``vetguide [--new-instance] [FILE]``: the app with a file to open; commands stay commands."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from vetguide.cli import command


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def launch(files: Any = (), *, new_instance: bool = False) -> int:
        calls.append({"files": list(files), "new_instance": new_instance})
        return 0

    monkeypatch.setattr(command, "launch_gui", launch)
    return calls


@pytest.mark.parametrize(
    ("argv", "files", "new_instance"),
    [
        ([], [], False),
        (["plan.vetguide"], [Path("plan.vetguide")], False),
        (["--new-instance"], [], True),
        (["--new-instance", "a/b.json"], [Path("a/b.json")], True),
        (["Plan 2026.vetguide", "--new-instance"], [Path("Plan 2026.vetguide")], True),
    ],
)
def test_the_app_gets_the_files_and_the_choice_of_a_new_window(
    launched: list[dict[str, Any]], argv: list[str], files: list[Path], new_instance: bool
) -> None:
    assert command.run(argv) == 0
    assert launched == [{"files": files, "new_instance": new_instance}]


def test_a_file_named_like_a_command_is_opened_when_it_exists(
    launched: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plan").write_text("{}")
    assert command.run(["plan"]) == 0
    assert launched == [{"files": [Path("plan")], "new_instance": False}]


def test_commands_never_start_the_app(
    launched: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    assert command.run(["catalogue", "--format", "json", "--today", "2026-01-10"]) == 0
    assert launched == []
    with pytest.raises(SystemExit) as exit_info:
        command.run(["recomend"])  # a typo is an unknown command, not a file
    assert exit_info.value.code == 2
    assert "invalid choice: 'recomend'" in capsys.readouterr().err
    assert launched == []


def test_help_names_the_file_and_new_instance(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        command.run(["--help"])
    text = capsys.readouterr().out
    assert "--new-instance" in text and "[FILE]" in text


def test_vetguide_gui_takes_the_file_of_the_desktop_entry(
    launched: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "argv", ["vetguide-gui", "/home/ana/Plan.vetguide"])
    with pytest.raises(SystemExit) as exit_info:
        command.gui_main()
    assert exit_info.value.code == 0
    assert launched == [{"files": [Path("/home/ana/Plan.vetguide")], "new_instance": False}]
