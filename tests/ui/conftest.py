"""Fixtures for the widget tests: an isolated data folder, a scripted dialog service and the
UI language reset to English after each test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tests.ui.helpers import TODAY
from vetguide.model.catalogue import Catalogue
from vetguide.model.resources import load_catalogue
from vetguide.model.storage import DATA_DIR_ENV
from vetguide.ui import dialogs as dialog_service


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@dataclass
class DialogRecorder:
    """Stands in for :mod:`vetguide.ui.dialogs`: records every call, answers from a script.

    A question nobody scripted fails the test instead of opening a real modal dialog.
    """

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    answers: dict[str, list[Any]] = field(default_factory=dict)

    def script(self, kind: str, *answers: Any) -> None:
        self.answers.setdefault(kind, []).extend(answers)

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [args for name, args in self.calls if name == kind]

    def texts(self, kind: str) -> list[str]:
        return [str(args.get("text", "")) for args in self.of(kind)]

    def _answer(self, kind: str) -> Any:
        queue = self.answers.get(kind) or []
        if not queue:
            raise AssertionError(f"the app asked '{kind}' but the test scripted no answer")
        return queue.pop(0)

    # --- the service API ---------------------------------------------------------------

    def inform(self, parent: Any, title: str, text: str, icon: Any = None) -> None:
        self.calls.append(("inform", {"title": title, "text": text}))

    def inform_with_open(
        self, parent: Any, title: str, text: str, path: Path, open_label: str = ""
    ) -> bool:
        self.calls.append(
            ("inform_with_open", {"title": title, "text": text, "path": path, "open": open_label})
        )
        return bool(self._answer("inform_with_open"))

    def warn(self, parent: Any, title: str, text: str, details: str = "") -> None:
        self.calls.append(("warn", {"title": title, "text": text, "details": details}))

    def confirm(self, parent: Any, title: str, text: str, action: str = "OK") -> bool:
        self.calls.append(("confirm", {"title": title, "text": text, "action": action}))
        return bool(self._answer("confirm"))

    def ask_text(self, parent: Any, title: str, label: str, text: str = "") -> str | None:
        self.calls.append(("ask_text", {"title": title, "label": label, "text": text}))
        return self._answer("ask_text")

    def open_file_path(self, parent: Any, title: str, directory: Path, *args: Any) -> Path | None:
        self.calls.append(("open_file_path", {"title": title, "directory": directory}))
        return self._answer("open_file_path")

    def save_file_path(
        self, parent: Any, title: str, suggested: Path, *args: Any, **kw: Any
    ) -> Path | None:
        self.calls.append(("save_file_path", {"title": title, "suggested": suggested}))
        return self._answer("save_file_path")

    def ask_printer(self, parent: Any, title: str, printer: Any) -> bool:
        """The scripted answer: a bool, or a function that sets up the printer as the user
        would in the dialog (e.g. print to a PDF file) and returns the bool."""
        self.calls.append(("ask_printer", {"title": title, "printer": printer}))
        answer = self._answer("ask_printer")
        return bool(answer(printer) if callable(answer) else answer)

    def open_url(self, url: Any) -> bool:
        self.calls.append(("open_url", {"url": url.toString()}))
        return True

    def ask_unsaved(self, parent: Any, title: str, text: str) -> str:
        self.calls.append(("ask_unsaved", {"title": title, "text": text}))
        return str(self._answer("ask_unsaved"))

    def choose_folder(self, parent: Any, title: str, directory: Path) -> Path | None:
        self.calls.append(("choose_folder", {"title": title, "directory": directory}))
        return self._answer("choose_folder")

    def choose_backup(self, parent: Any, title: str, backups: list[Path]) -> Path | None:
        self.calls.append(("choose_backup", {"title": title, "backups": list(backups)}))
        return self._answer("choose_backup")


SERVICE_FUNCTIONS = (
    "inform",
    "inform_with_open",
    "warn",
    "confirm",
    "ask_text",
    "open_file_path",
    "save_file_path",
    "ask_printer",
    "open_url",
    "ask_unsaved",
    "choose_folder",
    "choose_backup",
)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[DialogRecorder]:
    """Every UI test runs with the dialog service replaced; no real modal ever opens."""
    recorder = DialogRecorder()
    for name in SERVICE_FUNCTIONS:
        monkeypatch.setattr(dialog_service, name, getattr(recorder, name))
    yield recorder


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Every test starts in English and leaves the UI language in English."""
    yield
    from vetguide.ui import i18n

    if i18n.current_language() != i18n.DEFAULT_LANGUAGE:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue()


@pytest.fixture
def make_window(qtbot: Any, catalogue: Catalogue) -> Callable[..., Any]:
    """Open a shown MainWindow on the test data folder (call again to 'restart' the app).

    Without shortlists the window opens on its first-start screen; the tests of the panes
    leave it as a user would ("Look through all actions first") unless ``first_start``.
    """
    from vetguide.ui.main_window import MainWindow

    def make(today: date = TODAY, *, first_start: bool = False) -> MainWindow:
        window = MainWindow(catalogue, today=today)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if not first_start and window.first_start.isVisible():
            window.first_start.browse_button.click()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., Any]) -> Any:
    return make_window()
