"""Starting the desktop app."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from vetguide import APP_NAME
from vetguide.paths import resource_path

ORGANISATION = "vetguide"
EXIT_DATA_ERROR = 2


def skip_feature_scan() -> bool:
    """Spare every later import PySide6's search for ``from __feature__ import``.

    Once PySide6 is loaded, it reads the whole source of each module imported after it to see
    whether the text "PySide6" occurs, which decides the module's ``__feature__`` default
    (snake_case / true_property). vetguide uses no ``__feature__``, so the answer changes
    nothing, but the reading costs about 10 % of the start-up imports and keeps every source
    line in ``linecache`` (≈ 10 MB at start-up). Every module is given the default of a
    module that uses PySide6: no feature. Returns False, changing nothing, when PySide6's
    support module does not look as expected (another version).
    """
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    vars(feature)["_mod_uses_pyside"] = lambda module: True  # a private hook: see above
    return True


skip_feature_scan()


def _install_excepthook() -> None:
    """Show an unexpected error as a message instead of a bare traceback on the console."""

    from vetguide.ui import dialogs
    from vetguide.ui.i18n import tr

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        import traceback  # not on the start-up path

        from vetguide.logging_setup import log_crash

        details = "".join(traceback.format_exception(kind, error, tb))
        log_crash(details)  # also when there is no stderr (windowed bundle, pythonw)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        dialogs.warn(
            QApplication.activeWindow(),
            tr("Something went wrong"),
            tr(
                "{app} hit an unexpected error: {error}\n\n"
                "Your shortlists were saved with your last change. If this happens again, "
                "please report it with the details below."
            ).format(error=error, app=APP_NAME),
            details,
        )

    sys.excepthook = hook


def _exec(app: QApplication) -> int:
    return app.exec()


def _probe(app: QApplication, window: QWidget) -> None:
    """Timing probes for the benchmarks, only when VETGUIDE_STARTUP_PROBE=1 (see
    vetguide.ui.startup_probe)."""
    from vetguide.ui import startup_probe  # a few lines; Qt is loaded already

    if startup_probe.wanted():
        startup_probe.install(app, window)


def _cannot_start(app: QApplication, window: QWidget, details: str) -> None:
    """The bundled catalogue is damaged: say so plainly and end with status 2."""
    from vetguide.ui import dialogs
    from vetguide.ui.i18n import tr

    window.hide()
    dialogs.warn(
        None,
        tr("{app} cannot start").format(app=APP_NAME),
        tr(
            "The catalogue of Erasmus+ actions that comes with {app} is damaged, so "
            "{app} cannot start. Please reinstall {app}."
        ).format(app=APP_NAME),
        details,
    )
    app.exit(EXIT_DATA_ERROR)


def _start_logging() -> None:
    """Open the log file, then remove what interrupted saves left in the data folder."""
    import logging

    from vetguide.logging_setup import setup_logging
    from vetguide.model.files import remove_stale_temp_files
    from vetguide.paths import data_dir

    setup_logging()
    for path in remove_stale_temp_files(data_dir()):
        logging.getLogger(__name__).warning("removed %s, left by an interrupted save", path)


def _collect_garbage_again() -> None:
    """Start-up allocates much and frees little, so the cyclic garbage collector is off from
    the start of run_app until the window's data is loaded (≈ 12 % of the time to "ready",
    measured); from then on it runs as usual."""
    gc.enable()


def icon_path() -> Path:
    return resource_path("icons", "vetguide.svg")


def app_icon() -> QIcon:
    """The vetguide icon (SVG, drawn at any size by Qt's SVG icon engine)."""
    return QIcon(str(icon_path()))


def run_app(argv: list[str], files: list[Path] | None = None, new_instance: bool = False) -> int:
    """Show the main window at once; it loads the catalogue and shortlists right after.

    Neither this module nor the main window module imports pydantic or the model at start,
    so the window is on screen before the data is loaded (see vetguide.ui.main_window).
    The language is set first: the one chosen last (View → Language), else the system's.
    ``files``: shortlist files to open. A vetguide already running on this data folder gets
    them and comes to the front instead, unless ``new_instance`` (see ui/single_instance.py).
    """
    gc.disable()  # until the data is loaded: see _collect_garbage_again
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_NAME)  # matches vetguide.desktop (vetguide install-desktop)
    app.setWindowIcon(app_icon())

    from vetguide.ui import single_instance

    instance = None if new_instance else single_instance.claim(files or [])
    if instance is None and not new_instance:
        gc.enable()
        return 0  # the running vetguide opens the files

    from vetguide.ui import i18n
    from vetguide.ui.main_window import MainWindow
    from vetguide.ui.palette import apply_links
    from vetguide.ui.window_settings import saved_language

    app.setPalette(apply_links(app.palette()))  # readable links on a dark system palette

    i18n.set_language(saved_language() or i18n.system_language())

    previous_hook = sys.excepthook
    _install_excepthook()
    try:
        window = MainWindow(None)
        window.loaded.connect(_collect_garbage_again)
        window.load_failed.connect(lambda details: _cannot_start(app, window, details))
        window.show()
        _probe(app, window)
        from vetguide.ui.shortlist_files import attach

        attach(window, files or [], instance)
        # The log file is opened once the window is up (it costs start-up time otherwise);
        # leftover temp files are removed then.
        QTimer.singleShot(0, _start_logging)
        try:
            return _exec(app)
        finally:
            if instance is not None:
                instance.close()
            window.deleteLater()
    finally:
        sys.excepthook = previous_hook
        gc.enable()
