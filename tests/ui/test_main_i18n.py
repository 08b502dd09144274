"""The main window in three languages: View → Language, the data in the chosen language,
the remembered choice, the pseudo language and the glossary."""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.helpers import link_position, on_disk
from tests.ui.test_main_window import add_actions, select_action, select_item
from vetguide.model.formatting import format_date
from vetguide.model.glossary import load_glossary
from vetguide.model.resources import load_catalogue
from vetguide.model.storage import data_dir
from vetguide.ui import app as app_module
from vetguide.ui import i18n
from vetguide.ui.main_window import MainWindow
from vetguide.ui.shortlist_model import Column
from vetguide.ui.window_settings import LANGUAGE_KEY, SETTINGS_FILE, saved_language


def choose_language(window, language):
    """View → Language → ``language``, as a user picks it."""
    (action,) = [a for a in window.commands.language_menu.actions() if a.data() == language]
    assert (
        action in window.commands.language_menu.actions()
        and window.commands.language_menu.menuAction() in (window.commands.view_menu.actions())
    )
    action.trigger()
    QApplication.processEvents()  # the LanguageChange events Qt posted


def tree_text(window, code):
    pane = window.catalogue_pane
    return pane.proxy.mapFromSource(pane.model.index_of(code)).data()


def saved_setting():
    return QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat).value(
        LANGUAGE_KEY
    )


def test_switching_to_cyrillic_retranslates_reloads_and_keeps_the_users_work(qtbot, window):
    add_actions(qtbot, window, "KA122-VET", "KA210-VET")
    select_item(qtbot, window, 1)
    qtbot.keyClicks(window.shortlist_pane.note_edit, "Partner in Valencia")  # not saved yet
    qtbot.keyClicks(window.catalogue_pane.filter_edit, "ka12")
    select_action(qtbot, window, "KA122-VET")
    assert (
        window.commands.file_menu.title() == "&File"
        and window.commands.language_actions["en"].isChecked()
    )

    choose_language(window, "sr-Cyrl")

    cyrillic = load_catalogue(2026, "sr-Cyrl")
    ka122 = cyrillic.action("KA122-VET")
    assert i18n.current_language() == "sr-Cyrl"
    assert window.commands.language_actions["sr-Cyrl"].isChecked()
    assert window.commands.file_menu.title() == "&Датотека"
    assert window.commands.act_find.text() == "&Пронађи акције за нас…"
    assert (
        window.commands.toolbar.widgetForAction(window.commands.act_find).text()
        == "Пронађи акције за нас"
    )
    assert window.stamp_label.text().startswith("Конкурс за 2026. годину")
    assert format_date(cyrillic.data_as_of, "sr-Cyrl") in window.stamp_label.text()
    assert window.windowTitle() == "Еразмус+ за стручно образовање и обуку"
    # The catalogue in Cyrillic; the filter, the selection and the shortlists kept.
    assert tree_text(window, "KA122-VET") == f"KA122-VET\n{ka122.title}"
    assert window.catalogue_pane.filter_edit.text() == "ka12"
    assert window.catalogue_pane.visible_codes() == ["KA120-VET", "KA121-VET", "KA122-VET"]
    assert window.catalogue_pane.current_code() == "KA122-VET"
    page = window.detail_pane.browser.toPlainText()
    assert ka122.title in page and ka122.official_title in page
    assert "Short-term projects for mobility of learners and staff in VET" in page
    assert "Основни подаци" in page and "19. 2. 2026. 12:00 по бриселском времену" in page
    # The shortlist: same items, titles and statuses in Cyrillic, the note typed kept.
    assert window.items_model.index(0, Column.ACTION).data() == f"KA122-VET\n{ka122.title}"
    assert window.items_model.index(0, Column.STATUS).data() == "Идеја"
    assert window.items_model.index(0, Column.ADDED).data() == "10. 1. 2026."
    assert window.items_model.headerData(Column.NOTE, Qt.Orientation.Horizontal) == "Белешка"
    assert window.shortlist_pane.current_row() == 1
    assert window.shortlist_pane.note_edit.toPlainText() == "Partner in Valencia"
    assert window.shortlist_pane.note_label.text() == "&Белешка за KA210-VET:"
    saved = on_disk().shortlists[0]
    assert saved.codes() == ["KA122-VET", "KA210-VET"]
    assert saved.items[1].note == "Partner in Valencia"
    assert window.item_tabs.tabText(1) == "План припреме"
    assert saved_setting() == "sr-Cyrl"

    choose_language(window, "en")
    assert window.commands.file_menu.title() == "&File"
    assert window.catalogue_pane.current_code() == "KA122-VET"
    assert window.catalogue is window.base_catalogue
    assert "Short-term projects" in tree_text(window, "KA122-VET")
    assert saved_setting() == "en"


