"""The budget dialog: a KA1 mobility estimate from unit costs, and the lump-sum options.

Display and input only. Every amount, formula, warning and reason comes from
:func:`vetguide.model.budget.estimate` and :func:`~vetguide.model.budget.lump_sum_options`;
every check of a value is the model's (the table keeps whatever was typed and shows the
model's message for a flow it cannot use). The dialog is not modal: the main window opens
it with ``show()`` and the user can keep working next to it.

Languages: the dialog's words go through ``tr``; action titles, activity names and the
lump-sum texts come from the catalogue in :func:`vetguide.ui.i18n.model_language`, and
amounts are written for that language. The estimate's own lines (labels, formulas, warnings,
reasons, notes, the model's messages about a flow) are the budget model's, asked for in that
language too. On a language change the dialog keeps the typed flows and estimates again.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from html import escape
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSignalBlocker,
    QStringListModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vetguide.model.budget import (
    BudgetData,
    BudgetError,
    BudgetEstimate,
    BudgetPlan,
    City,
    Flow,
    FlowProblem,
    FlowsEstimate,
    LumpSumOption,
    check_flows,
    estimate_flows,
    load_budget_data,
    load_cities,
    lump_sum_options,
    new_flow,
    read_plan,
    validation_problems,
)
from vetguide.model.catalogue import Action, Activity, Catalogue
from vetguide.model.formatting import format_eur, format_number
from vetguide.model.profile import InstitutionProfile
from vetguide.model.resources import DataError, clip_text
from vetguide.model.storage import StorageError, save_model
from vetguide.ui import dialogs
from vetguide.ui.action_html import UNVERIFIED_HINT, mark_text, source_kind, style
from vetguide.ui.action_html import unverified as unverified_html
from vetguide.ui.i18n import current_language, model_language, tr
from vetguide.ui.palette import scheme
from vetguide.ui.presenter import localized_catalogue
from vetguide.ui.results_view import with_official, wrapped
from vetguide.ui.screen import resize_to_fit
from vetguide.ui.user_text import tooltip

ModelIndex = QModelIndex | QPersistentModelIndex

DEFAULT_PLAN_FILE = "budget-plan.json"
EXTRA_STYLE = """
.formula { color: palette(text); }
.missing { font-style: italic; }
td { padding: 2px 6px 4px 0px; vertical-align: top; }
"""
EDITOR_MAX = 1_000_000  # an input bound for the spin boxes only; the model checks the values


class Column(IntEnum):
    ACTIVITY = 0
    PARTICIPANTS = 1
    DAYS = 2
    FROM_CITY = 3
    TO_CITY = 4
    GREEN = 5
    FEWER = 6


FIELDS: dict[Column, str] = {
    Column.ACTIVITY: "activity",
    Column.PARTICIPANTS: "participants",
    Column.DAYS: "days",
    Column.FROM_CITY: "from_city",
    Column.TO_CITY: "to_city",
    Column.GREEN: "green_travel",
    Column.FEWER: "fewer_opportunities",
}
INT_COLUMNS = (Column.PARTICIPANTS, Column.DAYS, Column.FEWER)
CITY_COLUMNS = (Column.FROM_CITY, Column.TO_CITY)


def plan_filter() -> str:
    # The patterns stay out of the translation: transliteration must never touch them.
    plans, every_file = tr("Budget plans"), tr("All files")
    return f"{plans} (*.json);;{every_file} (*)"


def header_text(column: Column) -> str:
    """The column's header in the current language."""
    return {
        Column.ACTIVITY: tr("Activity"),
        Column.PARTICIPANTS: tr("Participants"),
        Column.DAYS: tr("Days"),
        Column.FROM_CITY: tr("From city"),
        Column.TO_CITY: tr("To city"),
        Column.GREEN: tr("Green travel"),
        Column.FEWER: tr("Fewer opportunities"),
    }[column]


def field_label(field: str) -> str | None:
    """What a field of a flow is called on screen, or None for a field the table lacks."""
    for column, name in FIELDS.items():
        if name == field:
            return header_text(column)
    return {"travel_days": tr("Travel days"), "label": tr("Label")}.get(field)


def _flow_help(column: Column, data: BudgetData | None) -> str:
    """Header help from the model's own field descriptions and the unit-cost data."""
    if column is Column.GREEN:
        return (data.travel_days.note or "") if data is not None else ""
    description = Flow.model_fields[FIELDS[column]].description
    return description or ""


def city_entry(city: City, always_country: bool = False) -> str:
    """How a city is written: its name, with ', CC' when it is not the city the bare name
    finds (or, with ``always_country``, when others share its name)."""
    table = load_cities()
    name = city.display_name(model_language())
    shared = len(table.matches(city.name)) > 1
    if (shared and always_country) or table.find(name) != city:
        return f"{name}, {city.country}"
    return name


