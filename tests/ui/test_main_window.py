"""The main window, driven through its real buttons, menu actions and keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import types
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from tests.ui.helpers import TODAY, click_index, link_position, on_disk
from vetguide import __version__
from vetguide.model.present import key_data
from vetguide.model.profile import InstitutionProfile, WizardResult
from vetguide.model.resources import DataError, load_texts
from vetguide.model.shortlist import ItemStatus, Library, Shortlist
from vetguide.model.storage import (
    DATA_DIR_ENV,
    StorageError,
    data_dir,
    library_path,
    read_shortlist_file,
    write_shortlist_file,
)
from vetguide.ui.main_window import MainWindow
from vetguide.ui.shortlist_model import Column
from vetguide.ui.startup import LoadingPlaceholder
from vetguide.ui.window_settings import settings_folder

ALL_CODES = 12  # actions in the 2026 catalogue


def select_action(qtbot, window, code):
    """Click an action in the catalogue tree."""
    pane = window.catalogue_pane
    index = pane.proxy.mapFromSource(pane.model.index_of(code))
    assert index.isValid(), f"{code} is not visible"
    click_index(qtbot, pane.tree, index)
    assert window.detail_pane.code == code


def add_actions(qtbot, window, *codes):
    for code in codes:
        select_action(qtbot, window, code)
        qtbot.mouseClick(window.detail_pane.add_button, Qt.MouseButton.LeftButton)


def click(qtbot, button):
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_item(qtbot, window, row):
    table = window.shortlist_pane.table
    click_index(qtbot, table, window.items_model.index(row, Column.ACTION))
    assert window.shortlist_pane.current_row() == row


def combo_names(window):
    combo = window.shortlist_pane.shortlist_combo
    return [combo.itemText(i) for i in range(combo.count())]


# --- start-up -------------------------------------------------------------------------------


def deferred_window(qtbot):
    """The window as the app opens it: the frame first, the data right after it is shown."""
    window = MainWindow(None, today=TODAY)
    qtbot.addWidget(window)
    return window


def test_the_window_shows_first_and_fills_after_loading(qtbot, catalogue):
    window = deferred_window(qtbot)
    with qtbot.waitSignal(window.loaded):
        window.show()
        # On screen now: the real window with its menus, toolbar and placeholders.
        assert not window.catalogue_loaded and window.catalogue is None
        assert [a.text() for a in window.menuBar().actions()] == [
            "&File", "&Shortlist", "&Guide", "&View", "&Help"
        ]  # fmt: skip
        placeholders = [window.splitter.widget(i) for i in range(3)]
        assert all(isinstance(p, LoadingPlaceholder) for p in placeholders)
        assert placeholders[0].label.text() == "Loading the catalogue…"
        assert window.commands.act_quit.isEnabled()
        assert not any(a.isEnabled() for a in window.commands.data_actions)
    assert window.catalogue_loaded and window.catalogue == catalogue
    assert [window.splitter.widget(i) for i in range(3)] == [
        window.catalogue_pane, window.centre_splitter, window.shortlist_pane
    ]  # fmt: skip
    assert [window.centre_splitter.widget(i) for i in range(2)] == [
        window.detail_pane, window.item_tabs
    ]  # fmt: skip
    assert len(window.catalogue_pane.visible_codes()) == ALL_CODES
    assert window.stamp_label.text().startswith("Call ")
    assert window.commands.act_new.isEnabled() and window.commands.act_find.isEnabled()
    # No shortlist yet: the first-start screen stands where the panes will be.
    assert window.first_start.isVisible() and not window.splitter.isVisible()
    click(qtbot, window.first_start.browse_button)
    assert window.shortlist_pane.empty_label.isVisible()
    add_actions(qtbot, window, "KA122-VET")
    assert on_disk().shortlists[0].codes() == ["KA122-VET"]


def test_the_deferred_window_comes_back_as_it_was_left(qtbot, make_window, dialogs):
    first = make_window()
    for name in ("Spring", "Autumn"):
        dialogs.script("ask_text", name)
        first.commands.act_new.trigger()
    add_actions(qtbot, first, "KA122-VET")
    first.resize(760, 560)
    first.splitter.setSizes([250, 450, 400])
    sizes = first.splitter.sizes()
    first.centre_splitter.setSizes([150, 330])  # key data above the note and plan
    note_sizes = first.centre_splitter.sizes()
    first.close()

    second = deferred_window(qtbot)
    with qtbot.waitSignal(second.loaded):
        second.show()
        assert second.splitter.sizes() == sizes  # the placeholders take the saved widths
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes() == sizes
    assert second.centre_splitter.sizes() == note_sizes
    assert second.current_shortlist().name == "Autumn"
    assert second.current_shortlist().codes() == ["KA122-VET"]


def test_a_damaged_library_is_reported_after_the_deferred_load(qtbot, dialogs):
    library_path().parent.mkdir(parents=True, exist_ok=True)
    library_path().write_text("[]", encoding="utf-8")
    window = deferred_window(qtbot)
    with qtbot.waitSignal(window.loaded):
        window.show()
    qtbot.waitUntil(lambda: len(dialogs.of("warn")) == 1)
    assert "damaged" in dialogs.of("warn")[0]["title"]


class HeldOpening:
    """Replaces library_db.open_library: runs the real one, but only once released, and
    records the thread it ran in (the test holds it to look at the window meanwhile)."""

    def __init__(self, monkeypatch):
        from vetguide.model import library_db

        self.real = library_db.open_library
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        self.stores = []
        monkeypatch.setattr(library_db, "open_library", self)

    def __call__(self, folder=None):
        self.threads.append(threading.current_thread())
        assert self.release.wait(60)
        opened = self.real(folder)
        self.stores.append(opened.store)
        return opened


def test_the_shortlists_are_opened_off_the_ui_thread_while_the_window_stays_responsive(
    qtbot, monkeypatch, dialogs
):
    from vetguide.model import library_db

    library = Library(shortlists=[Shortlist(name="Autumn")])
    library.shortlists[0].add("KA122-VET")
    opened = library_db.open_library()
    opened.store.save(library_db.Snapshot(), library)
    opened.store.close()
    held = HeldOpening(monkeypatch)
    window = deferred_window(qtbot)
    window.show()
    qtbot.waitUntil(lambda: len(held.threads) == 1)
    assert held.threads[0] is not threading.main_thread()
    # The UI thread goes on turning the event loop (qtbot.waitUntil needs it) while the
    # library is being read; the placeholders stay, their busy bars animated.
    ticks = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    qtbot.waitUntil(lambda: len(ticks) >= 3)
    assert not window.catalogue_loaded
    shortlists = window.splitter.widget(2)
    assert isinstance(shortlists, LoadingPlaceholder)
    assert shortlists.label.text() == "Loading your shortlists…"
    assert shortlists.busy_bar.isVisible()
    assert shortlists.busy_bar.maximum() == 0  # Qt's busy indicator
    with qtbot.waitSignal(window.loaded):
        held.release.set()
    assert window.current_shortlist().name == "Autumn"
    assert window.current_shortlist().codes() == ["KA122-VET"]
    # The connection opened in the worker serves the UI thread's saves.
    dialogs.script("ask_text", "Spring")
    window.commands.act_rename.trigger()
    assert [s.name for s in library_db.open_library().library.shortlists] == ["Spring"]


def test_a_window_closed_while_its_shortlists_open_closes_the_database(qtbot, monkeypatch):
    held = HeldOpening(monkeypatch)
    window = deferred_window(qtbot)
    window.show()
    qtbot.waitUntil(lambda: len(held.threads) == 1)
    window.close()
    held.release.set()
    held.threads[0].join(60)
    qtbot.waitUntil(lambda: len(held.stores) == 1)
    store = held.stores[0]
    qtbot.waitUntil(lambda: not store_is_open(store))
    assert not window.catalogue_loaded


def store_is_open(store) -> bool:
    import sqlite3

    try:
        store.conn.execute("SELECT 1")
    except sqlite3.ProgrammingError:  # "Cannot operate on a closed database."
        return False
    return True


def test_a_damaged_catalogue_leaves_a_clear_empty_window(qtbot, monkeypatch, dialogs):
    def broken(*args, **kwargs):
        raise DataError("catalogue/2026.json", "not valid JSON")

    monkeypatch.setattr("vetguide.model.resources.load_catalogue", broken)
    window = deferred_window(qtbot)
    with qtbot.waitSignal(window.load_failed) as failed:
        window.show()
    assert failed.args == ["catalogue/2026.json: not valid JSON"]
    assert not window.catalogue_loaded
    assert window.splitter.widget(0).label.text() == "The catalogue could not be loaded."
    assert not any(a.isEnabled() for a in window.commands.data_actions)
    assert window.startup.load() is False  # tried once, not again
    window.close()  # closes without the data, saving only the window layout
    assert dialogs.calls == []


def test_the_start_up_path_imports_no_pydantic_and_no_model():
    code = (
        "import sys, vetguide.ui.app, vetguide.ui.main_window; "
        "print(sorted(m for m in sys.modules "
        "if m.split('.')[0] == 'pydantic' or m.startswith('vetguide.model')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_vetguide_command_paints_the_window_before_it_imports_the_model(tmp_path):
    """Through the command users launch (the CLI parser, the single-instance check, the
    window with its menus), neither pydantic nor the model's data classes are loaded at the
    first paint."""
    env = {
        **os.environ,
        "VETGUIDE_STARTUP_PROBE": "1",
        "QT_QPA_PLATFORM": "offscreen",
        "VETGUIDE_DATA_DIR": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "vetguide"], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = dict(line.partition(" ")[::2] for line in done.stdout.splitlines())
    assert "ready" in lines  # the data did load afterwards
    loaded = set(lines["model_at_shown"].split(","))
    assert not any(name.startswith("pydantic") for name in loaded)
    # Only the model's plain modules (enums, file helpers: no pydantic, no data) may be in.
    assert loaded <= {"vetguide.model", "vetguide.model.vocab", "vetguide.model.files"}


def test_the_settings_folder_is_the_data_folder(monkeypatch):
    assert settings_folder() == data_dir()
    monkeypatch.delenv(DATA_DIR_ENV)
    assert settings_folder() == data_dir()


# --- catalogue ------------------------------------------------------------------------------


def test_tree_lists_every_action_under_its_family(window, catalogue):
    pane = window.catalogue_pane
    assert sorted(pane.visible_codes()) == sorted(a.code for a in catalogue.actions)
    texts = load_texts()
    families = [pane.proxy.index(r, 0).data() for r in range(pane.proxy.rowCount())]
    expected = [texts.families[f].label for f, actions in catalogue.by_family().items() if actions]
    assert families == expected


def test_filter_narrows_the_tree_case_insensitively(qtbot, window):
    pane = window.catalogue_pane
    assert len(pane.visible_codes()) == ALL_CODES
    qtbot.keyClicks(pane.filter_edit, "ka12")
    assert pane.visible_codes() == ["KA120-VET", "KA121-VET", "KA122-VET"]
    pane.filter_edit.clear()
    qtbot.keyClicks(pane.filter_edit, "JEAN monnet")  # title words, any case
    assert pane.visible_codes() == [
        "ERASMUS-JMO-OFET-TT",
        "ERASMUS-JMO-OFET-LEARNING-EU",
        "ERASMUS-JMO-NETWORKS-SCHOOLS",
    ]
    assert pane.proxy.rowCount() == 1  # only the family that still has actions
    pane.filter_edit.clear()
    qtbot.keyClicks(pane.filter_edit, "first-time applicants")  # words of the KA122 summary
    assert pane.visible_codes() == ["KA122-VET"]
    assert not pane.empty_label.isVisible()
    pane.filter_edit.clear()
    qtbot.keyClicks(pane.filter_edit, "no such action anywhere")
    assert pane.visible_codes() == []
    assert pane.empty_label.isVisible()
    pane.filter_edit.clear()
    assert len(pane.visible_codes()) == ALL_CODES


def test_enter_in_the_filter_selects_the_first_match(qtbot, window):
    pane = window.catalogue_pane
    qtbot.keyClicks(pane.filter_edit, "capacity building")
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Return)
    assert window.detail_pane.code == "ERASMUS-EDU-CB-VET"
    assert pane.tree.hasFocus() or not window.isActiveWindow()


def test_ka122_shows_key_data_deadline_unverified_marks_and_sources(qtbot, window, catalogue):
    select_action(qtbot, window, "KA122-VET")
    browser = window.detail_pane.browser
    text = browser.toPlainText()
    action = catalogue.action("KA122-VET")
    assert "KA122-VET" in text and action.title in text and action.summary in text
    rows = key_data(action, TODAY, load_texts())
    for row in rows:
        assert row.label in text
    assert "19 Feb 2026, 12:00" in text and "40 days left" in text
    unverified_rows = [r for r in rows if not r.verified]
    assert unverified_rows, "KA122 data has unverified facts to mark"
    assert text.count("(unverified)") >= len(unverified_rows)
    assert "(unverified) (unverified)" not in text  # marked once, not twice
    for activity in action.activities:
        assert activity.name in text
    page = browser.toHtml()
    for source_id in action.links:
        source = catalogue.sources[source_id]
        assert source.title in text
        assert f'href="{source.url}"' in page
    assert catalogue.guide_note in text
    assert "data as of" in text


def test_cove_shows_its_clusters(qtbot, window, catalogue):
    select_action(qtbot, window, "ERASMUS-EDU-PEX-COVE")
    text = window.detail_pane.browser.toPlainText()
    for cluster in catalogue.action("ERASMUS-EDU-PEX-COVE").clusters:
        assert cluster.title in text
        assert cluster.examples[0] in text


def test_source_links_are_reachable_with_the_keyboard(qtbot, window, catalogue, dialogs):
    select_action(qtbot, window, "KA122-VET")
    browser = window.detail_pane.browser
    browser.setFocus()
    first = catalogue.sources[catalogue.action("KA122-VET").links[0]]
    # Tab walks the links: the glossary terms in the key data come before the sources.
    for _ in range(10):
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        if browser.textCursor().selectedText() == first.title:
            break
    assert browser.textCursor().selectedText() == first.title
    qtbot.keyClick(browser, Qt.Key.Key_Return)
    assert [c["url"] for c in dialogs.of("open_url")] == [first.url]


def test_clicking_a_source_link_opens_the_system_browser(qtbot, window, catalogue, dialogs):
    select_action(qtbot, window, "KA122-VET")
    url = catalogue.sources[catalogue.action("KA122-VET").links[0]].url
    browser = window.detail_pane.browser
    point = link_position(browser, url)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert [c["url"] for c in dialogs.of("open_url")] == [url]
    assert "KA122-VET" in browser.toPlainText()  # the page itself did not navigate away


# --- shortlists -----------------------------------------------------------------------------


def test_create_rename_and_delete_shortlists(qtbot, window, dialogs):
    pane = window.shortlist_pane
    assert pane.empty_label.isVisible() and not window.commands.act_rename.isEnabled()

    dialogs.script("ask_text", "Erasmus 2026")
    window.commands.act_new.trigger()
    dialogs.script("ask_text", "  Partners from Italy ")
    click(qtbot, pane.new_button)
    assert combo_names(window) == ["Erasmus 2026", "Partners from Italy"]
    assert pane.shortlist_combo.currentText() == "Partners from Italy"
    assert [s.name for s in on_disk().shortlists] == ["Erasmus 2026", "Partners from Italy"]
    assert not pane.empty_label.isVisible()

    dialogs.script("ask_text", "Italy 2026")
    click(qtbot, pane.rename_button)
    assert dialogs.of("ask_text")[-1]["text"] == "Partners from Italy"  # offers the old name
    assert [s.name for s in on_disk().shortlists] == ["Erasmus 2026", "Italy 2026"]

    dialogs.script("confirm", False)
    click(qtbot, pane.delete_button)
    assert "Italy 2026" in dialogs.texts("confirm")[-1]
    assert [s.name for s in on_disk().shortlists] == ["Erasmus 2026", "Italy 2026"]

    dialogs.script("confirm", True)
    click(qtbot, pane.delete_button)
    assert [s.name for s in on_disk().shortlists] == ["Erasmus 2026"]
    assert combo_names(window) == ["Erasmus 2026"]

    dialogs.script("confirm", True)
    window.commands.act_delete.trigger()
    assert on_disk().shortlists == []
    # The first-start screen comes back; behind it, the empty shortlist pane.
    assert window.first_start.isVisible() and not window.splitter.isVisible()
    click(qtbot, window.first_start.browse_button)
    assert pane.empty_label.isVisible()
    assert not window.commands.act_delete.isEnabled() and not pane.delete_button.isEnabled()


def test_bad_names_are_refused_and_the_typed_text_kept(qtbot, window, dialogs):
    dialogs.script("ask_text", "Plans")
    window.commands.act_new.trigger()
    dialogs.script("ask_text", "   ", "plans", "Plans B")
    window.commands.act_new.trigger()
    asks = dialogs.of("ask_text")[1:]
    assert [a["text"] for a in asks] == ["My shortlist", "   ", "plans"]  # typed text kept
    warnings = dialogs.texts("warn")
    assert "needs a name" in warnings[0]
    assert "already a shortlist called" in warnings[1]
    assert combo_names(window) == ["Plans", "Plans B"]

    dialogs.script("ask_text", None)  # cancel
    window.commands.act_new.trigger()
    assert combo_names(window) == ["Plans", "Plans B"]


def test_add_action_creates_a_shortlist_and_refuses_duplicates(qtbot, window):
    assert not window.detail_pane.add_button.isEnabled()
    add_actions(qtbot, window, "KA122-VET")
    assert combo_names(window) == ["My shortlist"]
    saved = on_disk().shortlists[0]
    assert saved.codes() == ["KA122-VET"]
    assert saved.items[0].added == TODAY and saved.items[0].status is ItemStatus.IDEA
    assert "Added KA122-VET" in window.statusBar().currentMessage()

    click(qtbot, window.detail_pane.add_button)
    assert "already on the shortlist" in window.statusBar().currentMessage()
    assert on_disk().shortlists[0].codes() == ["KA122-VET"]
    assert window.items_model.index(0, Column.ACTION).data().startswith("KA122-VET\nShort-term")


def test_ctrl_d_adds_the_shown_action(qtbot, window):
    select_action(qtbot, window, "KA210-VET")
    qtbot.keyClick(window.catalogue_pane.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert on_disk().shortlists[0].codes() == ["KA210-VET"]


def test_status_is_edited_with_the_combo_box(qtbot, window):
    add_actions(qtbot, window, "KA122-VET")
    table = window.shortlist_pane.table
    index = window.items_model.index(0, Column.STATUS)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Right)  # from the action to the status cell
    assert table.currentIndex() == index
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the edit key opens the status editor
    editor = table.findChild(QComboBox)
    assert editor is not None and editor.accessibleName() == "Status"
    assert editor.currentData() == ItemStatus.IDEA.value
    qtbot.keyClick(editor, Qt.Key.Key_Down)  # idea -> preparing
    qtbot.waitUntil(lambda: on_disk().shortlists[0].items[0].status is ItemStatus.PREPARING)
    assert index.data() == "Preparing"


def test_note_editor_saves_while_typing(qtbot, window):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    select_item(qtbot, window, 0)
    note = window.shortlist_pane.note_edit
    assert note.isEnabled()
    qtbot.keyClicks(note, "Ask Tempus about")
    qtbot.keyClick(note, Qt.Key.Key_Return)
    qtbot.keyClicks(note, "the info day")
    expected = "Ask Tempus about\nthe info day"
    qtbot.waitUntil(lambda: on_disk().shortlists[0].items[0].note == expected)
    assert window.items_model.index(0, Column.NOTE).data() == "Ask Tempus about…"

    select_item(qtbot, window, 1)
    assert note.toPlainText() == ""
    select_item(qtbot, window, 0)
    assert note.toPlainText() == expected


def test_note_typed_just_before_closing_is_saved(qtbot, make_window):
    window = make_window()
    add_actions(qtbot, window, "KA122-VET")
    qtbot.keyClicks(window.shortlist_pane.note_edit, "last words")
    window.close()
    assert on_disk().shortlists[0].items[0].note == "last words"


def test_a_note_over_the_limit_is_not_saved_and_not_lost(qtbot, window):
    add_actions(qtbot, window, "KA122-VET")
    note = window.shortlist_pane.note_edit
    qtbot.keyClicks(note, "short")
    qtbot.waitUntil(lambda: on_disk().shortlists[0].items[0].note == "short")
    long_text = "x" * 200_001
    note.setPlainText(long_text)
    problem = window.shortlist_pane.note_problem
    assert problem.isVisible() and "200,000" in problem.text()
    assert note.toPlainText() == long_text  # what was typed stays in the editor
    window.saving.save()
    assert on_disk().shortlists[0].items[0].note == "short"


def test_reorder_and_remove_items(qtbot, window, dialogs):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET", "KA220-VET")
    pane = window.shortlist_pane

    def codes():
        return on_disk().shortlists[0].codes()

    select_item(qtbot, window, 2)
    assert not pane.down_button.isEnabled()
    click(qtbot, pane.up_button)
    assert codes() == ["KA122-VET", "KA220-VET", "KA210-VET"]
    assert pane.current_row() == 1  # the moved item stays selected

    pane.table.setFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert codes() == ["KA220-VET", "KA122-VET", "KA210-VET"]
    assert not pane.up_button.isEnabled()
    qtbot.keyClick(pane.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert codes() == ["KA122-VET", "KA210-VET", "KA220-VET"]

    click(qtbot, pane.remove_button)
    assert codes() == ["KA122-VET", "KA210-VET"]
    assert pane.current_row() == 1
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert codes() == ["KA122-VET"]
    assert dialogs.of("confirm") == []  # no note, nothing to lose

    qtbot.keyClicks(pane.note_edit, "keep me")
    dialogs.script("confirm", False, True)
    click(qtbot, pane.remove_button)
    assert codes() == ["KA122-VET"]  # the note was saved on the way
    assert on_disk().shortlists[0].items[0].note == "keep me"
    click(qtbot, pane.remove_button)
    assert codes() == []
    assert not pane.note_edit.isEnabled() and not pane.remove_button.isEnabled()


def test_ctrl_up_in_the_note_editor_does_not_move_items(qtbot, window):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    select_item(qtbot, window, 1)
    note = window.shortlist_pane.note_edit
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert on_disk().shortlists[0].codes() == ["KA122-VET", "KA210-VET"]


def test_each_shortlist_shows_its_own_items(qtbot, window, dialogs):
    add_actions(qtbot, window, "KA122-VET")
    dialogs.script("ask_text", "Second")
    window.commands.act_new.trigger()
    assert window.items_model.rowCount() == 0
    add_actions(qtbot, window, "KA220-VET")
    window.shortlist_pane.shortlist_combo.setCurrentIndex(0)
    assert window.current_shortlist().codes() == ["KA122-VET"]
    assert [s.codes() for s in on_disk().shortlists] == [["KA122-VET"], ["KA220-VET"]]


# --- persistence --------------------------------------------------------------------------


def test_everything_comes_back_after_a_restart(qtbot, make_window, dialogs):
    first = make_window()
    for name in ("Spring", "Autumn"):
        dialogs.script("ask_text", name)
        first.commands.act_new.trigger()
    add_actions(qtbot, first, "KA122-VET", "KA210-VET")
    first.shortlist_pane.shortlist_combo.setCurrentIndex(0)
    first.resize(760, 560)  # the offscreen screen is 800 × 800
    first.move(20, 30)
    position = first.pos()
    first.splitter.setSizes([250, 450, 400])
    sizes = first.splitter.sizes()
    first.centre_splitter.setSizes([150, 330])  # key data above the note and plan
    note_sizes = first.centre_splitter.sizes()
    first.close()

    second = make_window()
    assert combo_names(second) == ["Spring", "Autumn"]
    assert second.current_shortlist().name == "Spring"
    assert [s.codes() for s in second.library.shortlists] == [[], ["KA122-VET", "KA210-VET"]]
    assert (second.width(), second.height()) == (760, 560)
    assert second.pos() == position
    assert second.splitter.sizes() == sizes
    assert second.centre_splitter.sizes() == note_sizes
    assert (data_dir() / "settings.ini").exists()


def test_a_damaged_library_is_moved_aside_and_the_user_told(qtbot, make_window, dialogs):
    library_path().parent.mkdir(parents=True, exist_ok=True)
    library_path().write_text("{ this is not json", encoding="utf-8")
    window = make_window()
    qtbot.waitUntil(lambda: len(dialogs.of("warn")) == 1)
    copies = list(data_dir().glob("library.damaged-*.json"))
    assert len(copies) == 1
    assert copies[0].read_text(encoding="utf-8") == "{ this is not json"
    assert str(copies[0]) in dialogs.texts("warn")[0]
    add_actions(qtbot, window, "KA122-VET")  # keeps working, saves a fresh library
    assert on_disk().shortlists[0].codes() == ["KA122-VET"]


def test_save_failures_are_reported_once_and_the_data_kept(qtbot, window, dialogs, monkeypatch):
    from vetguide.model.library_db import LibraryStore

    def fail(self, before, library):
        raise StorageError("could not save to library.sqlite: the disk is full")

    save = LibraryStore.save
    monkeypatch.setattr(LibraryStore, "save", fail)
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    assert len(dialogs.of("warn")) == 1
    assert "the disk is full" in dialogs.texts("warn")[0]
    assert "Not saved" in window.statusBar().currentMessage()  # even after "Added"
    assert window.current_shortlist().codes() == ["KA122-VET", "KA210-VET"]
    monkeypatch.setattr(LibraryStore, "save", save)
    select_action(qtbot, window, "KA220-VET")
    click(qtbot, window.detail_pane.add_button)
    assert on_disk().shortlists[0].codes() == ["KA122-VET", "KA210-VET", "KA220-VET"]


# --- import and export --------------------------------------------------------------------


def test_importing_an_invalid_file_says_why_and_changes_nothing(qtbot, window, dialogs, tmp_path):
    add_actions(qtbot, window, "KA122-VET")
    before = on_disk()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"kind": "vetguide-shortlist", "shortlist": {"name": ""}}))
    dialogs.script("open_file_path", bad)
    window.commands.act_import.trigger()
    message = dialogs.texts("warn")[-1]
    assert "is not a vetguide shortlist file" in message and "shortlist.name" in message
    assert "Nothing was changed" in message
    assert on_disk() == before
    assert combo_names(window) == ["My shortlist"]

    dialogs.script("open_file_path", tmp_path / "missing.json")
    window.commands.act_import.trigger()
    assert "no such file" in dialogs.texts("warn")[-1]
    assert on_disk() == before


def test_export_then_import_round_trip(qtbot, window, dialogs, tmp_path):
    add_actions(qtbot, window, "KA122-VET", "KA220-VET")
    select_item(qtbot, window, 1)
    qtbot.keyClicks(window.shortlist_pane.note_edit, "Lead: Ms ")
    window.shortlist_pane.note_edit.insertPlainText("Petrović")  # QTest types Latin-1 only
    window.saving.save()
    original = window.current_shortlist()

    target = tmp_path / "shared" / "plans.json"
    target.parent.mkdir()
    dialogs.script("save_file_path", target)
    window.commands.act_export.trigger()
    assert dialogs.of("save_file_path")[0]["suggested"].name == "My-shortlist.vetguide"
    exported = read_shortlist_file(target).shortlist
    assert exported == original

    dialogs.script("open_file_path", target)
    window.commands.act_import.trigger()
    assert combo_names(window) == ["My shortlist", "My shortlist (2)"]
    imported = window.current_shortlist()
    assert imported.name == "My shortlist (2)" and imported.id != original.id
    assert imported.items == original.items
    saved = on_disk().shortlists
    assert [s.name for s in saved] == ["My shortlist", "My shortlist (2)"]
    assert saved[1].items[1].note == "Lead: Ms Petrović"
    assert len({s.id for s in saved}) == 2


def test_imported_unknown_actions_are_shown_as_unknown(qtbot, window, dialogs, tmp_path):
    shared = Shortlist(name="From a colleague")
    shared.add("KA999-VET", date(2025, 5, 1))
    path = tmp_path / "colleague.json"
    write_shortlist_file(path, shared)
    dialogs.script("open_file_path", path)
    window.commands.act_import.trigger()
    assert window.items_model.index(0, Column.ACTION).data() == "KA999-VET\nunknown action"
    assert "Not in this catalogue: KA999-VET" in window.statusBar().currentMessage()


# --- help, keyboard and accessibility -------------------------------------------------------


def test_about_names_version_data_stamp_guide_note_and_data_folder(window, catalogue, dialogs):
    window.commands.act_about.trigger()
    (about,) = dialogs.of("inform")
    text = about["text"]
    assert __version__ in text
    assert f"call {catalogue.call_year}" in text
    assert f"{catalogue.data_as_of:%d %b %Y}" in text
    assert catalogue.guide_note in text
    assert str(data_dir()) in text


def test_menu_shortcuts(window):
    shortcuts = {
        window.commands.act_new: "Ctrl+N",
        window.commands.act_import: "Ctrl+O",
        window.commands.act_export: "Ctrl+S",
        window.commands.act_export_pdf: "Ctrl+P",
        window.commands.act_quit: "Ctrl+Q",
        window.commands.act_find: "Ctrl+Shift+F",
        window.commands.act_search: "Ctrl+F",
    }
    for action, keys in shortcuts.items():
        assert action.shortcut().toString() == keys, action.text()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Shortlist", "&Guide", "&View", "&Help"]
    assert [k.toString() for k in window.commands.act_glossary.shortcuts()] == ["F1", "Ctrl+G"]


def test_ctrl_f_moves_to_the_search_box(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    combo = window.shortlist_pane.shortlist_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.catalogue_pane.filter_edit.hasFocus())


def test_every_interactive_widget_has_an_accessible_name(qtbot, window):
    add_actions(qtbot, window, "KA122-VET")  # show the shortlist part too
    kinds = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QPlainTextEdit)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in window.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisibleTo(window) and not w.accessibleName().strip()
    ]
    assert unnamed == []


def test_labels_have_buddies_and_mnemonics(window):
    for label, buddy in (
        (window.catalogue_pane.filter_label, window.catalogue_pane.filter_edit),
        (window.shortlist_pane.shortlist_label, window.shortlist_pane.shortlist_combo),
        (window.shortlist_pane.note_label, window.shortlist_pane.note_edit),
    ):
        assert label.buddy() is buddy and "&" in label.text()
    pane = window.shortlist_pane
    buttons = [window.detail_pane.add_button, pane.new_button, pane.rename_button,
               pane.delete_button, pane.up_button, pane.down_button, pane.remove_button]  # fmt: skip
    mnemonics = [b.text()[b.text().index("&") + 1].lower() for b in buttons]
    assert len(set(mnemonics)) == len(mnemonics)


def test_tab_order_follows_the_panes(qtbot, window):
    add_actions(qtbot, window, "KA122-VET")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane, detail, shortlist = window.catalogue_pane, window.detail_pane, window.shortlist_pane
    pane.filter_edit.setFocus()
    qtbot.keyClick(pane.filter_edit, Qt.Key.Key_Tab)
    assert pane.tree.hasFocus()
    qtbot.keyClick(pane.tree, Qt.Key.Key_Tab)
    assert detail.browser.hasFocus()
    # Inside the detail page, Tab walks the source links (Enter opens one), as in a browser.
    # Then the centre column (the item's note under its key data), then the shortlist column.
    expected = [window.item_tabs.tabBar(), shortlist.note_edit, shortlist.shortlist_combo,
                shortlist.new_button, shortlist.rename_button, shortlist.delete_button,
                shortlist.table, shortlist.up_button, shortlist.down_button,
                shortlist.remove_button]  # fmt: skip
    detail.add_button.setFocus()
    reached = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    focusable = [w for w in expected if w.isEnabled()]
    assert [w.objectName() for w in reached[: len(focusable)]] == [
        w.objectName() for w in focusable
    ]


# --- the wizard ---------------------------------------------------------------------------


class FakeWizard(QWizard):
    """Stands in for vetguide.ui.wizard.FindActionsWizard with the agreed API."""

    last: FakeWizard | None = None
    answers: dict = {}
    glossary_requested = Signal(str)

    def __init__(self, catalogue, today, initial, shortlists, current_id, parent=None):
        super().__init__(parent)
        self.addPage(QWizardPage())
        self.args = {"today": today, "initial": initial, "shortlists": shortlists,
                     "current_id": current_id}  # fmt: skip
        FakeWizard.last = self

    def wizard_result(self):
        answers = self.answers
        return WizardResult(
            answers["profile"], tuple(answers["codes"]), answers["target"], answers["name"]
        )


@pytest.fixture
def fake_wizard(monkeypatch):
    module = types.ModuleType("vetguide.ui.wizard")
    module.FindActionsWizard = FakeWizard
    monkeypatch.setitem(sys.modules, "vetguide.ui.wizard", module)
    return FakeWizard


def test_wizard_results_go_to_a_new_shortlist_then_to_an_existing_one(qtbot, window, fake_wizard):
    profile = InstitutionProfile(organisation_type="vet_provider", country="RS", name="ETŠ Niš")
    fake_wizard.answers = {"profile": profile, "codes": ["KA122-VET", "KA210-VET"],
                           "target": None, "name": "From the guide"}  # fmt: skip
    window.commands.act_find.trigger()
    wizard = window.active_wizard
    assert isinstance(wizard, FakeWizard) and wizard.isVisible()
    assert wizard.windowModality() == Qt.WindowModality.WindowModal
    assert wizard.args == {"today": TODAY, "initial": None, "shortlists": [], "current_id": None}
    wizard.accept()
    qtbot.waitUntil(lambda: window.active_wizard is None)

    saved = on_disk()
    assert [s.name for s in saved.shortlists] == ["From the guide"]
    assert saved.shortlists[0].codes() == ["KA122-VET", "KA210-VET"]
    assert saved.shortlists[0].profile == profile and saved.last_profile == profile
    assert window.current_shortlist().name == "From the guide"
    assert "Added 2 actions to the shortlist" in window.statusBar().currentMessage()

    target = window.current_shortlist().id
    fake_wizard.answers = {"profile": profile, "codes": ["KA210-VET", "KA220-VET"],
                           "target": target, "name": ""}  # fmt: skip
    window.commands.act_find.trigger()
    assert window.active_wizard.args["initial"] == profile
    assert window.active_wizard.args["shortlists"] == [(target, "From the guide")]
    assert window.active_wizard.args["current_id"] == target
    window.active_wizard.accept()
    qtbot.waitUntil(lambda: window.active_wizard is None)
    assert on_disk().shortlists[0].codes() == ["KA122-VET", "KA210-VET", "KA220-VET"]
    assert "1 was already on it" in window.statusBar().currentMessage()


def test_a_cancelled_wizard_changes_nothing(qtbot, window, fake_wizard):
    window.commands.act_find.trigger()
    window.active_wizard.reject()
    qtbot.waitUntil(lambda: window.active_wizard is None)
    assert on_disk() == Library()


# --- first start ------------------------------------------------------------------------------


def test_first_start_offers_the_two_ways_in_by_keyboard(qtbot, make_window, fake_wizard):
    window = make_window(first_start=True)
    panel = window.first_start
    assert panel.isVisible() and not window.splitter.isVisible()
    assert panel.find_button.text() == "Find the Erasmus+ actions for my organisation"
    assert panel.import_button.text() == "Open a shortlist a colleague sent…"
    assert panel.find_button.isDefault()
    # The primary action has the focus; Tab reaches the second one, then the third.
    qtbot.waitUntil(panel.find_button.hasFocus)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert panel.import_button.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert panel.browse_button.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert panel.find_button.hasFocus()

    profile = InstitutionProfile(organisation_type="vet_provider", country="RS")
    fake_wizard.answers = {"profile": profile, "codes": ["KA122-VET"], "target": None,
                           "name": "Erasmus+ 2026"}  # fmt: skip
    qtbot.keyClick(panel.find_button, Qt.Key.Key_Space)
    wizard = window.active_wizard
    assert isinstance(wizard, FakeWizard)
    wizard.accept()
    qtbot.waitUntil(lambda: window.active_wizard is None)
    # A shortlist exists: the normal window.
    assert not panel.isVisible() and window.splitter.isVisible()
    assert combo_names(window) == ["Erasmus+ 2026"]


def test_first_start_opens_a_shortlist_a_colleague_sent(qtbot, make_window, dialogs, tmp_path):
    shared = Shortlist(name="From a colleague")
    shared.add("KA122-VET", date(2025, 5, 1))
    path = tmp_path / "colleague.json"
    write_shortlist_file(path, shared)
    window = make_window(first_start=True)
    dialogs.script("open_file_path", path)
    qtbot.keyClick(window.first_start.import_button, Qt.Key.Key_Space)
    assert combo_names(window) == ["From a colleague"]
    assert not window.first_start.isVisible() and window.splitter.isVisible()
    assert "with 1 action." in window.statusBar().currentMessage()
