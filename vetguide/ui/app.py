"""Starting the desktop app."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication

APP_NAME = "vetguide"
ORGANISATION = "vetguide"
EXIT_DATA_ERROR = 2


def _install_excepthook() -> None:
    """Show an unexpected error as a message instead of a bare traceback on the console."""

    from vetguide.ui import dialogs

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        sys.stderr.write(details)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        dialogs.warn(
            QApplication.activeWindow(),
            "Something went wrong",
            f"vetguide hit an unexpected error: {error}\n\n"
            "Your shortlists were saved with your last change. If this happens again, "
            "please report it with the details below.",
            details,
        )

    sys.excepthook = hook


def _exec(app: QApplication) -> int:
    return app.exec()


def run_app(argv: list[str]) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)

    from vetguide.model.resources import DataError, load_catalogue
    from vetguide.ui import dialogs

    try:
        catalogue = load_catalogue()
    except DataError as exc:
        dialogs.warn(
            None,
            "vetguide cannot start",
            "The catalogue of Erasmus+ actions that comes with vetguide is damaged, so "
            "vetguide cannot start. Please reinstall vetguide.",
            str(exc),
        )
        return EXIT_DATA_ERROR

    from vetguide.ui.main_window import MainWindow

    previous_hook = sys.excepthook
    _install_excepthook()
    try:
        window = MainWindow(catalogue)
        window.show()
        return _exec(app)
    finally:
        sys.excepthook = previous_hook
