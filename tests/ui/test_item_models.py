"""The item models on their own: Qt's model tester, and what each cell shows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from vetguide.model.resources import load_texts
from vetguide.model.shortlist import MAX_NOTE_CHARS, ItemStatus, Shortlist
from vetguide.ui.catalogue_model import CODE_ROLE, ActionFilterProxy, CatalogueTreeModel
from vetguide.ui.shortlist_model import (
    STATUS_LABELS,
    Column,
    NoteTooLong,
    ShortlistItemsModel,
    note_preview,
)

DAY = date(2026, 1, 10)


def codes_of(model, parent=None):
    parent = parent or QModelIndex()
    codes = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if index.data(CODE_ROLE):
            codes.append(index.data(CODE_ROLE))
        codes.extend(codes_of(model, index))
    return codes


def test_catalogue_tree_model_passes_the_model_tester(qtmodeltester, catalogue):
    model = CatalogueTreeModel(catalogue, load_texts())
    qtmodeltester.check(model)
    assert sorted(codes_of(model)) == sorted(a.code for a in catalogue.actions)
    family = model.index(0, 0)
    assert family.data() == load_texts().families[catalogue.actions[0].family].label
    assert family.data(CODE_ROLE) is None
    first = model.index(0, 0, family)
    action = model.action_at(first)
    assert first.data() == f"{action.code}\n{action.title}"
    assert action.summary in first.data(Qt.ItemDataRole.ToolTipRole)
    assert model.parent(first) == family
    assert model.index_of("KA122-VET").data(CODE_ROLE) == "KA122-VET"
    assert not model.index_of("NOPE").isValid()


def test_filter_proxy_passes_the_model_tester_while_filtering(qtmodeltester, catalogue):
    model = CatalogueTreeModel(catalogue, load_texts())
    proxy = ActionFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("  KA2  ")
    assert codes_of(proxy) == ["KA210-VET", "KA220-VET"]
    proxy.set_filter_text("vet short-term")  # every word must match, in any order
    assert codes_of(proxy) == ["KA122-VET"]
    proxy.set_filter_text("")
    assert len(codes_of(proxy)) == len(catalogue.actions)
    qtmodeltester.check(proxy)


@pytest.fixture
def shortlist():
    shortlist = Shortlist(name="Plans")
    for code in ("KA122-VET", "KA210-VET", "KA999-OLD"):
        shortlist.add(code, DAY)
    shortlist.items[1].note = "First line\nsecond line"
    shortlist.items[1].status = ItemStatus.SUBMITTED
    return shortlist


def test_items_model_passes_the_model_tester_through_every_edit(
    qtmodeltester, qtbot, catalogue, shortlist
):
    model = ShortlistItemsModel(catalogue)
    qtmodeltester.check(model)  # empty
    model.set_shortlist(shortlist)
    qtmodeltester.check(model)
    with qtbot.waitSignal(model.items_changed):
        assert model.move_item(2, -1)
    assert shortlist.codes() == ["KA122-VET", "KA999-OLD", "KA210-VET"]
    with qtbot.waitSignal(model.items_changed):
        assert model.move_item(0, +1)
    assert shortlist.codes() == ["KA999-OLD", "KA122-VET", "KA210-VET"]
    assert not model.move_item(0, -1) and not model.move_item(2, +1)
    with qtbot.waitSignal(model.items_changed):
        assert model.add_code("KA220-VET", DAY)
    assert not model.add_code("KA220-VET", DAY)
    with qtbot.waitSignal(model.items_changed):
        assert model.remove_item(0).code == "KA999-OLD"
    assert model.remove_item(7) is None
    with qtbot.waitSignal(model.note_changed):
        model.set_note(0, "call Tempus")
    qtmodeltester.check(model)
    assert shortlist.codes() == ["KA122-VET", "KA210-VET", "KA220-VET"]
    assert shortlist.items[0].note == "call Tempus"


def test_items_model_cells(catalogue, shortlist):
    model = ShortlistItemsModel(catalogue)
    model.set_shortlist(shortlist)
    assert model.rowCount() == 3 and model.columnCount() == len(Column)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert header == ["Action", "Status", "Added", "Note"]

    def cell(row, column, role=Qt.ItemDataRole.DisplayRole):
        return model.index(row, column).data(role)

    title = catalogue.action("KA122-VET").title
    assert cell(0, Column.ACTION) == f"KA122-VET\n{title}"
    assert cell(0, Column.ACTION, Qt.ItemDataRole.AccessibleTextRole) == f"KA122-VET – {title}"
    assert cell(2, Column.ACTION) == "KA999-OLD\nunknown action"
    assert cell(1, Column.STATUS) == "Submitted"
    assert cell(1, Column.STATUS, Qt.ItemDataRole.EditRole) == "submitted"
    assert cell(0, Column.ADDED) == "10 Jan 2026"
    assert cell(1, Column.NOTE) == "First line…"
    assert cell(1, Column.NOTE, Qt.ItemDataRole.EditRole) == "First line\nsecond line"
    editable = [bool(model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsEditable) for c in Column]
    assert editable == [False, True, False, False]


def test_status_set_data(qtbot, catalogue, shortlist):
    model = ShortlistItemsModel(catalogue)
    model.set_shortlist(shortlist)
    index = model.index(0, Column.STATUS)
    with qtbot.waitSignal(model.items_changed):
        assert model.setData(index, "funded")
    assert shortlist.items[0].status is ItemStatus.FUNDED
    assert not model.setData(index, "won the lottery")
    assert not model.setData(model.index(0, Column.NOTE), "funded")
    assert shortlist.items[0].status is ItemStatus.FUNDED
    assert set(STATUS_LABELS) == set(ItemStatus)


def test_a_too_long_note_changes_nothing(catalogue, shortlist):
    model = ShortlistItemsModel(catalogue)
    model.set_shortlist(shortlist)
    with pytest.raises(NoteTooLong, match="200,000"):
        model.set_note(0, "x" * (MAX_NOTE_CHARS + 1))
    assert shortlist.items[0].note == ""
    model.set_note(0, "x" * MAX_NOTE_CHARS)
    assert len(shortlist.items[0].note) == MAX_NOTE_CHARS


@pytest.mark.parametrize(
    ("note", "preview"),
    [
        ("", ""),
        ("one line", "one line"),
        ("  first\nsecond", "first…"),
        ("y" * 100, "y" * 80 + "…"),
    ],
)
def test_note_preview(note, preview):
    assert note_preview(note) == preview
