"""The four pages of the "Find my actions" wizard.

Each page reads its answers from the :class:`WizardPresenter` in ``initializePage`` and
writes every change straight back to it, so Back and Next keep answers without fields of
their own. ``isComplete`` asks the presenter, and pages re-emit ``completeChanged`` when it
reports a change.

Every page has a ``retranslate()``, run when it is built and on each language change: the
page's words through ``tr``, the model's words (organisation types, goals, countries)
loaded again in :func:`vetguide.ui.i18n.model_language`. Answers are never touched, so a
page switches language in place; the results page computes its result again.
"""

from __future__ import annotations

from enum import IntEnum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from vetguide.model.profile import PROFILE_LIMITS, Partner
from vetguide.model.recommend import Recommendations
from vetguide.model.resources import LANGUAGES, load_countries, load_texts
from vetguide.model.shortlist import MAX_NAME_CHARS as MAX_SHORTLIST_NAME_CHARS
from vetguide.model.texts import Texts
from vetguide.model.vocab import Experience, Goal, OrganisationType
from vetguide.ui.i18n import current_language, model_language, tr
from vetguide.ui.palette import scheme
from vetguide.ui.presenter import WizardPresenter
from vetguide.ui.results_view import GlossaryLink, ResultsView, wrapped
from vetguide.ui.user_text import shown, tooltip

ModelIndex = QModelIndex | QPersistentModelIndex


class PageId(IntEnum):
    ORGANISATION = 0
    GOALS = 1
    PARTNERS = 2
    RESULTS = 3


# --- small helpers --------------------------------------------------------------------------


def named(widget: QWidget, name: str, description: str = "") -> QWidget:
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


