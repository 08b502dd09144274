"""Two windows on one data folder, start-up checks and the About box (issue 7)."""

from __future__ import annotations

import io

from tests.ui.helpers import on_disk
from tests.ui.test_main_window import add_actions


def test_a_second_window_does_not_lose_the_first_windows_changes(qtbot, make_window, dialogs):
    first = make_window()
    add_actions(qtbot, first, "KA122-VET")
    second = make_window()  # opens the library with KA122-VET in it
    add_actions(qtbot, first, "KA210-VET")  # saved by the first window
    add_actions(qtbot, second, "KA220-VET")  # the second window saves over an older version
    codes = on_disk().shortlists[0].codes()
    assert sorted(codes) == ["KA122-VET", "KA210-VET", "KA220-VET"]
    assert sorted(second.current_shortlist().codes()) == sorted(codes)
    merged = [c for c in dialogs.calls if c[0] == "inform"]
    assert merged and "KA210-VET" in merged[-1][1]["text"]


def test_coming_back_to_a_window_takes_in_the_other_windows_changes(qtbot, make_window, dialogs):
    first = make_window()
    add_actions(qtbot, first, "KA122-VET")
    second = make_window()
    add_actions(qtbot, first, "KA210-VET")
    assert second.check_for_outside_changes()
    assert sorted(second.current_shortlist().codes()) == ["KA122-VET", "KA210-VET"]
    assert not second.check_for_outside_changes()  # nothing new since


def test_a_library_from_a_newer_vetguide_is_never_overwritten(
    qtbot, make_window, dialogs, data_dir
):
    window = make_window()
    add_actions(qtbot, window, "KA122-VET")
    newer = '{"schema_version": 99, "shortlists": []}'
    (data_dir / "library.json").write_text(newer, encoding="utf-8")
    add_actions(qtbot, window, "KA210-VET")
    assert (data_dir / "library.json").read_text(encoding="utf-8") == newer
    assert any(c[0] == "warn" for c in dialogs.calls)


def test_about_names_the_log_file(window, monkeypatch, tmp_path):
    monkeypatch.setenv("VETGUIDE_LOG_DIR", str(tmp_path / "logs"))
    assert str(tmp_path / "logs" / "vetguide.log") in window.about_text()


def test_window_has_the_vetguide_icon(qtbot):
    from vetguide.ui.app import app_icon, icon_path

    assert icon_path().is_file()
    assert not app_icon().isNull()
    assert not app_icon().pixmap(32, 32).isNull()


def test_missing_system_library_is_one_message_not_a_crash(monkeypatch):
    import vetguide.qt_check
    from vetguide import cli

    monkeypatch.setattr(
        vetguide.qt_check,
        "qt_problem",
        lambda: "needs libxcb-cursor0: sudo apt install libxcb-cursor0",
    )
    err = io.StringIO()
    monkeypatch.setattr(cli.sys, "stderr", err)
    assert cli.launch_gui() == 1
    assert err.getvalue() == "vetguide: needs libxcb-cursor0: sudo apt install libxcb-cursor0\n"
