"""User text is shown as plain text, isolated (issue 12, items 2 and 5).

An imported shortlist whose note is HTML must not be rendered (nor its ``file://`` image
loaded) in the note's tooltip; a right-to-left override in a name or a note must not
reverse the text around it in the app or the memo.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument

from tests.ui.helpers import TODAY
from vetguide.model.resources import load_catalogue
from vetguide.model.shortlist import Shortlist
from vetguide.report.html import memo_html
from vetguide.ui.shortlist_model import Column
from vetguide.ui.user_text import shown, tooltip
from vetguide.user_text import FSI, PDI, isolate

HTML_NOTE = '<img src="file:///etc/passwd"><b>x</b>'
RLO = "\u202e"
NAME = f"Plan {RLO}2026"


def shared_file(folder: Path, name: str = NAME, note: str = HTML_NOTE) -> Path:
    data = {
        "schema_version": 1,
        "kind": "vetguide-shortlist",
        "shortlist": {
            "name": name,
            "items": [{"code": "KA122-VET", "note": note, "added": TODAY.isoformat()}],
        },
    }
    path = folder / "shared.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


class Rendered:
    """A tooltip as Qt shows it: rich text when it looks like HTML, else plain."""

    def __init__(self, text: str) -> None:
        self.doc = QTextDocument()
        self.rich = GuiQt.mightBeRichText(text)
        if self.rich:
            self.doc.setHtml(text)
        else:
            self.doc.setPlainText(text)

    @property
    def text(self) -> str:
        return self.doc.toPlainText()

    def has_image(self) -> bool:
        return "<img" in self.doc.toHtml()

    def has_bold(self) -> bool:
        block = self.doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                if it.fragment().charFormat().fontWeight() > 400:
                    return True
                it += 1
            block = block.next()
        return False


def import_file(window, dialogs, path: Path) -> None:
    dialogs.script("open_file_path", path)
    window.commands.act_import.trigger()


def test_an_imported_html_note_shows_as_typed_in_its_tooltip(qtbot, window, dialogs, tmp_path):
    import_file(window, dialogs, shared_file(tmp_path, name="Shared", note=HTML_NOTE))
    index = window.items_model.index(0, Column.NOTE)

    shown_tip = Rendered(index.data(Qt.ItemDataRole.ToolTipRole))
    assert shown_tip.text == HTML_NOTE
    assert not shown_tip.has_image() and not shown_tip.has_bold()
    assert index.data(Qt.ItemDataRole.DisplayRole) == HTML_NOTE


def test_the_plain_tooltip_helper_escapes_and_keeps_lines():
    tip = Rendered(tooltip("a <i>b</i>\nsecond & line"))
    assert tip.text == "a <i>b</i>\nsecond & line"


def test_a_right_to_left_override_stays_inside_the_name_and_the_note(
    qtbot, window, dialogs, tmp_path
):
    note = f"{RLO}evil note"
    import_file(window, dialogs, shared_file(tmp_path, note=note))
    combo = window.shortlist_pane.shortlist_combo
    assert combo.currentText() == f"{FSI}{NAME}{PDI}"
    assert f"“{FSI}{NAME}{PDI}”" in window.statusBar().currentMessage()
    index = window.items_model.index(0, Column.NOTE)
    assert index.data(Qt.ItemDataRole.DisplayRole) == f"{FSI}{note}{PDI}"
    assert Rendered(index.data(Qt.ItemDataRole.ToolTipRole)).text == f"{FSI}{note}{PDI}"
    # What the user typed is stored as typed: isolation is for showing only.
    assert window.current_shortlist().name == NAME
    assert window.current_shortlist().items[0].note == note


def test_plain_text_is_shown_unchanged():
    for text in ("My shortlist", "Škola Đurđevac – ЂУРЂЕВАЦ", "", "a < b & c"):
        assert shown(text) == text


def test_isolate_wraps_right_to_left_text_and_controls():
    assert isolate("مدرسة") == f"{FSI}مدرسة{PDI}"
    assert isolate(f"x{RLO}y") == f"{FSI}x{RLO}y{PDI}"
    # A stray PDI would end our isolate early and let the override leak: dropped.
    assert isolate(f"{PDI}{RLO}y") == f"{FSI}{RLO}y{PDI}"
    # An isolate left open inside is closed before ours.
    assert isolate("\u2067x") == f"{FSI}\u2067x{PDI}{PDI}"


def test_the_memo_isolates_names_and_notes():
    catalogue = load_catalogue()
    shortlist = Shortlist(name=NAME, created=TODAY)
    shortlist.add("KA122-VET", TODAY)
    shortlist.items[0].note = f"first {RLO}line\nsecond line"
    html = memo_html(shortlist, catalogue, TODAY, None)
    assert f"<h1>{FSI}{NAME}{PDI}</h1>" in html
    assert f"{FSI}first {RLO}line{PDI}<br>second line" in html
    assert NAME not in html.replace(f"{FSI}{NAME}{PDI}", "")  # title and heading isolated
