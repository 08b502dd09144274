"""The readiness plan of one action: dated to-dos laid back from its deadline.

Display only: the steps, their dates, reasons and lead times come from
:func:`vetguide.model.readiness.plan`; the deadline line from
:func:`vetguide.model.present.format_deadline`. An overdue step says so in words as well as
in colour, and a lead time that is our guidance (not a programme rule) is marked "guidance".

The steps, their reasons and the action's title come in :func:`vetguide.ui.i18n.model_language`
(the action handed over in English is looked up in the bundled data of that language), the
view's own words through ``tr``; a language change lays the same plan out again.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vetguide.model.catalogue import Action, Catalogue
from vetguide.model.deadlines import DeadlineInfo, next_deadline, published_dates
from vetguide.model.formatting import format_date
from vetguide.model.present import catalogue_year, format_deadline, format_local_deadline
from vetguide.model.profile import InstitutionProfile
from vetguide.model.readiness import ToDo, load_readiness, plan
from vetguide.model.resources import load_countries
from vetguide.ui import dialogs
from vetguide.ui.action_html import source_kind, style
from vetguide.ui.action_html import unverified as unverified_html
from vetguide.ui.i18n import DEFAULT_LANGUAGE, current_language, model_language, tr
from vetguide.ui.palette import scheme
from vetguide.ui.presenter import localized_action
from vetguide.ui.results_view import unverified_mark, with_official, wrapped

ModelIndex = QModelIndex | QPersistentModelIndex

# English, as shown in English; each language's words come from the functions below.
GUIDANCE = "guidance"
TABLE_ROOM_LINES = 19  # the title, the table's header, three rows of three lines, the details
GUIDANCE_HELP = "The lead time is our guidance for planning, not a rule of the programme."
EMPTY_TEXT = "Choose an action in the shortlist to see the steps before its deadline."


def guidance_word() -> str:
    return tr("guidance")


def guidance_help() -> str:
    return tr("The lead time is our guidance for planning, not a rule of the programme.")


def empty_text() -> str:
    return tr("Choose an action in the shortlist to see the steps before its deadline.")


class Column(IntEnum):
    DUE = 0
    STEP = 1
    STATUS = 2
    LEAD = 3


def header_text(column: Column) -> str:
    if column is Column.DUE:
        return tr("Due")
    if column is Column.STEP:
        return tr("Step")
    if column is Column.STATUS:
        return tr("Status")
    return tr("Lead time")


def status_text(todo: ToDo) -> str:
    """'Overdue by 3 days', 'Due today', 'In 10 days': the state in words, never colour alone."""
    days = todo.days_until_due
    if todo.done:
        return tr("Done (from your answers)")
    if todo.overdue:
        if days == -1:
            return tr("Overdue by 1 day")
        return tr("Overdue by {n} days", None, -days).format(n=-days)
    if days == 0:
        return tr("Due today")
    if days == 1:
        return tr("In 1 day")
    return tr("In {n} days", None, days).format(n=days)


def lead_text(todo: ToDo, *, full: bool = False) -> str:
    n = todo.lead_days
    if full:
        text = (
            tr("1 day before the deadline")
            if n == 1
            else tr("{n} days before the deadline", None, n)
        )
    else:
        text = tr("1 day before") if n == 1 else tr("{n} days before", None, n)
    text = text.format(n=n)
    return f"{text} ({guidance_word()})" if todo.guidance else text


def step_text(todo: ToDo) -> str:
    return todo.step + unverified_mark(todo.verified)


def _place(time_zone: str, language: str) -> str:
    """Where a time zone is: its city in English, the country it is the time of otherwise."""
    if language != DEFAULT_LANGUAGE:
        for country in load_countries(language).countries:
            if country.time_zone == time_zone:
                return country.name
    return time_zone.rsplit("/", 1)[-1].replace("_", " ")


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
                return format_date(todo.due, model_language())
            if column is Column.STEP:
                return step_text(todo)
            if column is Column.STATUS:
                return status_text(todo)
            return lead_text(todo)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.LEAD and todo.guidance:
                return guidance_help()
            return todo.why
        if role == Qt.ItemDataRole.ForegroundRole and todo.overdue:
            return QColor(scheme().overdue)
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
            return header_text(Column(section))
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.todos):
            return str(section + 1)
        return None


def deadline_summary_html(
    action: Action, info: DeadlineInfo | None, time_zone: str | None = None
) -> str:
    """One paragraph: which deadline the plan is laid back from, and when it is.

    Written in :func:`~vetguide.ui.i18n.model_language`; pass the action in that language.
    """
    language = model_language()
    title = with_official(action.title, action.official_title)
    head = f"<b>{escape(action.code)}</b> – {escape(title)}"
    if info is None:
        text = tr("No deadline is known for this action, so no plan can be laid back.")
        return f"<p>{head}<br>{escape(text)}</p>"
    when = format_deadline(info, language=language)
    if time_zone and time_zone != info.time_zone:
        local = tr("In {place}: {when}").format(
            when=format_local_deadline(info, time_zone, language),
            place=_place(time_zone, language),
        )
        when += f"; {local}"
    line = tr("Steps before the deadline: {when}").format(when=when)
    return f"<p>{head}<br>{escape(line)}</p>"


def todo_html(todo: ToDo) -> str:
    """The details of one to-do: why, notes, lead time, sources."""
    overdue = scheme().overdue
    colour = f' style="color: {overdue}; font-weight: bold;"' if todo.overdue else ""
    due = tr("Due {date}:").format(date=format_date(todo.due, model_language()))
    out = [
        f"<p><b>{escape(todo.step)}</b>{unverified_html(todo.verified)}<br>",
        f"{escape(due)} <span{colour}>{escape(status_text(todo))}</span>",
        f" · {escape(lead_text(todo, full=True))}</p>",
        f"<p>{escape(todo.why)}</p>",
    ]
    if todo.note:
        out.append(f'<p class="note">{escape(todo.note)}</p>')
    if todo.sources:
        sources = tr("Sources:")
        out.append(f'<p class="meta">{escape(sources)} ')
        out.append(
            "; ".join(
                f'<a href="{escape(s.url, quote=True)}">{escape(s.title)}</a>'
                f" ({escape(source_kind(s.kind))})"
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
        self.profile: InstitutionProfile | None = None
        self.setObjectName("readiness_view")
        self.action: Action | None = None
        self.deadline: DeadlineInfo | None = None
        # What is shown, to lay out again in another language: action, deadline, today, zone.
        self._shown: tuple[Action, DeadlineInfo | None, date, str | None] | None = None
        self._message: str | None = None  # a message given to clear(), else the empty text
        self._language: str | None = None

        self.title = QLabel()
        self.title.setObjectName("readiness_title")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.summary = wrapped(rich=True, object_name="readiness_summary")
        self.guidance = wrapped(object_name="guidance_note")
        small = QFont(self.guidance.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.92)
        self.guidance.setFont(small)

        self.model = ToDoModel(self)
        self.table = QTableView()
        self.table.setObjectName("readiness_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # At most three lines a row (the details below have the step whole): rows stay on a
        # small screen.
        self.table.verticalHeader().setMaximumSectionSize(self.fontMetrics().lineSpacing() * 3 + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.STEP, QHeaderView.ResizeMode.Stretch)
        # Lead times wrap in a narrow column, so the step keeps most of the width; the full
        # wording is in the details below the table.
        header.setSectionResizeMode(Column.LEAD, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.LEAD, self.fontMetrics().horizontalAdvance("0" * 14))
        self.table.setWordWrap(True)
        self.title.setBuddy(self.table)

        self.details = QTextBrowser()
        self.details.setObjectName("readiness_details")
        self.details.setOpenLinks(False)
        self.details.setOpenExternalLinks(False)
        self.details.document().setDefaultStyleSheet(style())
        self.details.anchorClicked.connect(self._open_link)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("readiness_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([4000, 1000])  # the table first (not the browser's size hint)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        # The deadline and the guidance note scroll in a band of limited height, so the
        # table keeps rows on a small screen (see resizeEvent).
        intro = QWidget()
        intro_layout = QVBoxLayout(intro)
        intro_layout.setContentsMargins(0, 0, 0, 0)
        intro_layout.addWidget(self.summary)
        intro_layout.addWidget(self.guidance)
        self.intro = QScrollArea()
        self.intro.setObjectName("readiness_intro")
        self.intro.setWidgetResizable(True)
        self.intro.setFrameShape(QFrame.Shape.NoFrame)
        self.intro.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.intro.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.intro.setWidget(intro)
        layout.addWidget(self.intro)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.retranslate()
        self.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_intro()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_intro()  # laid out at its real width only now (a tab shown the first time)

    def _fit_intro(self) -> None:
        """The intro (deadline and guidance note) is as high as its text, so nothing of it is
        cut while there is room; on a small screen it yields to the table and scrolls."""
        content = self.intro.widget()
        layout = content.layout() if content is not None else None
        if layout is None:
            return
        # Measured as wrapped beside a scroll bar, so that it needs none when it fits.
        # (The view's width: in a resize the intro itself still has its old one.)
        width = self.contentsRect().width() - self.intro.verticalScrollBar().sizeHint().width()
        # A line to spare: a rich-text label's measure can be a line short.
        needed = layout.totalHeightForWidth(max(1, width)) + self.fontMetrics().lineSpacing()
        # At most two fifths, and never so much that the table (header and three rows of up to
        # three lines) and the step's details lose their room; two lines at least.
        line = self.fontMetrics().lineSpacing()
        limit = max(2 * line, min(self.height() * 2 // 5, self.height() - TABLE_ROOM_LINES * line))
        height = max(0, min(needed, limit))
        if height != self.intro.height() or height != self.intro.maximumHeight():
            self.intro.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and self._language != current_language():
            self.retranslate()

    def retranslate(self) -> None:
        """Set the words again; lay the shown plan out again in the new language."""
        self._language = current_language()
        self.title.setText(tr("&Readiness: steps before the deadline"))
        self.summary.setAccessibleName(tr("Deadline of the plan"))
        self.guidance.setText(load_readiness(model_language()).guidance_note)
        self._fit_intro()
        self.guidance.setAccessibleName(tr("About the lead times"))
        self.table.setAccessibleName(tr("Steps before the deadline"))
        self.table.setAccessibleDescription(
            tr(
                "One row per step, earliest first: due date, step, whether it is overdue, "
                "lead time."
            )
        )
        self.table.horizontalHeader().setAccessibleName(tr("Columns of the steps"))
        self.details.setAccessibleName(tr("Details of the selected step"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._shown is not None:
            row = self.table.currentIndex().row()
            self._lay_out(*self._shown)
            if 0 <= row < self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(row, Column.STEP))
        else:
            self._show_message()

    # --- API ------------------------------------------------------------------------------------

    def show_plan(
        self,
        action: Action,
        deadline: DeadlineInfo | None,
        today: date,
        *,
        time_zone: str | None = None,
        profile: InstitutionProfile | None = None,
    ) -> list[ToDo]:
        """Lay the readiness steps of ``action`` back from ``deadline``; return the to-dos.

        Steps that ``profile``'s answers show done are marked done."""
        self.action, self.deadline = action, deadline
        self.profile = profile
        self._shown = (action, deadline, today, time_zone)
        todos = self._lay_out(action, deadline, today, time_zone)
        if todos:
            self.table.setCurrentIndex(self.model.index(0, Column.STEP))
        self.plan_changed.emit(action.code)
        return todos

    def _lay_out(
        self, action: Action, deadline: DeadlineInfo | None, today: date, time_zone: str | None
    ) -> list[ToDo]:
        language = model_language()
        local = localized_action(action, catalogue_year(action), language)
        todos = (
            plan(local, deadline, today, language=language, profile=self.profile)
            if deadline is not None
            else []
        )
        self.summary.setText(deadline_summary_html(local, deadline, time_zone))
        self._fit_intro()
        self.model.set_todos(todos)
        self._set_content_visible(bool(todos))
        return todos

    def show_action(
        self,
        action: Action | None,
        catalogue: Catalogue,
        today: date,
        *,
        time_zone: str | None = None,
        profile: InstitutionProfile | None = None,
    ) -> list[ToDo]:
        """The plan for ``action``'s next deadline; clear the view for None."""
        if action is None:
            self.clear()
            return []
        info = next_deadline(action, today, published_dates(catalogue))
        return self.show_plan(action, info, today, time_zone=time_zone, profile=profile)

    def clear(self, message: str | None = None) -> None:
        """Show no plan, with ``message`` (by default: choose an action)."""
        self.action, self.deadline = None, None
        self._shown, self._message = None, message
        self._show_message()
        self.model.set_todos([])
        self._set_content_visible(False)
        self.plan_changed.emit("")

    def _show_message(self) -> None:
        message = self._message if self._message is not None else empty_text()
        self.summary.setText(f"<p>{escape(message)}</p>")
        self._fit_intro()

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
        self._fit_intro()

    def _current_changed(self, current: ModelIndex, _: ModelIndex) -> None:
        todo = self.model.todo(current.row()) if current.isValid() else None
        self.details.setHtml(todo_html(todo) if todo else "")

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            dialogs.open_url(url)