def test_any_change_of_language_retranslates_the_window(qtbot, window):
    """Qt's LanguageChange alone (no menu) retranslates the window and reloads the data."""
    i18n.set_language("sr-Latn")
    qtbot.waitUntil(lambda: window.commands.file_menu.title() == "&Datoteka")
    assert window.data_language == "sr-Latn"
    title = load_catalogue(2026, "sr-Latn").action("KA210-VET").title
    assert tree_text(window, "KA210-VET") == f"KA210-VET\n{title}"


def test_the_choice_is_remembered_for_the_next_start(qtbot, make_window):
    first = make_window()
    choose_language(first, "sr-Latn")
    first.close()
    i18n.set_language("en")
    assert saved_language() == "sr-Latn"
    i18n.set_language(saved_language())  # as run_app does before building the window
    second = make_window()
    assert second.commands.language_actions["sr-Latn"].isChecked()
    assert second.shortlist_pane.new_button.text() == "&Nova…"
    assert second.commands.act_new.text() == "&Nova lista…"


def run_app_and_read_title(qtbot, monkeypatch):
    titles = []

    def fake_exec(app):
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        titles.append(window.windowTitle())  # before the data is loaded
        qtbot.waitUntil(lambda: window.catalogue_loaded)
        titles.append(window.catalogue_pane.filter_label.text())
        window.close()
        return 0

    monkeypatch.setattr(app_module, "_exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs its own
    assert app_module.run_app(["vetguide"]) == 0
    return titles


def test_run_app_starts_in_the_saved_language_else_the_systems(qtbot, monkeypatch, dialogs):
    monkeypatch.setattr(i18n, "system_language", lambda: "sr-Latn")
    assert run_app_and_read_title(qtbot, monkeypatch) == [
        "Erazmus+ za stručno obrazovanje i obuku",
        "Pre&traži akcije:",
    ]
    settings = QSettings(str(data_dir() / SETTINGS_FILE), QSettings.Format.IniFormat)
    settings.setValue(LANGUAGE_KEY, "sr-Cyrl")
    settings.sync()
    assert run_app_and_read_title(qtbot, monkeypatch)[0] == (
        "Еразмус+ за стручно образовање и обуку"
    )
    assert dialogs.calls == []


def test_pseudo_language_makes_labels_longer_and_keeps_english_data(qtbot, window, catalogue):
    label = window.catalogue_pane.filter_label
    english, english_width = label.text(), label.sizeHint().width()
    window.shown_data.change_language("pseudo")
    QApplication.processEvents()
    assert len(label.text()) >= len(english) * 1.3 and label.sizeHint().width() > english_width
    assert label.text().startswith("[Search ac&tions:")
    assert window.data_language == "en"
    title = catalogue.action("KA122-VET").title
    assert tree_text(window, "KA122-VET") == f"KA122-VET\n{title}"
    assert not any(
        a.isChecked() for a in window.commands.language_actions.values()
    )  # hidden language


def test_every_interactive_widget_is_named_and_mnemonics_differ_in_serbian(qtbot, window):
    add_actions(qtbot, window, "KA122-VET")
    choose_language(window, "sr-Latn")
    window.help_flows.show_glossary()
    kinds = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox, QPlainTextEdit)
    widgets = window.findChildren(QWidget)
    unnamed = [
        f"{type(w).__name__} {w.objectName()!r}"
        for w in widgets
        if isinstance(w, kinds) and w.isVisible() and not w.accessibleName().strip()
    ]
    assert unnamed == []
    english = {"Search actions", "Action details", "Add to shortlist", "Shortlist", "Note"}
    assert not english & {w.accessibleName() for w in widgets}
    pane = window.shortlist_pane
    labelled = [window.catalogue_pane.filter_label, pane.shortlist_label, pane.note_label,
                window.detail_pane.add_button, pane.new_button, pane.rename_button,
                pane.delete_button, pane.up_button, pane.down_button, pane.remove_button]  # fmt: skip
    texts = [w.text() for w in labelled] + [a.text() for a in window.menuBar().actions()]
    keys = [text[text.index("&") + 1].lower() for text in texts]
    assert len(set(keys)) == len(keys), texts