def buddy_label(buddy: QWidget, text: str = "") -> QLabel:
    """A label with a mnemonic that moves focus to ``buddy``."""
    label = wrapped(text)
    label.setTextFormat(Qt.TextFormat.AutoText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setBuddy(buddy)
    return label


def help_label(text: str = "", indent_for: QWidget | None = None) -> QLabel:
    """A smaller, wrapped one-line help, indented under a check or radio box."""
    label = wrapped(text, object_name="help")
    font = QFont(label.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    if indent_for is not None:
        label.setIndent(
            indent_for.style().pixelMetric(indent_for.style().PixelMetric.PM_IndicatorWidth) + 8
        )
    return label


class ChoiceCombo(QComboBox):
    """A combo box that may show its placeholder (no choice yet).

    With no choice, Qt opens the list with its first entry already current, so the first
    Down went to the second entry and the first could only be reached with Up. Here the
    list opens with nothing current: the first Down picks the first entry.
    """

    def showPopup(self) -> None:
        super().showPopup()
        if self.currentIndex() < 0:
            self.view().setCurrentIndex(QModelIndex())


def glossary_link(term_id: str, indent_for: QWidget | None = None) -> GlossaryLink:
    """A "What is …?" link under a field, indented like its help line."""
    link = GlossaryLink(term_id)
    if indent_for is not None:
        link.setIndent(
            indent_for.style().pixelMetric(indent_for.style().PixelMetric.PM_IndicatorWidth) + 8
        )
    return link


def status_label() -> QLabel:
    """What is still missing before Next; hidden when the page is complete."""
    label = wrapped(object_name="status")
    label.setStyleSheet(f"color: {scheme().warning}; font-weight: bold;")
    return label


def scrolling_page(page: QWizardPage) -> QVBoxLayout:
    """Give ``page`` a frameless scroll area and return the layout inside it."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setObjectName("page_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget()
    content.setObjectName("page_content")
    inner = QVBoxLayout(content)
    inner.setContentsMargins(0, 0, 12, 0)
    scroll.setWidget(content)
    outer.addWidget(scroll)
    return inner


# --- the country field ----------------------------------------------------------------------


class CountryField(QComboBox):
    """An editable combo of every known country, searchable by any part of its name.

    Items read "Serbia — a third country associated to the Programme" in the language of
    the model. The typed text counts as a country when it is an item, a country name (in any
    of the languages) or a code.
    """

    country_changed = Signal(object)  # str | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._lookup: dict[str, str] = {}
        completer = QCompleter(self.model(), self)
        completer.setCompletionColumn(0)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._code: str | None = None
        self.set_texts(load_texts(model_language()))
        self.setCurrentIndex(-1)
        self.editTextChanged.connect(self._text_changed)
        edit = self.lineEdit()
        assert edit is not None  # the combo is editable
        edit.editingFinished.connect(self._tidy)

    def set_texts(self, texts: Texts) -> None:
        """Fill the list in the language of ``texts``; the chosen country stays chosen."""
        language = texts.language
        code, typed = self._code, self.currentText()
        with QSignalBlocker(self):
            self.clear()
            self._lookup = {}
            for other in LANGUAGES:  # a name typed in another language is understood too
                for country in load_countries(other).countries:
                    self._lookup[country.name.casefold()] = country.code
            countries = sorted(load_countries(language).countries, key=lambda c: c.name.casefold())
            for country in countries:
                text = f"{country.name} — {texts.country_status[country.status]}"
                self.addItem(text, country.code)
                for key in (text, country.name, country.code):
                    self._lookup[key.casefold()] = country.code
            if code is not None:
                self.setCurrentIndex(self.findData(code))
            else:
                self.setCurrentIndex(-1)
                self.setEditText(typed)
        edit = self.lineEdit()
        assert edit is not None
        edit.setPlaceholderText(tr("Type part of the name, e.g. “ser”"))

    def code(self) -> str | None:
        return self._code

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._text_changed(self.currentText())

    def _text_changed(self, text: str) -> None:
        code = self._lookup.get(text.strip().casefold())
        if code != self._code:
            self._code = code
            self.country_changed.emit(code)

    def pick_single_match(self) -> bool:
        """Choose the one country whose item holds the typed text; False if none or several."""
        typed = self.currentText().strip().casefold()
        found = [i for i in range(self.count()) if typed and typed in self.itemText(i).casefold()]
        if len(found) != 1:
            return False
        self.setCurrentIndex(found[0])
        self._text_changed(self.currentText())
        return self._code is not None

    def _tidy(self) -> None:
        """After typing "spain" or "ES", show the full item text."""
        if self._code is not None:
            index = self.findData(self._code)
            if self.currentText() != self.itemText(index):
                self.setCurrentIndex(index)


class TranslatedPage(QWizardPage):
    """A page that sets its words again when the language changes (answers stay put).

    ``glossary_requested`` carries the term id of a "What is …?" link the user opened; the
    wizard passes it on.
    """

    glossary_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language: str | None = None

    def add_glossary_link(self, link: GlossaryLink) -> GlossaryLink:
        link.requested.connect(self.glossary_requested)
        return link

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # Qt may deliver one change more than once (to a window and from its parent).
        if event.type() == QEvent.Type.LanguageChange and self._language != current_language():
            self.retranslate()

    def retranslate(self) -> None:
        self._language = current_language()


# --- page 1: organisation -----------------------------------------------------------------------


class OrganisationPage(TranslatedPage):
    def __init__(self, presenter: WizardPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.texts = load_texts(model_language())
        self.setObjectName("organisation_page")
        layout = scrolling_page(self)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(PROFILE_LIMITS.name_max_length)
        self.name_label = buddy_label(self.name_edit)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name_edit)

        self.type_combo = ChoiceCombo()
        for org_type in OrganisationType:
            self.type_combo.addItem("", org_type.value)
        self.type_help = help_label()
        self.type_label = buddy_label(self.type_combo)
        layout.addWidget(self.type_label)
        layout.addWidget(self.type_combo)
        layout.addWidget(self.type_help)

        self.country = CountryField()
        self.country_label = buddy_label(self.country)
        self.country_link = self.add_glossary_link(glossary_link("associated_third_country"))
        layout.addWidget(self.country_label)
        layout.addWidget(self.country)
        layout.addWidget(self.country_link)

        self.accreditation = QCheckBox()
        self.eche = QCheckBox()
        self.accreditation_help = help_label(indent_for=self.accreditation)
        self.eche_help = help_label(indent_for=self.eche)
        self.accreditation_link = self.add_glossary_link(
            glossary_link("accreditation", self.accreditation)
        )
        self.eche_link = self.add_glossary_link(glossary_link("eche", self.eche))
        layout.addSpacing(6)
        layout.addWidget(self.accreditation)
        layout.addWidget(self.accreditation_help)
        layout.addWidget(self.accreditation_link)
        layout.addWidget(self.eche)
        layout.addWidget(self.eche_help)
        layout.addWidget(self.eche_link)

        self.grants = QSpinBox()
        self.grants.setRange(*PROFILE_LIMITS.grants_range)
        grants_row = QHBoxLayout()
        self.grants_label = buddy_label(self.grants)
        grants_row.addWidget(self.grants_label, 1)
        grants_row.addWidget(self.grants, 0, Qt.AlignmentFlag.AlignTop)
        self.grants_help = help_label()
        layout.addSpacing(6)
        layout.addLayout(grants_row)
        layout.addWidget(self.grants_help)

        self.experience_box = QGroupBox()
        box_layout = QVBoxLayout(self.experience_box)
        self.experience_group = QButtonGroup(self)
        self.experience_radios: dict[Experience, QRadioButton] = {}
        self.experience_helps: dict[Experience, QLabel] = {}
        for level in Experience:
            radio = QRadioButton()
            self.experience_group.addButton(radio)
            self.experience_radios[level] = radio
            self.experience_helps[level] = help_label(indent_for=radio)
            box_layout.addWidget(radio)
            box_layout.addWidget(self.experience_helps[level])
        layout.addWidget(self.experience_box)

        self.status = status_label()
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.name_edit.textChanged.connect(presenter.set_name)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.country.country_changed.connect(presenter.set_country)
        self.accreditation.toggled.connect(presenter.set_holds_vet_accreditation)
        self.eche.toggled.connect(presenter.set_holds_eche)
        self.grants.valueChanged.connect(presenter.set_short_term_grants)
        self.experience_group.buttonToggled.connect(self._experience_toggled)
        presenter.profile_changed.connect(self._refresh)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        super().retranslate()
        texts = self.texts = load_texts(model_language())
        self.setTitle(tr("Your organisation"))
        self.setSubTitle(
            tr(
                "Who is applying? These answers decide which actions are open to you. "
                "They stay on this computer."
            )
        )
        self.name_edit.setPlaceholderText(tr("e.g. Tehnička škola Kragujevac"))
        named(self.name_edit, tr("Organisation name (optional)"))
        self.name_label.setText(tr("Organisation na&me (optional)"))

        self.type_combo.setPlaceholderText(tr("Choose the type of your organisation"))
        for index, org_type in enumerate(OrganisationType):
            text = texts.organisation_types[org_type]
            self.type_combo.setItemText(index, text.label)
            self.type_combo.setItemData(index, text.help, Qt.ItemDataRole.ToolTipRole)
        named(self.type_combo, tr("Type of organisation"))
        self.type_label.setText(tr("&Type of organisation"))

        self.country.set_texts(texts)
        named(
            self.country,
            tr("Country"),
            tr("Type part of the country name and pick it from the list."),
        )
        self.country_label.setText(tr("&Country"))

        self.accreditation.setText(tr("We hold an Erasmus &accreditation in VET"))
        named(
            self.accreditation,
            tr("We hold an Erasmus accreditation in VET"),
            tr(
                "The accreditation (KA120-VET) gives yearly mobility funding through "
                "accredited projects."
            ),
        )
        self.eche.setText(tr("We hold an Erasmus Charter for Higher &Education (ECHE)"))
        named(
            self.eche,
            tr("We hold an Erasmus Charter for Higher Education (ECHE)"),
            tr("Only universities and colleges hold an ECHE."),
        )
        self.accreditation_help.setText(self.accreditation.accessibleDescription())
        self.eche_help.setText(self.eche.accessibleDescription())
        self.country_link.set_text(tr("What is an associated third country?"))
        self.accreditation_link.set_text(tr("What is an Erasmus accreditation?"))
        self.eche_link.set_text(tr("What is the ECHE?"))

        named(
            self.grants,
            tr("Short-term mobility grants (KA122-VET) in the previous four calls"),
            tr(
                "Count the short-term projects your organisation received, not those it "
                "joined as partner."
            ),
        )
        self.grants_label.setText(
            tr("Short-term mobility &grants (KA122-VET) received in the previous four calls")
        )
        self.grants_help.setText(self.grants.accessibleDescription())

        self.experience_box.setTitle(tr("Erasmus+ e&xperience"))
        self.experience_box.setAccessibleName(tr("Erasmus+ experience"))
        for level, radio in self.experience_radios.items():
            text = texts.experience[level]
            radio.setText(text.label)
            named(radio, text.label, text.help)
            self.experience_helps[level].setText(text.help)
        self._refresh()

    def _experience_toggled(self, radio: QAbstractButton, checked: bool) -> None:
        for level, candidate in self.experience_radios.items():
            if checked and candidate is radio:
                self.presenter.set_experience(level)

    def _type_changed(self, index: int) -> None:
        data = self.type_combo.itemData(index) if index >= 0 else None
        org_type = OrganisationType(data) if data else None
        self.presenter.set_organisation_type(org_type)

    def _load(self) -> None:
        draft = self.presenter.draft
        widgets = (
            self.name_edit,
            self.type_combo,
            self.country,
            self.accreditation,
            self.eche,
            self.grants,
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        self.name_edit.setText(draft.name)
        org_type = draft.organisation_type
        self.type_combo.setCurrentIndex(
            self.type_combo.findData(org_type.value) if org_type else -1
        )
        self.accreditation.setChecked(draft.holds_vet_accreditation)
        self.eche.setChecked(draft.holds_eche)
        self.grants.setValue(draft.short_term_grants_previous_4_calls)
        del blockers
        self.country.set_code(draft.country)
        self.experience_radios[draft.experience].setChecked(True)
        self._refresh()

    def _refresh(self) -> None:
        draft = self.presenter.draft
        org_type = draft.organisation_type
        self.type_help.setText(self.texts.organisation_types[org_type].help if org_type else "")
        self.type_help.setVisible(org_type is not None)
        if org_type is None and draft.country is None:
            text = tr(
                "To continue, choose the type of your organisation and pick your country "
                "from the list."
            )
        elif org_type is None:
            text = tr("To continue, choose the type of your organisation.")
        elif draft.country is None:
            text = tr("To continue, pick your country from the list.")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self._load()

    def isComplete(self) -> bool:
        return self.presenter.organisation_complete()


# --- page 2: goals ----------------------------------------------------------------------------


class GoalsPage(TranslatedPage):
    def __init__(self, presenter: WizardPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("goals_page")
        layout = scrolling_page(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        texts = load_texts(model_language())
        self.group_boxes: dict[str, QGroupBox] = {}
        self.checks: dict[Goal, QCheckBox] = {}
        self.helps: dict[Goal, QLabel] = {}
        for position, group_id in enumerate(texts.goal_groups):
            box = QGroupBox()
            box.setObjectName(f"goal_group_{group_id}")
            box_layout = QVBoxLayout(box)
            for goal in Goal:
                if texts.goals[goal].group != group_id:
                    continue
                check = QCheckBox()
                check.setObjectName(f"goal_{goal.value}")
                self.helps[goal] = help_label(indent_for=check)
                box_layout.addWidget(check)
                box_layout.addWidget(self.helps[goal])
                check.toggled.connect(lambda on, g=goal: presenter.set_goal(g, on))
                self.checks[goal] = check
            box_layout.addStretch(1)
            grid.addWidget(box, position // 2, position % 2)
            self.group_boxes[group_id] = box
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.status = status_label()
        layout.addWidget(self.status)
        layout.addStretch(1)
        presenter.profile_changed.connect(self._refresh)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        super().retranslate()
        texts = load_texts(model_language())
        self.setTitle(tr("Your goals"))
        self.setSubTitle(tr("What do you want to do with Erasmus+? Choose at least one goal."))
        for group_id, box in self.group_boxes.items():
            box.setTitle(texts.goal_groups[group_id])
            box.setAccessibleName(texts.goal_groups[group_id])
        for goal, check in self.checks.items():
            text = texts.goals[goal]
            check.setText(text.label)
            named(check, text.label, text.help)
            self.helps[goal].setText(text.help)
        self._refresh()

    def _load(self) -> None:
        goals = set(self.presenter.draft.goals)
        for goal, check in self.checks.items():
            with QSignalBlocker(check):
                check.setChecked(goal in goals)
        self._refresh()

    def _refresh(self) -> None:
        done = self.presenter.goals_complete()
        self.status.setText("" if done else tr("To continue, choose at least one goal."))
        self.status.setVisible(not done)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self._load()

    def isComplete(self) -> bool:
        return self.presenter.goals_complete()


# --- page 3: partners ---------------------------------------------------------------------------


def partner_headers() -> tuple[str, str, str]:
    return (tr("Country"), tr("Type of organisation"), tr("Name"))


class PartnersModel(QAbstractTableModel):
    """The partners of the presenter's draft as a read-only table."""

    COLUMNS = 3  # country, type, name: see partner_headers()

    def __init__(
        self, presenter: WizardPresenter, texts: Texts | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.presenter = presenter
        self.texts = texts if texts is not None else load_texts(model_language())

    def set_texts(self, texts: Texts) -> None:
        """Show the countries, types and headers in the language of ``texts``."""
        self.texts = texts
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.COLUMNS - 1)
            )

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.presenter.partners)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        partner = self.presenter.partners[index.row()]
        column = index.column()
        if column == 0:
            country = load_countries(self.texts.language).get(partner.country)
            if country is None:
                return partner.country
            return f"{country.name} — {self.texts.country_status[country.status]}"
        if column == 1:
            if partner.organisation_type is None:
                return tr("Not known yet")
            return self.texts.organisation_types[partner.organisation_type].label
        if column == 2:
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(partner.name) if partner.name else None
            return shown(partner.name)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS:
            return partner_headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def append(self, partner: Partner) -> None:
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self.presenter.add_partner(partner)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        self.presenter.remove_partner(row)
        self.endRemoveRows()

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class PartnersPage(TranslatedPage):
    def __init__(self, presenter: WizardPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("partners_page")
        layout = scrolling_page(self)

        self.add_box = QGroupBox()
        form = QGridLayout(self.add_box)
        self.partner_country = CountryField()
        self.partner_type = QComboBox()
        self.partner_type.addItem("", None)
        for org_type in OrganisationType:
            self.partner_type.addItem("", org_type.value)
        self.partner_name = QLineEdit()
        self.partner_name.setMaxLength(PROFILE_LIMITS.partner_name_max_length)
        self.add_button = QPushButton()
        self.partner_country_label = buddy_label(self.partner_country)
        self.partner_type_label = buddy_label(self.partner_type)
        self.partner_name_label = buddy_label(self.partner_name)
        form.addWidget(self.partner_country_label, 0, 0)
        form.addWidget(self.partner_country, 1, 0)
        form.addWidget(self.partner_type_label, 0, 1)
        form.addWidget(self.partner_type, 1, 1)
        form.addWidget(self.partner_name_label, 2, 0)
        form.addWidget(self.partner_name, 3, 0)
        form.addWidget(self.add_button, 3, 1)
        form.setColumnStretch(0, 3)
        form.setColumnStretch(1, 2)
        layout.addWidget(self.add_box)

        self.model = PartnersModel(presenter, parent=self)
        self.table = QTableView()
        self.table.setObjectName("partners_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 8)
        self.table_label = buddy_label(self.table)
        layout.addWidget(self.table_label)
        layout.addWidget(self.table)
        self.remove_button = QPushButton()
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout.addLayout(remove_row)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove)

        self.participants = QSpinBox()
        self.participants.setRange(*PROFILE_LIMITS.participants_range)
        row = QHBoxLayout()
        self.participants_label = buddy_label(self.participants)
        row.addWidget(self.participants_label, 1)
        row.addWidget(self.participants, 0, Qt.AlignmentFlag.AlignTop)
        self.participants_help = help_label()
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.participants_help)
        layout.addStretch(1)

        self.partner_country.country_changed.connect(self._update_buttons)
        country_edit = self.partner_country.lineEdit()
        assert country_edit is not None  # the field is editable
        country_edit.installEventFilter(self)
        self.add_button.clicked.connect(self._add)
        self.partner_name.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.participants.valueChanged.connect(lambda n: presenter.set_participants(n or None))
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        super().retranslate()
        texts = load_texts(model_language())
        self.setTitle(tr("Partners and participants"))
        self.setSubTitle(
            tr(
                "Add the organisations you already know you will work with, if any. "
                "Having no partners yet is fine."
            )
        )
        self.add_box.setTitle(tr("Add a partner"))
        self.add_box.setAccessibleName(tr("Add a partner"))
        self.partner_country.set_texts(texts)
        named(
            self.partner_country,
            tr("Country of the partner"),
            tr("Type part of the name and pick it from the list."),
        )
        self.partner_type.setItemText(0, tr("Not known yet"))
        for index, org_type in enumerate(OrganisationType, start=1):
            self.partner_type.setItemText(index, texts.organisation_types[org_type].label)
        named(self.partner_type, tr("Type of the partner organisation (optional)"))
        named(self.partner_name, tr("Name of the partner organisation (optional)"))
        self.add_button.setText(tr("&Add partner"))
        named(self.add_button, tr("Add partner"))
        self.partner_country_label.setText(tr("C&ountry of the partner"))
        self.partner_type_label.setText(tr("T&ype (optional)"))
        self.partner_name_label.setText(tr("Na&me (optional)"))

        self.model.set_texts(texts)
        named(self.table, tr("Partners known so far"))
        self.table_label.setText(tr("Partners &known so far"))
        self.remove_button.setText(tr("&Remove partner"))
        named(self.remove_button, tr("Remove the selected partner"))

        self.participants.setSpecialValueText(tr("Not known yet"))
        named(
            self.participants,
            tr("Planned number of mobility participants"),
            tr(
                "Learners and staff you plan to send abroad in one project; leave at “Not "
                "known yet” if unsure."
            ),
        )
        self.participants_label.setText(tr("Planned number of mobility &participants"))
        self.participants_help.setText(self.participants.accessibleDescription())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the country field adds the partner (picking the one country that matches
        # what was typed); it never reaches the wizard's Next, which dropped the partner.
        if (
            watched is self.partner_country.lineEdit()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.partner_country.currentText().strip()
        ):
            popup = self.partner_country.completer().popup()
            if popup is not None and popup.isVisible():
                return False  # the list of matches takes it
            if self.partner_country.code() is not None or self.partner_country.pick_single_match():
                self._add()
                self.partner_country.set_code(None)  # ready for the next; Enter again: Next
            return True
        return super().eventFilter(watched, event)

    def _add(self) -> None:
        code = self.partner_country.code()
        if code is None:
            return
        data = self.partner_type.currentData()
        partner = Partner(
            country=code,
            organisation_type=OrganisationType(data) if data else None,
            name=self.partner_name.text().strip(),
        )
        self.model.append(partner)
        self.partner_name.clear()
        self.table.selectRow(self.model.rowCount() - 1)
        self.partner_country.setFocus()

    def _remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            row = rows[0].row()
            self.model.remove(row)
            if self.model.rowCount():
                self.table.selectRow(min(row, self.model.rowCount() - 1))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.add_button.setEnabled(self.partner_country.code() is not None)
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _load(self) -> None:
        self.model.reload()
        with QSignalBlocker(self.participants):
            self.participants.setValue(self.presenter.draft.participants or 0)
        self._update_buttons()

    def initializePage(self) -> None:
        self._load()


# --- page 4: results --------------------------------------------------------------------------


class ResultsPage(TranslatedPage):
    def __init__(self, presenter: WizardPresenter, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.recommendations: Recommendations | None = None
        self.setObjectName("results_page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.results_scroll = QScrollArea()
        self.results_scroll.setObjectName("results_scroll")
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.results_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The view is made again for each result; it sits in a holder that stays.
        holder = QWidget()
        holder.setObjectName("results_holder")
        self._holder_layout = QVBoxLayout(holder)
        self._holder_layout.setContentsMargins(0, 0, 0, 0)
        self.view = ResultsView()
        self.view.glossary_requested.connect(self.glossary_requested)
        self._holder_layout.addWidget(self.view)
        self.results_scroll.setWidget(holder)
        layout.addWidget(self.results_scroll, 1)

        self.target_box = QGroupBox()
        self.target_box.setObjectName("target_box")
        grid = QGridLayout(self.target_box)
        self.existing_radio = QRadioButton()
        self.shortlist_combo = QComboBox()
        for shortlist_id, name in presenter.shortlists:
            self.shortlist_combo.addItem(name, shortlist_id)
        self.new_radio = QRadioButton()
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(MAX_SHORTLIST_NAME_CHARS)
        grid.addWidget(self.existing_radio, 0, 0)
        grid.addWidget(self.shortlist_combo, 0, 1)
        grid.addWidget(self.new_radio, 1, 0)
        grid.addWidget(self.new_name, 1, 1)
        self.count_label = wrapped(object_name="count")
        grid.addWidget(self.count_label, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        group = QButtonGroup(self)
        group.addButton(self.existing_radio)
        group.addButton(self.new_radio)
        layout.addWidget(self.target_box)

        has_lists = bool(presenter.shortlists)
        self.existing_radio.setEnabled(has_lists)
        self.shortlist_combo.setEnabled(has_lists)
        if presenter.target_id is not None:
            self.shortlist_combo.setCurrentIndex(self.shortlist_combo.findData(presenter.target_id))
            self.existing_radio.setChecked(True)
        else:
            self.new_radio.setChecked(True)
        self.new_name.setText(presenter.new_name)

        self.existing_radio.toggled.connect(self._target_changed)
        self.shortlist_combo.currentIndexChanged.connect(self._target_changed)
        self.shortlist_combo.activated.connect(lambda _: self.existing_radio.setChecked(True))
        self.new_name.textChanged.connect(presenter.set_new_name)
        self.new_name.textEdited.connect(lambda _: self.new_radio.setChecked(True))
        presenter.choice_changed.connect(self._refresh)
        self.retranslate()
        self._target_changed()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(tr("Actions for you"))
        self.setSubTitle(
            tr(
                "Ranked by eligibility, then by how well they serve your goals. "
                "Tick the actions you want to keep."
            )
        )
        self.target_box.setTitle(tr("Keep the ticked actions in"))
        self.target_box.setAccessibleName(tr("Keep the ticked actions in"))
        self.existing_radio.setText(tr("An &existing shortlist:"))
        named(self.existing_radio, tr("An existing shortlist"))
        named(self.shortlist_combo, tr("Existing shortlist"))
        self.new_radio.setText(tr("A ne&w shortlist named:"))
        named(self.new_radio, tr("A new shortlist"))
        named(self.new_name, tr("Name of the new shortlist"))
        self._refresh()
        # The model's words need a new result in the new language; the answers and the
        # ticks are the presenter's, so they stay. A page not on show is filled on arrival.
        wizard = self.wizard()
        if self.recommendations is not None and wizard is not None and wizard.currentPage() is self:
            self._show_results()

    def _target_changed(self, *_: object) -> None:
        existing = self.existing_radio.isChecked()
        self.presenter.set_target_id(self.shortlist_combo.currentData() if existing else None)

    def _refresh(self) -> None:
        n = len(self.presenter.chosen_codes)
        if n == 0:
            text = tr("No action ticked yet.")
        elif n == 1:
            text = tr("1 action ticked.")
        else:
            text = tr("{n} actions ticked.").format(n=n)
        if not self.presenter.choice_complete():
            text += " " + tr("Give the new shortlist a name.")
        self.count_label.setText(text)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self._show_results()

    def _show_results(self) -> None:
        """Compute the result for the answers, in the current language, and show it."""
        result = self.presenter.recommendations()
        self.presenter.keep_chosen([item.code for item in result.actions])
        scroll = self.results_scroll.verticalScrollBar().value() if self.recommendations else 0
        view = ResultsView(load_texts(self.presenter.language()))
        view.show_recommendations(
            result, self.presenter.local_catalogue(), self.presenter.chosen_codes
        )
        view.chosen_changed.connect(self.presenter.set_chosen)
        view.glossary_requested.connect(self.glossary_requested)
        old, self.view = self.view, view
        self._holder_layout.replaceWidget(old, view)
        old.forget()
        old.hide()
        old.deleteLater()  # not now: a language change may still be on its way to it
        self._chain_focus()
        self.recommendations = result
        self._refresh()
        if scroll:  # where the user was, once the new view has its size
            bar = self.results_scroll.verticalScrollBar()
            QTimer.singleShot(0, bar, lambda: bar.setValue(scroll))

    def _chain_focus(self) -> None:
        """Tab through the cards first, then the target; the view is newer than the target."""
        chain: list[QWidget] = list(self.view.advice_links)
        for card in self.view.cards:
            chain += [card.check, card.glossary_link, card.partner_toggle]
        chain += [self.existing_radio, self.shortlist_combo, self.new_radio, self.new_name]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def isComplete(self) -> bool:
        return self.presenter.choice_complete()
