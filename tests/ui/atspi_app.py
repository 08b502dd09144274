"""The application side of the AT-SPI test (tests/ui/test_atspi.py), run in its own process.

Opens the main window, the wizard on each of its four pages and the budget dialog in the
language given; their object paths go to the walker in the other process with a key
("main", "wizard-2"...) so it knows which is which. For every window it presses Tab, as a user would,
until the focus comes back, and notes the AT-SPI object path of every control the focus
reached. It prints one JSON line {"windows": {path: key}, "tab": {key: [paths]},
"by_menu": [paths of tool-bar buttons whose command is in a menu]} and keeps the event
loop running (the accessibility bridge answers from it) until stdin closes or a deadline.

Usage: python atspi_app.py LANGUAGE [--unname OBJECT_NAME]
  --unname: clear the accessible name of that widget (the test checks the walk then fails).
"""

from __future__ import annotations

import json
import sys
import threading
from datetime import date

from PySide6.QtCore import QMetaObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget

TODAY = date(2026, 1, 10)
DEADLINE_MS = 180_000  # never outlive a test that forgot us
MAX_TABS = 400


def object_path(widget: QWidget) -> str:
    """The object path Qt's AT-SPI bridge gives the widget (its accessible unique id)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return f"/org/a11y/atspi/accessible/{QAccessible.uniqueId(iface)}"


def tab_cycle(window: QWidget) -> list[str]:
    """Press Tab from the window's first focus until the focus comes back; the paths reached."""
    window.raise_()
    window.activateWindow()
    QTest.qWaitForWindowActive(window, 5000)
    start = QApplication.focusWidget() or window.focusWidget()
    if start is None or start.window() is not window:
        window.focusNextChild()
        start = window.focusWidget()
    if start is None:
        return []
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached = [object_path(start)]
    current = start
    for _ in range(MAX_TABS):
        QTest.keyClick(current, Qt.Key.Key_Tab)
        following = QApplication.focusWidget() or window.focusWidget()
        if following is None or following == current:
            break  # stuck: a control that keeps Tab
        if object_path(following) in reached:
            break  # round: back where it started (or in a loop)
        current = following
        reached.append(object_path(current))
    return reached


def main() -> int:
    language = sys.argv[1]
    unname = sys.argv[sys.argv.index("--unname") + 1] if "--unname" in sys.argv else None
    app = QApplication([sys.argv[0]])

    from tests.model.factories import profile
    from vetguide.model.library_db import open_library
    from vetguide.model.resources import load_catalogue
    from vetguide.model.shortlist import Library, Shortlist
    from vetguide.ui.budget_dialog import BudgetDialog
    from vetguide.ui.i18n import set_language
    from vetguide.ui.main_window import MainWindow
    from vetguide.ui.wizard import FindActionsWizard

    set_language(language)
    catalogue = load_catalogue(language=language)
    school = profile(
        name="Tehnička škola",
        goals=["learner_mobility"],
        partners=[{"country": "ES", "organisation_type": "vet_provider"}],
    )
    # A shortlist of two actions, so that the shortlist's own controls are there and enabled.
    shortlist = Shortlist(name="Plan 2026", created=TODAY, profile=school)
    for code in ("KA122-VET", "KA210-VET"):
        shortlist.add(code, TODAY)
    store = open_library().store
    store.import_library(Library(shortlists=[shortlist], last_profile=school))
    store.close()
    windows: dict[str, QWidget] = {}
    main_window = MainWindow(catalogue, today=TODAY)
    main_window.show()
    if main_window.first_start.isVisible():
        main_window.first_start.browse_button.click()
    windows["main"] = main_window
    for page in range(4):
        wizard = FindActionsWizard(catalogue, TODAY, school, [], None)
        wizard.resize(1100, 800)
        wizard.show()
        for _ in range(page):
            wizard.next()
        windows[f"wizard-{page + 1}"] = wizard
    budget = BudgetDialog(catalogue, TODAY, school)
    budget.show()
    windows["budget"] = budget
    for window in windows.values():
        QTest.qWaitForWindowExposed(window, 5000)
    if unname is not None:
        for window in windows.values():
            for widget in window.findChildren(QWidget, unname):
                widget.setAccessibleName("")
                widget.setToolTip("")
                if hasattr(widget, "setText"):
                    widget.setText("")
    tabs = {key: tab_cycle(window) for key, window in windows.items()}
    # A tool bar's buttons take no Tab stop (Qt's way): their command is in a menu, which the
    # keyboard reaches with Alt or F10.
    by_menu = [
        object_path(button)
        for window in windows.values()
        for button in window.findChildren(QToolButton)
        if button.defaultAction() is not None
        and any(isinstance(o, QMenu) for o in button.defaultAction().associatedObjects())
    ]
    sys.stdout.write(
        json.dumps(
            {
                "windows": {object_path(window): key for key, window in windows.items()},
                "tab": tabs,
                "by_menu": by_menu,
            }
        )
        + "\n"
    )
    sys.stdout.flush()

    def wait_for_stdin() -> None:
        sys.stdin.read()  # the test closes it when the walk is over
        QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)

    threading.Thread(target=wait_for_stdin, daemon=True).start()
    QTimer.singleShot(DEADLINE_MS, app.quit)
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