class CityEdit(QLineEdit):
    """A city field: completes a name from its first letters (Latin or Cyrillic), any of the
    cities of the table, largest first; what it holds is a city only when :meth:`city` finds it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = QStringListModel(self)
        completer = QCompleter(self.choices, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)
        self.setPlaceholderText(tr("Type the first letters of the city"))

    def _suggest(self, text: str) -> None:
        found = load_cities().complete(text)
        self.choices.setStringList([city_entry(c, always_country=True) for c in found])

    def city(self) -> City | None:
        return load_cities().find(self.text()) if self.text().strip() else None


def flow_problem_text(problem: FlowProblem) -> str:
    """A problem of one flow in words: the model's message after the column it is about.

    ``To city: unknown city …``; a flow waiting for its cities asks for them.
    """
    if problem.missing:
        if set(problem.fields) >= {"from_city", "to_city"}:
            return tr("choose the From city and the To city to include this flow in the estimate")
        if "from_city" in problem.fields:
            return tr("choose the From city to include this flow in the estimate")
        return tr("choose the To city to include this flow in the estimate")
    return located_text(problem.fields[0] if problem.fields else None, problem.message)


def located_text(field: str | None, message: str) -> str:
    """A model message after the name of the column (or field) it is about."""
    if field is None:
        return message
    return f"{field_label(field) or clip_text(field)}: {message}"


# --- the table of flows -----------------------------------------------------------------------


class FlowTableModel(QAbstractTableModel):
    """The planned flows as typed: one dict per row, checked only by the model's estimate.

    Fields the table has no column for (``travel_days``, ``label``) are kept from an opened
    plan and saved again unchanged. The model's problems of a row are shown on the row (its
    header and tooltips) and on the cell of each field they are about (a warning icon).
    """

    flows_changed = Signal()

    def __init__(self, activities: list[Activity], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.problems: dict[int, list[FlowProblem]] = {}
        self.help: dict[Column, str] = {}
        self.set_activities(activities)

    def set_activities(self, activities: list[Activity]) -> None:
        self.activities = {a.id: a for a in activities}
        if self.rows:
            self.dataChanged.emit(
                self.index(0, Column.ACTIVITY), self.index(len(self.rows) - 1, Column.ACTIVITY)
            )

    # --- Qt overrides ---------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == Column.GREEN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def problem(self, row: int) -> str:
        """The model's problems of a row in words; "" when it has none."""
        return "; ".join(flow_problem_text(p) for p in self.problems.get(row, []))

    def cell_problems(self, row: int, column: Column) -> list[FlowProblem]:
        """The problems of a row that are about the field of ``column``."""
        return [p for p in self.problems.get(row, []) if FIELDS[column] in p.fields]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = Column(index.column())
        value = row.get(FIELDS[column])
        if role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            marked = self.cell_problems(index.row(), column)
            if not marked:
                return None
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return "; ".join(flow_problem_text(p) for p in marked)
        if column is Column.GREEN:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return tr("Yes") if value else tr("No")
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.help.get(column) or None
            return None
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is Column.ACTIVITY:
                activity = self.activities.get(str(value))
                return activity.name if activity else str(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            problem = self.problem(index.row())
            if column is Column.ACTIVITY:
                activity = self.activities.get(str(value))
                text = f"{activity.name}: {activity.participants}" if activity else str(value)
            else:
                text = self.help.get(column, "")
            joined = "\n".join(t for t in (text, problem) if t)
            return tooltip(joined) if joined else None  # a problem may quote the plan file
        if role == Qt.ItemDataRole.TextAlignmentRole and column in INT_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return False
        column = Column(index.column())
        row = self.rows[index.row()]
        if column is Column.GREEN:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            new: Any = checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column in INT_COLUMNS:
            try:
                new = int(value)
            except (TypeError, ValueError):
                return False
        else:
            new = str(value).strip()
        if row.get(FIELDS[column]) == new:
            return True
        row[FIELDS[column]] = new
        self.dataChanged.emit(index, index)
        self.flows_changed.emit()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            column = Column(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return header_text(column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.help.get(column) or None
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            problem = self.problem(section)
            if role == Qt.ItemDataRole.DisplayRole:
                if problem:
                    return tr("⚠ Flow {n}").format(n=section + 1)
                return tr("Flow {n}").format(n=section + 1)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(problem) if problem else None
        return None

    # --- own API ----------------------------------------------------------------------------

    def append(self, row: dict[str, Any]) -> int:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(dict(row))
        self.endInsertRows()
        self.flows_changed.emit()
        return position

    def remove(self, position: int) -> None:
        if not 0 <= position < len(self.rows):
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self.rows[position]
        self.endRemoveRows()
        self.flows_changed.emit()

    def replace(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = [dict(row) for row in rows]
        self.problems = {}
        self.endResetModel()
        self.flows_changed.emit()

    def retranslate(self) -> None:
        """Tell the views that every header and text is to be shown again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.rows:
            last = len(self.rows) - 1
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)
            self.dataChanged.emit(self.index(0, 0), self.index(last, len(Column) - 1))

    def set_problems(self, problems: dict[int, list[FlowProblem]]) -> None:
        if problems == self.problems:
            return
        self.problems = {row: list(found) for row, found in problems.items()}
        if self.rows:
            last = len(self.rows) - 1
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, last)
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(last, len(Column) - 1),
                [
                    Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.AccessibleDescriptionRole,
                ],
            )

    def raw_flows(self) -> list[dict[str, Any]]:
        """The rows as plan data, without empty optional fields."""
        return [{k: v for k, v in row.items() if v is not None} for row in self.rows]


class FlowDelegate(QStyledItemDelegate):
    """Editors for the flow table: an activity list, searchable city pickers, number boxes."""

    rejected = Signal(str)  # a city cell's text that names no city

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table

    def _model(self) -> FlowTableModel:
        model = self.table.model()
        assert isinstance(model, FlowTableModel)
        return model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        column = Column(index.column())
        name = tr("{column} of flow {n}").format(column=header_text(column), n=index.row() + 1)
        editor: QWidget
        if column is Column.ACTIVITY:
            combo = QComboBox(parent)
            for activity in self._model().activities.values():
                combo.addItem(activity.name, activity.id)
                combo.setItemData(
                    combo.count() - 1, activity.participants, Qt.ItemDataRole.ToolTipRole
                )
            combo.currentIndexChanged.connect(lambda _=0, e=combo: self._commit_live(e))
            editor = combo
        elif column in CITY_COLUMNS:
            editor = CityEdit(parent)
        elif column in INT_COLUMNS:
            spin = QSpinBox(parent)
            spin.setRange(-EDITOR_MAX, EDITOR_MAX)
            # The estimate follows each step of the number, not only the end of the edit.
            spin.valueChanged.connect(lambda _=0, e=spin: self._commit_live(e))
            editor = spin
        else:
            return super().createEditor(parent, option, index)
        editor.setAccessibleName(name)
        help_text = self._model().help.get(column)
        if help_text:
            editor.setAccessibleDescription(help_text)
        return editor

    def _commit_live(self, editor: QWidget) -> None:
        """Commit while the user edits; a closed editor (hidden by the view) commits no more."""
        if editor.isVisible():
            self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        with QSignalBlocker(editor):  # filling the editor is no edit to commit
            self._fill(editor, index)

    def _fill(self, editor: QWidget, index: ModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, CityEdit):
            editor.setText("" if value is None else str(value))
        elif isinstance(editor, QComboBox):
            position = editor.findData(value)
            if position < 0:  # an id from an opened plan that the action does not know
                editor.addItem(str(value), value)
                position = editor.count() - 1
            editor.setCurrentIndex(position)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value) if isinstance(value, int) else 0)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:
        if isinstance(editor, CityEdit):
            city = editor.city()
            if city is None:  # free text is no city: the cell keeps its city
                self.rejected.emit(editor.text())
                return
            model.setData(index, city_entry(city), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


# --- HTML of the estimate and of the lump sums (pure) -----------------------------------------


def eur_range(low: int, high: int, language: str = "en") -> str:
    if low == high:
        return format_eur(low, language)
    return f"{format_eur(low, language)}–{format_eur(high, language)}"


def _warning_html(text: str) -> str:
    warning = tr("⚠ Warning: {text}").format(text=text)
    return f'<p class="warning">{escape(warning)}</p>'


def _people(n: int) -> str:
    return tr("1 participant") if n == 1 else tr("{n} participants").format(n=n)


def _source_item(title: str, url: str, detail: str) -> str:
    return f'<li><a href="{escape(url, quote=True)}">{escape(title)}</a> · {escape(detail)}</li>'


def estimate_html(
    result: BudgetEstimate, flow_numbers: list[int] | None = None, *, with_total: bool = True
) -> str:
    """The estimate with the formula behind every line; ``flow_numbers`` maps the flows of
    the estimate (1, 2, …) to the numbers of their rows in the table. Amounts are written
    for :func:`~vetguide.ui.i18n.model_language`."""
    language = model_language()
    numbers = flow_numbers or [flow.flow for flow in result.flows]

    def number(flow: int) -> int:
        return numbers[flow - 1] if 0 < flow <= len(numbers) else flow

    out = []
    if with_total:
        out.append(f"<p><b>{escape(result.headline)}</b></p>")
    out.extend(_warning_html(w) for w in result.warnings)
    for flow in result.flows:
        head = tr("Flow {n} – {activity}").format(n=number(flow.flow), activity=flow.activity_name)
        if flow.label:
            head += f" ({flow.label})"
        route = tr("{people}, {days}, {origin} to {destination}, {km} km").format(
            people=_people(flow.participants),
            days=tr("{n} days", None, flow.days).format(n=flow.days),
            origin=f"{flow.from_city} ({flow.from_country})",
            destination=f"{flow.to_city} ({flow.to_country})",
            km=format_number(flow.distance_km, language),
        )
        if flow.band:
            band = tr("{band} band").format(band=flow.band)
            route += f" ({band})"
        route += ", " + (tr("green travel") if flow.green_travel else tr("ordinary travel"))
        out.append(f"<h4>{escape(head)}</h4>")
        out.append(f"<p>{escape(route)}</p>")
        out.extend(_warning_html(w) for w in flow.warnings)
        out.append('<table width="100%" cellspacing="0">')
        for line in result.lines:
            if line.flow != flow.flow:
                continue
            mark = unverified_html(line.verified)
            if line.estimated and line.low_eur is not None and line.high_eur is not None:
                amount = f"<b>{escape(eur_range(line.low_eur, line.high_eur, language))}</b>{mark}"
                detail = f'<span class="formula">{escape(line.formula or "")}</span>'
            else:
                missing_text = escape(tr("not estimated"))
                amount = f'<span class="missing">{missing_text}</span>{mark}'
                detail = f'<span class="missing">{escape(line.reason or "")}</span>'
            out.append(
                f'<tr><td width="22%">{escape(line.label)}</td>'
                f'<td width="20%">{amount}</td><td>{detail}</td></tr>'
            )
        out.append("</table>")
    missing = result.missing_lines()
    if missing or result.not_estimated:
        heading = tr("Not estimated")
        out.append(f"<h4>{escape(heading)}</h4><ul>")
        for line in missing:
            text = tr("Flow {n}, {line}: {reason}").format(
                n=number(line.flow), line=line.label.lower(), reason=line.reason or ""
            )
            out.append(f"<li>{escape(text)}</li>")
        out.extend(f"<li>{escape(text)}</li>" for text in result.not_estimated)
        out.append("</ul>")
    notes = dict.fromkeys(
        (line.label, line.note) for line in result.lines if not line.verified and line.note
    )
    if notes:
        why = tr("Why figures are marked")
        out.append(
            f"<h4>{escape(why)} "
            f'<span class="unverified">{escape(mark_text())}</span></h4>'
            f"<p>{escape(tr(UNVERIFIED_HINT))}</p><ul>"
        )
        out.extend(f"<li><b>{escape(label)}:</b> {escape(note)}</li>" for label, note in notes)
        out.append("</ul>")
    out.append(f'<p class="note"><b>{escape(result.final_amounts_note)}</b></p>')
    cited = dict.fromkeys(source for line in result.lines for source in line.sources)
    sources = tr("Sources")
    out.append(f"<h4>{escape(sources)}</h4><ul>")
    for source_id in cited:
        source = result.sources[source_id]
        kind = source_kind(source.kind)
        out.append(_source_item(source.title, source.url, f"{kind} · {source.guide_year}"))
    out.append("</ul>")
    out.append(f'<p class="meta">{escape(result.city_source)}</p>')
    return "\n".join(out)


def lump_sum_actions(
    catalogue: Catalogue, language: str = "en"
) -> list[tuple[Action, list[LumpSumOption]]]:
    """Every action of the catalogue the model gives lump-sum options for, in catalogue order."""
    found = []
    for action in catalogue.actions:
        try:
            found.append((action, lump_sum_options(action, language=language)))
        except ValueError:
            continue  # funded from unit costs or not at all: not a lump-sum action
    return found


def option_label(option: LumpSumOption, language: str = "en") -> str:
    """'€60,000' or 'up to €400,000', written for ``language``."""
    amount = format_eur(option.amount_eur, language)
    return tr("up to {amount}").format(amount=amount) if option.up_to else amount


def lump_sums_html(catalogue: Catalogue) -> str:
    """The lump-sum options; pass the catalogue in :func:`~vetguide.ui.i18n.model_language`."""
    language = model_language()
    intro = tr(
        "These actions are funded by a lump sum instead of unit costs. For each option: "
        "what size of work plan it usually fits."
    )
    heading = tr("Lump sums")
    out = [f"<h3>{escape(heading)}</h3>", f"<p>{escape(intro)}</p>"]
    found = lump_sum_actions(catalogue, language)
    if any(not option.verified for _, options in found for option in options):
        out.append(
            f'<p><span class="unverified">{escape(mark_text())}</span>: '
            f"{escape(tr(UNVERIFIED_HINT))}</p>"
        )
    for action, options in found:
        title = with_official(action.title, action.official_title)
        out.append(
            f'<h4><a name="{escape(action.code, quote=True)}"></a>'
            f"{escape(action.code)} – {escape(title)}</h4>"
        )
        out.append('<table width="100%" cellspacing="0">')
        for option in options:
            rate = ""
            if option.funding_rate_percent:
                rate = tr("Funding rate: {percent}%").format(percent=option.funding_rate_percent)
                rate = f"<br>{escape(rate)}"
            out.append(
                f'<tr><td width="22%"><b>{escape(option_label(option, language))}</b>'
                f"{unverified_html(option.verified)}{rate}</td>"
                f"<td>{escape(option.fits)}</td></tr>"
            )
        out.append("</table>")
        first = options[0]
        if first.note:
            out.append(f'<p class="note">{escape(first.note)}</p>')
        if first.sources:
            sources = tr("Sources:")
            out.append(f'<p class="meta">{escape(sources)} ')
            links = []
            for source_id in first.sources:
                source = catalogue.sources.get(source_id)
                if source is not None:
                    links.append(
                        f'<a href="{escape(source.url, quote=True)}">{escape(source.title)}</a>'
                        f" ({escape(source.guide_year)})"
                    )
            out.append("; ".join(links) + "</p>")
    out.append(f'<p class="note">{escape(catalogue.guide_note)}</p>')
    return "\n".join(out)


def _browser(name: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setObjectName(name)
    browser.setOpenLinks(False)
    browser.setOpenExternalLinks(False)
    browser.document().setDefaultStyleSheet(
        style() + EXTRA_STYLE + f".warning {{ color: {scheme().warning}; }}\n"
    )
    browser.anchorClicked.connect(_open_link)
    return browser


def _open_link(url: QUrl) -> None:
    if url.scheme() in ("http", "https"):
        dialogs.open_url(url)


# --- the dialog ---------------------------------------------------------------------------------


class BudgetDialog(QDialog):
    """Estimate a KA1 mobility budget; see the lump-sum options of the other actions."""

    estimate_changed = Signal(object)  # BudgetEstimate | None
    add_to_memo = Signal(object)  # the BudgetPlan estimated, for the current shortlist's memo

    def __init__(
        self,
        catalogue: Catalogue,
        today: date,
        profile: InstitutionProfile | None = None,
        parent: QWidget | None = None,
        last_plan: BudgetPlan | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("budget_dialog")
        self.setModal(False)
        self.catalogue = catalogue
        self.today = today
        self.profile = profile
        self.last_plan = last_plan
        self.call_year = catalogue.call_year
        self.estimate_result: BudgetEstimate | None = None
        self.flow_numbers: list[int] = []
        self.folder = Path.home()
        self.data: BudgetData | None = None
        self._data_error = ""
        self._language: str | None = None
        try:
            self.data = load_budget_data(self.call_year)
        except DataError as exc:
            self._data_error = str(exc)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("budget_tabs")
        self.tabs.addTab(self._mobility_tab(), "")
        self.tabs.addTab(self._lump_sum_tab(), "")

        buttons = QDialogButtonBox()
        # Our own button, not the standard Close: Qt gives a standard button its own English
        # text again on every language change, after retranslate() has set ours.
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        # Return belongs to the table's editors: no button of the dialog is a default button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        resize_to_fit(self, 1100, 760)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._language != current_language():
            self.retranslate()

    def retranslate(self) -> None:
        """Every word again in the current language; the typed flows stay as they are."""
        self._language = current_language()
        catalogue = self.local_catalogue()
        self.setWindowTitle(tr("Estimate the budget"))
        self.tabs.setAccessibleName(tr("Budget"))
        self.tabs.setTabText(0, tr("&Mobility (unit costs)"))
        self.tabs.setTabText(1, tr("&Lump sums"))
        self.close_button.setText(tr("&Close"))
        self.close_button.setAccessibleName(tr("Close the budget dialog"))

        self.action_combo.setAccessibleName(tr("Action"))
        for index in range(self.action_combo.count()):
            code = str(self.action_combo.itemData(index))
            try:
                action = catalogue.action(code)
            except KeyError:
                continue  # an action the data does not estimate, kept as its code
            text = f"{code} – {with_official(action.title, action.official_title)}"
            self.action_combo.setItemText(index, text)
            self.action_combo.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        self.action_label.setText(tr("Ac&tion:"))
        self.name_label.setText(tr("Plan &name (optional):"))
        self.name_edit.setAccessibleName(tr("Plan name (optional)"))
        self.name_edit.setPlaceholderText(tr("e.g. Autumn 2026 mobilities"))
        self.open_button.setText(tr("&Open plan…"))
        self.open_button.setAccessibleName(tr("Open a budget plan file"))
        self.save_button.setText(tr("&Save plan…"))
        self.save_button.setAccessibleName(tr("Save the budget plan to a file"))

        self.flows_label.setText(tr("Planned &flows:"))
        self.table.setAccessibleName(tr("Planned flows"))
        self.table.setAccessibleDescription(
            tr(
                "One row per group of participants doing the same activity between the same "
                "two cities. Press F2 to edit a cell, Space to tick green travel."
            )
        )
        self.table.horizontalHeader().setAccessibleName(tr("Columns of the planned flows"))
        self.table.verticalHeader().setAccessibleName(tr("Flow numbers"))
        for corner in self.table.findChildren(QAbstractButton):
            corner.setAccessibleName(tr("Corner of the flows table"))
        self.add_button.setText(tr("&Add flow"))
        self.add_button.setAccessibleName(tr("Add a flow"))
        self.memo_button.setText(tr("A&dd to the memo"))
        self.memo_button.setAccessibleName(
            tr("Add this estimate to the memo of the current shortlist")
        )
        self.remove_button.setText(tr("&Remove flow"))
        self.remove_button.setAccessibleName(tr("Remove the selected flow"))
        self.problem_label.setAccessibleName(tr("Problems with the plan"))

        self.estimate_label.setText(tr("&Estimate:"))
        self.total_label.setAccessibleName(tr("Total estimated"))
        self.estimate_view.setAccessibleName(tr("Budget estimate"))
        self.lump_sum_view.setAccessibleName(tr("Lump-sum options by action"))
        scroll = self.lump_sum_view.verticalScrollBar().value()
        self.lump_sum_view.setHtml(lump_sums_html(catalogue))
        self.lump_sum_view.verticalScrollBar().setValue(scroll)

        self.model.help[Column.GREEN] = _flow_help(Column.GREEN, self.local_data())
        self.model.set_activities(self._activities())
        self.model.retranslate()
        self.recalculate()

    def local_data(self) -> BudgetData | None:
        """The unit-cost data with its notes in the language of the model's texts."""
        if self.data is None:
            return None
        try:
            return load_budget_data(self.call_year, model_language())
        except DataError:
            return self.data

    def local_catalogue(self) -> Catalogue:
        """The catalogue in the language of the model's texts (titles, activities, lump sums)."""
        return localized_catalogue(self.catalogue, model_language())

    @property
    def data_problem(self) -> str:
        """Why no unit costs could be loaded, in words; "" when they were."""
        if not self._data_error:
            return ""
        return tr("No unit costs can be loaded for call year {year}: {problem}").format(
            year=self.call_year, problem=self._data_error
        )

    # --- construction -------------------------------------------------------------------------

    def _mobility_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("mobility_tab")
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("action_combo")
        for code in self.data.actions if self.data else []:
            self.action_combo.addItem(code, code)  # titles: retranslate()
        default = self.action_combo.findData(BudgetPlan.model_fields["action"].default)
        self.action_combo.setCurrentIndex(max(default, 0))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("plan_name")
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_plan_button")
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_plan_button")

        # The action on a row of its own: a translated title with the official English one
        # beside it is long.
        self.action_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.action_combo.setMinimumContentsLength(30)
        self.action_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        top = QGridLayout()
        self.action_label = self._buddy(self.action_combo)
        self.name_label = self._buddy(self.name_edit)
        top.addWidget(self.action_label, 0, 0)
        top.addWidget(self.action_combo, 0, 1, 1, 3)
        top.addWidget(self.name_label, 1, 0)
        top.addWidget(self.name_edit, 1, 1)
        top.addWidget(self.open_button, 1, 2)
        top.addWidget(self.save_button, 1, 3)
        top.setColumnStretch(1, 1)

        self.model = FlowTableModel(self._activities(), self)
        for column in Column:
            self.model.help[column] = _flow_help(column, self.data)
        self.table = QTableView()
        self.table.setObjectName("flows_table")
        self.table.setModel(self.model)
        delegate = FlowDelegate(self.table)
        delegate.rejected.connect(self._city_rejected)
        self.table.setItemDelegate(delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.ACTIVITY, QHeaderView.ResizeMode.Stretch)
        metrics = self.table.fontMetrics()
        for column in CITY_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.averageCharWidth() * 18)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setCornerButtonEnabled(False)  # one flow is selected at a time
        self.table.setMinimumHeight(metrics.height() * 7)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_flow)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while typing elsewhere

        self.add_button = QPushButton()
        self.add_button.setObjectName("add_flow_button")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_flow_button")
        flow_buttons = QHBoxLayout()
        flow_buttons.addWidget(self.add_button)
        flow_buttons.addWidget(self.remove_button)
        flow_buttons.addStretch(1)
        self.memo_button = QPushButton()
        self.memo_button.setObjectName("add_to_memo_button")
        self.memo_button.setEnabled(False)
        flow_buttons.addWidget(self.memo_button)

        self.problem_label = wrapped(object_name="problem_label")
        self.problem_label.setStyleSheet(f"color: {scheme().warning}; font-weight: bold;")
        self.problem_label.hide()

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        self.flows_label = self._buddy(self.table)
        upper_layout.addWidget(self.flows_label)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(flow_buttons)
        upper_layout.addWidget(self.problem_label)

        self.total_label = wrapped(object_name="total_label")
        font = self.total_label.font()
        font.setBold(True)
        self.total_label.setFont(font)
        self.estimate_view = _browser("estimate_view")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.estimate_label = self._buddy(self.estimate_view)
        lower_layout.addWidget(self.estimate_label)
        lower_layout.addWidget(self.total_label)
        lower_layout.addWidget(self.estimate_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("budget_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(self.splitter)

        self.action_combo.currentIndexChanged.connect(self._action_changed)
        self.name_edit.textChanged.connect(self.recalculate)
        self.model.flows_changed.connect(self.recalculate)
        self.add_button.clicked.connect(lambda: self.add_flow())
        self.remove_button.clicked.connect(self.remove_flow)
        self.open_button.clicked.connect(self.open_plan)
        self.save_button.clicked.connect(self.save_plan)
        self.memo_button.clicked.connect(self._add_to_memo)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        for first, second in (
            (self.action_combo, self.name_edit),
            (self.name_edit, self.open_button),
            (self.open_button, self.save_button),
            (self.save_button, self.table),
            (self.table, self.add_button),
            (self.add_button, self.remove_button),
            (self.remove_button, self.estimate_view),
        ):
            QWidget.setTabOrder(first, second)
        self._update_buttons()
        return page

    def _lump_sum_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("lump_sum_tab")
        self.lump_sum_view = _browser("lump_sum_view")
        layout = QVBoxLayout(page)
        layout.addWidget(self.lump_sum_view)
        return page

    @staticmethod
    def _buddy(buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        return label

    # --- state --------------------------------------------------------------------------------

    def action_code(self) -> str:
        return str(self.action_combo.currentData() or "")

    def _activities(self) -> list[Activity]:
        try:
            return list(self.local_catalogue().action(self.action_code()).activities)
        except KeyError:
            return []

    def _action_changed(self, *_: object) -> None:
        self.model.set_activities(self._activities())
        self.recalculate()

    def set_action(self, code: str) -> None:
        """Choose the action; an action the data does not estimate is kept, and explained."""
        position = self.action_combo.findData(code)
        if position < 0:
            self.action_combo.addItem(code, code)
            position = self.action_combo.count() - 1
        self.action_combo.setCurrentIndex(position)

    def _plan_data(self, flows: list[dict[str, Any]]) -> dict[str, Any]:
        return {
            "call_year": self.call_year,
            "action": self.action_code(),
            "name": self.name_edit.text().strip() or None,
            "flows": flows,
        }

    def plan(self) -> BudgetPlan:
        """The whole plan as typed; ValidationError when a value is not valid."""
        return BudgetPlan.model_validate(self._plan_data(self.model.raw_flows()))

    def _update_buttons(self, *_: object) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    # --- flows ----------------------------------------------------------------------------------

    def _new_row(self) -> dict[str, Any]:
        if self.model.rows:
            row = dict(self.model.rows[-1])
            row.pop("label", None)
            return row
        profile = self.profile
        return new_flow(
            self.action_code(),
            self._activities(),
            self.data,
            participants=profile.participants if profile else None,
            last_plan=self.last_plan,
            country=profile.country if profile else None,
        )

    def _add_to_memo(self) -> None:
        if self.estimate_result is None:
            return
        try:
            plan = BudgetPlan.model_validate(
                self._plan_data([self.model.raw_flows()[n - 1] for n in self.flow_numbers])
            )
        except ValidationError:
            return
        self.last_plan = plan
        self.add_to_memo.emit(plan)

    def add_flow(self, row: dict[str, Any] | None = None) -> int:
        """Add a flow (a copy of the last one, or a first one); return its row."""
        position = self.model.append(row if row is not None else self._new_row())
        values = self.model.rows[position]
        column = Column.ACTIVITY
        for empty in CITY_COLUMNS:
            if not values.get(FIELDS[empty]):
                column = empty
                break
        self.table.setCurrentIndex(self.model.index(position, column))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return position

    def remove_flow(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        position = rows[0].row()
        self.model.remove(position)
        if self.model.rowCount():
            self.table.selectRow(min(position, self.model.rowCount() - 1))
        self._update_buttons()

    # --- the estimate -------------------------------------------------------------------------

    def recalculate(self, *_: object) -> None:
        """Estimate the flows that the model accepts; show the model's problems of the others."""
        rows = self.model.raw_flows()
        if self.data_problem:
            _usable, problems = check_flows(rows)
            found = FlowsEstimate(None, problems=tuple(problems))
            general = [self.data_problem]
        else:
            found = estimate_flows(
                rows,
                call_year=self.call_year,
                action=self.action_code(),
                name=self.name_edit.text().strip() or None,
                catalogue=self.local_catalogue(),
                language=model_language(),
            )
            general = list(found.plan_problems)
        self.flow_numbers = [row + 1 for row in found.rows]
        self.model.set_problems(found.problems_by_row())
        self._show_problems(general, estimated=found.estimate is not None)
        self._show_estimate(found.estimate)

    def _city_rejected(self, text: str) -> None:
        """Free text in a city cell is not stored; say so where the flow problems are shown."""
        message = tr("⚠ “{text}” is not a city vetguide knows; choose one from the list.").format(
            text=text.strip()
        )
        self.problem_label.setText(message)
        self.problem_label.setVisible(True)

    def _show_problems(self, general: list[str], estimated: bool) -> None:
        problems = sorted(self.model.problems)
        lines = [f"⚠ {text}" for text in general]
        lines.extend(
            tr("⚠ Flow {n} – {problem}").format(n=row + 1, problem=self.model.problem(row))
            for row in problems
        )
        if problems:
            numbers = ", ".join(str(row + 1) for row in problems)
            if len(problems) == 1 and estimated:
                text = tr(
                    "Flow {n} is left out of the estimate until fixed; what you typed is kept."
                )
            elif len(problems) == 1:
                text = tr("Flow {n} is not estimated until fixed; what you typed is kept.")
            elif estimated:
                text = tr(
                    "Flows {n} are left out of the estimate until fixed; what you typed is kept."
                )
            else:
                text = tr("Flows {n} are not estimated until fixed; what you typed is kept.")
            lines.append(text.format(n=numbers))
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))

    def _show_estimate(self, result: BudgetEstimate | None) -> None:
        changed = result != self.estimate_result
        self.estimate_result = result
        self.memo_button.setEnabled(result is not None)
        if result is None:
            self.total_label.setText(tr("No estimate yet."))
            if self.model.rowCount() == 0:
                hint = tr("Press “Add flow” to plan the first group of participants.")
            else:
                hint = tr("Fix the flows marked above to see the estimate.")
            self.estimate_view.setHtml(f"<p>{escape(hint)}</p>")
        else:
            self.total_label.setText(result.headline)
            scroll = self.estimate_view.verticalScrollBar().value()
            self.estimate_view.setHtml(estimate_html(result, self.flow_numbers, with_total=False))
            self.estimate_view.verticalScrollBar().setValue(scroll)
        if changed:
            self.estimate_changed.emit(result)

    def estimate_text(self) -> str:
        """What the estimate pane shows, as plain text."""
        return self.estimate_view.toPlainText()

    def problem_text(self) -> str:
        return self.problem_label.text() if self.problem_label.isVisibleTo(self) else ""

    # --- files ----------------------------------------------------------------------------------

    def save_plan(self) -> bool:
        try:
            plan = self.plan()
        except ValidationError as exc:
            problem = "; ".join(located_text(p.field, p.message) for p in validation_problems(exc))
            advice = tr("Fix the flows marked in the table, then save again. Nothing was written.")
            dialogs.warn(self, tr("The plan cannot be saved yet"), f"{problem}\n\n{advice}")
            return False
        path = dialogs.save_file_path(
            self, tr("Save budget plan"), self.folder / DEFAULT_PLAN_FILE, plan_filter()
        )
        if path is None:
            return False
        self.folder = path.parent
        try:
            save_model(path, plan)
        except StorageError as exc:
            dialogs.warn(
                self, tr("The plan was not saved"), f"{exc}\n\n" + tr("The flows are still here.")
            )
            return False
        return True

    def open_plan(self) -> bool:
        path = dialogs.open_file_path(self, tr("Open budget plan"), self.folder, plan_filter())
        if path is None:
            return False
        self.folder = path.parent
        try:
            plan = read_plan(path, language=model_language())
        except BudgetError as exc:
            unchanged = tr("The flows here were not changed.")
            dialogs.warn(self, tr("This plan cannot be opened"), f"{exc}\n\n{unchanged}")
            return False
        count = self.model.rowCount()
        if count == 1:
            question = tr("Replace the flow in this dialog with the plan from {file}?")
        else:
            question = tr("Replace the {count} flows in this dialog with the plan from {file}?")
        if count and not dialogs.confirm(
            self,
            tr("Open budget plan"),
            question.format(count=count, file=path.name),
            tr("Replace"),
        ):
            return False
        self.load_plan(plan)
        return True

    def load_plan(self, plan: BudgetPlan) -> None:
        self.call_year = plan.call_year
        with QSignalBlocker(self.name_edit), QSignalBlocker(self.action_combo):
            self.name_edit.setText(plan.name or "")
            self.set_action(plan.action)
        self.model.set_activities(self._activities())
        self.model.replace([flow.model_dump(exclude_none=True) for flow in plan.flows])
        if self.model.rowCount():
            self.table.selectRow(0)
