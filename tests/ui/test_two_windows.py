"""Two windows on one data folder, failed saves, backups, start-up checks and the About box."""

from __future__ import annotations

import io
import os
import sqlite3

from tests.ui.helpers import on_disk
from tests.ui.test_main_window import add_actions, select_item
from vetguide.model.storage import read_shortlist_file


def test_a_second_window_does_not_lose_the_first_windows_changes(qtbot, make_window, dialogs):
    first = make_window()
    add_actions(qtbot, first, "KA122-VET")
    second = make_window()  # opens the library with KA122-VET in it
    add_actions(qtbot, first, "KA210-VET")  # written by the first window
    add_actions(qtbot, second, "KA220-VET")  # the second window never saw KA210-VET
    codes = on_disk().shortlists[0].codes()
    assert sorted(codes) == ["KA122-VET", "KA210-VET", "KA220-VET"]
    assert second.saving.check_for_outside_changes()
    assert sorted(second.current_shortlist().codes()) == sorted(codes)
    assert first.saving.check_for_outside_changes()
    assert sorted(first.current_shortlist().codes()) == sorted(codes)
    assert not dialogs.calls  # nothing to merge, nothing to tell


def test_coming_back_to_a_window_takes_in_the_other_windows_changes(qtbot, make_window, dialogs):
    first = make_window()
    add_actions(qtbot, first, "KA122-VET")
    second = make_window()
    add_actions(qtbot, first, "KA210-VET")
    assert second.saving.check_for_outside_changes()
    assert sorted(second.current_shortlist().codes()) == ["KA122-VET", "KA210-VET"]
    assert not second.saving.check_for_outside_changes()  # nothing new since


def test_the_timer_shows_other_windows_changes_and_keeps_the_note_being_typed(qtbot, make_window):
    first = make_window()
    add_actions(qtbot, first, "KA122-VET", "KA210-VET")
    second = make_window()
    select_item(qtbot, second, 1)
    editor = second.shortlist_pane.note_edit
    editor.setFocus()
    qtbot.keyClicks(editor, "Ask the director")  # not saved yet: the note timer runs
    select_item(qtbot, first, 0)
    qtbot.keyClicks(first.shortlist_pane.note_edit, "Partner in Valencia")
    first.saving.save()
    # The poll waits while the note timer runs; once the typing is saved it takes the change.
    with qtbot.waitSignal(second.library_service.library_changed, timeout=10_000):
        pass
    assert second.current_shortlist().items[0].note == "Partner in Valencia"
    assert second.shortlist_pane.current_row() == 1
    assert editor.toPlainText() == "Ask the director"
    assert editor.textCursor().position() == len("Ask the director")
    notes = [item.note for item in on_disk().shortlists[0].items]
    assert notes == ["Partner in Valencia", "Ask the director"]


def test_another_windows_note_edit_redraws_one_row_without_a_reset(qtbot, make_window, dialogs):
    first = make_window()
    add_actions(qtbot, first, "KA122-VET", "KA210-VET", "KA220-VET")
    second = make_window()
    select_item(qtbot, second, 2)
    resets: list[bool] = []
    second.items_model.modelReset.connect(lambda: resets.append(True))
    select_item(qtbot, first, 0)
    qtbot.keyClicks(first.shortlist_pane.note_edit, "Partner in Valencia")
    first.saving.save()
    assert second.saving.check_for_outside_changes()
    assert second.current_shortlist().items[0].note == "Partner in Valencia"
    assert resets == [] and second.shortlist_pane.current_row() == 2
    dialogs.script("ask_text", "Renamed")  # a rename changes the list: shown in full
    first.commands.act_rename.trigger()
    assert second.saving.check_for_outside_changes()
    assert second.shortlist_pane.shortlist_combo.currentText() == "Renamed"
    assert second.shortlist_pane.current_row() == 2


def test_a_database_from_a_newer_vetguide_is_opened_read_only_and_never_changed(
    qtbot, make_window, dialogs, data_dir
):
    window = make_window()
    add_actions(qtbot, window, "KA122-VET")
    window.close()
    database = data_dir / "library.sqlite"
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA user_version = 99")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = database.read_bytes()
    again = make_window()
    qtbot.waitUntil(lambda: bool(dialogs.of("warn")))
    assert "newer" in dialogs.of("warn")[0]["title"]
    assert again.current_shortlist().codes() == ["KA122-VET"]  # shown, read-only
    add_actions(qtbot, again, "KA210-VET")
    assert "not saved" in again.statusBar().currentMessage().lower()
    dialogs.script("ask_unsaved", "discard")
    again.close()
    assert database.read_bytes() == before


