"""``vetguide install-desktop``: the menu entry and icon land in $XDG_DATA_HOME."""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from vetguide.cli import CliError
from vetguide.cli import desktop as cli_desktop
from vetguide.model.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def run(*argv: str) -> str:
    parser = argparse.ArgumentParser(prog="vetguide")
    cli_desktop.add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["install-desktop", *argv])
    out = io.StringIO()
    assert args.func(args, out) == 0
    return out.getvalue()


def entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setattr(sys, "platform", "linux")
    return home


def test_installs_the_entry_and_the_icon(data_home: Path) -> None:
    out = run()
    entry = data_home / "applications" / "vetguide.desktop"
    icon = data_home / "icons" / "hicolor" / "scalable" / "apps" / "vetguide.svg"
    assert icon.read_bytes() == resource_path("icons", "vetguide.svg").read_bytes()
    values = entry_values(entry)
    command = cli_desktop.gui_command()
    assert values["Exec"] == " ".join(cli_desktop.exec_quote(p) for p in command) + " %f"
    assert Path(command[0]).is_absolute() and Path(command[0]).exists()
    assert values["TryExec"] == command[0]
    assert values["Icon"] == str(icon)
    assert values["Name"] == "vetguide" and values["Terminal"] == "false"
    assert str(entry) in out and str(icon) in out
    run()  # again: same result, no error
    assert sorted(p.name for p in (data_home / "applications").iterdir()) == ["vetguide.desktop"]


def test_the_installed_script_next_to_python_is_preferred(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "my env" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("python", "vetguide-gui"):
        (bin_dir / name).write_text("#!/bin/sh\n")
        (bin_dir / name).chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(bin_dir / "python"))
    run()
    values = entry_values(data_home / "applications" / "vetguide.desktop")
    assert values["Exec"] == f'"{bin_dir / "vetguide-gui"}" %f'  # quoted: the path has a space


def test_without_a_script_it_falls_back_to_path_then_python_m(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert cli_desktop.gui_command() == [str(tmp_path / "python3"), "-m", "vetguide"]
    monkeypatch.setattr(shutil, "which", lambda name: f"/opt/bin/{name}")
    assert cli_desktop.gui_command() == ["/opt/bin/vetguide-gui"]


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/usr/bin/vetguide-gui", "/usr/bin/vetguide-gui"),
        ("/home/ana/my apps/vetguide", '"/home/ana/my apps/vetguide"'),
        ("/opt/100%/x", "/opt/100%%/x"),
        ('/a"b$c', '"/a\\\\"b\\\\$c"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_asks(argument: str, quoted: str) -> None:
    assert cli_desktop.exec_quote(argument) == quoted


def test_remove_takes_both_away(data_home: Path) -> None:
    run()
    out = run("--remove")
    assert "removed" in out
    assert not (data_home / "applications" / "vetguide.desktop").exists()
    assert not (data_home / "icons" / "hicolor" / "scalable" / "apps" / "vetguide.svg").exists()
    assert "was not in the application menu" in run("--remove")


def test_xdg_data_home_unset_or_relative_means_local_share(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cli_desktop.data_home({}) == tmp_path / ".local" / "share"
    assert cli_desktop.data_home({"XDG_DATA_HOME": "relative/dir"}) == tmp_path / ".local" / "share"
    assert cli_desktop.data_home({"XDG_DATA_HOME": "/x/y"}) == Path("/x/y")


def test_a_folder_that_cannot_be_written_is_one_clear_error(
    data_home: Path, tmp_path: Path
) -> None:
    data_home.mkdir(parents=True)
    (data_home / "applications").write_text("a file, not a folder")
    with pytest.raises(CliError, match="could not write"):
        run()


def test_other_systems_are_told_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    with pytest.raises(CliError, match="for Linux desktops"):
        run()


def test_the_bundled_entry_and_icon_are_valid() -> None:
    entry = resource_path("vetguide.desktop")
    values = entry_values(entry)
    assert values["Exec"] == "vetguide-gui %f" and values["Icon"] == "vetguide"
    assert values["MimeType"] == "application/x-vetguide-shortlist;"
    svg = resource_path("icons", "vetguide.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and 'viewBox="0 0 256 256"' in svg
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_icon_renders() -> None:
    """Qt's SVG renderer draws it: EU blue under the stars, a white gear in the middle."""
    code = (
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter, QColor\n"
        "from PySide6.QtSvg import QSvgRenderer\n"
        "import sys\n"
        "app = QGuiApplication([])\n"
        "r = QSvgRenderer(sys.argv[1])\n"
        "img = QImage(256, 256, QImage.Format.Format_ARGB32)\n"
        "img.fill(0)\n"
        "p = QPainter(img); r.render(p); p.end()\n"
        "print(r.isValid(), img.pixelColor(128, 60).name(), img.pixelColor(128, 100).name())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(resource_path("icons", "vetguide.svg"))],
        capture_output=True,
        text=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
        cwd=ROOT,
    )
    valid, edge, gear = result.stdout.split()
    assert valid == "True" and edge == "#003399" and gear == "#ffffff"


# --- the shortlist file type (issue 18) ------------------------------------------------------

MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def fake_tools(folder: Path, *, status: int = 0) -> Path:
    """update-mime-database and update-desktop-database that write down how they were run."""
    folder.mkdir(parents=True, exist_ok=True)
    calls = folder / "calls.txt"
    for name in ("update-mime-database", "update-desktop-database"):
        tool = folder / name
        tool.write_text(f'#!/bin/sh\necho "{name} $*" >> "{calls}"\nexit {status}\n')
        tool.chmod(0o755)
    return calls


def test_the_file_type_is_registered_and_the_databases_updated(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = fake_tools(tmp_path / "bin")
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    out = run()
    package = data_home / "mime" / "packages" / "vetguide.xml"
    assert package.read_bytes() == resource_path("vetguide-mime.xml").read_bytes()
    values = entry_values(data_home / "applications" / "vetguide.desktop")
    assert values["MimeType"] == "application/x-vetguide-shortlist;"
    assert values["Exec"].endswith(" %f")
    assert calls.read_text().splitlines() == [
        f"update-mime-database {data_home / 'mime'}",
        f"update-desktop-database {data_home / 'applications'}",
    ]
    assert str(package) in out and "*.vetguide" in out
    assert "updated with: update-mime-database, update-desktop-database" in out

    calls.unlink()
    removed = run("--remove")
    assert not package.exists() and str(package) in removed
    assert len(calls.read_text().splitlines()) == 2  # run again after the removal


def test_missing_or_failing_database_tools_are_not_an_error(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    out = run()
    assert (data_home / "mime" / "packages" / "vetguide.xml").is_file()
    assert "updated with" not in out
    calls = fake_tools(tmp_path / "failing", status=1)
    monkeypatch.setenv("PATH", str(tmp_path / "failing"))
    out = run()
    assert calls.read_text().count("\n") == 2 and "updated with" not in out


def test_the_mime_package_names_the_type_and_its_extension() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(resource_path("vetguide-mime.xml")).getroot()
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == cli_desktop.MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.vetguide"]
    languages = {c.get("{http://www.w3.org/XML/1998/namespace}lang") for c in mime}
    assert {None, "sr@latin", "sr"} <= languages


def test_the_real_mime_database_knows_the_extension(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("update-mime-database") is None:
        pytest.skip("update-mime-database is not installed")
    run()
    globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
    assert ":application/x-vetguide-shortlist:*.vetguide" in globs
    run("--remove")
    globs = (data_home / "mime" / "globs2").read_text(encoding="utf-8")
    assert "vetguide" not in globs
