"""The banner that says a call year is over and the dates shown next are expected."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tests.ui.helpers import TODAY
from vetguide.model.deadlines import EXPECTED_LABEL, all_passed, newest_call_year
from vetguide.ui.deadline_banner import DeadlineBanner

AFTER_THE_CALL = date(2026, 11, 28)


@pytest.fixture
def banner(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    widget = DeadlineBanner()
    layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    yield widget
    window.close()


def test_shown_when_every_deadline_of_the_newest_call_has_passed(qtbot, banner, catalogue):
    assert all_passed(catalogue, AFTER_THE_CALL)
    assert banner.update_for(catalogue, AFTER_THE_CALL)
    qtbot.waitUntil(banner.isVisible)
    year = newest_call_year(catalogue)
    assert f"All deadlines of the {year} call have passed" in banner.text()
    assert EXPECTED_LABEL in banner.text()
    assert banner.accessibleName().strip()
    assert banner.accessibleDescription() == banner.text()


def test_hidden_while_a_deadline_is_ahead(qtbot, banner, catalogue):
    assert not all_passed(catalogue, TODAY)
    assert not banner.update_for(catalogue, TODAY)
    assert not banner.isVisible() and banner.text() == ""
    banner.update_for(catalogue, AFTER_THE_CALL)
    qtbot.waitUntil(banner.isVisible)
    banner.update_for(catalogue, TODAY)  # a new day in the data: hidden again
    qtbot.waitUntil(lambda: not banner.isVisible())
