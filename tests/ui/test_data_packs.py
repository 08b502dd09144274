"""Data packs in the window: File → Install data pack…, a pack dropped on the window,
View → Call year, and the status bar and About saying which pack is in use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from tests.model.pack_factory import add_year, build, source_copy, write_pack
from vetguide.model import packs
from vetguide.ui.main_window import MainWindow

DECEMBER = date(2026, 12, 4)  # the 2026 deadlines are past, the 2027 ones ahead


@pytest.fixture(scope="module")
def pack_2027(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("pack")
    source = source_copy(base / "resources")
    add_year(source, 2027)
    return write_pack(base / "downloads", build(source, 2027))


@pytest.fixture
def installed(tmp_path, monkeypatch):
    folder = tmp_path / "installed"
    monkeypatch.setenv(packs.PACKS_ENV, str(folder))
    yield folder
    packs.refresh()


@pytest.fixture
def december_window(qtbot, installed):
    window = MainWindow(None, today=DECEMBER)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.catalogue_loaded)
    return window


def mime_for(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(window: MainWindow, mime: QMimeData) -> bool:
    """Drag ``mime`` over the window and drop it; whether the window accepted the drag."""
    position = QPoint(window.width() // 2, window.height() // 2)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position, Qt.DropAction.CopyAction, mime, buttons, keys)
    window.dragEnterEvent(enter)
    if not enter.isAccepted():
        return False
    window.dropEvent(QDropEvent(QPointF(position), Qt.DropAction.CopyAction, mime, buttons, keys))
    return True


def shows_call(window: MainWindow, year: int) -> bool:
    return (
        window.catalogue is not None
        and window.catalogue.call_year == year
        and window.stamp_label.text().startswith(f"Call {year} ")
    )


def test_without_packs_the_bundled_call_is_shown_with_the_banner(december_window):
    window = december_window
    assert shows_call(window, 2026)
    assert window.stamp_label.text().endswith("· bundled data")
    assert not window.deadline_banner.isHidden()


def test_install_from_the_file_menu_shows_the_new_call(qtbot, december_window, dialogs, pack_2027):
    window = december_window
    assert window.packs.act_install in window.commands.file_menu.actions()
    dialogs.script("open_file_path", pack_2027)
    assert window.packs.busy_bar.isHidden()
    with qtbot.waitSignal(window.packs.installed, timeout=20_000):
        window.packs.act_install.trigger()
        # Installing runs in a worker; meanwhile the status bar shows a busy bar.
        assert window.packs.busy and not window.packs.busy_bar.isHidden()
        assert window.packs.busy_bar.maximum() == 0
    assert window.packs.busy_bar.isHidden()
    assert shows_call(window, 2027)
    assert window.stamp_label.text().endswith("· installed data pack")
    assert window.deadline_banner.isHidden()  # the 2027 deadlines are ahead
    assert window.base_catalogue is not None and window.base_catalogue.call_year == 2027
    assert window.data is not None and window.data.pack.path.parent == packs.installed_dir()
    assert str(window.data.pack.path) in window.help_flows.about_text()
    assert window.statusBar().currentMessage() == (
        "Installed the data pack for the 2027 call (data as of 28 Nov 2027)."
    )


def test_a_dropped_pack_is_installed(qtbot, december_window, pack_2027):
    window = december_window
    # (Other kinds of file dropped are routed or refused: tests/ui/test_shortlist_files.py.)
    with qtbot.waitSignal(window.packs.installed, timeout=20_000):
        assert drop(window, mime_for(pack_2027))
    assert shows_call(window, 2027)


def test_a_bad_dropped_pack_is_refused_and_nothing_changes(
    qtbot, december_window, dialogs, tmp_path
):
    window = december_window
    bad = tmp_path / "bad.vgpack"
    bad.write_text('{"kind": "vetguide-data-pack", "schema_version": 7}', encoding="utf-8")
    with qtbot.waitSignal(window.packs.install_failed, timeout=20_000):
        assert drop(window, mime_for(bad))
    (warning,) = dialogs.of("warn")
    assert "not installed, and nothing changed" in warning["text"]
    assert "made for a newer vetguide" in warning["text"]
    assert shows_call(window, 2026)
    assert window.packs.act_install.isEnabled()


def test_view_call_year_overrides_the_choice(qtbot, december_window, pack_2027):
    window = december_window
    with qtbot.waitSignal(window.packs.installed, timeout=20_000):
        window.packs.install(pack_2027)
    menu = window.packs.call_year_menu
    assert menu in [a.menu() for a in window.commands.view_menu.actions() if a.menu()]
    menu.aboutToShow.emit()  # filled as it opens
    names = [a.objectName() for a in menu.actions()]
    assert names == ["act_call_year_auto", "act_call_year_2027", "act_call_year_2026"]
    menu.actions()[2].trigger()
    assert shows_call(window, 2026) and not window.deadline_banner.isHidden()
    assert window.packs.call_year_menu.actions()[2].isChecked()
    window.packs.call_year_menu.actions()[0].trigger()
    assert shows_call(window, 2027)


def test_a_refusal_is_told_in_the_interface_language(qtbot, december_window, dialogs, tmp_path):
    from vetguide.ui import i18n

    i18n.set_language("sr-Cyrl")
    bad = tmp_path / "bad.vgpack"
    bad.write_text("[]", encoding="utf-8")
    with qtbot.waitSignal(december_window.packs.install_failed, timeout=20_000):
        december_window.packs.install(bad)
    (warning,) = dialogs.of("warn")
    assert "ово није пакет података за vetguide" in warning["text"]
    assert "ништа није промењено" in warning["text"]


def test_the_call_year_menu_is_translated(december_window):
    from vetguide.ui import i18n

    i18n.set_language("sr-Latn")
    december_window.retranslate()
    assert december_window.packs.call_year_menu.title() == "&Godina konkursa"
    assert december_window.packs.act_install.text() == "Instaliraj paket po&dataka…"