def test_the_glossary_opens_from_help_and_filters(qtbot, window, dialogs):
    assert window.commands.act_glossary in window.commands.help_menu.actions()
    assert window.commands.act_glossary.isEnabled()
    window.commands.act_glossary.trigger()
    dialog = window.help_flows.glossary_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    glossary = load_glossary("en")
    assert dialog.visible_ids() == [e.id for e in glossary.entries]
    assert {"oid", "pic", "lump_sum", "eqf", "associated_third_country", "consortium",
            "accreditation", "eche", "eacea", "national_agency"} <= set(dialog.visible_ids())  # fmt: skip
    qtbot.keyClicks(dialog.filter_edit, "participant code")
    assert dialog.visible_ids() == ["pic"] and dialog.current_id() == "pic"
    assert glossary.get("pic").explanation in dialog.browser.toPlainText()
    qtbot.mouseClick(
        dialog.browser.viewport(),
        Qt.MouseButton.LeftButton,
        pos=link_position(dialog.browser, glossary.get("pic").source),
    )
    assert [c["url"] for c in dialogs.of("open_url")] == [glossary.get("pic").source]
    qtbot.keyClicks(dialog.filter_edit, " nothing like this")
    assert dialog.visible_ids() == [] and dialog.empty_label.isVisible()
    window.commands.act_glossary.trigger()
    assert window.help_flows.glossary_dialog is dialog  # one dialog, kept between uses
    assert dialog.show_term("eqf") and dialog.current_id() == "eqf"
    assert dialog.filter_edit.text() == ""  # cleared to show the term


def test_a_glossary_link_in_the_key_data_opens_the_term(qtbot, window):
    select_action(qtbot, window, "KA122-VET")
    browser = window.detail_pane.browser
    point = link_position(browser, "glossary:national_agency")
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    dialog = window.help_flows.glossary_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.current_id() == "national_agency"
    assert "National agency" in dialog.browser.toPlainText()
    assert "KA122-VET" in browser.toPlainText()  # the page stayed


def test_glossary_terms_and_links_follow_the_language(qtbot, window):
    window.help_flows.show_glossary().show_term("lump_sum")
    choose_language(window, "sr-Latn")
    dialog = window.help_flows.glossary_dialog
    assert dialog.windowTitle() == "Pojmovnik" and dialog.current_id() == "lump_sum"
    assert dialog.browser.toPlainText().startswith("Paušalni iznos")
    select_action(qtbot, window, "KA220-VET")
    html = window.detail_pane.browser.toHtml()
    assert 'href="glossary:lump_sum"' in html and 'href="glossary:national_agency"' in html
    dialog.show_term("eqf")
    point = link_position(window.detail_pane.browser, "glossary:lump_sum")
    qtbot.mouseClick(window.detail_pane.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert dialog.current_id() == "lump_sum"


def test_search_finds_actions_across_scripts_and_by_the_english_title(qtbot, window):
    choose_language(window, "sr-Cyrl")
    pane = window.catalogue_pane
    pane.filter_edit.setText("kratkoročni")  # Latin letters in the Cyrillic catalogue
    assert pane.visible_codes() == ["KA122-VET"]
    pane.filter_edit.setText("small-scale")  # words of the English official title
    assert pane.visible_codes() == ["KA210-VET"]


def test_export_pdf_is_in_the_language_shown(qtbot, window, dialogs, tmp_path):
    from pypdf import PdfReader

    add_actions(qtbot, window, "KA122-VET")
    choose_language(window, "sr-Latn")
    target = tmp_path / "memo.pdf"
    dialogs.script("save_file_path", target)
    dialogs.script("inform_with_open", False)
    window.commands.act_export_pdf.trigger()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "Kratkoročni projekti mobilnosti" in text
    (done,) = dialogs.of("inform_with_open")
    assert done["title"] == "PDF je sačuvan" and done["open"] == "&Otvori PDF"


def test_the_wizard_gets_the_english_catalogue(qtbot, window, monkeypatch, catalogue):
    from tests.ui.test_main_window import FakeWizard

    class RecordingWizard(FakeWizard):
        def __init__(self, given, *args):
            super().__init__(given, *args)
            self.catalogue = given

    module = types.ModuleType("vetguide.ui.wizard")
    module.FindActionsWizard = RecordingWizard
    monkeypatch.setitem(sys.modules, "vetguide.ui.wizard", module)
    choose_language(window, "sr-Latn")
    window.commands.act_find.trigger()
    assert window.active_wizard.catalogue == catalogue  # English, as the wizard expects
    assert window.active_wizard.catalogue.action("KA122-VET").official_title is None
    window.active_wizard.reject()
    qtbot.waitUntil(lambda: window.active_wizard is None)


def test_status_editor_offers_the_statuses_in_serbian(qtbot, window):
    add_actions(qtbot, window, "KA122-VET")
    choose_language(window, "sr-Latn")
    table = window.shortlist_pane.table
    table.setFocus()
    table.setCurrentIndex(window.items_model.index(0, Column.STATUS))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QComboBox)
    assert editor is not None and editor.accessibleName() == "Status"
    assert [editor.itemText(i) for i in range(editor.count())] == [
        "Ideja", "Priprema prijave", "Prijava podneta", "Odobreno", "Ne ove godine"
    ]  # fmt: skip
