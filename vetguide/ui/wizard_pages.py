"""The four pages of the "Find my actions" wizard.

Each page reads its answers from the :class:`WizardPresenter` in ``initializePage`` and
writes every change straight back to it, so Back and Next keep answers without fields of
their own. ``isComplete`` asks the presenter, and pages re-emit ``completeChanged`` when it
reports a change.
"""

from __future__ import annotations

from enum import IntEnum
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
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

from vetguide.model.profile import Partner
from vetguide.model.resources import load_countries
from vetguide.model.texts import Texts
from vetguide.model.vocab import Experience, Goal, OrganisationType
from vetguide.ui.presenter import WizardPresenter
from vetguide.ui.results_view import ResultsView, wrapped

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


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label with a mnemonic that moves focus to ``buddy``."""
    label = wrapped(text)
    label.setTextFormat(Qt.TextFormat.AutoText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setBuddy(buddy)
    return label


def help_label(text: str, indent_for: QWidget | None = None) -> QLabel:
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


def status_label() -> QLabel:
    """What is still missing before Next; hidden when the page is complete."""
    label = wrapped(object_name="status")
    label.setStyleSheet("color: #9a3412; font-weight: bold;")
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

    Items read "Serbia — a third country associated to the Programme". The typed text
    counts as a country when it is an item, a country name or a code.
    """

    country_changed = Signal(object)  # str | None

    def __init__(self, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._lookup: dict[str, str] = {}
        countries = sorted(load_countries().countries, key=lambda c: c.name.casefold())
        for country in countries:
            text = f"{country.name} — {texts.country_status[country.status]}"
            self.addItem(text, country.code)
            for key in (text, country.name, country.code):
                self._lookup[key.casefold()] = country.code
        completer = QCompleter(self.model(), self)
        completer.setCompletionColumn(0)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()
        assert edit is not None  # the combo is editable
        edit.setPlaceholderText("Type part of the name, e.g. “ser”")
        self.setCurrentIndex(-1)
        self._code: str | None = None
        self.editTextChanged.connect(self._text_changed)
        edit.editingFinished.connect(self._tidy)

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

    def _tidy(self) -> None:
        """After typing "spain" or "ES", show the full item text."""
        if self._code is not None:
            index = self.findData(self._code)
            if self.currentText() != self.itemText(index):
                self.setCurrentIndex(index)


# --- page 1: organisation -----------------------------------------------------------------------


class OrganisationPage(QWizardPage):
    def __init__(self, presenter: WizardPresenter, texts: Texts, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.texts = texts
        self.setObjectName("organisation_page")
        self.setTitle("Your organisation")
        self.setSubTitle(
            "Who is applying? These answers decide which actions are open to you. "
            "They stay on this computer."
        )
        layout = scrolling_page(self)

        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(300)
        self.name_edit.setPlaceholderText("e.g. Tehnička škola Kragujevac")
        named(self.name_edit, "Organisation name (optional)")
        layout.addWidget(buddy_label("Organisation na&me (optional)", self.name_edit))
        layout.addWidget(self.name_edit)

        self.type_combo = QComboBox()
        self.type_combo.setPlaceholderText("Choose the type of your organisation")
        for org_type in OrganisationType:
            text = texts.organisation_types[org_type]
            self.type_combo.addItem(text.label, org_type.value)
            self.type_combo.setItemData(
                self.type_combo.count() - 1, text.help, Qt.ItemDataRole.ToolTipRole
            )
        named(self.type_combo, "Type of organisation")
        self.type_help = help_label("")
        layout.addWidget(buddy_label("&Type of organisation", self.type_combo))
        layout.addWidget(self.type_combo)
        layout.addWidget(self.type_help)

        self.country = CountryField(texts)
        named(self.country, "Country", "Type part of the country name and pick it from the list.")
        layout.addWidget(buddy_label("&Country", self.country))
        layout.addWidget(self.country)

        self.accreditation = QCheckBox("We hold an Erasmus &accreditation in VET")
        named(
            self.accreditation,
            "We hold an Erasmus accreditation in VET",
            "The accreditation (KA120-VET) gives yearly mobility funding through accredited projects.",
        )
        self.eche = QCheckBox("We hold an Erasmus Charter for Higher &Education (ECHE)")
        named(
            self.eche,
            "We hold an Erasmus Charter for Higher Education (ECHE)",
            "Only universities and colleges hold an ECHE.",
        )
        layout.addSpacing(6)
        layout.addWidget(self.accreditation)
        layout.addWidget(help_label(self.accreditation.accessibleDescription(), self.accreditation))
        layout.addWidget(self.eche)
        layout.addWidget(help_label(self.eche.accessibleDescription(), self.eche))

        self.grants = QSpinBox()
        self.grants.setRange(0, 4)
        named(
            self.grants,
            "Short-term mobility grants (KA122-VET) in the previous four calls",
            "Count the short-term projects your organisation received, not those it joined as partner.",
        )
        grants_row = QHBoxLayout()
        grants_label = buddy_label(
            "Short-term mobility &grants (KA122-VET) received in the previous four calls",
            self.grants,
        )
        grants_row.addWidget(grants_label, 1)
        grants_row.addWidget(self.grants)
        layout.addSpacing(6)
        layout.addLayout(grants_row)
        layout.addWidget(help_label(self.grants.accessibleDescription()))

        self.experience_box = QGroupBox("Erasmus+ e&xperience")
        self.experience_box.setAccessibleName("Erasmus+ experience")
        box_layout = QVBoxLayout(self.experience_box)
        self.experience_group = QButtonGroup(self)
        self.experience_radios: dict[Experience, QRadioButton] = {}
        for level in Experience:
            text = texts.experience[level]
            radio = QRadioButton(text.label)
            named(radio, text.label, text.help)
            self.experience_group.addButton(radio)
            self.experience_radios[level] = radio
            box_layout.addWidget(radio)
            box_layout.addWidget(help_label(text.help, radio))
        layout.addWidget(self.experience_box)

        self.status = status_label()
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.name_edit.textChanged.connect(lambda t: presenter.set_answer("name", t))
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.country.country_changed.connect(lambda code: presenter.set_answer("country", code))
        self.accreditation.toggled.connect(
            lambda on: presenter.set_answer("holds_vet_accreditation", on)
        )
        self.eche.toggled.connect(lambda on: presenter.set_answer("holds_eche", on))
        self.grants.valueChanged.connect(
            lambda n: presenter.set_answer("short_term_grants_previous_4_calls", n)
        )
        self.experience_group.buttonToggled.connect(self._experience_toggled)
        presenter.profile_changed.connect(self._refresh)
        self._load()

    def _experience_toggled(self, radio: QAbstractButton, checked: bool) -> None:
        for level, candidate in self.experience_radios.items():
            if checked and candidate is radio:
                self.presenter.set_answer("experience", level)

    def _type_changed(self, index: int) -> None:
        data = self.type_combo.itemData(index) if index >= 0 else None
        org_type = OrganisationType(data) if data else None
        self.presenter.set_answer("organisation_type", org_type)

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
        missing = []
        if org_type is None:
            missing.append("choose the type of your organisation")
        if draft.country is None:
            missing.append("pick your country from the list")
        self.status.setText(f"To continue, {' and '.join(missing)}." if missing else "")
        self.status.setVisible(bool(missing))
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self._load()

    def isComplete(self) -> bool:
        return self.presenter.organisation_complete()


# --- page 2: goals ----------------------------------------------------------------------------


class GoalsPage(QWizardPage):
    def __init__(self, presenter: WizardPresenter, texts: Texts, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("goals_page")
        self.setTitle("Your goals")
        self.setSubTitle("What do you want to do with Erasmus+? Choose at least one goal.")
        layout = scrolling_page(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.checks: dict[Goal, QCheckBox] = {}
        for position, (group_id, group_title) in enumerate(texts.goal_groups.items()):
            box = QGroupBox(group_title)
            box.setObjectName(f"goal_group_{group_id}")
            box.setAccessibleName(group_title)
            box_layout = QVBoxLayout(box)
            for goal in Goal:
                text = texts.goals[goal]
                if text.group != group_id:
                    continue
                check = QCheckBox(text.label)
                check.setObjectName(f"goal_{goal.value}")
                named(check, text.label, text.help)
                box_layout.addWidget(check)
                box_layout.addWidget(help_label(text.help, check))
                check.toggled.connect(lambda on, g=goal: presenter.set_goal(g, on))
                self.checks[goal] = check
            box_layout.addStretch(1)
            grid.addWidget(box, position // 2, position % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.status = status_label()
        layout.addWidget(self.status)
        layout.addStretch(1)
        presenter.profile_changed.connect(self._refresh)
        self._load()

    def _load(self) -> None:
        goals = set(self.presenter.draft.goals)
        for goal, check in self.checks.items():
            with QSignalBlocker(check):
                check.setChecked(goal in goals)
        self._refresh()

    def _refresh(self) -> None:
        done = self.presenter.goals_complete()
        self.status.setText("" if done else "To continue, choose at least one goal.")
        self.status.setVisible(not done)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        self._load()

    def isComplete(self) -> bool:
        return self.presenter.goals_complete()


# --- page 3: partners ---------------------------------------------------------------------------


class PartnersModel(QAbstractTableModel):
    """The partners of the presenter's draft as a read-only table."""

    HEADERS = ("Country", "Type of organisation", "Name")

    def __init__(self, presenter: WizardPresenter, texts: Texts, parent: QObject | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.texts = texts

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.presenter.partners)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        partner = self.presenter.partners[index.row()]
        column = index.column()
        if column == 0:
            country = load_countries().get(partner.country)
            if country is None:
                return partner.country
            return f"{country.name} — {self.texts.country_status[country.status]}"
        if column == 1:
            if partner.organisation_type is None:
                return "Not known yet"
            return self.texts.organisation_types[partner.organisation_type].label
        if column == 2:
            return partner.name
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return self.HEADERS[section]
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


class PartnersPage(QWizardPage):
    def __init__(self, presenter: WizardPresenter, texts: Texts, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.setObjectName("partners_page")
        self.setTitle("Partners and participants")
        self.setSubTitle(
            "Add the organisations you already know you will work with, if any. "
            "Having no partners yet is fine."
        )
        layout = scrolling_page(self)

        add_box = QGroupBox("Add a partner")
        add_box.setAccessibleName("Add a partner")
        form = QGridLayout(add_box)
        self.partner_country = CountryField(texts)
        named(
            self.partner_country,
            "Country of the partner",
            "Type part of the name and pick it from the list.",
        )
        self.partner_type = QComboBox()
        self.partner_type.addItem("Not known yet", None)
        for org_type in OrganisationType:
            self.partner_type.addItem(texts.organisation_types[org_type].label, org_type.value)
        named(self.partner_type, "Type of the partner organisation (optional)")
        self.partner_name = QLineEdit()
        self.partner_name.setMaxLength(300)
        named(self.partner_name, "Name of the partner organisation (optional)")
        self.add_button = QPushButton("&Add partner")
        named(self.add_button, "Add partner")
        form.addWidget(buddy_label("C&ountry of the partner", self.partner_country), 0, 0)
        form.addWidget(self.partner_country, 1, 0)
        form.addWidget(buddy_label("T&ype (optional)", self.partner_type), 0, 1)
        form.addWidget(self.partner_type, 1, 1)
        form.addWidget(buddy_label("Na&me (optional)", self.partner_name), 2, 0)
        form.addWidget(self.partner_name, 3, 0)
        form.addWidget(self.add_button, 3, 1)
        form.setColumnStretch(0, 3)
        form.setColumnStretch(1, 2)
        layout.addWidget(add_box)

        self.model = PartnersModel(presenter, texts, self)
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
        named(self.table, "Partners known so far")
        layout.addWidget(buddy_label("Partners &known so far", self.table))
        layout.addWidget(self.table)
        self.remove_button = QPushButton("&Remove partner")
        named(self.remove_button, "Remove the selected partner")
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        layout.addLayout(remove_row)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self._remove)

        self.participants = QSpinBox()
        self.participants.setRange(0, 100_000)
        self.participants.setSpecialValueText("Not known yet")
        named(
            self.participants,
            "Planned number of mobility participants",
            "Learners and staff you plan to send abroad in one project; leave at “Not known yet” if unsure.",
        )
        row = QHBoxLayout()
        row.addWidget(buddy_label("Planned number of mobility &participants", self.participants), 1)
        row.addWidget(self.participants)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(help_label(self.participants.accessibleDescription()))
        layout.addStretch(1)

        self.partner_country.country_changed.connect(self._update_buttons)
        self.add_button.clicked.connect(self._add)
        self.partner_name.returnPressed.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.participants.valueChanged.connect(
            lambda n: presenter.set_answer("participants", n or None)
        )
        self._load()

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


class ResultsPage(QWizardPage):
    def __init__(self, presenter: WizardPresenter, texts: Texts, parent: QWidget | None = None):
        super().__init__(parent)
        self.presenter = presenter
        self.texts = texts
        self.setObjectName("results_page")
        self.setTitle("Actions for you")
        self.setSubTitle(
            "Ranked by eligibility, then by how well they serve your goals. "
            "Tick the actions you want to keep."
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.results_scroll = QScrollArea()
        self.results_scroll.setObjectName("results_scroll")
        self.results_scroll.setWidgetResizable(True)
        self.results_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.results_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view = ResultsView(texts)
        self.results_scroll.setWidget(self.view)
        layout.addWidget(self.results_scroll, 1)

        target = QGroupBox("Keep the ticked actions in")
        target.setObjectName("target_box")
        target.setAccessibleName("Keep the ticked actions in")
        grid = QGridLayout(target)
        self.existing_radio = QRadioButton("An &existing shortlist:")
        named(self.existing_radio, "An existing shortlist")
        self.shortlist_combo = QComboBox()
        for shortlist_id, name in presenter.shortlists:
            self.shortlist_combo.addItem(name, shortlist_id)
        named(self.shortlist_combo, "Existing shortlist")
        self.new_radio = QRadioButton("A ne&w shortlist named:")
        named(self.new_radio, "A new shortlist")
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(200)
        named(self.new_name, "Name of the new shortlist")
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
        layout.addWidget(target)

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
        self._target_changed()

    def _target_changed(self, *_: object) -> None:
        existing = self.existing_radio.isChecked()
        self.presenter.set_target_id(self.shortlist_combo.currentData() if existing else None)

    def _refresh(self) -> None:
        n = len(self.presenter.chosen_codes)
        text = {0: "No action ticked yet."}.get(n, f"{n} action{'s' if n != 1 else ''} ticked.")
        if not self.presenter.choice_complete():
            text += " Give the new shortlist a name."
        self.count_label.setText(text)
        self.completeChanged.emit()

    def initializePage(self) -> None:
        result = self.presenter.recommendations()
        self.presenter.keep_chosen([item.code for item in result.actions])
        view = ResultsView(self.texts)
        view.show_recommendations(result, self.presenter.catalogue, self.presenter.chosen_codes)
        view.chosen_changed.connect(self.presenter.set_chosen)
        self.results_scroll.setWidget(view)  # deletes the previous view
        self.view = view
        self._chain_focus()
        self.recommendations = result
        self._refresh()

    def _chain_focus(self) -> None:
        """Tab through the cards first, then the target; the view is newer than the target."""
        chain: list[QWidget] = []
        for card in self.view.cards:
            chain += [card.check, card.partner_toggle]
        chain += [self.existing_radio, self.shortlist_combo, self.new_radio, self.new_name]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def isComplete(self) -> bool:
        return self.presenter.choice_complete()
