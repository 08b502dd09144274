"""The readiness plan of one action: dated to-dos laid back from its deadline.

Display only: the steps, their dates, reasons and lead times come from
:func:`vetguide.model.readiness.plan`; the deadline line from
:func:`vetguide.model.present.format_deadline`. An overdue step says so in words as well as
in colour, and a lead time that is our guidance (not a programme rule) is marked "guidance".
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.deadlines import DeadlineInfo, local_time, next_deadline, published_dates
from vetguide.model.formatting import format_date
from vetguide.model.present import format_deadline
from vetguide.model.readiness import ToDo, load_readiness, plan
from vetguide.ui import dialogs
from vetguide.ui.action_html import SOURCE_KINDS, STYLE
from vetguide.ui.action_html import unverified as unverified_html
from vetguide.ui.results_view import UNVERIFIED, wrapped

ModelIndex = QModelIndex | QPersistentModelIndex

OVERDUE_COLOUR = "#b91c1c"
GUIDANCE = "guidance"
GUIDANCE_HELP = "The lead time is our guidance for planning, not a rule of the programme."
EMPTY_TEXT = "Choose an action in the shortlist to see the steps before its deadline."


class Column(IntEnum):
    DUE = 0
    STEP = 1
    STATUS = 2
    LEAD = 3


HEADERS = {
    Column.DUE: "Due",
    Column.STEP: "Step",
    Column.STATUS: "Status",
    Column.LEAD: "Lead time (before the deadline)",
}


def status_text(todo: ToDo) -> str:
    """'Overdue by 3 days', 'Due today', 'In 10 days': the state in words, never colour alone."""
    days = todo.days_until_due
    if todo.overdue:
        late = -days
        return f"Overdue by {late} day{'s' if late != 1 else ''}"
    if days == 0:
        return "Due today"
    return f"In {days} day{'s' if days != 1 else ''}"


def lead_text(todo: ToDo, *, full: bool = False) -> str:
    text = f"{todo.lead_days} day{'s' if todo.lead_days != 1 else ''} before"
    if full:
        text += " the deadline"
    return f"{text} ({GUIDANCE})" if todo.guidance else text


def step_text(todo: ToDo) -> str:
    return todo.step if todo.verified else f"{todo.step} [{UNVERIFIED}]"


class ToDoModel(QAbstractTableModel):
    """The to-dos of a readiness plan, earliest first, read-only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.todos: list[ToDo] = []

    def set_todos(self, todos: list[ToDo]) -> None:
        self.beginResetModel()
        self.todos = list(todos)
        self.endResetModel()

    def todo(self, row: int) -> ToDo | None:
        return self.todos[row] if 0 <= row < len(self.todos) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.todos)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.todos)):
            return None
        todo = self.todos[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column is Column.DUE:
                return format_date(todo.due)
            if column is Column.STEP:
                return step_text(todo)
            if column is Column.STATUS:
                return status_text(todo)
            return lead_text(todo)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.LEAD and todo.guidance:
                return GUIDANCE_HELP
            return todo.why
        if role == Qt.ItemDataRole.ForegroundRole and todo.overdue:
            return QColor(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and todo.overdue and column is Column.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            return HEADERS[Column(section)]
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.todos):
            return str(section + 1)
        return None


def deadline_summary_html(
    action: Action, info: DeadlineInfo | None, time_zone: str | None = None
) -> str:
    """One paragraph: which deadline the plan is laid back from, and when it is."""
    head = f"<b>{escape(action.code)}</b> – {escape(action.title)}"
    if info is None:
        return (
            f"<p>{head}<br>No deadline is known for this action, so no plan can be laid back.</p>"
        )
    when = escape(format_deadline(info))
    if time_zone and time_zone != info.time_zone:
        here = local_time(info, time_zone)
        place = time_zone.rsplit("/", 1)[-1].replace("_", " ")
        when += escape(f"; {format_date(here.date())}, {here:%H:%M} {here.tzname()} in {place}")
    return f"<p>{head}<br>Steps before the deadline: {when}</p>"


def todo_html(todo: ToDo) -> str:
    """The details of one to-do: why, notes, lead time, sources."""
    colour = f' style="color: {OVERDUE_COLOUR}; font-weight: bold;"' if todo.overdue else ""
    out = [
        f"<p><b>{escape(todo.step)}</b>{unverified_html(todo.verified)}<br>",
        f"Due {escape(format_date(todo.due))}: <span{colour}>{escape(status_text(todo))}</span>",
        f" · {escape(lead_text(todo, full=True))}</p>",
        f"<p>{escape(todo.why)}</p>",
    ]
    if todo.note:
        out.append(f'<p class="note">{escape(todo.note)}</p>')
    if todo.sources:
        out.append('<p class="meta">Sources: ')
        out.append(
            "; ".join(
                f'<a href="{escape(s.url, quote=True)}">{escape(s.title)}</a>'
                f" ({escape(SOURCE_KINDS.get(s.kind, s.kind.value))})"
                for s in todo.sources
            )
        )
        out.append("</p>")
    return "".join(out)


class ReadinessView(QWidget):
    """The to-dos before one action's deadline, with the details of the selected step.

    ``show_action(action, catalogue, today)`` finds the action's next deadline (announced,
    or expected when the announced ones are past) and lays the steps back from it;
    ``show_plan(action, deadline, today)`` does the same for a given deadline.
    """

    plan_changed = Signal(str)  # the action code, "" when cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness_view")
        self.action: Action | None = None
        self.deadline: DeadlineInfo | None = None

        self.title = QLabel("&Readiness: steps before the deadline")
        self.title.setObjectName("readiness_title")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.summary = wrapped(EMPTY_TEXT, rich=True, object_name="readiness_summary")
        self.summary.setAccessibleName("Deadline of the plan")
        self.guidance = wrapped(load_readiness().guidance_note, object_name="guidance_note")
        small = QFont(self.guidance.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.92)
        self.guidance.setFont(small)
        self.guidance.setAccessibleName("About the lead times")

        self.model = ToDoModel(self)
        self.table = QTableView()
        self.table.setObjectName("readiness_table")
        self.table.setAccessibleName("Steps before the deadline")
        self.table.setAccessibleDescription(
            "One row per step, earliest first: due date, step, whether it is overdue, lead time."
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.STEP, QHeaderView.ResizeMode.Stretch)
        header.setAccessibleName("Columns of the steps")
        self.title.setBuddy(self.table)

        self.details = QTextBrowser()
        self.details.setObjectName("readiness_details")
        self.details.setAccessibleName("Details of the selected step")
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        self.details.document().setDefaultStyleSheet(STYLE)
        self.details.anchorClicked.connect(self._open_link)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("readiness_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.guidance)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.clear()

    # --- API ------------------------------------------------------------------------------------

    def show_plan(
        self,
        action: Action,
        deadline: DeadlineInfo | None,
        today: date,
        *,
        time_zone: str | None = None,
    ) -> list[ToDo]:
        """Lay the readiness steps of ``action`` back from ``deadline``; return the to-dos."""
        self.action, self.deadline = action, deadline
        todos = plan(action, deadline, today) if deadline is not None else []
        self.summary.setText(deadline_summary_html(action, deadline, time_zone))
        self.model.set_todos(todos)
        self._set_content_visible(bool(todos))
        if todos:
            self.table.setCurrentIndex(self.model.index(0, Column.STEP))
        self.plan_changed.emit(action.code)
        return todos

    def show_action(
        self,
        action: Action | None,
        catalogue: Catalogue,
        today: date,
        *,
        time_zone: str | None = None,
    ) -> list[ToDo]:
        """The plan for ``action``'s next deadline; clear the view for None."""
        if action is None:
            self.clear()
            return []
        info = next_deadline(action, today, published_dates(catalogue))
        return self.show_plan(action, info, today, time_zone=time_zone)

    def clear(self, message: str = EMPTY_TEXT) -> None:
        self.action, self.deadline = None, None
        self.summary.setText(f"<p>{escape(message)}</p>")
        self.model.set_todos([])
        self._set_content_visible(False)
        self.plan_changed.emit("")

    def todos(self) -> list[ToDo]:
        return list(self.model.todos)

    def row_texts(self) -> list[list[str]]:
        """What each row shows, as text (for tests and screen readers alike)."""
        return [
            [str(self.model.index(row, column).data()) for column in Column]
            for row in range(self.model.rowCount())
        ]

    # --- internals ------------------------------------------------------------------------------

    def _set_content_visible(self, shown: bool) -> None:
        self.guidance.setVisible(shown)
        self.splitter.setVisible(shown)
        if not shown:
            self.details.clear()

    def _current_changed(self, current: ModelIndex, _: ModelIndex) -> None:
        todo = self.model.todo(current.row()) if current.isValid() else None
        self.details.setHtml(todo_html(todo) if todo else "")

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            dialogs.open_url(url)
