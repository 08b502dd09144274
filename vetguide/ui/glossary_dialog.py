"""The glossary of Erasmus+ jargon: a filterable list of terms and the explanation of one.

Non-modal, so it can stay open beside the main window. The terms, explanations and source
links come from :func:`vetguide.model.glossary.load_glossary` in the language of the data
(``i18n.model_language()``); on a change of language the dialog reloads them and keeps the
term shown. :meth:`GlossaryDialog.show_term` opens it at one term (Help → Glossary, and the
``glossary:<id>`` links of the detail page).
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vetguide.model.glossary import Glossary, GlossaryEntry, load_glossary
from vetguide.model.translit import cyrillic_to_latin
from vetguide.ui import dialogs
from vetguide.ui.action_html import style
from vetguide.ui.i18n import model_language, tr
from vetguide.ui.screen import resize_to_fit

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _searchable(text: str) -> str:
    return cyrillic_to_latin(text).casefold()


def entry_html(entry: GlossaryEntry) -> str:
    """The explanation of one term, with the page it comes from; everything escaped."""
    url = escape(entry.source, quote=True)
    host = escape(urlsplit(entry.source).netloc)
    source = escape(tr("Source:"))
    return (
        f"<h2>{escape(entry.term)}</h2>"
        f"<p>{escape(entry.explanation)}</p>"
        f'<p class="meta">{source} <a href="{url}">{host}</a></p>'
    )


class GlossaryDialog(QDialog):
    """Terms on the left (with a filter box), the explanation of the chosen one on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossary_dialog")
        self.setModal(False)
        self.glossary: Glossary | None = None

        self.filter_label = QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("glossary_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)

        self.terms = QListWidget()
        self.terms.setObjectName("glossary_terms")
        self.terms.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.terms.setWordWrap(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("glossary_explanation")
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(style())
        self.browser.anchorClicked.connect(self._open_link)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.terms, 1)
        left_layout.addWidget(self.empty_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.buttons = QDialogButtonBox()
        # Our own button: Qt would give a standard Close button its English text again on
        # every language change.
        self.close_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.filter_label)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        self.filter_edit.textChanged.connect(self._filter)
        self.terms.currentItemChanged.connect(self._current_changed)
        resize_to_fit(self, 820, 520)
        self.splitter.setSizes([320, 500])
        self.retranslate()

    # --- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language; reload the terms if the data language changed."""
        self.setWindowTitle(tr("Glossary"))
        self.filter_label.setText(tr("&Find a term:"))
        self.filter_edit.setPlaceholderText(tr("Words from the term or its explanation"))
        self.filter_edit.setAccessibleName(tr("Find a term"))
        self.terms.setAccessibleName(tr("Glossary terms"))
        self.browser.setAccessibleName(tr("Explanation of the term"))
        self.empty_label.setText(tr("No term matches. Clear the search to see all terms."))
        self.close_button.setText(tr("&Close"))
        self.close_button.setAccessibleName(tr("Close"))
        for button in self.filter_edit.findChildren(QToolButton):
            button.setAccessibleName(tr("Clear search"))
        language = model_language()
        if self.glossary is None or self.glossary.language != language:
            self._load(language)
        else:
            self._current_changed(self.terms.currentItem())

    def _load(self, language: str) -> None:
        keep = self.current_id()
        self.glossary = load_glossary(language)
        self.terms.blockSignals(True)
        self.terms.clear()
        for entry in self.glossary.entries:
            item = QListWidgetItem(entry.term)
            item.setData(ID_ROLE, entry.id)
            item.setToolTip(entry.term)
            self.terms.addItem(item)
        self.terms.blockSignals(False)
        self._filter(self.filter_edit.text())
        if not (keep and self._select(keep)):
            self._select_first_visible()

    # --- API -----------------------------------------------------------------------------

    def current_id(self) -> str:
        item = self.terms.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else ""

    def visible_ids(self) -> list[str]:
        return [
            str(self.terms.item(row).data(ID_ROLE))
            for row in range(self.terms.count())
            if not self.terms.item(row).isHidden()
        ]

    def show_term(self, term_id: str) -> bool:
        """Open the dialog at the term ``term_id``; False (dialog shown anyway) if unknown."""
        found = self._select(term_id)
        if not found and self.filter_edit.text():
            self.filter_edit.clear()
            found = self._select(term_id)
        self.show()
        self.raise_()
        self.activateWindow()
        return found

    # --- internals -----------------------------------------------------------------------

    def _item(self, term_id: str) -> QListWidgetItem | None:
        for row in range(self.terms.count()):
            item = self.terms.item(row)
            if item.data(ID_ROLE) == term_id:
                return item
        return None

    def _select(self, term_id: str) -> bool:
        item = self._item(term_id)
        if item is None or item.isHidden():
            return False
        self.terms.setCurrentItem(item)
        self.terms.scrollToItem(item)
        self._current_changed(item)
        return True

    def _select_first_visible(self) -> None:
        ids = self.visible_ids()
        if ids:
            self._select(ids[0])
        else:
            self.terms.setCurrentRow(-1)  # no current term
            self._current_changed(None)

    def _filter(self, text: str) -> None:
        words = _searchable(text).split()
        for row in range(self.terms.count()):
            item = self.terms.item(row)
            entry = self._entry(str(item.data(ID_ROLE)))
            haystack = _searchable(f"{entry.term}\n{entry.explanation}") if entry else ""
            item.setHidden(not all(word in haystack for word in words))
        visible = self.visible_ids()
        self.empty_label.setVisible(not visible)
        current = self.terms.currentItem()
        if current is None or current.isHidden():
            self._select_first_visible()

    def _entry(self, term_id: str) -> GlossaryEntry | None:
        if self.glossary is None:
            return None
        try:
            return self.glossary.get(term_id)
        except KeyError:
            return None

    def _current_changed(self, item: QListWidgetItem | None, *_: object) -> None:
        entry = self._entry(str(item.data(ID_ROLE))) if item is not None else None
        self.browser.setHtml(entry_html(entry) if entry is not None else "")

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            dialogs.open_url(url)