def test_closing_after_a_failed_save_asks_and_saves_elsewhere(
    qtbot, make_window, dialogs, tmp_path
):
    window = make_window()
    add_actions(qtbot, window, "KA122-VET")
    # The database turns read-only under the window (as a full disk or a lost mount would).
    window.library_service.store.conn.execute("PRAGMA query_only = ON")
    add_actions(qtbot, window, "KA210-VET")
    assert "read-only" in dialogs.texts("warn")[0]
    dialogs.script("ask_unsaved", "cancel")
    assert not window.close()  # cancelled: the window stays, with the changes
    assert window.current_shortlist().codes() == ["KA122-VET", "KA210-VET"]
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    dialogs.script("ask_unsaved", "export")
    dialogs.script("choose_folder", elsewhere)
    assert window.close()
    (exported,) = elsewhere.iterdir()
    assert read_shortlist_file(exported).shortlist.codes() == ["KA122-VET", "KA210-VET"]
    assert f"Saved 1 shortlist file in {elsewhere}." in dialogs.texts("inform")
    assert on_disk().shortlists[0].codes() == ["KA122-VET"]  # what was saved before


def test_closing_after_a_saved_edit_asks_nothing(qtbot, make_window, dialogs):
    window = make_window()
    add_actions(qtbot, window, "KA122-VET")
    assert window.close()
    assert not dialogs.of("ask_unsaved")


def test_a_backup_is_restored_from_the_help_menu(qtbot, make_window, dialogs, data_dir):
    window = make_window()
    add_actions(qtbot, window, "KA122-VET")
    window.library_service.store.backup_to(data_dir / "backups" / "library-2026-01-09.sqlite")
    add_actions(qtbot, window, "KA210-VET")
    other = make_window()
    dialogs.script("choose_backup", data_dir / "backups" / "library-2026-01-09.sqlite")
    window.commands.act_restore.trigger()  # Help → Restore a backup…
    offered = dialogs.of("choose_backup")[0]["backups"]
    assert offered == [data_dir / "backups" / "library-2026-01-09.sqlite"]
    assert window.current_shortlist().codes() == ["KA122-VET"]
    assert on_disk().shortlists[0].codes() == ["KA122-VET"]
    kept = list((data_dir / "backups").glob("library-before-restore-*.sqlite"))
    assert len(kept) == 1 and str(kept[0]) in dialogs.texts("inform")[-1]
    assert other.saving.check_for_outside_changes()  # the other window shows the restored library
    assert other.current_shortlist().codes() == ["KA122-VET"]


def test_a_damaged_database_is_moved_aside_and_the_latest_backup_offered(
    qtbot, make_window, dialogs, data_dir
):
    window = make_window()
    add_actions(qtbot, window, "KA122-VET")
    window.close()  # makes the day's backup
    (backup,) = (data_dir / "backups").iterdir()
    database = data_dir / "library.sqlite"
    for side in data_dir.glob("library.sqlite-*"):
        side.unlink()
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    dialogs.script("choose_backup", backup)
    again = make_window()
    qtbot.waitUntil(lambda: bool(dialogs.of("inform")))
    assert "damaged" in dialogs.of("warn")[0]["title"]
    (aside,) = data_dir.glob("library.damaged-*.sqlite")
    assert aside.read_bytes().startswith(b"SQLite format 3")
    assert str(aside) in dialogs.texts("warn")[0]
    assert dialogs.of("choose_backup")[0]["backups"][0] == backup
    assert again.current_shortlist().codes() == ["KA122-VET"]


def test_open_data_folder_opens_it(window, dialogs, data_dir):
    window.commands.act_data_folder.trigger()
    assert dialogs.of("open_url")[-1]["url"].endswith("/data")


def test_about_names_the_log_file(window, monkeypatch, tmp_path):
    monkeypatch.setenv("VETGUIDE_LOG_DIR", str(tmp_path / "logs"))
    assert str(tmp_path / "logs" / "vetguide.log") in window.help_flows.about_text()


def test_window_has_the_vetguide_icon(qtbot):
    from vetguide.ui.app import app_icon, icon_path

    assert icon_path().is_file()
    assert not app_icon().isNull()
    assert not app_icon().pixmap(32, 32).isNull()


def test_missing_system_library_is_one_message_not_a_crash(monkeypatch):
    import vetguide.qt_check
    from vetguide.cli import command as cli

    monkeypatch.setattr(
        vetguide.qt_check,
        "qt_problem",
        lambda: "needs libxcb-cursor0: sudo apt install libxcb-cursor0",
    )
    err = io.StringIO()
    monkeypatch.setattr(cli.sys, "stderr", err)
    assert cli.launch_gui() == 1
    assert err.getvalue() == "vetguide: needs libxcb-cursor0: sudo apt install libxcb-cursor0\n"


def test_the_restore_dialog_lists_the_backups_newest_first(qtbot, window, data_dir):
    from vetguide.ui.restore_dialog import RestoreDialog

    older, newer = data_dir / "a.sqlite", data_dir / "b.sqlite"
    for path, stamp in ((older, 1_700_000_000), (newer, 1_700_086_400)):
        window.library_service.store.backup_to(path)
        os.utime(path, (stamp, stamp))
    dialog = RestoreDialog([newer, older], window)
    qtbot.addWidget(dialog)
    lines = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert [line.rsplit(" – ", 1)[-1] for line in lines] == ["b.sqlite", "a.sqlite"]
    assert "KB" in lines[0]
    assert dialog.chosen() == newer
    dialog.list.setCurrentRow(1)
    assert dialog.chosen() == older
