"""The catalogue side of the main window: a filtered tree of actions and the detail page.

Both show the catalogue and texts they are given, in one language; ``set_catalogue`` swaps
them for another language and keeps what the user typed and selected. UI texts are set in
``retranslate``, again on every change of language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.texts import Texts
from vetguide.ui import dialogs
from vetguide.ui.action_html import GLOSSARY_SCHEME, action_html, style, welcome_html
from vetguide.ui.catalogue_model import CODE_ROLE, ActionFilterProxy, CatalogueTreeModel
from vetguide.ui.i18n import tr

ROW_PADDING = 4  # pixels between two actions, so their two lines read as one entry


class WrappingTreeView(QTreeView):
    """A tree whose items wrap to the pane width, and re-wrap when the pane is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(_WrapDelegate(self))
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setHeaderHidden(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class _WrapDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        depth = 1 if self._view.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self._view.viewport().width() - self._view.indentation() * depth
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, max(width, 40), max(option.rect.height(), 1))
        size = super().sizeHint(wrapped, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


class CataloguePane(QWidget):
    """Filter box and tree. Emits ``action_selected`` with a code, or "" when none is."""

    action_selected = Signal(str)

    def __init__(self, catalogue: Catalogue, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogue_pane")
        self.model = CatalogueTreeModel(catalogue, texts, self)
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_label = QLabel()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_edit)

        self.tree = WrappingTreeView()
        self.tree.setObjectName("catalogue_tree")
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_label)

        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._go_to_first_match)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self._after_filter()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Set every text of the pane in the current language."""
        self.filter_label.setText(tr("Search ac&tions:"))
        self.filter_edit.setPlaceholderText(tr("Code, title or summary words"))
        # Helper widgets Qt creates get a name screen readers can say.
        for button in self.filter_edit.findChildren(QToolButton):
            button.setAccessibleName(tr("Clear search"))
        self.tree.header().setAccessibleName(tr("Catalogue columns"))
        self.filter_edit.setAccessibleName(tr("Search actions"))
        self.filter_edit.setAccessibleDescription(
            tr("Shows only the actions whose code, title or summary contain every word typed")
        )
        self.tree.setAccessibleName(tr("Catalogue of actions"))
        self.empty_label.setText(tr("No action matches. Clear the search to see all actions."))
        self.model.retranslate()

    def set_catalogue(self, catalogue: Catalogue, texts: Texts) -> None:
        """Show the catalogue in another language; the filter text and the selection stay."""
        code = self.current_code()
        self.model.set_catalogue(catalogue, texts)  # the proxy filters the new rows again
        self._after_filter()
        if code:
            self.select_code(code)

    # --- filtering -----------------------------------------------------------------------

    def _filter(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._after_filter()

    def _after_filter(self) -> None:
        self.tree.expandAll()
        self.empty_label.setVisible(self.proxy.rowCount() == 0)

    def visible_codes(self) -> list[str]:
        codes = []
        for row in range(self.proxy.rowCount()):
            family = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(family)):
                codes.append(self.proxy.index(child, 0, family).data(CODE_ROLE))
        return codes

    def _go_to_first_match(self) -> None:
        codes = self.visible_codes()
        if codes:
            self.select_code(codes[0])
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- selection -----------------------------------------------------------------------

    def current_code(self) -> str:
        index = self.tree.currentIndex()
        code = index.data(CODE_ROLE) if index.isValid() else None
        return code or ""

    def select_code(self, code: str) -> bool:
        index = self.proxy.mapFromSource(self.model.index_of(code))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex | QPersistentModelIndex, _: object) -> None:
        code = current.data(CODE_ROLE) if current.isValid() else None
        self.action_selected.emit(code or "")


class DetailPane(QWidget):
    """The read-only detail page of one action and the button to keep it.

    Glossary terms in the key data are links; a click emits ``glossary_requested`` with the
    term's id.
    """

    glossary_requested = Signal(str)

    def __init__(
        self, catalogue: Catalogue, texts: Texts, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detail_pane")
        self._catalogue = catalogue
        self._texts = texts
        self._today = today
        self.local_zone: str | None = None  # the user's time zone, for local deadline times
        self.code = ""
        self._shown = ""  # the code of the page drawn last

        self.browser = QTextBrowser()
        self.browser.setObjectName("detail_browser")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(style())
        self.browser.anchorClicked.connect(self._open_link)

        self.add_button = QPushButton()
        self.add_button.setObjectName("add_button")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language and redraw the page."""
        self.browser.setAccessibleName(tr("Action details"))
        self.add_button.setText(tr("&Add to shortlist"))
        self.add_button.setAccessibleName(tr("Add to shortlist"))
        self._redraw()

    def set_catalogue(self, catalogue: Catalogue, texts: Texts) -> None:
        """Show the same action from ``catalogue`` (another language) with ``texts``."""
        self._catalogue, self._texts = catalogue, texts
        self._redraw()

    def _redraw(self) -> None:
        action = None
        if self.code:
            try:
                action = self._catalogue.action(self.code)
            except KeyError:
                action = None
        self.show_action(action)

    def show_action(self, action: Action | None) -> None:
        if action is None:
            self.code = ""
            html = welcome_html(self._catalogue, self._texts)
        else:
            from vetguide.model.glossary import load_glossary
            from vetguide.ui.presenter import DEFAULT_COUNTRY

            self.code = action.code
            glossary = load_glossary(self._texts.language)
            html = action_html(
                action,
                self._catalogue,
                self._today,
                self._texts,
                self.local_zone,
                glossary,
                home_country=DEFAULT_COUNTRY,
            )
        # Keep the reader's place when the same page is drawn again (e.g. in another language).
        scroll = self.browser.verticalScrollBar()
        position = scroll.value() if action is not None and self._shown == self.code else 0
        self._shown = self.code
        self.browser.setHtml(html)
        scroll.setValue(position)

    def set_local_zone(self, zone: str | None) -> None:
        """Show deadlines also on ``zone``'s clock, and redraw the shown action."""
        if zone == self.local_zone:
            return
        self.local_zone = zone
        if self.code:
            self._redraw()

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            dialogs.open_url(url)
        elif url.scheme() == GLOSSARY_SCHEME:
            self.glossary_requested.emit(url.path())
