"""Which data the window shows: the interface language and the call year.

:class:`ShownData` changes the language (remembered for the next start) and the call year
(View → Call year, a data pack installed), and loads the catalogue and texts again in the
data language, keeping the filter, the selection, the shortlists and the note being typed.
The window reaches it as ``window.shown_data``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from vetguide.ui import i18n
from vetguide.ui.dialogs import wait_cursor
from vetguide.ui.i18n import tr

if TYPE_CHECKING:
    from vetguide.model.catalogue import Catalogue
    from vetguide.model.data_context import DataContext
    from vetguide.model.texts import Texts
    from vetguide.ui.main_window import MainWindow


class ShownData(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def change_language(self, language: str) -> None:
        """Show the window in ``language`` now and remember the choice for the next start."""
        w = self.window
        if w._note_timer.isActive():
            w.saving.save()  # the note being typed is kept whatever happens next
        language = i18n.set_language(language)
        w.settings.save_language(language)
        w.retranslate()  # at once; the LanguageChange events Qt posts do it again
        name = i18n.LANGUAGES.get(language, language)
        w.show_status(tr("Language: {language}").format(language=name))

    def reload_data(self) -> None:
        """Show the catalogue and texts in the data language; keep what the user is doing."""
        w = self.window
        if w._note_timer.isActive():
            w.saving.save()
        base = w.base_catalogue
        if base is None:  # pragma: no cover - set whenever the data is loaded
            return
        with wait_cursor():
            catalogue, texts, w.data_language = self.localised_data(base)
        w.catalogue, w.texts = catalogue, texts
        # The detail page first: re-selecting in the tree shows the action from it.
        w.detail_pane.set_catalogue(catalogue, texts)
        w.catalogue_pane.set_catalogue(catalogue, texts)
        w.items_model.set_catalogue(catalogue)
        w.deadline_banner.update_for(catalogue, w.today)
        w.selection.show_readiness(w.shortlist_pane.current_row())

    def use_data(self, context: DataContext) -> None:
        """Show another call year's data (View → Call year, a pack installed)."""
        w = self.window
        if not w.catalogue_loaded:
            return
        if w._note_timer.isActive():
            w.saving.save()
        w.data = context
        w.base_catalogue = context.english
        if w.budget_dialog is not None:  # it holds the old year's unit costs
            w.budget_dialog.close()
            w.budget_dialog.deleteLater()
            w.budget_dialog = None
        w.help_flows.close_glossary()
        w.data_language = ""  # makes retranslate load the data in the interface language
        w.retranslate()

    def localised_data(self, base: Catalogue) -> tuple[Catalogue, Texts, str]:
        """The catalogue (same call year as ``base``, in English) and texts in the data language."""
        w = self.window
        from vetguide.model.data_context import data_context

        language = i18n.model_language()
        if w.data is None or w.data.call_year != base.call_year:
            w.data = data_context(base.call_year, language, w.today)
        w.data = w.data.in_language(language)
        if language == i18n.DEFAULT_LANGUAGE:
            return base, w.data.texts, language
        return w.data.catalogue, w.data.texts, language
